/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-stage-change.c: One move of a carer through recruitment: who, when, and why. */

#define G_LOG_DOMAIN "hearth-stage-change"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-stage-change.h"

struct _HearthStageChange
{
  HearthRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HearthStageChange, hearth_stage_change, HEARTH_TYPE_RECORD)

enum {
  PROP_0,
  PROP_CARER_ID,
  PROP_FROM_STAGE,
  PROP_TO_STAGE,
  PROP_CHANGED_ON,
  PROP_CHANGED_BY,
  PROP_NOTE,
  N_PROPS
};

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static GParamSpec *properties[N_PROPS];

static void
hearth_stage_change_class_init (HearthStageChangeClass *klass)
{
  HearthRecordClass *record_class = HEARTH_RECORD_CLASS (klass);

  properties[PROP_CARER_ID] =
    g_param_spec_int64 ("carer-id", N_("Carer"), NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_FROM_STAGE] =
    g_param_spec_string ("from-stage", N_("From stage"), NULL, NULL, FLAGS);
  properties[PROP_TO_STAGE] =
    g_param_spec_string ("to-stage", N_("To stage"), NULL, NULL, FLAGS);
  properties[PROP_CHANGED_ON] =
    g_param_spec_string ("changed-on", N_("Changed on"), NULL, NULL, FLAGS);
  properties[PROP_CHANGED_BY] =
    g_param_spec_string ("changed-by", N_("Changed by"), NULL, NULL, FLAGS);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", N_("Note"), NULL, NULL, FLAGS);

  hearth_record_class_install_columns (record_class, "carer_stage_change", "stage-change",
                                       HEARTH_RECORD_PLAIN,
                                       &properties[1], N_PROPS - 1);
}

static void
hearth_stage_change_init (HearthStageChange *self)
{
}

HearthStageChange *
hearth_stage_change_new (void)
{
  return g_object_new (HEARTH_TYPE_STAGE_CHANGE, NULL);
}

gint64
hearth_stage_change_get_carer_id (HearthStageChange *self)
{
  g_return_val_if_fail (HEARTH_IS_STAGE_CHANGE (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "carer-id");
}

const char *
hearth_stage_change_get_from_stage (HearthStageChange *self)
{
  g_return_val_if_fail (HEARTH_IS_STAGE_CHANGE (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "from-stage");
}

const char *
hearth_stage_change_get_to_stage (HearthStageChange *self)
{
  g_return_val_if_fail (HEARTH_IS_STAGE_CHANGE (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "to-stage");
}

const char *
hearth_stage_change_get_changed_on (HearthStageChange *self)
{
  g_return_val_if_fail (HEARTH_IS_STAGE_CHANGE (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "changed-on");
}

const char *
hearth_stage_change_get_changed_by (HearthStageChange *self)
{
  g_return_val_if_fail (HEARTH_IS_STAGE_CHANGE (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "changed-by");
}

const char *
hearth_stage_change_get_note (HearthStageChange *self)
{
  g_return_val_if_fail (HEARTH_IS_STAGE_CHANGE (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "note");
}
