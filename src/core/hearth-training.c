/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-training.c: A training course a carer has completed, and when it expires. */

#define G_LOG_DOMAIN "hearth-training"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-training.h"

struct _HearthTraining
{
  HearthRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HearthTraining, hearth_training, HEARTH_TYPE_RECORD)

enum {
  PROP_0,
  PROP_CARER_ID,
  PROP_COURSE,
  PROP_COMPLETED_ON,
  PROP_EXPIRES_ON,
  N_PROPS
};

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static GParamSpec *properties[N_PROPS];

static void
hearth_training_class_init (HearthTrainingClass *klass)
{
  HearthRecordClass *record_class = HEARTH_RECORD_CLASS (klass);

  properties[PROP_CARER_ID] =
    g_param_spec_int64 ("carer-id", N_("Carer"), NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_COURSE] =
    g_param_spec_string ("course", N_("Course"), NULL, NULL, FLAGS);
  properties[PROP_COMPLETED_ON] =
    g_param_spec_string ("completed-on", N_("Completed on"), NULL, NULL, FLAGS);
  properties[PROP_EXPIRES_ON] =
    g_param_spec_string ("expires-on", N_("Expires on"), NULL, NULL, FLAGS);

  hearth_record_class_install_columns (record_class, "training", "training",
                                       HEARTH_RECORD_TRACKED | HEARTH_RECORD_ARCHIVABLE,
                                       &properties[1], N_PROPS - 1);
}

static void
hearth_training_init (HearthTraining *self)
{
}

HearthTraining *
hearth_training_new (void)
{
  return g_object_new (HEARTH_TYPE_TRAINING, NULL);
}

gint64
hearth_training_get_carer_id (HearthTraining *self)
{
  g_return_val_if_fail (HEARTH_IS_TRAINING (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "carer-id");
}

const char *
hearth_training_get_course (HearthTraining *self)
{
  g_return_val_if_fail (HEARTH_IS_TRAINING (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "course");
}

const char *
hearth_training_get_completed_on (HearthTraining *self)
{
  g_return_val_if_fail (HEARTH_IS_TRAINING (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "completed-on");
}

const char *
hearth_training_get_expires_on (HearthTraining *self)
{
  g_return_val_if_fail (HEARTH_IS_TRAINING (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "expires-on");
}
