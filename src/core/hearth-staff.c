/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-staff.c: Someone who works for the scheme: coordinator, registered manager, assessor. */

#define G_LOG_DOMAIN "hearth-staff"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-error.h"
#include "hearth-values.h"

#include "hearth-staff.h"

struct _HearthStaff
{
  HearthRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HearthStaff, hearth_staff, HEARTH_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_ROLE,
  PROP_EMAIL,
  PROP_PHONE,
  N_PROPS
};

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static GParamSpec *properties[N_PROPS];

static gboolean
hearth_staff_validate (HearthRecord  *record,
                       GError       **error)
{
  HearthStaff *self = HEARTH_STAFF (record);

  if (hearth_record_text_is_blank (hearth_staff_get_name (self)))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID, _("Enter the staff member’s name."));
      return FALSE;
    }

  if (!hearth_values_contains (HEARTH_VALUES_STAFF_ROLE, hearth_staff_get_role (self)))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("Choose the staff member’s role."));
      return FALSE;
    }

  return TRUE;
}

static char *
hearth_staff_dup_title (HearthRecord *record)
{
  return g_strdup (hearth_staff_get_name (HEARTH_STAFF (record)));
}

static void
hearth_staff_class_init (HearthStaffClass *klass)
{
  HearthRecordClass *record_class = HEARTH_RECORD_CLASS (klass);

  properties[PROP_NAME] =
    g_param_spec_string ("name", N_("Name"), NULL, NULL, FLAGS);
  properties[PROP_ROLE] =
    g_param_spec_string ("role", N_("Role"), NULL, "coordinator", FLAGS);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", N_("Email"), NULL, NULL, FLAGS);
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", N_("Phone"), NULL, NULL, FLAGS);

  hearth_record_class_install_columns (record_class, "staff", "staff",
                                       HEARTH_RECORD_TRACKED | HEARTH_RECORD_ARCHIVABLE,
                                       &properties[1], N_PROPS - 1);
  record_class->validate = hearth_staff_validate;
  record_class->dup_title = hearth_staff_dup_title;
}

static void
hearth_staff_init (HearthStaff *self)
{
}

HearthStaff *
hearth_staff_new (void)
{
  return g_object_new (HEARTH_TYPE_STAFF, NULL);
}

const char *
hearth_staff_get_name (HearthStaff *self)
{
  g_return_val_if_fail (HEARTH_IS_STAFF (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "name");
}

const char *
hearth_staff_get_role (HearthStaff *self)
{
  g_return_val_if_fail (HEARTH_IS_STAFF (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "role");
}

const char *
hearth_staff_get_email (HearthStaff *self)
{
  g_return_val_if_fail (HEARTH_IS_STAFF (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "email");
}

const char *
hearth_staff_get_phone (HearthStaff *self)
{
  g_return_val_if_fail (HEARTH_IS_STAFF (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "phone");
}
