/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-test-util.c: fixtures for the core's tests, built through the same workflows a
 * coordinator uses. */

#define G_LOG_DOMAIN "hearth-test"

#include "config.h"

#include <glib/gstdio.h>

#include "hearth-test-util.h"

char *
test_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("hearth-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
test_remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        test_remove_dir (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

void
scheme_fixture_set_up (SchemeFixture *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  hearth_date_set_today (HEARTH_TEST_TODAY);
  fixture->dir = test_temp_dir ();
  path = g_build_filename (fixture->dir, "Test scheme.hearth", NULL);
  fixture->file = g_file_new_for_path (path);
  fixture->scheme = hearth_scheme_create (fixture->file, "Test scheme", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->scheme);
  hearth_scheme_set_user (fixture->scheme, "Test Coordinator");
}

void
scheme_fixture_tear_down (SchemeFixture *fixture,
                          gconstpointer  data)
{
  g_clear_object (&fixture->scheme);
  g_clear_object (&fixture->file);
  test_remove_dir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

HearthCarer *
test_add_carer (HearthScheme *scheme,
                const char   *first,
                const char   *last)
{
  g_autoptr(GError) error = NULL;
  HearthCarer *carer = hearth_carer_new ();

  g_object_set (carer, "first-name", first, "last-name", last,
                "enquiry-date", "2026-01-05", "area", "Ashworth", NULL);
  hearth_scheme_add_carer (scheme, carer, &error);
  g_assert_no_error (error);
  return carer;
}

void
test_complete_checklist (HearthScheme *scheme,
                         HearthCarer  *carer)
{
  static const char *kinds[] = {
    "application", "reference", "reference", "dbs", "home-safety", "household-agreement",
    "preparation-training", "assessment-report",
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(HearthCarerCheck) check = hearth_carer_check_new ();
      g_autoptr(GError) error = NULL;

      g_object_set (check, "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)),
                    "kind", kinds[i], "completed-on", "2026-02-01", NULL);
      if (g_str_equal (kinds[i], "dbs"))
        g_object_set (check, "expires-on", "2029-02-01", NULL);
      hearth_scheme_insert (scheme, HEARTH_RECORD (check), &error);
      g_assert_no_error (error);
    }
}

HearthCarer *
test_approved_carer (HearthScheme *scheme,
                     const char   *first,
                     const char   *last,
                     gint64        places,
                     gboolean      emergency)
{
  static const char *stages[] = {
    "initial-visit", "application", "assessment", "preparation", "ready-for-panel",
  };
  static const char *dates[] = {
    "2026-01-20", "2026-02-10", "2026-03-01", "2026-04-01", "2026-05-01",
  };
  HearthApprovalTerms terms = { TRUE, TRUE, TRUE, emergency, places };
  g_autoptr(GError) error = NULL;
  HearthCarer *carer = test_add_carer (scheme, first, last);

  test_complete_checklist (scheme, carer);
  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    {
      hearth_scheme_move_carer (scheme, carer, stages[i], dates[i], NULL, &error);
      g_assert_no_error (error);
    }

  hearth_scheme_approve_carer (scheme, carer, &terms, "2026-05-20", "Panel approved", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_carer_get_stage (carer), ==, "approved");
  return carer;
}

HearthPerson *
test_add_person (HearthScheme *scheme,
                 const char   *first,
                 const char   *last)
{
  g_autoptr(GError) error = NULL;
  HearthPerson *person = hearth_person_new ();

  g_object_set (person, "first-name", first, "last-name", last,
                "date-of-birth", "1990-04-23", "referral-date", "2026-03-03",
                "support-needs", "learning-disability", NULL);
  hearth_scheme_add_person (scheme, person, &error);
  g_assert_no_error (error);
  return person;
}

HearthTrial *
test_agreed_trial (HearthScheme *scheme,
                   HearthPerson *person,
                   HearthCarer  *carer,
                   const char   *type)
{
  g_autoptr(GError) error = NULL;
  HearthTrial *trial;

  trial = hearth_scheme_propose_trial (scheme, person, carer, type, "2026-06-01", NULL, &error);
  g_assert_no_error (error);
  hearth_scheme_decide_trial (scheme, trial, HEARTH_SIDE_PERSON, TRUE, "I felt at home.",
                              "2026-06-20", &error);
  g_assert_no_error (error);
  hearth_scheme_decide_trial (scheme, trial, HEARTH_SIDE_CARER, TRUE, "We'd love to.",
                              "2026-06-21", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_trial_get_outcome (trial), ==, "agreed");
  return trial;
}

gboolean
test_start_from_trial (HearthScheme       *scheme,
                       HearthTrial        *trial,
                       const char         *start,
                       HearthArrangement **out,
                       GError            **error)
{
  g_autoptr(HearthArrangement) arrangement = hearth_arrangement_new ();
  gboolean ok;

  g_object_set (arrangement,
                "person-id", hearth_trial_get_person_id (trial),
                "carer-id", hearth_trial_get_carer_id (trial),
                "trial-id", hearth_record_get_id (HEARTH_RECORD (trial)),
                "arrangement-type", hearth_trial_get_arrangement_type (trial),
                "start-date", start,
                "funding-route", "council",
                "weekly-fee-pence", (gint64) 65000,
                NULL);
  ok = hearth_scheme_start_arrangement (scheme, arrangement, error);
  if (ok && out != NULL)
    *out = g_steal_pointer (&arrangement);
  return ok;
}

gint64
test_count_rows (HearthScheme *scheme,
                 GType         type)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = hearth_scheme_load_all (scheme, type, &error);

  g_assert_no_error (error);
  return rows->len;
}
