/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-arrangement.c: A person living with, staying with or spending days with a carer. */

#define G_LOG_DOMAIN "hearth-arrangement"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date.h"
#include "hearth-error.h"
#include "hearth-values.h"

#include "hearth-arrangement.h"

struct _HearthArrangement
{
  HearthRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HearthArrangement, hearth_arrangement, HEARTH_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PERSON_ID,
  PROP_CARER_ID,
  PROP_TRIAL_ID,
  PROP_ARRANGEMENT_TYPE,
  PROP_EMERGENCY,
  PROP_MANAGER_APPROVED_BY,
  PROP_MANAGER_APPROVED_ON,
  PROP_PLANNING_MEETING_DUE,
  PROP_NIGHTS_AGREED,
  PROP_DAYS_AGREED,
  PROP_START_DATE,
  PROP_PLANNED_END,
  PROP_END_DATE,
  PROP_END_REASON,
  PROP_END_NOTE,
  PROP_FUNDING_ROUTE,
  PROP_WEEKLY_FEE_PENCE,
  PROP_FIRST_REVIEW_DUE,
  N_PROPS
};

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static GParamSpec *properties[N_PROPS];

static gboolean
hearth_arrangement_validate (HearthRecord  *record,
                             GError       **error)
{
  HearthArrangement *self = HEARTH_ARRANGEMENT (record);
  const char *end = hearth_arrangement_get_end_date (self);

  if (!hearth_values_contains (HEARTH_VALUES_ARRANGEMENT_TYPE,
                               hearth_arrangement_get_arrangement_type (self)))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("Choose the type of arrangement: long-term, short breaks or day support."));
      return FALSE;
    }

  if (!hearth_values_contains (HEARTH_VALUES_FUNDING_ROUTE,
                               hearth_arrangement_get_funding_route (self)))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("Choose how the arrangement is funded."));
      return FALSE;
    }

  if (!hearth_date_is_valid (hearth_arrangement_get_start_date (self)))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("Enter the date the arrangement starts, such as 2026-03-03."));
      return FALSE;
    }

  if (end != NULL && g_strcmp0 (end, hearth_arrangement_get_start_date (self)) < 0)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("An arrangement cannot end before it starts."));
      return FALSE;
    }

  return TRUE;
}

static void
hearth_arrangement_class_init (HearthArrangementClass *klass)
{
  HearthRecordClass *record_class = HEARTH_RECORD_CLASS (klass);

  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", N_("Person"), NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_CARER_ID] =
    g_param_spec_int64 ("carer-id", N_("Carer"), NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_TRIAL_ID] =
    g_param_spec_int64 ("trial-id", N_("Trial"), NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_ARRANGEMENT_TYPE] =
    g_param_spec_string ("arrangement-type", N_("Type of arrangement"), NULL, NULL, FLAGS);
  properties[PROP_EMERGENCY] =
    g_param_spec_boolean ("emergency", N_("Emergency"), NULL, FALSE, FLAGS);
  properties[PROP_MANAGER_APPROVED_BY] =
    g_param_spec_string ("manager-approved-by", N_("Emergency approved by"), NULL, NULL, FLAGS);
  properties[PROP_MANAGER_APPROVED_ON] =
    g_param_spec_string ("manager-approved-on", N_("Emergency approved on"), NULL, NULL, FLAGS);
  properties[PROP_PLANNING_MEETING_DUE] =
    g_param_spec_string ("planning-meeting-due", N_("Planning meeting due"), NULL, NULL, FLAGS);
  properties[PROP_NIGHTS_AGREED] =
    g_param_spec_int64 ("nights-agreed", N_("Nights agreed"), NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_DAYS_AGREED] =
    g_param_spec_string ("days-agreed", N_("Days agreed"), NULL, NULL, FLAGS);
  properties[PROP_START_DATE] =
    g_param_spec_string ("start-date", N_("Start date"), NULL, NULL, FLAGS);
  properties[PROP_PLANNED_END] =
    g_param_spec_string ("planned-end", N_("Planned end"), NULL, NULL, FLAGS);
  properties[PROP_END_DATE] =
    g_param_spec_string ("end-date", N_("End date"), NULL, NULL, FLAGS);
  properties[PROP_END_REASON] =
    g_param_spec_string ("end-reason", N_("Why it ended"), NULL, NULL, FLAGS);
  properties[PROP_END_NOTE] =
    g_param_spec_string ("end-note", N_("Note on the ending"), NULL, NULL, FLAGS);
  properties[PROP_FUNDING_ROUTE] =
    g_param_spec_string ("funding-route", N_("Funding"), NULL, NULL, FLAGS);
  properties[PROP_WEEKLY_FEE_PENCE] =
    g_param_spec_int64 ("weekly-fee-pence", N_("Weekly fee"), NULL, 0, 100000000, 0, FLAGS);
  properties[PROP_FIRST_REVIEW_DUE] =
    g_param_spec_string ("first-review-due", N_("First review due"), NULL, NULL, FLAGS);

  hearth_record_class_install_columns (record_class, "arrangement", "arrangement",
                                       HEARTH_RECORD_TRACKED,
                                       &properties[1], N_PROPS - 1);
  record_class->validate = hearth_arrangement_validate;
  hearth_record_class_mark_column (record_class, "trial-id", HEARTH_COLUMN_NULL_IF_ZERO);
  hearth_record_class_mark_column (record_class, "nights-agreed", HEARTH_COLUMN_NULL_IF_ZERO);
  hearth_record_class_mark_column (record_class, "end-date", HEARTH_COLUMN_WORKFLOW);
  hearth_record_class_mark_column (record_class, "end-reason", HEARTH_COLUMN_WORKFLOW);
  hearth_record_class_mark_column (record_class, "end-note", HEARTH_COLUMN_WORKFLOW);
}

static void
hearth_arrangement_init (HearthArrangement *self)
{
}

HearthArrangement *
hearth_arrangement_new (void)
{
  return g_object_new (HEARTH_TYPE_ARRANGEMENT, NULL);
}

gint64
hearth_arrangement_get_person_id (HearthArrangement *self)
{
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "person-id");
}

gint64
hearth_arrangement_get_carer_id (HearthArrangement *self)
{
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "carer-id");
}

gint64
hearth_arrangement_get_trial_id (HearthArrangement *self)
{
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "trial-id");
}

const char *
hearth_arrangement_get_arrangement_type (HearthArrangement *self)
{
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "arrangement-type");
}

gboolean
hearth_arrangement_get_emergency (HearthArrangement *self)
{
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT (self), FALSE);

  return hearth_record_get_boolean (HEARTH_RECORD (self), "emergency");
}

const char *
hearth_arrangement_get_manager_approved_by (HearthArrangement *self)
{
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "manager-approved-by");
}

const char *
hearth_arrangement_get_manager_approved_on (HearthArrangement *self)
{
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "manager-approved-on");
}

const char *
hearth_arrangement_get_planning_meeting_due (HearthArrangement *self)
{
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "planning-meeting-due");
}

gint64
hearth_arrangement_get_nights_agreed (HearthArrangement *self)
{
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "nights-agreed");
}

const char *
hearth_arrangement_get_days_agreed (HearthArrangement *self)
{
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "days-agreed");
}

const char *
hearth_arrangement_get_start_date (HearthArrangement *self)
{
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "start-date");
}

const char *
hearth_arrangement_get_planned_end (HearthArrangement *self)
{
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "planned-end");
}

const char *
hearth_arrangement_get_end_date (HearthArrangement *self)
{
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "end-date");
}

const char *
hearth_arrangement_get_end_reason (HearthArrangement *self)
{
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "end-reason");
}

const char *
hearth_arrangement_get_end_note (HearthArrangement *self)
{
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "end-note");
}

const char *
hearth_arrangement_get_funding_route (HearthArrangement *self)
{
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "funding-route");
}

gint64
hearth_arrangement_get_weekly_fee_pence (HearthArrangement *self)
{
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "weekly-fee-pence");
}

const char *
hearth_arrangement_get_first_review_due (HearthArrangement *self)
{
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "first-review-due");
}
