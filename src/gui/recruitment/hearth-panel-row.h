/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-panel-row.h: a panel in the Recruitment view, with the carers going to it. */

#pragma once

#include <gtk/gtk.h>

#include "hearth.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PANEL_ROW (hearth_panel_row_get_type ())

G_DECLARE_FINAL_TYPE (HearthPanelRow, hearth_panel_row, HEARTH, PANEL_ROW, GtkWidget)

HearthPanelSummary *hearth_panel_row_get_item (HearthPanelRow     *self);
void                hearth_panel_row_set_item (HearthPanelRow     *self,
                                               HearthPanelSummary *item);

G_END_DECLS
