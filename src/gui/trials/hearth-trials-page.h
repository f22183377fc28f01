/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-trials-page.h: the Trials view: every open trial by stage, from the proposal to
 * both sides' choices, and the closed trials with their outcome. */

#pragma once

#include "hearth-page.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_TRIALS_PAGE (hearth_trials_page_get_type ())

G_DECLARE_FINAL_TYPE (HearthTrialsPage, hearth_trials_page, HEARTH, TRIALS_PAGE, HearthPage)

HearthPage  *hearth_trials_page_new          (HearthScheme     *scheme,
                                              GError          **error);
void         hearth_trials_page_refresh      (HearthTrialsPage *self);
HearthTrial *hearth_trials_page_get_selected (HearthTrialsPage *self);
gboolean     hearth_trials_page_select       (HearthTrialsPage *self,
                                              gint64            trial_id);
void         hearth_trials_page_set_show_closed (HearthTrialsPage *self,
                                                 gboolean          show_closed);

G_END_DECLS
