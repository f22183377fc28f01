/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-recruitment-board.c: the Recruitment view's lists, computed for the whole scheme at
 * once: each card says what the per-carer rules say, the board holds whom it should, a carer
 * moved on changes their card alone, and the panels and dues lists follow the core. */

#define G_LOG_DOMAIN "test-recruitment-board"

#include "config.h"

#include "hearth-demo.h"
#include "hearth-test-util.h"

typedef struct
{
  guint position;
  guint removed;
  guint added;
} Change;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GArray     *changes)
{
  Change change = { position, removed, added };

  g_array_append_val (changes, change);
}

static void
loading_cb (GObject    *list,
            GParamSpec *pspec,
            GMainLoop  *loop)
{
  g_main_loop_quit (loop);
}

static void
wait_until_idle (HearthAggregateList *list)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  gulong id = g_signal_connect (list, "notify::loading", G_CALLBACK (loading_cb), loop);

  while (g_main_context_iteration (NULL, FALSE))
    ;
  if (hearth_aggregate_list_get_loading (list))
    g_main_loop_run (loop);
  g_signal_handler_disconnect (list, id);
}

static void
demo_fixture_set_up (SchemeFixture *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = test_temp_dir ();
  path = g_build_filename (fixture->dir, "Demo.hearth", NULL);
  fixture->file = g_file_new_for_path (path);
  fixture->scheme = hearth_demo_create (fixture->file, 1, HEARTH_DEMO_DEFAULT_SEED, NULL, NULL,
                                        &error);
  g_assert_no_error (error);
}

static char *
join (const char * const *words)
{
  return words != NULL ? g_strjoinv (", ", (char **) words) : NULL;
}

/* The counts of each kind of check, and the household, make the words of the checklist. */
static void
test_checklist_words (void)
{
  gint64 counts[HEARTH_PANEL_CHECKLIST_N_KINDS] = { 1, 1, 1, 1, 1, 1, 0 };
  gint64 all[HEARTH_PANEL_CHECKLIST_N_KINDS] = { 1, 2, 1, 1, 1, 1, 1 };
  const char *members[] = { "Tom Ash", NULL };
  g_autoptr(GPtrArray) missing = NULL;

  g_assert_cmpint (hearth_panel_checklist_index ("reference"), ==, 1);
  g_assert_cmpint (hearth_panel_checklist_index ("not-a-check"), ==, -1);
  g_assert_cmpstr (hearth_panel_checklist_kind (6), ==, "assessment-report");

  missing = hearth_panel_checklist_missing (counts, members);
  g_assert_cmpuint (missing->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (missing, 0), ==, "a second reference");
  g_assert_cmpstr (g_ptr_array_index (missing, 1), ==, "the assessment report");
  g_assert_cmpstr (g_ptr_array_index (missing, 2), ==, "agreement from Tom Ash (household member)");
  g_clear_pointer (&missing, g_ptr_array_unref);

  missing = hearth_panel_checklist_missing (all, NULL);
  g_assert_cmpuint (missing->len, ==, 0);
}

/* Who is on the board: everyone in recruitment or on hold; those approved, withdrawn or
 * declined for 90 days; never an ended approval or an archived carer. */
static void
test_on_board (SchemeFixture *f,
               gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = test_add_carer (f->scheme, "Ada", "Moss");
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_carer_is_on_recruitment_board (carer, "2026-11-22"));
  g_assert_true (hearth_scheme_move_carer (f->scheme, carer, "withdrawn", "2026-08-24",
                                           "Moved away", &error));
  g_assert_no_error (error);
  g_assert_true (hearth_carer_is_on_recruitment_board (carer, "2026-11-22"));
  g_assert_false (hearth_carer_is_on_recruitment_board (carer, "2026-11-23"));
  g_object_set (carer, "stage", "approval-ended", "stage-since", "2026-11-20", NULL);
  g_assert_false (hearth_carer_is_on_recruitment_board (carer, "2026-11-22"));
}

static HearthRecruitmentCard *
find_card (GPtrArray *cards,
           gint64     id)
{
  for (guint i = 0; i < cards->len; i++)
    {
      HearthRecruitmentCard *card = g_ptr_array_index (cards, i);

      if (hearth_record_get_id (HEARTH_RECORD (hearth_recruitment_card_get_carer (card))) == id)
        return card;
    }
  return NULL;
}

/* Computed for every carer at once, each card says what the rules for one carer say. */
static void
test_cards_agree_with_each_carer (SchemeFixture *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) carers = hearth_scheme_load_all (f->scheme, HEARTH_TYPE_CARER, &error);
  g_autoptr(GPtrArray) cards = hearth_scheme_list_recruitment_cards (f->scheme, "2026-11-22",
                                                                      &error);
  guint on_board = 0, with_missing = 0, complete = 0, past = 0;

  g_assert_no_error (error);
  g_assert_nonnull (cards);
  for (guint i = 0; i < carers->len; i++)
    {
      HearthCarer *carer = g_ptr_array_index (carers, i);
      HearthRecruitmentCard *card = find_card (cards, hearth_record_get_id (HEARTH_RECORD (carer)));
      const char *stage = hearth_carer_get_stage (carer);
      g_autoptr(GPtrArray) missing = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *got = NULL;
      g_autoptr(HearthRecord) assessor = NULL;

      g_assert_true ((card != NULL) == hearth_carer_is_on_recruitment_board (carer, "2026-11-22"));
      if (card == NULL)
        continue;
      on_board++;
      g_assert_cmpstr (hearth_recruitment_card_get_stage (card), ==, stage);
      g_assert_cmpint (hearth_recruitment_card_get_days_in_stage (card), ==,
                       hearth_date_days_between (hearth_carer_get_stage_since (carer),
                                                 "2026-11-22"));
      g_assert_cmpint (hearth_recruitment_card_get_past_target (card), ==,
                       hearth_scheme_carer_past_target (f->scheme, carer, "2026-11-22", NULL));
      past += hearth_recruitment_card_get_past_target (card) != HEARTH_PAST_TARGET_NONE;
      if (hearth_carer_get_assessor_id (carer) != 0)
        assessor = hearth_scheme_load (f->scheme, HEARTH_TYPE_STAFF,
                                       hearth_carer_get_assessor_id (carer), NULL);
      g_assert_cmpstr (hearth_recruitment_card_get_assessor (card), ==,
                       assessor != NULL ? hearth_staff_get_name (HEARTH_STAFF (assessor)) : NULL);

      if (g_str_equal (stage, "approved") || g_str_equal (stage, "withdrawn") ||
          g_str_equal (stage, "declined"))
        {
          g_assert_null (hearth_recruitment_card_get_missing (card));
          continue;
        }
      missing = hearth_scheme_missing_for_panel (f->scheme, carer, NULL);
      g_ptr_array_add (missing, NULL);
      expected = g_strjoinv (", ", (char **) missing->pdata);
      got = join (hearth_recruitment_card_get_missing (card));
      g_assert_cmpstr (got, ==, expected);
      with_missing += expected[0] != '\0';
      complete += expected[0] == '\0';
    }
  g_assert_cmpuint (cards->len, ==, on_board);
  /* The demo has carers at each point of the checklist, and some past their targets. */
  g_assert_cmpuint (on_board, >, 10);
  g_assert_cmpuint (with_missing, >, 0);
  g_assert_cmpuint (complete, >, 0);
  g_assert_cmpuint (past, >, 0);
}

static int
compare_in_array (gconstpointer a,
                  gconstpointer b)
{
  return hearth_recruitment_card_compare (*(HearthRecruitmentCard **) a,
                                          *(HearthRecruitmentCard **) b);
}

/* The board's order: by stage in the order of the flow, then by enquiry; a column is its
 * stage alone. */
static void
test_card_order (SchemeFixture *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) cards = hearth_scheme_list_recruitment_cards (f->scheme, "2026-11-22",
                                                                      NULL);

  g_ptr_array_sort (cards, compare_in_array);
  for (guint i = 1; i < cards->len; i++)
    {
      HearthRecruitmentCard *a = g_ptr_array_index (cards, i - 1);
      HearthRecruitmentCard *b = g_ptr_array_index (cards, i);
      const char *stage_a = hearth_recruitment_card_get_stage (a);
      const char *stage_b = hearth_recruitment_card_get_stage (b);
      int x = hearth_values_index (HEARTH_VALUES_CARER_STAGE, stage_a);
      int y = hearth_values_index (HEARTH_VALUES_CARER_STAGE, stage_b);
      gint64 id_a = hearth_record_get_id (HEARTH_RECORD (hearth_recruitment_card_get_carer (a)));
      gint64 id_b = hearth_record_get_id (HEARTH_RECORD (hearth_recruitment_card_get_carer (b)));

      g_assert_cmpint (x, <=, y);
      if (x == y)
        g_assert_cmpint (id_a, <, id_b);
      g_assert_true (hearth_recruitment_card_is_in_stage (b, stage_b));
      g_assert_true (hearth_recruitment_card_is_in_stage (b, NULL));
      g_assert_true (x == y || !hearth_recruitment_card_is_in_stage (a, stage_b));
    }
}

static guint
count_in_stage (GListModel *model,
                const char *stage)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HearthRecruitmentCard) card = g_list_model_get_item (model, i);

      n += hearth_recruitment_card_is_in_stage (card, stage);
    }
  return n;
}

/* A carer moved on through the core's workflow: the worker's next list replaces their card
 * alone, now in the next stage; every other card stays the same object. */
static void
test_move_changes_one_card (SchemeFixture *f,
                            gconstpointer  data)
{
  g_autoptr(HearthAggregateList) list = hearth_recruitment_card_list_new (f->scheme);
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(HearthCarer) carer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  HearthRecruitmentCard *moved;
  guint n, position = G_MAXUINT, enquiries, visits;

  hearth_aggregate_list_start (list);
  wait_until_idle (list);
  g_assert_null (hearth_aggregate_list_get_error (list));
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < n; i++)
    {
      HearthRecruitmentCard *card = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_ptr_array_add (before, card);
      if (position == G_MAXUINT && hearth_recruitment_card_is_in_stage (card, "enquiry"))
        position = i;
    }
  g_assert_cmpuint (position, !=, G_MAXUINT);
  enquiries = count_in_stage (G_LIST_MODEL (list), "enquiry");
  visits = count_in_stage (G_LIST_MODEL (list), "initial-visit");
  key = hearth_recruitment_card_dup_key (g_ptr_array_index (before, position));
  carer = hearth_recruitment_card_dup_carer (g_ptr_array_index (before, position));

  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), changes);
  g_assert_true (hearth_scheme_move_carer (f->scheme, carer, "initial-visit", NULL, NULL, &error));
  g_assert_no_error (error);
  /* The card computed before the move is as it was: the step worked on a copy. */
  g_assert_cmpstr (hearth_recruitment_card_get_stage (g_ptr_array_index (before, position)), ==,
                   "enquiry");
  wait_until_idle (list);

  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpuint (g_array_index (changes, Change, 0).position, ==, position);
  g_assert_cmpuint (g_array_index (changes, Change, 0).removed, ==, 1);
  g_assert_cmpuint (g_array_index (changes, Change, 0).added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n);
  moved = hearth_aggregate_list_find (list, key, NULL);
  g_assert_cmpstr (hearth_recruitment_card_get_stage (moved), ==, "initial-visit");
  g_assert_cmpint (hearth_recruitment_card_get_days_in_stage (moved), ==, 0);
  g_assert_cmpuint (count_in_stage (G_LIST_MODEL (list), "enquiry"), ==, enquiries - 1);
  g_assert_cmpuint (count_in_stage (G_LIST_MODEL (list), "initial-visit"), ==, visits + 1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthRecruitmentCard) now = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (i != position)
        g_assert_true (now == g_ptr_array_index (before, i));
    }
}

/* A panel with a ready carer on it: newest first, the seat says how ready they are, and a
 * decision recorded replaces that panel's row alone. */
static void
test_panels (SchemeFixture *f,
             gconstpointer  data)
{
  g_autoptr(HearthCarer) ready = test_add_carer (f->scheme, "Bea", "Hale");
  g_autoptr(HearthPanel) old = NULL;
  g_autoptr(HearthPanel) panel = NULL;
  g_autoptr(HearthPanelDecision) decision = NULL;
  g_autoptr(GPtrArray) summaries = NULL;
  g_autoptr(HearthPanelSeat) seat = NULL;
  g_autoptr(GError) error = NULL;
  HearthPanelSummary *first;
  HearthPanelSummary *second;

  old = hearth_scheme_schedule_panel (f->scheme, "2026-03-03", NULL, &error);
  panel = hearth_scheme_schedule_panel (f->scheme, "2026-12-01", "Mina Shah", &error);
  g_assert_no_error (error);
  test_complete_checklist (f->scheme, ready);
  for (guint i = 1; i <= 4; i++)
    g_assert_true (hearth_scheme_move_carer (f->scheme, ready, hearth_recruitment_stage (i),
                                             NULL, NULL, &error));
  decision = hearth_scheme_add_to_panel (f->scheme, panel, ready, &error);
  g_assert_no_error (error);

  summaries = hearth_scheme_list_panel_summaries (f->scheme, "2026-11-22", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summaries->len, ==, 2);
  first = g_ptr_array_index (summaries, 0);
  second = g_ptr_array_index (summaries, 1);
  if (hearth_panel_summary_compare (first, second) > 0)
    {
      HearthPanelSummary *swap = first;

      first = second;
      second = swap;
    }
  g_assert_cmpstr (hearth_panel_get_held_on (hearth_panel_summary_get_panel (first)), ==,
                   "2026-12-01");
  g_assert_false (hearth_panel_summary_has_met (first));
  g_assert_true (hearth_panel_summary_has_met (second));
  g_assert_cmpuint (g_list_model_get_n_items (hearth_panel_summary_get_seats (second)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (hearth_panel_summary_get_seats (first)), ==, 1);
  seat = g_list_model_get_item (hearth_panel_summary_get_seats (first), 0);
  g_assert_cmpstr (hearth_panel_seat_get_carer_name (seat), ==, "Bea Hale");
  g_assert_cmpstr (hearth_panel_seat_get_stage (seat), ==, "preparation");
  g_assert_true (hearth_panel_seat_is_pending (seat));
  g_assert_nonnull (hearth_panel_seat_get_missing (seat));
  g_assert_cmpuint (g_strv_length ((GStrv) hearth_panel_seat_get_missing (seat)), ==, 0);
  g_assert_cmpint (hearth_record_get_id (HEARTH_RECORD (hearth_panel_seat_dup_decision (seat))),
                   ==, hearth_record_get_id (HEARTH_RECORD (decision)));
}

/* The dues listed are the core's, each once. */
static void
test_dues (SchemeFixture *f,
           gconstpointer  data)
{
  g_autoptr(HearthAggregateList) list = hearth_carer_due_list_new (f->scheme);
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  guint overdue = 0, n;

  hearth_aggregate_list_start (list);
  wait_until_idle (list);
  g_assert_null (hearth_aggregate_list_get_error (list));
  expected = hearth_scheme_list_carer_dues (f->scheme, NULL, HEARTH_CARER_DUE_WITHIN_DAYS, &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, ==, expected->len);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthCarerDue) due = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert_true (g_hash_table_add (keys, hearth_carer_due_dup_key (due)));
      overdue += hearth_carer_due_is_overdue (due);
    }
  for (guint i = 0; i < expected->len; i++)
    overdue -= ((HearthDueItem *) g_ptr_array_index (expected, i))->overdue;
  g_assert_cmpuint (overdue, ==, 0);

  /* Read for every approved carer at once, the dues are those read for each carer alone. */
  {
    g_autoptr(GPtrArray) carers = hearth_scheme_load_all (f->scheme, HEARTH_TYPE_CARER, &error);
    g_autofree char *horizon = hearth_date_add_days ("2026-11-22", HEARTH_CARER_DUE_WITHIN_DAYS);
    guint found = 0;

    for (guint i = 0; i < carers->len; i++)
      {
        HearthCarer *carer = g_ptr_array_index (carers, i);
        g_autoptr(GPtrArray) own = hearth_scheme_list_dues_of_carer (f->scheme, carer, NULL,
                                                                     &error);

        g_assert_no_error (error);
        if (hearth_record_is_archived (HEARTH_RECORD (carer)))
          continue;
        for (guint j = 0; j < own->len; j++)
          {
            HearthDueItem *item = g_ptr_array_index (own, j);
            g_autofree char *key = NULL;
            HearthCarerDue *due;

            if (g_strcmp0 (item->due_on, horizon) > 0)
              continue;
            key = g_strdup_printf ("%" G_GINT64_FORMAT ":%s:%s", item->carer_id, item->kind,
                                   item->what);
            due = hearth_aggregate_list_find (list, key, NULL);
            g_assert_nonnull (due);
            g_assert_cmpstr (hearth_carer_due_get_due_on (due), ==, item->due_on);
            found++;
          }
      }
    g_assert_cmpuint (found, ==, n);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/recruitment-board/checklist-words", test_checklist_words);
  g_test_add ("/recruitment-board/on-board", SchemeFixture, NULL, scheme_fixture_set_up,
              test_on_board, scheme_fixture_tear_down);
  g_test_add ("/recruitment-board/cards-agree", SchemeFixture, NULL, demo_fixture_set_up,
              test_cards_agree_with_each_carer, scheme_fixture_tear_down);
  g_test_add ("/recruitment-board/order", SchemeFixture, NULL, demo_fixture_set_up,
              test_card_order, scheme_fixture_tear_down);
  g_test_add ("/recruitment-board/move-changes-one-card", SchemeFixture, NULL,
              demo_fixture_set_up, test_move_changes_one_card, scheme_fixture_tear_down);
  g_test_add ("/recruitment-board/panels", SchemeFixture, NULL, scheme_fixture_set_up,
              test_panels, scheme_fixture_tear_down);
  g_test_add ("/recruitment-board/dues", SchemeFixture, NULL, demo_fixture_set_up, test_dues,
              scheme_fixture_tear_down);

  return g_test_run ();
}
