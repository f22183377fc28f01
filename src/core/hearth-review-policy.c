/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-review-policy.c: due dates from the scheme's review policy. Months are counted the
 * way a coordinator counts them (hearth-date.c): an arrangement reviewed on 31 August is
 * next due on the last day of February, 28th or 29th as the year has it. */

#define G_LOG_DOMAIN "hearth-review-policy"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date.h"
#include "hearth-review-policy.h"

void
hearth_review_policy_init_default (HearthReviewPolicy *policy)
{
  g_return_if_fail (policy != NULL);

  policy->first_review_weeks = HEARTH_DEFAULT_FIRST_REVIEW_WEEKS;
  policy->review_interval_months = HEARTH_DEFAULT_REVIEW_INTERVAL_MONTHS;
  policy->emergency_review_weeks = HEARTH_DEFAULT_EMERGENCY_REVIEW_WEEKS;
  policy->approval_review_months = HEARTH_DEFAULT_APPROVAL_REVIEW_MONTHS;
  policy->emergency_max_months = HEARTH_DEFAULT_EMERGENCY_MAX_MONTHS;
  policy->emergency_planning_days = HEARTH_DEFAULT_EMERGENCY_PLANNING_DAYS;
}

/* The scheme's own settings (Scheme Settings, or hearth-cli settings --set). */
void
hearth_review_policy_init_for_scheme (HearthReviewPolicy *policy,
                                      HearthScheme       *scheme)
{
  HearthSchemeDetails *details;

  g_return_if_fail (policy != NULL);
  g_return_if_fail (HEARTH_IS_SCHEME (scheme));

  details = hearth_scheme_get_details (scheme);
  policy->first_review_weeks = (int) hearth_scheme_details_get_first_review_weeks (details);
  policy->review_interval_months = (int) hearth_scheme_details_get_review_interval_months (details);
  policy->emergency_review_weeks = (int) hearth_scheme_details_get_emergency_review_weeks (details);
  policy->approval_review_months = (int) hearth_scheme_details_get_approval_review_months (details);
  policy->emergency_max_months = (int) hearth_scheme_details_get_emergency_max_months (details);
  policy->emergency_planning_days =
    (int) hearth_scheme_details_get_emergency_planning_days (details);
}

/* An arrangement's first review; an emergency one is reviewed sooner and more often. */
char *
hearth_review_policy_first_due (const HearthReviewPolicy *policy,
                                const char               *start,
                                gboolean                  emergency)
{
  g_return_val_if_fail (policy != NULL, NULL);

  if (emergency)
    return hearth_date_add_weeks (start, policy->emergency_review_weeks);

  return hearth_date_add_weeks (start, policy->first_review_weeks);
}

/* The review after one held on @held. */
char *
hearth_review_policy_next_due (const HearthReviewPolicy *policy,
                               const char               *held,
                               gboolean                  emergency)
{
  g_return_val_if_fail (policy != NULL, NULL);

  if (emergency)
    return hearth_date_add_weeks (held, policy->emergency_review_weeks);

  return hearth_date_add_months (held, policy->review_interval_months);
}

char *
hearth_review_policy_approval_due (const HearthReviewPolicy *policy,
                                   const char               *approved_or_reviewed)
{
  g_return_val_if_fail (policy != NULL, NULL);

  return hearth_date_add_months (approved_or_reviewed, policy->approval_review_months);
}

/* The last day an emergency arrangement started on @start may run to. */
char *
hearth_review_policy_emergency_limit (const HearthReviewPolicy *policy,
                                      const char               *start)
{
  g_return_val_if_fail (policy != NULL, NULL);

  return hearth_date_add_months (start, policy->emergency_max_months);
}

/* An emergency placement's planning meeting, so many working days after it starts. */
char *
hearth_review_policy_planning_meeting_due (const HearthReviewPolicy *policy,
                                           const char               *start)
{
  g_return_val_if_fail (policy != NULL, NULL);

  return hearth_date_add_working_days (start, policy->emergency_planning_days);
}

/* A risk assessment sets its own next review: the policy never overrides it. */
const char *
hearth_review_policy_risk_due (const char *risk_next_review)
{
  return hearth_date_is_valid (risk_next_review) ? risk_next_review : NULL;
}

/**
 * hearth_review_state:
 * @arrangement_end: (nullable): the end date of the arrangement reviewed, if it ended
 * @today: the date to judge by
 *
 * A review due on @today is due, not overdue: it can still be held today.
 */
HearthReviewState
hearth_review_state (HearthReview *review,
                     const char   *arrangement_end,
                     const char   *today)
{
  const char *due;

  g_return_val_if_fail (HEARTH_IS_REVIEW (review), HEARTH_REVIEW_STATE_UPCOMING);
  g_return_val_if_fail (hearth_date_is_valid (today), HEARTH_REVIEW_STATE_UPCOMING);

  if (hearth_review_get_held_on (review) != NULL)
    return HEARTH_REVIEW_STATE_HELD;
  if (arrangement_end != NULL)
    return HEARTH_REVIEW_STATE_NOT_NEEDED;

  due = hearth_review_get_due_on (review);
  if (g_strcmp0 (due, today) < 0)
    return HEARTH_REVIEW_STATE_OVERDUE;
  if (hearth_date_days_between (today, due) <= HEARTH_REVIEW_DUE_SOON_DAYS)
    return HEARTH_REVIEW_STATE_DUE_SOON;

  return HEARTH_REVIEW_STATE_UPCOMING;
}

const char *
hearth_review_state_label (HearthReviewState state)
{
  switch (state)
    {
    case HEARTH_REVIEW_STATE_HELD:
      return _("Held");
    case HEARTH_REVIEW_STATE_OVERDUE:
      return _("Overdue");
    case HEARTH_REVIEW_STATE_DUE_SOON:
      return _("Due soon");
    case HEARTH_REVIEW_STATE_UPCOMING:
      return _("Due");
    case HEARTH_REVIEW_STATE_NOT_NEEDED:
      return _("Not needed: the arrangement ended");
    default:
      g_assert_not_reached ();
    }
}
