/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-torture.c: a crash or power cut loses at most the change being committed. A child
 * process makes random valid edits and reports each one once it has committed; it is killed
 * with SIGKILL at random moments, hundreds of times. After every kill the file must pass
 * SQLite's integrity check, hold every edit the child reported, and keep every rule. */

#define G_LOG_DOMAIN "test-torture"

#include "config.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "hearth-backup.h"
#include "hearth-test-util.h"

#define KILLS 200

static void
report (int         fd,
        const char *line)
{
  if (write (fd, line, strlen (line)) < 0)
    _exit (2);
}

static void
edit_one (HearthScheme *scheme,
          GRand        *rand,
          guint         round,
          guint         seq,
          int           fd)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  g_autoptr(GPtrArray) people = NULL;

  if (g_rand_int_range (rand, 0, 3) > 0 || seq < 3)
    {
      g_autoptr(HearthPerson) person = hearth_person_new ();
      g_autofree char *name = g_strdup_printf ("R%u-%u", round, seq);

      g_object_set (person, "first-name", name, "last-name", "Torture",
                    "date-of-birth", "1985-06-01", "referral-date", "2026-01-01", NULL);
      if (!hearth_scheme_add_person (scheme, person, &error))
        _exit (3);
      line = g_strdup_printf ("P %s\n", name);
      report (fd, line);
      return;
    }

  people = hearth_scheme_load_all (scheme, HEARTH_TYPE_PERSON, &error);
  if (people == NULL || people->len == 0)
    _exit (4);

  {
    HearthPerson *person = g_ptr_array_index (people, g_rand_int_range (rand, 0, people->len));
    g_autofree char *value = g_strdup_printf ("%08u-%08u", round, seq);

    g_object_set (person, "interests", value, NULL);
    if (!hearth_scheme_update (scheme, HEARTH_RECORD (person), &error))
      _exit (5);
    line = g_strdup_printf ("U %" G_GINT64_FORMAT " %s\n",
                            hearth_record_get_id (HEARTH_RECORD (person)), value);
    report (fd, line);
  }
}

G_GNUC_NORETURN static void
child_main (GFile *file,
            guint  round,
            int    fd)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (round);
  HearthScheme *scheme;

  prctl (PR_SET_PDEATHSIG, SIGKILL);
  dup2 (open ("/dev/null", O_WRONLY), STDOUT_FILENO);
  dup2 (STDOUT_FILENO, STDERR_FILENO);

  scheme = hearth_scheme_open (file, NULL, NULL);
  if (scheme == NULL || hearth_scheme_get_read_only (scheme))
    _exit (1);

  for (guint seq = 0; ; seq++)
    edit_one (scheme, rand, round, seq, fd);
}

static char *
read_all (int fd)
{
  GString *out = g_string_new (NULL);
  char buffer[4096];
  ssize_t n;

  while ((n = read (fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (out, buffer, n);

  return g_string_free (out, FALSE);
}

/* Every complete line the child wrote is an edit that committed. */
static void
remember (const char *reported,
          GHashTable *names,
          GHashTable *values)
{
  g_auto(GStrv) lines = g_strsplit (reported, "\n", -1);

  /* The last piece has no newline: a report cut short, not a promise. */
  for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (lines[i], " ", 3);

      if (g_str_equal (parts[0], "P"))
        g_hash_table_add (names, g_strdup (parts[1]));
      else
        g_hash_table_insert (values, g_strdup (parts[1]), g_strdup (parts[2]));
    }
}

static void
verify (GFile      *file,
        GHashTable *names,
        GHashTable *values)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthScheme) scheme = hearth_scheme_open (file, NULL, &error);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GHashTable) found = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key, value;

  g_assert_no_error (error);
  g_assert_false (hearth_scheme_get_read_only (scheme));
  g_assert_true (hearth_scheme_integrity_check (scheme, &problems, &error));
  g_assert_no_error (error);

  people = hearth_scheme_load_all (scheme, HEARTH_TYPE_PERSON, &error);
  for (guint i = 0; i < people->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (people, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT,
                                             hearth_record_get_id (HEARTH_RECORD (person)));
      const char *reported = g_hash_table_lookup (values, id);

      /* Every rule still holds for every record. */
      g_assert_true (hearth_record_validate (HEARTH_RECORD (person), &error));
      g_hash_table_add (found, (gpointer) hearth_person_get_first_name (person));

      /* A later edit may have committed unreported; an earlier value never comes back. */
      if (reported != NULL)
        g_assert_cmpstr (hearth_person_get_interests (person), >=, reported);
    }

  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (found, key))
      g_error ("%s was reported committed but is not in the scheme", (char *) key);
}

static void
test_torture (void)
{
  g_autofree char *dir = test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "Torture.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261122);
  g_autoptr(GError) error = NULL;
  HearthScheme *scheme;
  guint killed_mid_run = 0;
  char partial[KILLS];

  scheme = hearth_scheme_create (file, "Torture", NULL, &error);
  g_assert_no_error (error);
  g_object_unref (scheme);

  for (guint round = 0; round < KILLS; round++)
    {
      g_autofree char *reported = NULL;
      int pipe_fds[2], status;
      pid_t pid;

      g_assert_cmpint (pipe (pipe_fds), ==, 0);
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          close (pipe_fds[0]);
          child_main (file, round, pipe_fds[1]);
        }

      close (pipe_fds[1]);

      /* Half the rounds let the first edit commit, so a slow machine still kills mid-edit;
       * the other half may kill while the scheme is still opening. */
      if (round % 2 == 0)
        {
          char first;

          g_assert_cmpint (read (pipe_fds[0], &first, 1), ==, 1);
          partial[round] = first;
        }
      g_usleep (g_rand_int_range (rand, 500, 25000));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      if (WIFSIGNALED (status))
        killed_mid_run++;
      else
        g_error ("the editing child stopped by itself with status %d", WEXITSTATUS (status));

      reported = read_all (pipe_fds[0]);
      close (pipe_fds[0]);
      if (round % 2 == 0)
        {
          /* Put back the byte read to know the child had started. */
          g_autofree char *whole = g_strdup_printf ("%c%s", partial[round], reported);

          g_free (reported);
          reported = g_steal_pointer (&whole);
        }
      remember (reported, names, values);
      verify (file, names, values);
    }

  g_test_message ("%u kills, %u edits reported committed", killed_mid_run,
                  g_hash_table_size (names) + g_hash_table_size (values));
  g_assert_cmpuint (killed_mid_run, ==, KILLS);
  g_assert_cmpuint (g_hash_table_size (names) + g_hash_table_size (values), >=, KILLS / 2);
  test_remove_dir (dir);
}

/* Restores and backups, killed at random: the scheme's name must always hold a whole scheme,
 * the old one or the restored one, and what the killed run left is cleared by the next. */
G_GNUC_NORETURN static void
restore_child_main (GFile *file,
                    GFile *backup,
                    int    fd)
{
  prctl (PR_SET_PDEATHSIG, SIGKILL);
  dup2 (open ("/dev/null", O_WRONLY), STDOUT_FILENO);
  dup2 (STDOUT_FILENO, STDERR_FILENO);
  report (fd, "S\n");

  for (;;)
    {
      g_autoptr(HearthScheme) scheme = NULL;
      g_autoptr(HearthBackup) taken = NULL;

      if (!hearth_backup_restore (backup, file, NULL, NULL))
        _exit (6);
      if ((scheme = hearth_scheme_open (file, NULL, NULL)) == NULL ||
          (taken = hearth_scheme_back_up (scheme, NULL, NULL)) == NULL)
        _exit (7);
      hearth_scheme_close (scheme);
    }
}

static guint
count_leftovers (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (strstr (name, ".partial") != NULL || strstr (name, ".restoring-") != NULL)
      n++;

  return n;
}

static void
verify_restorable (GFile  *file,
                   GFile  *folder)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthScheme) scheme = hearth_scheme_open (file, NULL, &error);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GListStore) backups = NULL;

  /* The scheme opens under its own name, whole, as it was or as restored. */
  g_assert_no_error (error);
  g_assert_false (hearth_scheme_get_read_only (scheme));
  g_assert_true (hearth_scheme_integrity_check (scheme, &problems, &error));
  g_assert_no_error (error);
  people = hearth_scheme_load_all (scheme, HEARTH_TYPE_PERSON, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (people->len, >=, 1);
  g_assert_cmpuint (people->len, <=, 2);
  hearth_scheme_close (scheme);

  /* Every backup that is listed passes its check. */
  backups = hearth_backup_list (folder, "Torture", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (backups)); i++)
    {
      g_autoptr(HearthBackup) backup = g_list_model_get_item (G_LIST_MODEL (backups), i);

      g_assert_true (hearth_backup_verify (hearth_backup_get_file (backup), &error));
      g_assert_no_error (error);
    }
}

static void
test_torture_restore (void)
{
  g_autofree char *dir = test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "Torture.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = NULL;
  g_autofree char *folder_path = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261207);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthBackup) backup = NULL;
  g_autoptr(HearthScheme) scheme = NULL;
  g_autofree char *saved_path = g_build_filename (dir, "The backup.hearth", NULL);
  g_autoptr(GFile) saved = g_file_new_for_path (saved_path);
  guint kills = 0;

  scheme = hearth_scheme_create (file, "Torture", NULL, &error);
  g_assert_no_error (error);
  g_object_unref (test_add_person (scheme, "Backed", "Up"));
  backup = hearth_scheme_back_up (scheme, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_copy (hearth_backup_get_file (backup), saved, G_FILE_COPY_NONE, NULL,
                              NULL, NULL, &error));
  g_object_unref (test_add_person (scheme, "Not", "Backed"));
  folder = hearth_scheme_get_backup_folder (scheme);
  folder_path = g_file_get_path (folder);
  hearth_scheme_close (scheme);

  for (guint round = 0; round < KILLS / 4; round++)
    {
      int pipe_fds[2], status;
      char started;
      pid_t pid;

      g_assert_cmpint (pipe (pipe_fds), ==, 0);
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          close (pipe_fds[0]);
          restore_child_main (file, saved, pipe_fds[1]);
        }

      close (pipe_fds[1]);
      g_assert_cmpint (read (pipe_fds[0], &started, 1), ==, 1);
      g_usleep (g_rand_int_range (rand, 200, 40000));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      close (pipe_fds[0]);
      if (WIFSIGNALED (status))
        kills++;
      else
        g_error ("the restoring child stopped by itself with status %d", WEXITSTATUS (status));

      verify_restorable (file, folder);

      /* The next run clears what the killed one left, in both folders. */
      hearth_backup_remove_leftovers (folder, NULL);
      g_assert_cmpuint (count_leftovers (folder_path), ==, 0);
      {
        g_autoptr(GFile) parent = g_file_get_parent (file);

        hearth_backup_remove_leftovers (parent, NULL);
        g_assert_cmpuint (count_leftovers (dir), ==, 0);
      }
    }

  g_assert_cmpuint (kills, ==, KILLS / 4);
  test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  hearth_date_set_today (HEARTH_TEST_TODAY);

  g_test_add_func ("/torture/kill-while-editing", test_torture);
  g_test_add_func ("/torture/kill-while-restoring", test_torture_restore);

  return g_test_run ();
}
