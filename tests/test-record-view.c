/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-record-view.c: the People and Carers lists: search, filters, sorting and archiving,
 * each announced with exactly the rows that changed. */

#include "config.h"

#include "hearth-test-util.h"

typedef struct
{
  guint position, removed, added;
} Change;

typedef struct
{
  SchemeFixture     base;
  HearthRecordList *records;
  HearthRecordView *view;
  GArray           *changes;
} ViewFixture;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GArray     *changes)
{
  Change change = { position, removed, added };

  g_array_append_val (changes, change);
}

static void
watch (ViewFixture *f,
       GType        type)
{
  g_autoptr(GError) error = NULL;

  f->records = hearth_record_list_new (f->base.scheme, type, &error);
  g_assert_no_error (error);
  f->view = hearth_record_view_new (f->records);
  f->changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_signal_connect (f->view, "items-changed", G_CALLBACK (items_changed_cb), f->changes);
}

static void
view_fixture_tear_down (ViewFixture   *f,
                        gconstpointer  data)
{
  g_clear_object (&f->view);
  g_clear_object (&f->records);
  g_clear_pointer (&f->changes, g_array_unref);
  scheme_fixture_tear_down (&f->base, data);
}

static void
view_fixture_set_up (ViewFixture   *f,
                     gconstpointer  data)
{
  scheme_fixture_set_up (&f->base, data);
}

/* The one change announced since the last call, as "position,removed,added". */
static char *
take_changes (ViewFixture *f)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < f->changes->len; i++)
    {
      Change *c = &g_array_index (f->changes, Change, i);

      g_string_append_printf (text, "%s%u,%u,%u", i > 0 ? " " : "", c->position, c->removed,
                              c->added);
    }
  g_array_set_size (f->changes, 0);
  return g_string_free (text, FALSE);
}

/* The names shown, in order, separated by spaces. */
static char *
shown (HearthRecordView *view)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (view)); i++)
    {
      g_autoptr(HearthRecord) record = g_list_model_get_item (G_LIST_MODEL (view), i);

      g_string_append_printf (text, "%s%s", i > 0 ? " " : "",
                              hearth_record_get_string (record, "first-name"));
    }
  return g_string_free (text, FALSE);
}

#define assert_shown(view, expected) G_STMT_START { \
  g_autofree char *_names = shown (view); \
  g_assert_cmpstr (_names, ==, expected); \
} G_STMT_END

#define assert_changes(f, expected) G_STMT_START { \
  g_autofree char *_changes = take_changes (f); \
  g_assert_cmpstr (_changes, ==, expected); \
} G_STMT_END

static HearthPerson *
add_person (HearthScheme *scheme,
            const char   *first,
            const char   *last,
            const char   *referred,
            const char   *needs,
            const char   *funding)
{
  g_autoptr(GError) error = NULL;
  HearthPerson *person = hearth_person_new ();

  g_object_set (person, "first-name", first, "last-name", last, "date-of-birth", "1980-01-01",
                "referral-date", referred, "support-needs", needs, "funding-route", funding,
                NULL);
  hearth_scheme_add_person (scheme, person, &error);
  g_assert_no_error (error);
  return person;
}

static void
write_portrait (HearthScheme *scheme,
                HearthPerson *person,
                const char   *about)
{
  g_autoptr(HearthPenPortrait) portrait = hearth_pen_portrait_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (portrait, "person-id", hearth_record_get_id (HEARTH_RECORD (person)),
                "about-me", about, NULL);
  hearth_scheme_insert (scheme, HEARTH_RECORD (portrait), &error);
  g_assert_no_error (error);
}

/* Four people whose names, statuses and referral dates each give a different order. */
static void
add_four_people (ViewFixture *f)
{
  g_autoptr(HearthPerson) a = add_person (f->base.scheme, "Olwen", "Price", "2026-02-01",
                                          "learning-disability", "council");
  g_autoptr(HearthPerson) b = add_person (f->base.scheme, "Bashir", "Khan", "2026-06-15",
                                          "autism,mental-health", "chc");
  g_autoptr(HearthPerson) c = add_person (f->base.scheme, "Ceri", "Jones", "2025-11-30",
                                          "dementia", "council");
  g_autoptr(HearthPerson) d = add_person (f->base.scheme, "Ade", "Okafor", "2026-09-09",
                                          "mental-health", "phb");
  g_autoptr(GError) error = NULL;

  hearth_scheme_set_person_status (f->base.scheme, b, "matching", &error);
  g_assert_no_error (error);
  write_portrait (f->base.scheme, c, "Ceri loves brass bands and the allotment.");
}

static void
test_sort (ViewFixture   *f,
           gconstpointer  data)
{
  add_four_people (f);
  watch (f, HEARTH_TYPE_PERSON);

  assert_shown (f->view, "Ade Bashir Ceri Olwen");

  hearth_record_view_set_sort (f->view, HEARTH_RECORD_SORT_DATE);
  assert_shown (f->view, "Ade Bashir Olwen Ceri");
  /* Ade and Bashir keep their places; only the last two swap. */
  assert_changes (f, "2,2,2");

  /* Referred comes before matching in the workflow; names break the tie. */
  hearth_record_view_set_sort (f->view, HEARTH_RECORD_SORT_STATUS);
  assert_shown (f->view, "Ade Ceri Olwen Bashir");
  assert_changes (f, "1,3,3");

  /* Choosing the same order again announces nothing. */
  hearth_record_view_set_sort (f->view, HEARTH_RECORD_SORT_STATUS);
  assert_changes (f, "");
}

static void
test_search (ViewFixture   *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  add_four_people (f);
  watch (f, HEARTH_TYPE_PERSON);

  /* A word from a pen portrait, typed a letter at a time. */
  g_assert_true (hearth_record_view_set_search (f->view, "allot", &error));
  g_assert_no_error (error);
  assert_shown (f->view, "Ceri");
  assert_changes (f, "0,4,1");

  /* A support need by its label, and a surname. */
  g_assert_true (hearth_record_view_set_search (f->view, "autism", &error));
  assert_shown (f->view, "Bashir");
  assert_changes (f, "0,1,1");
  g_assert_true (hearth_record_view_set_search (f->view, "okafor", &error));
  assert_shown (f->view, "Ade");

  g_assert_true (hearth_record_view_set_search (f->view, "zebra", &error));
  assert_shown (f->view, "");
  g_free (take_changes (f));

  g_assert_true (hearth_record_view_set_search (f->view, "", &error));
  assert_shown (f->view, "Ade Bashir Ceri Olwen");
  assert_changes (f, "0,0,4");
}

static void
test_filters (ViewFixture   *f,
              gconstpointer  data)
{
  add_four_people (f);
  watch (f, HEARTH_TYPE_PERSON);

  hearth_record_view_set_filter (f->view, HEARTH_RECORD_FILTER_SUPPORT_NEED, "mental-health");
  assert_shown (f->view, "Ade Bashir");
  assert_changes (f, "2,2,0");
  g_assert_cmpuint (hearth_record_view_count_filters (f->view), ==, 1);

  /* Filters combine: mental health and funded by the council is no one. */
  hearth_record_view_set_filter (f->view, HEARTH_RECORD_FILTER_FUNDING_ROUTE, "council");
  assert_shown (f->view, "");
  assert_changes (f, "0,2,0");

  hearth_record_view_set_filter (f->view, HEARTH_RECORD_FILTER_SUPPORT_NEED, NULL);
  assert_shown (f->view, "Ceri Olwen");
  assert_changes (f, "0,0,2");

  hearth_record_view_clear_filters (f->view);
  hearth_record_view_set_filter (f->view, HEARTH_RECORD_FILTER_STATUS, "matching");
  assert_shown (f->view, "Bashir");
  g_assert_cmpstr (hearth_record_view_get_filter (f->view, HEARTH_RECORD_FILTER_STATUS), ==,
                   "matching");

  /* A search and a filter together. */
  hearth_record_view_set_filter (f->view, HEARTH_RECORD_FILTER_STATUS, NULL);
  hearth_record_view_set_search (f->view, "khan", NULL);
  hearth_record_view_set_filter (f->view, HEARTH_RECORD_FILTER_FUNDING_ROUTE, "council");
  assert_shown (f->view, "");
}

static void
test_live_changes (ViewFixture   *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthPerson) bea = NULL;
  g_autoptr(HearthPerson) copy = NULL;

  add_four_people (f);
  watch (f, HEARTH_TYPE_PERSON);

  /* A new referral appears at its place by name, and only there. */
  bea = add_person (f->base.scheme, "Bea", "Lloyd", "2026-10-01", "stroke", "council");
  assert_shown (f->view, "Ade Bashir Bea Ceri Olwen");
  assert_changes (f, "2,0,1");

  /* An edit that keeps the name replaces its own row. */
  copy = HEARTH_PERSON (hearth_record_copy (HEARTH_RECORD (bea)));
  g_object_set (copy, "area", "Millbrook", NULL);
  g_assert_true (hearth_scheme_update (f->base.scheme, HEARTH_RECORD (copy), &error));
  g_assert_no_error (error);
  assert_changes (f, "2,1,1");

  /* Archiving hides them; the switch brings archived records back. */
  g_assert_true (hearth_scheme_archive (f->base.scheme, HEARTH_RECORD (copy), "Moved away",
                                        &error));
  g_assert_no_error (error);
  assert_shown (f->view, "Ade Bashir Ceri Olwen");
  assert_changes (f, "2,1,0");

  hearth_record_view_set_show_archived (f->view, TRUE);
  assert_shown (f->view, "Ade Bashir Bea Ceri Olwen");
  assert_changes (f, "2,0,1");

  /* Undo brings them back even with the switch off. */
  hearth_record_view_set_show_archived (f->view, FALSE);
  g_free (take_changes (f));
  g_assert_true (hearth_scheme_restore (f->base.scheme, HEARTH_RECORD (copy), &error));
  g_assert_no_error (error);
  assert_shown (f->view, "Ade Bashir Bea Ceri Olwen");
  assert_changes (f, "2,0,1");
}

/* Renames @position of @view to @first_name and saves it, as the editor's Done does. */
static void
rename_shown (ViewFixture *f,
              guint        position,
              const char  *first_name)
{
  g_autoptr(HearthRecord) shown_record = g_list_model_get_item (G_LIST_MODEL (f->view), position);
  g_autoptr(HearthRecord) copy = hearth_record_copy (shown_record);
  g_autoptr(GError) error = NULL;

  hearth_record_set_string (copy, "first-name", first_name);
  g_assert_true (hearth_scheme_update (f->base.scheme, copy, &error));
  g_assert_no_error (error);
}

/* A save moves only the saved row to where its new name sorts, and announces just the rows
 * between its old place and its new one; what filters hide stays hidden. */
static void
test_renamed_row_moves (ViewFixture   *f,
                        gconstpointer  data)
{
  add_four_people (f);
  watch (f, HEARTH_TYPE_PERSON);

  rename_shown (f, 0, "Zoe");
  assert_shown (f->view, "Bashir Ceri Olwen Zoe");
  assert_changes (f, "0,4,4");

  rename_shown (f, 2, "Bryn");
  assert_shown (f->view, "Bashir Bryn Ceri Zoe");
  assert_changes (f, "1,2,2");

  rename_shown (f, 3, "Yusuf");
  assert_shown (f->view, "Bashir Bryn Ceri Yusuf");
  assert_changes (f, "3,1,1");

  /* Hidden by a filter, a renamed record stays hidden; one shown stays shown. */
  hearth_record_view_set_filter (f->view, HEARTH_RECORD_FILTER_FUNDING_ROUTE, "council");
  assert_shown (f->view, "Bryn Ceri");
  g_free (take_changes (f));
  rename_shown (f, 1, "Anwen");
  assert_shown (f->view, "Anwen Bryn");
  assert_changes (f, "0,2,2");
  hearth_record_view_set_filter (f->view, HEARTH_RECORD_FILTER_FUNDING_ROUTE, NULL);
  assert_shown (f->view, "Anwen Bashir Bryn Yusuf");

  /* Under the date sort, a new name keeps the row where its referral date puts it. */
  hearth_record_view_set_sort (f->view, HEARTH_RECORD_SORT_DATE);
  assert_shown (f->view, "Yusuf Bashir Bryn Anwen");
  g_free (take_changes (f));
  rename_shown (f, 0, "Aled");
  assert_shown (f->view, "Aled Bashir Bryn Anwen");
  assert_changes (f, "0,1,1");
}

/* While searching, a record saved elsewhere that now matches joins the results. */
static void
test_search_follows_edits (ViewFixture   *f,
                           gconstpointer  data)
{
  g_autoptr(HearthPerson) olwen = NULL;

  add_four_people (f);
  watch (f, HEARTH_TYPE_PERSON);
  hearth_record_view_set_search (f->view, "allotment", NULL);
  assert_shown (f->view, "Ceri");
  g_free (take_changes (f));

  olwen = add_person (f->base.scheme, "Olwen", "Roberts", "2026-01-01", "stroke", "council");
  write_portrait (f->base.scheme, olwen, "Grows leeks at her allotment.");
  assert_shown (f->view, "Ceri Olwen");
}

static void
test_carer_filters (ViewFixture   *f,
                    gconstpointer  data)
{
  g_autoptr(HearthCarer) full = test_approved_carer (f->base.scheme, "Fran", "Hughes", 1, FALSE);
  g_autoptr(HearthCarer) free_place = test_approved_carer (f->base.scheme, "Gwen", "Ellis", 2,
                                                           TRUE);
  g_autoptr(HearthCarer) enquiry = test_add_carer (f->base.scheme, "Ivor", "Bowen");
  g_autoptr(HearthPerson) person = test_add_person (f->base.scheme, "Jac", "Morgan");
  g_autoptr(HearthTrial) trial = test_agreed_trial (f->base.scheme, person, full, "long-term");
  g_autoptr(GError) error = NULL;

  g_assert_true (test_start_from_trial (f->base.scheme, trial, "2026-06-01", NULL, &error));
  g_assert_no_error (error);
  watch (f, HEARTH_TYPE_CARER);
  assert_shown (f->view, "Fran Gwen Ivor");

  hearth_record_view_set_filter (f->view, HEARTH_RECORD_FILTER_VACANCY, "yes");
  assert_shown (f->view, "Gwen");
  hearth_record_view_set_filter (f->view, HEARTH_RECORD_FILTER_VACANCY, NULL);

  hearth_record_view_set_filter (f->view, HEARTH_RECORD_FILTER_APPROVED_FOR, "emergency");
  assert_shown (f->view, "Gwen");
  hearth_record_view_set_filter (f->view, HEARTH_RECORD_FILTER_APPROVED_FOR, "day-support");
  assert_shown (f->view, "Fran Gwen");

  hearth_record_view_clear_filters (f->view);
  hearth_record_view_set_filter (f->view, HEARTH_RECORD_FILTER_STATUS, "enquiry");
  assert_shown (f->view, "Ivor");

  /* Stage order: an enquiry comes before an approved carer. */
  hearth_record_view_clear_filters (f->view);
  hearth_record_view_set_sort (f->view, HEARTH_RECORD_SORT_STATUS);
  assert_shown (f->view, "Ivor Fran Gwen");
}

static void
assert_attention (HearthScheme *scheme,
                  HearthRecord *record,
                  const char   *today,
                  const char   *expected)
{
  g_autoptr(HearthRecord) fresh = hearth_scheme_load (scheme, G_OBJECT_TYPE (record),
                                                      hearth_record_get_id (record), NULL);
  g_autofree char *attention = hearth_scheme_dup_attention (scheme, fresh, today);

  g_assert_cmpstr (attention, ==, expected);
}

static HearthRecord *
add_training (HearthScheme *scheme,
              HearthCarer  *carer,
              const char   *course,
              const char   *expires)
{
  HearthTraining *training = hearth_training_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (training, "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)),
                "course", course, "completed-on", "2024-01-10", "expires-on", expires, NULL);
  g_assert_true (hearth_scheme_insert (scheme, HEARTH_RECORD (training), &error));
  g_assert_no_error (error);
  return HEARTH_RECORD (training);
}

/* The badge on a row: one thing, the most urgent. */
static void
test_attention (ViewFixture   *f,
                gconstpointer  data)
{
  HearthScheme *scheme = f->base.scheme;
  g_autoptr(HearthPerson) person = test_add_person (scheme, "Jac", "Morgan");
  g_autoptr(HearthCarer) enquiry = test_add_carer (scheme, "Ivor", "Bowen");
  g_autoptr(HearthCarer) carer = test_approved_carer (scheme, "Gwen", "Ellis", 2, FALSE);
  g_autoptr(HearthCarerCheck) dbs = hearth_carer_check_new ();
  g_autoptr(HearthCarerCheck) old_dbs = hearth_carer_check_new ();
  g_autoptr(HearthRecord) first_aid = NULL;
  g_autoptr(GError) error = NULL;

  assert_attention (scheme, HEARTH_RECORD (person), "2026-11-22", NULL);
  g_object_set (person, "risk-assessed-on", "2025-01-01", "risk-review-due", "2026-01-01", NULL);
  g_assert_true (hearth_scheme_update (scheme, HEARTH_RECORD (person), &error));
  assert_attention (scheme, HEARTH_RECORD (person), "2026-11-22", "Risk assessment review overdue");
  assert_attention (scheme, HEARTH_RECORD (person), "2025-12-31", NULL);

  /* Approved 20 May 2026: review due 20 May 2027, DBS until 2029. */
  assert_attention (scheme, HEARTH_RECORD (enquiry), "2026-11-22", NULL);
  assert_attention (scheme, HEARTH_RECORD (carer), "2026-11-22", NULL);
  assert_attention (scheme, HEARTH_RECORD (carer), "2027-04-01", "Approval review due soon");
  assert_attention (scheme, HEARTH_RECORD (carer), "2027-05-21", "Approval review overdue");

  first_aid = add_training (scheme, carer, "First aid", "2027-01-10");
  assert_attention (scheme, HEARTH_RECORD (carer), "2026-11-22",
                    "Training due for renewal: First aid");
  assert_attention (scheme, HEARTH_RECORD (carer), "2027-01-11", "Training expired: First aid");

  /* The newest DBS check counts; one with no expiry is renewed three years on. */
  g_object_set (dbs, "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)), "kind", "dbs",
                "completed-on", "2026-03-01", "expires-on", "2026-12-15", NULL);
  g_assert_true (hearth_scheme_insert (scheme, HEARTH_RECORD (dbs), &error));
  g_object_set (old_dbs, "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)), "kind", "dbs",
                "completed-on", "2020-06-01", NULL);
  g_assert_true (hearth_scheme_insert (scheme, HEARTH_RECORD (old_dbs), &error));
  g_assert_no_error (error);
  assert_attention (scheme, HEARTH_RECORD (carer), "2026-11-22", "DBS renewal due soon");
  assert_attention (scheme, HEARTH_RECORD (carer), "2026-12-16", "DBS check expired");
  /* An overdue approval review comes before everything else. */
  assert_attention (scheme, HEARTH_RECORD (carer), "2027-06-01", "Approval review overdue");
}

#define ADD(path, func) \
  g_test_add (path, ViewFixture, NULL, view_fixture_set_up, func, view_fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  hearth_date_set_today (HEARTH_TEST_TODAY);

  ADD ("/record-view/sort", test_sort);
  ADD ("/record-view/search", test_search);
  ADD ("/record-view/filters", test_filters);
  ADD ("/record-view/live-changes", test_live_changes);
  ADD ("/record-view/renamed-row-moves", test_renamed_row_moves);
  ADD ("/record-view/search-follows-edits", test_search_follows_edits);
  ADD ("/record-view/carer-filters", test_carer_filters);
  ADD ("/record-view/attention", test_attention);

  return g_test_run ();
}
