/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-disk.c: a full disk and a read-only drive, for real (a small tmpfs): the change fails
 * with a clear message, the coordinator's typing is kept, and the scheme stays consistent. */

#define G_LOG_DOMAIN "test-disk"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include "hearth-test-util.h"

typedef struct
{
  char *mountpoint;
} DiskFixture;

static void
disk_set_up (DiskFixture   *f,
             gconstpointer  data)
{
  hearth_date_set_today (HEARTH_TEST_TODAY);
  f->mountpoint = test_temp_dir ();

  if (mount ("tmpfs", f->mountpoint, "tmpfs", 0, "size=1m,mode=0700") != 0)
    {
      g_autofree char *why = g_strdup_printf ("cannot mount a small tmpfs here (%s); run as root",
                                              g_strerror (errno));

      g_test_skip (why);
      g_clear_pointer (&f->mountpoint, g_free);
    }
}

static void
disk_tear_down (DiskFixture   *f,
                gconstpointer  data)
{
  if (f->mountpoint == NULL)
    return;

  umount2 (f->mountpoint, MNT_DETACH);
  test_remove_dir (f->mountpoint);
  g_free (f->mountpoint);
}

static HearthPerson *
bulky_person (guint n)
{
  HearthPerson *person = hearth_person_new ();
  g_autofree char *first = g_strdup_printf ("Person%u", n);
  g_autofree char *notes = g_strnfill (16 * 1024, 'a' + (char) (n % 26));

  g_object_set (person, "first-name", first, "last-name", "Example",
                "date-of-birth", "1980-01-01", "referral-date", "2026-01-01",
                "preferences", notes, NULL);
  return person;
}

static void
test_disk_full (DiskFixture   *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthPerson) refused = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  guint saved = 0;

  if (f->mountpoint == NULL)
    return;

  path = g_build_filename (f->mountpoint, "Full.hearth", NULL);
  file = g_file_new_for_path (path);
  scheme = hearth_scheme_create (file, "Full", NULL, &error);
  g_assert_no_error (error);

  for (guint n = 0; n < 200; n++)
    {
      g_autoptr(HearthPerson) person = bulky_person (n);

      if (!hearth_scheme_add_person (scheme, person, &error))
        {
          refused = g_steal_pointer (&person);
          break;
        }
      saved++;
    }

  g_assert_nonnull (refused);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_DISK_FULL);
  g_assert_nonnull (strstr (error->message, "The disk is full"));
  g_assert_cmpuint (saved, >=, 3);
  g_clear_error (&error);

  /* What was typed is still there to try again, unsaved. */
  g_assert_cmpint (hearth_record_get_id (HEARTH_RECORD (refused)), ==, 0);
  g_assert_cmpuint (strlen (hearth_person_get_preferences (refused)), ==, 16 * 1024);

  /* The file is whole and holds exactly what was saved, before and after reopening. */
  g_assert_true (hearth_scheme_integrity_check (scheme, &problems, &error));
  g_assert_cmpint (test_count_rows (scheme, HEARTH_TYPE_PERSON), ==, saved);
  g_clear_object (&scheme);

  /* Still full: it opens to read, and says why it cannot be changed. */
  scheme = hearth_scheme_open (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (test_count_rows (scheme, HEARTH_TYPE_PERSON), ==, saved);
  if (hearth_scheme_get_read_only (scheme))
    {
      g_assert_false (hearth_scheme_add_person (scheme, refused, &error));
      g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY);
      g_assert_nonnull (strstr (error->message, "disk is full"));
    }
}

static void
test_read_only_drive (DiskFixture   *f,
                      gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthPerson) person = NULL;
  g_autoptr(HearthPerson) another = NULL;
  g_autoptr(GError) error = NULL;

  if (f->mountpoint == NULL)
    return;

  path = g_build_filename (f->mountpoint, "Locked.hearth", NULL);
  file = g_file_new_for_path (path);
  scheme = hearth_scheme_create (file, "Locked", NULL, &error);
  g_assert_no_error (error);
  person = test_add_person (scheme, "Saved", "Before");
  g_clear_object (&scheme);

  g_assert_cmpint (mount ("tmpfs", f->mountpoint, "tmpfs", MS_REMOUNT | MS_RDONLY, NULL), ==, 0);

  /* It opens, to read, and says why nothing can change. */
  scheme = hearth_scheme_open (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_scheme_get_read_only (scheme));
  g_assert_cmpint (test_count_rows (scheme, HEARTH_TYPE_PERSON), ==, 1);

  another = bulky_person (1);
  g_assert_false (hearth_scheme_add_person (scheme, another, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY);
  g_assert_cmpint (hearth_record_get_id (HEARTH_RECORD (another)), ==, 0);
}

/* A scheme whose last changes are still in its write-ahead log when the drive becomes
 * read-only (a crash, then the drive's switch): what was committed is still read. */
static void
test_read_only_drive_with_log (DiskFixture   *f,
                               gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *wal = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;
  int status;
  pid_t pid;

  if (f->mountpoint == NULL)
    return;

  path = g_build_filename (f->mountpoint, "Locked.hearth", NULL);
  wal = g_strconcat (path, "-wal", NULL);
  file = g_file_new_for_path (path);
  scheme = hearth_scheme_create (file, "Locked", NULL, &error);
  g_assert_no_error (error);
  g_object_unref (test_add_person (scheme, "Saved", "Before"));
  g_clear_object (&scheme);

  /* A Hearth that commits a second person and dies before its log is merged. */
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      HearthScheme *writer = hearth_scheme_open (file, NULL, NULL);

      if (writer == NULL)
        _exit (1);
      g_object_unref (test_add_person (writer, "Committed", "Last"));
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  g_assert_cmpint (g_stat (wal, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 0);

  g_assert_cmpint (mount ("tmpfs", f->mountpoint, "tmpfs", MS_REMOUNT | MS_RDONLY, NULL), ==, 0);

  scheme = hearth_scheme_open (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_scheme_get_read_only (scheme));
  g_assert_cmpint (test_count_rows (scheme, HEARTH_TYPE_PERSON), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/disk/full", DiskFixture, NULL, disk_set_up, test_disk_full, disk_tear_down);
  g_test_add ("/disk/read-only", DiskFixture, NULL, disk_set_up, test_read_only_drive,
              disk_tear_down);
  g_test_add ("/disk/read-only-with-log", DiskFixture, NULL, disk_set_up,
              test_read_only_drive_with_log, disk_tear_down);

  return g_test_run ();
}
