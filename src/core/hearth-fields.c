/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-fields.c: field-by-field checks of people and carers: names, dates, postcodes,
 * phone numbers and email addresses. Each kind of record's own validation calls these too,
 * so the editor, the command line and the store refuse the same things in the same words. */

#define G_LOG_DOMAIN "hearth-fields"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hearth-date.h"
#include "hearth-error.h"
#include "hearth-fields.h"

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
