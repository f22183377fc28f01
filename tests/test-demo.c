/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-demo.c: the demo scheme is the same for the same seed, covers every stage a trainer
 * wants to show, and keeps every rule. */

#define G_LOG_DOMAIN "test-demo"

#include "config.h"

#include <sqlite3.h>

#include "hearth-demo.h"
#include "hearth-test-util.h"

static char *
dump (const char *path)
{
  g_autoptr(GString) out = g_string_new (NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  sqlite3_prepare_v2 (db, "SELECT first_name || ' ' || last_name || ' ' || status || ' '"
                          " || date_of_birth FROM person UNION ALL"
                          " SELECT first_name || ' ' || last_name || ' ' || stage FROM carer"
                          " UNION ALL SELECT about_me FROM pen_portrait", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (out, "%s\n", sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
make_demo (const char       *dir,
           const char       *name,
           guint             scale,
           guint64           seed,
           HearthDemoCounts *counts)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GError) error = NULL;

  scheme = hearth_demo_create (file, scale, seed, counts, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (scheme);
  return dump (path);
}

static gint64
count (const char *path,
       const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static void
test_deterministic (void)
{
  g_autofree char *dir = test_temp_dir ();
  g_autofree char *a = make_demo (dir, "a.hearth", 1, 7, NULL);
  g_autofree char *b = make_demo (dir, "b.hearth", 1, 7, NULL);
  g_autofree char *c = make_demo (dir, "c.hearth", 1, 8, NULL);

  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (a, !=, c);
  test_remove_dir (dir);
}

static void
test_scale_one (void)
{
  g_autofree char *dir = test_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "demo.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) past = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  HearthDemoCounts counts;
  guint n_stages;
  const HearthValue *stages = hearth_values_get (HEARTH_VALUES_CARER_STAGE, &n_stages);

  text = make_demo (dir, "demo.hearth", 1, HEARTH_DEMO_DEFAULT_SEED, &counts);
  g_assert_cmpuint (counts.people, ==, 60);
  g_assert_cmpuint (counts.carers, ==, 40);
  g_assert_cmpint (count (path, "SELECT count(*) FROM person"), ==, 60);
  g_assert_cmpint (count (path, "SELECT count(*) FROM carer"), ==, 40);

  /* Every recruitment stage a trainer shows, but the end of an approval. */
  for (guint i = 0; i < n_stages; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM carer WHERE stage = '%s'",
                                              stages[i].value);

      if (g_str_equal (stages[i].value, "approval-ended"))
        continue;
      g_test_message ("stage %s", stages[i].value);
      g_assert_cmpint (count (path, sql), >, 0);
    }

  /* Every arrangement type, an emergency, ended ones, trials both sides said no to. */
  g_assert_cmpint (count (path, "SELECT count(DISTINCT arrangement_type) FROM arrangement"), ==, 3);
  g_assert_cmpint (count (path, "SELECT count(*) FROM arrangement WHERE emergency = 1"), >=, 1);
  g_assert_cmpint (count (path, "SELECT count(*) FROM arrangement WHERE end_date IS NOT NULL"), >=, 1);
  g_assert_cmpint (count (path, "SELECT count(*) FROM trial WHERE outcome = 'declined-by-person'"), >=, 1);
  g_assert_cmpint (count (path, "SELECT count(*) FROM trial WHERE outcome = 'declined-by-carer'"), >=, 1);
  g_assert_cmpint (count (path, "SELECT count(DISTINCT stage) FROM trial WHERE outcome = 'open'"), >=, 6);

  /* Reviews held with the person's views and outcomes; some due, some overdue. */
  g_assert_cmpint (count (path, "SELECT count(*) FROM review WHERE held_on IS NOT NULL"
                                " AND length(person_views) > 0"), >, 5);
  g_assert_cmpint (count (path, "SELECT count(*) FROM review_outcome"), >, 40);
  g_assert_cmpint (count (path, "SELECT count(*) FROM review WHERE held_on IS NULL"
                                " AND due_on < '" HEARTH_TEST_TODAY "'"), >, 0);
  g_assert_cmpint (count (path, "SELECT count(*) FROM review WHERE held_on IS NULL"
                                " AND due_on >= '" HEARTH_TEST_TODAY "'"), >, 0);
  g_assert_cmpint (count (path, "SELECT count(*) FROM person WHERE risk_review_due < '"
                                HEARTH_TEST_TODAY "'"), >, 0);
  g_assert_cmpint (count (path, "SELECT count(*) FROM pen_portrait WHERE person_id IS NOT NULL"
                                " AND length(about_me) > 20"), ==, 60);

  /* Every rule holds: no carer over capacity on any day an arrangement starts. */
  g_assert_cmpint (count (path, "SELECT count(*) FROM arrangement a JOIN carer c ON c.id = a.carer_id"
                                " WHERE (SELECT count(*) FROM arrangement b WHERE b.carer_id = a.carer_id"
                                "   AND b.start_date <= a.start_date"
                                "   AND (b.end_date IS NULL OR b.end_date > a.start_date))"
                                " > min(3, c.approved_places)"), ==, 0);
  /* Preferred names are names people go by ("Bron" for Bronwen), never a first name cut
   * short ("Fat" for Fatima). */
  g_assert_cmpint (count (path, "SELECT count(*) FROM person WHERE preferred_name IS NOT NULL"), >, 0);
  g_assert_cmpint (count (path, "SELECT count(*) FROM person WHERE preferred_name NOT IN"
                                " ('Bron', 'Cal', 'Jon', 'Mat', 'Seun', 'Tomek', 'Sam', 'Vik',"
                                "  'Zee', 'Gaz', 'Ellie', 'Win')"), ==, 0);

  scheme = hearth_scheme_open (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_scheme_integrity_check (scheme, &problems, &error));

  /* Someone left long enough ago for a trainer to show erasure. */
  past = hearth_scheme_list_past_retention (scheme, HEARTH_TEST_TODAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (past->len, >=, 1);
  test_remove_dir (dir);
}

static void
test_scale_two (void)
{
  g_autofree char *dir = test_temp_dir ();
  HearthDemoCounts counts;
  g_autofree char *text = make_demo (dir, "two.hearth", 2, 3, &counts);

  g_assert_cmpuint (counts.people, ==, 120);
  g_assert_cmpuint (counts.carers, ==, 80);
  test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  hearth_date_set_today (HEARTH_TEST_TODAY);

  g_test_add_func ("/demo/deterministic", test_deterministic);
  g_test_add_func ("/demo/scale-one", test_scale_one);
  g_test_add_func ("/demo/scale-two", test_scale_two);

  return g_test_run ();
}
