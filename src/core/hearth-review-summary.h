/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-review-summary.h: every review of a scheme, due, overdue or held, with what it is
 * of: the Reviews view's list, most pressing first. */

#pragma once

#include "hearth-aggregate-list.h"
#include "hearth-review-policy.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_REVIEW_SUMMARY (hearth_review_summary_get_type ())

G_DECLARE_FINAL_TYPE (HearthReviewSummary, hearth_review_summary, HEARTH, REVIEW_SUMMARY, GObject)

HearthReviewSummary *hearth_review_summary_new        (HearthReview        *review,
                                                       const char          *title,
                                                       HearthReviewState    state);
HearthReview        *hearth_review_summary_get_review (HearthReviewSummary *self);
const char          *hearth_review_summary_get_title  (HearthReviewSummary *self);
HearthReviewState    hearth_review_summary_get_state  (HearthReviewSummary *self);
char                *hearth_review_summary_dup_key    (HearthReviewSummary *self);
gboolean             hearth_review_summary_same       (HearthReviewSummary *a,
                                                       HearthReviewSummary *b);
int                  hearth_review_summary_compare    (HearthReviewSummary *a,
                                                       HearthReviewSummary *b);
gboolean             hearth_review_summary_matches    (HearthReviewSummary *self,
                                                       const char          *which,
                                                       const char          *search);
gboolean             hearth_review_summary_shows_in   (HearthReviewSummary *self,
                                                       const char          *which);
gboolean             hearth_review_summary_matches_folded (HearthReviewSummary *self,
                                                           const char          *needle);
gboolean             hearth_review_summary_is_of      (HearthReviewSummary *self,
                                                       HearthRecord        *record);

GPtrArray           *hearth_scheme_summarize_reviews  (HearthScheme        *scheme,
                                                       const char          *today,
                                                       GError             **error);
HearthAggregateList *hearth_review_summary_list_new   (HearthScheme        *scheme);

G_END_DECLS
