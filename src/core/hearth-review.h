/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-review.h: A review of an arrangement or of a carer's approval. */

#pragma once

#include "hearth-record.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_REVIEW (hearth_review_get_type ())

G_DECLARE_FINAL_TYPE (HearthReview, hearth_review, HEARTH, REVIEW, HearthRecord)

HearthReview *hearth_review_new (void);

const char *hearth_review_get_subject (HearthReview *self);
gint64      hearth_review_get_arrangement_id (HearthReview *self);
gint64      hearth_review_get_carer_id (HearthReview *self);
const char *hearth_review_get_due_on (HearthReview *self);
const char *hearth_review_get_held_on (HearthReview *self);
const char *hearth_review_get_reviewer (HearthReview *self);
gboolean    hearth_review_get_reviewer_is_care_manager (HearthReview *self);
gboolean    hearth_review_get_care_manager_attended (HearthReview *self);
const char *hearth_review_get_others_present (HearthReview *self);
const char *hearth_review_get_advocate_name (HearthReview *self);
const char *hearth_review_get_person_views (HearthReview *self);
const char *hearth_review_get_carer_views (HearthReview *self);
gboolean    hearth_review_get_risk_reviewed (HearthReview *self);
const char *hearth_review_get_risk_next_review (HearthReview *self);
const char *hearth_review_get_needs_changes (HearthReview *self);
const char *hearth_review_get_next_steps (HearthReview *self);
const char *hearth_review_get_approval_outcome (HearthReview *self);
const char *hearth_review_get_next_due (HearthReview *self);

G_END_DECLS
