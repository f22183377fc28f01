/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-async.c: opening, creating, the demo, backups and restores in a worker thread: the
 * same results as the blocking calls, a cancelled open that leaves the file byte for byte as
 * it was, and a main loop that goes on turning while a large scheme opens. */

#define G_LOG_DOMAIN "test-async"

#include "config.h"

#include <glib/gstdio.h>
#include <utime.h>

#include "hearth-backup.h"
#include "hearth-demo.h"
#include "hearth-export.h"
#include "hearth-scheme-private.h"
#include "hearth-test-util.h"

/* Every step an open is checked between, in order. */
static const char * const steps[] = {
  "resolve", "header", "preflight", "quick-check", "migrations", "details", "writer",
};

static const char *cancel_at;
static GPtrArray *steps_seen;

static void
cancel_at_step (const char   *step,
                GCancellable *cancellable)
{
  if (steps_seen != NULL)
    g_ptr_array_add (steps_seen, g_strdup (step));
  if (cancellable != NULL && g_strcmp0 (step, cancel_at) == 0)
    g_cancellable_cancel (cancellable);
}

static void
got_result_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  GAsyncResult **out = data;

  *out = g_object_ref (result);
  g_main_context_wakeup (NULL);
}

/* Runs the main loop until the call that was handed @result's address has finished. */
static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}

static HearthScheme *
open_in_thread (GFile         *file,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  hearth_scheme_open_async (file, cancellable, got_result_cb, &result);
  return hearth_scheme_open_finish (wait_for (&result), error);
}

/* The bytes of the file and of the log and journal beside it, NULL where there is none. */
static GPtrArray *
snapshot (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  const char *suffixes[] = { "", "-wal", "-journal" };
  GPtrArray *files = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);
      char *contents = NULL;
      gsize length = 0;

      g_ptr_array_add (files, g_file_get_contents (name, &contents, &length, NULL)
                              ? g_bytes_new_take (contents, length) : NULL);
    }

  return files;
}

static void
assert_same_bytes (GPtrArray *before,
                   GPtrArray *after)
{
  for (guint i = 0; i < before->len; i++)
    {
      GBytes *a = g_ptr_array_index (before, i);
      GBytes *b = g_ptr_array_index (after, i);

      g_assert_true ((a == NULL) == (b == NULL));
      if (a != NULL)
        g_assert_true (g_bytes_equal (a, b));
    }
}

/* The async open finishes with what the blocking one gives: the same scheme, or the same
 * refusal. */
static void
test_same_result (SchemeFixture *f,
                  gconstpointer  data)
{
  g_autofree char *foreign = g_build_filename (f->dir, "notes.hearth", NULL);
  g_autoptr(GFile) foreign_file = g_file_new_for_path (foreign);
  g_autoptr(HearthScheme) blocking = NULL;
  g_autoptr(HearthScheme) threaded = NULL;
  g_autoptr(GError) blocking_error = NULL;
  g_autoptr(GError) threaded_error = NULL;
  gint64 people;

  for (guint i = 0; i < 5; i++)
    g_object_unref (test_add_person (f->scheme, "Async", "Opened"));
  hearth_scheme_close (f->scheme);

  blocking = hearth_scheme_open (f->file, NULL, &blocking_error);
  g_assert_no_error (blocking_error);
  people = test_count_rows (blocking, HEARTH_TYPE_PERSON);
  g_assert_cmpint (people, ==, 5);
  hearth_scheme_close (blocking);

  threaded = open_in_thread (f->file, NULL, &threaded_error);
  g_assert_no_error (threaded_error);
  g_assert_true (HEARTH_IS_SCHEME (threaded));
  g_assert_cmpstr (hearth_scheme_get_name (threaded), ==, hearth_scheme_get_name (blocking));
  g_assert_cmpstr (hearth_scheme_get_name (threaded), ==, "Test scheme");
  g_assert_cmpint (hearth_scheme_get_schema_version (threaded), ==, HEARTH_SCHEMA_VERSION);
  g_assert_false (hearth_scheme_get_read_only (threaded));
  g_assert_cmpint (test_count_rows (threaded, HEARTH_TYPE_PERSON), ==, people);
  g_assert_true (g_file_equal (hearth_scheme_get_file (threaded), f->file));

  /* A second opener, while the first has it, gets it read-only either way. */
  {
    g_autoptr(HearthScheme) second = open_in_thread (f->file, NULL, &threaded_error);

    g_assert_no_error (threaded_error);
    g_assert_true (hearth_scheme_get_read_only (second));
    g_assert_nonnull (hearth_scheme_get_other_writer (second));
  }
  hearth_scheme_close (threaded);

  /* A file that is not a scheme is refused with the same error. */
  g_assert_true (g_file_set_contents (foreign, "not a scheme at all", -1, NULL));
  g_clear_object (&blocking);
  blocking = hearth_scheme_open (foreign_file, NULL, &blocking_error);
  g_assert_null (blocking);
  g_clear_object (&threaded);
  threaded = open_in_thread (foreign_file, NULL, &threaded_error);
  g_assert_null (threaded);
  g_assert_error (threaded_error, blocking_error->domain, blocking_error->code);
  g_assert_cmpstr (threaded_error->message, ==, blocking_error->message);
}

static void
assert_cancelled_unchanged (GFile *file)
{
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(GPtrArray) before = snapshot (file);
      g_autoptr(GPtrArray) after = NULL;
      g_autoptr(HearthScheme) scheme = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("cancelled before %s", steps[i]);
      cancel_at = steps[i];
      scheme = open_in_thread (file, cancellable, &error);
      cancel_at = NULL;
      g_assert_null (scheme);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

      after = snapshot (file);
      assert_same_bytes (before, after);
    }
}

/* Cancelled before any step, the open stops there, and the file, its log and its journal are
 * byte for byte as they were. */
static void
test_cancelled_unchanged (SchemeFixture *f,
                          gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 5; i++)
    g_object_unref (test_add_person (f->scheme, "Left", "Alone"));
  hearth_scheme_close (f->scheme);

  /* Every step is reached, in order, by an open that is not cancelled. */
  steps_seen = g_ptr_array_new_with_free_func (g_free);
  _hearth_scheme_set_open_step_hook (cancel_at_step);
  scheme = open_in_thread (f->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (steps_seen->len, ==, G_N_ELEMENTS (steps));
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    g_assert_cmpstr (g_ptr_array_index (steps_seen, i), ==, steps[i]);
  g_clear_pointer (&steps_seen, g_ptr_array_unref);
  hearth_scheme_close (scheme);
  g_clear_object (&scheme);

  assert_cancelled_unchanged (f->file);

  /* Cancelled before it starts: the same. */
  g_cancellable_cancel (cancellable);
  scheme = open_in_thread (f->file, cancellable, &error);
  g_assert_null (scheme);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  _hearth_scheme_set_open_step_hook (NULL);
}

/* A scheme whose last changes are still in its log: a cancelled open does not merge the log
 * into the file, as closing would. */
static void
test_cancelled_keeps_log (SchemeFixture *f,
                          gconstpointer  data)
{
  g_autofree char *path = g_file_get_path (f->file);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *crashed = g_build_filename (f->dir, "Crashed.hearth", NULL);
  g_autofree char *crashed_wal = g_strconcat (crashed, "-wal", NULL);
  g_autoptr(GFile) crashed_file = g_file_new_for_path (crashed);
  g_autofree char *contents = NULL;
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  for (guint i = 0; i < 20; i++)
    g_object_unref (test_add_person (f->scheme, "In", "Log"));
  /* A copy as a crash would leave it: the file and a log that has not been merged. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents_full (crashed, contents, length, 0, 0600, NULL));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (wal, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 0);
  g_assert_true (g_file_set_contents_full (crashed_wal, contents, length, 0, 0600, NULL));

  _hearth_scheme_set_open_step_hook (cancel_at_step);
  assert_cancelled_unchanged (crashed_file);
  _hearth_scheme_set_open_step_hook (NULL);

  /* Nothing committed was lost: an open that runs through finds every person. */
  scheme = open_in_thread (crashed_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (test_count_rows (scheme, HEARTH_TYPE_PERSON), ==, 20);
}

static gboolean
count_cb (gpointer data)
{
  guint *count = data;

  (*count)++;
  return G_SOURCE_CONTINUE;
}

/* While a scale-20 scheme opens, the main loop goes on turning: a 1 ms timeout fires again
 * and again before the open finishes, where a blocking open would let it fire not once. */
static void
test_main_loop_turns (void)
{
  g_autofree char *dir = test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "Large.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gint64 started, took;
  guint ticks = 0;
  guint source;

  hearth_date_set_today (HEARTH_TEST_TODAY);
  scheme = hearth_demo_create (file, 20, HEARTH_DEMO_DEFAULT_SEED, NULL, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&scheme);
  /* As a scheme from elsewhere: one Hearth did not close, so the open reads it through. */
  g_assert_cmpint (g_utime (path, NULL), ==, 0);

  source = g_timeout_add (1, count_cb, &ticks);
  started = g_get_monotonic_time ();
  hearth_scheme_open_async (file, NULL, got_result_cb, &result);
  /* Nothing of the open happened in the call itself. */
  g_assert_null (result);
  g_assert_cmpuint (ticks, ==, 0);
  wait_for (&result);
  took = g_get_monotonic_time () - started;
  g_source_remove (source);

  scheme = hearth_scheme_open_finish (result, &error);
  g_assert_no_error (error);
  g_assert_cmpint (test_count_rows (scheme, HEARTH_TYPE_PERSON), >=, 60 * 20);
  g_test_message ("opened in %" G_GINT64_FORMAT " ms; the main loop turned %u times",
                  took / 1000, ticks);
  /* A tick a millisecond at best, on a loaded machine fewer: still one for every 10 ms. */
  g_assert_cmpuint (ticks, >=, MAX (5, took / 10000));

  hearth_scheme_close (scheme);
  test_remove_dir (dir);
}

/* A new scheme made in a thread; a cancelled one leaves no file. */
static void
test_create (void)
{
  g_autofree char *dir = test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "New.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  hearth_scheme_create_async (file, "New", cancellable, got_result_cb, &result);
  scheme = hearth_scheme_create_finish (wait_for (&result), &error);
  g_assert_null (scheme);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);
  g_clear_object (&result);

  hearth_scheme_create_async (file, "New", NULL, got_result_cb, &result);
  scheme = hearth_scheme_create_finish (wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_scheme_get_name (scheme), ==, "New");
  g_assert_false (hearth_scheme_get_read_only (scheme));
  hearth_scheme_close (scheme);
  test_remove_dir (dir);
}

/* The demo made in a thread holds what the blocking call writes; cancelled, nothing is left. */
static void
test_demo (void)
{
  g_autofree char *dir = test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "Demo.hearth", NULL);
  g_autofree char *blocking_path = g_build_filename (dir, "Blocking.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) blocking_file = g_file_new_for_path (blocking_path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthScheme) blocking = NULL;
  g_autoptr(GError) error = NULL;
  HearthDemoCounts counts, blocking_counts;

  hearth_date_set_today (HEARTH_TEST_TODAY);
  blocking = hearth_demo_create (blocking_file, 1, 7, &blocking_counts, NULL, &error);
  g_assert_no_error (error);

  hearth_demo_create_async (file, 1, 7, NULL, got_result_cb, &result);
  scheme = hearth_demo_create_finish (wait_for (&result), &counts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counts.people, ==, blocking_counts.people);
  g_assert_cmpuint (counts.carers, ==, blocking_counts.carers);
  g_assert_cmpuint (counts.arrangements, ==, blocking_counts.arrangements);
  g_assert_cmpint (test_count_rows (scheme, HEARTH_TYPE_PERSON), ==,
                   test_count_rows (blocking, HEARTH_TYPE_PERSON));
  g_assert_cmpint (test_count_rows (scheme, HEARTH_TYPE_PERSON), >, 0);
  hearth_scheme_close (scheme);
  g_clear_object (&scheme);
  g_clear_object (&result);
  g_unlink (path);

  g_cancellable_cancel (cancellable);
  hearth_demo_create_async (file, 1, 7, cancellable, got_result_cb, &result);
  scheme = hearth_demo_create_finish (wait_for (&result), NULL, &error);
  g_assert_null (scheme);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  hearth_scheme_close (blocking);
  test_remove_dir (dir);
}

static guint
count_backups (HearthScheme *scheme)
{
  g_autoptr(GFile) folder = hearth_scheme_get_backup_folder (scheme);
  g_autoptr(GListStore) backups = hearth_backup_list (folder, "Test scheme", NULL);

  return backups != NULL ? g_list_model_get_n_items (G_LIST_MODEL (backups)) : 0;
}

/* A backup, the search for a good one and a restore, each in a thread; cancelled, each
 * leaves things as they were. */
static void
test_backups (SchemeFixture *f,
              gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(HearthBackup) backup = NULL;
  g_autoptr(HearthBackup) found = NULL;
  g_autoptr(GFile) aside = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;

  g_object_unref (test_add_person (f->scheme, "Backed", "Up"));

  g_cancellable_cancel (cancellable);
  hearth_scheme_back_up_async (f->scheme, cancellable, got_result_cb, &result);
  backup = hearth_scheme_back_up_finish (f->scheme, wait_for (&result), &error);
  g_assert_null (backup);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (count_backups (f->scheme), ==, 0);
  g_clear_error (&error);
  g_clear_object (&result);

  hearth_scheme_back_up_async (f->scheme, NULL, got_result_cb, &result);
  backup = hearth_scheme_back_up_finish (f->scheme, wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_backups (f->scheme), ==, 1);
  g_clear_object (&result);

  /* The newest good backup, found in a thread, is the one just made. */
  hearth_backup_find_newest_good_async (f->file, NULL, got_result_cb, &result);
  found = hearth_backup_find_newest_good_finish (wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_true (g_file_equal (hearth_backup_get_file (found), hearth_backup_get_file (backup)));
  g_clear_object (&result);
  g_clear_object (&found);

  hearth_backup_find_newest_good_async (f->file, cancellable, got_result_cb, &result);
  found = hearth_backup_find_newest_good_finish (wait_for (&result), &error);
  g_assert_null (found);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_clear_object (&result);

  /* A later change, then a restore: cancelled, the scheme is as it was. */
  g_object_unref (test_add_person (f->scheme, "After", "Backup"));
  hearth_scheme_close (f->scheme);
  before = snapshot (f->file);
  hearth_backup_restore_async (hearth_backup_get_file (backup), f->file, cancellable,
                               got_result_cb, &result);
  g_assert_false (hearth_backup_restore_finish (wait_for (&result), &aside, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (aside);
  after = snapshot (f->file);
  assert_same_bytes (before, after);
  g_clear_error (&error);
  g_clear_object (&result);

  hearth_backup_restore_async (hearth_backup_get_file (backup), f->file, NULL,
                               got_result_cb, &result);
  g_assert_true (hearth_backup_restore_finish (wait_for (&result), &aside, &error));
  g_assert_no_error (error);
  g_assert_nonnull (aside);
  g_assert_true (g_file_query_exists (aside, NULL));

  g_clear_object (&f->scheme);
  f->scheme = hearth_scheme_open (f->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (test_count_rows (f->scheme, HEARTH_TYPE_PERSON), ==, 1);
}

/* A list exported in a worker thread is the same file, byte for byte, as one exported on the
 * spot: the ids and the names the rows refer to included. */
static void
test_export (SchemeFixture *f,
             gconstpointer  data)
{
  g_autofree char *blocking_path = g_build_filename (f->dir, "blocking.csv", NULL);
  g_autofree char *threaded_path = g_build_filename (f->dir, "threaded.csv", NULL);
  g_autoptr(GFile) blocking = g_file_new_for_path (blocking_path);
  g_autoptr(GFile) threaded = g_file_new_for_path (threaded_path);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  for (guint i = 0; i < 12; i++)
    g_object_unref (test_add_person (f->scheme, "Exported", "Person"));
  records = hearth_export_load_list (f->scheme, HEARTH_TYPE_PERSON, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 12);

  g_assert_true (hearth_export_csv_to_file (f->scheme, HEARTH_TYPE_PERSON, records, blocking,
                                            &error));
  g_assert_no_error (error);
  hearth_export_csv_to_file_async (f->scheme, HEARTH_TYPE_PERSON, records, threaded, NULL,
                                   got_result_cb, &result);
  g_assert_true (hearth_export_csv_to_file_finish (f->scheme, wait_for (&result), &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (blocking_path, &a, NULL, NULL));
  g_assert_true (g_file_get_contents (threaded_path, &b, NULL, NULL));
  g_assert_nonnull (strstr (b, "Exported"));
  g_assert_cmpstr (a, ==, b);
}

#define ADD(path, func) \
  g_test_add (path, SchemeFixture, NULL, scheme_fixture_set_up, func, scheme_fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/async/same-result", test_same_result);
  ADD ("/async/cancelled-unchanged", test_cancelled_unchanged);
  ADD ("/async/cancelled-keeps-log", test_cancelled_keeps_log);
  g_test_add_func ("/async/main-loop-turns", test_main_loop_turns);
  g_test_add_func ("/async/create", test_create);
  g_test_add_func ("/async/demo", test_demo);
  ADD ("/async/backups", test_backups);
  ADD ("/async/export", test_export);

  return g_test_run ();
}
