/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-trial-board.h: what the Trials board asks of a trial: its column, whether it waits
 * for its arrangement or has stalled, whether a search finds it, and its place in a list. */

#pragma once

#include "hearth-record-list.h"
#include "hearth-trial.h"

G_BEGIN_DECLS

/* When the scheme says nothing, a trial stalls after this many days in one stage. */
#define HEARTH_TRIAL_DEFAULT_STALL_DAYS 21

gboolean hearth_trial_is_open          (HearthTrial      *trial);
int      hearth_trial_days_in_stage    (HearthTrial      *trial,
                                        const char       *today);
gboolean hearth_trial_matches          (HearthTrial      *trial,
                                        const char       *needle,
                                        HearthRecordList *people,
                                        HearthRecordList *carers);
int      hearth_trial_compare_waiting  (HearthTrial      *a,
                                        HearthTrial      *b);
int      hearth_trial_compare_closed   (HearthTrial      *a,
                                        HearthTrial      *b);

#define HEARTH_TYPE_TRIAL_BOARD (hearth_trial_board_get_type ())

G_DECLARE_FINAL_TYPE (HearthTrialBoard, hearth_trial_board, HEARTH, TRIAL_BOARD, GObject)

HearthTrialBoard *hearth_trial_board_new             (HearthScheme     *scheme,
                                                      GError          **error);
HearthScheme     *hearth_trial_board_get_scheme      (HearthTrialBoard *self);
GListModel       *hearth_trial_board_get_trials      (HearthTrialBoard *self);
HearthRecordList *hearth_trial_board_get_people      (HearthTrialBoard *self);
HearthRecordList *hearth_trial_board_get_carers      (HearthTrialBoard *self);
gboolean          hearth_trial_board_is_started      (HearthTrialBoard *self,
                                                      HearthTrial      *trial);
gboolean          hearth_trial_board_is_ready        (HearthTrialBoard *self,
                                                      HearthTrial      *trial);
gboolean          hearth_trial_board_is_on_board     (HearthTrialBoard *self,
                                                      HearthTrial      *trial);
gboolean          hearth_trial_board_is_in_stage     (HearthTrialBoard *self,
                                                      HearthTrial      *trial,
                                                      const char       *stage);
int               hearth_trial_board_get_stall_days  (HearthTrialBoard *self);
gboolean          hearth_trial_board_is_stalled      (HearthTrialBoard *self,
                                                      HearthTrial      *trial,
                                                      const char       *today);
char             *hearth_trial_board_dup_person_name (HearthTrialBoard *self,
                                                      HearthTrial      *trial);
char             *hearth_trial_board_dup_carer_name  (HearthTrialBoard *self,
                                                      HearthTrial      *trial);
char             *hearth_trial_board_dup_pair        (HearthTrialBoard *self,
                                                      HearthTrial      *trial);
gboolean          hearth_trial_board_matches         (HearthTrialBoard *self,
                                                      HearthTrial      *trial,
                                                      const char       *needle);

G_END_DECLS
