/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-trial.h: An introduction between a person and a carer, followed to both sides' decisions. */

#pragma once

#include "hearth-record.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_TRIAL (hearth_trial_get_type ())

G_DECLARE_FINAL_TYPE (HearthTrial, hearth_trial, HEARTH, TRIAL, HearthRecord)

HearthTrial *hearth_trial_new (void);

gint64      hearth_trial_get_person_id (HearthTrial *self);
gint64      hearth_trial_get_carer_id (HearthTrial *self);
const char *hearth_trial_get_arrangement_type (HearthTrial *self);
const char *hearth_trial_get_stage (HearthTrial *self);
const char *hearth_trial_get_stage_since (HearthTrial *self);
const char *hearth_trial_get_trial_start (HearthTrial *self);
const char *hearth_trial_get_trial_planned_end (HearthTrial *self);
const char *hearth_trial_get_person_decision (HearthTrial *self);
const char *hearth_trial_get_person_words (HearthTrial *self);
const char *hearth_trial_get_person_decided_on (HearthTrial *self);
const char *hearth_trial_get_carer_decision (HearthTrial *self);
const char *hearth_trial_get_carer_words (HearthTrial *self);
const char *hearth_trial_get_carer_decided_on (HearthTrial *self);
const char *hearth_trial_get_outcome (HearthTrial *self);
const char *hearth_trial_get_closed_on (HearthTrial *self);
const char *hearth_trial_get_closed_reason (HearthTrial *self);
gboolean    hearth_trial_get_suggest_again (HearthTrial *self);
const char *hearth_trial_get_notes (HearthTrial *self);

G_END_DECLS
