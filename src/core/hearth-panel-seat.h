/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-panel-seat.h: one carer's place on a panel, as the Recruitment view lists it: the
 * decision, the carer's name, and while it is pending how ready they are. */

#pragma once

#include "hearth-panel-decision.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PANEL_SEAT (hearth_panel_seat_get_type ())

G_DECLARE_FINAL_TYPE (HearthPanelSeat, hearth_panel_seat, HEARTH, PANEL_SEAT, GObject)

HearthPanelSeat     *hearth_panel_seat_new          (HearthPanelDecision *decision,
                                                     const char          *carer_name,
                                                     const char          *stage,
                                                     GPtrArray           *missing);
HearthPanelDecision *hearth_panel_seat_get_decision (HearthPanelSeat     *self);
HearthPanelDecision *hearth_panel_seat_dup_decision (HearthPanelSeat     *self);
const char          *hearth_panel_seat_get_carer_name (HearthPanelSeat   *self);
const char          *hearth_panel_seat_get_stage    (HearthPanelSeat     *self);
const char * const  *hearth_panel_seat_get_missing  (HearthPanelSeat     *self);
gboolean             hearth_panel_seat_is_pending   (HearthPanelSeat     *self);
gboolean             hearth_panel_seat_same         (HearthPanelSeat     *a,
                                                     HearthPanelSeat     *b);

G_END_DECLS
