/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-person.c: Someone who needs support, from referral onwards. */

#define G_LOG_DOMAIN "hearth-person"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-error.h"
#include "hearth-rules.h"
#include "hearth-values.h"

#include "hearth-person.h"
#include "hearth-fields.h"

struct _HearthPerson
{
  HearthRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HearthPerson, hearth_person, HEARTH_TYPE_RECORD)

enum {
  PROP_0,
  PROP_FIRST_NAME,
  PROP_LAST_NAME,
  PROP_PREFERRED_NAME,
  PROP_PRONOUNS,
  PROP_DATE_OF_BIRTH,
  PROP_PHONE,
  PROP_ADDRESS,
  PROP_AREA,
  PROP_POSTCODE,
  PROP_SUPPORT_NEEDS,
  PROP_SUPPORT_NOTES,
  PROP_REFERRAL_DATE,
  PROP_REFERRING_ORG,
  PROP_REFERRER_NAME,
  PROP_CARE_MANAGER_NAME,
  PROP_CARE_MANAGER_CONTACT,
  PROP_FUNDING_ROUTE,
  PROP_CARE_PLAN_RECEIVED,
  PROP_RISK_ASSESSED_ON,
  PROP_RISK_REVIEW_DUE,
  PROP_RISK_SUMMARY,
  PROP_PREFERENCES,
  PROP_INTERESTS,
  PROP_WANTS_LANGUAGE,
  PROP_WANTS_FAITH,
  PROP_WANTS_CULTURE,
  PROP_AVOID_PETS,
  PROP_AVOID_SMOKING,
  PROP_AVOID_CHILDREN,
  PROP_NEEDS_STEP_FREE,
  PROP_STATUS,
  PROP_ADVOCATE_NAME,
  PROP_ADVOCATE_KIND,
  PROP_ADVOCATE_CONTACT,
  PROP_COORDINATOR_ID,
  N_PROPS
};

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static GParamSpec *properties[N_PROPS];

static gboolean
check_value (HearthValueSet   set,
             const char      *value,
             const char      *what,
             GError         **error)
{
  if (value == NULL || hearth_values_contains (set, value))
    return TRUE;

  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID, _("“%s” is not a known %s."), value, what);
  return FALSE;
}

static gboolean
hearth_person_validate (HearthRecord  *record,
                        GError       **error)
{
  HearthPerson *self = HEARTH_PERSON (record);
  g_autofree char *bad = NULL;

  if (hearth_record_text_is_blank (hearth_person_get_first_name (self)) ||
      hearth_record_text_is_blank (hearth_person_get_last_name (self)))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("Enter the person’s first name and last name."));
      return FALSE;
    }

  if (!hearth_record_check_fields (record, NULL, error))
    return FALSE;

  if (!hearth_values_check_list (HEARTH_VALUES_SUPPORT_NEED,
                                 hearth_person_get_support_needs (self), &bad))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("“%s” is not a known support need."), bad);
      return FALSE;
    }

  return hearth_rules_check_person_age (self, error) &&
         hearth_rules_check_risk_assessment (self, error) &&
         check_value (HEARTH_VALUES_FUNDING_ROUTE, hearth_person_get_funding_route (self),
                      _("funding route"), error) &&
         check_value (HEARTH_VALUES_PERSON_STATUS, hearth_person_get_status (self),
                      _("status"), error) &&
         check_value (HEARTH_VALUES_ADVOCATE_KIND, hearth_person_get_advocate_kind (self),
                      _("kind of advocate"), error);
}

static char *
hearth_person_dup_title (HearthRecord *record)
{
  return hearth_person_dup_display_name (HEARTH_PERSON (record));
}

static void
hearth_person_class_init (HearthPersonClass *klass)
{
  HearthRecordClass *record_class = HEARTH_RECORD_CLASS (klass);

  properties[PROP_FIRST_NAME] =
    g_param_spec_string ("first-name", N_("First name"), NULL, NULL, FLAGS);
  properties[PROP_LAST_NAME] =
    g_param_spec_string ("last-name", N_("Last name"), NULL, NULL, FLAGS);
  properties[PROP_PREFERRED_NAME] =
    g_param_spec_string ("preferred-name", N_("Preferred name"), NULL, NULL, FLAGS);
  properties[PROP_PRONOUNS] =
    g_param_spec_string ("pronouns", N_("Pronouns"), NULL, NULL, FLAGS);
  properties[PROP_DATE_OF_BIRTH] =
    g_param_spec_string ("date-of-birth", N_("Date of birth"), NULL, NULL, FLAGS);
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", N_("Phone"), NULL, NULL, FLAGS);
  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", N_("Address"), NULL, NULL, FLAGS);
  properties[PROP_AREA] =
    g_param_spec_string ("area", N_("Area"), NULL, NULL, FLAGS);
  properties[PROP_POSTCODE] =
    g_param_spec_string ("postcode", N_("Postcode"), NULL, NULL, FLAGS);
  properties[PROP_SUPPORT_NEEDS] =
    g_param_spec_string ("support-needs", N_("Support needs"), NULL, "", FLAGS);
  properties[PROP_SUPPORT_NOTES] =
    g_param_spec_string ("support-notes", N_("Support notes"), NULL, NULL, FLAGS);
  properties[PROP_REFERRAL_DATE] =
    g_param_spec_string ("referral-date", N_("Referred on"), NULL, NULL, FLAGS);
  properties[PROP_REFERRING_ORG] =
    g_param_spec_string ("referring-org", N_("Referred by"), NULL, NULL, FLAGS);
  properties[PROP_REFERRER_NAME] =
    g_param_spec_string ("referrer-name", N_("Referrer"), NULL, NULL, FLAGS);
  properties[PROP_CARE_MANAGER_NAME] =
    g_param_spec_string ("care-manager-name", N_("Care manager"), NULL, NULL, FLAGS);
  properties[PROP_CARE_MANAGER_CONTACT] =
    g_param_spec_string ("care-manager-contact", N_("Care manager’s contact"), NULL, NULL, FLAGS);
  properties[PROP_FUNDING_ROUTE] =
    g_param_spec_string ("funding-route", N_("Funding"), NULL, "council", FLAGS);
  properties[PROP_CARE_PLAN_RECEIVED] =
    g_param_spec_string ("care-plan-received", N_("Care plan received"), NULL, NULL, FLAGS);
  properties[PROP_RISK_ASSESSED_ON] =
    g_param_spec_string ("risk-assessed-on", N_("Risk assessed on"), NULL, NULL, FLAGS);
  properties[PROP_RISK_REVIEW_DUE] =
    g_param_spec_string ("risk-review-due", N_("Risk review due"), NULL, NULL, FLAGS);
  properties[PROP_RISK_SUMMARY] =
    g_param_spec_string ("risk-summary", N_("Risk summary"), NULL, NULL, FLAGS);
  properties[PROP_PREFERENCES] =
    g_param_spec_string ("preferences", N_("Preferences"), NULL, NULL, FLAGS);
  properties[PROP_INTERESTS] =
    g_param_spec_string ("interests", N_("Interests"), NULL, NULL, FLAGS);
  properties[PROP_WANTS_LANGUAGE] =
    g_param_spec_string ("wants-language", N_("Language wanted"), NULL, NULL, FLAGS);
  properties[PROP_WANTS_FAITH] =
    g_param_spec_string ("wants-faith", N_("Faith wanted"), NULL, NULL, FLAGS);
  properties[PROP_WANTS_CULTURE] =
    g_param_spec_string ("wants-culture", N_("Culture wanted"), NULL, NULL, FLAGS);
  properties[PROP_AVOID_PETS] =
    g_param_spec_boolean ("avoid-pets", N_("No pets, please"), NULL, FALSE, FLAGS);
  properties[PROP_AVOID_SMOKING] =
    g_param_spec_boolean ("avoid-smoking", N_("Non-smoking home, please"), NULL, FALSE, FLAGS);
  properties[PROP_AVOID_CHILDREN] =
    g_param_spec_boolean ("avoid-children", N_("No children at home, please"), NULL, FALSE, FLAGS);
  properties[PROP_NEEDS_STEP_FREE] =
    g_param_spec_boolean ("needs-step-free", N_("Needs a step-free home"), NULL, FALSE, FLAGS);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", N_("Status"), NULL, "referred", FLAGS);
  properties[PROP_ADVOCATE_NAME] =
    g_param_spec_string ("advocate-name", N_("Advocate or named person"), NULL, NULL, FLAGS);
  properties[PROP_ADVOCATE_KIND] =
    g_param_spec_string ("advocate-kind", N_("Kind of advocate"), NULL, NULL, FLAGS);
  properties[PROP_ADVOCATE_CONTACT] =
    g_param_spec_string ("advocate-contact", N_("Advocate’s contact"), NULL, NULL, FLAGS);
  properties[PROP_COORDINATOR_ID] =
    g_param_spec_int64 ("coordinator-id", N_("Coordinator"), NULL, 0, G_MAXINT64, 0, FLAGS);

  hearth_record_class_install_columns (record_class, "person", "person",
                                       HEARTH_RECORD_TRACKED | HEARTH_RECORD_ARCHIVABLE,
                                       &properties[1], N_PROPS - 1);
  record_class->validate = hearth_person_validate;
  record_class->dup_title = hearth_person_dup_title;
  hearth_record_class_mark_column (record_class, "status", HEARTH_COLUMN_WORKFLOW);
  hearth_record_class_mark_column (record_class, "coordinator-id", HEARTH_COLUMN_NULL_IF_ZERO);
}

static void
hearth_person_init (HearthPerson *self)
{
}

HearthPerson *
hearth_person_new (void)
{
  return g_object_new (HEARTH_TYPE_PERSON, NULL);
}

const char *
hearth_person_get_first_name (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "first-name");
}

const char *
hearth_person_get_last_name (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "last-name");
}

const char *
hearth_person_get_preferred_name (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "preferred-name");
}

const char *
hearth_person_get_pronouns (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "pronouns");
}

const char *
hearth_person_get_date_of_birth (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "date-of-birth");
}

const char *
hearth_person_get_phone (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "phone");
}

const char *
hearth_person_get_address (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "address");
}

const char *
hearth_person_get_area (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "area");
}

const char *
hearth_person_get_postcode (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "postcode");
}

const char *
hearth_person_get_support_needs (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "support-needs");
}

const char *
hearth_person_get_support_notes (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "support-notes");
}

const char *
hearth_person_get_referral_date (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "referral-date");
}

const char *
hearth_person_get_referring_org (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "referring-org");
}

const char *
hearth_person_get_referrer_name (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "referrer-name");
}

const char *
hearth_person_get_care_manager_name (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "care-manager-name");
}

const char *
hearth_person_get_care_manager_contact (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "care-manager-contact");
}

const char *
hearth_person_get_funding_route (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "funding-route");
}

const char *
hearth_person_get_care_plan_received (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "care-plan-received");
}

const char *
hearth_person_get_risk_assessed_on (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "risk-assessed-on");
}

const char *
hearth_person_get_risk_review_due (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "risk-review-due");
}

const char *
hearth_person_get_risk_summary (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "risk-summary");
}

const char *
hearth_person_get_preferences (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "preferences");
}

const char *
hearth_person_get_interests (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "interests");
}

const char *
hearth_person_get_wants_language (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "wants-language");
}

const char *
hearth_person_get_wants_faith (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "wants-faith");
}

const char *
hearth_person_get_wants_culture (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "wants-culture");
}

gboolean
hearth_person_get_avoid_pets (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), FALSE);

  return hearth_record_get_boolean (HEARTH_RECORD (self), "avoid-pets");
}

gboolean
hearth_person_get_avoid_smoking (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), FALSE);

  return hearth_record_get_boolean (HEARTH_RECORD (self), "avoid-smoking");
}

gboolean
hearth_person_get_avoid_children (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), FALSE);

  return hearth_record_get_boolean (HEARTH_RECORD (self), "avoid-children");
}

gboolean
hearth_person_get_needs_step_free (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), FALSE);

  return hearth_record_get_boolean (HEARTH_RECORD (self), "needs-step-free");
}

const char *
hearth_person_get_status (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "status");
}

const char *
hearth_person_get_advocate_name (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "advocate-name");
}

const char *
hearth_person_get_advocate_kind (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "advocate-kind");
}

const char *
hearth_person_get_advocate_contact (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "advocate-contact");
}

gint64
hearth_person_get_coordinator_id (HearthPerson *self)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "coordinator-id");
}
