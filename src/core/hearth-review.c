/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-review.c: A review of an arrangement or of a carer's approval. */

#define G_LOG_DOMAIN "hearth-review"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date.h"
#include "hearth-error.h"
#include "hearth-rules.h"

#include "hearth-review.h"

struct _HearthReview
{
  HearthRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HearthReview, hearth_review, HEARTH_TYPE_RECORD)

enum {
  PROP_0,
  PROP_SUBJECT,
  PROP_ARRANGEMENT_ID,
  PROP_CARER_ID,
  PROP_DUE_ON,
  PROP_HELD_ON,
  PROP_REVIEWER,
  PROP_REVIEWER_IS_CARE_MANAGER,
  PROP_CARE_MANAGER_ATTENDED,
  PROP_OTHERS_PRESENT,
  PROP_ADVOCATE_NAME,
  PROP_PERSON_VIEWS,
  PROP_CARER_VIEWS,
  PROP_RISK_REVIEWED,
  PROP_RISK_NEXT_REVIEW,
  PROP_NEEDS_CHANGES,
  PROP_NEXT_STEPS,
  PROP_APPROVAL_OUTCOME,
  PROP_NEXT_DUE,
  N_PROPS
};

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static GParamSpec *properties[N_PROPS];

static gboolean
hearth_review_validate (HearthRecord  *record,
                        GError       **error)
{
  HearthReview *self = HEARTH_REVIEW (record);

  if (!hearth_date_is_valid (hearth_review_get_due_on (self)))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("A review needs the date it is due."));
      return FALSE;
    }

  return hearth_rules_check_review (self, error);
}

static void
hearth_review_class_init (HearthReviewClass *klass)
{
  HearthRecordClass *record_class = HEARTH_RECORD_CLASS (klass);

  properties[PROP_SUBJECT] =
    g_param_spec_string ("subject", N_("What is reviewed"), NULL, NULL, FLAGS);
  properties[PROP_ARRANGEMENT_ID] =
    g_param_spec_int64 ("arrangement-id", N_("Arrangement"), NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_CARER_ID] =
    g_param_spec_int64 ("carer-id", N_("Carer"), NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_DUE_ON] =
    g_param_spec_string ("due-on", N_("Due"), NULL, NULL, FLAGS);
  properties[PROP_HELD_ON] =
    g_param_spec_string ("held-on", N_("Held on"), NULL, NULL, FLAGS);
  properties[PROP_REVIEWER] =
    g_param_spec_string ("reviewer", N_("Reviewer"), NULL, NULL, FLAGS);
  properties[PROP_REVIEWER_IS_CARE_MANAGER] =
    g_param_spec_boolean ("reviewer-is-care-manager", N_("Reviewer is the care manager"), NULL,
                          FALSE, FLAGS);
  properties[PROP_CARE_MANAGER_ATTENDED] =
    g_param_spec_boolean ("care-manager-attended", N_("Care manager attended"), NULL, FALSE, FLAGS);
  properties[PROP_OTHERS_PRESENT] =
    g_param_spec_string ("others-present", N_("Others present"), NULL, NULL, FLAGS);
  properties[PROP_ADVOCATE_NAME] =
    g_param_spec_string ("advocate-name", N_("Advocate or named person"), NULL, NULL, FLAGS);
  properties[PROP_PERSON_VIEWS] =
    g_param_spec_string ("person-views", N_("Person’s views"), NULL, NULL, FLAGS);
  properties[PROP_CARER_VIEWS] =
    g_param_spec_string ("carer-views", N_("Carer’s views"), NULL, NULL, FLAGS);
  properties[PROP_RISK_REVIEWED] =
    g_param_spec_boolean ("risk-reviewed", N_("Risk assessment reviewed"), NULL, FALSE, FLAGS);
  properties[PROP_RISK_NEXT_REVIEW] =
    g_param_spec_string ("risk-next-review", N_("Next risk review"), NULL, NULL, FLAGS);
  properties[PROP_NEEDS_CHANGES] =
    g_param_spec_string ("needs-changes", N_("Changes in needs"), NULL, NULL, FLAGS);
  properties[PROP_NEXT_STEPS] =
    g_param_spec_string ("next-steps", N_("Next steps"), NULL, NULL, FLAGS);
  properties[PROP_APPROVAL_OUTCOME] =
    g_param_spec_string ("approval-outcome", N_("Approval outcome"), NULL, NULL, FLAGS);
  properties[PROP_NEXT_DUE] =
    g_param_spec_string ("next-due", N_("Next due"), NULL, NULL, FLAGS);

  hearth_record_class_install_columns (record_class, "review", "review",
                                       HEARTH_RECORD_TRACKED,
                                       &properties[1], N_PROPS - 1);
  record_class->validate = hearth_review_validate;
  hearth_record_class_mark_column (record_class, "arrangement-id", HEARTH_COLUMN_NULL_IF_ZERO);
  hearth_record_class_mark_column (record_class, "carer-id", HEARTH_COLUMN_NULL_IF_ZERO);
  hearth_record_class_mark_column (record_class, "held-on", HEARTH_COLUMN_WORKFLOW);
}

static void
hearth_review_init (HearthReview *self)
{
}

HearthReview *
hearth_review_new (void)
{
  return g_object_new (HEARTH_TYPE_REVIEW, NULL);
}

const char *
hearth_review_get_subject (HearthReview *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "subject");
}

gint64
hearth_review_get_arrangement_id (HearthReview *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "arrangement-id");
}

gint64
hearth_review_get_carer_id (HearthReview *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "carer-id");
}

const char *
hearth_review_get_due_on (HearthReview *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "due-on");
}

const char *
hearth_review_get_held_on (HearthReview *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "held-on");
}

const char *
hearth_review_get_reviewer (HearthReview *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "reviewer");
}

gboolean
hearth_review_get_reviewer_is_care_manager (HearthReview *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW (self), FALSE);

  return hearth_record_get_boolean (HEARTH_RECORD (self), "reviewer-is-care-manager");
}

gboolean
hearth_review_get_care_manager_attended (HearthReview *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW (self), FALSE);

  return hearth_record_get_boolean (HEARTH_RECORD (self), "care-manager-attended");
}

const char *
hearth_review_get_others_present (HearthReview *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "others-present");
}

const char *
hearth_review_get_advocate_name (HearthReview *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "advocate-name");
}

const char *
hearth_review_get_person_views (HearthReview *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "person-views");
}

const char *
hearth_review_get_carer_views (HearthReview *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "carer-views");
}

gboolean
hearth_review_get_risk_reviewed (HearthReview *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW (self), FALSE);

  return hearth_record_get_boolean (HEARTH_RECORD (self), "risk-reviewed");
}

const char *
hearth_review_get_risk_next_review (HearthReview *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "risk-next-review");
}

const char *
hearth_review_get_needs_changes (HearthReview *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "needs-changes");
}

const char *
hearth_review_get_next_steps (HearthReview *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "next-steps");
}

const char *
hearth_review_get_approval_outcome (HearthReview *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "approval-outcome");
}

const char *
hearth_review_get_next_due (HearthReview *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "next-due");
}
