/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-history-row.h: one change in the History view, opened to show its fields. */

#pragma once

#include <gtk/gtk.h>

#include "hearth.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_HISTORY_ROW (hearth_history_row_get_type ())

G_DECLARE_FINAL_TYPE (HearthHistoryRow, hearth_history_row, HEARTH, HISTORY_ROW, GtkWidget)

HearthHistoryEntry *hearth_history_row_get_item     (HearthHistoryRow   *self);
void                hearth_history_row_set_item     (HearthHistoryRow   *self,
                                                     HearthHistoryEntry *item);
gboolean            hearth_history_row_get_expanded (HearthHistoryRow   *self);
void                hearth_history_row_set_expanded (HearthHistoryRow   *self,
                                                     gboolean            expanded);
void                hearth_history_row_set_scheme   (HearthHistoryRow   *self,
                                                     HearthScheme       *scheme);

G_END_DECLS
