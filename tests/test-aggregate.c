/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-aggregate.c: a list computed by a worker tells its views exactly what changed (a row
 * replaced, a run of rows removed, rows appended) and nothing else, whether it is computed
 * in a worker or on the spot; the Reviews summaries, the Dashboard's items needing attention
 * and the carers suggested for a person each follow a change to one record with one row
 * changed. Today is 2026-11-22 (HEARTH_TODAY). */

#define G_LOG_DOMAIN "test-aggregate"

#include "config.h"

#include <string.h>

#include "hearth-attention-item.h"
#include "hearth-dashboard-figure.h"
#include "hearth-date.h"
#include "hearth-demo.h"
#include "hearth-money.h"
#include "hearth-outcome-item.h"
#include "hearth-suggestion-list.h"
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
assert_change (GArray *changes,
               guint   index,
               guint   position,
               guint   removed,
               guint   added)
{
  Change *change;

  g_assert_cmpuint (index, <, changes->len);
  change = &g_array_index (changes, Change, index);
  g_assert_cmpuint (change->position, ==, position);
  g_assert_cmpuint (change->removed, ==, removed);
  g_assert_cmpuint (change->added, ==, added);
}

/* What the next load returns: summaries named by number, with the title they say. */
static GPtrArray *script;

static HearthReviewSummary *
summary (gint64      id,
         const char *title)
{
  g_autoptr(HearthReview) review = hearth_review_new ();

  hearth_record_set_id (HEARTH_RECORD (review), id);
  return hearth_review_summary_new (review, title, HEARTH_REVIEW_STATE_UPCOMING);
}

static void
set_script (const char *spec)
{
  g_auto(GStrv) parts = g_strsplit (spec, " ", -1);

  g_clear_pointer (&script, g_ptr_array_unref);
  script = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      /* "2" is review 2 titled "2"; "2'" is review 2 titled "2'". */
      gint64 id = g_ascii_strtoll (parts[i], NULL, 10);

      g_ptr_array_add (script, summary (id, parts[i]));
    }
}

static GPtrArray *
load_script (HearthScheme  *reader,
             gpointer       user_data,
             GCancellable  *cancellable,
             GError       **error)
{
  g_assert_true (HEARTH_IS_SCHEME (reader));
  return g_ptr_array_ref (script);
}

static HearthAggregateList *
scripted_list (HearthScheme *scheme)
{
  return hearth_aggregate_list_new (scheme, HEARTH_TYPE_REVIEW_SUMMARY, load_script,
                                    (HearthAggregateKeyFunc) hearth_review_summary_dup_key,
                                    (HearthAggregateSameFunc) hearth_review_summary_same,
                                    NULL, NULL);
}

static char *
titles (GListModel *model)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HearthReviewSummary) s = g_list_model_get_item (model, i);

      g_string_append_printf (out, "%s%s", i > 0 ? " " : "", hearth_review_summary_get_title (s));
    }
  return g_string_free (out, FALSE);
}

static void
test_exact_changes (SchemeFixture *fixture,
                    gconstpointer  data)
{
  g_autoptr(HearthAggregateList) list = scripted_list (fixture->scheme);
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(GError) error = NULL;
  g_autofree char *after_first = NULL;
  g_autofree char *after_second = NULL;
  g_autofree char *after_third = NULL;

  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), changes);
  g_assert_false (hearth_aggregate_list_get_loaded (list));

  set_script ("1 2 3 4 5");
  g_assert_true (hearth_aggregate_list_refresh_sync (list, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_aggregate_list_get_loaded (list));
  g_assert_cmpuint (changes->len, ==, 1);
  assert_change (changes, 0, 0, 0, 5);

  /* Review 2 says something new and review 4 is gone: one row replaced, one removed. */
  g_array_set_size (changes, 0);
  set_script ("5 2' 1 3");
  g_assert_true (hearth_aggregate_list_refresh_sync (list, &error));
  after_first = titles (G_LIST_MODEL (list));
  g_assert_cmpstr (after_first, ==, "1 2' 3 5");
  g_assert_cmpuint (changes->len, ==, 2);
  assert_change (changes, 0, 3, 1, 0);
  assert_change (changes, 1, 1, 1, 1);

  /* Nothing changed: nothing is said. */
  g_array_set_size (changes, 0);
  g_assert_true (hearth_aggregate_list_refresh_sync (list, &error));
  g_assert_cmpuint (changes->len, ==, 0);

  /* Two new ones are appended in one change; a run of removals is one change. */
  set_script ("1 5 6 7");
  g_assert_true (hearth_aggregate_list_refresh_sync (list, &error));
  after_second = titles (G_LIST_MODEL (list));
  g_assert_cmpstr (after_second, ==, "1 5 6 7");
  g_assert_cmpuint (changes->len, ==, 2);
  assert_change (changes, 0, 1, 2, 0);
  assert_change (changes, 1, 2, 0, 2);

  /* Found by key, where it now is. */
  {
    guint position = 0;

    g_assert_nonnull (hearth_aggregate_list_find (list, "review:6", &position));
    g_assert_cmpuint (position, ==, 2);
    g_assert_null (hearth_aggregate_list_find (list, "review:2", NULL));
  }

  /* Every row replaced in a row is one change, not one per row. */
  g_array_set_size (changes, 0);
  set_script ("1' 5' 6' 7'");
  g_assert_true (hearth_aggregate_list_refresh_sync (list, &error));
  after_third = titles (G_LIST_MODEL (list));
  g_assert_cmpstr (after_third, ==, "1' 5' 6' 7'");
  g_assert_cmpuint (changes->len, ==, 1);
  assert_change (changes, 0, 0, 4, 4);

  g_clear_pointer (&script, g_ptr_array_unref);
}

static void
loaded_cb (GObject    *list,
           GParamSpec *pspec,
           GMainLoop  *loop)
{
  g_main_loop_quit (loop);
}

static void
wait_until_idle (HearthAggregateList *list)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  gulong id = g_signal_connect (list, "notify::loading", G_CALLBACK (loaded_cb), loop);

  /* The refresh waits for the changes of one save to arrive together. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  if (hearth_aggregate_list_get_loading (list))
    g_main_loop_run (loop);
  g_signal_handler_disconnect (list, id);
}

/* The Reviews summaries, computed by a worker on its own connection, follow a change to
 * one review, saved on the scheme's connection, with one row changed and no other. */
static void
test_reviews_follow_a_save (SchemeFixture *fixture,
                            gconstpointer  data)
{
  g_autoptr(HearthAggregateList) list = hearth_review_summary_list_new (fixture->scheme);
  g_autoptr(HearthAggregateList) by_hand = hearth_review_summary_list_new (fixture->scheme);
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(HearthReviewSummary) held = NULL;
  g_autoptr(HearthRecord) review = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  guint n, position = G_MAXUINT;

  hearth_aggregate_list_start (list);
  g_assert_true (hearth_aggregate_list_get_loading (list));
  wait_until_idle (list);
  g_assert_true (hearth_aggregate_list_get_loaded (list));
  g_assert_null (hearth_aggregate_list_get_error (list));

  /* The worker found what the scheme's own connection finds. */
  g_assert_true (hearth_aggregate_list_refresh_sync (by_hand, &error));
  g_assert_no_error (error);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (n, >, 10);
  g_assert_cmpuint (n, ==, g_list_model_get_n_items (G_LIST_MODEL (by_hand)));

  for (guint i = 0; i < n && held == NULL; i++)
    {
      g_autoptr(HearthReviewSummary) s = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (hearth_review_summary_get_state (s) == HEARTH_REVIEW_STATE_HELD)
        {
          held = g_object_ref (s);
          position = i;
        }
    }
  g_assert_nonnull (held);
  key = hearth_review_summary_dup_key (held);

  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), changes);
  review = hearth_record_copy (HEARTH_RECORD (hearth_review_summary_get_review (held)));
  hearth_record_set_id (review, hearth_record_get_id (HEARTH_RECORD (hearth_review_summary_get_review (held))));
  g_object_set (review, "reviewer", "Priya Natarajan", NULL);
  g_assert_true (hearth_scheme_update (fixture->scheme, review, &error));
  g_assert_no_error (error);

  wait_until_idle (list);
  g_assert_cmpuint (changes->len, ==, 1);
  assert_change (changes, 0, position, 1, 1);
  {
    HearthReviewSummary *now = hearth_aggregate_list_find (list, key, NULL);

    g_assert_cmpstr (hearth_review_get_reviewer (hearth_review_summary_get_review (now)), ==,
                     "Priya Natarajan");
  }
}

static int
compare_attention (gconstpointer a,
                   gconstpointer b)
{
  return hearth_attention_item_compare (*(HearthAttentionItem **) a, *(HearthAttentionItem **) b);
}

/* The Dashboard's items needing attention, computed by a worker, are those the scheme's own
 * connection finds, in the same order once sorted; a change to one person's risk review
 * replaces their item alone, and a review far off removes it alone. */
static void
test_attention_follows_a_save (SchemeFixture *fixture,
                               gconstpointer  data)
{
  g_autoptr(HearthAggregateList) list = hearth_attention_list_new (fixture->scheme);
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(HearthRecord) person = NULL;
  g_autoptr(GError) error = NULL;
  HearthAttentionItem *risk = NULL;
  g_autofree char *key = NULL;
  guint n, position = G_MAXUINT, overdue = 0;

  hearth_aggregate_list_start (list);
  wait_until_idle (list);
  g_assert_null (hearth_aggregate_list_get_error (list));
  expected = hearth_dashboard_needs_attention (fixture->scheme, "2026-11-22", &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (n, >, 10);
  g_assert_cmpuint (n, ==, expected->len);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (list), i));
  g_ptr_array_sort (items, compare_attention);
  for (guint i = 0; i < n; i++)
    {
      HearthAttention *a = expected->pdata[i];
      HearthAttentionItem *item = items->pdata[i];

      g_assert_cmpstr (hearth_attention_item_get_record (item), ==, a->record);
      g_assert_cmpstr (hearth_attention_item_get_title (item), ==, a->title);
      g_assert_cmpint (hearth_attention_item_get_kind (item), ==, a->kind);
      g_assert_true (hearth_attention_item_matches (item, "all", NULL));
      g_assert_true (hearth_attention_item_matches (item, "overdue", NULL) == a->overdue);
      g_assert_true (hearth_attention_item_matches (item, "due", NULL) == !a->overdue);
      g_assert_true (hearth_attention_item_matches (item, NULL, a->title));
      g_assert_false (hearth_attention_item_matches (item, NULL, "no such words"));
      overdue += a->overdue;
      if (risk == NULL && a->kind == HEARTH_ATTENTION_RISK_OVERDUE)
        risk = item;
    }
  g_assert_cmpuint (hearth_attention_list_count_overdue (G_LIST_MODEL (list)), ==, overdue);
  g_assert_nonnull (risk);
  key = hearth_attention_item_dup_key (risk);
  g_assert_nonnull (hearth_aggregate_list_find (list, key, &position));

  /* The risk review, due a week earlier: still overdue, one row says so. */
  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), changes);
  person = hearth_scheme_load (fixture->scheme, HEARTH_TYPE_PERSON,
                               g_ascii_strtoll (strchr (hearth_attention_item_get_record (risk), ':') + 1,
                                                NULL, 10), &error);
  g_assert_no_error (error);
  {
    g_autofree char *earlier = hearth_date_add_days (hearth_attention_item_get_date (risk), -7);

    g_object_set (person, "risk-review-due", earlier, NULL);
  }
  g_assert_true (hearth_scheme_update (fixture->scheme, person, &error));
  g_assert_no_error (error);
  wait_until_idle (list);
  g_assert_cmpuint (changes->len, ==, 1);
  assert_change (changes, 0, position, 1, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n);

  /* Due next year: the item goes, and nothing else. */
  g_array_set_size (changes, 0);
  g_object_set (person, "risk-review-due", "2027-11-01", NULL);
  g_assert_true (hearth_scheme_update (fixture->scheme, person, &error));
  g_assert_no_error (error);
  wait_until_idle (list);
  g_assert_cmpuint (changes->len, ==, 1);
  assert_change (changes, 0, position, 1, 0);
  g_assert_null (hearth_aggregate_list_find (list, key, NULL));
}

/* Two review actions alike about one review are two items, not one lost. */
static void
test_attention_keys_unique (void)
{
  HearthAttention a = { HEARTH_ATTENTION_ACTION_OVERDUE, (char *) "review:4",
                        (char *) "Ring the GP (Sam)", (char *) "Past due", (char *) "2026-10-01",
                        TRUE };
  HearthAttention b = { HEARTH_ATTENTION_TRAINING, (char *) "carer:2",
                        (char *) "First aid training of Ann Lee", (char *) "Expires",
                        (char *) "2026-12-01", FALSE };
  g_autoptr(GPtrArray) attention = g_ptr_array_new ();
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_ptr_array_add (attention, &a);
  g_ptr_array_add (attention, &a);
  g_ptr_array_add (attention, &b);
  items = hearth_attention_items_from (attention);
  g_assert_cmpuint (items->len, ==, 3);
  for (guint i = 0; i < items->len; i++)
    g_assert_true (g_hash_table_add (keys, hearth_attention_item_dup_key (items->pdata[i])));
  g_assert_true (hearth_attention_item_same (items->pdata[0], items->pdata[1]));
  g_assert_cmpint (hearth_attention_item_compare (items->pdata[0], items->pdata[2]), <, 0);
  g_assert_true (hearth_attention_item_is_of (items->pdata[2], "carer:2"));
}

/* The Scheme Today, line by line, in its order; the outcomes over a range chosen. */
static void
test_figures_and_outcomes (SchemeFixture *fixture,
                           gconstpointer  data)
{
  g_autoptr(HearthAggregateList) figures = hearth_dashboard_figure_list_new (fixture->scheme);
  g_autoptr(HearthAggregateList) outcomes = hearth_outcome_list_new (fixture->scheme,
                                                                     "2025-11-23", "2026-11-22");
  g_autoptr(HearthSchemeToday) today = NULL;
  g_autoptr(GArray) shares = NULL;
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(GError) error = NULL;
  g_autofree char *fees = NULL;
  gint64 answered = 0;

  g_assert_true (hearth_aggregate_list_refresh_sync (figures, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (figures)), ==, 6);
  today = hearth_dashboard_scheme_today (fixture->scheme, "2026-11-22", &error);
  g_assert_no_error (error);
  fees = hearth_money_format (today->weekly_fee_pence);
  {
    HearthDashboardFigure *people = hearth_aggregate_list_find (figures, "people", NULL);
    HearthDashboardFigure *weekly = hearth_aggregate_list_find (figures, "weekly-fees", NULL);

    g_assert_cmpstr (hearth_dashboard_figure_get_title (people), ==, "People");
    g_assert_cmpstr (hearth_dashboard_figure_get_text (weekly), ==, fees);
    g_assert_cmpint (hearth_dashboard_figure_compare (people, weekly), <, 0);
    g_assert_true (hearth_dashboard_figure_matches (weekly, "weekly"));
    g_assert_false (hearth_dashboard_figure_matches (weekly, "no such words"));
  }

  g_assert_true (hearth_aggregate_list_refresh_sync (outcomes, &error));
  g_assert_no_error (error);
  shares = hearth_dashboard_outcomes (fixture->scheme, "2025-11-23", "2026-11-22", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (outcomes)), ==, shares->len);
  for (guint i = 0; i < shares->len; i++)
    {
      HearthOutcomeShare *share = &g_array_index (shares, HearthOutcomeShare, i);
      HearthOutcomeItem *item = hearth_aggregate_list_find (outcomes, share->area, NULL);

      g_assert_cmpint (hearth_outcome_item_get_share (item)->answered, ==, share->answered);
      g_assert_cmpint (hearth_outcome_item_get_share (item)->better, ==, share->better);
      answered += share->answered;
    }
  g_assert_cmpint (answered, >, 0);

  /* A range with no reviews in it: every area that had answers says none now. */
  g_signal_connect (outcomes, "items-changed", G_CALLBACK (items_changed_cb), changes);
  hearth_outcome_list_set_range (outcomes, "2001-01-01", "2001-12-31");
  wait_until_idle (outcomes);
  g_assert_cmpuint (changes->len, >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (outcomes)); i++)
    {
      g_autoptr(HearthOutcomeItem) item = g_list_model_get_item (G_LIST_MODEL (outcomes), i);
      g_autofree char *figure = hearth_outcome_item_dup_figure (item);

      g_assert_cmpint (hearth_outcome_item_get_share (item)->answered, ==, 0);
      g_assert_false (hearth_outcome_item_matches (item, TRUE));
      g_assert_cmpstr (figure, ==, "no answers");
    }
}

static gboolean
needs_match (HearthPerson *person)
{
  const char *status = hearth_person_get_status (person);

  return !hearth_record_is_archived (HEARTH_RECORD (person)) &&
         (g_str_equal (status, "referred") || g_str_equal (status, "matching"));
}

static int
compare_suggestions (gconstpointer a,
                     gconstpointer b)
{
  return hearth_suggestion_compare (*(HearthSuggestion **) a, *(HearthSuggestion **) b);
}

/* The carers for one person, ranked by a worker, sort as the core ranks them; shortlisting
 * one replaces that carer's line alone. */
static void
test_suggestions_follow_a_save (SchemeFixture *fixture,
                                gconstpointer  data)
{
  g_autoptr(HearthAggregateList) list = hearth_suggestion_list_new (fixture->scheme);
  g_autoptr(GPtrArray) people = hearth_scheme_load_all (fixture->scheme, HEARTH_TYPE_PERSON, NULL);
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(GError) error = NULL;
  HearthPerson *person = NULL;
  HearthSuggestion *first;
  guint n, candidates = 0, position = G_MAXUINT;
  g_autofree char *key = NULL;

  for (guint i = 0; i < people->len && person == NULL; i++)
    if (needs_match (people->pdata[i]))
      person = people->pdata[i];
  g_assert_nonnull (person);

  /* No one asked for: no carers. */
  hearth_aggregate_list_start (list);
  wait_until_idle (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);

  hearth_suggestion_list_set_request (list, hearth_record_get_id (HEARTH_RECORD (person)),
                                      "long-term", FALSE);
  wait_until_idle (list);
  g_assert_null (hearth_aggregate_list_get_error (list));
  expected = hearth_scheme_suggest_carers (fixture->scheme, person, "long-term", FALSE, &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (n, ==, expected->len);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (list), i));
  g_ptr_array_sort (items, compare_suggestions);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpint (hearth_suggestion_get_carer_id (items->pdata[i]), ==,
                       hearth_suggestion_get_carer_id (expected->pdata[i]));
      g_assert_cmpint (hearth_suggestion_get_score (items->pdata[i]), ==,
                       hearth_suggestion_get_score (expected->pdata[i]));
      g_assert_true (hearth_suggestion_same (items->pdata[i], expected->pdata[i]));
      g_assert_true (hearth_suggestion_matches (items->pdata[i], "all"));
      g_assert_true (hearth_suggestion_matches (items->pdata[i], "candidates") !=
                     hearth_suggestion_matches (items->pdata[i], "ruled-out"));
      candidates += hearth_suggestion_matches (items->pdata[i], "candidates");
    }
  g_assert_cmpuint (candidates, >, 0);
  g_assert_cmpuint (candidates, <, n);

  first = items->pdata[0];
  g_assert_false (hearth_suggestion_get_shortlisted (first));
  key = hearth_suggestion_dup_key (first);
  g_assert_nonnull (hearth_aggregate_list_find (list, key, &position));
  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), changes);
  g_assert_true (hearth_scheme_shortlist_carer (fixture->scheme, person,
                                                hearth_suggestion_get_carer (first), &error));
  g_assert_no_error (error);
  /* A shortlist is no record the scheme announces: whoever writes it asks again. */
  hearth_aggregate_list_refresh (list);
  wait_until_idle (list);
  g_assert_cmpuint (changes->len, ==, 1);
  assert_change (changes, 0, position, 1, 1);
  g_assert_true (hearth_suggestion_get_shortlisted (hearth_aggregate_list_find (list, key, NULL)));

  /* Another arrangement type is another ranking, of the same carers. */
  g_array_set_size (changes, 0);
  hearth_suggestion_list_set_request (list, hearth_record_get_id (HEARTH_RECORD (person)),
                                      "day-support", TRUE);
  wait_until_idle (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n);
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/aggregate/exact-changes", SchemeFixture, NULL, scheme_fixture_set_up,
              test_exact_changes, scheme_fixture_tear_down);
  g_test_add ("/aggregate/reviews-follow-a-save", SchemeFixture, NULL, demo_fixture_set_up,
              test_reviews_follow_a_save, scheme_fixture_tear_down);
  g_test_add ("/aggregate/attention-follows-a-save", SchemeFixture, NULL, demo_fixture_set_up,
              test_attention_follows_a_save, scheme_fixture_tear_down);
  g_test_add_func ("/aggregate/attention-keys-unique", test_attention_keys_unique);
  g_test_add ("/aggregate/figures-and-outcomes", SchemeFixture, NULL, demo_fixture_set_up,
              test_figures_and_outcomes, scheme_fixture_tear_down);
  g_test_add ("/aggregate/suggestions-follow-a-save", SchemeFixture, NULL, demo_fixture_set_up,
              test_suggestions_follow_a_save, scheme_fixture_tear_down);

  return g_test_run ();
}
