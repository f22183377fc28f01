/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-trial-choice-dialog.h: records the person's or the carer's choice in a trial. */

#pragma once

#include "hearth-trial-question.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_TRIAL_CHOICE_DIALOG (hearth_trial_choice_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthTrialChoiceDialog, hearth_trial_choice_dialog, HEARTH,
                      TRIAL_CHOICE_DIALOG, HearthTrialQuestion)

HearthTrialChoiceDialog *hearth_trial_choice_dialog_new     (HearthScheme *scheme,
                                                             HearthTrial  *trial);
GtkWindow               *hearth_trial_choice_dialog_present (HearthPage   *page,
                                                             HearthTrial  *trial);

G_END_DECLS
