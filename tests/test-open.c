/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-open.c: what lies at a scheme's path is checked before anything can change it. A file
 * refused for what its log or journal would do is left byte for byte as it was, with its log
 * and journal; a folder, a pipe or a link is dealt with on purpose. */

#define G_LOG_DOMAIN "test-open"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hearth-scheme-private.h"
#include "hearth-test-util.h"

typedef struct
{
  char  *path;
  GBytes *contents;
} Snapshot;

/* The bytes of a file and of the log and journal beside it, or that they were absent. */
static GPtrArray *
snapshot (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-journal" };
  GPtrArray *files = g_ptr_array_new ();

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
assert_unchanged (GPtrArray  *before,
                  const char *path)
{
  g_autoptr(GPtrArray) after = snapshot (path);

  for (guint i = 0; i < before->len; i++)
    {
      GBytes *a = g_ptr_array_index (before, i);
      GBytes *b = g_ptr_array_index (after, i);

      g_assert_true ((a == NULL) == (b == NULL));
      if (a != NULL)
        g_assert_true (g_bytes_equal (a, b));
    }

  for (guint i = 0; i < before->len; i++)
    g_clear_pointer (&g_ptr_array_index (before, i), g_bytes_unref);
  for (guint i = 0; i < after->len; i++)
    g_clear_pointer (&g_ptr_array_index (after, i), g_bytes_unref);
}

static void
copy (const char *from,
      const char *to)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  g_assert_true (g_file_set_contents_full (to, contents, length, G_FILE_SET_CONTENTS_NONE, 0600,
                                           NULL));
}

static char *
with (const char *path,
      const char *suffix)
{
  return g_strconcat (path, suffix, NULL);
}

static void
assert_refused_unchanged (GFile  *file,
                          int     code,
                          const char *words)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GPtrArray) before = snapshot (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthScheme) scheme = hearth_scheme_open (file, NULL, &error);

  g_assert_null (scheme);
  g_assert_error (error, HEARTH_ERROR, code);
  g_test_message ("%s", error->message);
  if (words != NULL)
    g_assert_nonnull (strstr (error->message, words));
  g_assert_nonnull (strstr (error->message, "left unchanged"));
  assert_unchanged (before, path);
}

/* A good scheme beside another scheme's write-ahead log: the log would be merged into it. */
static void
test_foreign_log (SchemeFixture *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_file_get_path (f->file);
  g_autofree char *other_path = g_build_filename (f->dir, "Other.hearth", NULL);
  g_autoptr(GFile) other_file = g_file_new_for_path (other_path);
  g_autoptr(HearthScheme) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *other_wal = with (other_path, "-wal");
  g_autofree char *wal = with (path, "-wal");

  for (guint i = 0; i < 50; i++)
    g_object_unref (test_add_person (f->scheme, "Own", "Person"));
  g_clear_object (&f->scheme);

  other = hearth_scheme_create (other_file, "Other scheme", NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 200; i++)
    g_object_unref (test_add_carer (other, "Someone", "Else"));

  /* The other scheme is open: its log is full of its own pages. */
  copy (other_wal, wal);
  assert_refused_unchanged (f->file, HEARTH_ERROR_DAMAGED, "log");
}

/* A log that would make the file a newer version's, or another program's. */
static void
refuse_log_with (SchemeFixture *f,
                 const char    *pragma,
                 int            code)
{
  g_autofree char *path = g_file_get_path (f->file);
  g_autofree char *crashed = g_build_filename (f->dir, "Crashed.hearth", NULL);
  g_autoptr(GFile) crashed_file = g_file_new_for_path (crashed);
  g_autofree char *wal = with (path, "-wal");
  g_autofree char *crashed_wal = with (crashed, "-wal");
  sqlite3 *db = NULL;

  g_clear_object (&f->scheme);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA wal_autocheckpoint = 0", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, pragma, NULL, NULL, NULL), ==, SQLITE_OK);

  /* As a power cut would leave it: the change is in the log only. */
  copy (path, crashed);
  copy (wal, crashed_wal);
  sqlite3_close (db);

  assert_refused_unchanged (crashed_file, code, NULL);
}

static void
test_newer_version_in_log (SchemeFixture *f,
                           gconstpointer  data)
{
  refuse_log_with (f, "PRAGMA user_version = 99", HEARTH_ERROR_TOO_NEW);
}

static void
test_other_program_in_log (SchemeFixture *f,
                           gconstpointer  data)
{
  refuse_log_with (f, "PRAGMA application_id = 1234", HEARTH_ERROR_NOT_HEARTH);
}

/* Another database's hot journal beside a good scheme would be rolled back into it. */
static void
test_foreign_hot_journal (SchemeFixture *f,
                          gconstpointer  data)
{
  g_autofree char *path = g_file_get_path (f->file);
  g_autofree char *other = g_build_filename (f->dir, "notes.db", NULL);
  g_autofree char *other_journal = with (other, "-journal");
  g_autofree char *journal = with (path, "-journal");
  sqlite3 *db = NULL;

  g_clear_object (&f->scheme);
  g_assert_cmpint (sqlite3_open (other, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA page_size = 4096; PRAGMA journal_mode = DELETE;"
                                     "CREATE TABLE note (text TEXT);"
                                     "INSERT INTO note VALUES ('first');"
                                     "PRAGMA cache_size = 1;"
                                     "BEGIN;"
                                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                     "FROM n WHERE i < 2000) "
                                     "INSERT INTO note SELECT hex(randomblob(300)) FROM n;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  /* Mid-transaction, with the cache spilled, the journal is synced and holds the other
   * file's first pages as they were: a hot journal, as a crash would leave it. */
  g_assert_true (g_file_test (other_journal, G_FILE_TEST_EXISTS));
  copy (other_journal, journal);
  sqlite3_close (db);

  assert_refused_unchanged (f->file, HEARTH_ERROR_NOT_HEARTH, "journal");
}

static void
test_pipe_refused (void)
{
  g_autofree char *dir = test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "Pipe.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthScheme) scheme = NULL;

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  scheme = hearth_scheme_open (file, NULL, &error);
  g_assert_null (scheme);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_SQLITE);
  g_assert_nonnull (strstr (error->message, "pipe"));
  test_remove_dir (dir);
}

static void
test_folder_refused (void)
{
  g_autofree char *dir = test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "x.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthScheme) scheme = NULL;

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  scheme = hearth_scheme_open (file, NULL, &error);
  g_assert_null (scheme);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_SQLITE);
  g_assert_cmpstr (error->message, ==, "“x.hearth” is a folder, not a Hearth scheme. It has been "
                                       "left unchanged.");
  test_remove_dir (dir);
}

/* A link is followed to the file it names, which opens for writing; the log sits beside the
 * real file, so two names never mean two logs. */
static void
test_link_followed (SchemeFixture *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_file_get_path (f->file);
  g_autofree char *link_path = g_build_filename (f->dir, "Shortcut.hearth", NULL);
  g_autoptr(GFile) link_file = g_file_new_for_path (link_path);
  g_autofree char *link_wal = with (link_path, "-wal");
  g_autofree char *wal = with (path, "-wal");
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthPerson) person = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->scheme);
  g_assert_cmpint (symlink (path, link_path), ==, 0);

  scheme = hearth_scheme_open (link_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (hearth_scheme_get_read_only (scheme));
  person = test_add_person (scheme, "Through", "Link");
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (link_wal, G_FILE_TEST_EXISTS));
  g_clear_object (&scheme);

  scheme = hearth_scheme_open (f->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (test_count_rows (scheme, HEARTH_TYPE_PERSON), ==, 1);
}

/* A log that belongs to the scheme is merged as ever: nothing committed is lost. */
static void
test_own_log_kept (SchemeFixture *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_file_get_path (f->file);
  g_autofree char *crashed = g_build_filename (f->dir, "Crashed.hearth", NULL);
  g_autoptr(GFile) crashed_file = g_file_new_for_path (crashed);
  g_autofree char *wal = with (path, "-wal");
  g_autofree char *crashed_wal = with (crashed, "-wal");
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 20; i++)
    g_object_unref (test_add_person (f->scheme, "In", "Log"));
  copy (path, crashed);
  copy (wal, crashed_wal);

  scheme = hearth_scheme_open (crashed_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (test_count_rows (scheme, HEARTH_TYPE_PERSON), ==, 20);
}

/* Opens @file, and says whether the open read the whole file to check it. */
static gboolean
opened_checking_in_full (GFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthScheme) scheme = hearth_scheme_open (file, NULL, &error);

  g_assert_no_error (error);
  return _hearth_scheme_get_checked_in_full (scheme);
}

/* A scheme Hearth closed whole, untouched since, opens without being read through again;
 * the note of it is the user's alone. */
static void
test_clean_close_remembered (SchemeFixture *f,
                             gconstpointer  data)
{
  g_autofree char *path = g_file_get_path (f->file);
  g_autofree char *wal = with (path, "-wal");
  g_autofree char *notes = g_build_filename (g_get_user_state_dir (), "hearth",
                                             "checked-schemes", NULL);
  GStatBuf st;

  for (guint i = 0; i < 50; i++)
    g_object_unref (test_add_person (f->scheme, "Kept", "Whole"));
  g_clear_object (&f->scheme);

  /* The log was merged into the file and emptied as it closed. */
  g_assert_true (g_stat (wal, &st) != 0 || st.st_size == 0);
  g_assert_cmpint (g_stat (notes, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_false (opened_checking_in_full (f->file));
  /* Each clean close notes the file anew. */
  g_assert_false (opened_checking_in_full (f->file));
}

/* The same bytes somewhere else, or the file changed by anything after Hearth closed it: it
 * is read through again, and a damaged one is refused as it always was. */
static void
test_changed_after_close_checked (SchemeFixture *f,
                                  gconstpointer  data)
{
  g_autofree char *path = g_file_get_path (f->file);
  g_autofree char *copied = g_build_filename (f->dir, "Copied.hearth", NULL);
  g_autoptr(GFile) copied_file = g_file_new_for_path (copied);
  g_autofree char *contents = NULL;
  gsize length;

  for (guint i = 0; i < 300; i++)
    g_object_unref (test_add_person (f->scheme, "Plenty", "Of Pages"));
  g_clear_object (&f->scheme);

  copy (path, copied);
  g_assert_true (opened_checking_in_full (copied_file));

  /* Another program writes over a page in the middle of the file. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8 * 4096);
  memset (contents + 5 * 4096, 0x55, 4096);
  g_assert_true (g_file_set_contents_full (path, contents, length, G_FILE_SET_CONTENTS_NONE,
                                           0600, NULL));
  assert_refused_unchanged (f->file, HEARTH_ERROR_DAMAGED, NULL);
}

#define ADD(path, func) \
  g_test_add (path, SchemeFixture, NULL, scheme_fixture_set_up, func, scheme_fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/open/foreign-log", test_foreign_log);
  ADD ("/open/newer-version-in-log", test_newer_version_in_log);
  ADD ("/open/other-program-in-log", test_other_program_in_log);
  ADD ("/open/foreign-hot-journal", test_foreign_hot_journal);
  ADD ("/open/own-log-kept", test_own_log_kept);
  ADD ("/open/link-followed", test_link_followed);
  ADD ("/open/clean-close-remembered", test_clean_close_remembered);
  ADD ("/open/changed-after-close-checked", test_changed_after_close_checked);
  g_test_add_func ("/open/pipe-refused", test_pipe_refused);
  g_test_add_func ("/open/folder-refused", test_folder_refused);

  return g_test_run ();
}
