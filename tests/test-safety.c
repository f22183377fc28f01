/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-safety.c: one writer at a time across processes, a crashed writer's lock cleared, and
 * a verified backup before every migration. */

#define G_LOG_DOMAIN "test-safety"

#include "config.h"

#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <string.h>
#include <unistd.h>

#include "hearth-backup.h"
#include "hearth-test-util.h"

/* Opens the scheme in a child process, says so through a pipe, and waits to be killed. */
static pid_t
hold_in_child (GFile *file)
{
  int ready[2];
  pid_t pid;
  char byte;

  g_assert_cmpint (pipe (ready), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);

  if (pid == 0)
    {
      HearthScheme *scheme;

      /* Never outlive the test, and never hold its output open. */
      prctl (PR_SET_PDEATHSIG, SIGKILL);
      dup2 (open ("/dev/null", O_WRONLY), STDOUT_FILENO);
      dup2 (STDOUT_FILENO, STDERR_FILENO);
      close (ready[0]);
      scheme = hearth_scheme_open (file, NULL, NULL);
      if (scheme == NULL || hearth_scheme_get_read_only (scheme))
        _exit (1);
      hearth_scheme_set_user (scheme, "Other Coordinator");
      if (write (ready[1], "!", 1) != 1)
        _exit (1);
      for (;;)
        pause ();
    }

  close (ready[1]);
  g_assert_cmpint (read (ready[0], &byte, 1), ==, 1);
  close (ready[0]);
  return pid;
}

static void
test_second_opener_read_only (SchemeFixture *f,
                              gconstpointer  data)
{
  g_autoptr(HearthScheme) second = NULL;
  g_autoptr(HearthScheme) third = NULL;
  g_autoptr(HearthPerson) person = hearth_person_new ();
  g_autoptr(GError) error = NULL;
  int status;
  pid_t pid;

  /* Let the child have it. */
  g_clear_object (&f->scheme);
  pid = hold_in_child (f->file);

  second = hearth_scheme_open (f->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_scheme_get_read_only (second));
  g_assert_nonnull (strstr (hearth_scheme_get_other_writer (second), "Other Coordinator on "));
  g_assert_nonnull (strstr (hearth_scheme_get_other_writer (second), g_get_host_name ()));

  /* Reading works, writing is refused with who has it. */
  g_assert_cmpint (test_count_rows (second, HEARTH_TYPE_PERSON), ==, 0);
  g_object_set (person, "first-name", "Not", "last-name", "Saved",
                "date-of-birth", "1990-01-01", "referral-date", "2026-01-01", NULL);
  g_assert_false (hearth_scheme_add_person (second, person, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "Other Coordinator on"));
  g_clear_error (&error);

  /* The writer crashes: the next opener on this computer clears its lock. */
  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  third = hearth_scheme_open (f->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (hearth_scheme_get_read_only (third));
  g_assert_null (hearth_scheme_get_other_writer (third));
  g_assert_true (hearth_scheme_add_person (third, person, &error));
  g_assert_no_error (error);
}

/* In a folder on this computer, the write-ahead log: durable commits without blocking readers.
 * (A network folder gets a rollback journal; no test machine has one to offer.) */
static void
test_local_journal (SchemeFixture *f,
                    gconstpointer  data)
{
  g_autofree char *mode = hearth_scheme_dup_journal_mode (f->scheme);

  g_assert_cmpstr (mode, ==, "wal");
}

static void
test_take_over (SchemeFixture *f,
                gconstpointer  data)
{
  g_autoptr(HearthScheme) second = NULL;
  g_autoptr(GError) error = NULL;
  int status;
  pid_t pid;

  g_clear_object (&f->scheme);
  pid = hold_in_child (f->file);

  second = hearth_scheme_open (f->file, NULL, &error);
  g_assert_true (hearth_scheme_get_read_only (second));
  g_assert_true (hearth_scheme_take_over (second, &error));
  g_assert_no_error (error);
  g_assert_false (hearth_scheme_get_read_only (second));

  kill (pid, SIGKILL);
  waitpid (pid, &status, 0);
}

static void
test_same_process_two_windows (SchemeFixture *f,
                               gconstpointer  data)
{
  g_autoptr(HearthScheme) second = NULL;
  g_autoptr(HearthScheme) third = NULL;
  g_autoptr(GError) error = NULL;

  second = hearth_scheme_open (f->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_scheme_get_read_only (second));

  /* Closing the first gives the lock back. */
  g_clear_object (&f->scheme);
  g_clear_object (&second);
  third = hearth_scheme_open (f->file, NULL, &error);
  g_assert_false (hearth_scheme_get_read_only (third));
}

static void
write_version_1 (const char *path)
{
  g_autoptr(GBytes) sql = g_resources_lookup_data ("/io/github/hearthapp/Hearth/core/migrations/"
                                                   "0001-initial.sql", 0, NULL);
  g_autofree char *text = g_strndup (g_bytes_get_data (sql, NULL), g_bytes_get_size (sql));
  g_autofree char *pragmas = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = 1;"
                                              "INSERT INTO scheme (id, name, created_at,"
                                              " updated_at, updated_by) VALUES (1, 'Old',"
                                              " 'x', 'x', 'x');", (int) HEARTH_APPLICATION_ID);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, text, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, pragmas, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_backup_before_migration (void)
{
  g_autofree char *dir = test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "Old.hearth", NULL);
  g_autofree char *folder_path = g_build_filename (dir, "Old backups", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthScheme) backup_scheme = NULL;
  g_autoptr(HearthBackup) backup = NULL;
  g_autoptr(GListStore) backups = NULL;
  g_autoptr(GError) error = NULL;

  write_version_1 (path);
  scheme = hearth_scheme_open (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_scheme_get_schema_version (scheme), ==, HEARTH_SCHEMA_VERSION);
  g_assert_cmpstr (hearth_scheme_get_name (scheme), ==, "Old");

  backups = hearth_backup_list (folder, "Old", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (backups)), ==, 1);
  backup = g_list_model_get_item (G_LIST_MODEL (backups), 0);
  g_assert_true (hearth_backup_verify (hearth_backup_get_file (backup), &error));

  /* The backup is the scheme as it was: still version 1. */
  {
    g_autofree char *backup_path = g_file_get_path (hearth_backup_get_file (backup));
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;

    sqlite3_open_v2 (backup_path, &db, SQLITE_OPEN_READONLY, NULL);
    sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
    sqlite3_finalize (stmt);
    sqlite3_close (db);
  }

  g_clear_object (&scheme);
  test_remove_dir (dir);
}

/* Record numbers are decimal digits from 1 upwards: never octal, hexadecimal or signed. */
static void
test_parse_id (void)
{
  const struct { const char *text; gint64 id; } cases[] = {
    { "1", 1 }, { "12", 12 }, { "010", 10 }, { "9223372036854775807", G_MAXINT64 },
    { "0", 0 }, { "0x10", 0 }, { "1e3", 0 }, { "-1", 0 }, { "+5", 0 }, { " 5", 0 },
    { "5 ", 0 }, { "", 0 }, { "99999999999999999999", 0 }, { "9223372036854775808", 0 },
    { "１２", 0 }, { "12abc", 0 }, { "\v5", 0 }, { "\f5", 0 }, { "5\n", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 id = -7;
      gboolean ok = hearth_text_parse_id (cases[i].text, &id, &error);

      g_test_message ("“%s”", cases[i].text);
      if (cases[i].id > 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpint (id, ==, cases[i].id);
        }
      else
        {
          g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
          g_assert_false (ok);
          g_assert_cmpint (id, ==, -7);
          g_assert_nonnull (strstr (error->message, "is not a record number"));
        }
    }
}

/* Searching for text that is not UTF-8 is refused in words, not a crash. */
static void
test_search_not_utf8 (SchemeFixture *f,
                      gconstpointer  data)
{
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Mariam", "Begum");
  g_autoptr(GArray) found = NULL;
  g_autoptr(GError) error = NULL;

  found = hearth_scheme_search (f->scheme, HEARTH_TYPE_PERSON, "\xff", &error);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_assert_null (found);
  g_assert_cmpstr (error->message, ==,
                   "The search text is not valid text (UTF-8): byte 0xFF at position 1.");
  g_clear_error (&error);

  found = hearth_scheme_search (f->scheme, HEARTH_TYPE_CARER, "Mar\xc3", &error);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_assert_null (found);
  g_clear_error (&error);

  found = hearth_scheme_search (f->scheme, HEARTH_TYPE_PERSON, "mar", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
}

/* Whoever set a field, the core saves only UTF-8, and the file is left as it was. */
static void
test_save_not_utf8 (SchemeFixture *f,
                    gconstpointer  data)
{
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Mariam", "Begum");
  g_autoptr(HearthPerson) bad = hearth_person_new ();
  g_autoptr(HearthRecord) edited = hearth_record_copy (HEARTH_RECORD (person));
  g_autoptr(HearthRecord) stored = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (bad, "first-name", "Am\xffira", "last-name", "Khan",
                "date-of-birth", "1990-01-01", "referral-date", "2026-10-01", NULL);
  g_assert_false (hearth_scheme_add_person (f->scheme, bad, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The value of “first_name” is not valid text (UTF-8): "
                                       "byte 0xFF at position 3.");
  g_assert_cmpint (test_count_rows (f->scheme, HEARTH_TYPE_PERSON), ==, 1);
  g_clear_error (&error);

  hearth_record_set_string (edited, "interests", "gardening\xc0\x80");
  g_assert_false (hearth_scheme_update (f->scheme, edited, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“interests”"));
  stored = hearth_scheme_load (f->scheme, HEARTH_TYPE_PERSON,
                               hearth_record_get_id (HEARTH_RECORD (person)), NULL);
  g_assert_cmpstr (hearth_person_get_interests (HEARTH_PERSON (stored)), ==,
                   hearth_person_get_interests (person));
}

/* Control characters are shown, never obeyed; everything else is kept as it was. */
static void
test_visible (void)
{
  const struct { const char *text; const char *shown; } cases[] = {
    { "Plain Zoë", "Plain Zoë" },
    { "\x1b[31mred\x1b[0m", "␛[31mred␛[0m" },
    { "a\r\nb\nc\td", "a\nb\nc\td" },
    { "over\rwrite", "over␍write" },
    { "bell\a del\x7f", "bell␇ del␡" },
    { "c1 \xc2\x9b" "2J", "c1 <U+009B>2J" },
    { "bidi \xe2\x80\xae" "evil", "bidi <U+202E>evil" },
    { "bad \xff byte", "bad \\xFF byte" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *shown = hearth_text_dup_visible (cases[i].text, -1);

      g_assert_cmpstr (shown, ==, cases[i].shown);
      g_assert_true (g_utf8_validate (shown, -1, NULL));
    }
}

/* A cell a spreadsheet would run as a formula is kept text: prefixed with a single quote and
 * quoted. A plain number, negative or not, is a number and is written as it is. */
static void
test_csv_formulas (void)
{
  const struct { const char *text; const char *field; } cases[] = {
    { "=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"" },
    { "=1+1", "\"'=1+1\"" },
    { "+44 113 496 0000", "\"'+44 113 496 0000\"" },
    { "-2+3", "\"'-2+3\"" },
    { "@SUM(A1)", "\"'@SUM(A1)\"" },
    { "\t=1+1", "\"'\t=1+1\"" },
    { "\r=1+1", "\"'\r=1+1\"" },
    { "-", "\"'-\"" },
    { "-1.", "\"'-1.\"" },
    { "-1", "-1" },
    { "-650.00", "-650.00" },
    { "12", "12" },
    { "Mariam", "Mariam" },
    { "a=b", "a=b" },
    { " =1+1", "\" =1+1\"" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) csv = g_string_new (NULL);

      hearth_csv_append_field (csv, cases[i].text);
      g_assert_cmpstr (csv->str, ==, cases[i].field);
    }
}

/* Writes a lock as another Hearth would have, with the process number and start time given. */
static void
forge_lock (GFile  *file,
            gint64  pid,
            gint64  started)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *boot = NULL;
  g_autofree char *sql = NULL;
  sqlite3 *db = NULL;

  g_assert_true (g_file_get_contents ("/proc/sys/kernel/random/boot_id", &boot, NULL, NULL));
  g_strstrip (boot);
  sql = g_strdup_printf ("INSERT OR REPLACE INTO writer (id, user, host, pid, boot_id, token,"
                         " since, started) VALUES (1, 'Priya Shah', '%s', %" G_GINT64_FORMAT
                         ", '%s', 'theirs', '2026-11-22T09:10:00Z', %" G_GINT64_FORMAT ")",
                         g_get_host_name (), pid, boot, started);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* A lock whose process number now belongs to another program (here, this test, started at
 * another moment) or to a zombie is stale: the scheme opens for writing. */
static void
test_reused_pid_and_zombie (SchemeFixture *f,
                            gconstpointer  data)
{
  g_autoptr(HearthScheme) reopened = NULL;
  g_autoptr(HearthScheme) again = NULL;
  g_autoptr(HearthScheme) live = NULL;
  g_autoptr(GError) error = NULL;
  int status;
  pid_t zombie;

  g_clear_object (&f->scheme);

  forge_lock (f->file, getpid (), 1);
  reopened = hearth_scheme_open (f->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (hearth_scheme_get_read_only (reopened));
  g_clear_object (&reopened);

  zombie = fork ();
  if (zombie == 0)
    _exit (0);
  g_usleep (200 * 1000);         /* not reaped yet: a zombie */
  forge_lock (f->file, zombie, 0);
  again = hearth_scheme_open (f->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (hearth_scheme_get_read_only (again));
  g_clear_object (&again);
  waitpid (zombie, &status, 0);

  /* A live holder with the same start time is respected. */
  {
    g_autofree char *stat = NULL;
    g_auto(GStrv) fields = NULL;

    g_assert_true (g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL));
    fields = g_strsplit (strrchr (stat, ')') + 2, " ", -1);
    forge_lock (f->file, getpid (), g_ascii_strtoll (fields[19], NULL, 10));
  }
  live = hearth_scheme_open (f->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_scheme_get_read_only (live));
  g_assert_nonnull (strstr (hearth_scheme_get_other_writer (live), "Priya Shah"));
}

/* Another SQLite program in the middle of a change is named, not called a read-only drive. */
static void
test_other_program_named (SchemeFixture *f,
                          gconstpointer  data)
{
  g_autofree char *path = g_file_get_path (f->file);
  g_autoptr(HearthScheme) second = NULL;
  g_autoptr(HearthPerson) person = hearth_person_new ();
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  int ready[2], status;
  char started;
  pid_t holder;

  g_clear_object (&f->scheme);
  g_assert_cmpint (pipe (ready), ==, 0);
  holder = fork ();
  if (holder == 0)
    {
      prctl (PR_SET_PDEATHSIG, SIGKILL);
      if (sqlite3_open (path, &db) != SQLITE_OK ||
          sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK ||
          write (ready[1], "R", 1) != 1)
        _exit (1);
      for (;;)
        pause ();
    }
  g_assert_cmpint (read (ready[0], &started, 1), ==, 1);

  second = hearth_scheme_open (f->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_scheme_get_read_only (second));
  g_object_set (person, "first-name", "Waiting", "last-name", "Person",
                "date-of-birth", "1980-01-01", "referral-date", "2026-11-01", NULL);
  g_assert_false (hearth_scheme_add_person (second, person, &error));
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "Another program is changing the scheme file right "
                                            "now: test-safety (process"));
  g_assert_null (strstr (error->message, "database is locked"));

  kill (holder, SIGKILL);
  waitpid (holder, &status, 0);
  close (ready[0]);
  close (ready[1]);
}

#define ADD(path, func) \
  g_test_add (path, SchemeFixture, NULL, scheme_fixture_set_up, func, scheme_fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/safety/lock/second-opener-read-only", test_second_opener_read_only);
  ADD ("/safety/lock/take-over", test_take_over);
  ADD ("/safety/journal/local", test_local_journal);
  ADD ("/safety/lock/same-process", test_same_process_two_windows);
  ADD ("/safety/lock/reused-pid-and-zombie", test_reused_pid_and_zombie);
  ADD ("/safety/lock/other-program-named", test_other_program_named);
  g_test_add_func ("/safety/migration-backup", test_backup_before_migration);
  g_test_add_func ("/safety/text/parse-id", test_parse_id);
  g_test_add_func ("/safety/text/visible", test_visible);
  g_test_add_func ("/safety/csv/formulas", test_csv_formulas);
  ADD ("/safety/text/search-not-utf8", test_search_not_utf8);
  ADD ("/safety/text/save-not-utf8", test_save_not_utf8);

  return g_test_run ();
}
