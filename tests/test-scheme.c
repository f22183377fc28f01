/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-scheme.c: the scheme file: creating and migrating it, refusing files that are not
 * ours without touching them, the audit trail, search, and the live list models. */

#define G_LOG_DOMAIN "test-scheme"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "hearth-test-util.h"

static gint64
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
test_create (SchemeFixture *f,
             gconstpointer  data)
{
  g_autofree char *path = g_file_get_path (f->file);
  GStatBuf st;

  g_assert_cmpstr (hearth_scheme_get_name (f->scheme), ==, "Test scheme");
  g_assert_cmpint (hearth_scheme_get_schema_version (f->scheme), ==, HEARTH_SCHEMA_VERSION);
  g_assert_false (hearth_scheme_get_read_only (f->scheme));

  /* Owner only: the scheme, and the log and shared memory beside it while it is open. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  {
    g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Private", "Person");
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_assert_cmpint (g_stat (wal, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
    g_assert_cmpint (g_stat (shm, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  }

  hearth_scheme_close (f->scheme);
  g_assert_cmpint (query_int (path, "PRAGMA application_id"), ==, HEARTH_APPLICATION_ID);
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, HEARTH_SCHEMA_VERSION);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM audit WHERE action = 'migrate'"), ==,
                   HEARTH_SCHEMA_VERSION);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'"
                                    " AND sql LIKE '%STRICT%'"), >=, 19);
}

static void
test_create_refuses_existing (SchemeFixture *f,
                              gconstpointer  data)
{
  g_autoptr(HearthScheme) again = NULL;
  g_autoptr(GError) error = NULL;

  again = hearth_scheme_create (f->file, "Again", NULL, &error);
  g_assert_null (again);
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_EXISTS);
}

static void
test_reopen (SchemeFixture *f,
             gconstpointer  data)
{
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Ama", "Owusu");
  g_autoptr(HearthScheme) reopened = NULL;
  g_autoptr(HearthRecord) loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->scheme);
  reopened = hearth_scheme_open (f->file, NULL, &error);
  g_assert_no_error (error);
  loaded = hearth_scheme_load (reopened, HEARTH_TYPE_PERSON,
                               hearth_record_get_id (HEARTH_RECORD (person)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_person_get_first_name (HEARTH_PERSON (loaded)), ==, "Ama");
  g_assert_cmpstr (hearth_record_get_string (loaded, "updated-by"), ==, "Test Coordinator");
}

static void
assert_refused_unchanged (const char *path,
                          int         code)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GError) error = NULL;
  gsize n_before, n_after;

  g_assert_true (g_file_get_contents (path, &before, &n_before, NULL));
  scheme = hearth_scheme_open (file, NULL, &error);
  g_assert_null (scheme);
  g_assert_error (error, HEARTH_ERROR, code);
  g_assert_nonnull (strstr (error->message, "left unchanged"));
  g_assert_true (g_file_get_contents (path, &after, &n_after, NULL));
  g_assert_cmpmem (before, n_before, after, n_after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
make_sqlite (const char *path,
             const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_refuse_newer (void)
{
  g_autofree char *dir = test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "Future.hearth", NULL);
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;"
                                          " CREATE TABLE later (x);",
                                          (int) HEARTH_APPLICATION_ID, HEARTH_SCHEMA_VERSION + 1);

  make_sqlite (path, sql);
  assert_refused_unchanged (path, HEARTH_ERROR_TOO_NEW);
  test_remove_dir (dir);
}

static void
test_refuse_foreign (void)
{
  g_autofree char *dir = test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "Contacts.hearth", NULL);

  make_sqlite (path, "PRAGMA application_id = 1234; CREATE TABLE contacts (name TEXT);"
                     " INSERT INTO contacts VALUES ('Someone');");
  assert_refused_unchanged (path, HEARTH_ERROR_NOT_HEARTH);

  /* A plain SQLite file with no application id at all. */
  g_unlink (path);
  make_sqlite (path, "CREATE TABLE t (x); INSERT INTO t VALUES (1);");
  assert_refused_unchanged (path, HEARTH_ERROR_NOT_HEARTH);
  test_remove_dir (dir);
}

static void
test_refuse_not_sqlite (void)
{
  g_autofree char *dir = test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "Notes.hearth", NULL);
  g_autofree char *garbage = g_strnfill (4096, 'x');

  g_assert_true (g_file_set_contents (path, "Shopping list:\n- milk\n", -1, NULL));
  assert_refused_unchanged (path, HEARTH_ERROR_NOT_SQLITE);

  g_assert_true (g_file_set_contents (path, garbage, 4096, NULL));
  assert_refused_unchanged (path, HEARTH_ERROR_NOT_SQLITE);

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  assert_refused_unchanged (path, HEARTH_ERROR_NOT_SQLITE);
  test_remove_dir (dir);
}

/* A row written behind Hearth's back that breaks a rule is not damage: the scheme opens, so
 * that hearth-cli check can report it. */
static void
test_rule_breaking_row_opens (SchemeFixture *f,
                              gconstpointer  data)
{
  g_autofree char *path = g_file_get_path (f->file);
  g_autoptr(HearthScheme) reopened = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  g_clear_object (&f->scheme);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA ignore_check_constraints = 1;"
                                     "INSERT INTO person (first_name, last_name, date_of_birth,"
                                     " referral_date, created_at, updated_at, updated_by)"
                                     " VALUES ('Too', 'Young', '2020-01-01', '2026-01-01', 'x', 'x', 'x')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  reopened = hearth_scheme_open (f->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (test_count_rows (reopened, HEARTH_TYPE_PERSON), ==, 1);
}

static void
test_audit_same_transaction (SchemeFixture *f,
                             gconstpointer  data)
{
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Kemi", "Ade");
  g_autoptr(HearthPerson) too_young = hearth_person_new ();
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = hearth_record_get_id (HEARTH_RECORD (person));
  HearthAuditEntry *last;

  g_object_set (person, "interests", "Gardening; \"quotes\"", "area", "Millbrook", NULL);
  g_assert_true (hearth_scheme_update (f->scheme, HEARTH_RECORD (person), &error));
  g_assert_no_error (error);

  entries = hearth_scheme_load_related (f->scheme, HEARTH_TYPE_AUDIT_ENTRY, "record-id", id, &error);
  g_assert_no_error (error);
  /* Record ids are per kind: keep this person's rows. */
  for (guint i = entries->len; i > 0; i--)
    if (g_strcmp0 (hearth_audit_entry_get_record_type (g_ptr_array_index (entries, i - 1)),
                   "person") != 0)
      g_ptr_array_remove_index (entries, i - 1);
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_cmpstr (hearth_audit_entry_get_action (g_ptr_array_index (entries, 0)), ==, "insert");
  last = g_ptr_array_index (entries, 1);
  g_assert_cmpstr (hearth_audit_entry_get_action (last), ==, "update");
  g_assert_cmpstr (hearth_audit_entry_get_who (last), ==, "Test Coordinator");
  g_assert_cmpstr (hearth_audit_entry_get_record_type (last), ==, "person");
  g_assert_cmpstr (hearth_audit_entry_get_changes (last), ==,
                   "{\"area\": [null, \"Millbrook\"], "
                   "\"interests\": [null, \"Gardening; \\\"quotes\\\"\"]}");

  /* A refused change writes no audit row. */
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = hearth_scheme_load_all (f->scheme, HEARTH_TYPE_AUDIT_ENTRY, &error);
  g_object_set (too_young, "first-name", "Too", "last-name", "Young",
                "date-of-birth", "2020-01-01", "referral-date", "2026-01-01", NULL);
  g_assert_false (hearth_scheme_add_person (f->scheme, too_young, &error));
  g_clear_error (&error);
  g_assert_cmpint (test_count_rows (f->scheme, HEARTH_TYPE_AUDIT_ENTRY), ==, entries->len);

  /* An unchanged save writes nothing either. */
  g_assert_true (hearth_scheme_update (f->scheme, HEARTH_RECORD (person), &error));
  g_assert_cmpint (test_count_rows (f->scheme, HEARTH_TYPE_AUDIT_ENTRY), ==, entries->len);
}

static void
test_audit_rolls_back_with_change (SchemeFixture *f,
                                   gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = test_approved_carer (f->scheme, "Roll", "Back", 1, FALSE);
  g_autoptr(HearthPerson) a = test_add_person (f->scheme, "A", "One");
  g_autoptr(HearthPerson) b = test_add_person (f->scheme, "B", "Two");
  g_autoptr(HearthTrial) ta = test_agreed_trial (f->scheme, a, carer, "long-term");
  g_autoptr(HearthTrial) tb = test_agreed_trial (f->scheme, b, carer, "long-term");
  g_autoptr(GError) error = NULL;
  gint64 audit_before, reviews_before;

  g_assert_true (test_start_from_trial (f->scheme, ta, "2026-07-01", NULL, &error));
  audit_before = test_count_rows (f->scheme, HEARTH_TYPE_AUDIT_ENTRY);
  reviews_before = test_count_rows (f->scheme, HEARTH_TYPE_REVIEW);

  g_assert_false (test_start_from_trial (f->scheme, tb, "2026-07-02", NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NO_PLACE_FREE);
  g_assert_cmpint (test_count_rows (f->scheme, HEARTH_TYPE_AUDIT_ENTRY), ==, audit_before);
  g_assert_cmpint (test_count_rows (f->scheme, HEARTH_TYPE_REVIEW), ==, reviews_before);
}

static void
test_hostile_text_round_trips (SchemeFixture *f,
                               gconstpointer  data)
{
  static const char *texts[] = {
    "Robert'); DROP TABLE person;--",
    "Zoë Ångström-Ørsted 李小龍 محمد 🙂",
    "tab\there, newline\nthere, bell\a, escape\x1b[31m",
    "%s %n %x {} \\\" ' `",
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(HearthPerson) person = hearth_person_new ();
      g_autoptr(HearthRecord) loaded = NULL;
      g_autofree char *long_text = g_strnfill (100000, 'a');

      g_object_set (person, "first-name", texts[i], "last-name", "Test",
                    "date-of-birth", "1980-01-01", "referral-date", "2026-01-01",
                    "preferences", long_text, NULL);
      g_assert_true (hearth_scheme_add_person (f->scheme, person, &error));
      g_assert_no_error (error);
      loaded = hearth_scheme_load (f->scheme, HEARTH_TYPE_PERSON,
                                   hearth_record_get_id (HEARTH_RECORD (person)), &error);
      g_assert_cmpstr (hearth_person_get_first_name (HEARTH_PERSON (loaded)), ==, texts[i]);
      g_assert_cmpstr (hearth_person_get_preferences (HEARTH_PERSON (loaded)), ==, long_text);
    }

  g_assert_cmpint (test_count_rows (f->scheme, HEARTH_TYPE_PERSON), ==, G_N_ELEMENTS (texts));
}

static void
test_search (SchemeFixture *f,
             gconstpointer  data)
{
  g_autoptr(HearthPerson) mariam = test_add_person (f->scheme, "Mariam", "Haddad");
  g_autoptr(HearthPerson) joe = test_add_person (f->scheme, "Joseph", "Marsh");
  g_autoptr(HearthPenPortrait) portrait = hearth_pen_portrait_new ();
  g_autoptr(HearthCarer) carer = test_add_carer (f->scheme, "Maria", "Lopes");
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (portrait, "person-id", hearth_record_get_id (HEARTH_RECORD (joe)),
                "about-me", "I love baking bread and watching the football.", NULL);
  hearth_scheme_insert (f->scheme, HEARTH_RECORD (portrait), &error);
  g_assert_no_error (error);
  g_object_set (mariam, "interests", "Gardening, swimming", NULL);
  hearth_scheme_update (f->scheme, HEARTH_RECORD (mariam), &error);
  g_assert_no_error (error);

  /* Prefixes of names, any case, both words needed. */
  ids = hearth_scheme_search (f->scheme, HEARTH_TYPE_PERSON, "mar", &error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_clear_pointer (&ids, g_array_unref);
  ids = hearth_scheme_search (f->scheme, HEARTH_TYPE_PERSON, "MAR gard", &error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, hearth_record_get_id (HEARTH_RECORD (mariam)));
  g_clear_pointer (&ids, g_array_unref);

  /* Words from a pen portrait. */
  ids = hearth_scheme_search (f->scheme, HEARTH_TYPE_PERSON, "baking", &error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, hearth_record_get_id (HEARTH_RECORD (joe)));
  g_clear_pointer (&ids, g_array_unref);

  /* Support needs, and carers kept apart from people. */
  ids = hearth_scheme_search (f->scheme, HEARTH_TYPE_PERSON, "learning", &error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_clear_pointer (&ids, g_array_unref);
  ids = hearth_scheme_search (f->scheme, HEARTH_TYPE_CARER, "mar", &error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_clear_pointer (&ids, g_array_unref);

  /* FTS5 syntax typed by a coordinator is just text. */
  ids = hearth_scheme_search (f->scheme, HEARTH_TYPE_PERSON, "\"mar*", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_clear_pointer (&ids, g_array_unref);
  ids = hearth_scheme_search (f->scheme, HEARTH_TYPE_PERSON, "mar OR NEAR( \"", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 0);
  g_clear_pointer (&ids, g_array_unref);

  /* Accents fold: "Zoe" finds "Zoë". */
  g_clear_object (&mariam);
  mariam = test_add_person (f->scheme, "Zoë", "Ångström");
  ids = hearth_scheme_search (f->scheme, HEARTH_TYPE_PERSON, "zoe angst", &error);
  g_assert_cmpuint (ids->len, ==, 1);
}

typedef struct
{
  guint position, removed, added, calls;
} ItemsChanged;

static void
items_changed_cb (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *seen)
{
  seen->position = position;
  seen->removed = removed;
  seen->added = added;
  seen->calls++;
}

static void
test_record_list (SchemeFixture *f,
                  gconstpointer  data)
{
  g_autoptr(HearthPerson) first = test_add_person (f->scheme, "First", "Person");
  g_autoptr(HearthRecordList) people = NULL;
  g_autoptr(HearthRecordList) carers = NULL;
  g_autoptr(HearthPerson) second = NULL;
  g_autoptr(HearthCarer) carer = NULL;
  g_autoptr(HearthPerson) item = NULL;
  g_autoptr(GError) error = NULL;
  ItemsChanged seen = { 0 };

  people = hearth_record_list_new (f->scheme, HEARTH_TYPE_PERSON, &error);
  g_assert_no_error (error);
  carers = hearth_record_list_new (f->scheme, HEARTH_TYPE_CARER, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 1);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (people)) == HEARTH_TYPE_PERSON);
  g_signal_connect (people, "items-changed", G_CALLBACK (items_changed_cb), &seen);

  /* Added: one item at the end. */
  second = test_add_person (f->scheme, "Second", "Person");
  g_assert_cmpuint (seen.calls, ==, 1);
  g_assert_cmpuint (seen.position, ==, 1);
  g_assert_cmpuint (seen.removed, ==, 0);
  g_assert_cmpuint (seen.added, ==, 1);

  /* Saved: that row replaced, with the new values. */
  g_object_set (first, "preferred-name", "Fi", NULL);
  hearth_scheme_update (f->scheme, HEARTH_RECORD (first), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (seen.calls, ==, 2);
  g_assert_cmpuint (seen.position, ==, 0);
  g_assert_cmpuint (seen.removed, ==, 1);
  g_assert_cmpuint (seen.added, ==, 1);
  item = g_list_model_get_item (G_LIST_MODEL (people), 0);
  g_assert_cmpstr (hearth_person_get_preferred_name (item), ==, "Fi");

  /* Archived: still there, so the window can offer "Show archived". */
  hearth_scheme_archive (f->scheme, HEARTH_RECORD (second), "Moved away", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (seen.calls, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 2);

  /* A carer added does not touch the people list; a refused change emits nothing. */
  carer = test_add_carer (f->scheme, "Some", "Carer");
  g_assert_cmpuint (seen.calls, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (carers)), ==, 1);
  g_object_set (first, "date-of-birth", "2025-01-01", NULL);
  g_assert_false (hearth_scheme_update (f->scheme, HEARTH_RECORD (first), &error));
  g_assert_cmpuint (seen.calls, ==, 3);
}

/* Pages asking for the same kind share one list while any holds it, and a fresh one is
 * loaded once none does. */
static void
test_record_list_shared (SchemeFixture *f,
                         gconstpointer  data)
{
  g_autoptr(HearthPerson) first = test_add_person (f->scheme, "First", "Person");
  g_autoptr(HearthPerson) second = NULL;
  g_autoptr(GError) error = NULL;
  HearthRecordList *people, *again, *carers, *later;
  gpointer old;

  people = hearth_record_list_get_shared (f->scheme, HEARTH_TYPE_PERSON, &error);
  g_assert_no_error (error);
  again = hearth_record_list_get_shared (f->scheme, HEARTH_TYPE_PERSON, &error);
  carers = hearth_record_list_get_shared (f->scheme, HEARTH_TYPE_CARER, &error);
  g_assert_true (people == again);
  g_assert_true ((gpointer) carers != (gpointer) people);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (carers)), ==, 0);

  /* Live for every holder. */
  second = test_add_person (f->scheme, "Second", "Person");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 2);

  /* Gone with its last holder; the next asks load anew, and see everyone. */
  old = people;
  g_object_add_weak_pointer (G_OBJECT (people), &old);
  g_object_unref (people);
  g_object_unref (again);
  g_assert_null (old);
  later = hearth_record_list_get_shared (f->scheme, HEARTH_TYPE_PERSON, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (later)), ==, 2);
  g_object_unref (later);
  g_object_unref (carers);
}

static void
test_dates (void)
{
  g_autofree char *a = hearth_date_add_months ("2026-01-31", 1);
  g_autofree char *b = hearth_date_add_months ("2024-01-31", 1);
  g_autofree char *c = hearth_date_add_years ("2024-02-29", 1);
  g_autofree char *d = hearth_date_add_weeks ("2026-12-25", 6);
  g_autofree char *e = hearth_date_add_working_days ("2026-11-20", 10);
  g_autofree char *f = hearth_date_add_months ("2026-08-31", 6);
  g_autofree char *shown = hearth_date_to_display ("2026-03-03");

  g_assert_cmpstr (a, ==, "2026-02-28");
  g_assert_cmpstr (b, ==, "2024-02-29");
  g_assert_cmpstr (c, ==, "2025-02-28");
  g_assert_cmpstr (d, ==, "2027-02-05");
  g_assert_cmpstr (e, ==, "2026-12-04");
  g_assert_cmpstr (f, ==, "2027-02-28");
  g_assert_cmpstr (shown, ==, "3 March 2026");
  g_assert_false (hearth_date_is_valid ("2026-02-30"));
  g_assert_false (hearth_date_is_valid ("26-02-01"));
  g_assert_false (hearth_date_is_valid ("2026-2-1x"));
  g_assert_cmpint (hearth_date_age_on ("2000-03-01", "2016-02-29"), ==, 15);
  g_assert_cmpint (hearth_date_age_on ("2000-03-01", "2016-03-01"), ==, 16);
  g_assert_cmpint (hearth_date_days_between ("2026-01-01", "2026-03-01"), ==, 59);
}

static void
test_columns_match_schema (SchemeFixture *f,
                           gconstpointer  data)
{
  GType types[] = {
    HEARTH_TYPE_SCHEME_DETAILS, HEARTH_TYPE_STAFF, HEARTH_TYPE_ENQUIRY_SOURCE, HEARTH_TYPE_CARER,
    HEARTH_TYPE_HOUSEHOLD_MEMBER, HEARTH_TYPE_CARER_CHECK, HEARTH_TYPE_TRAINING,
    HEARTH_TYPE_STAGE_CHANGE, HEARTH_TYPE_PANEL, HEARTH_TYPE_PANEL_DECISION, HEARTH_TYPE_PERSON,
    HEARTH_TYPE_PEN_PORTRAIT, HEARTH_TYPE_TRIAL, HEARTH_TYPE_TRIAL_STAGE, HEARTH_TYPE_ARRANGEMENT,
    HEARTH_TYPE_REVIEW, HEARTH_TYPE_REVIEW_ACTION, HEARTH_TYPE_REVIEW_OUTCOME,
    HEARTH_TYPE_AUDIT_ENTRY,
  };

  /* Loading every kind selects every declared column: a typo would fail here. */
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) rows = hearth_scheme_load_all (f->scheme, types[i], &error);

      g_assert_no_error (error);
      g_assert_nonnull (rows);
    }
}

/* A copy for an editor or a workflow is the same record: its id and every column come
 * with it, so saving the copy changes that row. */
static void
test_copy_keeps_id (SchemeFixture *f,
                    gconstpointer  data)
{
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Copied", "Whole");
  g_autoptr(HearthRecord) copy = hearth_record_copy (HEARTH_RECORD (person));
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (hearth_record_get_id (HEARTH_RECORD (person)), >, 0);
  g_assert_cmpint (hearth_record_get_id (copy), ==, hearth_record_get_id (HEARTH_RECORD (person)));
  g_assert_cmpstr (hearth_person_get_last_name (HEARTH_PERSON (copy)), ==, "Whole");

  g_object_set (copy, "last-name", "Changed", NULL);
  g_assert_true (hearth_scheme_update (f->scheme, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (test_count_rows (f->scheme, HEARTH_TYPE_PERSON), ==, 1);
}

#define ADD(path, func) \
  g_test_add (path, SchemeFixture, NULL, scheme_fixture_set_up, func, scheme_fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  hearth_date_set_today (HEARTH_TEST_TODAY);

  ADD ("/scheme/create", test_create);
  ADD ("/scheme/create-refuses-existing", test_create_refuses_existing);
  ADD ("/scheme/reopen", test_reopen);
  ADD ("/scheme/record-list-shared", test_record_list_shared);
  ADD ("/scheme/copy-keeps-id", test_copy_keeps_id);
  ADD ("/scheme/columns-match-schema", test_columns_match_schema);
  g_test_add_func ("/scheme/refuse/newer", test_refuse_newer);
  g_test_add_func ("/scheme/refuse/foreign", test_refuse_foreign);
  g_test_add_func ("/scheme/refuse/not-sqlite", test_refuse_not_sqlite);
  ADD ("/scheme/rule-breaking-row-opens", test_rule_breaking_row_opens);
  ADD ("/scheme/audit/same-transaction", test_audit_same_transaction);
  ADD ("/scheme/audit/rolls-back", test_audit_rolls_back_with_change);
  ADD ("/scheme/hostile-text", test_hostile_text_round_trips);
  ADD ("/scheme/search", test_search);
  ADD ("/scheme/record-list", test_record_list);
  g_test_add_func ("/dates/arithmetic", test_dates);

  return g_test_run ();
}
