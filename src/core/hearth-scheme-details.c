/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-scheme-details.c: Who the scheme is and its policies (the single row of table scheme). */

#define G_LOG_DOMAIN "hearth-scheme"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-error.h"

#include "hearth-scheme-details.h"

struct _HearthSchemeDetails
{
  HearthRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HearthSchemeDetails, hearth_scheme_details, HEARTH_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_CQC_LOCATION_ID,
  PROP_ADDRESS,
  PROP_POSTCODE,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_REGISTERED_MANAGER_ID,
  PROP_FIRST_REVIEW_WEEKS,
  PROP_REVIEW_INTERVAL_MONTHS,
  PROP_EMERGENCY_REVIEW_WEEKS,
  PROP_EMERGENCY_MAX_MONTHS,
  PROP_EMERGENCY_PLANNING_DAYS,
  PROP_APPROVAL_REVIEW_MONTHS,
  PROP_DBS_RENEWAL_YEARS,
  PROP_RECRUITMENT_TARGET_DAYS,
  PROP_TRIAL_STALL_DAYS,
  PROP_RETENTION_YEARS,
  PROP_BACKUP_FOLDER,
  N_PROPS
};

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static GParamSpec *properties[N_PROPS];

static gboolean
hearth_scheme_details_validate (HearthRecord  *record,
                                GError       **error)
{
  if (hearth_record_text_is_blank (hearth_scheme_details_get_name (HEARTH_SCHEME_DETAILS (record))))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID, _("A scheme needs a name."));
      return FALSE;
    }

  return TRUE;
}

static char *
hearth_scheme_details_dup_title (HearthRecord *record)
{
  return g_strdup (hearth_scheme_details_get_name (HEARTH_SCHEME_DETAILS (record)));
}

static void
hearth_scheme_details_class_init (HearthSchemeDetailsClass *klass)
{
  HearthRecordClass *record_class = HEARTH_RECORD_CLASS (klass);

  properties[PROP_NAME] =
    g_param_spec_string ("name", N_("Name"), NULL, NULL, FLAGS);
  properties[PROP_CQC_LOCATION_ID] =
    g_param_spec_string ("cqc-location-id", N_("CQC location ID"), NULL, NULL, FLAGS);
  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", N_("Address"), NULL, NULL, FLAGS);
  properties[PROP_POSTCODE] =
    g_param_spec_string ("postcode", N_("Postcode"), NULL, NULL, FLAGS);
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", N_("Phone"), NULL, NULL, FLAGS);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", N_("Email"), NULL, NULL, FLAGS);
  properties[PROP_REGISTERED_MANAGER_ID] =
    g_param_spec_int64 ("registered-manager-id", N_("Registered manager"), NULL,
                        0, G_MAXINT64, 0, FLAGS);
  properties[PROP_FIRST_REVIEW_WEEKS] =
    g_param_spec_int64 ("first-review-weeks", N_("First review after (weeks)"), NULL,
                        1, 52, 6, FLAGS);
  properties[PROP_REVIEW_INTERVAL_MONTHS] =
    g_param_spec_int64 ("review-interval-months", N_("Reviews every (months)"), NULL,
                        1, 24, 6, FLAGS);
  properties[PROP_EMERGENCY_REVIEW_WEEKS] =
    g_param_spec_int64 ("emergency-review-weeks", N_("Emergency review after (weeks)"), NULL,
                        1, 52, 4, FLAGS);
  properties[PROP_EMERGENCY_MAX_MONTHS] =
    g_param_spec_int64 ("emergency-max-months", N_("Longest emergency placement (months)"), NULL,
                        1, 12, 3, FLAGS);
  properties[PROP_EMERGENCY_PLANNING_DAYS] =
    g_param_spec_int64 ("emergency-planning-days", N_("Emergency planning meeting within (days)"),
                        NULL, 1, 60, 10, FLAGS);
  properties[PROP_APPROVAL_REVIEW_MONTHS] =
    g_param_spec_int64 ("approval-review-months", N_("Approval review every (months)"), NULL,
                        1, 36, 12, FLAGS);
  properties[PROP_DBS_RENEWAL_YEARS] =
    g_param_spec_int64 ("dbs-renewal-years", N_("DBS renewal every (years)"), NULL,
                        1, 10, 3, FLAGS);
  properties[PROP_RECRUITMENT_TARGET_DAYS] =
    g_param_spec_int64 ("recruitment-target-days", N_("Recruitment target (days)"), NULL,
                        7, 730, 120, FLAGS);
  properties[PROP_TRIAL_STALL_DAYS] =
    g_param_spec_int64 ("trial-stall-days", N_("Trial stalls after (days)"), NULL,
                        1, 365, 21, FLAGS);
  properties[PROP_RETENTION_YEARS] =
    g_param_spec_int64 ("retention-years", N_("Keep records for (years)"), NULL, 1, 100, 8, FLAGS);
  properties[PROP_BACKUP_FOLDER] =
    g_param_spec_string ("backup-folder", N_("Backup folder"), NULL, NULL, FLAGS);

  hearth_record_class_install_columns (record_class, "scheme", "scheme",
                                       HEARTH_RECORD_TRACKED,
                                       &properties[1], N_PROPS - 1);
  record_class->validate = hearth_scheme_details_validate;
  record_class->dup_title = hearth_scheme_details_dup_title;
  hearth_record_class_mark_column (record_class, "registered-manager-id", HEARTH_COLUMN_NULL_IF_ZERO);
}

static void
hearth_scheme_details_init (HearthSchemeDetails *self)
{
}

HearthSchemeDetails *
hearth_scheme_details_new (void)
{
  return g_object_new (HEARTH_TYPE_SCHEME_DETAILS, NULL);
}

const char *
hearth_scheme_details_get_name (HearthSchemeDetails *self)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME_DETAILS (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "name");
}

const char *
hearth_scheme_details_get_cqc_location_id (HearthSchemeDetails *self)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME_DETAILS (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "cqc-location-id");
}

const char *
hearth_scheme_details_get_address (HearthSchemeDetails *self)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME_DETAILS (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "address");
}

const char *
hearth_scheme_details_get_postcode (HearthSchemeDetails *self)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME_DETAILS (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "postcode");
}

const char *
hearth_scheme_details_get_phone (HearthSchemeDetails *self)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME_DETAILS (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "phone");
}

const char *
hearth_scheme_details_get_email (HearthSchemeDetails *self)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME_DETAILS (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "email");
}

gint64
hearth_scheme_details_get_registered_manager_id (HearthSchemeDetails *self)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME_DETAILS (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "registered-manager-id");
}

gint64
hearth_scheme_details_get_first_review_weeks (HearthSchemeDetails *self)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME_DETAILS (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "first-review-weeks");
}

gint64
hearth_scheme_details_get_review_interval_months (HearthSchemeDetails *self)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME_DETAILS (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "review-interval-months");
}

gint64
hearth_scheme_details_get_emergency_review_weeks (HearthSchemeDetails *self)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME_DETAILS (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "emergency-review-weeks");
}

gint64
hearth_scheme_details_get_emergency_max_months (HearthSchemeDetails *self)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME_DETAILS (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "emergency-max-months");
}

gint64
hearth_scheme_details_get_emergency_planning_days (HearthSchemeDetails *self)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME_DETAILS (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "emergency-planning-days");
}

gint64
hearth_scheme_details_get_approval_review_months (HearthSchemeDetails *self)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME_DETAILS (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "approval-review-months");
}

gint64
hearth_scheme_details_get_dbs_renewal_years (HearthSchemeDetails *self)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME_DETAILS (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "dbs-renewal-years");
}

gint64
hearth_scheme_details_get_recruitment_target_days (HearthSchemeDetails *self)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME_DETAILS (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "recruitment-target-days");
}

gint64
hearth_scheme_details_get_trial_stall_days (HearthSchemeDetails *self)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME_DETAILS (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "trial-stall-days");
}

gint64
hearth_scheme_details_get_retention_years (HearthSchemeDetails *self)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME_DETAILS (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "retention-years");
}

const char *
hearth_scheme_details_get_backup_folder (HearthSchemeDetails *self)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME_DETAILS (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "backup-folder");
}
