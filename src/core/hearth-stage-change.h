/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-stage-change.h: One move of a carer through recruitment: who, when, and why. */

#pragma once

#include "hearth-record.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_STAGE_CHANGE (hearth_stage_change_get_type ())

G_DECLARE_FINAL_TYPE (HearthStageChange, hearth_stage_change, HEARTH, STAGE_CHANGE, HearthRecord)

HearthStageChange *hearth_stage_change_new (void);

gint64      hearth_stage_change_get_carer_id (HearthStageChange *self);
const char *hearth_stage_change_get_from_stage (HearthStageChange *self);
const char *hearth_stage_change_get_to_stage (HearthStageChange *self);
const char *hearth_stage_change_get_changed_on (HearthStageChange *self);
const char *hearth_stage_change_get_changed_by (HearthStageChange *self);
const char *hearth_stage_change_get_note (HearthStageChange *self);

G_END_DECLS
