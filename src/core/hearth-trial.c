/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-trial.c: An introduction between a person and a carer, followed to both sides' decisions. */

#define G_LOG_DOMAIN "hearth-trial"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date.h"
#include "hearth-error.h"
#include "hearth-rules.h"
#include "hearth-values.h"

#include "hearth-trial.h"

struct _HearthTrial
{
  HearthRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HearthTrial, hearth_trial, HEARTH_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PERSON_ID,
  PROP_CARER_ID,
  PROP_ARRANGEMENT_TYPE,
  PROP_STAGE,
  PROP_STAGE_SINCE,
  PROP_TRIAL_START,
  PROP_TRIAL_PLANNED_END,
  PROP_PERSON_DECISION,
  PROP_PERSON_WORDS,
  PROP_PERSON_DECIDED_ON,
  PROP_CARER_DECISION,
  PROP_CARER_WORDS,
  PROP_CARER_DECIDED_ON,
  PROP_OUTCOME,
  PROP_CLOSED_ON,
  PROP_CLOSED_REASON,
  PROP_SUGGEST_AGAIN,
  PROP_NOTES,
  N_PROPS
};

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static GParamSpec *properties[N_PROPS];

static gboolean
hearth_trial_validate (HearthRecord  *record,
                       GError       **error)
{
  HearthTrial *self = HEARTH_TRIAL (record);
  const char *start = hearth_trial_get_trial_start (self);
  const char *end = hearth_trial_get_trial_planned_end (self);

  if (!hearth_values_contains (HEARTH_VALUES_ARRANGEMENT_TYPE,
                               hearth_trial_get_arrangement_type (self)))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("Choose the type of arrangement the trial is for."));
      return FALSE;
    }

  if ((start != NULL && !hearth_date_is_valid (start)) ||
      (end != NULL && !hearth_date_is_valid (end)) ||
      (start != NULL && end != NULL && g_strcmp0 (end, start) < 0))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("The trial period needs a start date and a planned end on or after it."));
      return FALSE;
    }

  if (g_strcmp0 (hearth_trial_get_outcome (self), "agreed") == 0)
    return hearth_rules_check_trial_agreed (self, error);

  return TRUE;
}

static void
hearth_trial_class_init (HearthTrialClass *klass)
{
  HearthRecordClass *record_class = HEARTH_RECORD_CLASS (klass);

  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", N_("Person"), NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_CARER_ID] =
    g_param_spec_int64 ("carer-id", N_("Carer"), NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_ARRANGEMENT_TYPE] =
    g_param_spec_string ("arrangement-type", N_("Type of arrangement"), NULL, NULL, FLAGS);
  properties[PROP_STAGE] =
    g_param_spec_string ("stage", N_("Stage"), NULL, "proposed", FLAGS);
  properties[PROP_STAGE_SINCE] =
    g_param_spec_string ("stage-since", N_("At this stage since"), NULL, NULL, FLAGS);
  properties[PROP_TRIAL_START] =
    g_param_spec_string ("trial-start", N_("Trial period starts"), NULL, NULL, FLAGS);
  properties[PROP_TRIAL_PLANNED_END] =
    g_param_spec_string ("trial-planned-end", N_("Trial period planned end"), NULL, NULL, FLAGS);
  properties[PROP_PERSON_DECISION] =
    g_param_spec_string ("person-decision", N_("Person’s choice"), NULL, NULL, FLAGS);
  properties[PROP_PERSON_WORDS] =
    g_param_spec_string ("person-words", N_("Person’s words"), NULL, NULL, FLAGS);
  properties[PROP_PERSON_DECIDED_ON] =
    g_param_spec_string ("person-decided-on", N_("Person decided on"), NULL, NULL, FLAGS);
  properties[PROP_CARER_DECISION] =
    g_param_spec_string ("carer-decision", N_("Carer’s choice"), NULL, NULL, FLAGS);
  properties[PROP_CARER_WORDS] =
    g_param_spec_string ("carer-words", N_("Carer’s words"), NULL, NULL, FLAGS);
  properties[PROP_CARER_DECIDED_ON] =
    g_param_spec_string ("carer-decided-on", N_("Carer decided on"), NULL, NULL, FLAGS);
  properties[PROP_OUTCOME] =
    g_param_spec_string ("outcome", N_("Outcome"), NULL, "open", FLAGS);
  properties[PROP_CLOSED_ON] =
    g_param_spec_string ("closed-on", N_("Closed on"), NULL, NULL, FLAGS);
  properties[PROP_CLOSED_REASON] =
    g_param_spec_string ("closed-reason", N_("Why it closed"), NULL, NULL, FLAGS);
  properties[PROP_SUGGEST_AGAIN] =
    g_param_spec_boolean ("suggest-again", N_("Suggest again"), NULL, FALSE, FLAGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", N_("Notes"), NULL, NULL, FLAGS);

  hearth_record_class_install_columns (record_class, "trial", "trial",
                                       HEARTH_RECORD_TRACKED,
                                       &properties[1], N_PROPS - 1);
  record_class->validate = hearth_trial_validate;
  hearth_record_class_mark_column (record_class, "stage", HEARTH_COLUMN_WORKFLOW);
  hearth_record_class_mark_column (record_class, "stage-since", HEARTH_COLUMN_WORKFLOW);
  hearth_record_class_mark_column (record_class, "person-decision", HEARTH_COLUMN_WORKFLOW);
  hearth_record_class_mark_column (record_class, "person-words", HEARTH_COLUMN_WORKFLOW);
  hearth_record_class_mark_column (record_class, "person-decided-on", HEARTH_COLUMN_WORKFLOW);
  hearth_record_class_mark_column (record_class, "carer-decision", HEARTH_COLUMN_WORKFLOW);
  hearth_record_class_mark_column (record_class, "carer-words", HEARTH_COLUMN_WORKFLOW);
  hearth_record_class_mark_column (record_class, "carer-decided-on", HEARTH_COLUMN_WORKFLOW);
  hearth_record_class_mark_column (record_class, "outcome", HEARTH_COLUMN_WORKFLOW);
  hearth_record_class_mark_column (record_class, "closed-on", HEARTH_COLUMN_WORKFLOW);
  hearth_record_class_mark_column (record_class, "closed-reason", HEARTH_COLUMN_WORKFLOW);
}

static void
hearth_trial_init (HearthTrial *self)
{
}

HearthTrial *
hearth_trial_new (void)
{
  return g_object_new (HEARTH_TYPE_TRIAL, NULL);
}

gint64
hearth_trial_get_person_id (HearthTrial *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "person-id");
}

gint64
hearth_trial_get_carer_id (HearthTrial *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "carer-id");
}

const char *
hearth_trial_get_arrangement_type (HearthTrial *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "arrangement-type");
}

const char *
hearth_trial_get_stage (HearthTrial *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "stage");
}

const char *
hearth_trial_get_stage_since (HearthTrial *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "stage-since");
}

const char *
hearth_trial_get_trial_start (HearthTrial *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "trial-start");
}

const char *
hearth_trial_get_trial_planned_end (HearthTrial *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "trial-planned-end");
}

const char *
hearth_trial_get_person_decision (HearthTrial *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "person-decision");
}

const char *
hearth_trial_get_person_words (HearthTrial *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "person-words");
}

const char *
hearth_trial_get_person_decided_on (HearthTrial *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "person-decided-on");
}

const char *
hearth_trial_get_carer_decision (HearthTrial *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "carer-decision");
}

const char *
hearth_trial_get_carer_words (HearthTrial *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "carer-words");
}

const char *
hearth_trial_get_carer_decided_on (HearthTrial *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "carer-decided-on");
}

const char *
hearth_trial_get_outcome (HearthTrial *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "outcome");
}

const char *
hearth_trial_get_closed_on (HearthTrial *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "closed-on");
}

const char *
hearth_trial_get_closed_reason (HearthTrial *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "closed-reason");
}

gboolean
hearth_trial_get_suggest_again (HearthTrial *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL (self), FALSE);

  return hearth_record_get_boolean (HEARTH_RECORD (self), "suggest-again");
}

const char *
hearth_trial_get_notes (HearthTrial *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "notes");
}
