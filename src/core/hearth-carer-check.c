/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-carer-check.c: A check a carer has passed: references, DBS, home safety and the rest. */

#define G_LOG_DOMAIN "hearth-carer-check"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-carer-check.h"

struct _HearthCarerCheck
{
  HearthRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HearthCarerCheck, hearth_carer_check, HEARTH_TYPE_RECORD)

enum {
  PROP_0,
  PROP_CARER_ID,
  PROP_KIND,
  PROP_COMPLETED_ON,
  PROP_EXPIRES_ON,
  PROP_DETAIL,
  N_PROPS
};

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static GParamSpec *properties[N_PROPS];

static void
hearth_carer_check_class_init (HearthCarerCheckClass *klass)
{
  HearthRecordClass *record_class = HEARTH_RECORD_CLASS (klass);

  properties[PROP_CARER_ID] =
    g_param_spec_int64 ("carer-id", N_("Carer"), NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_KIND] =
    g_param_spec_string ("kind", N_("Check"), NULL, NULL, FLAGS);
  properties[PROP_COMPLETED_ON] =
    g_param_spec_string ("completed-on", N_("Completed on"), NULL, NULL, FLAGS);
  properties[PROP_EXPIRES_ON] =
    g_param_spec_string ("expires-on", N_("Expires on"), NULL, NULL, FLAGS);
  properties[PROP_DETAIL] =
    g_param_spec_string ("detail", N_("Detail"), NULL, NULL, FLAGS);

  hearth_record_class_install_columns (record_class, "carer_check", "carer-check",
                                       HEARTH_RECORD_TRACKED | HEARTH_RECORD_ARCHIVABLE,
                                       &properties[1], N_PROPS - 1);
}

static void
hearth_carer_check_init (HearthCarerCheck *self)
{
}

HearthCarerCheck *
hearth_carer_check_new (void)
{
  return g_object_new (HEARTH_TYPE_CARER_CHECK, NULL);
}

gint64
hearth_carer_check_get_carer_id (HearthCarerCheck *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER_CHECK (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "carer-id");
}

const char *
hearth_carer_check_get_kind (HearthCarerCheck *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER_CHECK (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "kind");
}

const char *
hearth_carer_check_get_completed_on (HearthCarerCheck *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER_CHECK (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "completed-on");
}

const char *
hearth_carer_check_get_expires_on (HearthCarerCheck *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER_CHECK (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "expires-on");
}

const char *
hearth_carer_check_get_detail (HearthCarerCheck *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER_CHECK (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "detail");
}
