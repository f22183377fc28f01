/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-review-outcome.c: One outcome question answered at a review. */

#define G_LOG_DOMAIN "hearth-review-outcome"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-review-outcome.h"

struct _HearthReviewOutcome
{
  HearthRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HearthReviewOutcome, hearth_review_outcome, HEARTH_TYPE_RECORD)

enum {
  PROP_0,
  PROP_REVIEW_ID,
  PROP_AREA,
  PROP_ANSWER,
  PROP_COMMENT,
  N_PROPS
};

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static GParamSpec *properties[N_PROPS];

static void
hearth_review_outcome_class_init (HearthReviewOutcomeClass *klass)
{
  HearthRecordClass *record_class = HEARTH_RECORD_CLASS (klass);

  properties[PROP_REVIEW_ID] =
    g_param_spec_int64 ("review-id", N_("Review"), NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_AREA] =
    g_param_spec_string ("area", N_("Outcome area"), NULL, NULL, FLAGS);
  properties[PROP_ANSWER] =
    g_param_spec_string ("answer", N_("Answer"), NULL, NULL, FLAGS);
  properties[PROP_COMMENT] =
    g_param_spec_string ("comment", N_("Comment"), NULL, NULL, FLAGS);

  hearth_record_class_install_columns (record_class, "review_outcome", "review-outcome",
                                       HEARTH_RECORD_PLAIN,
                                       &properties[1], N_PROPS - 1);
}

static void
hearth_review_outcome_init (HearthReviewOutcome *self)
{
}

HearthReviewOutcome *
hearth_review_outcome_new (void)
{
  return g_object_new (HEARTH_TYPE_REVIEW_OUTCOME, NULL);
}

gint64
hearth_review_outcome_get_review_id (HearthReviewOutcome *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW_OUTCOME (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "review-id");
}

const char *
hearth_review_outcome_get_area (HearthReviewOutcome *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW_OUTCOME (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "area");
}

const char *
hearth_review_outcome_get_answer (HearthReviewOutcome *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW_OUTCOME (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "answer");
}

const char *
hearth_review_outcome_get_comment (HearthReviewOutcome *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW_OUTCOME (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "comment");
}
