/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-trial-board.c: the rules the Trials board filters and sorts by: which column a trial
 * is in, when an agreed trial leaves the board, who a search finds, and the order of a
 * column and of the closed list. */

#define G_LOG_DOMAIN "test-trial-board"

#include "config.h"

#include "hearth-test-util.h"

static HearthTrial *
trial_at (const char *stage,
          const char *since,
          const char *outcome,
          const char *closed_on,
          gint64      id)
{
  HearthTrial *trial = hearth_trial_new ();

  g_object_set (trial, "stage", stage, "stage-since", since, "outcome", outcome,
                "closed-on", closed_on, NULL);
  hearth_record_set_id (HEARTH_RECORD (trial), id);
  return trial;
}

static void
test_order (void)
{
  g_autoptr(HearthTrial) old = trial_at ("first-meeting", "2026-10-01", "open", NULL, 5);
  g_autoptr(HearthTrial) recent = trial_at ("first-meeting", "2026-11-20", "open", NULL, 2);
  g_autoptr(HearthTrial) same_day = trial_at ("first-meeting", "2026-10-01", "open", NULL, 7);
  g_autoptr(HearthTrial) closed_early = trial_at ("decision", "2026-05-01", "withdrawn",
                                                  "2026-05-02", 3);
  g_autoptr(HearthTrial) closed_late = trial_at ("decision", "2026-08-01", "declined-by-carer",
                                                 "2026-08-09", 1);
  g_autoptr(HearthTrial) closed_late_too = trial_at ("decision", "2026-08-01", "withdrawn",
                                                     "2026-08-09", 4);

  /* The longest waiting first; the older trial first on the same day. */
  g_assert_cmpint (hearth_trial_compare_waiting (old, recent), <, 0);
  g_assert_cmpint (hearth_trial_compare_waiting (recent, old), >, 0);
  g_assert_cmpint (hearth_trial_compare_waiting (old, same_day), <, 0);
  g_assert_cmpint (hearth_trial_compare_waiting (old, old), ==, 0);

  /* The most recently closed first; the newer trial first on the same day. */
  g_assert_cmpint (hearth_trial_compare_closed (closed_late, closed_early), <, 0);
  g_assert_cmpint (hearth_trial_compare_closed (closed_early, closed_late), >, 0);
  g_assert_cmpint (hearth_trial_compare_closed (closed_late_too, closed_late), <, 0);

  g_assert_true (hearth_trial_is_open (old));
  g_assert_false (hearth_trial_is_open (closed_early));
  g_assert_cmpint (hearth_trial_days_in_stage (old, "2026-11-22"), ==, 52);
  g_assert_cmpint (hearth_trial_days_in_stage (recent, "2026-11-01"), ==, 0);
}

static void
test_matches (SchemeFixture *fixture,
              gconstpointer  data)
{
  g_autoptr(HearthPerson) person = test_add_person (fixture->scheme, "Dylan", "Marsh");
  g_autoptr(HearthCarer) carer = test_approved_carer (fixture->scheme, "Bronwen", "Ashdown", 2,
                                                      FALSE);
  g_autoptr(HearthRecordList) people = hearth_record_list_get_shared (fixture->scheme,
                                                                      HEARTH_TYPE_PERSON, NULL);
  g_autoptr(HearthRecordList) carers = hearth_record_list_get_shared (fixture->scheme,
                                                                      HEARTH_TYPE_CARER, NULL);
  g_autoptr(HearthTrialBoard) board = hearth_trial_board_new (fixture->scheme, NULL);
  g_autoptr(HearthTrial) trial = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pair = NULL;

  trial = hearth_scheme_propose_trial (fixture->scheme, person, carer, "long-term", "2026-11-01",
                                       NULL, &error);
  g_assert_no_error (error);

  /* Either side's name, whatever its case; the empty search finds everyone. */
  g_assert_true (hearth_trial_matches (trial, "marsh", people, carers));
  g_assert_true (hearth_trial_matches (trial, "ashdown", people, carers));
  g_assert_true (hearth_trial_matches (trial, "bronwen a", people, carers));
  g_assert_true (hearth_trial_matches (trial, "", people, carers));
  g_assert_true (hearth_trial_matches (trial, NULL, people, carers));
  g_assert_false (hearth_trial_matches (trial, "whitcombe", people, carers));
  g_assert_true (hearth_trial_board_matches (board, trial, "dylan"));
  g_assert_false (hearth_trial_board_matches (board, trial, "whitcombe"));

  /* A name changed is found by its new spelling at once. */
  g_object_set (person, "last-name", "Whitcombe", NULL);
  g_assert_true (hearth_scheme_update (fixture->scheme, HEARTH_RECORD (person), &error));
  g_assert_no_error (error);
  g_assert_true (hearth_trial_board_matches (board, trial, "whitcombe"));
  g_assert_false (hearth_trial_board_matches (board, trial, "marsh"));
  pair = hearth_trial_board_dup_pair (board, trial);
  g_assert_cmpstr (pair, ==, "Dylan Whitcombe ↔ Bronwen Ashdown");
}

static void
started_cb (gpointer board,
            guint   *count)
{
  (*count)++;
}

static void
test_columns (SchemeFixture *fixture,
              gconstpointer  data)
{
  g_autoptr(HearthPerson) person = test_add_person (fixture->scheme, "Dylan", "Marsh");
  g_autoptr(HearthCarer) carer = test_approved_carer (fixture->scheme, "Bronwen", "Ashdown", 2,
                                                      FALSE);
  g_autoptr(HearthPerson) other = test_add_person (fixture->scheme, "Halcyon", "Teague");
  g_autoptr(HearthTrialBoard) board = hearth_trial_board_new (fixture->scheme, NULL);
  g_autoptr(HearthTrial) open = NULL;
  g_autoptr(HearthTrial) agreed = NULL;
  g_autoptr(GError) error = NULL;
  guint started = 0;

  g_assert_nonnull (board);
  g_assert_cmpint (hearth_trial_board_get_stall_days (board), ==, 21);
  open = hearth_scheme_propose_trial (fixture->scheme, person, carer, "short-breaks", "2026-10-01",
                                      NULL, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_trial_board_is_in_stage (board, open, "proposed"));
  g_assert_false (hearth_trial_board_is_in_stage (board, open, "decision"));
  g_assert_true (hearth_trial_board_is_stalled (board, open, "2026-11-22"));
  g_assert_false (hearth_trial_board_is_stalled (board, open, "2026-10-20"));
  g_assert_true (hearth_trial_board_is_on_board (board, open));
  g_assert_false (hearth_trial_board_is_ready (board, open));

  /* Agreed by both, it waits in its column until its arrangement starts. */
  agreed = test_agreed_trial (fixture->scheme, other, carer, "long-term");
  g_assert_true (hearth_trial_board_is_ready (board, agreed));
  g_assert_true (hearth_trial_board_is_in_stage (board, agreed,
                                                 hearth_trial_get_stage (agreed)));
  g_assert_false (hearth_trial_board_is_stalled (board, agreed, "2027-11-22"));
  g_signal_connect (board, "started-changed", G_CALLBACK (started_cb), &started);
  g_assert_true (test_start_from_trial (fixture->scheme, agreed, "2026-11-22", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (started, ==, 1);
  g_assert_true (hearth_trial_board_is_started (board, agreed));
  g_assert_false (hearth_trial_board_is_ready (board, agreed));
  g_assert_false (hearth_trial_board_is_on_board (board, agreed));
  g_assert_false (hearth_trial_board_is_in_stage (board, agreed,
                                                  hearth_trial_get_stage (agreed)));
  /* An arrangement not from a trial changes nothing on the board. */
  g_assert_true (hearth_trial_board_is_in_stage (board, open, "proposed"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/trial-board/order", test_order);
  g_test_add ("/trial-board/matches", SchemeFixture, NULL, scheme_fixture_set_up, test_matches,
              scheme_fixture_tear_down);
  g_test_add ("/trial-board/columns", SchemeFixture, NULL, scheme_fixture_set_up, test_columns,
              scheme_fixture_tear_down);

  return g_test_run ();
}
