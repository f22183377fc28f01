/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-panel-dialog.h: schedules an approval panel. */

#pragma once

#include "hearth-question-dialog.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PANEL_DIALOG (hearth_panel_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthPanelDialog, hearth_panel_dialog, HEARTH,
                      PANEL_DIALOG, HearthQuestionDialog)

HearthPanelDialog *hearth_panel_dialog_new (HearthScheme *scheme);
void hearth_panel_dialog_present (HearthPage *page);

G_END_DECLS
