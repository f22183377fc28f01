/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-reviews.c: the review policy's due dates (leap years and month ends included), the
 * review rules, and the dashboard's queries on a small scheme whose answers are counted by
 * hand in the comments. Today is 2026-11-22 (HEARTH_TODAY). */

#define G_LOG_DOMAIN "test-reviews"

#include "config.h"

#include <string.h>

#include "hearth-test-util.h"

static void
test_policy_defaults (void)
{
  HearthReviewPolicy policy;
  g_autofree char *first = NULL;
  g_autofree char *next = NULL;
  g_autofree char *emergency = NULL;
  g_autofree char *emergency_next = NULL;
  g_autofree char *approval = NULL;
  g_autofree char *limit = NULL;
  g_autofree char *meeting = NULL;
  g_autofree char *sooner = NULL;

  hearth_review_policy_init_default (&policy);
  g_assert_cmpint (policy.first_review_weeks, ==, 6);
  g_assert_cmpint (policy.review_interval_months, ==, 6);
  g_assert_cmpint (policy.emergency_review_weeks, ==, 4);
  g_assert_cmpint (policy.approval_review_months, ==, 12);

  first = hearth_review_policy_first_due (&policy, "2026-07-01", FALSE);
  g_assert_cmpstr (first, ==, "2026-08-12");
  next = hearth_review_policy_next_due (&policy, "2026-08-12", FALSE);
  g_assert_cmpstr (next, ==, "2027-02-12");
  emergency = hearth_review_policy_first_due (&policy, "2026-11-02", TRUE);
  g_assert_cmpstr (emergency, ==, "2026-11-30");
  emergency_next = hearth_review_policy_next_due (&policy, "2026-11-30", TRUE);
  g_assert_cmpstr (emergency_next, ==, "2026-12-28");
  approval = hearth_review_policy_approval_due (&policy, "2026-05-20");
  g_assert_cmpstr (approval, ==, "2027-05-20");
  limit = hearth_review_policy_emergency_limit (&policy, "2026-09-01");
  g_assert_cmpstr (limit, ==, "2026-12-01");
  /* Ten working days from a Friday: two weekends passed over. */
  meeting = hearth_review_policy_planning_meeting_due (&policy, "2026-11-20");
  g_assert_cmpstr (meeting, ==, "2026-12-04");
  policy.emergency_planning_days = 5;
  sooner = hearth_review_policy_planning_meeting_due (&policy, "2026-11-20");
  g_assert_cmpstr (sooner, ==, "2026-11-27");
  g_assert_cmpstr (hearth_review_policy_risk_due ("2027-01-09"), ==, "2027-01-09");
  g_assert_null (hearth_review_policy_risk_due ("2027-02-30"));
}

typedef struct
{
  const char *from;
  gboolean    emergency;
  const char *first;
  const char *next;
  const char *approval;
} DueCase;

/* Month ends clamp to the last day of the month; leap days are kept where they exist. */
static const DueCase due_cases[] = {
  /* 31 August + 6 months: no 31 February, so the last day of February. */
  { "2026-08-31", FALSE, "2026-10-12", "2027-02-28", "2027-08-31" },
  /* ...and 29 February in a leap year. */
  { "2027-08-31", FALSE, "2027-10-12", "2028-02-29", "2028-08-31" },
  /* A leap day + 12 months is 28 February; + 6 months is 29 August. */
  { "2028-02-29", FALSE, "2028-04-11", "2028-08-29", "2029-02-28" },
  /* Six weeks across a leap February: 2028-02-20 + 42 days. */
  { "2028-02-20", FALSE, "2028-04-02", "2028-08-20", "2029-02-20" },
  /* ...and across an ordinary one. */
  { "2027-02-20", FALSE, "2027-04-03", "2027-08-20", "2028-02-20" },
  /* 31 December into a new year; 31 March + 6 months is 30 September. */
  { "2026-12-31", FALSE, "2027-02-11", "2027-06-30", "2027-12-31" },
  { "2027-03-31", FALSE, "2027-05-12", "2027-09-30", "2028-03-31" },
  /* Emergencies every 4 weeks, through a leap day. */
  { "2028-02-15", TRUE, "2028-03-14", "2028-03-14", "2029-02-15" },
  { "2027-02-15", TRUE, "2027-03-15", "2027-03-15", "2028-02-15" },
};

static void
test_policy_month_ends_and_leap_years (void)
{
  HearthReviewPolicy policy;

  hearth_review_policy_init_default (&policy);
  for (guint i = 0; i < G_N_ELEMENTS (due_cases); i++)
    {
      const DueCase *c = &due_cases[i];
      g_autofree char *first = hearth_review_policy_first_due (&policy, c->from, c->emergency);
      g_autofree char *next = hearth_review_policy_next_due (&policy, c->from, c->emergency);
      g_autofree char *approval = hearth_review_policy_approval_due (&policy, c->from);

      g_test_message ("from %s", c->from);
      g_assert_cmpstr (first, ==, c->first);
      g_assert_cmpstr (next, ==, c->next);
      g_assert_cmpstr (approval, ==, c->approval);
    }
}

static void
set_policy (HearthScheme *scheme,
            const char   *property,
            gint64        value)
{
  g_autoptr(HearthRecord) details = hearth_record_copy (HEARTH_RECORD (hearth_scheme_get_details (scheme)));
  g_autoptr(GError) error = NULL;

  hearth_record_set_int (details, property, value);
  g_assert_true (hearth_scheme_update (scheme, details, &error));
  g_assert_no_error (error);
}

/* The scheme's own settings change the due dates the workflows schedule. */
static void
test_policy_from_scheme_settings (SchemeFixture *f,
                                  gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = test_approved_carer (f->scheme, "Sam", "Carter", 3, FALSE);
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Ann", "Lee");
  g_autoptr(HearthTrial) trial = test_agreed_trial (f->scheme, person, carer, "long-term");
  g_autoptr(HearthArrangement) arrangement = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(GError) error = NULL;
  HearthReviewPolicy policy;
  HearthReview *review;

  hearth_review_policy_init_for_scheme (&policy, f->scheme);
  g_assert_cmpint (policy.first_review_weeks, ==, 6);
  g_assert_cmpint (policy.review_interval_months, ==, 6);
  g_assert_cmpint (policy.emergency_review_weeks, ==, 4);
  g_assert_cmpint (policy.approval_review_months, ==, 12);
  g_assert_cmpstr (hearth_carer_get_next_approval_review (carer), ==, "2027-05-20");

  set_policy (f->scheme, "first-review-weeks", 8);
  set_policy (f->scheme, "review-interval-months", 3);
  hearth_review_policy_init_for_scheme (&policy, f->scheme);
  g_assert_cmpint (policy.first_review_weeks, ==, 8);

  /* Started 2026-05-31: 8 weeks on is 2026-07-26. */
  g_assert_true (test_start_from_trial (f->scheme, trial, "2026-05-31", &arrangement, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_arrangement_get_first_review_due (arrangement), ==, "2026-07-26");

  /* Held on 2026-08-31: three months on is 30 November, the end of the month. */
  reviews = hearth_scheme_load_related (f->scheme, HEARTH_TYPE_REVIEW, "arrangement-id",
                                        hearth_record_get_id (HEARTH_RECORD (arrangement)), &error);
  review = g_ptr_array_index (reviews, 0);
  g_object_set (review, "held-on", "2026-08-31", "reviewer", "Hana Ito",
                "reviewer-is-care-manager", TRUE, "person-views", "Good.", NULL);
  g_assert_true (hearth_scheme_record_review (f->scheme, review, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_review_get_next_due (review), ==, "2026-11-30");
}

static void
test_review_state (void)
{
  g_autoptr(HearthReview) review = hearth_review_new ();

  g_object_set (review, "subject", "arrangement", "arrangement-id", (gint64) 1,
                "due-on", "2026-11-21", NULL);
  g_assert_cmpint (hearth_review_state (review, NULL, "2026-11-22"), ==, HEARTH_REVIEW_STATE_OVERDUE);
  g_assert_cmpint (hearth_review_state (review, NULL, "2026-11-21"), ==, HEARTH_REVIEW_STATE_DUE_SOON);
  /* 14 days ahead is due soon; 15 is not yet. */
  g_assert_cmpint (hearth_review_state (review, NULL, "2026-11-07"), ==, HEARTH_REVIEW_STATE_DUE_SOON);
  g_assert_cmpint (hearth_review_state (review, NULL, "2026-11-06"), ==, HEARTH_REVIEW_STATE_UPCOMING);
  g_assert_cmpint (hearth_review_state (review, "2026-10-01", "2026-11-22"), ==,
                   HEARTH_REVIEW_STATE_NOT_NEEDED);
  g_object_set (review, "held-on", "2026-11-20", NULL);
  g_assert_cmpint (hearth_review_state (review, NULL, "2026-11-22"), ==, HEARTH_REVIEW_STATE_HELD);
}

/* A search is folded once per key, each title once per summary, and both searches agree. */
static void
test_summary_search (void)
{
  g_autoptr(HearthReview) review = hearth_review_new ();
  g_autoptr(HearthReviewSummary) s = NULL;
  g_autofree char *needle = NULL;
  g_autofree char *blank = hearth_record_fold_search ("  \t ");

  g_object_set (review, "subject", "arrangement", "arrangement-id", (gint64) 1,
                "due-on", "2026-11-21", NULL);
  s = hearth_review_summary_new (review, "Ann Lee with Sam CARTER", HEARTH_REVIEW_STATE_OVERDUE);

  g_assert_null (blank);
  g_assert_null (hearth_record_fold_search (NULL));
  needle = hearth_record_fold_search ("  Sam Car ");
  g_assert_cmpstr (needle, ==, "sam car");
  g_assert_true (hearth_review_summary_matches_folded (s, needle));
  g_assert_true (hearth_review_summary_matches_folded (s, NULL));
  g_assert_true (hearth_review_summary_matches_folded (s, "lee with"));
  g_assert_false (hearth_review_summary_matches_folded (s, "carters"));

  g_assert_true (hearth_review_summary_shows_in (s, "needs-review"));
  g_assert_true (hearth_review_summary_shows_in (s, "overdue"));
  g_assert_true (hearth_review_summary_shows_in (s, "due"));
  g_assert_false (hearth_review_summary_shows_in (s, "held"));
  g_assert_true (hearth_review_summary_shows_in (s, "all"));

  g_assert_true (hearth_review_summary_matches (s, "overdue", "sam carter"));
  g_assert_false (hearth_review_summary_matches (s, "held", "sam carter"));
  g_assert_false (hearth_review_summary_matches (s, "overdue", "Morwenna"));
}

/* The person's own views, and an advocate when the reviewer is not the care manager: each
 * input that breaks a rule is refused with its own error, and nothing is written. */
static void
test_views_and_advocate (void)
{
  g_autoptr(HearthReview) review = hearth_review_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (review, "subject", "arrangement", "arrangement-id", (gint64) 1,
                "due-on", "2026-11-21", "held-on", "2026-11-20", "reviewer", "Hana Ito",
                "reviewer-is-care-manager", FALSE, "advocate-name", "Bea Kim", NULL);

  g_assert_false (hearth_rules_check_review (review, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_REVIEW_VIEWS);
  g_clear_error (&error);

  g_object_set (review, "person-views", "\n \t", NULL);
  g_assert_false (hearth_rules_check_review (review, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_REVIEW_VIEWS);
  g_clear_error (&error);

  g_object_set (review, "person-views", "Ich mag es hier — I like it here.", "advocate-name", " ",
                NULL);
  g_assert_false (hearth_rules_check_review (review, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_REVIEW_ADVOCATE);
  g_clear_error (&error);

  /* The care manager reviewing needs no advocate. */
  g_object_set (review, "reviewer-is-care-manager", TRUE, NULL);
  g_assert_true (hearth_rules_check_review (review, &error));
  g_assert_no_error (error);

  g_object_set (review, "reviewer-is-care-manager", FALSE, "advocate-name", "Bea Kim", NULL);
  g_assert_true (hearth_rules_check_review (review, &error));

  /* A risk review needs its next date. */
  g_object_set (review, "risk-reviewed", TRUE, NULL);
  g_assert_false (hearth_rules_check_review (review, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_RISK_REVIEW_DATE);
  g_clear_error (&error);

  /* An approval review needs neither views nor an advocate. */
  g_object_set (review, "subject", "approval", "arrangement-id", (gint64) 0, "carer-id", (gint64) 1,
                "person-views", NULL, "advocate-name", NULL, "risk-reviewed", FALSE, NULL);
  g_assert_true (hearth_rules_check_review (review, &error));
}

/* Refused through the workflow too: the scheduled review stays unheld. */
static void
test_refused_review_writes_nothing (SchemeFixture *f,
                                    gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = test_approved_carer (f->scheme, "Sam", "Carter", 3, FALSE);
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Ann", "Lee");
  g_autoptr(HearthTrial) trial = test_agreed_trial (f->scheme, person, carer, "long-term");
  g_autoptr(HearthArrangement) arrangement = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(GPtrArray) outcomes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  HearthReviewOutcome *outcome = hearth_review_outcome_new ();
  gint64 outcomes_before;
  HearthReview *review;

  g_assert_true (test_start_from_trial (f->scheme, trial, "2026-07-01", &arrangement, &error));
  reviews = hearth_scheme_load_related (f->scheme, HEARTH_TYPE_REVIEW, "arrangement-id",
                                        hearth_record_get_id (HEARTH_RECORD (arrangement)), &error);
  review = g_ptr_array_index (reviews, 0);
  g_object_set (outcome, "area", "friends", "answer", "better", NULL);
  g_ptr_array_add (outcomes, outcome);
  outcomes_before = test_count_rows (f->scheme, HEARTH_TYPE_REVIEW_OUTCOME);

  g_object_set (review, "held-on", "2026-08-10", "reviewer", "Hana Ito",
                "reviewer-is-care-manager", FALSE, "person-views", "Fine", NULL);
  g_assert_false (hearth_scheme_record_review (f->scheme, review, outcomes, NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_REVIEW_ADVOCATE);
  /* What was typed is still on the object, for the coordinator to finish. */
  g_assert_cmpstr (hearth_review_get_person_views (review), ==, "Fine");
  g_assert_cmpint (test_count_rows (f->scheme, HEARTH_TYPE_REVIEW_OUTCOME), ==, outcomes_before);
  g_assert_cmpint (test_count_rows (f->scheme, HEARTH_TYPE_REVIEW), ==, 1);
}

/* The dashboard's fixture: see the comments for each expected figure. */
typedef struct
{
  SchemeFixture  base;
  gint64         ann_review, dev_review, ivy_review, fay_first_review;
  gint64         gus, hal_trial, ivy_arrangement, olu, nia;
} Dashboard;

/* Takes @person, new from test_add_person(). */
static HearthArrangement *
start (HearthScheme *scheme,
       HearthPerson *person_owned,
       HearthCarer  *carer,
       const char   *type,
       const char   *on)
{
  g_autoptr(HearthPerson) person = person_owned;
  g_autoptr(HearthTrial) trial = test_agreed_trial (scheme, person, carer, type);
  g_autoptr(GError) error = NULL;
  HearthArrangement *arrangement = NULL;

  g_assert_true (test_start_from_trial (scheme, trial, on, &arrangement, &error));
  g_assert_no_error (error);
  return arrangement;
}

static HearthReview *
due_review (HearthScheme      *scheme,
            HearthArrangement *arrangement)
{
  g_autoptr(GPtrArray) reviews = hearth_scheme_load_related (scheme, HEARTH_TYPE_REVIEW,
                                                              "arrangement-id",
                                                              hearth_record_get_id (HEARTH_RECORD (arrangement)),
                                                              NULL);

  for (guint i = 0; i < reviews->len; i++)
    if (hearth_review_get_held_on (g_ptr_array_index (reviews, i)) == NULL)
      return g_object_ref (g_ptr_array_index (reviews, i));

  g_assert_not_reached ();
}

/* Holds the review due for @arrangement on @held, with "area=answer" outcomes. */
static gint64
hold (HearthScheme       *scheme,
      HearthArrangement  *arrangement,
      const char         *held,
      const char * const *answers,
      const char         *action_due)
{
  g_autoptr(HearthReview) review = due_review (scheme, arrangement);
  g_autoptr(GPtrArray) outcomes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) actions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; answers[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (answers[i], "=", 2);
      HearthReviewOutcome *outcome = hearth_review_outcome_new ();

      g_object_set (outcome, "area", parts[0], "answer", parts[1], NULL);
      g_ptr_array_add (outcomes, outcome);
    }

  if (action_due != NULL)
    {
      HearthReviewAction *action = hearth_review_action_new ();

      g_object_set (action, "action", "Book the dentist", "owner", "Fay's carer",
                    "due-on", action_due, NULL);
      g_ptr_array_add (actions, action);
    }

  g_object_set (review, "held-on", held, "reviewer", "Hana Ito", "reviewer-is-care-manager", TRUE,
                "person-views", "I am happy.", NULL);
  g_assert_true (hearth_scheme_record_review (scheme, review, outcomes, actions, &error));
  g_assert_no_error (error);
  return hearth_record_get_id (HEARTH_RECORD (review));
}

static void
add_training (HearthScheme *scheme,
              HearthCarer  *carer,
              const char   *course,
              const char   *completed,
              const char   *expires)
{
  g_autoptr(HearthTraining) training = hearth_training_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (training, "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)),
                "course", course, "completed-on", completed, "expires-on", expires, NULL);
  g_assert_true (hearth_scheme_insert (scheme, HEARTH_RECORD (training), &error));
  g_assert_no_error (error);
}

/* Olu's DBS check, renewed on paper to expire on 2026-12-15. */
static void
expire_dbs (HearthScheme *scheme,
            HearthCarer  *carer)
{
  g_autoptr(GPtrArray) checks = hearth_scheme_load_related (scheme, HEARTH_TYPE_CARER_CHECK,
                                                             "carer-id",
                                                             hearth_record_get_id (HEARTH_RECORD (carer)),
                                                             NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < checks->len; i++)
    {
      HearthRecord *check = g_ptr_array_index (checks, i);

      if (g_str_equal (hearth_record_get_string (check, "kind"), "dbs"))
        {
          hearth_record_set_string (check, "expires-on", "2026-12-15");
          g_assert_true (hearth_scheme_update (scheme, check, &error));
          g_assert_no_error (error);
        }
    }
}

static HearthArrangement *
start_emergency (HearthScheme *scheme,
                 HearthPerson *person_owned,
                 HearthCarer  *carer)
{
  g_autoptr(HearthPerson) person = person_owned;
  HearthArrangement *arrangement = hearth_arrangement_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (arrangement, "person-id", hearth_record_get_id (HEARTH_RECORD (person)),
                "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)),
                "arrangement-type", "long-term", "emergency", TRUE,
                "manager-approved-by", "Grace Mensah", "manager-approved-on", "2026-09-01",
                "start-date", "2026-09-01", "funding-route", "chc",
                "weekly-fee-pence", (gint64) 70000, NULL);
  g_assert_true (hearth_scheme_start_arrangement (scheme, arrangement, &error));
  g_assert_no_error (error);
  return arrangement;
}

static void
dashboard_set_up (Dashboard     *d,
                  gconstpointer  data)
{
  HearthScheme *scheme;
  g_autoptr(HearthCarer) sam = NULL;
  g_autoptr(HearthCarer) nia = NULL;
  g_autoptr(HearthCarer) olu = NULL;
  g_autoptr(HearthPerson) gus = hearth_person_new ();
  g_autoptr(HearthPerson) hal = NULL;
  g_autoptr(HearthTrial) trial = NULL;
  g_autoptr(HearthArrangement) ann = NULL;
  g_autoptr(HearthArrangement) dev = NULL;
  g_autoptr(HearthArrangement) eve = NULL;
  g_autoptr(HearthArrangement) fay = NULL;
  g_autoptr(HearthArrangement) ivy = NULL;
  g_autoptr(HearthReview) review = NULL;
  g_autoptr(GError) error = NULL;
  const char * const fay_first[] = { "friends=better", "community=worse", "family=better", NULL };
  const char * const fay_second[] = { "friends=no-different", NULL };
  const char * const eve_answers[] = { "friends=better", "safety=better", NULL };

  scheme_fixture_set_up (&d->base, data);
  scheme = d->base.scheme;

  sam = test_approved_carer (scheme, "Sam", "Carter", 3, FALSE);
  nia = test_approved_carer (scheme, "Nia", "Roberts", 3, TRUE);
  /* Approved on 2026-05-20 with six-monthly approval reviews: due 2026-11-20, overdue. */
  set_policy (scheme, "approval-review-months", 6);
  olu = test_approved_carer (scheme, "Olu", "Ade", 1, FALSE);
  set_policy (scheme, "approval-review-months", 12);
  expire_dbs (scheme, olu);
  /* Training expiring within 60 days; an expired course renewed since is not shown. */
  add_training (scheme, nia, "First aid", "2025-12-31", "2026-12-31");
  add_training (scheme, nia, "Safeguarding", "2024-01-10", "2025-01-10");
  add_training (scheme, nia, "Safeguarding", "2025-01-10", "2028-01-10");

  /* Ann with Sam from 2026-07-01: first review due 2026-08-12, overdue. */
  ann = start (scheme, test_add_person (scheme, "Ann", "Lee"), sam, "long-term", "2026-07-01");
  /* Dev with Sam from 2026-10-20: due 2026-12-01, within 14 days. */
  dev = start (scheme, test_add_person (scheme, "Dev", "Patel"), sam, "short-breaks", "2026-10-20");
  /* Eve with Nia from 2026-11-10: due 2026-12-22, held early on 2026-11-20. */
  eve = start (scheme, test_add_person (scheme, "Eve", "Øster"), nia, "day-support", "2026-11-10");
  hold (scheme, eve, "2026-11-20", eve_answers, NULL);
  /* Fay with Nia from 2026-06-01: held 2026-07-13 with an action due 2026-09-01, left
   * undone; held again 2026-10-01. */
  fay = start (scheme, test_add_person (scheme, "Fay", "Mills"), nia, "long-term", "2026-06-01");
  d->fay_first_review = hold (scheme, fay, "2026-07-13", fay_first, "2026-09-01");
  hold (scheme, fay, "2026-10-01", fay_second, NULL);
  /* Ivy, an emergency with Nia from 2026-09-01: reviewed in 4 weeks (2026-09-29, overdue),
   * and its 3-month limit is 2026-12-01. */
  ivy = start_emergency (scheme, test_add_person (scheme, "Ivy", "Chen"), nia);

  /* Gus, referred, with a risk review due 2026-11-01: overdue. */
  g_object_set (gus, "first-name", "Gus", "last-name", "Obi", "date-of-birth", "1980-01-01",
                "referral-date", "2026-04-01", "risk-assessed-on", "2026-05-01",
                "risk-review-due", "2026-11-01", NULL);
  g_assert_true (hearth_scheme_add_person (scheme, gus, &error));
  g_assert_no_error (error);

  /* Hal's trial with Sam, proposed 2026-10-01 and not moved since: stalled from 2026-10-22. */
  hal = test_add_person (scheme, "Hal", "Berg");
  trial = hearth_scheme_propose_trial (scheme, hal, sam, "long-term", "2026-10-01", NULL, &error);
  g_assert_no_error (error);

  d->ann_review = hearth_record_get_id (HEARTH_RECORD ((review = due_review (scheme, ann))));
  g_clear_object (&review);
  d->dev_review = hearth_record_get_id (HEARTH_RECORD ((review = due_review (scheme, dev))));
  g_clear_object (&review);
  d->ivy_review = hearth_record_get_id (HEARTH_RECORD ((review = due_review (scheme, ivy))));
  d->gus = hearth_record_get_id (HEARTH_RECORD (gus));
  d->hal_trial = hearth_record_get_id (HEARTH_RECORD (trial));
  d->ivy_arrangement = hearth_record_get_id (HEARTH_RECORD (ivy));
  d->olu = hearth_record_get_id (HEARTH_RECORD (olu));
  d->nia = hearth_record_get_id (HEARTH_RECORD (nia));
}

static void
dashboard_tear_down (Dashboard     *d,
                     gconstpointer  data)
{
  scheme_fixture_tear_down (&d->base, data);
}

static void
assert_item (GPtrArray           *items,
             guint                i,
             HearthAttentionKind  kind,
             const char          *table,
             gint64               id,
             const char          *date,
             const char          *detail)
{
  HearthAttention *item = g_ptr_array_index (items, i);
  g_autofree char *record = g_strdup_printf ("%s:%lld", table, (long long) id);

  g_test_message ("item %u: %s, %s", i, item->title, item->detail);
  g_assert_cmpint (item->kind, ==, kind);
  g_assert_cmpstr (item->record, ==, record);
  g_assert_cmpstr (item->date, ==, date);
  g_assert_cmpstr (item->detail, ==, detail);
  g_assert_cmpint (item->overdue, ==, g_strcmp0 (date, HEARTH_TEST_TODAY) < 0);
}

static void
test_needs_attention (Dashboard     *d,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = hearth_dashboard_needs_attention (d->base.scheme, HEARTH_TEST_TODAY,
                                                                 &error);
  g_autoptr(GPtrArray) later = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 10);
  assert_item (items, 0, HEARTH_ATTENTION_REVIEW_OVERDUE, "review", d->ann_review, "2026-08-12",
               "Overdue since 12 August 2026");
  g_assert_cmpstr (((HearthAttention *) items->pdata[0])->title, ==, "Review of Ann Lee with Sam Carter");
  assert_item (items, 1, HEARTH_ATTENTION_ACTION_OVERDUE, "review", d->fay_first_review,
               "2026-09-01", "Past due since 1 September 2026");
  assert_item (items, 2, HEARTH_ATTENTION_REVIEW_OVERDUE, "review", d->ivy_review, "2026-09-29",
               "Overdue since 29 September 2026");
  assert_item (items, 3, HEARTH_ATTENTION_TRIAL_STALLED, "trial", d->hal_trial, "2026-10-22",
               "No step since 22 October 2026");
  assert_item (items, 4, HEARTH_ATTENTION_RISK_OVERDUE, "person", d->gus, "2026-11-01",
               "Overdue since 1 November 2026");
  assert_item (items, 5, HEARTH_ATTENTION_APPROVAL_REVIEW, "carer", d->olu, "2026-11-20",
               "Overdue since 20 November 2026");
  assert_item (items, 6, HEARTH_ATTENTION_REVIEW_DUE, "review", d->dev_review, "2026-12-01",
               "Due on 1 December 2026");
  assert_item (items, 7, HEARTH_ATTENTION_EMERGENCY_LIMIT, "arrangement", d->ivy_arrangement,
               "2026-12-01", "Must end or become planned by 1 December 2026");
  assert_item (items, 8, HEARTH_ATTENTION_DBS, "carer", d->olu, "2026-12-15",
               "Expires on 15 December 2026");
  assert_item (items, 9, HEARTH_ATTENTION_TRAINING, "carer", d->nia, "2026-12-31",
               "Expires on 31 December 2026");
  g_assert_cmpstr (((HearthAttention *) items->pdata[9])->title, ==,
                   "First aid training of Nia Roberts");

  /* A month earlier, only what was already pressing then. */
  later = hearth_dashboard_needs_attention (d->base.scheme, "2026-08-20", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (later->len, >=, 1);
  assert_item (later, 0, HEARTH_ATTENTION_REVIEW_OVERDUE, "review", d->ann_review, "2026-08-12",
               "Overdue since 12 August 2026");
}

/* Holding a review clears it from the dashboard. */
static void
test_held_review_clears (Dashboard     *d,
                         gconstpointer  data)
{
  g_autoptr(HearthRecord) review = hearth_scheme_load (d->base.scheme, HEARTH_TYPE_REVIEW,
                                                       d->ann_review, NULL);
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *record = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (review, "held-on", HEARTH_TEST_TODAY, "reviewer", "Hana Ito",
                "reviewer-is-care-manager", TRUE, "person-views", "I like my room.", NULL);
  g_assert_true (hearth_scheme_record_review (d->base.scheme, HEARTH_REVIEW (review), NULL, NULL,
                                              &error));
  g_assert_no_error (error);

  items = hearth_dashboard_needs_attention (d->base.scheme, HEARTH_TEST_TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 9);
  record = g_strdup_printf ("review:%lld", (long long) d->ann_review);
  for (guint i = 0; i < items->len; i++)
    g_assert_cmpstr (((HearthAttention *) items->pdata[i])->record, !=, record);
}

/* Marking an overdue action done clears it; it cannot be done before its review, nor twice. */
static void
test_complete_action (Dashboard     *d,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) actions = hearth_scheme_load_related (d->base.scheme,
                                                              HEARTH_TYPE_REVIEW_ACTION, "review-id",
                                                              d->fay_first_review, NULL);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  HearthReviewAction *action;

  g_assert_cmpuint (actions->len, ==, 1);
  action = g_ptr_array_index (actions, 0);

  /* The review was held on 2026-07-13. */
  g_assert_false (hearth_scheme_complete_review_action (d->base.scheme, action, "2026-07-01", &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hearth_scheme_complete_review_action (d->base.scheme, action, "2026-12-01", &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (hearth_review_action_get_done_on (action));

  g_assert_true (hearth_scheme_complete_review_action (d->base.scheme, action, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_review_action_get_done_on (action), ==, HEARTH_TEST_TODAY);
  g_assert_false (hearth_scheme_complete_review_action (d->base.scheme, action, NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);

  items = hearth_dashboard_needs_attention (d->base.scheme, HEARTH_TEST_TODAY, &error);
  g_assert_cmpuint (items->len, ==, 9);
  for (guint i = 0; i < items->len; i++)
    g_assert_cmpint (((HearthAttention *) items->pdata[i])->kind, !=, HEARTH_ATTENTION_ACTION_OVERDUE);
}

static void
test_scheme_today (Dashboard     *d,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthSchemeToday) t = hearth_dashboard_scheme_today (d->base.scheme, HEARTH_TEST_TODAY,
                                                                  &error);

  g_assert_no_error (error);
  /* Ann, Dev, Eve, Fay and Ivy in arrangements; Gus referred; Hal in a trial. */
  g_assert_cmpint (hearth_tally_get (t->people_by_status, "in-arrangement"), ==, 5);
  g_assert_cmpint (hearth_tally_get (t->people_by_status, "referred"), ==, 1);
  g_assert_cmpint (hearth_tally_get (t->people_by_status, "in-trial"), ==, 1);
  g_assert_cmpint (hearth_tally_get (t->people_by_status, "closed"), ==, 0);
  /* Long-term: Ann, Fay, Ivy; short breaks: Dev; day support: Eve. */
  g_assert_cmpint (t->current_arrangements, ==, 5);
  g_assert_cmpint (hearth_tally_get (t->arrangements_by_type, "long-term"), ==, 3);
  g_assert_cmpint (hearth_tally_get (t->arrangements_by_type, "short-breaks"), ==, 1);
  g_assert_cmpint (hearth_tally_get (t->arrangements_by_type, "day-support"), ==, 1);
  /* Ivy's emergency is NHS continuing healthcare; the rest the council. */
  g_assert_cmpint (hearth_tally_get (t->arrangements_by_funding, "council"), ==, 4);
  g_assert_cmpint (hearth_tally_get (t->arrangements_by_funding, "chc"), ==, 1);
  g_assert_cmpint (hearth_tally_get (t->carers_by_stage, "approved"), ==, 3);
  g_assert_cmpint (hearth_tally_get (t->carers_by_stage, "enquiry"), ==, 0);
  /* Sam 3 - 2 = 1, Nia 3 - 3 = 0, Olu 1 - 0 = 1; each approved for every type. */
  g_assert_cmpint (hearth_tally_get (t->free_places_by_type, "long-term"), ==, 2);
  g_assert_cmpint (hearth_tally_get (t->free_places_by_type, "short-breaks"), ==, 2);
  g_assert_cmpint (hearth_tally_get (t->free_places_by_type, "day-support"), ==, 2);
  /* 4 × £650 + £700. */
  g_assert_cmpint (t->weekly_fee_pence, ==, 330000);
  g_assert_cmpint (t->people_archived, ==, 0);
  g_assert_cmpint (t->carers_archived, ==, 0);

  /* Gus archived: out of the referred, counted as archived. */
  {
    g_autoptr(HearthRecord) gus = hearth_scheme_load (d->base.scheme, HEARTH_TYPE_PERSON, d->gus, NULL);
    g_autoptr(HearthSchemeToday) after = NULL;

    g_assert_true (hearth_scheme_archive (d->base.scheme, gus, "Moved out of the area", &error));
    g_assert_no_error (error);
    after = hearth_dashboard_scheme_today (d->base.scheme, HEARTH_TEST_TODAY, &error);
    g_assert_cmpint (hearth_tally_get (after->people_by_status, "referred"), ==, 0);
    g_assert_cmpint (after->people_archived, ==, 1);
  }
}

static const HearthOutcomeShare *
share_of (GArray     *shares,
          const char *area)
{
  for (guint i = 0; i < shares->len; i++)
    if (g_str_equal (g_array_index (shares, HearthOutcomeShare, i).area, area))
      return &g_array_index (shares, HearthOutcomeShare, i);

  g_assert_not_reached ();
}

static void
test_outcomes (Dashboard     *d,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) year = hearth_dashboard_outcomes (d->base.scheme, "2026-01-01", "2026-12-31",
                                                      &error);
  g_autoptr(GArray) autumn = NULL;
  g_autoptr(GArray) none = NULL;
  const HearthOutcomeShare *s;

  g_assert_no_error (error);
  g_assert_cmpuint (year->len, ==, 8);
  /* Friends: Fay's latest answer (no different) and Eve's (better): 1 of 2, 50%. */
  s = share_of (year, "friends");
  g_assert_cmpint (s->answered, ==, 2);
  g_assert_cmpint (s->better, ==, 1);
  g_assert_cmpint (s->no_different, ==, 1);
  g_assert_cmpint (hearth_outcome_share_percent (s), ==, 50);
  /* Community: only Fay, in July: worse. */
  s = share_of (year, "community");
  g_assert_cmpint (s->answered, ==, 1);
  g_assert_cmpint (s->worse, ==, 1);
  g_assert_cmpint (hearth_outcome_share_percent (s), ==, 0);
  s = share_of (year, "family");
  g_assert_cmpint (s->answered, ==, 1);
  g_assert_cmpint (hearth_outcome_share_percent (s), ==, 100);
  s = share_of (year, "safety");
  g_assert_cmpint (s->answered, ==, 1);
  g_assert_cmpint (s->better, ==, 1);
  s = share_of (year, "physical-health");
  g_assert_cmpint (s->answered, ==, 0);
  g_assert_cmpint (hearth_outcome_share_percent (s), ==, 0);

  /* From August, Fay's July answers are out of the range. */
  autumn = hearth_dashboard_outcomes (d->base.scheme, "2026-08-01", "2026-12-31", &error);
  g_assert_cmpint (share_of (autumn, "friends")->answered, ==, 2);
  g_assert_cmpint (share_of (autumn, "community")->answered, ==, 0);
  g_assert_cmpint (share_of (autumn, "family")->answered, ==, 0);

  /* The range's ends count: the review held on 2026-11-20 alone. */
  none = hearth_dashboard_outcomes (d->base.scheme, "2026-11-20", "2026-11-20", &error);
  g_assert_cmpint (share_of (none, "friends")->answered, ==, 1);
  g_assert_cmpint (share_of (none, "friends")->better, ==, 1);
}

static void
test_csv_quoting (void)
{
  g_autoptr(GString) csv = g_string_new (NULL);
  const char * const plain[] = { "1", "Ann Lee", NULL, "" };
  const char * const awkward[] = {
    "Lee, Ann", "She said \"hello\"", "line one\nline two", "cr\r\nlf", " edge ",
    "Zoë Øster-Łukasz", "\"", "日本語",
  };

  hearth_csv_append_row (csv, plain, G_N_ELEMENTS (plain));
  g_assert_cmpstr (csv->str, ==, "1,Ann Lee,,\r\n");

  g_string_truncate (csv, 0);
  hearth_csv_append_row (csv, awkward, G_N_ELEMENTS (awkward));
  g_assert_cmpstr (csv->str, ==,
                   "\"Lee, Ann\",\"She said \"\"hello\"\"\",\"line one\nline two\","
                   "\"cr\r\nlf\",\" edge \",Zoë Øster-Łukasz,\"\"\"\",日本語\r\n");

  /* Text that is not UTF-8 never reaches the file as it is. */
  g_string_truncate (csv, 0);
  hearth_csv_append_field (csv, "caf\xe9");
  g_assert_true (g_utf8_validate (csv->str, -1, NULL));
}

/* A minimal RFC 4180 reader, to read back what was written. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GStrvBuilder) row = g_strv_builder_new ();
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;

  g_assert_true (g_str_has_prefix (text, HEARTH_CSV_BOM));
  for (const char *p = text + strlen (HEARTH_CSV_BOM); *p != '\0'; p++)
    {
      if (quoted)
        {
          if (*p == '"' && p[1] == '"')
            g_string_append_c (field, *p++);
          else if (*p == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, *p);
        }
      else if (*p == '"')
        quoted = TRUE;
      else if (*p == ',')
        {
          g_strv_builder_add (row, field->str);
          g_string_truncate (field, 0);
        }
      else if (*p == '\r' && p[1] == '\n')
        {
          g_strv_builder_add (row, field->str);
          g_string_truncate (field, 0);
          g_ptr_array_add (rows, g_strv_builder_end (row));
          g_clear_pointer (&row, g_strv_builder_unref);
          row = g_strv_builder_new ();
          p++;
        }
      else
        g_string_append_c (field, *p);
    }

  g_assert_false (quoted);
  g_assert_cmpuint (field->len, ==, 0);
  return rows;
}

static const char *
column (GPtrArray  *rows,
        guint       row,
        const char *heading)
{
  char **headings = g_ptr_array_index (rows, 0);

  for (guint i = 0; headings[i] != NULL; i++)
    if (g_str_equal (headings[i], heading))
      return ((char **) g_ptr_array_index (rows, row))[i];

  g_assert_not_reached ();
}

static void
test_export_lists (Dashboard     *d,
                   gconstpointer  data)
{
  HearthScheme *scheme = d->base.scheme;
  const char * const *lists = hearth_export_list_names ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; lists[i] != NULL; i++)
    {
      GType type = hearth_export_list_type (lists[i]);
      g_autoptr(GPtrArray) records = hearth_export_load_list (scheme, type, FALSE, &error);
      g_autofree char *csv = hearth_export_csv (scheme, type, records, &error);
      g_autoptr(GPtrArray) rows = NULL;

      g_assert_no_error (error);
      rows = parse_csv (csv);
      g_test_message ("%s: %u rows", lists[i], rows->len);
      g_assert_cmpuint (rows->len, ==, records->len + 1);
      for (guint r = 1; r < rows->len; r++)
        g_assert_cmpuint (g_strv_length (g_ptr_array_index (rows, r)), ==,
                          g_strv_length (g_ptr_array_index (rows, 0)));
    }
  g_assert_cmpint (hearth_export_list_type ("pets"), ==, G_TYPE_INVALID);

  /* People: a name with a comma, quotes and a line break, and a non-ASCII one. */
  {
    g_autoptr(HearthRecord) eve = NULL;
    g_autoptr(GPtrArray) people = NULL;
    g_autofree char *csv = NULL;
    g_autoptr(GPtrArray) rows = NULL;
    g_autoptr(GFile) file = NULL;
    g_autofree char *path = g_build_filename (d->base.dir, "people.csv", NULL);
    g_autofree char *written = NULL;
    HearthPerson *gus = NULL;

    people = hearth_export_load_list (scheme, HEARTH_TYPE_PERSON, FALSE, &error);
    for (guint i = 0; i < people->len; i++)
      if (hearth_record_get_id (g_ptr_array_index (people, i)) == d->gus)
        gus = g_ptr_array_index (people, i);
    g_object_set (gus, "preferred-name", "Gus \"Big G\", Jr", "area", "North\nWard", NULL);
    g_assert_true (hearth_scheme_update (scheme, HEARTH_RECORD (gus), &error));
    g_assert_no_error (error);

    file = g_file_new_for_path (path);
    g_assert_true (hearth_export_csv_to_file (scheme, HEARTH_TYPE_PERSON, people, file, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (path, &written, NULL, &error));
    rows = parse_csv (written);
    for (guint r = 1; r < rows->len; r++)
      {
        const char *id = column (rows, r, "ID");

        if (g_ascii_strtoll (id, NULL, 10) == d->gus)
          {
            g_assert_cmpstr (column (rows, r, "Name"), ==, "Gus \"Big G\", Jr Obi");
            g_assert_cmpstr (column (rows, r, "Area"), ==, "North\nWard");
            g_assert_cmpstr (column (rows, r, "Status"), ==, "Referred");
            g_assert_cmpstr (column (rows, r, "Risk review due"), ==, "2026-11-01");
          }
        if (g_str_equal (column (rows, r, "Last name"), "Øster"))
          {
            g_assert_cmpstr (column (rows, r, "Name"), ==, "Eve Øster");
            g_assert_cmpstr (column (rows, r, "Funding"), ==, "Council social care");
          }
      }
  }
}

static void
test_export_reviews_and_arrangements (Dashboard     *d,
                                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reviews = hearth_export_load_list (d->base.scheme, HEARTH_TYPE_REVIEW, FALSE,
                                                          &error);
  g_autoptr(GPtrArray) arrangements = hearth_export_load_list (d->base.scheme,
                                                               HEARTH_TYPE_ARRANGEMENT, FALSE,
                                                               &error);
  g_autofree char *csv = hearth_export_csv (d->base.scheme, HEARTH_TYPE_REVIEW, reviews, &error);
  g_autofree char *acsv = hearth_export_csv (d->base.scheme, HEARTH_TYPE_ARRANGEMENT, arrangements,
                                             &error);
  g_autoptr(GPtrArray) rows = parse_csv (csv);
  g_autoptr(GPtrArray) arows = parse_csv (acsv);
  guint overdue = 0, held = 0;

  for (guint r = 1; r < rows->len; r++)
    {
      if (g_ascii_strtoll (column (rows, r, "ID"), NULL, 10) == d->ann_review)
        {
          g_assert_cmpstr (column (rows, r, "Review of"), ==, "Ann Lee with Sam Carter");
          g_assert_cmpstr (column (rows, r, "Due"), ==, "2026-08-12");
        }
      overdue += g_str_equal (column (rows, r, "State"), "Overdue");
      held += g_str_equal (column (rows, r, "State"), "Held");
    }
  /* Ann's and Ivy's; held: Eve's, and Fay's twice. */
  g_assert_cmpuint (overdue, ==, 2);
  g_assert_cmpuint (held, ==, 3);

  for (guint r = 1; r < arows->len; r++)
    if (g_ascii_strtoll (column (arows, r, "ID"), NULL, 10) == d->ivy_arrangement)
      {
        g_assert_cmpstr (column (arows, r, "Weekly fee (£)"), ==, "700.00");
        g_assert_cmpstr (column (arows, r, "Emergency"), ==, "Yes");
        g_assert_cmpstr (column (arows, r, "Funding"), ==, "NHS Continuing Healthcare");
      }
}

/* The report's figures against the fixture, counted by hand. */
static void
test_report (Dashboard     *d,
             gconstpointer  data)
{
  g_autoptr(HearthRecord) ann = hearth_scheme_load (d->base.scheme, HEARTH_TYPE_REVIEW,
                                                    d->ann_review, NULL);
  g_autoptr(HearthSchemeReport) year = NULL;
  g_autoptr(HearthSchemeReport) autumn = NULL;
  g_autoptr(HearthSchemeReport) bad = NULL;
  g_autoptr(GError) error = NULL;

  /* Ann's review, due 2026-08-12, held late today. */
  g_object_set (ann, "held-on", HEARTH_TEST_TODAY, "reviewer", "Hana Ito",
                "reviewer-is-care-manager", TRUE, "person-views", "Better now.", NULL);
  g_assert_true (hearth_scheme_record_review (d->base.scheme, HEARTH_REVIEW (ann), NULL, NULL,
                                              &error));

  year = hearth_scheme_report_new (d->base.scheme, "2026-01-01", HEARTH_TEST_TODAY, &error);
  g_assert_no_error (error);
  /* Sam, Nia and Olu enquired on 2026-01-05, source not recorded; approved 2026-05-20. */
  g_assert_cmpint (year->enquiries, ==, 3);
  g_assert_cmpuint (year->enquiries_by_source->len, ==, 1);
  g_assert_cmpstr (g_array_index (year->enquiries_by_source, HearthSourceCount, 0).name, ==,
                   "Not recorded");
  g_assert_cmpint (year->approved, ==, 3);
  g_assert_cmpint (year->withdrawn, ==, 0);
  /* Ann, Fay, Ivy long-term; Dev short breaks; Eve day support; none ended. */
  g_assert_cmpint (year->started, ==, 5);
  g_assert_cmpint (hearth_tally_get (year->started_by_type, "long-term"), ==, 3);
  g_assert_cmpint (year->ended, ==, 0);
  /* On time: Fay's two and Eve's; late: Ann's. Overdue today: Ivy's alone. */
  g_assert_cmpint (year->reviews_on_time, ==, 3);
  g_assert_cmpint (year->reviews_late, ==, 1);
  g_assert_cmpint (year->reviews_overdue, ==, 1);
  g_assert_cmpint (year->at_end->current_arrangements, ==, 5);
  g_assert_cmpint (year->at_end->weekly_fee_pence, ==, 330000);
  g_assert_cmpint (share_of (year->outcomes, "friends")->answered, ==, 2);

  /* To 31 October: Fay's two on time; Ann's (held after) and Ivy's overdue then. */
  autumn = hearth_scheme_report_new (d->base.scheme, "2026-01-01", "2026-10-31", &error);
  g_assert_cmpint (autumn->reviews_on_time, ==, 2);
  g_assert_cmpint (autumn->reviews_late, ==, 0);
  g_assert_cmpint (autumn->reviews_overdue, ==, 2);
  /* Eve started 2026-11-10: not yet on 31 October. */
  g_assert_cmpint (autumn->started, ==, 4);
  g_assert_cmpint (autumn->at_end->current_arrangements, ==, 4);

  bad = hearth_scheme_report_new (d->base.scheme, "2026-12-01", "2026-01-01", &error);
  g_assert_null (bad);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
}

#define ADD(path, func) \
  g_test_add (path, SchemeFixture, NULL, scheme_fixture_set_up, func, scheme_fixture_tear_down)
#define ADD_DASHBOARD(path, func) \
  g_test_add (path, Dashboard, NULL, dashboard_set_up, func, dashboard_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reviews/policy/defaults", test_policy_defaults);
  g_test_add_func ("/reviews/policy/month-ends-leap-years", test_policy_month_ends_and_leap_years);
  ADD ("/reviews/policy/scheme-settings", test_policy_from_scheme_settings);
  g_test_add_func ("/reviews/state", test_review_state);
  g_test_add_func ("/reviews/summary-search", test_summary_search);
  g_test_add_func ("/reviews/rules/views-and-advocate", test_views_and_advocate);
  ADD ("/reviews/rules/refused-writes-nothing", test_refused_review_writes_nothing);
  ADD_DASHBOARD ("/reviews/dashboard/needs-attention", test_needs_attention);
  ADD_DASHBOARD ("/reviews/dashboard/held-review-clears", test_held_review_clears);
  ADD_DASHBOARD ("/reviews/dashboard/complete-action", test_complete_action);
  ADD_DASHBOARD ("/reviews/dashboard/scheme-today", test_scheme_today);
  ADD_DASHBOARD ("/reviews/dashboard/outcomes", test_outcomes);
  g_test_add_func ("/reviews/csv/quoting", test_csv_quoting);
  ADD_DASHBOARD ("/reviews/export/lists", test_export_lists);
  ADD_DASHBOARD ("/reviews/export/reviews-and-arrangements", test_export_reviews_and_arrangements);
  ADD_DASHBOARD ("/reviews/report", test_report);

  return g_test_run ();
}
