/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-panel-seat-row.h: a carer going to a panel, with the panel's decision on them. */

#pragma once

#include <adwaita.h>

#include "hearth.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PANEL_SEAT_ROW (hearth_panel_seat_row_get_type ())

G_DECLARE_FINAL_TYPE (HearthPanelSeatRow, hearth_panel_seat_row, HEARTH, PANEL_SEAT_ROW,
                      AdwActionRow)

GtkWidget       *hearth_panel_seat_row_new      (HearthPanelSeat    *item,
                                                 gboolean            has_met);
HearthPanelSeat *hearth_panel_seat_row_get_item (HearthPanelSeatRow *self);

G_END_DECLS
