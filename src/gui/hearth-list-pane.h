/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-list-pane.h: a searchable list of the people or the carers of a scheme. */

#pragma once

#include <adwaita.h>

#include "hearth.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_LIST_PANE (hearth_list_pane_get_type ())

G_DECLARE_FINAL_TYPE (HearthListPane, hearth_list_pane, HEARTH, LIST_PANE, GtkBox)

HearthListPane *hearth_list_pane_new          (HearthScheme     *scheme,
                                               GType             type,
                                               GError          **error);
HearthRecord   *hearth_list_pane_get_selected (HearthListPane   *self);
guint           hearth_list_pane_get_n_shown  (HearthListPane   *self);
char           *hearth_list_pane_dup_count_text (HearthListPane *self);
void            hearth_list_pane_set_search   (HearthListPane   *self,
                                               const char       *text);
void            hearth_list_pane_focus_search (HearthListPane   *self);
GListModel     *hearth_list_pane_get_model    (HearthListPane   *self);
void            hearth_list_pane_select_id    (HearthListPane   *self,
                                               gint64            id);

G_END_DECLS
