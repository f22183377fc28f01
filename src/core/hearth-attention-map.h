/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-attention-map.h: what every row of the People or Carers list flags, worked out for
 * the whole list at once in a worker thread and kept up to date as the scheme changes. */

#pragma once

#include "hearth-scheme.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_ATTENTION_MAP (hearth_attention_map_get_type ())

G_DECLARE_FINAL_TYPE (HearthAttentionMap, hearth_attention_map, HEARTH, ATTENTION_MAP, GObject)

HearthAttentionMap *hearth_attention_map_new         (HearthScheme       *scheme,
                                                      GType               type);
const char         *hearth_attention_map_lookup      (HearthAttentionMap *self,
                                                      gint64              id);
gboolean            hearth_attention_map_get_loading (HearthAttentionMap *self);
void                hearth_attention_map_refresh     (HearthAttentionMap *self);

G_END_DECLS
