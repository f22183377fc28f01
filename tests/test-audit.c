/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-audit.c: the audit trail's hash chain: every entry follows from the one before, an
 * erasure keeps the chain whole, and an entry changed, removed, emptied or added behind
 * Hearth's back is found, from that entry on. */

#define G_LOG_DOMAIN "test-audit"

#include "config.h"

#include <sqlite3.h>

#include "hearth-audit-chain.h"
#include "hearth-test-util.h"

static void
some_history (HearthScheme *scheme)
{
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(HearthPerson) person = test_add_person (scheme, "Chained", "Person");
      g_autoptr(GError) error = NULL;

      g_object_set (person, "interests", "Gardening", NULL);
      g_assert_true (hearth_scheme_update (scheme, HEARTH_RECORD (person), &error));
      g_assert_no_error (error);
    }
}

static gint64
broken_at (GFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthScheme) scheme = hearth_scheme_open (file, NULL, &error);
  g_autoptr(GPtrArray) problems = NULL;
  gint64 at = -1;
  gboolean whole;

  g_assert_no_error (error);
  whole = hearth_scheme_check_audit_chain (scheme, &at, &error);
  g_assert_no_error (error);
  g_assert_true (whole == (at == 0));

  /* hearth-cli check reports it, in words that say from where. */
  g_assert_true (hearth_scheme_integrity_check (scheme, &problems, &error) == whole);
  if (!whole)
    {
      g_autofree char *words = g_strdup_printf ("from entry %" G_GINT64_FORMAT " on", at);

      g_assert_cmpuint (problems->len, ==, 1);
      g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), words));
    }
  return at;
}

/* Behind Hearth's back, with the sqlite3 shell or any other program. */
static void
tamper (GFile      *file,
        const char *sql)
{
  g_autofree char *path = g_file_get_path (file);
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

static void
test_chain_whole (SchemeFixture *f,
                  gconstpointer  data)
{
  some_history (f->scheme);
  g_clear_object (&f->scheme);
  g_assert_cmpint (broken_at (f->file), ==, 0);
}

/* The erasure guard once let entries be deleted; now nothing does, and an entry deleted with
 * the guard dropped shows as a gap in the chain. */
static void
test_deleted_entry_found (SchemeFixture *f,
                          gconstpointer  data)
{
  g_autofree char *path = g_file_get_path (f->file);
  sqlite3 *db = NULL;

  some_history (f->scheme);
  g_clear_object (&f->scheme);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO erasure_in_progress VALUES (1);"
                                     "DELETE FROM audit WHERE id = 5", NULL, NULL, NULL),
                   ==, SQLITE_CONSTRAINT);
  sqlite3_close (db);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(HearthScheme) scheme = hearth_scheme_open (f->file, NULL, &error);
    g_autoptr(GPtrArray) problems = NULL;

    /* The guard itself, left open by hand, is reported. */
    g_assert_false (hearth_scheme_integrity_check (scheme, &problems, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (problems->len, ==, 1);
    g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "erasure_in_progress"));
  }
  tamper (f->file, "DELETE FROM erasure_in_progress");
  g_assert_cmpint (broken_at (f->file), ==, 0);

  tamper (f->file, "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE id = 5");
  g_assert_cmpint (broken_at (f->file), ==, 6);
}

/* With the guard dropped, an entry rewritten. */
static void
test_rewritten_entry_found (SchemeFixture *f,
                            gconstpointer  data)
{
  some_history (f->scheme);
  g_clear_object (&f->scheme);
  tamper (f->file, "DROP TRIGGER audit_no_update;"
                   "UPDATE audit SET who = 'Somebody Else' WHERE id = 4");
  g_assert_cmpint (broken_at (f->file), ==, 4);
}

/* Emptied as an erasure would, but no erasure lists it. */
static void
test_emptied_entry_found (SchemeFixture *f,
                          gconstpointer  data)
{
  some_history (f->scheme);
  g_clear_object (&f->scheme);
  tamper (f->file, "INSERT INTO erasure_in_progress VALUES (1);"
                   "UPDATE audit SET changes = '{}', erased = 1 WHERE id = 7;"
                   "DELETE FROM erasure_in_progress");
  g_assert_cmpint (broken_at (f->file), ==, 7);
}

/* An entry slipped in at the end, without its hash or with a made-up one. */
static void
test_added_entry_found (SchemeFixture *f,
                        gconstpointer  data)
{
  some_history (f->scheme);
  g_clear_object (&f->scheme);
  tamper (f->file, "INSERT INTO audit (id, at, who, action, record_type, record_id, hash)"
                   " VALUES (100, '2026-11-22T10:00:00Z', 'Nobody', 'update', 'person', 1,"
                   " 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')");
  g_assert_cmpint (broken_at (f->file), ==, 100);
}

/* A scheme from before the chain gets one when it is upgraded, over its whole history. */
static void
test_upgrade_seals (void)
{
  g_autofree char *dir = test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "Old.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  sqlite3 *db = NULL;

  /* A scheme as version 5 left it: entries with no hash. */
  scheme = hearth_scheme_create (file, "Old", NULL, &error);
  g_assert_no_error (error);
  some_history (scheme);
  g_clear_object (&scheme);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;"
                                     "DELETE FROM audit WHERE action = 'migrate' AND"
                                     " changes IN ('{\"schema_version\": 6}',"
                                     " '{\"schema_version\": 7}');"
                                     "ALTER TABLE writer DROP COLUMN started;"
                                     "ALTER TABLE audit DROP COLUMN hash;"
                                     "ALTER TABLE audit DROP COLUMN erased;"
                                     "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN"
                                     " SELECT RAISE(ABORT, 'no'); END;"
                                     "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit"
                                     " WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress) BEGIN"
                                     " SELECT RAISE(ABORT, 'no'); END;"
                                     "PRAGMA user_version = 5", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  scheme = hearth_scheme_open (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (hearth_scheme_get_schema_version (scheme), ==, HEARTH_SCHEMA_VERSION);
  entries = hearth_scheme_load_all (scheme, HEARTH_TYPE_AUDIT_ENTRY, &error);
  g_assert_cmpuint (entries->len, >=, 14);
  g_object_unref (test_add_person (scheme, "After", "Upgrade"));
  g_clear_object (&scheme);

  g_assert_cmpint (broken_at (file), ==, 0);
  test_remove_dir (dir);
}

#define ADD(path, func) \
  g_test_add (path, SchemeFixture, NULL, scheme_fixture_set_up, func, scheme_fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/audit/chain-whole", test_chain_whole);
  ADD ("/audit/deleted-entry-found", test_deleted_entry_found);
  ADD ("/audit/rewritten-entry-found", test_rewritten_entry_found);
  ADD ("/audit/emptied-entry-found", test_emptied_entry_found);
  ADD ("/audit/added-entry-found", test_added_entry_found);
  g_test_add_func ("/audit/upgrade-seals", test_upgrade_seals);

  return g_test_run ();
}
