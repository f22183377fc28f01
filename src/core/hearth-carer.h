/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-carer.h: A Shared Lives carer, from first enquiry through approval. */

#pragma once

#include "hearth-record.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_CARER (hearth_carer_get_type ())

G_DECLARE_FINAL_TYPE (HearthCarer, hearth_carer, HEARTH, CARER, HearthRecord)

HearthCarer *hearth_carer_new (void);

const char *hearth_carer_get_first_name (HearthCarer *self);
const char *hearth_carer_get_last_name (HearthCarer *self);
const char *hearth_carer_get_preferred_name (HearthCarer *self);
const char *hearth_carer_get_pronouns (HearthCarer *self);
const char *hearth_carer_get_date_of_birth (HearthCarer *self);
const char *hearth_carer_get_email (HearthCarer *self);
const char *hearth_carer_get_phone (HearthCarer *self);
const char *hearth_carer_get_address (HearthCarer *self);
const char *hearth_carer_get_area (HearthCarer *self);
const char *hearth_carer_get_postcode (HearthCarer *self);
const char *hearth_carer_get_household (HearthCarer *self);
gboolean    hearth_carer_get_has_children (HearthCarer *self);
const char *hearth_carer_get_pets (HearthCarer *self);
gboolean    hearth_carer_get_has_pets (HearthCarer *self);
const char *hearth_carer_get_smoking (HearthCarer *self);
const char *hearth_carer_get_accommodation (HearthCarer *self);
gboolean    hearth_carer_get_step_free (HearthCarer *self);
const char *hearth_carer_get_accessibility (HearthCarer *self);
const char *hearth_carer_get_languages (HearthCarer *self);
const char *hearth_carer_get_faith (HearthCarer *self);
const char *hearth_carer_get_culture (HearthCarer *self);
const char *hearth_carer_get_interests (HearthCarer *self);
const char *hearth_carer_get_experience (HearthCarer *self);
gint64      hearth_carer_get_enquiry_source_id (HearthCarer *self);
const char *hearth_carer_get_enquiry_date (HearthCarer *self);
const char *hearth_carer_get_stage (HearthCarer *self);
const char *hearth_carer_get_stage_since (HearthCarer *self);
gint64      hearth_carer_get_assessor_id (HearthCarer *self);
gint64      hearth_carer_get_coordinator_id (HearthCarer *self);
gboolean    hearth_carer_get_approved_long_term (HearthCarer *self);
gboolean    hearth_carer_get_approved_short_breaks (HearthCarer *self);
gboolean    hearth_carer_get_approved_day_support (HearthCarer *self);
gboolean    hearth_carer_get_approved_emergency (HearthCarer *self);
gint64      hearth_carer_get_approved_places (HearthCarer *self);
const char *hearth_carer_get_approval_date (HearthCarer *self);
const char *hearth_carer_get_next_approval_review (HearthCarer *self);

G_END_DECLS
