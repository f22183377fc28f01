/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-trial-move-on-dialog.h: moves an open trial on to one of its later stages. */

#pragma once

#include "hearth-trial-question.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_TRIAL_MOVE_ON_DIALOG (hearth_trial_move_on_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthTrialMoveOnDialog, hearth_trial_move_on_dialog, HEARTH,
                      TRIAL_MOVE_ON_DIALOG, HearthTrialQuestion)

gboolean                 hearth_trial_move_on_dialog_can_ask (HearthTrial  *trial);
HearthTrialMoveOnDialog *hearth_trial_move_on_dialog_new     (HearthScheme *scheme,
                                                              HearthTrial  *trial);
GtkWindow               *hearth_trial_move_on_dialog_present (HearthPage   *page,
                                                              HearthTrial  *trial);

G_END_DECLS
