/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-trial-stage.c: A stage a trial reached, with its date and notes. */

#define G_LOG_DOMAIN "hearth-trial-stage"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-trial-stage.h"

struct _HearthTrialStage
{
  HearthRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HearthTrialStage, hearth_trial_stage, HEARTH_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TRIAL_ID,
  PROP_STAGE,
  PROP_REACHED_ON,
  PROP_NOTES,
  PROP_RECORDED_BY,
  N_PROPS
};

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static GParamSpec *properties[N_PROPS];

static void
hearth_trial_stage_class_init (HearthTrialStageClass *klass)
{
  HearthRecordClass *record_class = HEARTH_RECORD_CLASS (klass);

  properties[PROP_TRIAL_ID] =
    g_param_spec_int64 ("trial-id", N_("Trial"), NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_STAGE] =
    g_param_spec_string ("stage", N_("Stage"), NULL, NULL, FLAGS);
  properties[PROP_REACHED_ON] =
    g_param_spec_string ("reached-on", N_("Reached on"), NULL, NULL, FLAGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", N_("Notes"), NULL, NULL, FLAGS);
  properties[PROP_RECORDED_BY] =
    g_param_spec_string ("recorded-by", N_("Recorded by"), NULL, NULL, FLAGS);

  hearth_record_class_install_columns (record_class, "trial_stage", "trial-stage",
                                       HEARTH_RECORD_PLAIN,
                                       &properties[1], N_PROPS - 1);
}

static void
hearth_trial_stage_init (HearthTrialStage *self)
{
}

HearthTrialStage *
hearth_trial_stage_new (void)
{
  return g_object_new (HEARTH_TYPE_TRIAL_STAGE, NULL);
}

gint64
hearth_trial_stage_get_trial_id (HearthTrialStage *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL_STAGE (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "trial-id");
}

const char *
hearth_trial_stage_get_stage (HearthTrialStage *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL_STAGE (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "stage");
}

const char *
hearth_trial_stage_get_reached_on (HearthTrialStage *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL_STAGE (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "reached-on");
}

const char *
hearth_trial_stage_get_notes (HearthTrialStage *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL_STAGE (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "notes");
}

const char *
hearth_trial_stage_get_recorded_by (HearthTrialStage *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL_STAGE (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "recorded-by");
}
