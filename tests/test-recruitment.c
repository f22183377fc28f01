/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-recruitment.c: carer recruitment beyond single moves: each checklist item named when
 * it blocks panel, reasons for moves back and out, stage targets, panels, approval reviews,
 * what falls due, and the recruitment summary on a fixture worked out by hand. */

#define G_LOG_DOMAIN "test-recruitment"

#include "config.h"

#include <string.h>

#include "hearth-test-util.h"

static void
add_check (HearthScheme *scheme,
           HearthCarer  *carer,
           const char   *kind,
           const char   *on,
           const char   *expires)
{
  g_autoptr(HearthCarerCheck) check = hearth_carer_check_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (check, "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)),
                "kind", kind, "completed-on", on, "expires-on", expires, NULL);
  hearth_scheme_insert (scheme, HEARTH_RECORD (check), &error);
  g_assert_no_error (error);
}

static void
move_to (HearthScheme *scheme,
         HearthCarer  *carer,
         const char   *stage,
         const char   *on)
{
  g_autoptr(GError) error = NULL;

  hearth_scheme_move_carer (scheme, carer, stage, on, NULL, &error);
  g_assert_no_error (error);
}

/* Every item of the checklist, left out alone, blocks "ready for panel" by name. */
static void
test_each_missing_item_named (SchemeFixture *f,
                              gconstpointer  data)
{
  static const struct { const char *kind; const char *named; } items[] = {
    { "application", "the application" },
    { "reference", "a second reference" },
    { "dbs", "an enhanced DBS check" },
    { "home-safety", "the home health and safety check" },
    { "household-agreement", "every household member’s agreement" },
    { "preparation-training", "preparation training" },
    { "assessment-report", "the assessment report" },
  };
  static const char *kinds[] = {
    "application", "reference", "reference", "dbs", "home-safety", "household-agreement",
    "preparation-training", "assessment-report",
  };

  for (guint skip = 0; skip < G_N_ELEMENTS (items); skip++)
    {
      g_autoptr(HearthCarer) carer = test_add_carer (f->scheme, "Iris", items[skip].kind);
      g_autoptr(GError) error = NULL;
      g_autofree char *expected = NULL;
      gboolean skipped = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
        {
          /* Leave out one reference, not both, so the message names the second. */
          if (g_str_equal (kinds[i], items[skip].kind) && !skipped)
            {
              skipped = TRUE;
              continue;
            }
          add_check (f->scheme, carer, kinds[i], "2026-02-01", NULL);
        }
      move_to (f->scheme, carer, "initial-visit", "2026-02-02");
      move_to (f->scheme, carer, "application", "2026-02-03");
      move_to (f->scheme, carer, "assessment", "2026-02-04");
      move_to (f->scheme, carer, "preparation", "2026-02-05");

      g_assert_false (hearth_scheme_move_carer (f->scheme, carer, "ready-for-panel",
                                                "2026-02-06", NULL, &error));
      g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_STAGE);
      expected = g_strdup_printf ("Iris %s cannot be marked ready for panel yet. "
                                  "Still missing: %s.", items[skip].kind, items[skip].named);
      g_assert_cmpstr (error->message, ==, expected);
      g_assert_cmpstr (hearth_carer_get_stage (carer), ==, "preparation");
    }
}

/* A household member who has not agreed is named, as well as the missing check. */
static void
test_household_member_named (SchemeFixture *f,
                             gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = test_add_carer (f->scheme, "Ned", "Lowe");
  g_autoptr(HearthHouseholdMember) member = hearth_household_member_new ();
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GError) error = NULL;

  test_complete_checklist (f->scheme, carer);
  g_object_set (member, "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)),
                "name", "Tom Lowe", "relationship", "son", NULL);
  hearth_scheme_insert (f->scheme, HEARTH_RECORD (member), &error);
  g_assert_no_error (error);

  missing = hearth_scheme_missing_for_panel (f->scheme, carer, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (missing->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (missing, 0), ==,
                   "agreement from Tom Lowe (household member)");
}

/* Moving back, or out of the flow, needs a reason; moving on does not. */
static void
test_back_and_out_need_reason (SchemeFixture *f,
                               gconstpointer  data)
{
  static const char *outs[] = { "on-hold", "withdrawn", "declined" };
  g_autoptr(HearthCarer) carer = test_add_carer (f->scheme, "Rhea", "Bowen");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;

  move_to (f->scheme, carer, "initial-visit", "2026-02-01");
  move_to (f->scheme, carer, "application", "2026-02-02");

  g_assert_false (hearth_scheme_move_carer (f->scheme, carer, "initial-visit", NULL, "  ", &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_ARCHIVE_REASON);
  g_assert_cmpstr (error->message, ==, "Say why Rhea Bowen is moving to “Initial visit”.");
  g_clear_error (&error);

  for (guint i = 0; i < G_N_ELEMENTS (outs); i++)
    {
      g_assert_false (hearth_scheme_move_carer (f->scheme, carer, outs[i], NULL, NULL, &error));
      g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_ARCHIVE_REASON);
      g_clear_error (&error);
    }
  g_assert_cmpstr (hearth_carer_get_stage (carer), ==, "application");

  g_assert_true (hearth_scheme_move_carer (f->scheme, carer, "initial-visit", "2026-02-03",
                                           "References not yet asked for", &error));
  g_assert_no_error (error);

  history = hearth_scheme_load_related (f->scheme, HEARTH_TYPE_STAGE_CHANGE, "carer-id",
                                        hearth_record_get_id (HEARTH_RECORD (carer)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 4);
  g_assert_cmpstr (hearth_stage_change_get_note (g_ptr_array_index (history, 3)), ==,
                   "References not yet asked for");
  g_assert_cmpstr (hearth_stage_change_get_changed_by (g_ptr_array_index (history, 3)), ==,
                   "Test Coordinator");
}

static void
test_stage_targets (SchemeFixture *f,
                    gconstpointer  data)
{
  g_autoptr(HearthCarer) slow = test_add_carer (f->scheme, "Slow", "Stage");
  g_autoptr(HearthCarer) fresh = NULL;
  g_autoptr(GPtrArray) past = NULL;
  g_autoptr(GError) error = NULL;

  /* The defaults add up to the whole target of 120 days. */
  g_assert_cmpint (hearth_scheme_get_stage_target (f->scheme, "enquiry", &error), ==, 7);
  g_assert_cmpint (hearth_scheme_get_stage_target (f->scheme, "assessment", &error), ==, 42);
  g_assert_cmpint (hearth_record_get_int (HEARTH_RECORD (hearth_scheme_get_details (f->scheme)),
                                          "recruitment-target-days"), ==, 120);

  g_assert_false (hearth_scheme_set_stage_target (f->scheme, "assessment", 0, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hearth_scheme_set_stage_target (f->scheme, "approved", 30, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (hearth_scheme_set_stage_target (f->scheme, "initial-visit", 30, &error));
  g_assert_no_error (error);
  g_assert_cmpint (hearth_scheme_get_stage_target (f->scheme, "initial-visit", &error), ==, 30);

  /* Enquiry 2026-01-05, at initial visit since 2026-04-01: 30 days in is on target, 31 is
   * past it; 120 days after the enquiry (2026-05-05) is on target, 121 past. */
  move_to (f->scheme, slow, "initial-visit", "2026-04-01");
  g_assert_cmpint (hearth_scheme_carer_past_target (f->scheme, slow, "2026-05-01", &error), ==,
                   HEARTH_PAST_TARGET_NONE);
  g_assert_cmpint (hearth_scheme_carer_past_target (f->scheme, slow, "2026-05-02", &error), ==,
                   HEARTH_PAST_TARGET_STAGE);
  g_assert_cmpint (hearth_scheme_carer_past_target (f->scheme, slow, "2026-05-05", &error), ==,
                   HEARTH_PAST_TARGET_STAGE);
  g_assert_cmpint (hearth_scheme_carer_past_target (f->scheme, slow, "2026-05-06", &error), ==,
                   HEARTH_PAST_TARGET_STAGE | HEARTH_PAST_TARGET_OVERALL);

  fresh = hearth_carer_new ();
  g_object_set (fresh, "first-name", "Fresh", "last-name", "Enquiry",
                "enquiry-date", "2026-04-28", NULL);
  hearth_scheme_add_carer (f->scheme, fresh, &error);
  g_assert_no_error (error);

  past = hearth_scheme_carers_past_target (f->scheme, "2026-05-02", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (past->len, ==, 1);
  g_assert_cmpstr (hearth_carer_get_first_name (g_ptr_array_index (past, 0)), ==, "Slow");
  g_clear_pointer (&past, g_ptr_array_unref);

  /* Enquiry 2026-04-28 + 7 days: past on 2026-05-06 too. */
  past = hearth_scheme_carers_past_target (f->scheme, "2026-05-06", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (past->len, ==, 2);
}

static HearthCarer *
ready_carer (HearthScheme *scheme,
             const char   *first)
{
  HearthCarer *carer = test_add_carer (scheme, first, "Panel");

  test_complete_checklist (scheme, carer);
  move_to (scheme, carer, "initial-visit", "2026-02-10");
  move_to (scheme, carer, "application", "2026-03-10");
  move_to (scheme, carer, "assessment", "2026-04-10");
  move_to (scheme, carer, "preparation", "2026-05-10");
  move_to (scheme, carer, "ready-for-panel", "2026-06-10");
  return carer;
}

static void
test_panel_decisions (SchemeFixture *f,
                      gconstpointer  data)
{
  g_autoptr(HearthCarer) ada = ready_carer (f->scheme, "Ada");
  g_autoptr(HearthCarer) bo = ready_carer (f->scheme, "Bo");
  g_autoptr(HearthCarer) cy = ready_carer (f->scheme, "Cy");
  g_autoptr(HearthCarer) early = test_add_carer (f->scheme, "Early", "Enquiry");
  g_autoptr(HearthPanel) panel = NULL;
  g_autoptr(HearthPanel) future = NULL;
  g_autoptr(HearthPanelDecision) da = NULL, db = NULL, dc = NULL, df = NULL;
  g_autoptr(HearthRecord) stored = NULL;
  g_autoptr(GError) error = NULL;
  HearthApprovalTerms zero = { TRUE, FALSE, FALSE, FALSE, 0 };
  HearthApprovalTerms four = { TRUE, FALSE, FALSE, FALSE, 4 };
  HearthApprovalTerms two = { TRUE, TRUE, FALSE, TRUE, 2 };

  g_assert_null (hearth_scheme_schedule_panel (f->scheme, "July", NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);
  panel = hearth_scheme_schedule_panel (f->scheme, "2026-07-01", "Mina Shah", &error);
  g_assert_no_error (error);

  g_assert_null (hearth_scheme_add_to_panel (f->scheme, panel, early, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_STAGE);
  g_clear_error (&error);

  da = hearth_scheme_add_to_panel (f->scheme, panel, ada, &error);
  g_assert_no_error (error);
  g_assert_null (hearth_scheme_add_to_panel (f->scheme, panel, ada, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_STAGE);
  g_clear_error (&error);
  db = hearth_scheme_add_to_panel (f->scheme, panel, bo, &error);
  dc = hearth_scheme_add_to_panel (f->scheme, panel, cy, &error);
  g_assert_no_error (error);

  /* Approval terms: 0 and 4 places are refused, and nothing changes. */
  g_assert_false (hearth_scheme_decide_panel (f->scheme, da, "approved", &zero, NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_APPROVAL_TERMS);
  g_clear_error (&error);
  g_assert_false (hearth_scheme_decide_panel (f->scheme, da, "approved", &four, NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_APPROVAL_TERMS);
  g_assert_cmpstr (error->message, ==, "A carer is approved for 1, 2 or 3 people, not 4.");
  g_clear_error (&error);
  g_assert_false (hearth_scheme_decide_panel (f->scheme, da, "approved", NULL, NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_APPROVAL_TERMS);
  g_clear_error (&error);
  stored = hearth_scheme_load (f->scheme, HEARTH_TYPE_CARER,
                               hearth_record_get_id (HEARTH_RECORD (ada)), &error);
  g_assert_cmpstr (hearth_carer_get_stage (HEARTH_CARER (stored)), ==, "ready-for-panel");
  g_assert_cmpstr (hearth_panel_decision_get_decision (da), ==, "pending");

  g_assert_true (hearth_scheme_decide_panel (f->scheme, da, "approved", &two, "Warm home", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_panel_decision_get_decision (da), ==, "approved");
  g_clear_object (&stored);
  stored = hearth_scheme_load (f->scheme, HEARTH_TYPE_CARER,
                               hearth_record_get_id (HEARTH_RECORD (ada)), &error);
  g_assert_cmpstr (hearth_carer_get_stage (HEARTH_CARER (stored)), ==, "approved");
  g_assert_cmpint (hearth_carer_get_approved_places (HEARTH_CARER (stored)), ==, 2);
  g_assert_cmpstr (hearth_carer_get_approval_date (HEARTH_CARER (stored)), ==, "2026-07-01");
  g_assert_cmpstr (hearth_carer_get_next_approval_review (HEARTH_CARER (stored)), ==, "2027-07-01");
  g_assert_false (hearth_scheme_decide_panel (f->scheme, da, "deferred", NULL, "Again", &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_STAGE);
  g_clear_error (&error);

  /* Deferred and not approved need the panel's reasons. */
  g_assert_false (hearth_scheme_decide_panel (f->scheme, db, "deferred", NULL, "", &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_ARCHIVE_REASON);
  g_clear_error (&error);
  g_assert_true (hearth_scheme_decide_panel (f->scheme, db, "deferred", NULL,
                                             "Second reference to be followed up", &error));
  g_assert_no_error (error);
  g_clear_object (&stored);
  stored = hearth_scheme_load (f->scheme, HEARTH_TYPE_CARER,
                               hearth_record_get_id (HEARTH_RECORD (bo)), &error);
  g_assert_cmpstr (hearth_carer_get_stage (HEARTH_CARER (stored)), ==, "ready-for-panel");

  g_assert_true (hearth_scheme_decide_panel (f->scheme, dc, "not-approved", NULL,
                                             "Home not suitable", &error));
  g_assert_no_error (error);
  g_clear_object (&stored);
  stored = hearth_scheme_load (f->scheme, HEARTH_TYPE_CARER,
                               hearth_record_get_id (HEARTH_RECORD (cy)), &error);
  g_assert_cmpstr (hearth_carer_get_stage (HEARTH_CARER (stored)), ==, "declined");

  /* A panel that has not met yet cannot decide. */
  future = hearth_scheme_schedule_panel (f->scheme, "2026-12-15", NULL, &error);
  g_clear_object (&stored);
  stored = hearth_scheme_load (f->scheme, HEARTH_TYPE_CARER,
                               hearth_record_get_id (HEARTH_RECORD (bo)), &error);
  df = hearth_scheme_add_to_panel (f->scheme, future, HEARTH_CARER (stored), &error);
  g_assert_no_error (error);
  g_assert_false (hearth_scheme_decide_panel (f->scheme, df, "approved", &two, NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
}

static void
test_approval_review (SchemeFixture *f,
                      gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = test_approved_carer (f->scheme, "Val", "Review", 3, FALSE);
  g_autoptr(HearthCarer) other = test_approved_carer (f->scheme, "Val", "Ends", 1, FALSE);
  g_autoptr(HearthCarer) enquiry = test_add_carer (f->scheme, "Not", "Approved");
  g_autoptr(GError) error = NULL;
  HearthApprovalTerms zero = { TRUE, FALSE, FALSE, FALSE, 0 };
  HearthApprovalTerms four = { TRUE, FALSE, FALSE, FALSE, 4 };
  HearthApprovalTerms one = { FALSE, TRUE, FALSE, FALSE, 1 };

  g_assert_cmpstr (hearth_carer_get_next_approval_review (carer), ==, "2027-05-20");
  g_assert_false (hearth_scheme_record_approval_review (f->scheme, enquiry, NULL, "Mina",
                                                        "continue", NULL, NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_APPROVED);
  g_clear_error (&error);
  g_assert_false (hearth_scheme_record_approval_review (f->scheme, carer, "2026-11-01", " ",
                                                        "continue", NULL, NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (hearth_scheme_record_approval_review (f->scheme, carer, "2026-11-01", "Mina",
                                                        "maybe", NULL, NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);

  /* Continue: the next review is 12 months after this one. */
  g_assert_true (hearth_scheme_record_approval_review (f->scheme, carer, "2026-11-01", "Mina",
                                                       "continue", NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_carer_get_next_approval_review (carer), ==, "2027-11-01");

  /* Change terms: checked like the panel's, 0 and 4 places refused. */
  g_assert_false (hearth_scheme_record_approval_review (f->scheme, carer, "2026-11-10", "Mina",
                                                        "change-terms", &zero, NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_APPROVAL_TERMS);
  g_clear_error (&error);
  g_assert_false (hearth_scheme_record_approval_review (f->scheme, carer, "2026-11-10", "Mina",
                                                        "change-terms", &four, NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_APPROVAL_TERMS);
  g_clear_error (&error);
  g_assert_false (hearth_scheme_record_approval_review (f->scheme, carer, "2026-11-10", "Mina",
                                                        "change-terms", NULL, NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_APPROVAL_TERMS);
  g_clear_error (&error);
  g_assert_cmpint (hearth_carer_get_approved_places (carer), ==, 3);
  g_assert_true (hearth_scheme_record_approval_review (f->scheme, carer, "2026-11-10", "Mina",
                                                       "change-terms", &one, "Fewer places",
                                                       &error));
  g_assert_no_error (error);
  g_assert_cmpint (hearth_carer_get_approved_places (carer), ==, 1);
  g_assert_false (hearth_carer_get_approved_long_term (carer));
  g_assert_cmpstr (hearth_carer_get_next_approval_review (carer), ==, "2027-11-10");

  /* End approval needs a reason, and ends it. */
  g_assert_false (hearth_scheme_record_approval_review (f->scheme, other, NULL, "Mina",
                                                        "end-approval", NULL, NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_ARCHIVE_REASON);
  g_clear_error (&error);
  g_assert_true (hearth_scheme_record_approval_review (f->scheme, other, NULL, "Mina",
                                                       "end-approval", NULL, "Retiring", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_carer_get_stage (other), ==, "approval-ended");
  g_assert_cmpint (test_count_rows (f->scheme, HEARTH_TYPE_REVIEW), ==, 3);
}

static void
test_dues (SchemeFixture *f,
           gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = test_approved_carer (f->scheme, "Dee", "Due", 2, FALSE);
  g_autoptr(HearthCarer) plain = test_add_carer (f->scheme, "Not", "Approved");
  g_autoptr(HearthTraining) first_aid = hearth_training_new ();
  g_autoptr(HearthTraining) lifting = hearth_training_new ();
  g_autoptr(GPtrArray) dues = NULL;
  g_autoptr(GError) error = NULL;
  HearthDueItem *item;

  /* The fixture's DBS check expires on 2029-02-01; a newer one without an expiry renews 3
   * years after it was done (the scheme's default). */
  add_check (f->scheme, carer, "dbs", "2024-01-10", NULL);
  add_check (f->scheme, plain, "dbs", "2020-01-10", NULL);
  g_object_set (first_aid, "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)),
                "course", "First aid", "completed-on", "2023-11-01", "expires-on", "2026-11-01",
                NULL);
  g_object_set (lifting, "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)),
                "course", "Moving and handling", "completed-on", "2026-01-01",
                "expires-on", "2027-12-01", NULL);
  hearth_scheme_insert (f->scheme, HEARTH_RECORD (first_aid), &error);
  hearth_scheme_insert (f->scheme, HEARTH_RECORD (lifting), &error);
  g_assert_no_error (error);

  /* On 2026-11-22, within 60 days: first aid (overdue). */
  dues = hearth_scheme_list_carer_dues (f->scheme, "2026-11-22", 60, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dues->len, ==, 1);
  item = g_ptr_array_index (dues, 0);
  g_assert_cmpstr (item->kind, ==, "training");
  g_assert_cmpstr (item->what, ==, "First aid training expires");
  g_assert_true (item->overdue);
  g_clear_pointer (&dues, g_ptr_array_unref);

  /* Within a year: the DBS check of 2026-02-01 (latest) expires 2029-02-01, so no; the
   * approval review 2027-05-20; moving and handling not yet (2027-12-01). */
  dues = hearth_scheme_list_carer_dues (f->scheme, "2026-11-22", 365, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dues->len, ==, 2);
  item = g_ptr_array_index (dues, 1);
  g_assert_cmpstr (item->kind, ==, "approval-review");
  g_assert_cmpstr (item->due_on, ==, "2027-05-20");
  g_assert_false (item->overdue);
  g_clear_pointer (&dues, g_ptr_array_unref);

  /* In 2029 everything is overdue, the DBS renewal included; the unapproved carer never
   * appears. */
  dues = hearth_scheme_list_carer_dues (f->scheme, "2029-03-01", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dues->len, ==, 4);
  item = g_ptr_array_index (dues, 3);
  g_assert_cmpstr (item->kind, ==, "dbs-renewal");
  g_assert_cmpstr (item->due_on, ==, "2029-02-01");
  g_assert_true (item->overdue);
  for (guint i = 0; i < dues->len; i++)
    g_assert_cmpstr (((HearthDueItem *) g_ptr_array_index (dues, i))->carer_name, ==, "Dee Due");
  g_clear_pointer (&dues, g_ptr_array_unref);

  /* On the carer, everything however far ahead: first aid (overdue), the approval review,
   * moving and handling, the DBS renewal; nothing for a carer not approved. */
  dues = hearth_scheme_list_dues_of_carer (f->scheme, carer, "2026-11-22", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dues->len, ==, 4);
  g_assert_cmpstr (((HearthDueItem *) g_ptr_array_index (dues, 0))->due_on, ==, "2026-11-01");
  g_assert_true (((HearthDueItem *) g_ptr_array_index (dues, 0))->overdue);
  g_assert_cmpstr (((HearthDueItem *) g_ptr_array_index (dues, 1))->due_on, ==, "2027-05-20");
  g_assert_cmpstr (((HearthDueItem *) g_ptr_array_index (dues, 2))->due_on, ==, "2027-12-01");
  g_assert_cmpstr (((HearthDueItem *) g_ptr_array_index (dues, 3))->due_on, ==, "2029-02-01");
  g_clear_pointer (&dues, g_ptr_array_unref);
  dues = hearth_scheme_list_dues_of_carer (f->scheme, plain, "2026-11-22", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dues->len, ==, 0);
}

/* A carer who enquired on @enquiry from @source and moved on through the flow on @dates
 * (one date a stage after enquiry); the last date of a full list is their approval. */
static HearthCarer *
walked_carer (HearthScheme  *scheme,
              const char    *name,
              const char    *enquiry,
              gint64         source,
              const char   **dates,
              const char    *out)
{
  static const char *stages[] = {
    "initial-visit", "application", "assessment", "preparation", "ready-for-panel",
  };
  HearthApprovalTerms terms = { TRUE, FALSE, FALSE, FALSE, 1 };
  g_autoptr(GError) error = NULL;
  HearthCarer *carer = hearth_carer_new ();
  guint i;

  g_object_set (carer, "first-name", name, "last-name", "Cohort", "enquiry-date", enquiry,
                "enquiry-source-id", source, NULL);
  hearth_scheme_add_carer (scheme, carer, &error);
  g_assert_no_error (error);
  test_complete_checklist (scheme, carer);

  for (i = 0; dates != NULL && dates[i] != NULL && i < G_N_ELEMENTS (stages); i++)
    move_to (scheme, carer, stages[i], dates[i]);
  if (dates != NULL && i == G_N_ELEMENTS (stages) && dates[i] != NULL)
    {
      hearth_scheme_approve_carer (scheme, carer, &terms, dates[i], NULL, &error);
      g_assert_no_error (error);
    }
  if (out != NULL)
    {
      hearth_scheme_move_carer (scheme, carer, out, "2026-10-01", "Family reasons", &error);
      g_assert_no_error (error);
    }

  return carer;
}

/* The fixture, with its answers worked out by hand for 2026-01-01 to 2026-03-31
 * (sources: 1 fostering agency, 3 social media, 4 word of mouth, 0 not recorded):
 *
 *   A 01-05 word of mouth  approved 05-20  135 days (26 + 28 + 31 + 30 + 20)
 *   B 02-01 word of mouth  approved 06-01  120 days (27 + 31 + 30 + 31 + 1)
 *   C 01-10 fostering      approved 04-10   90 days (21 + 28 + 31 + 10)
 *   D 02-15 fostering      reached assessment, withdrawn
 *   E 03-01 fostering      enquiry only, withdrawn
 *   F 03-05 not recorded   reached application, declined
 *   G 03-20 word of mouth  reached initial visit, on hold (not a drop-out)
 *   H 03-31 social media   enquiry (last day of the range: counted)
 *   K 02-20 word of mouth  reached assessment, withdrawn
 *   I 04-01 and J 2025-12-31: outside the range, not counted.
 *
 * Enquiries 9: word of mouth 4 (2 approved, 50%), fostering 3 (1, 33.3%), social media 1,
 * not recorded 1. Reached: enquiry 9, initial visit 7, application 6, assessment 5,
 * preparation 3, ready for panel 3, approved 3. Median days 120. Drop-outs: enquiry 1,
 * application 1, assessment 2: most at assessment. */
static void
build_cohort (HearthScheme *scheme)
{
  const char *a[] = { "2026-01-20", "2026-02-10", "2026-03-01", "2026-04-01", "2026-05-01",
                      "2026-05-20", NULL };
  const char *b[] = { "2026-02-10", "2026-03-10", "2026-04-01", "2026-05-01", "2026-05-15",
                      "2026-06-01", NULL };
  const char *c[] = { "2026-01-20", "2026-02-10", "2026-03-01", "2026-03-15", "2026-04-01",
                      "2026-04-10", NULL };
  const char *to_assessment[] = { "2026-03-01", "2026-03-10", "2026-04-01", NULL };
  const char *to_application[] = { "2026-03-10", "2026-04-01", NULL };
  const char *to_visit[] = { "2026-04-01", NULL };
  const char *late[] = { "2026-04-10", "2026-05-01", "2026-05-10", "2026-05-20", "2026-06-01",
                         "2026-06-10", NULL };
  HearthCarer *carers[] = {
    walked_carer (scheme, "A", "2026-01-05", 4, a, NULL),
    walked_carer (scheme, "B", "2026-02-01", 4, b, NULL),
    walked_carer (scheme, "C", "2026-01-10", 1, c, NULL),
    walked_carer (scheme, "D", "2026-02-15", 1, to_assessment, "withdrawn"),
    walked_carer (scheme, "E", "2026-03-01", 1, NULL, "withdrawn"),
    walked_carer (scheme, "F", "2026-03-05", 0, to_application, "declined"),
    walked_carer (scheme, "G", "2026-03-20", 4, to_visit, "on-hold"),
    walked_carer (scheme, "H", "2026-03-31", 3, NULL, NULL),
    walked_carer (scheme, "I", "2026-04-01", 4, late, NULL),
    walked_carer (scheme, "J", "2025-12-31", 4, NULL, "withdrawn"),
    walked_carer (scheme, "K", "2026-02-20", 4, to_assessment, "withdrawn"),
  };

  for (guint i = 0; i < G_N_ELEMENTS (carers); i++)
    g_object_unref (carers[i]);
}

static void
test_summary_figures (SchemeFixture *f,
                      gconstpointer  data)
{
  static const guint reached[] = { 9, 7, 6, 5, 3, 3, 3 };
  static const guint dropped[] = { 1, 0, 1, 2, 0, 0, 0 };
  g_autoptr(HearthRecruitmentSummary) summary = NULL;
  g_autoptr(HearthRecruitmentSummary) empty = NULL;
  g_autoptr(GError) error = NULL;
  HearthSourceFigures *s;

  build_cohort (f->scheme);
  summary = hearth_scheme_recruitment_summary (f->scheme, "2026-01-01", "2026-03-31", &error);
  g_assert_no_error (error);

  g_assert_cmpuint (summary->enquiries, ==, 9);
  g_assert_cmpuint (summary->approved, ==, 3);
  g_assert_cmpuint (summary->sources->len, ==, 4);
  s = g_ptr_array_index (summary->sources, 0);
  g_assert_cmpstr (s->source, ==, "Word of mouth");
  g_assert_cmpuint (s->enquiries, ==, 4);
  g_assert_cmpuint (s->approved, ==, 2);
  g_assert_cmpfloat_with_epsilon (hearth_source_figures_conversion (s), 50.0, 0.001);
  s = g_ptr_array_index (summary->sources, 1);
  g_assert_cmpstr (s->source, ==, "Fostering agency");
  g_assert_cmpuint (s->enquiries, ==, 3);
  g_assert_cmpuint (s->approved, ==, 1);
  g_assert_cmpfloat_with_epsilon (hearth_source_figures_conversion (s), 100.0 / 3, 0.001);
  s = g_ptr_array_index (summary->sources, 2);
  g_assert_cmpstr (s->source, ==, "Not recorded");
  g_assert_cmpuint (s->enquiries, ==, 1);
  s = g_ptr_array_index (summary->sources, 3);
  g_assert_cmpstr (s->source, ==, "Social media");
  g_assert_cmpuint (s->approved, ==, 0);

  for (guint k = 0; k < HEARTH_RECRUITMENT_N_STAGES; k++)
    {
      g_assert_cmpuint (summary->reached[k], ==, reached[k]);
      g_assert_cmpuint (summary->dropped[k], ==, dropped[k]);
    }
  g_assert_cmpfloat_with_epsilon (summary->median_days, 120, 0.001);
  g_assert_cmpint (summary->most_dropped, ==, 3);
  g_assert_cmpstr (hearth_recruitment_stage (summary->most_dropped), ==, "assessment");

  /* A range with nobody in it has no median and no drop-out stage. */
  empty = hearth_scheme_recruitment_summary (f->scheme, "2025-01-01", "2025-06-30", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (empty->enquiries, ==, 0);
  g_assert_cmpfloat (empty->median_days, <, 0);
  g_assert_cmpint (empty->most_dropped, ==, -1);

  g_assert_null (hearth_scheme_recruitment_summary (f->scheme, "2026-03-31", "2026-01-01", &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (hearth_scheme_recruitment_summary (f->scheme, "March", "2026-01-01", &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
}

/* Two approvals give the mean of the middle two. */
static void
test_summary_even_median (SchemeFixture *f,
                          gconstpointer  data)
{
  const char *a[] = { "2026-01-20", "2026-02-10", "2026-03-01", "2026-04-01", "2026-05-01",
                      "2026-05-20", NULL };
  const char *c[] = { "2026-01-20", "2026-02-10", "2026-03-01", "2026-03-15", "2026-04-01",
                      "2026-04-10", NULL };
  g_autoptr(HearthCarer) one = walked_carer (f->scheme, "A", "2026-01-05", 4, a, NULL);
  g_autoptr(HearthCarer) two = walked_carer (f->scheme, "C", "2026-01-10", 1, c, NULL);
  g_autoptr(HearthRecruitmentSummary) summary = NULL;
  g_autoptr(GError) error = NULL;

  summary = hearth_scheme_recruitment_summary (f->scheme, "2026-01-01", "2026-01-31", &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (summary->median_days, 112.5, 0.001);
}

static void
test_summary_csv (SchemeFixture *f,
                  gconstpointer  data)
{
  g_autoptr(HearthRecruitmentSummary) summary = NULL;
  g_autoptr(HearthEnquirySource) source = hearth_enquiry_source_new ();
  g_autoptr(HearthCarer) quoted = hearth_carer_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;

  build_cohort (f->scheme);
  g_object_set (source, "name", "Fair, \"Spring\" 2026", NULL);
  hearth_scheme_insert (f->scheme, HEARTH_RECORD (source), &error);
  g_assert_no_error (error);
  g_object_set (quoted, "first-name", "Q", "last-name", "Quoted", "enquiry-date", "2026-03-02",
                "enquiry-source-id", hearth_record_get_id (HEARTH_RECORD (source)), NULL);
  hearth_scheme_add_carer (f->scheme, quoted, &error);
  g_assert_no_error (error);

  summary = hearth_scheme_recruitment_summary (f->scheme, "2026-01-01", "2026-03-31", &error);
  g_assert_no_error (error);
  csv = hearth_recruitment_summary_to_csv (summary);

  g_assert_true (g_str_has_prefix (csv, "Measure,Group,Value\r\nFrom,,2026-01-01\r\n"
                                        "To,,2026-03-31\r\nEnquiries,All sources,10\r\n"
                                        "Approved,All sources,3\r\n"
                                        "Enquiries,Word of mouth,4\r\n"
                                        "Approved,Word of mouth,2\r\n"
                                        "Conversion (%),Word of mouth,50.0\r\n"
                                        "Enquiries,Fostering agency,3\r\n"));
  g_assert_nonnull (strstr (csv, "\r\nConversion (%),Fostering agency,33.3\r\n"));
  g_assert_nonnull (strstr (csv, "\r\nEnquiries,\"Fair, \"\"Spring\"\" 2026\",1\r\n"));
  g_assert_nonnull (strstr (csv, "\r\nReached stage,Assessment,5\r\n"));
  g_assert_nonnull (strstr (csv, "\r\nDropped out at stage,Assessment,2\r\n"));
  g_assert_true (g_str_has_suffix (csv, "\r\nMedian days from enquiry to approval,,120.0\r\n"
                                        "Stage with most drop-outs,Assessment,2\r\n"));
}

/* A move out made by mistake is undone by a stage change of its own; approvals are not. */
static void
test_undo_move (SchemeFixture *f,
                gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = test_add_carer (f->scheme, "Una", "Doe");
  g_autoptr(HearthCarer) approved = test_approved_carer (f->scheme, "Abe", "Approved", 1, FALSE);
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;

  /* Nothing but the enquiry: nothing to undo. */
  g_assert_false (hearth_scheme_undo_carer_move (f->scheme, carer, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_STAGE);
  g_clear_error (&error);

  move_to (f->scheme, carer, "initial-visit", "2026-02-01");
  g_assert_true (hearth_scheme_move_carer (f->scheme, carer, "withdrawn", "2026-03-01",
                                           "Moving away", &error));
  g_assert_true (hearth_scheme_undo_carer_move (f->scheme, carer, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_carer_get_stage (carer), ==, "initial-visit");
  g_assert_cmpstr (hearth_carer_get_stage_since (carer), ==, "2026-02-01");

  history = hearth_scheme_load_related (f->scheme, HEARTH_TYPE_STAGE_CHANGE, "carer-id",
                                        hearth_record_get_id (HEARTH_RECORD (carer)), &error);
  g_assert_cmpuint (history->len, ==, 4);
  g_assert_cmpstr (hearth_stage_change_get_from_stage (g_ptr_array_index (history, 3)), ==,
                   "withdrawn");
  g_assert_cmpstr (hearth_stage_change_get_note (g_ptr_array_index (history, 3)), ==,
                   "Undone: the previous move was a mistake");

  g_assert_false (hearth_scheme_undo_carer_move (f->scheme, approved, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_STAGE);
  g_assert_cmpstr (error->message, ==, "Abe Approved’s last move cannot be undone.");
  g_assert_cmpstr (hearth_carer_get_stage (approved), ==, "approved");
}

/* The flow's order, its next stages and its labels come from the core's one list. */
static void
test_flow_order (void)
{
  static const char *expected[] = {
    "enquiry", "initial-visit", "application", "assessment", "preparation", "ready-for-panel",
    "approved",
  };

  g_assert_cmpuint (G_N_ELEMENTS (expected), ==, HEARTH_RECRUITMENT_N_STAGES);
  for (guint i = 0; i < HEARTH_RECRUITMENT_N_STAGES; i++)
    {
      g_assert_cmpstr (hearth_recruitment_stage (i), ==, expected[i]);
      g_assert_cmpint (hearth_recruitment_stage_position (expected[i]), ==, (int) i);
      g_assert_cmpstr (hearth_recruitment_stage_next (expected[i]), ==,
                       i + 1 < G_N_ELEMENTS (expected) ? expected[i + 1] : NULL);
      g_assert_true (hearth_recruitment_stage_has_target (expected[i]) ==
                     (i + 1 < G_N_ELEMENTS (expected)));
      g_assert_true (hearth_recruitment_stage_is_shown (expected[i]));
    }

  g_assert_cmpstr (hearth_recruitment_stage_label ("initial-visit"), ==, "Initial visit");
  g_assert_cmpstr (hearth_recruitment_stage_label ("preparation"), ==, "Preparation training");

  for (guint i = 0; i < 4; i++)
    {
      const char *out = (const char *[]) { "on-hold", "withdrawn", "declined",
                                           "approval-ended" }[i];

      g_assert_cmpint (hearth_recruitment_stage_position (out), ==, -1);
      g_assert_null (hearth_recruitment_stage_next (out));
      g_assert_false (hearth_recruitment_stage_has_target (out));
    }
  g_assert_true (hearth_recruitment_stage_is_shown ("on-hold"));
  g_assert_false (hearth_recruitment_stage_is_shown ("approval-ended"));
  g_assert_false (hearth_recruitment_stage_is_shown ("nonsense"));
  g_assert_cmpint (hearth_recruitment_stage_position (NULL), ==, -1);
  g_assert_null (hearth_recruitment_stage_next ("nonsense"));
}

#define ADD(path, func) \
  g_test_add (path, SchemeFixture, NULL, scheme_fixture_set_up, func, scheme_fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/recruitment/flow/order", test_flow_order);
  ADD ("/recruitment/checklist/each-item-named", test_each_missing_item_named);
  ADD ("/recruitment/checklist/household-member", test_household_member_named);
  ADD ("/recruitment/moves/back-and-out-need-reason", test_back_and_out_need_reason);
  ADD ("/recruitment/targets", test_stage_targets);
  ADD ("/recruitment/moves/undo", test_undo_move);
  ADD ("/recruitment/panel/decisions", test_panel_decisions);
  ADD ("/recruitment/approval-review", test_approval_review);
  ADD ("/recruitment/dues", test_dues);
  ADD ("/recruitment/summary/figures", test_summary_figures);
  ADD ("/recruitment/summary/even-median", test_summary_even_median);
  ADD ("/recruitment/summary/csv", test_summary_csv);

  return g_test_run ();
}
