/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-trial-stage.h: A stage a trial reached, with its date and notes. */

#pragma once

#include "hearth-record.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_TRIAL_STAGE (hearth_trial_stage_get_type ())

G_DECLARE_FINAL_TYPE (HearthTrialStage, hearth_trial_stage, HEARTH, TRIAL_STAGE, HearthRecord)

HearthTrialStage *hearth_trial_stage_new (void);

gint64      hearth_trial_stage_get_trial_id (HearthTrialStage *self);
const char *hearth_trial_stage_get_stage (HearthTrialStage *self);
const char *hearth_trial_stage_get_reached_on (HearthTrialStage *self);
const char *hearth_trial_stage_get_notes (HearthTrialStage *self);
const char *hearth_trial_stage_get_recorded_by (HearthTrialStage *self);

G_END_DECLS
