/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-review-policy.h: when reviews fall due, from the scheme's review policy (its
 * settings) and the last review held; and whether a review is held, due or overdue. */

#pragma once

#include "hearth-review.h"
#include "hearth-scheme.h"

G_BEGIN_DECLS

/* The defaults a new scheme starts with (the columns' defaults in the scheme table). */
#define HEARTH_DEFAULT_FIRST_REVIEW_WEEKS      6
#define HEARTH_DEFAULT_REVIEW_INTERVAL_MONTHS  6
#define HEARTH_DEFAULT_EMERGENCY_REVIEW_WEEKS  4
#define HEARTH_DEFAULT_APPROVAL_REVIEW_MONTHS 12
#define HEARTH_DEFAULT_EMERGENCY_MAX_MONTHS    3
#define HEARTH_DEFAULT_EMERGENCY_PLANNING_DAYS 10

/* A review due within this many days is shown as due soon. */
#define HEARTH_REVIEW_DUE_SOON_DAYS 14

typedef struct
{
  int first_review_weeks;      /* an arrangement's first review, after it starts */
  int review_interval_months;  /* every review after the first */
  int emergency_review_weeks;  /* every review of an emergency arrangement */
  int approval_review_months;  /* a carer's approval */
  int emergency_max_months;    /* how long an emergency arrangement may last */
  int emergency_planning_days; /* working days to an emergency's planning meeting */
} HearthReviewPolicy;

typedef enum
{
  HEARTH_REVIEW_STATE_HELD,
  HEARTH_REVIEW_STATE_OVERDUE,
  HEARTH_REVIEW_STATE_DUE_SOON,   /* within HEARTH_REVIEW_DUE_SOON_DAYS */
  HEARTH_REVIEW_STATE_UPCOMING,
  HEARTH_REVIEW_STATE_NOT_NEEDED, /* the arrangement ended before it was held */
} HearthReviewState;

void        hearth_review_policy_init_default     (HearthReviewPolicy        *policy);
void        hearth_review_policy_init_for_scheme  (HearthReviewPolicy        *policy,
                                                   HearthScheme              *scheme);
char       *hearth_review_policy_first_due        (const HearthReviewPolicy  *policy,
                                                   const char                *start,
                                                   gboolean                   emergency);
char       *hearth_review_policy_next_due         (const HearthReviewPolicy  *policy,
                                                   const char                *held,
                                                   gboolean                   emergency);
char       *hearth_review_policy_approval_due     (const HearthReviewPolicy  *policy,
                                                   const char                *approved_or_reviewed);
char       *hearth_review_policy_emergency_limit  (const HearthReviewPolicy  *policy,
                                                   const char                *start);
char       *hearth_review_policy_planning_meeting_due (const HearthReviewPolicy *policy,
                                                      const char               *start);
const char *hearth_review_policy_risk_due         (const char                *risk_next_review);

HearthReviewState hearth_review_state             (HearthReview              *review,
                                                   const char                *arrangement_end,
                                                   const char                *today);
const char *hearth_review_state_label             (HearthReviewState          state);

G_END_DECLS
