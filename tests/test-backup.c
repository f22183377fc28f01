/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-backup.c: backups are verified, private, thinned by the stated rules, and restoring
 * one never overwrites anything. */

#define G_LOG_DOMAIN "test-backup"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "hearth-backup.h"
#include "hearth-test-util.h"

static void
test_back_up_and_list (SchemeFixture *f,
                       gconstpointer  data)
{
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Backed", "Up");
  g_autoptr(HearthBackup) backup = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *folder_path = NULL;
  g_autofree char *name = NULL;
  GStatBuf st;

  backup = hearth_scheme_back_up (f->scheme, NULL, &error);
  g_assert_no_error (error);
  path = g_file_get_path (hearth_backup_get_file (backup));
  name = g_file_get_basename (hearth_backup_get_file (backup));
  g_assert_true (g_str_has_prefix (name, "Test scheme "));
  g_assert_true (g_str_has_suffix (name, ".hearth"));

  /* Beside the scheme, private, and checked. */
  folder = hearth_scheme_get_backup_folder (f->scheme);
  folder_path = g_file_get_path (folder);
  g_assert_true (g_str_has_suffix (folder_path, "/Test scheme backups"));
  g_assert_cmpint (g_stat (folder_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (hearth_backup_get_size (backup), ==, st.st_size);
  g_assert_true (hearth_backup_verify (hearth_backup_get_file (backup), &error));

  list = hearth_backup_list (folder, "Test scheme", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);

  /* Nothing else is left in the folder: no partial copy, no log files. */
  {
    g_autoptr(GDir) dir = g_dir_open (folder_path, 0, &error);
    guint n = 0;

    while (g_dir_read_name (dir) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 1);
  }
}

static void
test_restore_sets_aside (SchemeFixture *f,
                         gconstpointer  data)
{
  g_autoptr(HearthPerson) before = test_add_person (f->scheme, "Before", "Backup");
  g_autoptr(HearthPerson) after = NULL;
  g_autoptr(HearthBackup) backup = NULL;
  g_autoptr(HearthScheme) restored = NULL;
  g_autoptr(HearthScheme) old = NULL;
  g_autoptr(GFile) aside = NULL;
  g_autoptr(GError) error = NULL;

  backup = hearth_scheme_back_up (f->scheme, NULL, &error);
  g_assert_no_error (error);
  after = test_add_person (f->scheme, "After", "Backup");
  g_clear_object (&f->scheme);

  g_assert_true (hearth_backup_restore (hearth_backup_get_file (backup), f->file, &aside, &error));
  g_assert_no_error (error);
  g_assert_nonnull (aside);

  restored = hearth_scheme_open (f->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (test_count_rows (restored, HEARTH_TYPE_PERSON), ==, 1);
  /* The backup was taken while this program had the scheme open; the copy is nobody's. */
  g_assert_false (hearth_scheme_get_read_only (restored));

  /* The file it replaced is kept whole, with the later change. */
  old = hearth_scheme_open (aside, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (test_count_rows (old, HEARTH_TYPE_PERSON), ==, 2);
}

static void
test_damaged_backup_refused (SchemeFixture *f,
                             gconstpointer  data)
{
  g_autoptr(HearthBackup) backup = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *before = NULL;
  g_autofree char *scheme_path = g_file_get_path (f->file);
  gsize length, before_length;

  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Filler", "Person");
    }
  backup = hearth_scheme_back_up (f->scheme, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&f->scheme);

  /* Garble the middle of the backup. */
  path = g_file_get_path (hearth_backup_get_file (backup));
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  memset (contents + length / 2, 0x5a, 4096);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  g_assert_true (g_file_get_contents (scheme_path, &before, &before_length, NULL));
  g_assert_false (hearth_backup_restore (hearth_backup_get_file (backup), f->file, NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_DAMAGED);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (scheme_path, &contents, &length, NULL));
  g_assert_cmpmem (before, before_length, contents, length);
}

/* Garbles, truncates or overwrites a closed scheme; each must be refused, left as it is,
 * and the newest good backup found for it. */
static void
test_damaged_scheme_refused (SchemeFixture *f,
                             gconstpointer  data)
{
  g_autofree char *path = g_file_get_path (f->file);
  g_autoptr(HearthBackup) backup = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *good = NULL;
  gsize length;

  for (guint i = 0; i < 300; i++)
    {
      g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Filler", "Person");
    }
  backup = hearth_scheme_back_up (f->scheme, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&f->scheme);
  g_assert_true (g_file_get_contents (path, &good, &length, NULL));
  g_assert_cmpuint (length, >, 64 * 1024);

  for (guint damage = 0; damage < 3; damage++)
    {
      g_autofree char *bad = g_memdup2 (good, length);
      g_autofree char *after = NULL;
      g_autoptr(HearthScheme) scheme = NULL;
      g_autoptr(HearthBackup) offered = NULL;
      gsize bad_length = length, after_length;

      if (damage == 0)          /* garbled pages in the middle */
        memset (bad + length / 2, 0xa5, 8192);
      else if (damage == 1)     /* cut short, as by a removed drive */
        bad_length = length / 3;
      else                      /* partly overwritten from the first page on */
        memset (bad + 100, 0, 16384);

      g_assert_true (g_file_set_contents (path, bad, bad_length, NULL));
      scheme = hearth_scheme_open (f->file, NULL, &error);
      g_assert_null (scheme);
      g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_DAMAGED);
      g_assert_nonnull (strstr (error->message, "newest backup"));
      g_clear_error (&error);

      g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
      g_assert_cmpmem (bad, bad_length, after, after_length);

      offered = hearth_backup_find_newest_good (f->file);
      g_assert_nonnull (offered);
      g_assert_true (g_file_equal (hearth_backup_get_file (offered), hearth_backup_get_file (backup)));
    }
}

static GDateTime *
at (const char *iso)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();

  return g_date_time_new_from_iso8601 (iso, tz);
}

static void
backed_up_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  *(GAsyncResult **) data = g_object_ref (result);
}

/* In the background, with a connection of its own, while the scheme goes on changing. */
static void
test_back_up_async (SchemeFixture *f,
                    gconstpointer  data)
{
  g_autoptr(HearthPerson) before = test_add_person (f->scheme, "Ada", "Before");
  g_autoptr(HearthPerson) during = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(HearthBackup) backup = NULL;
  g_autoptr(HearthScheme) copy = NULL;
  g_autoptr(HearthRecord) found = NULL;
  g_autoptr(GError) error = NULL;

  hearth_scheme_back_up_async (f->scheme, NULL, backed_up_cb, &result);
  during = test_add_person (f->scheme, "Bea", "During");
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  backup = hearth_scheme_back_up_finish (f->scheme, result, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_backup_verify (hearth_backup_get_file (backup), &error));
  g_assert_no_error (error);

  /* The backup holds at least what was committed before it began. */
  copy = hearth_scheme_open (hearth_backup_get_file (backup), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (test_count_rows (copy, HEARTH_TYPE_PERSON), >=, 1);
  found = hearth_scheme_load (copy, HEARTH_TYPE_PERSON,
                              hearth_record_get_id (HEARTH_RECORD (before)), NULL);
  g_assert_nonnull (found);
}

static void
test_thinning_rules (void)
{
  const struct { const char *when; gboolean removed; } cases[] = {
    { "2026-11-22T09:00:00", FALSE },   /* today: every one */
    { "2026-11-22T11:00:00", FALSE },
    { "2026-11-21T08:00:00", TRUE },    /* yesterday: the newest only */
    { "2026-11-21T20:00:00", FALSE },
    { "2026-11-10T10:00:00", FALSE },   /* 12 days: its own day */
    { "2026-11-01T10:00:00", FALSE },   /* 21 and 22 days: the same week, the newest kept */
    { "2026-10-31T10:00:00", TRUE },
    { "2026-10-20T10:00:00", FALSE },   /* 33 days: another week */
    { "2026-08-15T10:00:00", FALSE },   /* August: one for the month */
    { "2026-08-02T10:00:00", TRUE },
    { "2025-10-01T10:00:00", TRUE },    /* over a year: gone */
  };
  g_autoptr(GPtrArray) taken = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  g_autoptr(GDateTime) now = at ("2026-11-22T12:00:00");
  g_autoptr(GPtrArray) remove = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_ptr_array_add (taken, at (cases[i].when));

  remove = hearth_backup_choose_to_remove (taken, now);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].when);
      g_assert_cmpint (g_ptr_array_find (remove, g_ptr_array_index (taken, i), NULL), ==,
                       cases[i].removed);
    }
  g_assert_cmpuint (remove->len, ==, 4);
}


static char *
read_all (const char *path,
          gsize      *length)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, length, NULL));
  return contents;
}

/* Another program's SQLite file, whole and healthy, is not a backup of a scheme. */
static void
test_foreign_database_refused (SchemeFixture *f,
                               gconstpointer  data)
{
  g_autofree char *scheme_path = g_file_get_path (f->file);
  g_autofree char *foreign_path = g_build_filename (f->dir, "notes.sqlite", NULL);
  g_autoptr(GFile) foreign = g_file_new_for_path (foreign_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length, after_length;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (foreign_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE note (text TEXT); "
                                     "INSERT INTO note VALUES ('shopping')", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);
  g_clear_object (&f->scheme);
  before = read_all (scheme_path, &before_length);

  g_assert_false (hearth_backup_restore (foreign, f->file, NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_HEARTH);
  g_assert_nonnull (strstr (error->message, "not a backup of a Hearth scheme"));

  after = read_all (scheme_path, &after_length);
  g_assert_cmpmem (before, before_length, after, after_length);
}

/* Restoring a scheme from itself would leave nothing under its name. */
static void
test_restore_onto_itself_refused (SchemeFixture *f,
                                  gconstpointer  data)
{
  g_autofree char *scheme_path = g_file_get_path (f->file);
  g_autofree char *link_path = g_build_filename (f->dir, "same.hearth", NULL);
  g_autoptr(GFile) same = g_file_new_for_path (link_path);
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Only", "Copy");
  g_autoptr(HearthScheme) reopened = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->scheme);
  g_assert_false (hearth_backup_restore (f->file, f->file, NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "the scheme itself"));
  g_clear_error (&error);

  /* Nor by another name for the same file. */
  g_assert_cmpint (symlink (scheme_path, link_path), ==, 0);
  g_assert_false (hearth_backup_restore (same, f->file, NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);

  reopened = hearth_scheme_open (f->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (test_count_rows (reopened, HEARTH_TYPE_PERSON), ==, 1);
}

/* A pipe or a folder given as the backup is refused at once, never read. */
static void
test_restore_from_pipe_refused (SchemeFixture *f,
                                gconstpointer  data)
{
  g_autofree char *fifo_path = g_build_filename (f->dir, "pipe.hearth", NULL);
  g_autoptr(GFile) fifo = g_file_new_for_path (fifo_path);
  g_autoptr(GFile) folder = g_file_new_for_path (f->dir);
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->scheme);
  g_assert_cmpint (mkfifo (fifo_path, 0600), ==, 0);
  g_assert_false (hearth_backup_restore (fifo, f->file, NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_HEARTH);
  g_assert_nonnull (strstr (error->message, "pipe"));
  g_clear_error (&error);

  g_assert_false (hearth_backup_restore (folder, f->file, NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_HEARTH);
  g_assert_nonnull (strstr (error->message, "folder"));
}

static GPid
dead_pid (void)
{
  GPid pid = fork ();

  if (pid == 0)
    _exit (0);
  g_assert_cmpint (pid, >, 0);
  g_assert_cmpint (waitpid (pid, NULL, 0), ==, pid);
  return pid;
}

static void
write_file (const char *folder,
            const char *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);

  g_assert_true (g_file_set_contents (path, "half a copy", -1, NULL));
}

static gboolean
exists_in (const char *folder,
           const char *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* What killed backups, restores and demos left is removed by the next run, and only that. */
static void
test_leftovers_removed (SchemeFixture *f,
                        gconstpointer  data)
{
  g_autoptr(GFile) folder = hearth_scheme_get_backup_folder (f->scheme);
  g_autofree char *folder_path = g_file_get_path (folder);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d %H%M%S");
  GPid gone = dead_pid ();
  g_autofree char *partial = g_strdup_printf ("Test scheme %s.hearth.partial-%d", stamp, gone);
  g_autofree char *journal = g_strconcat (partial, "-journal", NULL);
  g_autofree char *running = g_strdup_printf ("Test scheme %s.hearth.partial-%d", stamp,
                                              (int) getppid ());
  g_autofree char *restoring = g_strdup_printf ("Test scheme.hearth.restoring-%d", gone);
  g_autofree char *building = g_strdup_printf ("Test scheme.hearth.building-%d", gone);
  g_autoptr(HearthBackup) backup = NULL;
  g_autoptr(HearthBackup) second = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder_path, 0700), ==, 0);
  write_file (folder_path, partial);
  write_file (folder_path, journal);
  write_file (folder_path, running);
  write_file (folder_path, "Test scheme notes.txt");
  g_assert_cmpuint (hearth_backup_remove_leftovers (folder, "Another scheme"), ==, 0);
  g_assert_true (exists_in (folder_path, partial));
  write_file (f->dir, restoring);
  write_file (f->dir, building);

  /* A backup in the same second as the killed one is not blocked by its leftover. */
  backup = hearth_scheme_back_up (f->scheme, NULL, &error);
  g_assert_no_error (error);
  second = hearth_scheme_back_up (f->scheme, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (g_file_equal (hearth_backup_get_file (backup), hearth_backup_get_file (second)));

  g_assert_false (exists_in (folder_path, partial));
  g_assert_false (exists_in (folder_path, journal));
  g_assert_true (exists_in (folder_path, running));        /* its process still runs */
  g_assert_true (exists_in (folder_path, "Test scheme notes.txt"));

  list = hearth_backup_list (folder, "Test scheme", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);

  /* A restore clears the scheme's own folder the same way. */
  g_clear_object (&f->scheme);
  g_assert_true (hearth_backup_restore (hearth_backup_get_file (second), f->file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (exists_in (f->dir, restoring));
  g_assert_false (exists_in (f->dir, building));
}

/* A restore never leaves the scheme's name empty or holding half a file: the copy is made
 * and checked beside it first, so a failure leaves the old file exactly as it was. */
static void
test_failed_restore_leaves_scheme (SchemeFixture *f,
                                   gconstpointer  data)
{
  g_autofree char *scheme_path = g_file_get_path (f->file);
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Still", "Here");
  g_autoptr(HearthBackup) backup = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *blocker = NULL;
  gsize before_length, after_length;
  guint n = 0;

  backup = hearth_scheme_back_up (f->scheme, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&f->scheme);
  before = read_all (scheme_path, &before_length);

  /* The restored copy cannot be written: its name is taken by a folder. */
  blocker = g_strdup_printf ("%s.restoring-%d", scheme_path, (int) getpid ());
  g_assert_cmpint (g_mkdir (blocker, 0700), ==, 0);
  g_assert_false (hearth_backup_restore (hearth_backup_get_file (backup), f->file, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_rmdir (blocker);

  after = read_all (scheme_path, &after_length);
  g_assert_cmpmem (before, before_length, after, after_length);

  /* Nothing was set aside, and no copy is left. */
  {
    g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      if (strstr (name, "before restore") != NULL || strstr (name, ".restoring-") != NULL)
        n++;
  }
  g_assert_cmpuint (n, ==, 0);
}

/* The backup folder in the scheme's settings is searched for a damaged scheme too. */
static void
test_newest_good_in_chosen_folder (SchemeFixture *f,
                                   gconstpointer  data)
{
  g_autofree char *usb = g_build_filename (f->dir, "usb drive", NULL);
  g_autofree char *scheme_path = g_file_get_path (f->file);
  g_autoptr(HearthRecord) details = NULL;
  g_autoptr(HearthBackup) backup = NULL;
  g_autoptr(HearthBackup) offered = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  for (guint i = 0; i < 300; i++)
    {
      g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Filler", "Person");
    }
  details = hearth_record_copy (HEARTH_RECORD (hearth_scheme_get_details (f->scheme)));
  g_object_set (details, "backup-folder", usb, NULL);
  g_assert_true (hearth_scheme_update (f->scheme, details, &error));
  g_assert_no_error (error);

  backup = hearth_scheme_back_up (f->scheme, NULL, &error);
  g_assert_no_error (error);
  folder = g_file_get_parent (hearth_backup_get_file (backup));
  g_assert_cmpstr (g_file_peek_path (folder), ==, usb);
  g_clear_object (&f->scheme);

  /* Damage the end of the file, where the people are; its settings are still readable. */
  contents = read_all (scheme_path, &length);
  memset (contents + length - 16384, 0xa5, 8192);
  g_assert_true (g_file_set_contents (scheme_path, contents, length, NULL));

  offered = hearth_backup_find_newest_good (f->file);
  g_assert_nonnull (offered);
  g_assert_true (g_file_equal (hearth_backup_get_file (offered), hearth_backup_get_file (backup)));
}

#define ADD(path, func) \
  g_test_add (path, SchemeFixture, NULL, scheme_fixture_set_up, func, scheme_fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/backup/back-up-and-list", test_back_up_and_list);
  ADD ("/backup/restore-sets-aside", test_restore_sets_aside);
  ADD ("/backup/damaged-refused", test_damaged_backup_refused);
  ADD ("/backup/damaged-scheme", test_damaged_scheme_refused);
  g_test_add_func ("/backup/thinning", test_thinning_rules);
  ADD ("/backup/in-the-background", test_back_up_async);
  ADD ("/backup/foreign-database-refused", test_foreign_database_refused);
  ADD ("/backup/restore-onto-itself-refused", test_restore_onto_itself_refused);
  ADD ("/backup/restore-from-pipe-refused", test_restore_from_pipe_refused);
  ADD ("/backup/leftovers-removed", test_leftovers_removed);
  ADD ("/backup/failed-restore-leaves-scheme", test_failed_restore_leaves_scheme);
  ADD ("/backup/newest-good-in-chosen-folder", test_newest_good_in_chosen_folder);

  return g_test_run ();
}
