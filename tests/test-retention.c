/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-retention.c: records are kept for the retention period after someone leaves; past
 * it they can be erased, after typing the name, leaving no trace in the file. */

#define G_LOG_DOMAIN "test-retention"

#include "config.h"

#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "hearth-audit-chain.h"
#include "hearth-backup.h"
#include "hearth-test-util.h"

static HearthPerson *
person_who_left (HearthScheme *scheme,
                 const char   *first,
                 const char   *last,
                 const char   *left_on)
{
  g_autoptr(GError) error = NULL;
  HearthPerson *person;

  hearth_date_set_today (left_on);
  person = test_add_person (scheme, first, last);
  g_object_set (person, "interests", "Collecting blue teapots", NULL);
  hearth_scheme_update (scheme, HEARTH_RECORD (person), &error);
  g_assert_no_error (error);
  hearth_scheme_archive (scheme, HEARTH_RECORD (person), "Moved away", &error);
  g_assert_no_error (error);
  hearth_date_set_today (HEARTH_TEST_TODAY);
  return person;
}

static void
test_past_retention (SchemeFixture *f,
                     gconstpointer  data)
{
  g_autoptr(HearthPerson) old = person_who_left (f->scheme, "Olive", "Oldfield", "2018-03-01");
  g_autoptr(HearthPerson) recent = person_who_left (f->scheme, "Rita", "Recent", "2020-01-01");
  g_autoptr(HearthPerson) staying = test_add_person (f->scheme, "Sam", "Staying");
  g_autoptr(GPtrArray) past = NULL;
  g_autoptr(GError) error = NULL;

  /* Eight years from 1 March 2018 ended on 1 March 2026; Rita's run to 2028. */
  past = hearth_scheme_list_past_retention (f->scheme, HEARTH_TEST_TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (past->len, ==, 1);
  g_assert_cmpint (hearth_record_get_id (g_ptr_array_index (past, 0)), ==,
                   hearth_record_get_id (HEARTH_RECORD (old)));

  g_assert_false (hearth_scheme_erase (f->scheme, HEARTH_RECORD (recent), "Rita Recent", NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "must be kept until 1 January 2028"));
  g_clear_error (&error);

  g_assert_false (hearth_scheme_erase (f->scheme, HEARTH_RECORD (staying), "Sam Staying", NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
}

static gboolean
file_contains (const char *path,
               const char *needle)
{
  g_autofree char *contents = NULL;
  gsize length;

  gsize n = strlen (needle);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (contents + i, needle, n) == 0)
      return TRUE;

  return FALSE;
}

static void
test_erase_leaves_no_trace (SchemeFixture *f,
                            gconstpointer  data)
{
  g_autoptr(HearthPerson) olive = person_who_left (f->scheme, "Olivetta", "Quenby", "2017-05-01");
  g_autoptr(HearthPenPortrait) portrait = hearth_pen_portrait_new ();
  g_autoptr(HearthRecordList) people = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  g_autoptr(GArray) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (f->file);
  gint64 id = hearth_record_get_id (HEARTH_RECORD (olive));
  HearthAuditEntry *last;

  g_object_set (portrait, "person-id", id, "about-me", "I grew up by the Zanzibarine coast.", NULL);
  hearth_scheme_insert (f->scheme, HEARTH_RECORD (portrait), &error);
  g_assert_no_error (error);
  people = hearth_record_list_new (f->scheme, HEARTH_TYPE_PERSON, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 1);

  /* The name must be typed exactly. */
  g_assert_false (hearth_scheme_erase (f->scheme, HEARTH_RECORD (olive), "Olivetta", NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Type “Olivetta Quenby” to confirm"));
  g_clear_error (&error);

  g_assert_true (hearth_scheme_erase (f->scheme, HEARTH_RECORD (olive), " Olivetta Quenby ",
                                      NULL, &error));
  g_assert_no_error (error);

  /* Gone from the tables, the lists and the search index... */
  g_assert_cmpint (test_count_rows (f->scheme, HEARTH_TYPE_PERSON), ==, 0);
  g_assert_cmpint (test_count_rows (f->scheme, HEARTH_TYPE_PEN_PORTRAIT), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 0);
  found = hearth_scheme_search (f->scheme, HEARTH_TYPE_PERSON, "zanzibarine", &error);
  g_assert_cmpuint (found->len, ==, 0);

  /* ...the audit trail keeps only that an erasure happened, and which of its entries it
   * emptied, by number; the chain still holds... */
  audit = hearth_scheme_load_all (f->scheme, HEARTH_TYPE_AUDIT_ENTRY, &error);
  last = g_ptr_array_index (audit, audit->len - 1);
  g_assert_cmpstr (hearth_audit_entry_get_action (last), ==, "erase");
  g_assert_cmpstr (hearth_audit_entry_get_record_type (last), ==, "person");
  g_assert_true (g_str_has_prefix (hearth_audit_entry_get_changes (last), "{\"entries\":["));
  for (guint i = 0; i < audit->len - 1; i++)
    if (g_strcmp0 (hearth_audit_entry_get_record_type (g_ptr_array_index (audit, i)),
                   "person") == 0)
      {
        g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                   hearth_record_get_id (g_ptr_array_index (audit, i)));

        g_assert_cmpstr (hearth_audit_entry_get_changes (g_ptr_array_index (audit, i)), ==, "{}");
        g_assert_nonnull (strstr (hearth_audit_entry_get_changes (last), number));
      }
  {
    gint64 broken_at = -1;

    g_assert_true (hearth_scheme_check_audit_chain (f->scheme, &broken_at, &error));
    g_assert_cmpint (broken_at, ==, 0);
  }

  /* ...and no byte of the file holds the name or the portrait any more. */
  g_clear_object (&people);
  g_clear_object (&f->scheme);
  g_assert_false (file_contains (path, "Olivetta"));
  g_assert_false (file_contains (path, "Quenby"));
  g_assert_false (file_contains (path, "Zanzibarine"));
  g_assert_false (file_contains (path, "zanzibarine"));
}

static void
test_nothing_else_deletes (SchemeFixture *f,
                           gconstpointer  data)
{
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Kept", "Safe");
  g_autofree char *path = g_file_get_path (f->file);
  sqlite3 *db = NULL;

  /* Even straight SQL cannot delete a record outside an erasure. */
  g_clear_object (&f->scheme);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM person", NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  g_assert_cmpstr (sqlite3_errmsg (db), ==, "People are archived with a reason, never deleted.");
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM audit", NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  sqlite3_close (db);
}

static void
test_subject_access (SchemeFixture *f,
                     gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = test_approved_carer (f->scheme, "Sam", "Carter", 2, FALSE);
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Ama", "Owusu");
  g_autoptr(HearthPerson) other = test_add_person (f->scheme, "Other", "Person");
  g_autoptr(HearthTrial) trial = test_agreed_trial (f->scheme, person, carer, "long-term");
  g_autoptr(HearthTrial) other_trial = test_agreed_trial (f->scheme, other, carer, "long-term");
  g_autoptr(HearthArrangement) arrangement = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  JsonObject *root;
  JsonArray *audit;

  g_assert_true (test_start_from_trial (f->scheme, trial, "2026-07-01", &arrangement, &error));
  g_assert_true (test_start_from_trial (f->scheme, other_trial, "2026-07-01", NULL, &error));
  json = hearth_scheme_dup_subject_access_json (f->scheme, person, &error);
  g_assert_no_error (error);

  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "person"),
                                                  "first_name"), ==, "Ama");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "trials")), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "trial_stages")), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "arrangements")), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "reviews")), ==, 1);

  /* Only this person's audit rows: their referral, status changes, trial and arrangement. */
  audit = json_object_get_array_member (root, "audit");
  g_assert_cmpuint (json_array_get_length (audit), >=, 5);
  for (guint i = 0; i < json_array_get_length (audit); i++)
    {
      JsonObject *entry = json_array_get_object_element (audit, i);
      const char *type = json_object_get_string_member (entry, "record_type");

      if (g_str_equal (type, "person"))
        g_assert_cmpint (json_object_get_int_member (entry, "record_id"), ==,
                         hearth_record_get_id (HEARTH_RECORD (person)));
      g_assert_null (strstr (json_object_get_string_member (entry, "changes"), "Other"));
    }
}

/* Every file below @dir, its sub-folders too, as raw bytes. */
static void
assert_no_file_holds (const char *dir,
                      const char *word)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        assert_no_file_holds (path, word);
      else if (file_contains (path, word))
        g_error ("%s still holds “%s”", path, word);
    }
}

/* Erasure reaches every copy Hearth keeps: backups beside the scheme and on the drive its
 * settings name, the copy kept before a restore, and what an interrupted backup left. */
static void
test_erase_reaches_backups (SchemeFixture *f,
                            gconstpointer  data)
{
  g_autoptr(HearthPerson) olive = person_who_left (f->scheme, "Olivetta", "Quenby", "2017-05-01");
  g_autoptr(HearthPerson) kept = test_add_person (f->scheme, "Keepwell", "Staying");
  g_autoptr(HearthPenPortrait) portrait = hearth_pen_portrait_new ();
  g_autofree char *usb = g_build_filename (f->dir, "usb", NULL);
  g_autoptr(HearthRecord) details = NULL;
  g_autoptr(HearthBackup) before_move = NULL;
  g_autoptr(HearthBackup) on_usb = NULL;
  g_autoptr(HearthBackup) restored_from = NULL;
  g_autoptr(HearthRecord) found = NULL;
  g_autoptr(GFile) aside = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  g_autofree char *partial = NULL;
  g_autoptr(GFile) partial_file = NULL;
  gint64 id = hearth_record_get_id (HEARTH_RECORD (olive));

  g_object_set (portrait, "person-id", id, "about-me", "I grew up by the Zanzibarine coast.", NULL);
  hearth_scheme_insert (f->scheme, HEARTH_RECORD (portrait), &error);
  g_assert_no_error (error);

  /* A backup beside the scheme, one restored (so a copy is kept before the restore)... */
  before_move = hearth_scheme_back_up (f->scheme, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&f->scheme);
  g_assert_true (hearth_backup_restore (hearth_backup_get_file (before_move), f->file, &aside,
                                        &error));
  g_assert_no_error (error);
  g_assert_nonnull (aside);
  f->scheme = hearth_scheme_open (f->file, NULL, &error);
  g_assert_no_error (error);

  /* ...one on the drive the settings name, and a partial copy a killed backup left. */
  details = hearth_record_copy (HEARTH_RECORD (hearth_scheme_get_details (f->scheme)));
  g_object_set (details, "backup-folder", usb, NULL);
  g_assert_true (hearth_scheme_update (f->scheme, details, &error));
  on_usb = hearth_scheme_back_up (f->scheme, NULL, &error);
  g_assert_no_error (error);
  partial = g_strdup_printf ("%s.partial", g_file_peek_path (hearth_backup_get_file (on_usb)));
  partial_file = g_file_new_for_path (partial);
  g_assert_true (g_file_copy (hearth_backup_get_file (on_usb), partial_file, G_FILE_COPY_NONE,
                              NULL, NULL, NULL, &error));
  g_assert_true (file_contains (partial, "Zanzibarine"));
  g_assert_true (file_contains (g_file_peek_path (hearth_backup_get_file (before_move)), "Quenby"));
  g_assert_true (file_contains (g_file_peek_path (aside), "Olivetta"));

  found = hearth_scheme_load (f->scheme, HEARTH_TYPE_PERSON, id, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_scheme_erase (f->scheme, found, "Olivetta Quenby", &report, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (report, ==, "It was also erased from 3 backups.");
  g_clear_object (&f->scheme);

  /* Not a byte of any file Hearth keeps holds the erased person's words. */
  assert_no_file_holds (f->dir, "Olivetta");
  assert_no_file_holds (f->dir, "Quenby");
  assert_no_file_holds (f->dir, "Zanzibarine");
  assert_no_file_holds (f->dir, "blue teapots");
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));

  /* The backups are still whole, and still hold everyone else. */
  {
    g_autoptr(HearthScheme) backup = NULL;

    g_assert_true (hearth_backup_verify (hearth_backup_get_file (on_usb), &error));
    g_assert_true (hearth_backup_verify (aside, &error));
    backup = hearth_scheme_open (hearth_backup_get_file (before_move), NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpint (test_count_rows (backup, HEARTH_TYPE_PERSON), ==, 1);
  }
}

#define ADD(path, func) \
  g_test_add (path, SchemeFixture, NULL, scheme_fixture_set_up, func, scheme_fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/retention/past", test_past_retention);
  ADD ("/retention/erase", test_erase_leaves_no_trace);
  ADD ("/retention/erase-reaches-backups", test_erase_reaches_backups);
  ADD ("/retention/nothing-else-deletes", test_nothing_else_deletes);
  ADD ("/privacy/subject-access", test_subject_access);

  return g_test_run ();
}
