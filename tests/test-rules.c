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

/* The rules below are pure functions over records: each is tested without a scheme, with the
 * input that breaks it and the input that passes. */

#define assert_refused(call, code, words) \
  G_STMT_START { \
    g_autoptr(GError) refused = NULL; \
    g_assert_false (call); \
    g_assert_error (refused, HEARTH_ERROR, code); \
    if (strstr (refused->message, words) == NULL) \
      g_error ("“%s” does not say “%s”", refused->message, words); \
  } G_STMT_END

#define assert_allowed(call) \
  G_STMT_START { \
    g_autoptr(GError) refused = NULL; \
    g_assert_true (call); \
    g_assert_no_error (refused); \
  } G_STMT_END

static HearthCarer *
carer_at (const char *stage)
{
  HearthCarer *carer = hearth_carer_new ();

  g_object_set (carer, "first-name", "Mira", "last-name", "Kowalski", "stage", stage, NULL);
  if (g_str_equal (stage, "approved"))
    g_object_set (carer, "approved-long-term", TRUE, "approved-places", (gint64) 2, NULL);
  return carer;
}

static HearthPerson *
person_named (void)
{
  HearthPerson *person = hearth_person_new ();

  g_object_set (person, "first-name", "Tomasz", "last-name", "Bell", NULL);
  return person;
}

static void
test_pure_step_date (void)
{
  assert_refused (hearth_rules_check_step_date ("2026-02-30", HEARTH_TEST_TODAY, NULL, &refused),
                  HEARTH_ERROR_INVALID, "“2026-02-30” is not a date");
  assert_refused (hearth_rules_check_step_date ("2026-11-23", HEARTH_TEST_TODAY, NULL, &refused),
                  HEARTH_ERROR_INVALID, "2026-11-23 is in the future");
  assert_refused (hearth_rules_check_step_date ("2026-05-01", HEARTH_TEST_TODAY, "2026-05-02",
                                                &refused),
                  HEARTH_ERROR_INVALID, "cannot be dated before the previous one");
  assert_allowed (hearth_rules_check_step_date ("2026-05-02", HEARTH_TEST_TODAY, "2026-05-02",
                                                &refused));
  assert_allowed (hearth_rules_check_step_date (HEARTH_TEST_TODAY, HEARTH_TEST_TODAY, NULL,
                                                &refused));
}

static void
test_pure_recruitment (void)
{
  g_autoptr(HearthCarer) preparing = carer_at ("preparation");
  g_autoptr(HearthCarer) assessed = carer_at ("assessment");
  g_autoptr(GPtrArray) missing = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (missing, g_strdup ("two references"));
  g_ptr_array_add (missing, g_strdup ("the assessment report"));
  assert_refused (hearth_rules_check_nothing_missing_for_panel (preparing, missing, &refused),
                  HEARTH_ERROR_STAGE,
                  "Mira Kowalski cannot be marked ready for panel yet. Still missing: "
                  "two references, the assessment report.");
  g_assert_cmpuint (missing->len, ==, 2);
  g_ptr_array_set_size (missing, 0);
  assert_allowed (hearth_rules_check_nothing_missing_for_panel (preparing, missing, &refused));

  assert_refused (hearth_rules_check_stage_has_target ("approved", &refused),
                  HEARTH_ERROR_INVALID, "“approved” is not a stage of recruitment with a target");
  assert_allowed (hearth_rules_check_stage_has_target ("assessment", &refused));
  assert_refused (hearth_rules_check_stage_target ("on-hold", 30, &refused),
                  HEARTH_ERROR_INVALID, "“on-hold” is not a stage of recruitment");
  assert_refused (hearth_rules_check_stage_target ("assessment", 366, &refused),
                  HEARTH_ERROR_INVALID, "from 1 to 365 days, not 366");
  assert_refused (hearth_rules_check_stage_target ("assessment", 0, &refused),
                  HEARTH_ERROR_INVALID, "not 0");
  assert_allowed (hearth_rules_check_stage_target ("assessment", 365, &refused));

  assert_refused (hearth_rules_check_panel_date ("next Tuesday", &refused),
                  HEARTH_ERROR_INVALID, "Enter the panel’s date");
  assert_allowed (hearth_rules_check_panel_date ("2026-12-01", &refused));

  assert_refused (hearth_rules_check_carer_can_join_panel (assessed, 0, &refused),
                  HEARTH_ERROR_STAGE, "only carers in preparation or ready for panel");
  assert_refused (hearth_rules_check_carer_can_join_panel (preparing, 1, &refused),
                  HEARTH_ERROR_STAGE, "Mira Kowalski is already going to a panel.");
  assert_allowed (hearth_rules_check_carer_can_join_panel (preparing, 0, &refused));
}

static void
test_pure_panel_decision (void)
{
  g_autoptr(HearthPanel) panel = hearth_panel_new ();
  g_autoptr(HearthPanel) future = hearth_panel_new ();
  g_autoptr(HearthPanelDecision) pending = hearth_panel_decision_new ();
  g_autoptr(HearthPanelDecision) decided = hearth_panel_decision_new ();
  HearthApprovalTerms terms = { TRUE, FALSE, FALSE, FALSE, 2 };
  const char *today = HEARTH_TEST_TODAY;

  g_object_set (panel, "held-on", "2026-11-20", NULL);
  g_object_set (future, "held-on", "2026-12-01", NULL);
  g_object_set (decided, "decision", "deferred", NULL);

  assert_refused (hearth_rules_check_panel_decision (decided, panel, "approved", &terms, NULL,
                                                     today, &refused),
                  HEARTH_ERROR_STAGE, "decision has already been recorded");
  assert_refused (hearth_rules_check_panel_decision (pending, future, "approved", &terms, NULL,
                                                     today, &refused),
                  HEARTH_ERROR_INVALID, "The panel has not met yet");
  assert_refused (hearth_rules_check_panel_decision (pending, panel, "maybe", &terms, "x",
                                                     today, &refused),
                  HEARTH_ERROR_INVALID, "approved, deferred or not approved");
  assert_refused (hearth_rules_check_panel_decision (pending, panel, "deferred", NULL, "  ",
                                                     today, &refused),
                  HEARTH_ERROR_ARCHIVE_REASON, "Record the panel’s reasons.");
  assert_refused (hearth_rules_check_panel_decision (pending, panel, "approved", NULL, NULL,
                                                     today, &refused),
                  HEARTH_ERROR_APPROVAL_TERMS, "Record the terms of the carer’s approval.");
  assert_allowed (hearth_rules_check_panel_decision (pending, panel, "approved", &terms, NULL,
                                                     today, &refused));
  assert_allowed (hearth_rules_check_panel_decision (pending, panel, "not-approved", NULL,
                                                     "References raised concerns", today,
                                                     &refused));
}

static void
test_pure_undo_and_approval_review (void)
{
  g_autoptr(HearthCarer) held = carer_at ("on-hold");
  g_autoptr(HearthCarer) approved = carer_at ("approved");
  g_autoptr(HearthStageChange) to_hold = hearth_stage_change_new ();
  g_autoptr(HearthStageChange) to_approved = hearth_stage_change_new ();
  HearthApprovalTerms terms = { FALSE, TRUE, FALSE, FALSE, 1 };
  HearthApprovalTerms no_type = { FALSE, FALSE, FALSE, FALSE, 1 };

  g_object_set (to_hold, "from-stage", "assessment", "to-stage", "on-hold", NULL);
  g_object_set (to_approved, "from-stage", "ready-for-panel", "to-stage", "approved", NULL);

  assert_refused (hearth_rules_check_undo_carer_move (held, NULL, &refused),
                  HEARTH_ERROR_STAGE, "There is no move to undo.");
  assert_refused (hearth_rules_check_undo_carer_move (approved, to_approved, &refused),
                  HEARTH_ERROR_STAGE, "Mira Kowalski’s last move cannot be undone.");
  assert_refused (hearth_rules_check_undo_carer_move (approved, to_hold, &refused),
                  HEARTH_ERROR_STAGE, "last move cannot be undone");
  assert_allowed (hearth_rules_check_undo_carer_move (held, to_hold, &refused));

  assert_refused (hearth_rules_check_approval_review (held, "Ann", "continue", NULL, &refused),
                  HEARTH_ERROR_NOT_APPROVED, "Mira Kowalski is not approved");
  assert_refused (hearth_rules_check_approval_review (approved, " ", "continue", NULL, &refused),
                  HEARTH_ERROR_INVALID, "Say who reviewed Mira Kowalski’s approval.");
  assert_refused (hearth_rules_check_approval_review (approved, "Ann", "end-approval", NULL,
                                                      &refused),
                  HEARTH_ERROR_ARCHIVE_REASON, "Say why Mira Kowalski’s approval ends.");
  assert_allowed (hearth_rules_check_approval_review (approved, "Ann", "end-approval",
                                                      "Retiring", &refused));

  assert_refused (hearth_rules_check_approval_outcome ("pause", &refused),
                  HEARTH_ERROR_INVALID, "Record the review’s outcome");
  assert_allowed (hearth_rules_check_approval_outcome ("continue", &refused));

  assert_refused (hearth_rules_check_changed_terms ("change-terms", NULL, &refused),
                  HEARTH_ERROR_APPROVAL_TERMS, "new terms of approval");
  assert_refused (hearth_rules_check_changed_terms ("change-terms", &no_type, &refused),
                  HEARTH_ERROR_APPROVAL_TERMS, "Choose at least one type");
  assert_allowed (hearth_rules_check_changed_terms ("change-terms", &terms, &refused));
  assert_allowed (hearth_rules_check_changed_terms ("continue", NULL, &refused));
}

static void
test_pure_person_and_proposal (void)
{
  g_autoptr(HearthPerson) person = person_named ();
  g_autoptr(HearthPerson) closed = person_named ();
  g_autoptr(HearthCarer) carer = carer_at ("approved");
  g_autoptr(HearthCarer) assessed = carer_at ("assessment");

  g_object_set (closed, "status", "closed", NULL);

  assert_refused (hearth_rules_check_person_status (person, "in-trial", 0, 0, &refused),
                  HEARTH_ERROR_INVALID, "choose referred, matching, moved on or closed");
  assert_refused (hearth_rules_check_person_status (person, "asleep", 0, 0, &refused),
                  HEARTH_ERROR_INVALID, "choose referred, matching");
  assert_refused (hearth_rules_check_person_status (person, "closed", 0, 1, &refused),
                  HEARTH_ERROR_INVALID, "Tomasz Bell has an open trial or a current arrangement");
  assert_refused (hearth_rules_check_person_status (person, "closed", 1, 0, &refused),
                  HEARTH_ERROR_INVALID, "end it first");
  assert_allowed (hearth_rules_check_person_status (person, "closed", 0, 0, &refused));

  assert_refused (hearth_rules_check_can_propose (closed, carer, "long-term", 0, &refused),
                  HEARTH_ERROR_TRIAL_STATE, "Tomasz Bell is not being supported by the scheme");
  assert_refused (hearth_rules_check_can_propose (person, assessed, "long-term", 0, &refused),
                  HEARTH_ERROR_NOT_APPROVED, "is not an approved carer");
  assert_refused (hearth_rules_check_can_propose (person, carer, "short-breaks", 0, &refused),
                  HEARTH_ERROR_NOT_APPROVED_FOR_TYPE, "is not approved for");
  assert_refused (hearth_rules_check_can_propose (person, carer, "long-term", 1, &refused),
                  HEARTH_ERROR_TRIAL_STATE, "Tomasz Bell already has an open trial with this carer.");
  assert_allowed (hearth_rules_check_can_propose (person, carer, "long-term", 0, &refused));
}

static void
test_pure_trials (void)
{
  g_autoptr(HearthTrial) trial = hearth_trial_new ();
  g_autoptr(HearthTrial) withdrawn = hearth_trial_new ();
  g_autoptr(HearthTrial) declined = hearth_trial_new ();

  g_object_set (trial, "stage", "first-meeting", NULL);
  g_object_set (withdrawn, "stage", "first-meeting", "outcome", "withdrawn", NULL);
  g_object_set (declined, "outcome", "declined-by-carer", NULL);

  assert_refused (hearth_rules_check_trial_open (withdrawn, &refused),
                  HEARTH_ERROR_TRIAL_STATE, "This trial has closed (Withdrawn)");
  assert_allowed (hearth_rules_check_trial_open (trial, &refused));

  assert_refused (hearth_rules_check_trial_advance (withdrawn, "decision", &refused),
                  HEARTH_ERROR_TRIAL_STATE, "has closed");
  assert_refused (hearth_rules_check_trial_advance (trial, "tea", &refused),
                  HEARTH_ERROR_TRIAL_STATE, "“tea” is not a stage of a trial.");
  assert_refused (hearth_rules_check_trial_advance (trial, "portraits-shared", &refused),
                  HEARTH_ERROR_TRIAL_STATE, "already reached “First meeting”; trials only move on");
  assert_refused (hearth_rules_check_trial_advance (trial, "first-meeting", &refused),
                  HEARTH_ERROR_TRIAL_STATE, "trials only move on");
  assert_refused (hearth_rules_check_trial_advance (trial, "trial-period", &refused),
                  HEARTH_ERROR_TRIAL_STATE, "needs its start date and planned end date");
  assert_allowed (hearth_rules_check_trial_advance (trial, "overnight-stay", &refused));
  g_object_set (trial, "trial-start", "2026-10-01", "trial-planned-end", "2026-12-01", NULL);
  assert_allowed (hearth_rules_check_trial_advance (trial, "trial-period", &refused));

  assert_allowed (hearth_rules_check_trial_decision (trial, HEARTH_SIDE_PERSON, &refused));
  g_object_set (trial, "person-decision", "yes", NULL);
  assert_refused (hearth_rules_check_trial_decision (trial, HEARTH_SIDE_PERSON, &refused),
                  HEARTH_ERROR_TRIAL_STATE, "The person’s choice is already recorded.");
  assert_allowed (hearth_rules_check_trial_decision (trial, HEARTH_SIDE_CARER, &refused));
  g_object_set (trial, "carer-decision", "yes", NULL);
  assert_refused (hearth_rules_check_trial_decision (trial, HEARTH_SIDE_CARER, &refused),
                  HEARTH_ERROR_TRIAL_STATE, "The carer’s choice is already recorded.");
  assert_refused (hearth_rules_check_trial_decision (withdrawn, HEARTH_SIDE_CARER, &refused),
                  HEARTH_ERROR_TRIAL_STATE, "has closed");

  assert_refused (hearth_rules_check_trial_withdrawal (trial, "", &refused),
                  HEARTH_ERROR_ARCHIVE_REASON, "Say why the trial is being withdrawn");
  assert_refused (hearth_rules_check_trial_withdrawal (withdrawn, "Moved away", &refused),
                  HEARTH_ERROR_TRIAL_STATE, "has closed");
  assert_allowed (hearth_rules_check_trial_withdrawal (trial, "Moved away", &refused));

  assert_refused (hearth_rules_check_suggest_again (withdrawn, &refused),
                  HEARTH_ERROR_TRIAL_STATE, "Only a trial that ended with a no");
  assert_allowed (hearth_rules_check_suggest_again (declined, &refused));
}

static void
test_pure_arrangements (void)
{
  g_autoptr(HearthPerson) person = person_named ();
  g_autoptr(HearthPerson) archived = person_named ();
  g_autoptr(HearthArrangement) planned = hearth_arrangement_new ();
  g_autoptr(HearthArrangement) emergency = hearth_arrangement_new ();
  g_autoptr(HearthArrangement) from_trial = hearth_arrangement_new ();
  g_autoptr(HearthTrial) trial = hearth_trial_new ();

  hearth_record_set_string (HEARTH_RECORD (archived), "archived-at", "2026-01-01T00:00:00Z");
  g_object_set (planned, "arrangement-type", "long-term", "start-date", "2026-11-01", NULL);
  g_object_set (emergency, "arrangement-type", "long-term", "emergency", TRUE,
                "start-date", "2026-11-01", NULL);
  g_object_set (from_trial, "trial-id", (gint64) 4, "person-id", (gint64) 1,
                "carer-id", (gint64) 2, "start-date", "2026-11-01", NULL);
  g_object_set (trial, "person-id", (gint64) 1, "carer-id", (gint64) 3,
                "person-decision", "yes", "carer-decision", "yes", "outcome", "agreed", NULL);

  assert_refused (hearth_rules_check_arrangement_type ("weekends", &refused),
                  HEARTH_ERROR_INVALID, "Choose the type of arrangement");
  assert_allowed (hearth_rules_check_arrangement_type ("day-support", &refused));

  assert_refused (hearth_rules_check_arrangement_start (emergency, archived, &refused),
                  HEARTH_ERROR_INVALID, "Tomasz Bell is archived.");
  assert_refused (hearth_rules_check_arrangement_start (planned, person, &refused),
                  HEARTH_ERROR_TRIAL_NOT_AGREED, "or as an emergency placement");
  assert_allowed (hearth_rules_check_arrangement_start (emergency, person, &refused));
  assert_allowed (hearth_rules_check_arrangement_start (from_trial, person, &refused));

  assert_refused (hearth_rules_check_arrangement_from_trial (from_trial, trial, 0, &refused),
                  HEARTH_ERROR_INVALID, "between the person and the carer of the trial");
  g_object_set (trial, "carer-id", (gint64) 2, NULL);
  assert_refused (hearth_rules_check_arrangement_from_trial (from_trial, trial, 1, &refused),
                  HEARTH_ERROR_INVALID, "already started from this trial");
  assert_allowed (hearth_rules_check_arrangement_from_trial (from_trial, trial, 0, &refused));
  g_object_set (trial, "carer-decision", NULL, NULL);
  assert_refused (hearth_rules_check_arrangement_from_trial (from_trial, trial, 0, &refused),
                  HEARTH_ERROR_TRIAL_NOT_AGREED, "The carer has not said yes yet");

  assert_refused (hearth_rules_check_emergency_placement (emergency, "2027-01-31", 3, &refused),
                  HEARTH_ERROR_INVALID, "needs the registered manager’s approval");
  g_object_set (emergency, "manager-approved-by", "Grace Obi", "planned-end", "2027-02-01",
                NULL);
  assert_refused (hearth_rules_check_emergency_placement (emergency, "2027-01-31", 3, &refused),
                  HEARTH_ERROR_INVALID, "lasts at most 3 months; plan its end by 2027-01-31");
  g_object_set (emergency, "planned-end", "2027-01-31", NULL);
  assert_allowed (hearth_rules_check_emergency_placement (emergency, "2027-01-31", 3, &refused));
  g_object_set (emergency, "planned-end", NULL, NULL);
  assert_allowed (hearth_rules_check_emergency_placement (emergency, "2027-01-31", 3, &refused));

  assert_refused (hearth_rules_check_arrangement_end (planned, "bored", NULL, &refused),
                  HEARTH_ERROR_ARCHIVE_REASON, "Choose why the arrangement ended.");
  assert_refused (hearth_rules_check_arrangement_end (planned, "other", " ", &refused),
                  HEARTH_ERROR_ARCHIVE_REASON, "Say why the arrangement ended");
  assert_allowed (hearth_rules_check_arrangement_end (planned, "other", "Family moved",
                                                      &refused));
  assert_allowed (hearth_rules_check_arrangement_end (planned, "needs-changed", NULL, &refused));
  g_object_set (planned, "end-date", "2026-11-20", NULL);
  assert_refused (hearth_rules_check_arrangement_end (planned, "needs-changed", NULL, &refused),
                  HEARTH_ERROR_ARRANGEMENT_STATE, "This arrangement has already ended.");
}

static void
test_pure_reviews (void)
{
  g_autoptr(HearthReview) review = hearth_review_new ();
  g_autoptr(HearthReview) stored = hearth_review_new ();
  g_autoptr(HearthReviewOutcome) outcome = hearth_review_outcome_new ();
  g_autoptr(HearthReviewAction) action = hearth_review_action_new ();

  assert_refused (hearth_rules_check_review_to_record (review, NULL, &refused),
                  HEARTH_ERROR_INVALID, "Enter the date the review was held.");
  g_object_set (review, "held-on", "2026-11-01", NULL);
  assert_allowed (hearth_rules_check_review_to_record (review, NULL, &refused));
  assert_allowed (hearth_rules_check_review_to_record (review, stored, &refused));
  g_object_set (stored, "held-on", "2026-10-01", NULL);
  assert_refused (hearth_rules_check_review_to_record (review, stored, &refused),
                  HEARTH_ERROR_INVALID, "This review has already been recorded.");

  g_object_set (outcome, "area", "friends", "answer", "much better", NULL);
  assert_refused (hearth_rules_check_review_outcome (outcome, &refused),
                  HEARTH_ERROR_INVALID, "answered better, no different or worse");
  g_object_set (outcome, "answer", "better", NULL);
  assert_allowed (hearth_rules_check_review_outcome (outcome, &refused));

  g_object_set (action, "action", "Book a dentist", "owner", "Mira", NULL);
  assert_refused (hearth_rules_check_review_action (action, &refused),
                  HEARTH_ERROR_INVALID, "who does it and a date it is due");
  g_object_set (action, "due-on", "2026-12-01", NULL);
  assert_allowed (hearth_rules_check_review_action (action, &refused));

  assert_allowed (hearth_rules_check_review_action_open (action, &refused));
  g_object_set (action, "done-on", "2026-11-10", NULL);
  assert_refused (hearth_rules_check_review_action_open (action, &refused),
                  HEARTH_ERROR_INVALID, "This action is already done.");
}

static void
test_pure_matching (void)
{
  g_autoptr(HearthCarer) approved = carer_at ("approved");
  g_autoptr(HearthCarer) assessed = carer_at ("assessment");

  assert_refused (hearth_rules_check_match_weight (11, &refused),
                  HEARTH_ERROR_INVALID, "from 0 to 10 points, not 11");
  assert_refused (hearth_rules_check_match_weight (-1, &refused),
                  HEARTH_ERROR_INVALID, "not -1");
  assert_allowed (hearth_rules_check_match_weight (0, &refused));
  assert_allowed (hearth_rules_check_match_weight (10, &refused));

  assert_refused (hearth_rules_check_can_shortlist (assessed, &refused),
                  HEARTH_ERROR_NOT_APPROVED, "Mira Kowalski is not an approved carer, so cannot "
                  "be shortlisted.");
  assert_allowed (hearth_rules_check_can_shortlist (approved, &refused));
  hearth_record_set_string (HEARTH_RECORD (approved), "archived-at", "2026-01-01T00:00:00Z");
  assert_refused (hearth_rules_check_can_shortlist (approved, &refused),
                  HEARTH_ERROR_NOT_APPROVED, "cannot be shortlisted");
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
  g_test_add_func ("/rules/pure/step-date", test_pure_step_date);
  g_test_add_func ("/rules/pure/recruitment", test_pure_recruitment);
  g_test_add_func ("/rules/pure/panel-decision", test_pure_panel_decision);
  g_test_add_func ("/rules/pure/undo-and-approval-review", test_pure_undo_and_approval_review);
  g_test_add_func ("/rules/pure/person-and-proposal", test_pure_person_and_proposal);
  g_test_add_func ("/rules/pure/trials", test_pure_trials);
  g_test_add_func ("/rules/pure/arrangements", test_pure_arrangements);
  g_test_add_func ("/rules/pure/reviews", test_pure_reviews);
  g_test_add_func ("/rules/pure/matching", test_pure_matching);

  return g_test_run ();
}
