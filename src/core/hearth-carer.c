/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-carer.c: A Shared Lives carer, from first enquiry through approval. */

#define G_LOG_DOMAIN "hearth-carer"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date.h"
#include "hearth-error.h"
#include "hearth-rules.h"
#include "hearth-values.h"

#include "hearth-carer.h"
#include "hearth-fields.h"

struct _HearthCarer
{
  HearthRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HearthCarer, hearth_carer, HEARTH_TYPE_RECORD)

enum {
  PROP_0,
  PROP_FIRST_NAME,
  PROP_LAST_NAME,
  PROP_PREFERRED_NAME,
  PROP_PRONOUNS,
  PROP_DATE_OF_BIRTH,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_ADDRESS,
  PROP_AREA,
  PROP_POSTCODE,
  PROP_HOUSEHOLD,
  PROP_HAS_CHILDREN,
  PROP_PETS,
  PROP_HAS_PETS,
  PROP_SMOKING,
  PROP_ACCOMMODATION,
  PROP_STEP_FREE,
  PROP_ACCESSIBILITY,
  PROP_LANGUAGES,
  PROP_FAITH,
  PROP_CULTURE,
  PROP_INTERESTS,
  PROP_EXPERIENCE,
  PROP_ENQUIRY_SOURCE_ID,
  PROP_ENQUIRY_DATE,
  PROP_STAGE,
  PROP_STAGE_SINCE,
  PROP_ASSESSOR_ID,
  PROP_COORDINATOR_ID,
  PROP_APPROVED_LONG_TERM,
  PROP_APPROVED_SHORT_BREAKS,
  PROP_APPROVED_DAY_SUPPORT,
  PROP_APPROVED_EMERGENCY,
  PROP_APPROVED_PLACES,
  PROP_APPROVAL_DATE,
  PROP_NEXT_APPROVAL_REVIEW,
  N_PROPS
};

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static GParamSpec *properties[N_PROPS];

static gboolean
hearth_carer_validate (HearthRecord  *record,
                       GError       **error)
{
  HearthCarer *self = HEARTH_CARER (record);

  if (hearth_record_text_is_blank (hearth_carer_get_first_name (self)) ||
      hearth_record_text_is_blank (hearth_carer_get_last_name (self)))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("Enter the carer’s first name and last name."));
      return FALSE;
    }

  if (!hearth_record_check_fields (record, NULL, error))
    return FALSE;

  if (!hearth_date_is_valid (hearth_carer_get_enquiry_date (self)))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("Enter the date of the carer’s first enquiry, such as 2026-03-03."));
      return FALSE;
    }

  if (hearth_carer_get_date_of_birth (self) != NULL &&
      !hearth_date_is_valid (hearth_carer_get_date_of_birth (self)))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("Enter the carer’s date of birth as a date, such as 1970-04-23."));
      return FALSE;
    }

  if (!hearth_values_contains (HEARTH_VALUES_SMOKING, hearth_carer_get_smoking (self)))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("Say whether anyone in the household smokes: %s, %s or %s."),
                   hearth_values_label (HEARTH_VALUES_SMOKING, "non-smoking"),
                   hearth_values_label (HEARTH_VALUES_SMOKING, "smokes-outside"),
                   hearth_values_label (HEARTH_VALUES_SMOKING, "smokes-indoors"));
      return FALSE;
    }

  if (g_strcmp0 (hearth_carer_get_stage (self), "approved") == 0)
    return hearth_rules_check_approval_terms (hearth_carer_get_approved_places (self),
                                              hearth_carer_get_approved_long_term (self),
                                              hearth_carer_get_approved_short_breaks (self),
                                              hearth_carer_get_approved_day_support (self),
                                              error);

  return TRUE;
}

static char *
hearth_carer_dup_title (HearthRecord *record)
{
  return hearth_carer_dup_display_name (HEARTH_CARER (record));
}

static void
hearth_carer_class_init (HearthCarerClass *klass)
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
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", N_("Email"), NULL, NULL, FLAGS);
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", N_("Phone"), NULL, NULL, FLAGS);
  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", N_("Address"), NULL, NULL, FLAGS);
  properties[PROP_AREA] =
    g_param_spec_string ("area", N_("Area"), NULL, NULL, FLAGS);
  properties[PROP_POSTCODE] =
    g_param_spec_string ("postcode", N_("Postcode"), NULL, NULL, FLAGS);
  properties[PROP_HOUSEHOLD] =
    g_param_spec_string ("household", N_("Household members"), NULL, NULL, FLAGS);
  properties[PROP_HAS_CHILDREN] =
    g_param_spec_boolean ("has-children", N_("Children at home"), NULL, FALSE, FLAGS);
  properties[PROP_PETS] =
    g_param_spec_string ("pets", N_("Pets"), NULL, NULL, FLAGS);
  properties[PROP_HAS_PETS] =
    g_param_spec_boolean ("has-pets", N_("Pets at home"), NULL, FALSE, FLAGS);
  properties[PROP_SMOKING] =
    g_param_spec_string ("smoking", N_("Smoking"), NULL, "non-smoking", FLAGS);
  properties[PROP_ACCOMMODATION] =
    g_param_spec_string ("accommodation", N_("Accommodation"), NULL, NULL, FLAGS);
  properties[PROP_STEP_FREE] =
    g_param_spec_boolean ("step-free", N_("Step-free"), NULL, FALSE, FLAGS);
  properties[PROP_ACCESSIBILITY] =
    g_param_spec_string ("accessibility", N_("Accessibility"), NULL, NULL, FLAGS);
  properties[PROP_LANGUAGES] =
    g_param_spec_string ("languages", N_("Languages"), NULL, NULL, FLAGS);
  properties[PROP_FAITH] =
    g_param_spec_string ("faith", N_("Faith"), NULL, NULL, FLAGS);
  properties[PROP_CULTURE] =
    g_param_spec_string ("culture", N_("Culture"), NULL, NULL, FLAGS);
  properties[PROP_INTERESTS] =
    g_param_spec_string ("interests", N_("Interests"), NULL, NULL, FLAGS);
  properties[PROP_EXPERIENCE] =
    g_param_spec_string ("experience", N_("Experience"), NULL, NULL, FLAGS);
  properties[PROP_ENQUIRY_SOURCE_ID] =
    g_param_spec_int64 ("enquiry-source-id", N_("Enquiry source"), NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_ENQUIRY_DATE] =
    g_param_spec_string ("enquiry-date", N_("First enquiry"), NULL, NULL, FLAGS);
  properties[PROP_STAGE] =
    g_param_spec_string ("stage", N_("Recruitment stage"), NULL, "enquiry", FLAGS);
  properties[PROP_STAGE_SINCE] =
    g_param_spec_string ("stage-since", N_("At this stage since"), NULL, NULL, FLAGS);
  properties[PROP_ASSESSOR_ID] =
    g_param_spec_int64 ("assessor-id", N_("Assessor"), NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_COORDINATOR_ID] =
    g_param_spec_int64 ("coordinator-id", N_("Coordinator"), NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_APPROVED_LONG_TERM] =
    g_param_spec_boolean ("approved-long-term", N_("Approved for long-term"), NULL, FALSE, FLAGS);
  properties[PROP_APPROVED_SHORT_BREAKS] =
    g_param_spec_boolean ("approved-short-breaks", N_("Approved for short breaks"), NULL,
                          FALSE, FLAGS);
  properties[PROP_APPROVED_DAY_SUPPORT] =
    g_param_spec_boolean ("approved-day-support", N_("Approved for day support"), NULL,
                          FALSE, FLAGS);
  properties[PROP_APPROVED_EMERGENCY] =
    g_param_spec_boolean ("approved-emergency", N_("Approved for emergencies"), NULL, FALSE, FLAGS);
  properties[PROP_APPROVED_PLACES] =
    g_param_spec_int64 ("approved-places", N_("Approved places"), NULL, 0, 3, 0, FLAGS);
  properties[PROP_APPROVAL_DATE] =
    g_param_spec_string ("approval-date", N_("Approved on"), NULL, NULL, FLAGS);
  properties[PROP_NEXT_APPROVAL_REVIEW] =
    g_param_spec_string ("next-approval-review", N_("Next approval review"), NULL, NULL, FLAGS);

  hearth_record_class_install_columns (record_class, "carer", "carer",
                                       HEARTH_RECORD_TRACKED | HEARTH_RECORD_ARCHIVABLE,
                                       &properties[1], N_PROPS - 1);
  record_class->validate = hearth_carer_validate;
  record_class->dup_title = hearth_carer_dup_title;
  hearth_record_class_mark_column (record_class, "enquiry-source-id", HEARTH_COLUMN_NULL_IF_ZERO);
  hearth_record_class_mark_column (record_class, "stage", HEARTH_COLUMN_WORKFLOW);
  hearth_record_class_mark_column (record_class, "stage-since", HEARTH_COLUMN_WORKFLOW);
  hearth_record_class_mark_column (record_class, "assessor-id", HEARTH_COLUMN_NULL_IF_ZERO);
  hearth_record_class_mark_column (record_class, "coordinator-id", HEARTH_COLUMN_NULL_IF_ZERO);
  hearth_record_class_mark_column (record_class, "approved-long-term", HEARTH_COLUMN_WORKFLOW);
  hearth_record_class_mark_column (record_class, "approved-short-breaks", HEARTH_COLUMN_WORKFLOW);
  hearth_record_class_mark_column (record_class, "approved-day-support", HEARTH_COLUMN_WORKFLOW);
  hearth_record_class_mark_column (record_class, "approved-emergency", HEARTH_COLUMN_WORKFLOW);
  hearth_record_class_mark_column (record_class, "approved-places", HEARTH_COLUMN_WORKFLOW);
  hearth_record_class_mark_column (record_class, "approval-date", HEARTH_COLUMN_WORKFLOW);
  hearth_record_class_mark_column (record_class, "next-approval-review", HEARTH_COLUMN_WORKFLOW);
}

static void
hearth_carer_init (HearthCarer *self)
{
}

HearthCarer *
hearth_carer_new (void)
{
  return g_object_new (HEARTH_TYPE_CARER, NULL);
}

const char *
hearth_carer_get_first_name (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "first-name");
}

const char *
hearth_carer_get_last_name (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "last-name");
}

const char *
hearth_carer_get_preferred_name (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "preferred-name");
}

const char *
hearth_carer_get_pronouns (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "pronouns");
}

const char *
hearth_carer_get_date_of_birth (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "date-of-birth");
}

const char *
hearth_carer_get_email (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "email");
}

const char *
hearth_carer_get_phone (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "phone");
}

const char *
hearth_carer_get_address (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "address");
}

const char *
hearth_carer_get_area (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "area");
}

const char *
hearth_carer_get_postcode (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "postcode");
}

const char *
hearth_carer_get_household (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "household");
}

gboolean
hearth_carer_get_has_children (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), FALSE);

  return hearth_record_get_boolean (HEARTH_RECORD (self), "has-children");
}

const char *
hearth_carer_get_pets (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "pets");
}

gboolean
hearth_carer_get_has_pets (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), FALSE);

  return hearth_record_get_boolean (HEARTH_RECORD (self), "has-pets");
}

const char *
hearth_carer_get_smoking (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "smoking");
}

const char *
hearth_carer_get_accommodation (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "accommodation");
}

gboolean
hearth_carer_get_step_free (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), FALSE);

  return hearth_record_get_boolean (HEARTH_RECORD (self), "step-free");
}

const char *
hearth_carer_get_accessibility (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "accessibility");
}

const char *
hearth_carer_get_languages (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "languages");
}

const char *
hearth_carer_get_faith (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "faith");
}

const char *
hearth_carer_get_culture (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "culture");
}

const char *
hearth_carer_get_interests (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "interests");
}

const char *
hearth_carer_get_experience (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "experience");
}

gint64
hearth_carer_get_enquiry_source_id (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "enquiry-source-id");
}

const char *
hearth_carer_get_enquiry_date (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "enquiry-date");
}

const char *
hearth_carer_get_stage (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "stage");
}

const char *
hearth_carer_get_stage_since (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "stage-since");
}

gint64
hearth_carer_get_assessor_id (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "assessor-id");
}

gint64
hearth_carer_get_coordinator_id (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "coordinator-id");
}

gboolean
hearth_carer_get_approved_long_term (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), FALSE);

  return hearth_record_get_boolean (HEARTH_RECORD (self), "approved-long-term");
}

gboolean
hearth_carer_get_approved_short_breaks (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), FALSE);

  return hearth_record_get_boolean (HEARTH_RECORD (self), "approved-short-breaks");
}

gboolean
hearth_carer_get_approved_day_support (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), FALSE);

  return hearth_record_get_boolean (HEARTH_RECORD (self), "approved-day-support");
}

gboolean
hearth_carer_get_approved_emergency (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), FALSE);

  return hearth_record_get_boolean (HEARTH_RECORD (self), "approved-emergency");
}

gint64
hearth_carer_get_approved_places (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "approved-places");
}

const char *
hearth_carer_get_approval_date (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "approval-date");
}

const char *
hearth_carer_get_next_approval_review (HearthCarer *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "next-approval-review");
}
