/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-review-outcome-row.h: one question of a review's outcomes in the Record Review form. */

#pragma once

#include <adwaita.h>

#include "hearth.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_REVIEW_OUTCOME_ROW (hearth_review_outcome_row_get_type ())

G_DECLARE_FINAL_TYPE (HearthReviewOutcomeRow, hearth_review_outcome_row, HEARTH,
                      REVIEW_OUTCOME_ROW, GtkListBoxRow)

GtkWidget   *hearth_review_outcome_row_new         (const char             *area);
const char  *hearth_review_outcome_row_get_area    (HearthReviewOutcomeRow *self);
GtkDropDown *hearth_review_outcome_row_get_answer  (HearthReviewOutcomeRow *self);
GtkWidget   *hearth_review_outcome_row_get_comment (HearthReviewOutcomeRow *self);

G_END_DECLS
