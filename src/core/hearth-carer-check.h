/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-carer-check.h: A check a carer has passed: references, DBS, home safety and the rest. */

#pragma once

#include "hearth-record.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_CARER_CHECK (hearth_carer_check_get_type ())

G_DECLARE_FINAL_TYPE (HearthCarerCheck, hearth_carer_check, HEARTH, CARER_CHECK, HearthRecord)

HearthCarerCheck *hearth_carer_check_new (void);

gint64      hearth_carer_check_get_carer_id (HearthCarerCheck *self);
const char *hearth_carer_check_get_kind (HearthCarerCheck *self);
const char *hearth_carer_check_get_completed_on (HearthCarerCheck *self);
const char *hearth_carer_check_get_expires_on (HearthCarerCheck *self);
const char *hearth_carer_check_get_detail (HearthCarerCheck *self);

G_END_DECLS
