/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-add-to-panel-dialog.h: adds a carer to a scheduled panel. */

#pragma once

#include "hearth-question-dialog.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_ADD_TO_PANEL_DIALOG (hearth_add_to_panel_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthAddToPanelDialog, hearth_add_to_panel_dialog, HEARTH,
                      ADD_TO_PANEL_DIALOG, HearthQuestionDialog)

HearthAddToPanelDialog *hearth_add_to_panel_dialog_new (HearthScheme *scheme,
                                                        HearthPanel  *panel);
void hearth_add_to_panel_dialog_present (HearthPage  *page,
                                        HearthPanel *panel);

G_END_DECLS
