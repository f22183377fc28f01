/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-cli.c: hearth-cli run the way a script runs it, on small schemes built through the
 * CLI itself: exit codes, the core's messages, files it must leave untouched, and every
 * Shared Lives rule both broken and kept. */

#define G_LOG_DOMAIN "test-cli"

#include "config.h"

#include <json-glib/json-glib.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>

#include "hearth.h"

#define TODAY "2026-11-22"

typedef struct
{
  char *dir;
  char *file;
} Fixture;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static const char *cli_path;
static const char *cli_input;   /* what the next hearth-cli reads on standard input */

static void
run_free (Run *run)
{
  g_free (run->out);
  g_free (run->err);
  g_free (run);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Run, run_free)

/* Runs hearth-cli with @args; "@" stands for the fixture's scheme file. */
static Run *
run_args (Fixture   *f,
          GPtrArray *args)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  Run *run = g_new0 (Run, 1);

  g_ptr_array_add (argv, (gpointer) cli_path);
  for (guint i = 0; i < args->len; i++)
    {
      const char *arg = g_ptr_array_index (args, i);

      g_ptr_array_add (argv, (gpointer) (g_str_equal (arg, "@") ? f->file : arg));
    }
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE |
                                        (cli_input != NULL ? G_SUBPROCESS_FLAGS_STDIN_PIPE : 0));
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_setenv (launcher, "HEARTH_TODAY", TODAY, TRUE);
  g_subprocess_launcher_setenv (launcher, "TZ", "UTC", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "HEARTH_USER");

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, cli_input, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);

  return run;
}

static Run *
cli (Fixture    *f,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);

  return run_args (f, args);
}

/* Checks the exit status and, when given, words the message on stderr must contain. */
static void
expect (Run        *run,
        int         status,
        const char *in_stderr)
{
  if (run->status != status || (in_stderr != NULL && strstr (run->err, in_stderr) == NULL))
    g_test_message ("exit %d\nstdout: %s\nstderr: %s", run->status, run->out, run->err);

  g_assert_cmpint (run->status, ==, status);
  if (in_stderr != NULL)
    g_assert_nonnull (strstr (run->err, in_stderr));
}

static void
expect_out (Run        *run,
            const char *in_stdout)
{
  if (strstr (run->out, in_stdout) == NULL)
    g_test_message ("stdout: %s\nstderr: %s", run->out, run->err);
  g_assert_nonnull (strstr (run->out, in_stdout));
}

/* The new record's number, which commands that add a record print alone. */
static gint64
new_id (Run *run)
{
  gint64 id = 0;

  expect (run, 0, NULL);
  g_assert_true (g_ascii_string_to_signed (g_strstrip (run->out), 10, 1, G_MAXINT64, &id, NULL));
  return id;
}

/* JSON with every blank taken out, so tests can look for "key":value. */
static char *
squeeze (const char *json)
{
  GString *s = g_string_new (NULL);

  for (const char *p = json; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (s, *p);

  return g_string_free (s, FALSE);
}

static void
expect_json (Run        *run,
             const char *squeezed)
{
  g_autofree char *json = squeeze (run->out);

  if (strstr (json, squeezed) == NULL)
    g_test_message ("looking for %s in %s", squeezed, json);
  g_assert_nonnull (strstr (json, squeezed));
}

static char *
num (gint64 id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, id);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(Run) run = NULL;

  f->dir = g_dir_make_tmp ("hearth-cli-XXXXXX", &error);
  g_assert_no_error (error);
  f->file = g_build_filename (f->dir, "riverside.hearth", NULL);

  run = cli (f, "new", "@", "--name", "Riverside", NULL);
  expect (run, 0, NULL);
}

/* Removes @path and, if it is a folder, everything in it (backups may make folders). */
static void
remove_all (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_all (child);
    }
  g_remove (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_all (f->dir);
  g_free (f->file);
  g_free (f->dir);
}

static gint64
add_carer (Fixture    *f,
           const char *first_name)
{
  g_autoptr(Run) run = cli (f, "add-carer", "@", "--first-name", first_name, "--last-name", "Carer",
                            "--enquiry-date", "2026-01-05", "--source", "Word of mouth", NULL);

  return new_id (run);
}

static void
add_checks (Fixture    *f,
            gint64      carer,
            const char *except)
{
  const char * const kinds[] = {
    "application", "reference", "reference", "dbs", "home-safety", "household-agreement",
    "preparation-training", "assessment-report",
  };
  g_autofree char *id = num (carer);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(Run) run = NULL;

      if (g_strcmp0 (kinds[i], except) == 0)
        continue;
      run = cli (f, "add-check", "@", "--carer", id, "--kind", kinds[i], "--on", "2026-06-01",
                 NULL);
      new_id (run);
    }
}

/* Through recruitment to preparation training, with every check but @except. */
static void
prepare_carer (Fixture    *f,
               gint64      carer,
               const char *except)
{
  const char * const stages[] = { "initial-visit", "application", "assessment", "preparation" };
  g_autofree char *id = num (carer);

  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    {
      g_autoptr(Run) run = cli (f, "move-carer", "@", "--carer", id, "--stage", stages[i], NULL);

      expect (run, 0, NULL);
    }
  add_checks (f, carer, except);
}

/* An approved carer: @places, then the approval flags, NULL-terminated. */
static gint64
approved_carer (Fixture    *f,
                const char *first_name,
                const char *places,
                ...)
{
  gint64 carer = add_carer (f, first_name);
  g_autofree char *id = num (carer);
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(Run) ready = NULL;
  g_autoptr(Run) approve = NULL;
  va_list ap;

  prepare_carer (f, carer, NULL);
  ready = cli (f, "move-carer", "@", "--carer", id, "--stage", "ready-for-panel", NULL);
  expect (ready, 0, NULL);

  g_ptr_array_add (args, (gpointer) "approve-carer");
  g_ptr_array_add (args, (gpointer) "@");
  g_ptr_array_add (args, (gpointer) "--carer");
  g_ptr_array_add (args, id);
  g_ptr_array_add (args, (gpointer) "--places");
  g_ptr_array_add (args, (gpointer) places);
  va_start (ap, places);
  for (const char *flag = va_arg (ap, const char *); flag != NULL; flag = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) flag);
  va_end (ap);

  approve = run_args (f, args);
  expect (approve, 0, NULL);
  return carer;
}

static gint64
add_person (Fixture    *f,
            const char *first_name,
            const char *date_of_birth)
{
  g_autoptr(Run) run = cli (f, "add-person", "@", "--first-name", first_name,
                            "--last-name", "Person", "--date-of-birth", date_of_birth,
                            "--referral-date", "2026-10-01",
                            "--support-needs", "learning-disability, autism", NULL);

  return new_id (run);
}

static gint64
propose (Fixture    *f,
         gint64      person,
         gint64      carer,
         const char *type)
{
  g_autofree char *p = num (person);
  g_autofree char *c = num (carer);
  g_autoptr(Run) run = cli (f, "propose-trial", "@", "--person", p, "--carer", c, "--type", type,
                            NULL);

  return new_id (run);
}

static void
decide (Fixture    *f,
        gint64      trial,
        const char *side,
        const char *choice)
{
  g_autofree char *t = num (trial);
  g_autoptr(Run) run = cli (f, "decide-trial", "@", "--trial", t, side, choice, NULL);

  expect (run, 0, NULL);
}

static gint64
agreed_trial (Fixture    *f,
              gint64      person,
              gint64      carer,
              const char *type)
{
  gint64 trial = propose (f, person, carer, type);

  decide (f, trial, "--person-says", "yes");
  decide (f, trial, "--carer-says", "yes");
  return trial;
}

static Run *
start_from_trial (Fixture *f,
                  gint64   trial)
{
  g_autofree char *t = num (trial);

  return cli (f, "start-arrangement", "@", "--trial", t, "--start", TODAY,
              "--weekly-fee", "650", NULL);
}

static Run *
start_emergency (Fixture    *f,
                 gint64      person,
                 gint64      carer,
                 const char *type)
{
  g_autofree char *p = num (person);
  g_autofree char *c = num (carer);

  return cli (f, "start-arrangement", "@", "--emergency", "--person", p, "--carer", c,
              "--approved-by", "Rita Manager", "--type", type, "--start", TODAY,
              "--weekly-fee", "700.00", NULL);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
sql (const char *path,
     const char *statements)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, statements, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* Every command that opens a file refuses it with exit 3 and leaves it byte for byte. */
static void
expect_refused_untouched (Fixture    *f,
                          const char *message)
{
  const char * const commands[][3] = {
    { "info", "--json", NULL },
    { "check", NULL, NULL },
    { "list", "people", NULL },
  };
  g_autoptr(GBytes) before = read_bytes (f->file);
  g_autofree char *wal = g_strconcat (f->file, "-wal", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autoptr(Run) run = cli (f, commands[i][0], "@", commands[i][1], NULL);
      g_autoptr(GBytes) after = read_bytes (f->file);

      expect (run, 3, message);
      g_assert_true (g_bytes_equal (before, after));
      g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
    }

  {
    g_autoptr(Run) run = cli (f, "add-person", "@", "--first-name", "Amira", "--last-name", "Khan",
                              "--date-of-birth", "1990-01-01", "--referral-date", "2026-10-01",
                              NULL);
    g_autoptr(GBytes) after = read_bytes (f->file);

    expect (run, 3, message);
    g_assert_true (g_bytes_equal (before, after));
  }
}

static void
test_new_and_info (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(Run) info = cli (f, "info", "@", "--json", NULL);
  g_autoptr(Run) again = cli (f, "new", "@", "--name", "Again", NULL);
  g_autoptr(Run) nameless = cli (f, "new", "elsewhere.hearth", NULL);
  g_autoptr(Run) after = NULL;
  g_autofree char *version = g_strdup_printf ("\"schema_version\":%d", HEARTH_SCHEMA_VERSION);

  expect (info, 0, NULL);
  expect_json (info, "\"name\":\"Riverside\"");
  expect_json (info, version);
  expect_json (info, "\"today\":\"" TODAY "\"");
  expect_json (info, "\"people\":{\"total\":0,\"archived\":0");
  expect_json (info, "\"reviews\":{\"held\":0,\"due\":0,\"overdue\":0}");
  expect (again, 1, "already exists");
  expect (nameless, 2, "--name");

  add_person (f, "Amira", "1990-04-23");
  add_carer (f, "Ann");
  after = cli (f, "info", "@", "--json", NULL);
  expect (after, 0, NULL);
  expect_json (after, "\"people\":{\"total\":1,\"archived\":0,\"by_status\":{\"referred\":1,");
  expect_json (after, "\"by_stage\":{\"enquiry\":1,");
  expect_json (after, "\"trials\":{\"total\":0");
}

static void
test_usage (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(Run) help = cli (f, "--help", NULL);
  g_autoptr(Run) version = cli (f, "--version", NULL);
  g_autoptr(Run) unknown = cli (f, "frobnicate", NULL);
  g_autoptr(Run) nothing = cli (f, NULL, NULL);
  g_autoptr(Run) bad_option = cli (f, "info", "@", "--colour", NULL);
  g_autoptr(Run) no_file = cli (f, "info", NULL);
  g_autoptr(Run) command_help = cli (f, "add-carer", "--help", NULL);
  g_autoptr(Run) missing = cli (f, "add-carer", "@", "--first-name", "Ann", NULL);
  g_autoptr(Run) bad_kind = cli (f, "list", "@", "horses", NULL);
  g_autoptr(Run) missing_file = cli (f, "info", "no-such-file.hearth", NULL);

  expect (help, 0, NULL);
  expect_out (help, "record-review");
  expect_out (help, "Start an arrangement from an agreed trial");
  expect (version, 0, NULL);
  expect_out (version, "hearth-cli ");
  expect (unknown, 2, "“frobnicate” is not a command");
  expect (nothing, 2, "hearth-cli --help");
  expect (bad_option, 2, "--colour");
  expect (no_file, 2, "info needs FILE");
  expect (command_help, 0, NULL);
  expect_out (command_help, "hearth-cli add-carer [OPTION…] FILE");
  expect_out (command_help, "--first-name=NAME");
  expect (missing, 2, "--last-name");
  expect (bad_kind, 2, "horses");
  expect (missing_file, 3, "no-such-file.hearth");
}

static void
test_refuse_newer (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *newer = g_strdup_printf ("PRAGMA user_version = %d", HEARTH_SCHEMA_VERSION + 1);

  sql (f->file, newer);
  expect_refused_untouched (f, "newer version of Hearth");
}

static void
test_refuse_foreign (Fixture       *f,
                     gconstpointer  data)
{
  g_unlink (f->file);
  sql (f->file, "CREATE TABLE recipe (name TEXT); INSERT INTO recipe VALUES ('soup');"
                "PRAGMA application_id = 1718185057;");
  expect_refused_untouched (f, "is a database, but not a Hearth scheme");
}

static void
test_refuse_garbage (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GString) junk = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 500; i++)
    g_string_append_printf (junk, "not a database %u\n", i);
  g_file_set_contents (f->file, junk->str, (gssize) junk->len, &error);
  g_assert_no_error (error);

  expect_refused_untouched (f, "not a database file at all");
}

static void
test_person_age (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(Run) young = cli (f, "add-person", "@", "--first-name", "Kai", "--last-name", "Young",
                              "--date-of-birth", "2012-05-01", "--referral-date", "2026-10-01",
                              NULL);
  g_autoptr(Run) list = NULL;

  expect (young, 1, "Kai Young was 14 at referral; Shared Lives supports people aged 16 or over.");
  g_assert_cmpstr (young->out, ==, "");

  /* Sixteen on the day of referral is old enough. */
  add_person (f, "Sixteen", "2010-10-01");
  list = cli (f, "list", "@", "people", NULL);
  expect (list, 0, NULL);
  expect_out (list, "Sixteen Person");
  g_assert_null (strstr (list->out, "Kai"));
}

static void
test_ready_for_panel (Fixture       *f,
                      gconstpointer  data)
{
  gint64 carer = add_carer (f, "Ann");
  g_autofree char *id = num (carer);
  g_autoptr(Run) early = NULL;
  g_autoptr(Run) ready = NULL;
  g_autoptr(Run) dbs = NULL;

  prepare_carer (f, carer, "dbs");
  early = cli (f, "move-carer", "@", "--carer", id, "--stage", "ready-for-panel", NULL);
  expect (early, 1, "Ann Carer cannot be marked ready for panel yet. Still missing: "
                    "an enhanced DBS check.");

  dbs = cli (f, "add-check", "@", "--carer", id, "--kind", "dbs", "--expires", "2029-06-01", NULL);
  new_id (dbs);
  ready = cli (f, "move-carer", "@", "--carer", id, "--stage", "ready-for-panel", NULL);
  expect (ready, 0, NULL);
  expect_out (ready, "Ready for panel");
}

static void
test_approval_places (Fixture       *f,
                      gconstpointer  data)
{
  gint64 carer = add_carer (f, "Ann");
  g_autofree char *id = num (carer);
  g_autoptr(Run) ready = NULL;
  g_autoptr(Run) none = NULL;
  g_autoptr(Run) four = NULL;
  g_autoptr(Run) three = NULL;

  prepare_carer (f, carer, NULL);
  ready = cli (f, "move-carer", "@", "--carer", id, "--stage", "ready-for-panel", NULL);
  expect (ready, 0, NULL);

  none = cli (f, "approve-carer", "@", "--carer", id, "--places", "0", "--long-term", NULL);
  expect (none, 1, "A carer is approved for 1, 2 or 3 people, not 0.");
  four = cli (f, "approve-carer", "@", "--carer", id, "--places", "4", "--long-term", NULL);
  expect (four, 1, "A carer is approved for 1, 2 or 3 people, not 4.");
  three = cli (f, "approve-carer", "@", "--carer", id, "--places", "3", "--long-term", NULL);
  expect (three, 0, NULL);
  expect_out (three, "Ann Carer is approved for 3 people at once");
}

static void
test_carer_not_approved (Fixture       *f,
                         gconstpointer  data)
{
  gint64 person = add_person (f, "Amira", "1990-04-23");
  gint64 carer = add_carer (f, "Nina");
  g_autofree char *p = num (person);
  g_autofree char *c = num (carer);
  g_autoptr(Run) trial = cli (f, "propose-trial", "@", "--person", p, "--carer", c,
                              "--type", "long-term", NULL);
  g_autoptr(Run) emergency = start_emergency (f, person, carer, "long-term");

  expect (trial, 1, "Nina Carer is not an approved carer");
  expect (emergency, 1, "Nina Carer is not an approved carer");
  expect (emergency, 1, "arrangements are only made with approved carers");
}

static void
test_carer_type_and_emergency (Fixture       *f,
                               gconstpointer  data)
{
  gint64 person = add_person (f, "Amira", "1990-04-23");
  gint64 carer = approved_carer (f, "Lee", "2", "--long-term", NULL);
  g_autofree char *p = num (person);
  g_autofree char *c = num (carer);
  g_autoptr(Run) wrong_type = cli (f, "propose-trial", "@", "--person", p, "--carer", c,
                                   "--type", "short-breaks", NULL);
  g_autoptr(Run) wrong_emergency_type = start_emergency (f, person, carer, "day-support");
  g_autoptr(Run) not_emergency = start_emergency (f, person, carer, "long-term");
  g_autoptr(Run) from_trial = NULL;

  expect (wrong_type, 1, "Lee Carer is not approved for Short breaks.");
  expect (wrong_emergency_type, 1, "Lee Carer is not approved for Day support.");
  expect (not_emergency, 1, "Lee Carer is not approved and trained for emergency placements.");

  from_trial = start_from_trial (f, agreed_trial (f, person, carer, "long-term"));
  new_id (from_trial);
}

/* Suggestions with the rule that removed each carer, the shortlist, a no lifted, and the
 * weights, all as the window shows them. */
static void
test_suggest (Fixture       *f,
              gconstpointer  data)
{
  gint64 person = add_person (f, "Amira", "1990-04-23");
  gint64 day = approved_carer (f, "Dee", "2", "--day-support", NULL);
  gint64 open = approved_carer (f, "Lee", "2", "--long-term", NULL);
  gint64 declines = approved_carer (f, "Nia", "2", "--long-term", NULL);
  g_autofree char *p = num (person);
  g_autofree char *c = num (open);
  g_autofree char *no_trial = num (propose (f, person, declines, "long-term"));
  g_autoptr(Run) no = cli (f, "decide-trial", "@", "--trial", no_trial, "--carer-says", "no",
                           "--words", "Not for us", NULL);
  g_autoptr(Run) json = NULL;
  g_autoptr(Run) text = NULL;
  g_autoptr(Run) again = NULL;
  g_autoptr(Run) after = NULL;
  g_autoptr(Run) shortlist = NULL;
  g_autoptr(Run) refused = NULL;
  g_autoptr(Run) bad_type = NULL;
  g_autoptr(Run) weights = NULL;
  g_autoptr(Run) bad_weight = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *candidates, *ruled_out;

  expect (no, 0, NULL);
  json = cli (f, "suggest", "@", "--person", p, "--type", "long-term", "--json", NULL);
  expect (json, 0, NULL);
  g_assert_true (json_parser_load_from_data (parser, json->out, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  candidates = json_object_get_array_member (root, "candidates");
  ruled_out = json_object_get_array_member (root, "ruled_out");
  g_assert_cmpuint (json_array_get_length (candidates), ==, 1);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (candidates, 0),
                                               "carer_id"), ==, open);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (
                      json_array_get_object_element (candidates, 0), "parts")), ==, 6);
  g_assert_cmpuint (json_array_get_length (ruled_out), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (ruled_out, 0),
                                                  "rule"), ==, "Not approved for long-term");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (ruled_out, 0),
                                               "carer_id"), ==, day);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (ruled_out, 1),
                                                  "rule"), ==,
                   "Declined a match with Amira Person on 22 November 2026");

  text = cli (f, "suggest", "@", "--person", p, NULL);
  expect (text, 0, NULL);
  expect_out (text, "Lee Carer");
  expect_out (text, "Not approved for long-term");

  again = cli (f, "suggest-again", "@", "--trial", no_trial, NULL);
  expect (again, 0, NULL);
  after = cli (f, "suggest", "@", "--person", p, NULL);
  expect_out (after, "Candidates");
  g_assert_null (strstr (after->out, "Declined a match"));

  shortlist = cli (f, "shortlist", "@", "--person", p, "--carer", c, NULL);
  expect (shortlist, 0, NULL);
  expect_out (shortlist, "Lee Carer");
  refused = cli (f, "shortlist", "@", "--person", p, "--carer", "999", NULL);
  expect (refused, 1, "There is no carer with number 999");

  bad_type = cli (f, "suggest", "@", "--person", p, "--type", "weekends", NULL);
  expect (bad_type, 1, "Choose the type of arrangement");

  weights = cli (f, "match-weights", "@", "--factor", "area", "--weight", "5", NULL);
  expect (weights, 0, NULL);
  expect_out (weights, "area");
  bad_weight = cli (f, "match-weights", "@", "--factor", "area", "--weight", "12", NULL);
  expect (bad_weight, 1, "A weight is from 0 to 10 points, not 12.");
}

static void
test_capacity (Fixture       *f,
               gconstpointer  data)
{
  gint64 carer = approved_carer (f, "Bea", "3", "--long-term", "--emergency", NULL);
  gint64 small = approved_carer (f, "Sol", "1", "--short-breaks", "--emergency", NULL);
  gint64 people[5];
  g_autoptr(Run) fourth = NULL;
  g_autoptr(Run) small_one = NULL;
  g_autoptr(Run) second = NULL;
  g_autoptr(Run) ended = NULL;
  g_autoptr(Run) now_free = NULL;
  g_autofree char *first = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autofree char *name = g_strdup_printf ("P%u", i + 1);

      people[i] = add_person (f, name, "1980-01-01");
    }

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(Run) run = start_emergency (f, people[i], carer, "long-term");

      if (i == 0)
        first = g_strdup (g_strstrip (run->out));
      new_id (run);
    }

  fourth = start_emergency (f, people[3], carer, "long-term");
  expect (fourth, 1, "Bea Carer already supports 3 people; "
                     "a carer supports at most 3 people at once.");

  small_one = start_emergency (f, people[3], small, "short-breaks");
  new_id (small_one);
  second = start_emergency (f, people[0], small, "short-breaks");
  expect (second, 1, "Sol Carer already supports 1 of the 1 person they are approved for.");

  /* A place is free again from the day an arrangement ends (for P5: P4 is in an emergency
   * already, and a person is in one at a time). */
  ended = cli (f, "end-arrangement", "@", "--arrangement", first, "--on", TODAY,
               "--reason", "emergency-ended", NULL);
  expect (ended, 0, NULL);
  now_free = start_emergency (f, people[4], carer, "long-term");
  new_id (now_free);
}

static void
test_trial_needs_both_yeses (Fixture       *f,
                             gconstpointer  data)
{
  gint64 person = add_person (f, "Amira", "1990-04-23");
  gint64 carer = approved_carer (f, "Ann", "2", "--long-term", NULL);
  gint64 trial = propose (f, person, carer, "long-term");
  g_autoptr(Run) none = start_from_trial (f, trial);
  g_autoptr(Run) half = NULL;
  g_autoptr(Run) both = NULL;
  g_autoptr(Run) declined = NULL;
  gint64 other;

  expect (none, 1, "Neither the person nor the carer has said yes yet");
  decide (f, trial, "--person-says", "yes");
  half = start_from_trial (f, trial);
  expect (half, 1, "The carer has not said yes yet; an arrangement starts only when both the "
                   "person and the carer have.");
  decide (f, trial, "--carer-says", "yes");
  both = start_from_trial (f, trial);
  new_id (both);

  other = propose (f, add_person (f, "Bob", "1985-02-02"), carer, "long-term");
  decide (f, other, "--carer-says", "no");
  declined = start_from_trial (f, other);
  expect (declined, 1, "This match was declined");
}

static gint64
first_review_id (Fixture *f)
{
  g_autoptr(Run) run = cli (f, "list", "@", "reviews", "--json", NULL);
  g_autofree char *json = squeeze (run->out);
  const char *id;
  gint64 value = 0;

  expect (run, 0, NULL);
  id = strstr (json, "\"id\":");
  g_assert_nonnull (id);
  value = g_ascii_strtoll (id + strlen ("\"id\":"), NULL, 10);
  g_assert_cmpint (value, >, 0);
  return value;
}

static void
test_review_rules (Fixture       *f,
                   gconstpointer  data)
{
  gint64 person = add_person (f, "Amira", "1990-04-23");
  gint64 carer = approved_carer (f, "Ann", "2", "--long-term", NULL);
  g_autoptr(Run) arrangement = start_from_trial (f, agreed_trial (f, person, carer, "long-term"));
  g_autofree char *review = NULL;
  g_autoptr(Run) no_views = NULL;
  g_autoptr(Run) no_advocate = NULL;
  g_autoptr(Run) with_advocate = NULL;
  g_autoptr(Run) care_manager = NULL;
  g_autofree char *next = NULL;

  new_id (arrangement);
  review = num (first_review_id (f));

  no_views = cli (f, "record-review", "@", "--review", review, "--held", TODAY,
                  "--reviewer", "Sam Coordinator", "--advocate", "Jo Advocate", NULL);
  expect (no_views, 1, "Record the person’s own views, in their words.");
  no_advocate = cli (f, "record-review", "@", "--review", review, "--held", TODAY,
                     "--reviewer", "Sam Coordinator", "--person-views", "I like it here", NULL);
  expect (no_advocate, 1, "record the advocate or named person who supported them");

  with_advocate = cli (f, "record-review", "@", "--review", review, "--held", TODAY,
                       "--reviewer", "Sam Coordinator", "--advocate", "Jo Advocate",
                       "--person-views", "I like it here", "--outcome", "friends=better",
                       "--outcome", "safety=no-different", NULL);
  expect (with_advocate, 0, NULL);
  expect_out (with_advocate, "the next is due on");

  /* The care manager reviewing needs no advocate. */
  next = g_strdup_printf ("%" G_GINT64_FORMAT, g_ascii_strtoll (review, NULL, 10) + 1);
  care_manager = cli (f, "record-review", "@", "--review", next, "--held", TODAY,
                      "--reviewer", "Dee Care-Manager", "--care-manager",
                      "--person-views", "Still happy", NULL);
  expect (care_manager, 0, NULL);
}

static void
test_archive_needs_reason (Fixture       *f,
                           gconstpointer  data)
{
  gint64 person = add_person (f, "Amira", "1990-04-23");
  g_autofree char *p = num (person);
  g_autoptr(Run) no_reason = cli (f, "archive", "@", "--person", p, NULL);
  g_autoptr(Run) blank = cli (f, "archive", "@", "--person", p, "--reason", "  ", NULL);
  g_autoptr(Run) archived = cli (f, "archive", "@", "--person", p, "--reason", "Moved away", NULL);
  g_autoptr(Run) hidden = cli (f, "list", "@", "people", NULL);
  g_autoptr(Run) shown = cli (f, "list", "@", "people", "--archived", NULL);
  g_autoptr(Run) restored = cli (f, "unarchive", "@", "--person", p, NULL);
  g_autoptr(Run) both = cli (f, "archive", "@", "--person", p, "--carer", "1", "--reason", "x",
                             NULL);

  expect (no_reason, 1, "Say why Amira Person is being archived; records are never put away "
                        "without a reason.");
  expect (blank, 1, "Say why Amira Person is being archived");
  expect (archived, 0, NULL);
  g_assert_null (strstr (hidden->out, "Amira"));
  expect_out (shown, "(archived)");
  expect (restored, 0, NULL);
  expect (both, 2, "either --person or --carer");
}

static void
test_money (Fixture       *f,
            gconstpointer  data)
{
  gint64 person = add_person (f, "Amira", "1990-04-23");
  gint64 carer = approved_carer (f, "Ann", "2", "--long-term", NULL);
  g_autofree char *t = num (agreed_trial (f, person, carer, "long-term"));
  const char * const refused[][2] = {
    { "650.123", "more than two decimal places" },
    { "-650", "is negative" },
    { "£-1", "is negative" },
    { "six hundred", "is not an amount of money" },
    { "650.", "is not an amount of money" },
    { "650,50", "is not an amount of money" },
    { "", "is not an amount of money" },
  };
  g_autoptr(Run) ok = NULL;
  g_autoptr(Run) list = NULL;
  g_autoptr(Run) json = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *fee = g_strconcat ("--weekly-fee=", refused[i][0], NULL);
      g_autoptr(Run) run = cli (f, "start-arrangement", "@", "--trial", t, "--start", TODAY, fee,
                                NULL);

      expect (run, 1, refused[i][1]);
    }

  ok = cli (f, "start-arrangement", "@", "--trial", t, "--start", TODAY,
            "--weekly-fee", "£1,250.5", NULL);
  new_id (ok);
  list = cli (f, "list", "@", "arrangements", NULL);
  expect_out (list, "£1,250.50");
  json = cli (f, "list", "@", "arrangements", "--json", NULL);
  expect_json (json, "\"weekly_fee_pence\":125050");
}

static void
test_update (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *p = num (add_person (f, "Amira", "1990-04-23"));
  g_autofree char *c = num (add_carer (f, "Ann"));
  g_autoptr(Run) area = cli (f, "update-person", "@", "--person", p, "--set", "area=Leeds",
                             "--set", "avoid-pets=yes", NULL);
  g_autoptr(Run) status = cli (f, "update-person", "@", "--person", p, "--set", "status=closed",
                               NULL);
  g_autoptr(Run) unknown = cli (f, "update-person", "@", "--person", p, "--set", "shoe_size=9",
                                NULL);
  g_autoptr(Run) places = cli (f, "update-carer", "@", "--carer", c, "--set", "approved_places=3",
                               NULL);
  g_autoptr(Run) pets = cli (f, "update-carer", "@", "--carer", c, "--set", "has_pets=maybe", NULL);
  g_autoptr(Run) show = cli (f, "show", "@", "--person", p, "--json", NULL);

  expect (area, 0, NULL);
  expect_out (area, "Saved 2 changes for Amira Person.");
  expect (status, 1, "“status” is changed by its own step in Hearth");
  expect (unknown, 1, "A person has no field “shoe_size”");
  expect (places, 1, "“approved_places” is changed by its own step in Hearth");
  expect (pets, 1, "“maybe” is not yes or no.");
  expect_json (show, "\"area\":\"Leeds\"");
  expect_json (show, "\"avoid_pets\":true");
}

static void
test_user (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(Run) run = cli (f, "--user", "Sam Coordinator", "add-carer", "@", "--first-name", "Ann",
                            "--last-name", "Lee", NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  new_id (run);
  g_assert_cmpint (sqlite3_open_v2 (f->file, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT DISTINCT who FROM audit"
                                           " WHERE record_type = 'carer'", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "Sam Coordinator");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

/* A scheme built through the CLI keeps every rule; a file changed behind Hearth's back
 * does not, and check says so. */
static void
test_check_finds_problems (Fixture       *f,
                           gconstpointer  data)
{
  gint64 person = add_person (f, "Amira", "1990-04-23");
  gint64 carer = approved_carer (f, "Ann", "2", "--long-term", NULL);
  g_autoptr(Run) arrangement = start_from_trial (f, agreed_trial (f, person, carer, "long-term"));
  g_autoptr(Run) clean = NULL;
  g_autoptr(Run) broken = NULL;
  g_autoptr(Run) json = NULL;

  new_id (arrangement);
  clean = cli (f, "check", "@", NULL);
  expect (clean, 0, NULL);
  expect_out (clean, "Shared Lives rules: no problems found.");

  sql (f->file, "PRAGMA ignore_check_constraints = 1;"
                "UPDATE person SET date_of_birth = '2015-01-01';"
                "UPDATE person SET risk_assessed_on = '2026-01-01', risk_review_due = '2026-06-01';"
                "UPDATE carer SET approved_long_term = 0;");
  broken = cli (f, "check", "@", NULL);
  expect (broken, 1, NULL);
  expect_out (broken, "Amira Person was 11 at referral");
  expect_out (broken, "Ann Carer is not approved for Long-term.");
  expect_out (broken, "Overdue risk reviews: 1");

  json = cli (f, "check", "@", "--json", NULL);
  expect (json, 1, NULL);
  expect_json (json, "\"clean\":false");
  expect_json (json, "\"rule\":\"under-16\"");
  expect_json (json, "\"rule\":\"carer-not-approved-for-type\"");
  expect_json (json, "\"risk_review_due\":\"2026-06-01\"");
}

/* A count from the scheme file itself, the way anyone could check the report. */
static gint64
sql_count (Fixture    *f,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (f->file, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static gint64
json_int (JsonNode   *root,
          const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) found = json_path_query (path, root, &error);

  g_assert_no_error (error);
  return json_array_get_int_element (json_node_get_array (found), 0);
}

/* Each list as CSV, and the scheme report as JSON and PDF, checked against the file. */
static void
test_export_and_report (Fixture       *f,
                        gconstpointer  data)
{
  const char *lists[] = { "people", "carers", "trials", "arrangements", "reviews" };
  g_autoptr(Run) demo = cli (f, "demo", "@", "--scale", "1", "--seed", "7", "--force", NULL);
  g_autoptr(Run) bad = cli (f, "export", "@", "pets", "-o", "x.csv", NULL);
  g_autoptr(Run) no_output = cli (f, "export", "@", "people", NULL);
  g_autoptr(Run) json = NULL;
  g_autoptr(Run) pdf = NULL;
  g_autoptr(Run) backwards = NULL;
  g_autoptr(Run) dashboard = NULL;
  gint64 overdue = 0;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf_path = g_build_filename (f->dir, "report.pdf", NULL);
  g_autofree char *pdf_text = NULL;
  JsonNode *root;

  expect (demo, 0, NULL);
  expect (bad, 2, "not a list");
  expect (no_output, 2, "-o");

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_autofree char *out = g_strdup_printf ("%s/%s.csv", f->dir, lists[i]);
      g_autoptr(Run) run = cli (f, "export", "@", lists[i], "-o", out, NULL);
      g_autofree char *csv = NULL;
      g_autofree char *table = g_strdup (g_str_equal (lists[i], "people") ? "person"
                                         : g_str_equal (lists[i], "carers") ? "carer" : lists[i]);
      g_autofree char *sql = NULL;
      guint lines = 0;

      table[strlen (table) - (g_str_has_suffix (table, "s") ? 1 : 0)] = '\0';
      sql = g_strdup_printf ("SELECT count(*) FROM %s%s", table,
                             g_str_equal (table, "person") || g_str_equal (table, "carer")
                             ? " WHERE archived_at IS NULL" : "");
      expect (run, 0, NULL);
      g_assert_true (g_file_get_contents (out, &csv, NULL, &error));
      g_assert_true (g_str_has_prefix (csv, "\xef\xbb\xbfID,"));
      g_assert_true (g_utf8_validate (csv, -1, NULL));
      /* The demo's text has no line breaks: one CRLF per row, and a heading row. */
      for (const char *p = csv; (p = strstr (p, "\r\n")) != NULL; p += 2)
        lines++;
      g_assert_cmpint (lines, ==, sql_count (f, sql) + 1);
    }

  json = cli (f, "report", "@", "--from", "2026-01-01", "--to", TODAY, "--json", NULL);
  expect (json, 0, NULL);
  g_assert_true (json_parser_load_from_data (parser, json->out, -1, &error));
  root = json_parser_get_root (parser);
  g_assert_cmpint (json_int (root, "$.reviews.held_on_time"), ==,
                   sql_count (f, "SELECT count(*) FROM review WHERE held_on BETWEEN '2026-01-01' "
                                 "AND '2026-11-22' AND held_on <= due_on"));
  g_assert_cmpint (json_int (root, "$.reviews.held_late"), ==,
                   sql_count (f, "SELECT count(*) FROM review WHERE held_on BETWEEN '2026-01-01' "
                                 "AND '2026-11-22' AND held_on > due_on"));
  g_assert_cmpint (json_int (root, "$.arrangements.started"), ==,
                   sql_count (f, "SELECT count(*) FROM arrangement WHERE start_date "
                                 "BETWEEN '2026-01-01' AND '2026-11-22'"));
  g_assert_cmpint (json_int (root, "$.at_end.current_arrangements"), ==,
                   sql_count (f, "SELECT count(*) FROM arrangement WHERE start_date <= "
                                 "'2026-11-22' AND (end_date IS NULL OR end_date > '2026-11-22')"));
  g_assert_cmpint (json_int (root, "$.recruitment.enquiries"), ==,
                   sql_count (f, "SELECT count(*) FROM carer WHERE enquiry_date "
                                 "BETWEEN '2026-01-01' AND '2026-11-22'"));
  g_assert_cmpint (json_int (root, "$.outcomes.friends.answered"), >, 0);

  pdf = cli (f, "report", "@", "--from", "2026-01-01", "--to", TODAY, "-o", pdf_path, NULL);
  expect (pdf, 0, NULL);
  g_assert_true (g_file_get_contents (pdf_path, &pdf_text, NULL, &error));
  g_assert_true (g_str_has_prefix (pdf_text, "%PDF"));

  backwards = cli (f, "report", "@", "--from", TODAY, "--to", "2026-01-01", NULL);
  expect (backwards, 1, "comes after");

  /* The dashboard's overdue arrangement reviews are the file's. */
  dashboard = cli (f, "dashboard", "@", "--json", NULL);
  expect (dashboard, 0, NULL);
  for (const char *p = dashboard->out; (p = strstr (p, "\"review-overdue\"")) != NULL; p++)
    overdue++;
  g_assert_cmpint (overdue, ==,
                   sql_count (f, "SELECT count(*) FROM review r JOIN arrangement a "
                                 "ON a.id = r.arrangement_id WHERE r.held_on IS NULL "
                                 "AND a.end_date IS NULL AND r.due_on < '2026-11-22'"));
}

static void
test_demo_then_check (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(Run) refused = cli (f, "demo", "@", "--scale", "1", NULL);
  g_autoptr(Run) demo = cli (f, "demo", "@", "--scale", "1", "--seed", "7", "--force", NULL);
  g_autoptr(Run) check = NULL;
  g_autoptr(Run) info = NULL;
  g_autofree char *squeezed = NULL;

  expect (refused, 1, "already exists");
  expect (demo, 0, NULL);
  expect_out (demo, "seconds");
  check = cli (f, "check", "@", NULL);
  expect (check, 0, NULL);
  info = cli (f, "info", "@", "--json", NULL);
  expect (info, 0, NULL);
  squeezed = squeeze (info->out);
  g_assert_null (strstr (squeezed, "\"people\":{\"total\":0,"));
}

/* Back up, restore the newest good backup (the current file set aside, not overwritten), and
 * answer a subject access request with private PDF and JSON files. */
static void
test_backup_restore_subject_access (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(Run) demo = cli (f, "demo", "@", "--force", NULL);
  g_autoptr(Run) backup = NULL;
  g_autoptr(Run) restore = NULL;
  g_autoptr(Run) both = NULL;
  g_autoptr(Run) sar = NULL;
  g_autofree char *out_dir = g_build_filename (f->dir, "request", NULL);
  g_autofree char *pdf = g_build_filename (out_dir, "subject-access-person-1.pdf", NULL);
  g_autofree char *json = g_build_filename (out_dir, "subject-access-person-1.json", NULL);
  GStatBuf st;

  expect (demo, 0, NULL);
  backup = cli (f, "backup", "@", NULL);
  expect (backup, 0, NULL);
  expect_out (backup, "Backed up and checked");

  both = cli (f, "restore", "@", NULL);
  expect (both, 2, "--newest");
  restore = cli (f, "restore", "@", "--newest", NULL);
  expect (restore, 0, NULL);
  expect_out (restore, "before restore");
  g_assert_true (g_file_test (f->file, G_FILE_TEST_EXISTS));

  sar = cli (f, "subject-access", "@", "--person", "1", "-o", out_dir, NULL);
  expect (sar, 0, NULL);
  g_assert_cmpint (g_stat (pdf, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (json, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static char *
pdf_to_text (const char *path)
{
  const char *argv[] = { "pdftotext", path, "-", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

/* A pen portrait as PDF: the introduction copy leaves out everything that identifies. */
static void
test_pen_portrait (Fixture       *f,
                   gconstpointer  data)
{
  gint64 person = add_person (f, "Amira", "1990-04-23");
  g_autofree char *p = num (person);
  g_autofree char *full_pdf = g_build_filename (f->dir, "full.pdf", NULL);
  g_autofree char *intro_pdf = g_build_filename (f->dir, "intro.pdf", NULL);
  g_autoptr(Run) update = cli (f, "update-person", "@", "--person", p,
                               "--set", "postcode=LS6 2AB", "--set", "phone=0113 496 0000",
                               "--set", "address=4 Quarry Mount", "--set", "pronouns=she/her",
                               NULL);
  g_autoptr(Run) full = cli (f, "pen-portrait", "@", "--person", p, "-o", full_pdf, NULL);
  g_autoptr(Run) intro = cli (f, "pen-portrait", "@", "--person", p, "--for-introductions",
                              "-o", intro_pdf, NULL);
  g_autoptr(Run) neither = cli (f, "pen-portrait", "@", "-o", intro_pdf, NULL);
  g_autoptr(Run) both = cli (f, "pen-portrait", "@", "--person", p, "--carer", "1", "-o",
                             intro_pdf, NULL);
  g_autoptr(Run) nobody = cli (f, "pen-portrait", "@", "--person", "999", "-o", intro_pdf, NULL);
  g_autofree char *full_text = NULL;
  g_autofree char *intro_text = NULL;

  expect (update, 0, NULL);
  expect (full, 0, NULL);
  expect (intro, 0, NULL);
  expect (neither, 2, "--person or --carer");
  expect (both, 2, "--person or --carer");
  expect (nobody, 1, NULL);

  full_text = pdf_to_text (full_pdf);
  intro_text = pdf_to_text (intro_pdf);
  g_assert_nonnull (strstr (full_text, "Amira Person"));
  g_assert_nonnull (strstr (full_text, "LS6 2AB"));
  g_assert_nonnull (strstr (full_text, "0113 496 0000"));
  g_assert_nonnull (strstr (intro_text, "Amira"));
  g_assert_nonnull (strstr (intro_text, "she/her"));
  g_assert_nonnull (strstr (intro_text, "for introductions"));
  for (guint i = 0; i < 5; i++)
    {
      static const char *identifying[] = { "Person", "LS6", "0113", "Quarry", "1990" };

      g_assert_null (strstr (intro_text, identifying[i]));
    }
}

/* The audit trail after a scripted set of edits: every change, its author, before and after. */
static void
test_history (Fixture       *f,
              gconstpointer  data)
{
  gint64 person = add_person (f, "Amira", "1990-04-23");
  g_autofree char *p = num (person);
  g_autoptr(Run) update = cli (f, "update-person", "@", "--person", p, "--set", "area=Leeds",
                               "--user", "Jo Smith", NULL);
  g_autoptr(Run) archive = cli (f, "archive", "@", "--person", p, "--reason", "Moved away", NULL);
  g_autoptr(Run) history = cli (f, "history", "@", "--person", p, "--json", NULL);
  g_autoptr(Run) table = cli (f, "history", "@", "--who", "jo smith", NULL);
  g_autoptr(Run) no_kind = cli (f, "history", "@", "--id", "3", NULL);
  g_autoptr(Run) bad_date = cli (f, "history", "@", "--from", "2026-02-30", NULL);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *entries;
  JsonObject *changed;
  JsonArray *area;

  expect (update, 0, NULL);
  expect (archive, 0, NULL);
  expect (history, 0, NULL);
  root = json_from_string (history->out, &error);
  g_assert_no_error (error);
  entries = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (entries), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (entries, 0), "action"),
                   ==, "archive");
  changed = json_array_get_object_element (entries, 1);
  g_assert_cmpstr (json_object_get_string_member (changed, "who"), ==, "Jo Smith");
  g_assert_cmpstr (json_object_get_string_member (changed, "about"), ==, "Amira Person");
  area = json_object_get_array_member (json_object_get_object_member (changed, "changes"), "area");
  g_assert_true (json_array_get_null_element (area, 0));
  g_assert_cmpstr (json_array_get_string_element (area, 1), ==, "Leeds");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (entries, 2), "action"),
                   ==, "insert");

  expect (table, 0, NULL);
  expect_out (table, "Changed Person: Amira Person");
  g_assert_null (strstr (table->out, "Archived"));
  expect (no_kind, 2, "--id needs --kind");
  expect (bad_date, 1, NULL);
}

/* The scheme's policies, read and changed from the command line, refused out of range. */
static void
test_settings (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(Run) shown = cli (f, "settings", "@", NULL);
  g_autoptr(Run) zero = cli (f, "settings", "@", "--set", "retention_years=0", NULL);
  g_autoptr(Run) set = cli (f, "settings", "@", "--set", "retention_years=10",
                            "--set", "backup_folder=/media/usb/Hearth", NULL);
  g_autoptr(Run) json = cli (f, "settings", "@", "--json", NULL);
  g_autoptr(Run) history = cli (f, "history", "@", "--kind", "scheme", NULL);

  expect (shown, 0, NULL);
  expect_out (shown, "retention_years:");
  expect_out (shown, "8");
  expect (zero, 1, "“0” is out of range for “retention_years”, which goes from 1 to 100.");
  expect (set, 0, NULL);
  expect_json (json, "\"retention_years\":10");
  expect_json (json, "\"backup_folder\":\"/media/usb/Hearth\"");
  expect (history, 0, NULL);
  expect_out (history, "Changed Scheme");
}

/* A panel through the CLI: its list, a refused approval (4 places), the approval, a decline
 * without reasons refused; then the summary agrees, as JSON and as CSV. Bea goes to panel
 * from preparation training and is declined there, so that is where she dropped out. */
static void
test_panel_and_summary (Fixture       *f,
                        gconstpointer  data)
{
  gint64 ann = add_carer (f, "Ann");
  gint64 bea = add_carer (f, "Bea");
  gint64 cal = add_carer (f, "Cal");
  g_autofree char *a = num (ann);
  g_autofree char *b = num (bea);
  g_autofree char *c = num (cal);
  g_autofree char *panel = NULL;
  g_autoptr(Run) add = NULL, early = NULL, on_list = NULL, four = NULL, ok = NULL;
  g_autoptr(Run) no_reason = NULL, declined = NULL, out = NULL, json = NULL, csv = NULL;
  g_autoptr(Run) review = NULL, dues = NULL, target = NULL;

  prepare_carer (f, ann, NULL);
  prepare_carer (f, bea, NULL);
  add = cli (f, "add-panel", "@", "--on", "2026-11-22", "--chair", "Mina Shah", NULL);
  panel = num (new_id (add));

  early = cli (f, "add-to-panel", "@", "--panel", panel, "--carer", c, NULL);
  expect (early, 1, "Cal Carer is at “Enquiry”; only carers in preparation or ready for panel");
  on_list = cli (f, "add-to-panel", "@", "--panel", panel, "--carer", a, NULL);
  new_id (on_list);
  g_clear_pointer (&on_list, run_free);
  on_list = cli (f, "add-to-panel", "@", "--panel", panel, "--carer", b, NULL);
  new_id (on_list);

  /* Ann is still in preparation: the panel cannot approve her until she is ready. */
  g_clear_pointer (&ok, run_free);
  ok = cli (f, "move-carer", "@", "--carer", a, "--stage", "ready-for-panel", NULL);
  expect (ok, 0, NULL);
  four = cli (f, "decide-panel", "@", "--panel", panel, "--carer", a, "--decision", "approved",
              "--places", "4", "--long-term", NULL);
  expect (four, 1, "A carer is approved for 1, 2 or 3 people, not 4.");
  g_clear_pointer (&ok, run_free);
  ok = cli (f, "decide-panel", "@", "--panel", panel, "--carer", a, "--decision", "approved",
            "--places", "2", "--short-breaks", NULL);
  expect (ok, 0, NULL);
  expect_out (ok, "Ann Carer");

  no_reason = cli (f, "decide-panel", "@", "--panel", panel, "--carer", b,
                   "--decision", "not-approved", NULL);
  expect (no_reason, 1, "Record the panel’s reasons.");
  declined = cli (f, "decide-panel", "@", "--panel", panel, "--carer", b,
                  "--decision", "not-approved", "--reasons", "Home not suitable", NULL);
  expect (declined, 0, NULL);

  out = cli (f, "move-carer", "@", "--carer", c, "--stage", "withdrawn", NULL);
  expect (out, 1, "Say why Cal Carer is moving to “Withdrawn”.");

  json = cli (f, "recruitment", "@", "--from", "2026-01-01", "--to", "2026-01-31", "--json", NULL);
  expect (json, 0, NULL);
  expect_json (json, "\"enquiries\":3,\"approved\":1");
  expect_json (json, "{\"source\":\"Wordofmouth\",\"enquiries\":3,\"approved\":1,"
                     "\"conversion_percent\":33.33");
  expect_json (json, "{\"stage\":\"preparation\",\"reached\":2,\"dropped_out\":1}");
  expect_json (json, "\"median_days_enquiry_to_approval\":321");
  expect_json (json, "\"most_drop_outs_at\":\"preparation\"");

  csv = cli (f, "recruitment", "@", "--from", "2026-01-01", "--to", "2026-01-31", "--csv", NULL);
  expect (csv, 0, NULL);
  expect_out (csv, "Conversion (%),Word of mouth,33.3\r\n");

  review = cli (f, "review-approval", "@", "--carer", a, "--reviewer", "Mina Shah",
                "--outcome", "change-terms", "--places", "0", "--day-support", NULL);
  expect (review, 1, "A carer is approved for 1, 2 or 3 people, not 0.");
  dues = cli (f, "carer-dues", "@", "--within", "400", NULL);
  expect (dues, 0, NULL);
  expect_out (dues, "2027-11-22  Ann Carer  Approval review");
  target = cli (f, "stage-target", "@", "--stage", "assessment", "--days", "0", NULL);
  expect (target, 1, "A stage’s target is from 1 to 365 days, not 0.");
}

/* Every kind of date option reads a date as a coordinator writes it, through the same reader
 * as the window, keeps it as YYYY-MM-DD, and refuses an impossible one with the reason,
 * changing nothing. */
static void
test_uk_dates (Fixture       *f,
               gconstpointer  data)
{
  gint64 person = 0;
  gint64 carer = approved_carer (f, "Ann", "2", "--long-term", NULL);
  g_autofree char *p = NULL;
  g_autofree char *c = num (carer);
  g_autofree char *review = NULL;
  g_autoptr(Run) add = NULL, impossible = NULL, shown = NULL, set = NULL, bad_set = NULL;
  g_autoptr(Run) check = NULL, bad_check = NULL, checks = NULL, report = NULL, history = NULL;
  g_autoptr(Run) arrangement = NULL, bad_action = NULL, recorded = NULL, reviews = NULL;
  g_autoptr(Run) help = NULL, command_help = NULL, people = NULL;

  /* A record's own dates, as options */
  add = cli (f, "add-person", "@", "--first-name", "Dylan", "--last-name", "Marsh",
             "--date-of-birth", "19 Feb 1998", "--referral-date", "1/10/26", NULL);
  person = new_id (add);
  p = num (person);
  impossible = cli (f, "add-person", "@", "--first-name", "Nia", "--last-name", "Marsh",
                    "--date-of-birth", "31/02/1998", "--referral-date", "today", NULL);
  expect (impossible, 1, "--date-of-birth: There is no 31 February.");
  people = cli (f, "list", "@", "people", NULL);
  expect (people, 0, NULL);
  g_assert_null (strstr (people->out, "Nia"));

  /* --set on a date field */
  set = cli (f, "update-person", "@", "--person", p, "--set", "risk-assessed-on=7th December 2026",
             "--set", "risk-review-due=7/6/27", NULL);
  expect (set, 0, NULL);
  bad_set = cli (f, "update-person", "@", "--person", p, "--set", "date-of-birth=29/02/2027",
                 NULL);
  expect (bad_set, 1, "--set date-of-birth: There is no 29 February in 2027.");
  shown = cli (f, "show", "@", "--person", p, "--json", NULL);
  expect (shown, 0, NULL);
  expect_json (shown, "\"date_of_birth\":\"1998-02-19\"");
  expect_json (shown, "\"referral_date\":\"2026-10-01\"");
  expect_json (shown, "\"risk_assessed_on\":\"2026-12-07\"");
  expect_json (shown, "\"risk_review_due\":\"2027-06-07\"");

  /* --on, a word, and --expires */
  check = cli (f, "add-check", "@", "--carer", c, "--kind", "dbs", "--on", "yesterday",
               "--expires", "21.11.2029", NULL);
  expect (check, 0, NULL);
  bad_check = cli (f, "add-check", "@", "--carer", c, "--kind", "reference", "--on", "22/13/2026",
                   NULL);
  expect (bad_check, 1, "--on: There is no month 13.");
  checks = cli (f, "show", "@", "--carer", c, "--json", NULL);
  expect (checks, 0, NULL);
  expect_json (checks, "\"completed_on\":\"2026-11-21\"");
  expect_json (checks, "\"expires_on\":\"2029-11-21\"");

  /* --from and --to */
  report = cli (f, "report", "@", "--from", "1 Jan 26", "--to", "today", "--json", NULL);
  expect (report, 0, NULL);
  expect_json (report, "\"from\":\"2026-01-01\",\"to\":\"2026-11-22\"");
  history = cli (f, "history", "@", "--from", "32/1/2026", NULL);
  expect (history, 1, "--from: There is no 32nd day in any month.");
  g_assert_cmpstr (history->out, ==, "");

  /* --held, and the date in --action */
  arrangement = start_from_trial (f, agreed_trial (f, person, carer, "long-term"));
  new_id (arrangement);
  review = num (first_review_id (f));
  bad_action = cli (f, "record-review", "@", "--review", review, "--held", "22/11/2026",
                    "--reviewer", "Sam Coordinator", "--care-manager",
                    "--person-views", "I like it here",
                    "--action", "Book a dentist|Sam|31 April 2027", NULL);
  expect (bad_action, 1, "--action: There is no 31 April.");
  recorded = cli (f, "record-review", "@", "--review", review, "--held", "22/11/2026",
                  "--reviewer", "Sam Coordinator", "--care-manager",
                  "--person-views", "I like it here",
                  "--action", "Book a dentist|Sam|1/12/26", NULL);
  expect (recorded, 0, NULL);
  reviews = cli (f, "list", "@", "reviews", "--json", NULL);
  expect (reviews, 0, NULL);
  expect_json (reviews, "\"held_on\":\"2026-11-22\"");

  /* Help says how a date may be written. */
  help = cli (f, "--help", NULL);
  expect (help, 0, NULL);
  expect_out (help, "7/12/2026, 07/12/26, 7-12-2026, 7 Dec 2026");
  command_help = cli (f, "end-arrangement", "--help", NULL);
  expect (command_help, 0, NULL);
  expect_out (command_help, "today, yesterday or tomorrow");
}

/* A demo scheme of 60 people, in place of the fixture's empty one. */
static void
make_demo (Fixture *f)
{
  g_autoptr(Run) demo = cli (f, "demo", "@", "--scale", "1", "--force", NULL);

  expect (demo, 0, NULL);
}

/* Record numbers are decimal: 010 is person 10, never person 8; anything else that is not
 * plain digits is refused, naming the option, with the file left byte for byte. */
static void
test_ids_decimal (Fixture       *f,
                  gconstpointer  data)
{
  const char * const refused[] = {
    "0x10", "1e3", "-1", "+5", " 5", "\v5", "99999999999999999999", "0", "",
  };
  const char * const commands[][4] = {
    { "show", "--person", NULL, NULL },
    { "archive", "--person", "--reason", "Moved away" },
    { "subject-access", "--person", "-o", "out" },
    { "update-person", "--person", "--set", "area=Leeds" },
    { "history", "--carer", NULL, NULL },
  };
  g_autoptr(Run) show = NULL;
  g_autoptr(Run) archive = NULL;
  g_autoptr(Run) eight = NULL;
  g_autoptr(Run) ten = NULL;
  g_autoptr(Run) update = NULL;
  g_autoptr(GBytes) before = NULL;

  make_demo (f);
  before = read_bytes (f->file);
  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
      {
        g_autofree char *shown = hearth_text_dup_visible (refused[i], -1);
        g_autofree char *message = g_strdup_printf ("%s: “%s” is not a record number",
                                                    commands[c][1], shown);
        g_autoptr(Run) run = cli (f, commands[c][0], "@", commands[c][1], refused[i],
                                  commands[c][2], commands[c][3], NULL);
        g_autoptr(GBytes) after = read_bytes (f->file);

        expect (run, 2, message);
        g_assert_true (g_bytes_equal (before, after));
      }

  show = cli (f, "show", "@", "--person", "010", "--json", NULL);
  expect (show, 0, NULL);
  expect_json (show, "\"person\":{\"id\":10,");

  update = cli (f, "update-person", "@", "--person", "010", "--set", "area=Nowhere Special", NULL);
  expect (update, 0, NULL);
  archive = cli (f, "archive", "@", "--person", "010", "--reason", "Moved away", NULL);
  expect (archive, 0, NULL);
  eight = cli (f, "show", "@", "--person", "8", "--json", NULL);
  expect_json (eight, "\"archived_at\":null");
  g_assert_null (strstr (eight->out, "Nowhere Special"));
  ten = cli (f, "show", "@", "--person", "10", "--json", NULL);
  expect_json (ten, "\"archived_at\":\"" TODAY "\"");
  expect_json (ten, "\"area\":\"NowhereSpecial\"");
}

/* Other numbers are decimal too, and a scale without limit is refused. */
static void
test_numbers_decimal (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(Run) octal = cli (f, "history", "@", "--limit", "0x10", NULL);
  g_autoptr(Run) huge = cli (f, "demo", "@", "--scale", "1000000", "--force", NULL);
  g_autoptr(Run) over = cli (f, "demo", "@", "--scale", "1001", "--force", NULL);
  g_autoptr(Run) info = cli (f, "info", "@", "--json", NULL);

  expect (octal, 2, "--limit needs a whole number written in digits, such as 12, not “0x10”.");
  expect (huge, 2, "The scale is from 1 to 1000");
  expect (over, 2, "The scale is from 1 to 1000");
  expect (info, 0, NULL);
  expect_json (info, "\"people\":{\"total\":0,");
}

/* Text that is not UTF-8 is refused before it reaches the scheme, saying where. */
static void
test_not_utf8 (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *latin1 = g_build_filename (f->dir, "caf\xe9.hearth", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(Run) search = NULL;
  g_autoptr(Run) add = NULL;
  g_autoptr(Run) update = NULL;
  g_autoptr(Run) user = NULL;
  g_autoptr(Run) list = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  gint64 person = add_person (f, "Mariam", "1990-01-01");
  g_autofree char *id = num (person);

  before = read_bytes (f->file);
  search = cli (f, "search", "@", "\xff", NULL);
  expect (search, 2, "The TEXT argument is not valid text (UTF-8): byte 0xFF at position 1.");
  add = cli (f, "add-person", "@", "--first-name", "Am\xffira", "--last-name", "Khan",
             "--date-of-birth", "1990-01-01", "--referral-date", "2026-10-01", NULL);
  expect (add, 2, "The value of --first-name is not valid text (UTF-8): byte 0xFF at position 3.");
  update = cli (f, "update-person", "@", "--person", id, "--set", "interests=walks\xc3", NULL);
  expect (update, 2, "The value of --set is not valid text (UTF-8): byte 0xC3 at position 16.");
  user = cli (f, "--user", "R\xe9ka", "set-status", "@", "--person", id, "--status", "closed",
              NULL);
  expect (user, 2, "The value of --user is not valid text (UTF-8): byte 0xE9 at position 2.");
  after = read_bytes (f->file);
  g_assert_true (g_bytes_equal (before, after));

  /* The scheme's own file name may be any bytes the system allows. */
  g_assert_cmpint (g_rename (f->file, latin1), ==, 0);
  g_ptr_array_add (args, (gpointer) "list");
  g_ptr_array_add (args, latin1);
  g_ptr_array_add (args, (gpointer) "people");
  list = run_args (f, args);
  g_assert_cmpint (g_rename (latin1, f->file), ==, 0);
  expect (list, 0, NULL);
  expect_out (list, "Mariam");
}

/* Escape sequences stored in a name, a field or the user's name are shown by show and
 * history, never sent to the terminal; JSON keeps the exact text, escaped as JSON is. */
static void
test_terminal_escapes (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(Run) add = cli (f, "--user", "\x1b[2JMallory", "add-person", "@",
                            "--first-name", "\x1b[31mEvil\x1b[0m",
                            "--last-name", "Si\xc2\x9b" "2Jn",
                            "--date-of-birth", "1990-01-01", "--referral-date", "2026-10-01", NULL);
  g_autoptr(Run) update = NULL;
  g_autoptr(Run) show = NULL;
  g_autoptr(Run) history = NULL;
  g_autoptr(Run) json = NULL;
  g_autoptr(Run) refused = NULL;
  g_autofree char *id = num (new_id (add));

  update = cli (f, "update-person", "@", "--person", id,
                "--set", "area=\xe2\x80\xaeLeeds\r\x07", NULL);
  expect (update, 0, NULL);
  g_assert_null (strchr (update->out, '\x1b'));
  expect_out (update, "Saved 1 change for ␛[31mEvil␛[0m Si<U+009B>2Jn.");

  show = cli (f, "show", "@", "--person", id, NULL);
  expect (show, 0, NULL);
  g_assert_null (strchr (show->out, '\x1b'));
  g_assert_null (strstr (show->out, "\xc2\x9b"));
  g_assert_null (strstr (show->out, "\xe2\x80\xae"));
  expect_out (show, " ␛[31mEvil␛[0m\n");
  expect_out (show, " Si<U+009B>2Jn\n");
  expect_out (show, " <U+202E>Leeds ␇\n");

  history = cli (f, "history", "@", "--person", id, NULL);
  expect (history, 0, NULL);
  g_assert_null (strchr (history->out, '\x1b'));
  expect_out (history, "␛[2JMallory");

  json = cli (f, "show", "@", "--person", id, "--json", NULL);
  expect (json, 0, NULL);
  expect_json (json, "\"first_name\":\"\\u001b[31mEvil\\u001b[0m\"");

  refused = cli (f, "archive", "@", "--person", id, "--reason", " ", NULL);
  expect (refused, 1, "␛[31mEvil");
  g_assert_null (strchr (refused->err, '\x1b'));
}

static guint
mode_of (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

/* Under umask 022, every file hearth-cli writes with personal data is still owner-only, even
 * in place of a file others could read. */
static void
test_files_private (Fixture       *f,
                    gconstpointer  data)
{
  gint64 person = add_person (f, "Amira", "1990-04-23");
  g_autofree char *p = num (person);
  g_autofree char *csv = g_build_filename (f->dir, "people.csv", NULL);
  g_autofree char *full = g_build_filename (f->dir, "full.pdf", NULL);
  g_autofree char *intro = g_build_filename (f->dir, "intro.pdf", NULL);
  g_autofree char *report = g_build_filename (f->dir, "report.pdf", NULL);
  g_autofree char *nowhere = g_build_filename (f->dir, "gone", "people.csv", NULL);
  mode_t saved = umask (022);
  g_autoptr(Run) export = NULL;
  g_autoptr(Run) portrait = NULL;
  g_autoptr(Run) introductions = NULL;
  g_autoptr(Run) pdf = NULL;
  g_autoptr(Run) refused = NULL;

  g_assert_true (g_file_set_contents_full (csv, "old", -1, G_FILE_SET_CONTENTS_NONE, 0644, NULL));
  export = cli (f, "export", "@", "people", "-o", csv, NULL);
  portrait = cli (f, "pen-portrait", "@", "--person", p, "-o", full, NULL);
  introductions = cli (f, "pen-portrait", "@", "--person", p, "--for-introductions",
                       "-o", intro, NULL);
  pdf = cli (f, "report", "@", "--from", "2026-01-01", "--to", TODAY, "-o", report, NULL);
  refused = cli (f, "export", "@", "people", "-o", nowhere, NULL);
  umask (saved);

  expect (export, 0, NULL);
  expect (portrait, 0, NULL);
  expect (introductions, 0, NULL);
  expect (pdf, 0, NULL);
  expect (refused, 1, NULL);
  g_assert_cmpuint (mode_of (csv), ==, 0600);
  g_assert_cmpuint (mode_of (full), ==, 0600);
  g_assert_cmpuint (mode_of (intro), ==, 0600);
  g_assert_cmpuint (mode_of (report), ==, 0600);
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
}

/* Two emergency arrangements for one person with the same carer: the second is refused and
 * the file left as it was; a file that already holds both (made before the rule) fails
 * check, which names them. */
static void
test_one_home_at_a_time (Fixture       *f,
                         gconstpointer  data)
{
  gint64 person = add_person (f, "Amira", "1990-04-23");
  gint64 carer = approved_carer (f, "Ann", "3", "--long-term", "--emergency", NULL);
  g_autoptr(Run) first = start_emergency (f, person, carer, "long-term");
  g_autoptr(Run) second = NULL;
  g_autoptr(Run) clean = NULL;
  g_autoptr(Run) broken = NULL;
  g_autoptr(Run) json = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  new_id (first);
  before = read_bytes (f->file);
  second = start_emergency (f, person, carer, "long-term");
  expect (second, 1, "Amira Person is already in an emergency arrangement from " TODAY "; a "
                     "person is in at most one long-term or emergency arrangement at a time.");
  after = read_bytes (f->file);
  g_assert_true (g_bytes_equal (before, after));
  clean = cli (f, "check", "@", NULL);
  expect (clean, 0, NULL);

  sql (f->file, "CREATE TEMP TABLE copy AS SELECT * FROM arrangement;"
                "UPDATE copy SET id = id + 100;"
                "INSERT INTO arrangement SELECT * FROM copy;");
  broken = cli (f, "check", "@", NULL);
  expect (broken, 1, NULL);
  expect_out (broken, "Arrangement 101 (Amira Person with Ann Carer): Amira Person is already "
                      "in an emergency arrangement from " TODAY);
  json = cli (f, "check", "@", "--json", NULL);
  expect (json, 1, NULL);
  expect_json (json, "\"rule\":\"one-home-at-a-time\"");
}

/* demo --force never replaces a scheme another Hearth has open, nor anything but a scheme,
 * and keeps a checked backup of a scheme with people in it before replacing it. */
static void
test_demo_force_keeps_scheme (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (f->dir, "riverside backups", NULL);
  g_autofree char *notes = g_build_filename (f->dir, "notes.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (f->file);
  g_autoptr(HearthScheme) held = NULL;
  g_autoptr(Run) add = NULL, refused = NULL, replaced = NULL, not_scheme = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) backups = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *name;

  add = cli (f, "add-person", "@", "--first-name", "Real", "--last-name", "Person",
             "--date-of-birth", "1/1/1980", "--referral-date", "today", NULL);
  expect (add, 0, NULL);

  /* Another Hearth has it open: refused, untouched. */
  held = hearth_scheme_open (file, NULL, &error);
  g_assert_no_error (error);
  hearth_scheme_set_user (held, "Priya Shah");
  g_assert_true (g_file_get_contents (f->file, &before, NULL, NULL));
  refused = cli (f, "demo", "@", "--force", NULL);
  expect (refused, 1, "has it open. Close it there first.");
  g_clear_object (&held);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));

  /* Closed: replaced, with the real scheme kept and checked first. */
  replaced = cli (f, "demo", "@", "--force", NULL);
  expect (replaced, 0, NULL);
  expect_out (replaced, "The scheme it replaces is kept, checked, as ");
  backups = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);
  name = g_dir_read_name (backups);
  g_assert_nonnull (name);
  {
    g_autofree char *path = g_build_filename (folder, name, NULL);
    g_autoptr(GFile) backup = g_file_new_for_path (path);
    g_autoptr(HearthScheme) kept = hearth_scheme_open (backup, NULL, &error);
    g_autoptr(GPtrArray) people = NULL;

    g_assert_no_error (error);
    people = hearth_scheme_load_all (kept, HEARTH_TYPE_PERSON, &error);
    g_assert_cmpuint (people->len, ==, 1);
    g_assert_cmpstr (hearth_person_get_first_name (g_ptr_array_index (people, 0)), ==, "Real");
  }

  /* Not a scheme at all: refused, left as it is. */
  g_assert_true (g_file_set_contents (notes, "my notes", -1, NULL));
  not_scheme = cli (f, "demo", notes, "--force", NULL);
  expect (not_scheme, 1, "was not replaced");
  g_assert_true (g_file_get_contents (notes, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "my notes");
}

/* --take-over from another Hearth that has the scheme open: the window's warning, then only
 * "take over" typed takes it. */
static void
test_take_over (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_path (f->file);
  g_autoptr(HearthScheme) held = NULL;
  g_autoptr(Run) add = NULL, refused = NULL, declined = NULL, taken = NULL, shown = NULL;
  g_autoptr(GError) error = NULL;

  add = cli (f, "add-person", "@", "--first-name", "Mia", "--last-name", "Rahman",
             "--date-of-birth", "1/1/1990", "--referral-date", "today", NULL);
  expect (add, 0, NULL);

  held = hearth_scheme_open (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (hearth_scheme_get_read_only (held));

  refused = cli (f, "update-person", "@", "--person", "1", "--set", "interests=Chess", NULL);
  expect (refused, 1, "has this scheme open");

  cli_input = "no\n";
  declined = cli (f, "update-person", "@", "--person", "1", "--set", "interests=Chess",
                  "--take-over", NULL);
  expect (declined, 1, "Not taken over; nothing was changed.");
  expect (declined, 1, "two people changing the same file can lose each other’s work");

  cli_input = "take over\n";
  taken = cli (f, "update-person", "@", "--person", "1", "--set", "interests=Chess",
               "--take-over", NULL);
  cli_input = NULL;
  expect (taken, 0, NULL);

  g_clear_object (&held);
  shown = cli (f, "show", "@", "--person", "1", "--json", NULL);
  expect_json (shown, "\"interests\":\"Chess\"");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  cli_path = g_getenv ("HEARTH_CLI");
  if (cli_path == NULL)
    {
      g_printerr ("Set HEARTH_CLI to the hearth-cli to test.\n");
      return 77;
    }

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/new-and-info", test_new_and_info);
  ADD ("/cli/usage", test_usage);
  ADD ("/cli/refuse/newer", test_refuse_newer);
  ADD ("/cli/refuse/foreign", test_refuse_foreign);
  ADD ("/cli/refuse/garbage", test_refuse_garbage);
  ADD ("/cli/rules/person-age", test_person_age);
  ADD ("/cli/rules/ready-for-panel", test_ready_for_panel);
  ADD ("/cli/rules/approval-places", test_approval_places);
  ADD ("/cli/rules/carer-not-approved", test_carer_not_approved);
  ADD ("/cli/rules/carer-type-and-emergency", test_carer_type_and_emergency);
  ADD ("/cli/rules/capacity", test_capacity);
  ADD ("/cli/rules/trial-both-yes", test_trial_needs_both_yeses);
  ADD ("/cli/rules/review", test_review_rules);
  ADD ("/cli/rules/archive-reason", test_archive_needs_reason);
  ADD ("/cli/money", test_money);
  ADD ("/cli/update", test_update);
  ADD ("/cli/user", test_user);
  ADD ("/cli/check-finds-problems", test_check_finds_problems);
  ADD ("/cli/demo-then-check", test_demo_then_check);
  ADD ("/cli/backup-restore-subject-access", test_backup_restore_subject_access);
  ADD ("/cli/history", test_history);
  ADD ("/cli/pen-portrait", test_pen_portrait);
  ADD ("/cli/settings", test_settings);
  ADD ("/cli/export-and-report", test_export_and_report);
  ADD ("/cli/recruitment/panel-and-summary", test_panel_and_summary);
  ADD ("/cli/suggest", test_suggest);
  ADD ("/cli/uk-dates", test_uk_dates);
  ADD ("/cli/safety/ids-decimal", test_ids_decimal);
  ADD ("/cli/safety/numbers-decimal", test_numbers_decimal);
  ADD ("/cli/safety/not-utf8", test_not_utf8);
  ADD ("/cli/safety/terminal-escapes", test_terminal_escapes);
  ADD ("/cli/safety/files-private", test_files_private);
  ADD ("/cli/rules/one-home-at-a-time", test_one_home_at_a_time);
  ADD ("/cli/safety/demo-force-keeps-scheme", test_demo_force_keeps_scheme);
  ADD ("/cli/safety/take-over", test_take_over);
#undef ADD

  return g_test_run ();
}
