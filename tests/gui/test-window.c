/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window.c: the window on the demo scheme, under a real display: the people are all
 * listed, search finds one by name, and choosing them shows their profile. */

#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "hearth-backup.h"
#include "hearth-arrangements-page.h"
#include "hearth-backups-window.h"
#include "hearth-demo.h"
#include "hearth-gui-test.h"
#include "hearth-list-pane.h"
#include "hearth-matching-page.h"
#include "hearth-profile-pane.h"
#include "hearth-window.h"

static guint
count_unarchived (HearthScheme *scheme,
                  GType         type)
{
  g_autoptr(GPtrArray) all = hearth_scheme_load_all (scheme, type, NULL);
  guint n = 0;

  for (guint i = 0; i < all->len; i++)
    if (!hearth_record_is_archived (g_ptr_array_index (all, i)))
      n++;

  return n;
}

static gboolean
find_in_model (GListModel   *model,
               gint64        id,
               guint        *position)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HearthRecord) record = g_list_model_get_item (model, i);

      if (hearth_record_get_id (record) == id)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

static void
test_demo_window (void)
{
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthRecord) person = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  HearthWindow *window;
  HearthListPane *people;
  HearthListPane *carers;
  HearthProfilePane *profile;
  guint position;

  window = hearth_gui_test_open_demo ("Demo.hearth", &scheme);

  /* Everyone who is not archived, and the title says whose scheme it is. */
  people = HEARTH_LIST_PANE (hearth_window_get_list_pane (window, "people"));
  g_assert_cmpuint (hearth_list_pane_get_n_shown (people), ==,
                    count_unarchived (scheme, HEARTH_TYPE_PERSON));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "Brookfield Shared Lives (demo) — Hearth");

  /* Search for one of them by surname. */
  person = hearth_scheme_load (scheme, HEARTH_TYPE_PERSON, 1, &error);
  g_assert_no_error (error);
  name = hearth_person_dup_display_name (HEARTH_PERSON (person));
  hearth_list_pane_set_search (people, hearth_person_get_last_name (HEARTH_PERSON (person)));
  hearth_gui_test_settle ();
  g_assert_cmpuint (hearth_list_pane_get_n_shown (people), >=, 1);
  g_assert_cmpuint (hearth_list_pane_get_n_shown (people), <,
                    count_unarchived (scheme, HEARTH_TYPE_PERSON));
  g_assert_true (find_in_model (hearth_list_pane_get_model (people), 1, &position));

  /* Choosing them shows their profile. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (hearth_list_pane_get_model (people)),
                                     position);
  hearth_gui_test_settle ();
  profile = HEARTH_PROFILE_PANE (hearth_window_get_profile_pane (window, "people"));
  g_assert_cmpstr (hearth_profile_pane_get_title (profile), ==, name);

  /* A search that matches nobody leaves nobody. */
  hearth_list_pane_set_search (people, "zzqqxx");
  hearth_gui_test_settle ();
  g_assert_cmpuint (hearth_list_pane_get_n_shown (people), ==, 0);

  /* Opening made a verified backup beside the scheme, in the background. */
  {
    g_autoptr(GFile) folder = hearth_scheme_get_backup_folder (scheme);
    g_autoptr(GListStore) backups = NULL;

    for (guint tries = 0; tries < 200; tries++)
      {
        g_clear_object (&backups);
        backups = hearth_backup_list (folder, "Demo", &error);
        g_assert_no_error (error);
        if (g_list_model_get_n_items (G_LIST_MODEL (backups)) > 0)
          break;
        g_usleep (G_USEC_PER_SEC / 20);
        hearth_gui_test_settle ();
      }
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (backups)), ==, 1);
  }

  /* The Backups window lists it, and Back Up Now adds a second. */
  {
    HearthBackupsWindow *backups = hearth_backups_window_new (GTK_WINDOW (window), scheme);

    gtk_window_present (GTK_WINDOW (backups));
    hearth_gui_test_settle ();
    g_assert_cmpuint (hearth_backups_window_get_n_backups (backups), ==, 1);
    /* Back Up Now works in a thread: the window shows it is busy, then lists the new one. */
    hearth_backups_window_back_up (backups);
    g_assert_true (hearth_backups_window_get_busy (backups));
    while (hearth_backups_window_get_busy (backups))
      g_main_context_iteration (NULL, TRUE);
    hearth_gui_test_settle ();
    g_assert_cmpuint (hearth_backups_window_get_n_backups (backups), ==, 2);
    gtk_window_destroy (GTK_WINDOW (backups));
    hearth_gui_test_settle ();
  }

  /* The carers view lists the carers. */
  hearth_window_show_view (window, "carers");
  hearth_gui_test_settle ();
  carers = HEARTH_LIST_PANE (hearth_window_get_list_pane (window, "carers"));
  g_assert_cmpuint (hearth_list_pane_get_n_shown (carers), ==,
                    count_unarchived (scheme, HEARTH_TYPE_CARER));

  gtk_window_destroy (GTK_WINDOW (window));
  hearth_gui_test_settle ();
}

/* The deepest widget whose own minimum width is over the limit: the one to fix. */
static GtkWidget *
widest_culprit (GtkWidget *widget,
                int        limit)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int minimum;

      if (!gtk_widget_get_visible (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      if (minimum > limit)
        {
          g_test_message ("  within a %s, %d pixels", G_OBJECT_TYPE_NAME (child), minimum);
          return widest_culprit (child, limit);
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int minimum;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      g_test_message ("  holding a %s, %d pixels", G_OBJECT_TYPE_NAME (child), minimum);
    }

  return widget;
}

/* Every view fits a phone-sized window (360 pixels, GNOME's narrowest), so the sidebar can
 * fold away and nothing is cut off at the right. */
static void
test_every_view_narrow (void)
{
  const char *names[] = { "dashboard", "recruitment", "people", "carers", "matching",
                          "trials", "arrangements", "reviews", "history" };
  g_autoptr(HearthScheme) scheme = NULL;
  HearthWindow *window = hearth_gui_test_open_demo ("Demo.hearth", &scheme);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkWidget *content = gtk_window_get_child (GTK_WINDOW (window));
      int minimum;

      hearth_window_show_view (window, names[i]);
      hearth_gui_test_settle ();
      gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      if (minimum > 360)
        {
          GtkWidget *culprit = widest_culprit (content, 360);

          g_test_message ("%s: %d pixels at least, widest is a %s (%s)", names[i], minimum,
                          G_OBJECT_TYPE_NAME (culprit),
                          gtk_widget_get_name (culprit));
        }
      g_assert_cmpint (minimum, <=, 360);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  hearth_gui_test_settle ();
}

/* What a widget says it is, for a failure message: its type, its name, and its text. */
static char *
describe_widget (GtkWidget *widget)
{
  const char *text = NULL;

  if (GTK_IS_LABEL (widget))
    text = gtk_label_get_label (GTK_LABEL (widget));
  else if (GTK_IS_BUTTON (widget))
    text = gtk_button_get_label (GTK_BUTTON (widget));
  else if (ADW_IS_PREFERENCES_ROW (widget))
    text = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  else if (GTK_IS_EDITABLE (widget))
    text = gtk_editable_get_text (GTK_EDITABLE (widget));

  return g_strdup_printf ("%s named “%s” reading “%s”", G_OBJECT_TYPE_NAME (widget),
                          gtk_widget_get_name (widget), text != NULL ? text : "");
}

/* A board of columns scrolls sideways on purpose: it is named "board". Any other scrolled
 * window that would scroll sideways hides what lies past its edge, so it is looked into. */
static gboolean
is_board (GtkWidget *widget)
{
  GtkWidget *child;

  if (!GTK_IS_SCROLLED_WINDOW (widget))
    return FALSE;
  child = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (widget));
  if (GTK_IS_VIEWPORT (child))
    child = gtk_viewport_get_child (GTK_VIEWPORT (child));
  return child != NULL && g_strcmp0 (gtk_widget_get_name (child), "board") == 0;
}

/* Counts, and tells of, the shown widgets below @widget that reach past the right edge of
 * @content (the window's content, inside its border): cut off, where nobody can read or
 * reach them, or making the window grow wider than it was asked to be. Of a widget and what
 * it holds, the deepest that reach past are told of: they are the ones to fix. The columns
 * of a board lie beyond, as long as the board's scrolled window itself fits: they are
 * scrolled to. */
static guint
count_cut_off (GtkWidget  *widget,
               GtkWidget  *content,
               int         width,
               const char *view)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;
      /* The theme draws a header bar one pixel into the window's border. */
      float slack = gtk_widget_get_ancestor (child, ADW_TYPE_HEADER_BAR) != NULL ? 1.5f : 0.5f;
      guint within;

      /* A scrollbar's slider is the theme's to place, over its scrolled window's edge. */
      if (!gtk_widget_get_visible (child) || !gtk_widget_get_mapped (child) ||
          GTK_IS_NATIVE (child) || GTK_IS_SCROLLBAR (child))
        continue;
      within = is_board (child) ? 0 : count_cut_off (child, content, width, view);
      n += within;
      if (within == 0 && gtk_widget_compute_bounds (child, content, &bounds) &&
          bounds.origin.x + bounds.size.width > width + slack)
        {
          g_autofree char *what = describe_widget (child);

          g_test_message ("%s: a %s, %.0f pixels wide, ends at %.0f, past the window's %d",
                          view, what, bounds.size.width, bounds.origin.x + bounds.size.width,
                          width);
          n++;
        }
    }

  return n;
}

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* A window shown again takes its new size when the X server says so, which under load can
 * come after the main loop has caught up: wait for it, ten seconds at most. */
static void
wait_for_width (GtkWidget *content,
                int        width)
{
  gint64 give_up = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  guint wake = g_timeout_add (50, wake_cb, NULL);

  hearth_gui_test_settle ();
  while (gtk_widget_get_width (content) != width && g_get_monotonic_time () < give_up)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
}

/* What in @view reaches past a window 360 pixels wide, and whether the view made the window
 * grow: then it is set back, so the next view is seen at 360 pixels too. */
static guint
count_cut_off_in_view (HearthWindow *window,
                       const char   *view,
                       int           border)
{
  GtkWidget *content = gtk_window_get_child (GTK_WINDOW (window));
  guint n = count_cut_off (content, content, 360, view);
  int minimum;

  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  if (minimum > 360)
    {
      GtkWidget *culprit = widest_culprit (content, 360);
      g_autofree char *what = describe_widget (culprit);

      g_test_message ("%s: needs %d pixels at least, widest is a %s", view, minimum, what);
      n++;
    }
  if (gtk_widget_get_width (content) != 360)
    {
      gtk_widget_set_visible (GTK_WIDGET (window), FALSE);
      gtk_window_set_default_size (GTK_WINDOW (window), 360 + border, 720);
      gtk_window_present (GTK_WINDOW (window));
      wait_for_width (content, 360);
    }
  return n;
}

/* Opens the first record listed in @view, as choosing it in the list would; %FALSE for a
 * view that lists no records of its own. */
static gboolean
open_first_record (HearthWindow *window,
                   const char   *view)
{
  HearthPage *page = hearth_window_get_page (window, view);
  GtkWidget *list_pane = hearth_window_get_list_pane (window, view);
  GListModel *model = NULL;
  g_autoptr(HearthRecord) first = NULL;

  if (list_pane != NULL)
    model = hearth_list_pane_get_model (HEARTH_LIST_PANE (list_pane));
  else if (HEARTH_IS_MATCHING_PAGE (page))
    model = hearth_matching_page_get_people (HEARTH_MATCHING_PAGE (page));
  else if (HEARTH_IS_ARRANGEMENTS_PAGE (page))
    model = hearth_arrangements_page_get_shown (HEARTH_ARRANGEMENTS_PAGE (page));
  if (model == NULL || g_list_model_get_n_items (model) == 0)
    return FALSE;

  first = g_list_model_get_item (model, 0);
  return hearth_page_show_record (page, first);
}

/* In a window 360 pixels wide, nothing in any view reaches past the right edge: not the
 * page as a whole, nor a chart, table or button within it; nor a record's profile. */
static void
test_nothing_cut_off_narrow (void)
{
  const char *names[] = { "dashboard", "recruitment", "people", "carers", "matching",
                          "trials", "arrangements", "reviews", "history" };
  g_autoptr(HearthScheme) scheme = NULL;
  HearthWindow *window = hearth_gui_test_open_demo ("Demo.hearth", &scheme);
  GtkWidget *content = gtk_window_get_child (GTK_WINDOW (window));
  guint cut_off = 0;
  int border;

  /* A shown window keeps its size: show it again, 360 pixels wide inside its border (under
   * Xvfb, without a compositor, the size asked for takes in the border too). */
  border = gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (window))) -
           gtk_widget_get_width (content);
  gtk_widget_set_visible (GTK_WIDGET (window), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), 360 + border, 720);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_width (content, 360);
  g_assert_cmpint (gtk_widget_get_width (content), ==, 360);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      hearth_window_show_view (window, names[i]);
      hearth_gui_test_settle ();
      cut_off += count_cut_off_in_view (window, names[i], border);

      /* A list view's first record, its profile shown in place of the list. */
      if (open_first_record (window, names[i]))
        {
          g_autofree char *profile = g_strdup_printf ("%s, a record open", names[i]);

          hearth_gui_test_settle ();
          cut_off += count_cut_off_in_view (window, profile, border);
        }
    }

  g_assert_cmpuint (cut_off, ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
  hearth_gui_test_settle ();
}

static void
test_refuses_foreign_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("hearth-gui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "notes.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  HearthWindow *window;
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint before;

  g_assert_true (g_file_set_contents (path, "not a scheme", -1, NULL));
  window = g_object_new (HEARTH_TYPE_WINDOW, NULL);
  gtk_window_present (GTK_WINDOW (window));
  hearth_gui_test_settle ();
  before = g_list_model_get_n_items (toplevels);

  /* The welcome page stays, and a dialog explains, in words, why. */
  hearth_window_open_file (window, file);
  hearth_gui_test_wait_for_window (window);
  g_assert_null (hearth_window_get_scheme (window));
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, before + 1);
  gtk_window_destroy (GTK_WINDOW (window));
  hearth_gui_test_settle ();
}

int
main (int   argc,
      char *argv[])
{
  hearth_gui_test_init (&argc, &argv);

  g_test_add_func ("/gui/demo-window", test_demo_window);
  g_test_add_func ("/gui/every-view-narrow", test_every_view_narrow);
  g_test_add_func ("/gui/nothing-cut-off-narrow", test_nothing_cut_off_narrow);
  g_test_add_func ("/gui/refuses-foreign-file", test_refuses_foreign_file);

  return g_test_run ();
}
