/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-household-member.h: Someone who lives in a carer's household. */

#pragma once

#include "hearth-record.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_HOUSEHOLD_MEMBER (hearth_household_member_get_type ())

G_DECLARE_FINAL_TYPE (HearthHouseholdMember, hearth_household_member, HEARTH, HOUSEHOLD_MEMBER, HearthRecord)

HearthHouseholdMember *hearth_household_member_new (void);

gint64      hearth_household_member_get_carer_id (HearthHouseholdMember *self);
const char *hearth_household_member_get_name (HearthHouseholdMember *self);
const char *hearth_household_member_get_relationship (HearthHouseholdMember *self);
gint64      hearth_household_member_get_birth_year (HearthHouseholdMember *self);
const char *hearth_household_member_get_agreed_on (HearthHouseholdMember *self);
const char *hearth_household_member_get_dbs_issued_on (HearthHouseholdMember *self);

G_END_DECLS
