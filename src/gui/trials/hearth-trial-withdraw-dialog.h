/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-trial-withdraw-dialog.h: withdraws an open trial, with its reason. */

#pragma once

#include "hearth-trial-question.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_TRIAL_WITHDRAW_DIALOG (hearth_trial_withdraw_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthTrialWithdrawDialog, hearth_trial_withdraw_dialog, HEARTH,
                      TRIAL_WITHDRAW_DIALOG, HearthTrialQuestion)

HearthTrialWithdrawDialog *hearth_trial_withdraw_dialog_new     (HearthScheme *scheme,
                                                                 HearthTrial  *trial);
GtkWindow                 *hearth_trial_withdraw_dialog_present (HearthPage   *page,
                                                                 HearthTrial  *trial);

G_END_DECLS
