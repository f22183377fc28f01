/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-staff.h: Someone who works for the scheme: coordinator, registered manager, assessor. */

#pragma once

#include "hearth-record.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_STAFF (hearth_staff_get_type ())

G_DECLARE_FINAL_TYPE (HearthStaff, hearth_staff, HEARTH, STAFF, HearthRecord)

HearthStaff *hearth_staff_new (void);

const char *hearth_staff_get_name (HearthStaff *self);
const char *hearth_staff_get_role (HearthStaff *self);
const char *hearth_staff_get_email (HearthStaff *self);
const char *hearth_staff_get_phone (HearthStaff *self);

G_END_DECLS
