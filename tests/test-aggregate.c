/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-aggregate.c: a list computed by a worker tells its views exactly what changed (a row
 * replaced, a run of rows removed, rows appended) and nothing else, whether it is computed
 * in a worker or on the spot; the Reviews summaries follow a change to one review with one
 * row changed. Today is 2026-11-22 (HEARTH_TODAY). */

#define G_LOG_DOMAIN "test-aggregate"

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

  return g_test_run ();
}
