/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-history.c: the History view in the window: a record's changes, found from the record,
 * narrowed by the filters, and new changes appearing while the view is shown. */

#define G_LOG_DOMAIN "test-history"

#include "config.h"

#include <adwaita.h>

#include "hearth-gui-test.h"
#include "hearth-history-page.h"
#include "hearth-window.h"

static HearthPerson *
add_person (HearthScheme *scheme,
            const char   *first)
{
  g_autoptr(HearthPerson) person = hearth_person_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (person, "first-name", first, "last-name", "Tester", "date-of-birth", "1980-05-01",
                "referral-date", "2026-11-01", NULL);
  g_assert_true (hearth_scheme_add_person (scheme, person, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&person);
}

static void
test_history_view (void)
{
  g_autofree char *dir = g_dir_make_tmp ("hearth-gui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "History.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthPerson) ada = NULL;
  g_autoptr(HearthPerson) bea = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *reference = NULL;
  HearthHistoryPage *page;
  HearthWindow *window;
  guint everything;

  scheme = hearth_scheme_create (file, "History Test", NULL, &error);
  g_assert_no_error (error);
  ada = add_person (scheme, "Ada");
  bea = add_person (scheme, "Bea");
  g_object_set (ada, "area", "Millbrook", NULL);
  g_assert_true (hearth_scheme_update (scheme, HEARTH_RECORD (ada), &error));

  window = g_object_new (HEARTH_TYPE_WINDOW, NULL);
  g_assert_true (hearth_window_set_scheme (window, scheme));
  gtk_window_present (GTK_WINDOW (window));
  hearth_window_show_view (window, "history");
  hearth_gui_test_settle ();

  page = HEARTH_HISTORY_PAGE (hearth_window_get_page (window, "history"));
  everything = hearth_history_page_get_n_shown (page);
  g_assert_cmpuint (everything, >=, 3);

  /* From a profile: only Ada's own changes, added then changed. */
  reference = g_strdup_printf ("person:%" G_GINT64_FORMAT, hearth_record_get_id (HEARTH_RECORD (ada)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-history", "s", reference));
  hearth_gui_test_settle ();
  g_assert_cmpuint (hearth_history_page_get_n_shown (page), ==, 2);

  /* A change made while the view is shown appears in it. */
  g_object_set (ada, "interests", "Sea swimming", NULL);
  g_assert_true (hearth_scheme_update (scheme, HEARTH_RECORD (ada), &error));
  hearth_gui_test_settle ();
  g_assert_cmpuint (hearth_history_page_get_n_shown (page), ==, 3);

  hearth_history_page_show_all (page);
  hearth_gui_test_settle ();
  g_assert_cmpuint (hearth_history_page_get_n_shown (page), ==, everything + 1);

  /* A reference to nothing is refused in words, not followed. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-history", "s", "person:999"));
  hearth_gui_test_settle ();
  g_assert_cmpuint (hearth_history_page_get_n_shown (page), ==, everything + 1);

  gtk_window_destroy (GTK_WINDOW (window));
  hearth_gui_test_settle ();
  hearth_scheme_close (scheme);
}

int
main (int   argc,
      char *argv[])
{
  hearth_gui_test_init (&argc, &argv);

  g_test_add_func ("/gui/history", test_history_view);

  return g_test_run ();
}
