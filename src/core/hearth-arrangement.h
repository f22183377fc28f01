/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-arrangement.h: A person living with, staying with or spending days with a carer. */

#pragma once

#include "hearth-record.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_ARRANGEMENT (hearth_arrangement_get_type ())

G_DECLARE_FINAL_TYPE (HearthArrangement, hearth_arrangement, HEARTH, ARRANGEMENT, HearthRecord)

HearthArrangement *hearth_arrangement_new (void);

gint64      hearth_arrangement_get_person_id (HearthArrangement *self);
gint64      hearth_arrangement_get_carer_id (HearthArrangement *self);
gint64      hearth_arrangement_get_trial_id (HearthArrangement *self);
const char *hearth_arrangement_get_arrangement_type (HearthArrangement *self);
gboolean    hearth_arrangement_get_emergency (HearthArrangement *self);
const char *hearth_arrangement_get_manager_approved_by (HearthArrangement *self);
const char *hearth_arrangement_get_manager_approved_on (HearthArrangement *self);
const char *hearth_arrangement_get_planning_meeting_due (HearthArrangement *self);
gint64      hearth_arrangement_get_nights_agreed (HearthArrangement *self);
const char *hearth_arrangement_get_days_agreed (HearthArrangement *self);
const char *hearth_arrangement_get_start_date (HearthArrangement *self);
const char *hearth_arrangement_get_planned_end (HearthArrangement *self);
const char *hearth_arrangement_get_end_date (HearthArrangement *self);
const char *hearth_arrangement_get_end_reason (HearthArrangement *self);
const char *hearth_arrangement_get_end_note (HearthArrangement *self);
const char *hearth_arrangement_get_funding_route (HearthArrangement *self);
gint64      hearth_arrangement_get_weekly_fee_pence (HearthArrangement *self);
const char *hearth_arrangement_get_first_review_due (HearthArrangement *self);

G_END_DECLS
