/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-panel-decision.h: A carer going to a panel, and the panel's decision. */

#pragma once

#include "hearth-record.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PANEL_DECISION (hearth_panel_decision_get_type ())

G_DECLARE_FINAL_TYPE (HearthPanelDecision, hearth_panel_decision, HEARTH, PANEL_DECISION, HearthRecord)

HearthPanelDecision *hearth_panel_decision_new (void);

gint64      hearth_panel_decision_get_panel_id (HearthPanelDecision *self);
gint64      hearth_panel_decision_get_carer_id (HearthPanelDecision *self);
const char *hearth_panel_decision_get_decision (HearthPanelDecision *self);
const char *hearth_panel_decision_get_reasons (HearthPanelDecision *self);

G_END_DECLS
