/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-review-summary.h: every review of a scheme, due, overdue or held, with what it is
 * of: the Reviews view's list, most pressing first. */

#pragma once

#include "hearth-review-policy.h"

G_BEGIN_DECLS

typedef struct
{
  HearthReview      *review;  /* scheduled or held; an approval review due is a new one (id 0) */
  char              *title;   /* "Ann Lee with Sam Carter", "Approval of Sam Carter" */
  HearthReviewState  state;
} HearthReviewSummary;

void       hearth_review_summary_free       (HearthReviewSummary *summary);
GPtrArray *hearth_scheme_summarize_reviews  (HearthScheme        *scheme,
                                             const char          *today,
                                             GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthReviewSummary, hearth_review_summary_free)

G_END_DECLS
