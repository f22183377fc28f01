/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-household-member.c: Someone who lives in a carer's household. */

#define G_LOG_DOMAIN "hearth-household-member"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-household-member.h"

struct _HearthHouseholdMember
{
  HearthRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HearthHouseholdMember, hearth_household_member, HEARTH_TYPE_RECORD)

enum {
  PROP_0,
  PROP_CARER_ID,
  PROP_NAME,
  PROP_RELATIONSHIP,
  PROP_BIRTH_YEAR,
  PROP_AGREED_ON,
  PROP_DBS_ISSUED_ON,
  N_PROPS
};

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static GParamSpec *properties[N_PROPS];

static void
hearth_household_member_class_init (HearthHouseholdMemberClass *klass)
{
  HearthRecordClass *record_class = HEARTH_RECORD_CLASS (klass);

  properties[PROP_CARER_ID] =
    g_param_spec_int64 ("carer-id", N_("Carer"), NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", N_("Name"), NULL, NULL, FLAGS);
  properties[PROP_RELATIONSHIP] =
    g_param_spec_string ("relationship", N_("Relationship"), NULL, NULL, FLAGS);
  properties[PROP_BIRTH_YEAR] =
    g_param_spec_int64 ("birth-year", N_("Year of birth"), NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_AGREED_ON] =
    g_param_spec_string ("agreed-on", N_("Agreed on"), NULL, NULL, FLAGS);
  properties[PROP_DBS_ISSUED_ON] =
    g_param_spec_string ("dbs-issued-on", N_("DBS issued on"), NULL, NULL, FLAGS);

  hearth_record_class_install_columns (record_class, "household_member", "household-member",
                                       HEARTH_RECORD_TRACKED | HEARTH_RECORD_ARCHIVABLE,
                                       &properties[1], N_PROPS - 1);
  hearth_record_class_mark_column (record_class, "birth-year", HEARTH_COLUMN_NULL_IF_ZERO);
}

static void
hearth_household_member_init (HearthHouseholdMember *self)
{
}

HearthHouseholdMember *
hearth_household_member_new (void)
{
  return g_object_new (HEARTH_TYPE_HOUSEHOLD_MEMBER, NULL);
}

gint64
hearth_household_member_get_carer_id (HearthHouseholdMember *self)
{
  g_return_val_if_fail (HEARTH_IS_HOUSEHOLD_MEMBER (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "carer-id");
}

const char *
hearth_household_member_get_name (HearthHouseholdMember *self)
{
  g_return_val_if_fail (HEARTH_IS_HOUSEHOLD_MEMBER (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "name");
}

const char *
hearth_household_member_get_relationship (HearthHouseholdMember *self)
{
  g_return_val_if_fail (HEARTH_IS_HOUSEHOLD_MEMBER (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "relationship");
}

gint64
hearth_household_member_get_birth_year (HearthHouseholdMember *self)
{
  g_return_val_if_fail (HEARTH_IS_HOUSEHOLD_MEMBER (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "birth-year");
}

const char *
hearth_household_member_get_agreed_on (HearthHouseholdMember *self)
{
  g_return_val_if_fail (HEARTH_IS_HOUSEHOLD_MEMBER (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "agreed-on");
}

const char *
hearth_household_member_get_dbs_issued_on (HearthHouseholdMember *self)
{
  g_return_val_if_fail (HEARTH_IS_HOUSEHOLD_MEMBER (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "dbs-issued-on");
}
