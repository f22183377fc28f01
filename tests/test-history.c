/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-history.c: the audit trail read back: every change, who made it, what it was before
 * and after, for one record and the records that belong to it, and never editable. */

#define G_LOG_DOMAIN "test-history"

#include "config.h"

#include <sqlite3.h>

#include "hearth-test-util.h"

static GPtrArray *
history_of (HearthScheme *scheme,
            const char   *kind,
            gint64        id)
{
  HearthHistoryFilter filter = { .kind = kind, .record_id = id };
  g_autoptr(GError) error = NULL;
  GPtrArray *items = hearth_scheme_list_history (scheme, &filter, 0, &error);

  g_assert_no_error (error);
  return items;
}

static HearthHistoryItem *
item (GPtrArray *items,
      guint      i)
{
  g_assert_cmpuint (i, <, items->len);
  return g_ptr_array_index (items, i);
}

static void
test_person_history (SchemeFixture *f,
                     gconstpointer  data)
{
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Ada", "Lovelace");
  g_autoptr(HearthPerson) other = test_add_person (f->scheme, "Bea", "Other");
  g_autoptr(HearthPenPortrait) portrait = hearth_pen_portrait_new ();
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = hearth_record_get_id (HEARTH_RECORD (person));
  HearthHistoryChange *change;

  hearth_scheme_set_user (f->scheme, "Priya Coordinator");
  g_object_set (person, "area", "Millbrook", NULL);
  g_assert_true (hearth_scheme_update (f->scheme, HEARTH_RECORD (person), &error));
  g_object_set (portrait, "person-id", id, "about-me", "I love the sea", NULL);
  g_assert_true (hearth_scheme_insert (f->scheme, HEARTH_RECORD (portrait), &error));
  g_assert_true (hearth_scheme_archive (f->scheme, HEARTH_RECORD (person), "Moved away", &error));
  g_assert_no_error (error);

  /* Newest first: archived, the portrait added, the area changed, the person added. Bea's
   * own entry is not in Ada's history. */
  items = history_of (f->scheme, "person", id);
  g_assert_cmpuint (items->len, ==, 4);
  g_assert_cmpstr (item (items, 0)->action, ==, "archive");
  g_assert_cmpstr (item (items, 1)->kind, ==, "pen-portrait");
  g_assert_cmpstr (item (items, 1)->title, ==, "Ada Lovelace");
  g_assert_cmpstr (item (items, 2)->action, ==, "update");
  g_assert_cmpstr (item (items, 2)->who, ==, "Priya Coordinator");
  g_assert_cmpstr (item (items, 2)->fields, ==, "area");
  g_assert_cmpstr (item (items, 3)->action, ==, "insert");
  g_assert_cmpstr (item (items, 3)->who, ==, "Test Coordinator");

  changes = hearth_scheme_list_changes (f->scheme, item (items, 2)->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->field, ==, "area");
  g_assert_null (change->before);
  g_assert_cmpstr (change->after, ==, "Millbrook");

  g_clear_pointer (&items, g_ptr_array_unref);
  items = history_of (f->scheme, "person", hearth_record_get_id (HEARTH_RECORD (other)));
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_cmpstr (item (items, 0)->title, ==, "Bea Other");
}

static void
test_filters (SchemeFixture *f,
              gconstpointer  data)
{
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Ada", "Lovelace");
  g_autoptr(HearthCarer) carer = test_add_carer (f->scheme, "Cal", "Carer");
  HearthHistoryFilter filter = { NULL };
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) who = NULL;
  const char *sql = "'); DROP TABLE audit; --";

  hearth_scheme_set_user (f->scheme, "Priya Coordinator");
  g_object_set (person, "interests", sql, NULL);
  g_assert_true (hearth_scheme_update (f->scheme, HEARTH_RECORD (person), &error));
  g_assert_no_error (error);

  filter.who = "priya";
  items = hearth_scheme_list_history (f->scheme, &filter, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_cmpstr (item (items, 0)->fields, ==, "interests");
  g_clear_pointer (&items, g_ptr_array_unref);

  /* Text that looks like SQL is only ever text. */
  filter = (HearthHistoryFilter) { .text = sql };
  items = hearth_scheme_list_history (f->scheme, &filter, 0, &error);
  g_assert_cmpuint (items->len, ==, 1);
  g_clear_pointer (&items, g_ptr_array_unref);

  filter = (HearthHistoryFilter) { .kind = "carer" };
  items = hearth_scheme_list_history (f->scheme, &filter, 0, &error);
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_cmpstr (item (items, 0)->title, ==, "Cal Carer");
  g_clear_pointer (&items, g_ptr_array_unref);

  filter = (HearthHistoryFilter) { .action = "insert", .from = "2999-01-01" };
  items = hearth_scheme_list_history (f->scheme, &filter, 0, &error);
  g_assert_cmpuint (items->len, ==, 0);
  g_clear_pointer (&items, g_ptr_array_unref);

  /* The limit keeps the newest. */
  items = hearth_scheme_list_history (f->scheme, NULL, 1, &error);
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_cmpstr (item (items, 0)->who, ==, "Priya Coordinator");

  who = hearth_scheme_list_history_who (f->scheme, &error);
  g_assert_no_error (error);
  g_assert_true (g_strv_contains ((const char * const *) who, "Priya Coordinator"));
  g_assert_true (g_strv_contains ((const char * const *) who, "Test Coordinator"));
  for (guint i = 1; who[i] != NULL; i++)
    g_assert_cmpstr (who[i - 1], <, who[i]);
}

/* The trail cannot be rewritten, even by a program that bypasses Hearth. */
static void
test_not_editable (SchemeFixture *f,
                   gconstpointer  data)
{
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Ada", "Lovelace");
  g_autofree char *path = g_file_get_path (f->file);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  char *message = NULL;

  hearth_scheme_close (f->scheme);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE audit SET who = 'Someone else'", NULL, NULL, &message),
                   ==, SQLITE_CONSTRAINT);
  g_assert_nonnull (strstr (message, "audit trail"));
  sqlite3_free (message);
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM audit", NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  sqlite3_close (db);

  g_clear_object (&f->scheme);
  f->scheme = hearth_scheme_open (f->file, NULL, &error);
  g_assert_no_error (error);
  items = history_of (f->scheme, "person", hearth_record_get_id (HEARTH_RECORD (person)));
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_cmpstr (item (items, 0)->who, ==, "Test Coordinator");
}

static void
test_labels (void)
{
  g_autofree char *field = hearth_history_field_label ("person", "risk_review_due");
  g_autofree char *link = hearth_history_field_label ("trial", "carer_id");
  g_autofree char *referred = hearth_history_field_label ("person", "referral_date");
  g_autofree char *gone = hearth_history_field_label ("person", "old_notes");
  g_autofree char *unknown = hearth_history_field_label ("nonsense", "held_on");
  HearthHistoryItem erased = { .action = (char *) "erase", .kind = (char *) "person",
                               .record_id = 7 };
  HearthHistoryItem changed = { .action = (char *) "update", .kind = (char *) "carer",
                                .record_id = 2, .title = (char *) "Cal Carer" };
  g_autofree char *a = hearth_history_item_dup_summary (&erased);
  g_autofree char *b = hearth_history_item_dup_summary (&changed);

  g_assert_cmpstr (field, ==, "Risk review due");
  g_assert_cmpstr (link, ==, "Carer");
  /* The words of the form, not of the column. */
  g_assert_cmpstr (referred, ==, "Referred on");
  /* A column Hearth no longer has, or a kind it does not know, is read from its name. */
  g_assert_cmpstr (gone, ==, "Old notes");
  g_assert_cmpstr (unknown, ==, "Held on");
  g_assert_cmpstr (a, ==, "Erased a record (Person 7) past its retention period");
  g_assert_cmpstr (b, ==, "Changed Carer: Cal Carer");
}

/* A change of a person's referral date says "Referred on", as the form does. */
static void
test_change_label (SchemeFixture *f,
                   gconstpointer  data)
{
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Cleo", "Marsh");
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  HearthHistoryChange *change;

  g_object_set (person, "referral-date", "2026-02-03", NULL);
  g_assert_true (hearth_scheme_update (f->scheme, HEARTH_RECORD (person), &error));
  g_assert_no_error (error);

  items = history_of (f->scheme, "person", hearth_record_get_id (HEARTH_RECORD (person)));
  g_assert_cmpstr (item (items, 0)->fields, ==, "referral_date");
  changes = hearth_scheme_list_changes (f->scheme, item (items, 0)->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->field, ==, "referral_date");
  g_assert_cmpstr (change->label, ==, "Referred on");
  g_assert_cmpstr (change->after, ==, "2026-02-03");
}

/* Every column of every kind of record has a label of its own, History reads a change of
 * it with that label, and an exported list heads the column with it. */
static void
test_every_column_labelled (void)
{
  const char *kinds[] = {
    "person", "carer", "pen-portrait", "carer-check", "training", "household-member",
    "stage-change", "panel", "panel-decision", "trial", "trial-stage", "arrangement", "review",
    "review-outcome", "review-action", "scheme", "staff", "enquiry-source",
  };
  guint exported = 0;

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      GType type = hearth_record_type_for_kind (kinds[k]);
      g_autoptr(GTypeClass) klass = NULL;
      GPtrArray *columns;

      g_assert_true (g_type_is_a (type, HEARTH_TYPE_RECORD));
      klass = g_type_class_ref (type);
      g_assert_cmpstr (HEARTH_RECORD_CLASS (klass)->kind, ==, kinds[k]);
      columns = HEARTH_RECORD_CLASS (klass)->columns;

      for (guint c = 0; c < columns->len; c++)
        {
          GParamSpec *pspec = g_ptr_array_index (columns, c);
          const char *label = hearth_record_get_field_label (type, pspec->name);
          g_autofree char *history = hearth_history_field_label (kinds[k],
                                                                 hearth_record_column_name (pspec));
          g_autofree char *heading = hearth_export_dup_heading (type, pspec->name);

          g_assert_nonnull (label);
          g_assert_cmpstr (label, !=, pspec->name);
          g_assert_cmpstr (history, ==, label);
          /* Money is exported in pounds, and its heading says so. */
          if (heading != NULL && g_str_has_suffix (pspec->name, "-pence"))
            {
              g_autofree char *pounds = g_strdup_printf ("%s (£)", label);

              g_assert_cmpstr (heading, ==, pounds);
            }
          else if (heading != NULL)
            g_assert_cmpstr (heading, ==, label);
          exported += heading != NULL;
        }
    }

  g_assert_cmpstr (hearth_record_get_field_label (HEARTH_TYPE_CARER, "nonsense"), ==, NULL);
  g_assert_cmpuint (hearth_record_type_for_kind ("nonsense"), ==, G_TYPE_INVALID);
  /* People, carers, trials, arrangements and reviews export 55 of their fields. */
  g_assert_cmpuint (exported, ==, 55);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  hearth_date_set_today (HEARTH_TEST_TODAY);

  g_test_add ("/history/person", SchemeFixture, NULL, scheme_fixture_set_up,
              test_person_history, scheme_fixture_tear_down);
  g_test_add ("/history/filters", SchemeFixture, NULL, scheme_fixture_set_up,
              test_filters, scheme_fixture_tear_down);
  g_test_add ("/history/not-editable", SchemeFixture, NULL, scheme_fixture_set_up,
              test_not_editable, scheme_fixture_tear_down);
  g_test_add_func ("/history/labels", test_labels);
  g_test_add ("/history/change-label", SchemeFixture, NULL, scheme_fixture_set_up,
              test_change_label, scheme_fixture_tear_down);
  g_test_add_func ("/history/every-column-labelled", test_every_column_labelled);

  return g_test_run ();
}
