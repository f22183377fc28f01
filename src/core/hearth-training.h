/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-training.h: A training course a carer has completed, and when it expires. */

#pragma once

#include "hearth-record.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_TRAINING (hearth_training_get_type ())

G_DECLARE_FINAL_TYPE (HearthTraining, hearth_training, HEARTH, TRAINING, HearthRecord)

HearthTraining *hearth_training_new (void);

gint64      hearth_training_get_carer_id (HearthTraining *self);
const char *hearth_training_get_course (HearthTraining *self);
const char *hearth_training_get_completed_on (HearthTraining *self);
const char *hearth_training_get_expires_on (HearthTraining *self);

G_END_DECLS
