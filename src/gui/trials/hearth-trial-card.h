/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-trial-card.h: one trial on the Trials board, or a row of the closed trials. */

#pragma once

#include <gtk/gtk.h>

#include "hearth.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_TRIAL_CARD (hearth_trial_card_get_type ())

G_DECLARE_FINAL_TYPE (HearthTrialCard, hearth_trial_card, HEARTH, TRIAL_CARD, GtkWidget)

GtkWidget   *hearth_trial_card_new        (HearthTrialBoard *board,
                                           gboolean          closed);
HearthTrial *hearth_trial_card_get_item   (HearthTrialCard  *self);
void         hearth_trial_card_set_item   (HearthTrialCard  *self,
                                           HearthTrial      *item);
void         hearth_trial_card_refresh    (HearthTrialCard  *self);
char        *hearth_trial_card_dup_spoken (HearthTrialCard  *self);
void         hearth_trial_card_popup_menu (HearthTrialCard  *self);

G_END_DECLS
