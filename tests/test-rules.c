/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-rules.c: every rule Hearth enforces, with the input that breaks it and the input that
 * satisfies it, through the same core calls the window and hearth-cli make. */

#define G_LOG_DOMAIN "test-rules"

#include "config.h"

#include "hearth-test-util.h"

static void
test_person_age (SchemeFixture *f,
                 gconstpointer  data)
{
  g_autoptr(HearthPerson) young = hearth_person_new ();
  g_autoptr(HearthPerson) sixteen = hearth_person_new ();
  g_autoptr(GError) error = NULL;

  /* Fifteen on the day of referral: one day short of sixteen. */
  g_object_set (young, "first-name", "Jaden", "last-name", "Okafor",
                "date-of-birth", "2010-03-04", "referral-date", "2026-03-03", NULL);
  g_assert_false (hearth_scheme_add_person (f->scheme, young, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_TOO_YOUNG);
  g_assert_nonnull (strstr (error->message, "Jaden Okafor was 15 at referral"));
  g_assert_cmpint (hearth_record_get_id (HEARTH_RECORD (young)), ==, 0);
  g_assert_cmpint (test_count_rows (f->scheme, HEARTH_TYPE_PERSON), ==, 0);
  g_clear_error (&error);

  /* Sixteen that very day is old enough. */
  g_object_set (sixteen, "first-name", "Jaden", "last-name", "Okafor",
                "date-of-birth", "2010-03-03", "referral-date", "2026-03-03", NULL);
  g_assert_true (hearth_scheme_add_person (f->scheme, sixteen, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_person_get_status (sixteen), ==, "referred");
}

static void
test_person_age_leap_day (SchemeFixture *f,
                          gconstpointer  data)
{
  g_autoptr(HearthPerson) person = hearth_person_new ();
  g_autoptr(GError) error = NULL;

  /* Born on 29 February 2008: still fifteen on 28 February 2024... */
  g_object_set (person, "first-name", "Leap", "last-name", "Day",
                "date-of-birth", "2008-02-29", "referral-date", "2024-02-28", NULL);
  g_assert_false (hearth_scheme_add_person (f->scheme, person, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_TOO_YOUNG);
  g_clear_error (&error);

  /* ...and sixteen on the 29th. */
  g_object_set (person, "referral-date", "2024-02-29", NULL);
  g_assert_true (hearth_scheme_add_person (f->scheme, person, &error));
  g_assert_no_error (error);
}

static void
test_risk_assessment_needs_review_date (SchemeFixture *f,
                                        gconstpointer  data)
{
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Ruth", "Adeyemi");
  g_autoptr(GError) error = NULL;

  g_object_set (person, "risk-assessed-on", "2026-05-01", NULL);
  g_assert_false (hearth_scheme_update (f->scheme, HEARTH_RECORD (person), &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_RISK_REVIEW_DATE);
  g_assert_nonnull (strstr (error->message, "needs a next review date"));
  g_clear_error (&error);

  g_object_set (person, "risk-review-due", "2026-04-01", NULL);
  g_assert_false (hearth_scheme_update (f->scheme, HEARTH_RECORD (person), &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_RISK_REVIEW_DATE);
  g_clear_error (&error);

  g_object_set (person, "risk-review-due", "2026-11-01", NULL);
  g_assert_true (hearth_scheme_update (f->scheme, HEARTH_RECORD (person), &error));
  g_assert_no_error (error);

  /* Overdue is shown: today is after the review date. */
  g_assert_true (hearth_rules_risk_review_overdue (person, HEARTH_TEST_TODAY));
  g_assert_false (hearth_rules_risk_review_overdue (person, "2026-10-31"));
}

static void
test_arrangement_needs_approved_carer (SchemeFixture *f,
                                       gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = test_add_carer (f->scheme, "Sam", "Carter");
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Mariam", "Haddad");
  g_autoptr(HearthArrangement) arrangement = hearth_arrangement_new ();
  g_autoptr(HearthTrial) trial = NULL;
  g_autoptr(GError) error = NULL;

  /* No trial with a carer who is still an enquiry. */
  trial = hearth_scheme_propose_trial (f->scheme, person, carer, "long-term", NULL, NULL, &error);
  g_assert_null (trial);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_APPROVED);
  g_assert_nonnull (strstr (error->message, "Sam Carter is not an approved carer"));
  g_clear_error (&error);

  /* Nor an emergency placement. */
  g_object_set (arrangement, "person-id", hearth_record_get_id (HEARTH_RECORD (person)),
                "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)),
                "arrangement-type", "long-term", "emergency", TRUE,
                "manager-approved-by", "Grace Mensah", "start-date", "2026-11-01",
                "funding-route", "council", "weekly-fee-pence", (gint64) 65000, NULL);
  g_assert_false (hearth_scheme_start_arrangement (f->scheme, arrangement, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_APPROVED);
  g_assert_cmpint (test_count_rows (f->scheme, HEARTH_TYPE_ARRANGEMENT), ==, 0);
}

static void
test_arrangement_type_must_be_approved (SchemeFixture *f,
                                        gconstpointer  data)
{
  HearthApprovalTerms terms = { FALSE, TRUE, FALSE, FALSE, 2 };
  g_autoptr(HearthCarer) carer = test_add_carer (f->scheme, "Priya", "Nair");
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Tom", "Bright");
  g_autoptr(HearthTrial) trial = NULL;
  g_autoptr(GError) error = NULL;
  static const char *stages[] = {
    "initial-visit", "application", "assessment", "preparation", "ready-for-panel",
  };

  test_complete_checklist (f->scheme, carer);
  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    {
      hearth_scheme_move_carer (f->scheme, carer, stages[i], "2026-05-01", NULL, &error);
      g_assert_no_error (error);
    }
  hearth_scheme_approve_carer (f->scheme, carer, &terms, "2026-05-02", NULL, &error);
  g_assert_no_error (error);

  trial = hearth_scheme_propose_trial (f->scheme, person, carer, "day-support", NULL, NULL, &error);
  g_assert_null (trial);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_APPROVED_FOR_TYPE);
  g_assert_cmpstr (error->message, ==, "Priya Nair is not approved for Day support.");
  g_clear_error (&error);

  trial = hearth_scheme_propose_trial (f->scheme, person, carer, "short-breaks", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (trial);
  g_assert_cmpstr (hearth_person_get_status (person), ==, "in-trial");
}

static void
test_approval_terms (SchemeFixture *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (hearth_rules_check_approval_terms (0, TRUE, FALSE, FALSE, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_APPROVAL_TERMS);
  g_clear_error (&error);
  g_assert_false (hearth_rules_check_approval_terms (4, TRUE, FALSE, FALSE, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_APPROVAL_TERMS);
  g_assert_cmpstr (error->message, ==, "A carer is approved for 1, 2 or 3 people, not 4.");
  g_clear_error (&error);
  g_assert_false (hearth_rules_check_approval_terms (2, FALSE, FALSE, FALSE, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_APPROVAL_TERMS);
  g_clear_error (&error);
  g_assert_true (hearth_rules_check_approval_terms (3, FALSE, FALSE, TRUE, &error));
  g_assert_no_error (error);
}

static void
test_ready_for_panel_needs_checklist (SchemeFixture *f,
                                      gconstpointer  data)
{
  static const char *stages[] = {
    "initial-visit", "application", "assessment", "preparation",
  };
  g_autoptr(HearthCarer) carer = test_add_carer (f->scheme, "Owen", "Price");
  g_autoptr(HearthCarerCheck) reference = hearth_carer_check_new ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    {
      hearth_scheme_move_carer (f->scheme, carer, stages[i], "2026-03-01", NULL, &error);
      g_assert_no_error (error);
    }

  g_object_set (reference, "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)),
                "kind", "reference", "completed-on", "2026-02-01", NULL);
  hearth_scheme_insert (f->scheme, HEARTH_RECORD (reference), &error);
  g_assert_no_error (error);

  g_assert_false (hearth_scheme_move_carer (f->scheme, carer, "ready-for-panel", NULL, NULL,
                                            &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_STAGE);
  g_assert_cmpstr (error->message, ==,
                   "Owen Price cannot be marked ready for panel yet. Still missing: the "
                   "application, a second reference, an enhanced DBS check, the home health "
                   "and safety check, every household member’s agreement, preparation "
                   "training, the assessment report.");
  g_assert_cmpstr (hearth_carer_get_stage (carer), ==, "preparation");
  g_clear_error (&error);

  test_complete_checklist (f->scheme, carer);
  g_assert_true (hearth_scheme_move_carer (f->scheme, carer, "ready-for-panel", NULL, NULL,
                                           &error));
  g_assert_no_error (error);
}

static void
test_each_checklist_item_blocks_panel (SchemeFixture *f,
                                       gconstpointer  data)
{
  static const char *kinds[] = {
    "application", "reference", "dbs", "home-safety", "household-agreement",
    "preparation-training", "assessment-report",
  };

  for (guint skip = 0; skip < G_N_ELEMENTS (kinds); skip++)
    {
      g_autoptr(HearthCarer) carer = test_add_carer (f->scheme, "Skip", kinds[skip]);
      g_autoptr(GPtrArray) missing = NULL;
      g_autoptr(GError) error = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
        {
          g_autoptr(HearthCarerCheck) check = hearth_carer_check_new ();

          if (i == skip)
            continue;
          g_object_set (check, "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)),
                        "kind", kinds[i], "completed-on", "2026-02-01", NULL);
          hearth_scheme_insert (f->scheme, HEARTH_RECORD (check), &error);
          g_assert_no_error (error);
        }

      missing = hearth_scheme_missing_for_panel (f->scheme, carer, &error);
      g_assert_no_error (error);
      /* A single reference is also missing whenever references are not the one skipped. */
      g_assert_cmpuint (missing->len, ==, g_str_equal (kinds[skip], "reference") ? 1 : 2);
    }
}

static void
test_expired_dbs_does_not_count (SchemeFixture *f,
                                 gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = test_add_carer (f->scheme, "Ada", "Lovell");
  g_autoptr(HearthCarerCheck) dbs = hearth_carer_check_new ();
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (dbs, "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)), "kind", "dbs",
                "completed-on", "2023-01-01", "expires-on", "2026-01-01", NULL);
  hearth_scheme_insert (f->scheme, HEARTH_RECORD (dbs), &error);
  g_assert_no_error (error);

  missing = hearth_scheme_missing_for_panel (f->scheme, carer, &error);
  g_assert_no_error (error);
  g_assert_true (g_ptr_array_find_with_equal_func (missing, "an enhanced DBS check",
                                                   g_str_equal, NULL));
}

static void
test_checklist_judged_on_move_date (SchemeFixture *f,
                                    gconstpointer  data)
{
  static const char *kinds[] = {
    "application", "reference", "reference", "home-safety", "household-agreement",
    "preparation-training", "assessment-report",
  };
  static const char *stages[] = { "initial-visit", "application", "assessment", "preparation" };
  g_autoptr(HearthCarer) carer = test_add_carer (f->scheme, "Past", "Dated");
  g_autoptr(HearthCarerCheck) dbs = hearth_carer_check_new ();
  g_autoptr(HearthCarer) again = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(HearthCarerCheck) check = hearth_carer_check_new ();

      g_object_set (check, "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)),
                    "kind", kinds[i], "completed-on", "2026-02-01", NULL);
      hearth_scheme_insert (f->scheme, HEARTH_RECORD (check), &error);
      g_assert_no_error (error);
    }
  /* A DBS check that was valid in the spring and has expired since. */
  g_object_set (dbs, "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)), "kind", "dbs",
                "completed-on", "2023-06-01", "expires-on", "2026-06-01", NULL);
  hearth_scheme_insert (f->scheme, HEARTH_RECORD (dbs), &error);
  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    hearth_scheme_move_carer (f->scheme, carer, stages[i], "2026-03-01", NULL, &error);
  g_assert_no_error (error);

  /* Today the DBS check has expired, so the carer is not ready... */
  again = HEARTH_CARER (hearth_record_copy (HEARTH_RECORD (carer)));
  g_assert_false (hearth_scheme_move_carer (f->scheme, again, "ready-for-panel", NULL, NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_STAGE);
  g_assert_nonnull (strstr (error->message, "an enhanced DBS check"));
  g_clear_error (&error);

  /* ...but a move recorded for May, while it was valid, stands. */
  g_assert_true (hearth_scheme_move_carer (f->scheme, carer, "ready-for-panel", "2026-05-01",
                                           NULL, &error));
  g_assert_no_error (error);
}

static void
test_stage_moves (SchemeFixture *f,
                  gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = test_add_carer (f->scheme, "Lena", "Kowalski");
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;

  /* Skipping a stage is refused and names the next one. */
  g_assert_false (hearth_scheme_move_carer (f->scheme, carer, "assessment", NULL, NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_STAGE);
  g_assert_nonnull (strstr (error->message, "the next stage is “Initial visit”"));
  g_clear_error (&error);

  /* Approval comes only from the panel's decision. */
  g_assert_false (hearth_scheme_move_carer (f->scheme, carer, "approved", NULL, NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_STAGE);
  g_clear_error (&error);

  /* Moving out of the flow needs a reason; with one it is recorded. */
  g_assert_false (hearth_scheme_move_carer (f->scheme, carer, "withdrawn", NULL, "  ", &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_ARCHIVE_REASON);
  g_clear_error (&error);
  g_assert_true (hearth_scheme_move_carer (f->scheme, carer, "withdrawn", "2026-02-01",
                                           "Moving abroad", &error));
  g_assert_no_error (error);

  /* A move in the future is refused. */
  g_assert_false (hearth_scheme_move_carer (f->scheme, carer, "enquiry", "2027-01-01",
                                            "Came back", &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);

  history = hearth_scheme_load_related (f->scheme, HEARTH_TYPE_STAGE_CHANGE, "carer-id",
                                        hearth_record_get_id (HEARTH_RECORD (carer)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_cmpstr (hearth_stage_change_get_to_stage (g_ptr_array_index (history, 1)), ==,
                   "withdrawn");
  g_assert_cmpstr (hearth_stage_change_get_note (g_ptr_array_index (history, 1)), ==,
                   "Moving abroad");
  g_assert_cmpstr (hearth_stage_change_get_changed_by (g_ptr_array_index (history, 1)), ==,
                   "Test Coordinator");
}

static void
test_capacity_three (SchemeFixture *f,
                     gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = test_approved_carer (f->scheme, "Sam", "Carter", 3, FALSE);
  g_autoptr(GError) error = NULL;
  const char *names[] = { "Ann", "Ben", "Cal", "Dee" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(HearthPerson) person = test_add_person (f->scheme, names[i], "Example");
      g_autoptr(HearthTrial) trial = test_agreed_trial (f->scheme, person, carer, "long-term");
      gboolean ok = test_start_from_trial (f->scheme, trial, "2026-07-01", NULL, &error);

      if (i < 3)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NO_PLACE_FREE);
          g_assert_cmpstr (error->message, ==,
                           "Sam Carter already supports 3 people; a carer supports at most "
                           "3 people at once.");
        }
    }

  g_assert_cmpint (test_count_rows (f->scheme, HEARTH_TYPE_ARRANGEMENT), ==, 3);
  g_assert_cmpint (hearth_scheme_count_people_at_once (f->scheme,
                                                       hearth_record_get_id (HEARTH_RECORD (carer)),
                                                       HEARTH_TEST_TODAY, NULL, &error), ==, 3);
}

static void
test_capacity_own_number_and_dates (SchemeFixture *f,
                                    gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = test_approved_carer (f->scheme, "Priya", "Nair", 1, FALSE);
  g_autoptr(HearthPerson) first = test_add_person (f->scheme, "First", "Person");
  g_autoptr(HearthPerson) second = test_add_person (f->scheme, "Second", "Person");
  g_autoptr(HearthTrial) trial1 = test_agreed_trial (f->scheme, first, carer, "short-breaks");
  g_autoptr(HearthTrial) trial2 = test_agreed_trial (f->scheme, second, carer, "short-breaks");
  g_autoptr(HearthArrangement) arrangement = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (test_start_from_trial (f->scheme, trial1, "2026-07-01", &arrangement, &error));
  g_assert_no_error (error);

  /* Approved for one person: a second at the same time is refused. */
  g_assert_false (test_start_from_trial (f->scheme, trial2, "2026-08-01", NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NO_PLACE_FREE);
  g_assert_cmpstr (error->message, ==,
                   "Priya Nair already supports 1 of the 1 person they are approved for.");
  g_clear_error (&error);

  /* Back to back: the first ends on 1 September, the second starts that day. */
  g_assert_true (hearth_scheme_end_arrangement (f->scheme, arrangement, "2026-09-01",
                                                "ended-by-person", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (test_start_from_trial (f->scheme, trial2, "2026-09-01", NULL, &error));
  g_assert_no_error (error);
}

static void
test_capacity_counts_only_overlap (SchemeFixture *f,
                                   gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = test_approved_carer (f->scheme, "Kofi", "Mensah", 1, FALSE);
  g_autoptr(HearthPerson) early = test_add_person (f->scheme, "Early", "Person");
  g_autoptr(HearthPerson) later = test_add_person (f->scheme, "Later", "Person");
  g_autoptr(HearthTrial) trial1 = test_agreed_trial (f->scheme, early, carer, "day-support");
  g_autoptr(HearthTrial) trial2 = test_agreed_trial (f->scheme, later, carer, "day-support");
  g_autoptr(HearthArrangement) arrangement = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = hearth_record_get_id (HEARTH_RECORD (carer));

  g_assert_true (test_start_from_trial (f->scheme, trial1, "2026-07-01", &arrangement, &error));
  hearth_scheme_end_arrangement (f->scheme, arrangement, "2026-07-31", "needs-changed", NULL,
                                 &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_scheme_count_people_at_once (f->scheme, id, "2026-07-30", NULL, NULL), ==, 1);
  g_assert_cmpint (hearth_scheme_count_people_at_once (f->scheme, id, "2026-07-31", NULL, NULL), ==, 0);
  g_assert_cmpint (hearth_scheme_count_people_at_once (f->scheme, id, "2026-06-01", "2026-07-01", NULL), ==, 0);
  g_assert_cmpint (hearth_scheme_count_people_at_once (f->scheme, id, "2026-06-01", "2026-07-02", NULL), ==, 1);

  /* A later arrangement after the first ended fits in the single place. */
  g_assert_true (test_start_from_trial (f->scheme, trial2, "2026-08-15", NULL, &error));
  g_assert_no_error (error);
  {
    g_autoptr(HearthRecord) saved = hearth_scheme_load (f->scheme, HEARTH_TYPE_PERSON,
                                                        hearth_record_get_id (HEARTH_RECORD (early)),
                                                        NULL);

    g_assert_cmpstr (hearth_person_get_status (HEARTH_PERSON (saved)), ==, "matching");
  }
}

static void
test_emergency_needs_emergency_carer (SchemeFixture *f,
                                      gconstpointer  data)
{
  g_autoptr(HearthCarer) ordinary = test_approved_carer (f->scheme, "Ordinary", "Carer", 2, FALSE);
  g_autoptr(HearthCarer) trained = test_approved_carer (f->scheme, "Trained", "Carer", 2, TRUE);
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Urgent", "Need");
  g_autoptr(HearthArrangement) arrangement = hearth_arrangement_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthRecord) saved = NULL;

  g_object_set (arrangement, "person-id", hearth_record_get_id (HEARTH_RECORD (person)),
                "carer-id", hearth_record_get_id (HEARTH_RECORD (ordinary)),
                "arrangement-type", "short-breaks", "emergency", TRUE,
                "start-date", "2026-11-02", "funding-route", "council",
                "weekly-fee-pence", (gint64) 70000, NULL);

  /* Without the registered manager's approval... */
  g_object_set (arrangement, "carer-id", hearth_record_get_id (HEARTH_RECORD (trained)), NULL);
  g_assert_false (hearth_scheme_start_arrangement (f->scheme, arrangement, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "registered manager"));
  g_clear_error (&error);

  /* ...and with a carer who is not emergency-approved. */
  g_object_set (arrangement, "manager-approved-by", "Grace Mensah",
                "carer-id", hearth_record_get_id (HEARTH_RECORD (ordinary)), NULL);
  g_assert_false (hearth_scheme_start_arrangement (f->scheme, arrangement, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_EMERGENCY_APPROVED);
  g_assert_cmpstr (error->message, ==,
                   "Ordinary Carer is not approved and trained for emergency placements.");
  g_clear_error (&error);

  g_object_set (arrangement, "carer-id", hearth_record_get_id (HEARTH_RECORD (trained)), NULL);
  g_assert_true (hearth_scheme_start_arrangement (f->scheme, arrangement, &error));
  g_assert_no_error (error);

  /* Three months at most, a planning meeting within 10 working days, review in 4 weeks. */
  g_assert_cmpstr (hearth_arrangement_get_planned_end (arrangement), ==, "2027-02-02");
  g_assert_cmpstr (hearth_arrangement_get_planning_meeting_due (arrangement), ==, "2026-11-16");
  g_assert_cmpstr (hearth_arrangement_get_first_review_due (arrangement), ==, "2026-11-30");
  saved = hearth_scheme_load (f->scheme, HEARTH_TYPE_PERSON,
                              hearth_record_get_id (HEARTH_RECORD (person)), &error);
  g_assert_cmpstr (hearth_person_get_status (HEARTH_PERSON (saved)), ==, "in-arrangement");
}

static HearthArrangement *
emergency_for (HearthPerson *person,
               HearthCarer  *carer,
               const char   *type,
               const char   *start)
{
  HearthArrangement *arrangement = hearth_arrangement_new ();

  g_object_set (arrangement, "person-id", hearth_record_get_id (HEARTH_RECORD (person)),
                "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)),
                "arrangement-type", type, "emergency", TRUE, "start-date", start,
                "funding-route", "council", "weekly-fee-pence", (gint64) 70000,
                "manager-approved-by", "Grace Mensah", NULL);
  return arrangement;
}

/* A person is in at most one long-term or emergency arrangement at a time: not two
 * emergencies with the same carer, nor an emergency beside a long-term one. Short breaks
 * are time away and may overlap; once one has ended, the next may start that day. */
static void
test_one_home_at_a_time (SchemeFixture *f,
                         gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = test_approved_carer (f->scheme, "Trained", "Carer", 3, TRUE);
  g_autoptr(HearthCarer) other = test_approved_carer (f->scheme, "Other", "Carer", 3, TRUE);
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Urgent", "Need");
  g_autoptr(HearthArrangement) first = emergency_for (person, carer, "long-term", "2026-11-02");
  g_autoptr(HearthArrangement) again = emergency_for (person, carer, "long-term", "2026-11-02");
  g_autoptr(HearthArrangement) elsewhere = emergency_for (person, other, "short-breaks",
                                                          "2026-11-10");
  g_autoptr(HearthArrangement) respite = NULL;
  g_autoptr(HearthArrangement) next = emergency_for (person, other, "long-term", "2026-11-20");
  g_autoptr(HearthTrial) trial = NULL;
  g_autoptr(HearthArrangement) from_trial = NULL;
  g_autoptr(GPtrArray) theirs = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_scheme_start_arrangement (f->scheme, first, &error));
  g_assert_no_error (error);

  g_assert_false (hearth_scheme_start_arrangement (f->scheme, again, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_ONE_HOME);
  g_assert_cmpstr (error->message, ==,
                   "Urgent Need is already in an emergency arrangement from 2026-11-02; a "
                   "person is in at most one long-term or emergency arrangement at a time. "
                   "End that one first.");
  g_clear_error (&error);
  g_assert_false (hearth_scheme_start_arrangement (f->scheme, elsewhere, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_ONE_HOME);
  g_clear_error (&error);
  g_assert_cmpint (test_count_rows (f->scheme, HEARTH_TYPE_ARRANGEMENT), ==, 1);

  /* Nor from an agreed trial while the emergency lasts. */
  trial = test_agreed_trial (f->scheme, person, other, "long-term");
  g_assert_false (test_start_from_trial (f->scheme, trial, "2026-11-12", &from_trial, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_ONE_HOME);
  g_clear_error (&error);

  /* A short break, not an emergency, is time away from home. */
  respite = emergency_for (person, other, "short-breaks", "2026-11-12");
  g_object_set (respite, "emergency", FALSE, NULL);
  theirs = hearth_scheme_load_related (f->scheme, HEARTH_TYPE_ARRANGEMENT, "person-id",
                                       hearth_record_get_id (HEARTH_RECORD (person)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (theirs->len, ==, 1);
  g_assert_true (hearth_rules_check_one_home (person, respite, theirs, &error));
  g_assert_no_error (error);
  g_assert_false (hearth_rules_check_one_home (person, next, theirs, NULL));

  g_assert_true (hearth_scheme_end_arrangement (f->scheme, first, "2026-11-20", "emergency-ended",
                                                NULL, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_scheme_start_arrangement (f->scheme, next, &error));
  g_assert_no_error (error);
  g_assert_cmpint (test_count_rows (f->scheme, HEARTH_TYPE_ARRANGEMENT), ==, 2);
}

static void
test_trial_needs_both_yeses (SchemeFixture *f,
                             gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = test_approved_carer (f->scheme, "Nia", "Roberts", 2, FALSE);
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Dev", "Patel");
  g_autoptr(HearthTrial) trial = NULL;
  g_autoptr(GError) error = NULL;

  trial = hearth_scheme_propose_trial (f->scheme, person, carer, "long-term", "2026-06-01",
                                       NULL, &error);
  g_assert_no_error (error);

  g_assert_false (test_start_from_trial (f->scheme, trial, "2026-07-01", NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_TRIAL_NOT_AGREED);
  g_assert_nonnull (strstr (error->message, "Neither the person nor the carer"));
  g_clear_error (&error);

  hearth_scheme_decide_trial (f->scheme, trial, HEARTH_SIDE_CARER, TRUE, NULL, "2026-06-10", &error);
  g_assert_no_error (error);
  g_assert_false (test_start_from_trial (f->scheme, trial, "2026-07-01", NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_TRIAL_NOT_AGREED);
  g_assert_nonnull (strstr (error->message, "The person has not said yes yet"));
  g_clear_error (&error);

  /* Recording the same side twice is refused. */
  g_assert_false (hearth_scheme_decide_trial (f->scheme, trial, HEARTH_SIDE_CARER, FALSE, NULL,
                                              NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_TRIAL_STATE);
  g_clear_error (&error);

  hearth_scheme_decide_trial (f->scheme, trial, HEARTH_SIDE_PERSON, TRUE, "Yes please", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_trial_get_outcome (trial), ==, "agreed");
  g_assert_true (test_start_from_trial (f->scheme, trial, "2026-11-01", NULL, &error));
  g_assert_no_error (error);

  /* The same trial cannot start a second arrangement. */
  g_assert_false (test_start_from_trial (f->scheme, trial, "2026-11-02", NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
}

static void
test_trial_no_returns_to_matching (SchemeFixture *f,
                                   gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = test_approved_carer (f->scheme, "Jo", "Lake", 2, FALSE);
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Ife", "Bello");
  g_autoptr(HearthTrial) trial = NULL;
  g_autoptr(HearthRecord) saved = NULL;
  g_autoptr(GError) error = NULL;

  trial = hearth_scheme_propose_trial (f->scheme, person, carer, "long-term", "2026-06-01",
                                       NULL, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_scheme_advance_trial (f->scheme, trial, "first-meeting", "2026-06-05",
                                              "Tea at the carer's home", &error));

  /* Trials only move on. */
  g_assert_false (hearth_scheme_advance_trial (f->scheme, trial, "portraits-shared", NULL, NULL,
                                               &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_TRIAL_STATE);
  g_clear_error (&error);

  /* A trial period needs its dates. */
  g_assert_false (hearth_scheme_advance_trial (f->scheme, trial, "trial-period", NULL, NULL,
                                               &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_TRIAL_STATE);
  g_clear_error (&error);

  hearth_scheme_decide_trial (f->scheme, trial, HEARTH_SIDE_PERSON, FALSE,
                              "It was too far from my friends.", "2026-06-12", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_trial_get_outcome (trial), ==, "declined-by-person");
  g_assert_cmpstr (hearth_trial_get_closed_reason (trial), ==, "It was too far from my friends.");

  saved = hearth_scheme_load (f->scheme, HEARTH_TYPE_PERSON,
                              hearth_record_get_id (HEARTH_RECORD (person)), &error);
  g_assert_cmpstr (hearth_person_get_status (HEARTH_PERSON (saved)), ==, "matching");

  /* Nothing more happens on a closed trial. */
  g_assert_false (hearth_scheme_decide_trial (f->scheme, trial, HEARTH_SIDE_CARER, TRUE, NULL,
                                              NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_TRIAL_STATE);
}

static HearthReview *
first_due_review (HearthScheme *scheme,
                  gint64        arrangement_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reviews = hearth_scheme_load_related (scheme, HEARTH_TYPE_REVIEW,
                                                              "arrangement-id", arrangement_id,
                                                              &error);

  g_assert_no_error (error);
  g_assert_cmpuint (reviews->len, >=, 1);
  return g_object_ref (g_ptr_array_index (reviews, 0));
}

static void
test_review_rules (SchemeFixture *f,
                   gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = test_approved_carer (f->scheme, "Sam", "Carter", 3, FALSE);
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Ann", "Lee");
  g_autoptr(HearthTrial) trial = test_agreed_trial (f->scheme, person, carer, "long-term");
  g_autoptr(HearthArrangement) arrangement = NULL;
  g_autoptr(HearthReview) review = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (test_start_from_trial (f->scheme, trial, "2026-07-01", &arrangement, &error));
  g_assert_cmpstr (hearth_arrangement_get_first_review_due (arrangement), ==, "2026-08-12");
  review = first_due_review (f->scheme, hearth_record_get_id (HEARTH_RECORD (arrangement)));
  g_assert_cmpstr (hearth_review_get_due_on (review), ==, "2026-08-12");

  /* No views from the person: refused. */
  g_object_set (review, "held-on", "2026-08-10", "reviewer", "Hana Ito",
                "reviewer-is-care-manager", TRUE, "person-views", "   ", NULL);
  g_assert_false (hearth_scheme_record_review (f->scheme, review, NULL, NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_REVIEW_VIEWS);
  g_clear_error (&error);

  /* Reviewer is not the care manager and no advocate: refused. */
  g_object_set (review, "person-views", "I like it here, I have my own room.",
                "reviewer-is-care-manager", FALSE, NULL);
  g_assert_false (hearth_scheme_record_review (f->scheme, review, NULL, NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_REVIEW_ADVOCATE);
  g_clear_error (&error);

  g_object_set (review, "advocate-name", "Bea Kim", NULL);
  g_assert_true (hearth_scheme_record_review (f->scheme, review, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_review_get_next_due (review), ==, "2027-02-10");

  reviews = hearth_scheme_load_related (f->scheme, HEARTH_TYPE_REVIEW, "arrangement-id",
                                        hearth_record_get_id (HEARTH_RECORD (arrangement)), &error);
  g_assert_cmpuint (reviews->len, ==, 2);
  g_assert_null (hearth_review_get_held_on (g_ptr_array_index (reviews, 1)));
  g_assert_cmpstr (hearth_review_get_due_on (g_ptr_array_index (reviews, 1)), ==, "2027-02-10");

  /* Recording the same review twice is refused. */
  g_assert_false (hearth_scheme_record_review (f->scheme, review, NULL, NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
}

static void
test_archive_needs_reason (SchemeFixture *f,
                           gconstpointer  data)
{
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Wren", "Hughes");
  g_autoptr(HearthRecord) saved = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (hearth_scheme_archive (f->scheme, HEARTH_RECORD (person), "", &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_ARCHIVE_REASON);
  g_assert_false (hearth_record_is_archived (HEARTH_RECORD (person)));
  g_clear_error (&error);

  g_assert_true (hearth_scheme_archive (f->scheme, HEARTH_RECORD (person), "Moved out of area",
                                        &error));
  g_assert_no_error (error);
  saved = hearth_scheme_load (f->scheme, HEARTH_TYPE_PERSON,
                              hearth_record_get_id (HEARTH_RECORD (person)), &error);
  g_assert_cmpstr (hearth_record_get_string (saved, "archive-reason"), ==, "Moved out of area");
  g_assert_cmpstr (hearth_record_get_string (saved, "archived-at"), ==, HEARTH_TEST_TODAY);

  g_assert_true (hearth_scheme_restore (f->scheme, HEARTH_RECORD (person), &error));
  g_assert_no_error (error);
  g_assert_false (hearth_record_is_archived (HEARTH_RECORD (person)));
}

static void
test_workflow_fields_refused_by_edit (SchemeFixture *f,
                                      gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = test_add_carer (f->scheme, "Edit", "Sneaky");
  g_autoptr(GError) error = NULL;

  g_object_set (carer, "stage", "approved", "approved-places", (gint64) 3, NULL);
  g_assert_false (hearth_scheme_update (f->scheme, HEARTH_RECORD (carer), &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
}

/* The recruitment rules are pure functions of the carer, raised in the same words whether
 * the workflow or a form asks. */
static void
test_carer_move_rules (void)
{
  g_autoptr(HearthCarer) carer = hearth_carer_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (carer, "first-name", "Tess", "last-name", "Rowe", "stage", "enquiry", NULL);
  g_assert_true (hearth_rules_check_carer_move (carer, "initial-visit", NULL, &error));
  g_assert_no_error (error);
  g_assert_false (hearth_rules_check_carer_move (carer, "assessment", NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_STAGE);
  g_assert_cmpstr (error->message, ==,
                   "Tess Rowe is at “Enquiry”; the next stage is “Initial visit”.");
  g_clear_error (&error);
  g_assert_false (hearth_rules_check_carer_move (carer, "withdrawn", " ", &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_ARCHIVE_REASON);
  g_assert_cmpstr (error->message, ==, "Say why Tess Rowe is moving to “Withdrawn”.");
  g_clear_error (&error);

  g_assert_false (hearth_rules_carer_can_go_to_panel (carer));
  g_assert_false (hearth_rules_check_carer_can_go_to_panel (carer, &error));
  g_assert_cmpstr (error->message, ==, "Tess Rowe is at “Enquiry”; only carers in preparation "
                   "or ready for panel go to a panel.");
  g_clear_error (&error);
  g_assert_false (hearth_rules_check_carer_can_be_approved (carer, &error));
  g_assert_cmpstr (error->message, ==, "Tess Rowe is not ready for panel, so cannot be approved "
                   "yet.");
  g_clear_error (&error);

  g_object_set (carer, "stage", "ready-for-panel", NULL);
  g_assert_true (hearth_rules_carer_can_go_to_panel (carer));
  g_assert_true (hearth_rules_check_carer_can_be_approved (carer, &error));
  g_assert_false (hearth_rules_check_carer_move (carer, "approved", NULL, &error));
  g_assert_cmpstr (error->message, ==, "Carers are approved by recording the panel’s decision, "
                   "with the terms of their approval.");
}

/* The end-arrangement dialog tells the coordinator what ending does to the person; the
 * workflow does exactly that. */
static void
test_status_after_ending (SchemeFixture *f,
                          gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = test_approved_carer (f->scheme, "Nia", "Evans", 3, FALSE);
  g_autoptr(HearthCarer) other = test_approved_carer (f->scheme, "Owen", "Price", 3, FALSE);
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Rhys", "Morgan");
  g_autoptr(HearthTrial) trial1 = test_agreed_trial (f->scheme, person, carer, "day-support");
  g_autoptr(HearthTrial) trial2 = test_agreed_trial (f->scheme, person, other, "day-support");
  g_autoptr(HearthArrangement) first = NULL;
  g_autoptr(HearthArrangement) second = NULL;
  g_autoptr(HearthRecord) saved = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (test_start_from_trial (f->scheme, trial1, "2026-07-01", &first, &error));
  g_assert_no_error (error);

  /* Alone, the reason decides; without one, nothing is known yet. */
  g_assert_null (hearth_scheme_status_after_ending (f->scheme, first, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_scheme_status_after_ending (f->scheme, first, "died", &error), ==,
                   "closed");
  g_assert_cmpstr (hearth_scheme_status_after_ending (f->scheme, first, "moved-to-own-home",
                                                      &error), ==, "moved-on");
  g_assert_cmpstr (hearth_scheme_status_after_ending (f->scheme, first, "ended-by-carer",
                                                      &error), ==, "matching");
  g_assert_no_error (error);

  /* With another current arrangement, the person keeps it, whatever the reason. */
  g_assert_true (test_start_from_trial (f->scheme, trial2, "2026-08-01", &second, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_scheme_status_after_ending (f->scheme, first, "moved-to-own-home",
                                                      &error), ==, "in-arrangement");
  g_assert_true (hearth_scheme_end_arrangement (f->scheme, first, "2026-09-01",
                                                "moved-to-own-home", NULL, &error));
  g_assert_no_error (error);
  saved = hearth_scheme_load (f->scheme, HEARTH_TYPE_PERSON,
                              hearth_record_get_id (HEARTH_RECORD (person)), &error);
  g_assert_cmpstr (hearth_person_get_status (HEARTH_PERSON (saved)), ==, "in-arrangement");
  g_clear_object (&saved);

  /* The last one ending: as told. */
  g_assert_cmpstr (hearth_scheme_status_after_ending (f->scheme, second, "moved-to-own-home",
                                                      &error), ==, "moved-on");
  g_assert_true (hearth_scheme_end_arrangement (f->scheme, second, "2026-09-02",
                                                "moved-to-own-home", NULL, &error));
  g_assert_no_error (error);
  saved = hearth_scheme_load (f->scheme, HEARTH_TYPE_PERSON,
                              hearth_record_get_id (HEARTH_RECORD (person)), &error);
  g_assert_cmpstr (hearth_person_get_status (HEARTH_PERSON (saved)), ==, "moved-on");

  /* An open trial keeps the person in it. */
  g_assert_cmpstr (hearth_rules_status_after_ending ("died", 0, 1), ==, "in-trial");
  g_assert_cmpstr (hearth_rules_status_after_ending (NULL, 1, 0), ==, "in-arrangement");
}

#define ADD(path, func) \
  g_test_add (path, SchemeFixture, NULL, scheme_fixture_set_up, func, scheme_fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/rules/person/age", test_person_age);
  ADD ("/rules/person/age-leap-day", test_person_age_leap_day);
  ADD ("/rules/person/risk-review-date", test_risk_assessment_needs_review_date);
  ADD ("/rules/carer/approval-terms", test_approval_terms);
  ADD ("/rules/carer/ready-for-panel", test_ready_for_panel_needs_checklist);
  ADD ("/rules/carer/each-checklist-item", test_each_checklist_item_blocks_panel);
  ADD ("/rules/carer/expired-dbs", test_expired_dbs_does_not_count);
  ADD ("/rules/carer/stage-moves", test_stage_moves);
  ADD ("/rules/carer/checklist-on-move-date", test_checklist_judged_on_move_date);
  ADD ("/rules/carer/workflow-fields", test_workflow_fields_refused_by_edit);
  ADD ("/rules/arrangement/approved-carer", test_arrangement_needs_approved_carer);
  ADD ("/rules/arrangement/approved-type", test_arrangement_type_must_be_approved);
  ADD ("/rules/arrangement/capacity-three", test_capacity_three);
  ADD ("/rules/arrangement/capacity-own-number", test_capacity_own_number_and_dates);
  ADD ("/rules/arrangement/capacity-overlap", test_capacity_counts_only_overlap);
  ADD ("/rules/arrangement/emergency", test_emergency_needs_emergency_carer);
  ADD ("/rules/arrangement/one-home-at-a-time", test_one_home_at_a_time);
  ADD ("/rules/trial/both-yeses", test_trial_needs_both_yeses);
  ADD ("/rules/trial/no-returns-to-matching", test_trial_no_returns_to_matching);
  ADD ("/rules/review/views-and-advocate", test_review_rules);
  ADD ("/rules/archive/reason", test_archive_needs_reason);
  ADD ("/rules/arrangement/status-after-ending", test_status_after_ending);
  g_test_add_func ("/rules/recruitment/carer-moves", test_carer_move_rules);

  return g_test_run ();
}
