/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-person.h: Someone who needs support, from referral onwards. */

#pragma once

#include "hearth-record.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PERSON (hearth_person_get_type ())

G_DECLARE_FINAL_TYPE (HearthPerson, hearth_person, HEARTH, PERSON, HearthRecord)

HearthPerson *hearth_person_new (void);

const char *hearth_person_get_first_name (HearthPerson *self);
const char *hearth_person_get_last_name (HearthPerson *self);
const char *hearth_person_get_preferred_name (HearthPerson *self);
const char *hearth_person_get_pronouns (HearthPerson *self);
const char *hearth_person_get_date_of_birth (HearthPerson *self);
const char *hearth_person_get_phone (HearthPerson *self);
const char *hearth_person_get_address (HearthPerson *self);
const char *hearth_person_get_area (HearthPerson *self);
const char *hearth_person_get_postcode (HearthPerson *self);
const char *hearth_person_get_support_needs (HearthPerson *self);
const char *hearth_person_get_support_notes (HearthPerson *self);
const char *hearth_person_get_referral_date (HearthPerson *self);
const char *hearth_person_get_referring_org (HearthPerson *self);
const char *hearth_person_get_referrer_name (HearthPerson *self);
const char *hearth_person_get_care_manager_name (HearthPerson *self);
const char *hearth_person_get_care_manager_contact (HearthPerson *self);
const char *hearth_person_get_funding_route (HearthPerson *self);
const char *hearth_person_get_care_plan_received (HearthPerson *self);
const char *hearth_person_get_risk_assessed_on (HearthPerson *self);
const char *hearth_person_get_risk_review_due (HearthPerson *self);
const char *hearth_person_get_risk_summary (HearthPerson *self);
const char *hearth_person_get_preferences (HearthPerson *self);
const char *hearth_person_get_interests (HearthPerson *self);
const char *hearth_person_get_wants_language (HearthPerson *self);
const char *hearth_person_get_wants_faith (HearthPerson *self);
const char *hearth_person_get_wants_culture (HearthPerson *self);
gboolean    hearth_person_get_avoid_pets (HearthPerson *self);
gboolean    hearth_person_get_avoid_smoking (HearthPerson *self);
gboolean    hearth_person_get_avoid_children (HearthPerson *self);
gboolean    hearth_person_get_needs_step_free (HearthPerson *self);
const char *hearth_person_get_status (HearthPerson *self);
const char *hearth_person_get_advocate_name (HearthPerson *self);
const char *hearth_person_get_advocate_kind (HearthPerson *self);
const char *hearth_person_get_advocate_contact (HearthPerson *self);
gint64      hearth_person_get_coordinator_id (HearthPerson *self);

G_END_DECLS
