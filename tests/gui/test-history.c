/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-history.c: the History view in the window: a record's changes, found from the record,
 * narrowed by the filters, and new changes appearing while the view is shown. */

#define G_LOG_DOMAIN "test-history"

#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>
#include <string.h>

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

/* The first shown label that reads @words, somewhere in its text. */
static GtkWidget *
find_label_with (GtkWidget  *widget,
                 const char *words)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
      strstr (gtk_label_get_label (GTK_LABEL (widget)), words) != NULL)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_with (child, words);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The names a drop-down offers, as one line. */
static char *
offered (GtkDropDown *drop_down)
{
  GListModel *names = gtk_drop_down_get_model (drop_down);
  GString *listed = g_string_new (NULL);

  for (guint i = 0; names != NULL && i < g_list_model_get_n_items (names); i++)
    {
      g_autoptr(GtkStringObject) name = g_list_model_get_item (names, i);

      g_string_append_printf (listed, "%s%s", i > 0 ? ", " : "",
                              gtk_string_object_get_string (name));
    }
  return g_string_free (listed, FALSE);
}

/* The drop-down that offers "Anyone" first: who made the changes. */
static GtkDropDown *
find_who (GtkWidget *widget)
{
  if (GTK_IS_DROP_DOWN (widget))
    {
      g_autofree char *names = offered (GTK_DROP_DOWN (widget));

      if (g_str_has_prefix (names, "Anyone"))
        return GTK_DROP_DOWN (widget);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkDropDown *found = find_who (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* A history changed behind Hearth's back is said above it, and the filter of who made the
 * changes names everyone: both read off the window's thread, as they read every entry. */
static void
test_history_read_aside (void)
{
  g_autofree char *dir = g_dir_make_tmp ("hearth-gui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Chain.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  g_auto(GStrv) everyone = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *expected = NULL;
  GtkDropDown *who = NULL;
  GtkWidget *warning = NULL;
  HearthWindow *window;
  sqlite3 *db = NULL;
  gint64 deadline;
  guint wake;

  scheme = hearth_scheme_create (file, "Chain Test", NULL, &error);
  g_assert_no_error (error);
  hearth_scheme_set_user (scheme, "Sam Carter");
  g_object_unref (add_person (scheme, "Ada"));
  g_object_unref (add_person (scheme, "Bea"));

  /* With the sqlite3 shell, say: the trigger that forbids it dropped, an entry rewritten. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DROP TRIGGER audit_no_update;"
                                     "UPDATE audit SET who = 'Somebody Else' WHERE id = 2",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  /* Everyone who changed it, as the core lists them: whoever made it, Sam, and the name
   * written in behind Hearth's back. */
  everyone = hearth_scheme_list_history_who (scheme, &error);
  g_assert_no_error (error);
  g_assert_true (g_strv_contains ((const char * const *) everyone, "Sam Carter"));
  g_assert_true (g_strv_contains ((const char * const *) everyone, "Somebody Else"));
  joined = g_strjoinv (", ", everyone);
  expected = g_strconcat ("Anyone, ", joined, NULL);

  window = g_object_new (HEARTH_TYPE_WINDOW, NULL);
  g_assert_true (hearth_window_set_scheme (window, scheme));
  gtk_window_present (GTK_WINDOW (window));
  hearth_window_show_view (window, "history");

  /* The main loop wakes now and then, so that the deadline is seen. */
  wake = g_timeout_add (100, wake_cb, NULL);
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < deadline)
    {
      warning = find_label_with (GTK_WIDGET (window), "changed outside Hearth");
      who = find_who (GTK_WIDGET (window));
      g_free (names);
      names = who != NULL ? offered (who) : NULL;
      if (warning != NULL && g_strcmp0 (names, expected) == 0)
        break;
      g_main_context_iteration (NULL, TRUE);
    }

  g_source_remove (wake);
  g_assert_nonnull (warning);
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (warning)), "from entry 2 on"));
  g_assert_cmpstr (names, ==, expected);

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
  g_test_add_func ("/gui/history/read-aside", test_history_read_aside);

  return g_test_run ();
}
