/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-scheme-details.h: Who the scheme is and its policies (the single row of table scheme). */

#pragma once

#include "hearth-record.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_SCHEME_DETAILS (hearth_scheme_details_get_type ())

G_DECLARE_FINAL_TYPE (HearthSchemeDetails, hearth_scheme_details, HEARTH, SCHEME_DETAILS, HearthRecord)

HearthSchemeDetails *hearth_scheme_details_new (void);

const char *hearth_scheme_details_get_name (HearthSchemeDetails *self);
const char *hearth_scheme_details_get_cqc_location_id (HearthSchemeDetails *self);
const char *hearth_scheme_details_get_address (HearthSchemeDetails *self);
const char *hearth_scheme_details_get_postcode (HearthSchemeDetails *self);
const char *hearth_scheme_details_get_phone (HearthSchemeDetails *self);
const char *hearth_scheme_details_get_email (HearthSchemeDetails *self);
gint64      hearth_scheme_details_get_registered_manager_id (HearthSchemeDetails *self);
gint64      hearth_scheme_details_get_first_review_weeks (HearthSchemeDetails *self);
gint64      hearth_scheme_details_get_review_interval_months (HearthSchemeDetails *self);
gint64      hearth_scheme_details_get_emergency_review_weeks (HearthSchemeDetails *self);
gint64      hearth_scheme_details_get_emergency_max_months (HearthSchemeDetails *self);
gint64      hearth_scheme_details_get_emergency_planning_days (HearthSchemeDetails *self);
gint64      hearth_scheme_details_get_approval_review_months (HearthSchemeDetails *self);
gint64      hearth_scheme_details_get_dbs_renewal_years (HearthSchemeDetails *self);
gint64      hearth_scheme_details_get_recruitment_target_days (HearthSchemeDetails *self);
gint64      hearth_scheme_details_get_trial_stall_days (HearthSchemeDetails *self);
gint64      hearth_scheme_details_get_retention_years (HearthSchemeDetails *self);
const char *hearth_scheme_details_get_backup_folder (HearthSchemeDetails *self);

G_END_DECLS
