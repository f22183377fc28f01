/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-fields.c: what each field is called, and field-by-field checks of people and
 * carers: names, dates, postcodes, phone numbers and email addresses. A field's name is its
 * property's nick, so the editor, the profile, History and exports all say the same words;
 * each kind of record's own validation calls the checks too, so the editor, the command
 * line and the store refuse the same things in the same words. */

#define G_LOG_DOMAIN "hearth-fields"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hearth-arrangement.h"
#include "hearth-audit-entry.h"
#include "hearth-carer-check.h"
#include "hearth-carer.h"
#include "hearth-date.h"
#include "hearth-enquiry-source.h"
#include "hearth-error.h"
#include "hearth-fields.h"
#include "hearth-household-member.h"
#include "hearth-panel-decision.h"
#include "hearth-panel.h"
#include "hearth-pen-portrait.h"
#include "hearth-person.h"
#include "hearth-review-action.h"
#include "hearth-review-outcome.h"
#include "hearth-review.h"
#include "hearth-scheme-details.h"
#include "hearth-stage-change.h"
#include "hearth-staff.h"
#include "hearth-training.h"
#include "hearth-trial-stage.h"
#include "hearth-trial.h"

/**
 * hearth_record_type_for_kind:
 * @kind: a kind of record as the audit trail names it: "person", "carer", "trial", ...
 *
 * Returns: its type, or %G_TYPE_INVALID for a kind Hearth does not know
 */
GType
hearth_record_type_for_kind (const char *kind)
{
  GType (*types[]) (void) = {
    hearth_person_get_type, hearth_carer_get_type, hearth_pen_portrait_get_type,
    hearth_carer_check_get_type, hearth_training_get_type, hearth_household_member_get_type,
    hearth_stage_change_get_type, hearth_panel_get_type, hearth_panel_decision_get_type,
    hearth_trial_get_type, hearth_trial_stage_get_type, hearth_arrangement_get_type,
    hearth_review_get_type, hearth_review_outcome_get_type, hearth_review_action_get_type,
    hearth_scheme_details_get_type, hearth_staff_get_type, hearth_enquiry_source_get_type,
    hearth_audit_entry_get_type,
  };

  g_return_val_if_fail (kind != NULL, G_TYPE_INVALID);

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      GType type = types[i] ();
      g_autoptr(GTypeClass) klass = g_type_class_ref (type);

      if (g_str_equal (HEARTH_RECORD_CLASS (klass)->kind, kind))
        return type;
    }

  return G_TYPE_INVALID;
}

/**
 * hearth_record_get_field_label:
 * @type: a kind of record
 * @property: one of its columns, as a property name
 *
 * What a coordinator calls the field, translated: the words the editor, the profile, the
 * exported lists and History all use.
 *
 * Returns: (nullable): the label, or %NULL when @property is not a column of @type
 */
const char *
hearth_record_get_field_label (GType       type,
                               const char *property)
{
  g_autoptr(GTypeClass) klass = NULL;
  GParamSpec *pspec;
  const char *nick;

  g_return_val_if_fail (g_type_is_a (type, HEARTH_TYPE_RECORD), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  klass = g_type_class_ref (type);
  pspec = g_hash_table_lookup (HEARTH_RECORD_CLASS (klass)->columns_by_name, property);
  if (pspec == NULL)
    return NULL;

  /* GLib hands back the name when a property has no nick: every column has one. */
  nick = g_param_spec_get_nick (pspec);
  g_return_val_if_fail (g_strcmp0 (nick, pspec->name) != 0, pspec->name);

  return _(nick);
}

gboolean
hearth_record_column_is_date (HearthRecord *record,
                              const char   *property)
{
  static const char *others[] = {
    "date-of-birth", "planned-end", "trial-planned-end", "trial-start", "next-due",
    "stage-since", "risk-next-review", "next-approval-review", "care-plan-received",
  };

  if (!hearth_record_has_column (record, property))
    return FALSE;

  if (g_str_has_suffix (property, "-on") || g_str_has_suffix (property, "-date") ||
      g_str_has_suffix (property, "-due"))
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    if (g_str_equal (property, others[i]))
      return TRUE;

  return FALSE;
}

/* A UK postcode: outward code (area letters, district) and inward code, as Royal Mail
 * writes them; spacing and case are forgiven. */
static gboolean
looks_like_postcode (const char *text)
{
  return g_regex_match_simple ("^\\s*[A-Z]{1,2}[0-9][A-Z0-9]?\\s*[0-9][A-Z]{2}\\s*$", text,
                               G_REGEX_CASELESS, 0);
}

static gboolean
looks_like_phone (const char *text)
{
  guint digits = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (strchr (" +()-", *p) == NULL)
        return FALSE;
    }

  /* A UK number has 10 or 11 digits; an international one up to 15. */
  return digits >= 10 && digits <= 15;
}

static gboolean
looks_like_email (const char *text)
{
  return g_regex_match_simple ("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", text, 0, 0);
}

static gboolean
is_person_or_carer (HearthRecord *record)
{
  const char *kind = hearth_record_get_kind (record);

  return g_strcmp0 (kind, "person") == 0 || g_strcmp0 (kind, "carer") == 0;
}

/**
 * hearth_record_check_field:
 * @property: one of the record's columns, as a property name
 *
 * Checks one field on its own. Rules that weigh one field against another (an age at
 * referral, a review after an assessment) are the record's validation.
 *
 * Returns: %FALSE, with a message a coordinator can act on, when the value is wrong
 */
gboolean
hearth_record_check_field (HearthRecord  *record,
                           const char    *property,
                           GError       **error)
{
  const char *text;

  g_return_val_if_fail (HEARTH_IS_RECORD (record), FALSE);
  g_return_val_if_fail (property != NULL, FALSE);

  if (!hearth_record_has_column (record, property) ||
      G_TYPE_FUNDAMENTAL (g_object_class_find_property (G_OBJECT_GET_CLASS (record),
                                                        property)->value_type) != G_TYPE_STRING)
    return TRUE;

  text = hearth_record_get_string (record, property);

  if (is_person_or_carer (record) &&
      (g_str_equal (property, "first-name") || g_str_equal (property, "last-name")) &&
      hearth_record_text_is_blank (text))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   g_str_equal (property, "first-name") ? _("Enter a first name.")
                                                        : _("Enter a last name."));
      return FALSE;
    }

  if (hearth_record_text_is_blank (text))
    return TRUE;

  if (hearth_record_column_is_date (record, property) && !hearth_date_is_valid (text))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("“%s” is not a date. Write it as day, month and year, such as 7/12/2026."),
                   text);
      return FALSE;
    }

  if (!is_person_or_carer (record))
    return TRUE;

  if (g_str_equal (property, "postcode") && !looks_like_postcode (text))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("“%s” is not a UK postcode. Write it as it appears on a letter, such as "
                     "LS6 2AB."), text);
      return FALSE;
    }

  if (g_str_equal (property, "phone") && !looks_like_phone (text))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("“%s” is not a phone number. Use digits, spaces and +, such as "
                     "0113 496 0000."), text);
      return FALSE;
    }

  if (g_str_equal (property, "email") && !looks_like_email (text))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("“%s” is not an email address. It needs an @ and a domain, such as "
                     "name@example.org."), text);
      return FALSE;
    }

  return TRUE;
}

/**
 * hearth_record_check_fields:
 * @property: (out) (optional) (transfer none): the first field that is wrong
 *
 * Checks every field of @record on its own, in column order.
 */
gboolean
hearth_record_check_fields (HearthRecord  *record,
                            const char   **property,
                            GError       **error)
{
  HearthRecordClass *klass;

  g_return_val_if_fail (HEARTH_IS_RECORD (record), FALSE);

  klass = HEARTH_RECORD_GET_CLASS (record);
  for (guint i = 0; i < klass->columns->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (klass->columns, i);

      if (hearth_record_column_flags (pspec) & HEARTH_COLUMN_BOOKKEEPING)
        continue;
      if (!hearth_record_check_field (record, pspec->name, error))
        {
          if (property != NULL)
            *property = pspec->name;
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * hearth_record_field_for_error:
 * @error: why saving @record was refused
 *
 * Returns: (nullable): the field an editor should point at, or %NULL when the problem is
 *   not one field's
 */
const char *
hearth_record_field_for_error (HearthRecord *record,
                               const GError *error)
{
  const char *property = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (HEARTH_IS_RECORD (record), NULL);

  if (error == NULL || error->domain != HEARTH_ERROR)
    return NULL;

  switch (error->code)
    {
    case HEARTH_ERROR_TOO_YOUNG:
      return "date-of-birth";
    case HEARTH_ERROR_RISK_REVIEW_DATE:
      return "risk-review-due";
    case HEARTH_ERROR_INVALID:
      if (!hearth_record_check_fields (record, &property, &local))
        return property;
      return NULL;
    default:
      return NULL;
    }
}
