/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-panel-decision-dialog.h: records a panel's deferral or refusal. */

#pragma once

#include "hearth-question-dialog.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PANEL_DECISION_DIALOG (hearth_panel_decision_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthPanelDecisionDialog, hearth_panel_decision_dialog, HEARTH,
                      PANEL_DECISION_DIALOG, HearthQuestionDialog)

HearthPanelDecisionDialog *hearth_panel_decision_dialog_new (HearthScheme        *scheme,
                                                             HearthPanelDecision *decision,
                                                             const char          *outcome);
void hearth_panel_decision_dialog_present (HearthPage          *page,
                                           HearthPanelDecision *decision,
                                           const char          *outcome);

G_END_DECLS
