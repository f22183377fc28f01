/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-review-outcome.h: One outcome question answered at a review. */

#pragma once

#include "hearth-record.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_REVIEW_OUTCOME (hearth_review_outcome_get_type ())

G_DECLARE_FINAL_TYPE (HearthReviewOutcome, hearth_review_outcome, HEARTH, REVIEW_OUTCOME, HearthRecord)

HearthReviewOutcome *hearth_review_outcome_new (void);

gint64      hearth_review_outcome_get_review_id (HearthReviewOutcome *self);
const char *hearth_review_outcome_get_area (HearthReviewOutcome *self);
const char *hearth_review_outcome_get_answer (HearthReviewOutcome *self);
const char *hearth_review_outcome_get_comment (HearthReviewOutcome *self);

G_END_DECLS
