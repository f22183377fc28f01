/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-opening.c: a large scheme opens in the window without stopping it: the title names the
 * scheme at once, the main loop goes on turning while the views wait, and Cancel goes back. */

#define G_LOG_DOMAIN "test-gui-opening"

#include "config.h"

#include <glib/gstdio.h>
#include <utime.h>

#include "hearth-demo.h"
#include "hearth-gui-test.h"

static char *dir;
static GFile *large;

static gboolean
tick_cb (gpointer data)
{
  guint *ticks = data;

  (*ticks)++;
  return G_SOURCE_CONTINUE;
}

/* The shown button whose words are @label, as a screen reader would read it. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  GtkWidget *child_label = GTK_IS_BUTTON (widget) ? gtk_button_get_child (GTK_BUTTON (widget)) : NULL;

  /* The button's own label, or the label it holds to underline its mnemonic. */
  if (GTK_IS_BUTTON (widget) && gtk_widget_is_drawable (widget) &&
      (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0 ||
       (GTK_IS_LABEL (child_label) &&
        g_strcmp0 (gtk_label_get_label (GTK_LABEL (child_label)), label) == 0)))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A scale-20 scheme: the window names it at once, and a 10 ms timeout goes on firing before
 * its views are filled in. */
static void
test_main_loop_turns (void)
{
  HearthWindow *window = g_object_new (HEARTH_TYPE_WINDOW, NULL);
  g_autofree char *path = g_file_get_path (large);
  HearthScheme *scheme;
  guint ticks = 0, ticks_before_views = 0;
  guint source;

  gtk_window_present (GTK_WINDOW (window));
  hearth_gui_test_settle ();

  /* As a scheme from elsewhere: one Hearth did not close, so it is read through. */
  g_assert_cmpint (g_utime (path, NULL), ==, 0);
  source = g_timeout_add (10, tick_cb, &ticks);
  hearth_window_open_file (window, large);

  /* At once, before the main loop has turned even once. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Large — Hearth");
  g_assert_true (hearth_window_get_busy (window));
  g_assert_null (hearth_window_get_page (window, "people"));
  g_assert_nonnull (find_button (GTK_WIDGET (window), "_Cancel"));

  while (hearth_window_get_busy (window))
    {
      g_main_context_iteration (NULL, TRUE);
      if (hearth_window_get_page (window, "people") == NULL)
        ticks_before_views = ticks;
    }
  g_test_message ("the 10 ms timeout fired %u times before the views were filled in",
                  ticks_before_views);
  g_assert_cmpuint (ticks_before_views, >=, 3);

  hearth_gui_test_settle ();
  g_source_remove (source);
  g_assert_nonnull (hearth_window_get_scheme (window));
  g_assert_nonnull (hearth_window_get_page (window, "people"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "Brookfield Shared Lives (demo) — Hearth");

  /* Closed for good, its backup on opening done, before the next test reads the file. */
  scheme = hearth_window_get_scheme (window);
  g_object_add_weak_pointer (G_OBJECT (scheme), (gpointer *) &scheme);
  gtk_window_destroy (GTK_WINDOW (window));
  while (scheme != NULL)
    g_main_context_iteration (NULL, TRUE);
  hearth_gui_test_settle ();
}

/* Cancel while opening: back to the welcome page, nothing open, the file as it was. */
static void
test_cancel (void)
{
  g_autofree char *path = g_file_get_path (large);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length, after_length;
  HearthWindow *window = g_object_new (HEARTH_TYPE_WINDOW, NULL);

  g_assert_true (g_file_get_contents (path, &before, &before_length, NULL));
  gtk_window_present (GTK_WINDOW (window));
  hearth_gui_test_settle ();

  hearth_window_open_file (window, large);
  g_assert_true (hearth_window_get_busy (window));
  /* Clicked: activating a button waits a quarter of a second to show it pressed, and a
   * scheme Hearth closed whole opens sooner than that. */
  g_signal_emit_by_name (find_button (GTK_WIDGET (window), "_Cancel"), "clicked");
  hearth_gui_test_wait_for_window (window);

  g_assert_null (hearth_window_get_scheme (window));
  g_assert_null (hearth_window_get_page (window, "people"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Hearth");
  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpuint (after_length, ==, before_length);
  g_assert_true (memcmp (before, after, before_length) == 0);

  /* And it opens as ever afterwards. */
  hearth_window_open_file (window, large);
  hearth_gui_test_wait_for_window (window);
  g_assert_nonnull (hearth_window_get_page (window, "people"));

  gtk_window_destroy (GTK_WINDOW (window));
  hearth_gui_test_settle ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int status;

  hearth_gui_test_init (&argc, &argv);

  dir = g_dir_make_tmp ("hearth-gui-XXXXXX", NULL);
  path = g_build_filename (dir, "Large.hearth", NULL);
  large = g_file_new_for_path (path);
  scheme = hearth_demo_create (large, 20, HEARTH_DEMO_DEFAULT_SEED, NULL, NULL, &error);
  g_assert_no_error (error);
  hearth_scheme_close (scheme);

  g_test_add_func ("/gui/opening/main-loop-turns", test_main_loop_turns);
  g_test_add_func ("/gui/opening/cancel", test_cancel);

  status = g_test_run ();
  g_object_unref (large);
  return status;
}
