/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-attention-row.h: one line of the Dashboard's Needs Attention list. */

#pragma once

#include <adwaita.h>

#include "hearth-attention-item.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_ATTENTION_ROW (hearth_attention_row_get_type ())

G_DECLARE_FINAL_TYPE (HearthAttentionRow, hearth_attention_row, HEARTH, ATTENTION_ROW, GtkWidget)

HearthAttentionItem *hearth_attention_row_get_item (HearthAttentionRow  *self);
void                 hearth_attention_row_set_item (HearthAttentionRow  *self,
                                                    HearthAttentionItem *item);

G_END_DECLS
