/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-gui-test.c: what the gui tests share. Controls are found by their widget names,
 * which the pages set for this, so a test never depends on the shape of a page's tree. */

#include "config.h"

#include "hearth-demo.h"
#include "hearth-gui-test.h"

/* GTK and libadwaita for a test, on the demo's today, with nothing animated: a test looks
 * at where a page ends up, not at the way there. */
void
hearth_gui_test_init (int    *argc,
                      char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  hearth_date_set_today ("2026-11-22");
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}

/* Runs the main loop until the window has caught up with what was asked of it. */
void
hearth_gui_test_settle (void)
{
  gint64 give_up = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  for (;;)
    {
      for (guint i = 0; i < 50; i++)
        while (g_main_context_iteration (NULL, FALSE))
          ;

      /* Lists computed by workers: their results come back through the main loop. */
      if (hearth_aggregate_list_get_n_busy () == 0 || g_get_monotonic_time () > give_up)
        break;
      g_main_context_iteration (NULL, TRUE);
    }
}

static gboolean
waited_too_long_cb (gpointer data)
{
  g_error ("the window was still busy after a minute");
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @window has finished opening, creating or restoring a scheme in
 * its worker thread, then lets it catch up. */
void
hearth_gui_test_wait_for_window (HearthWindow *window)
{
  guint timeout = g_timeout_add_seconds (60, waited_too_long_cb, NULL);

  while (hearth_window_get_busy (window))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
  hearth_gui_test_settle ();
}

/* A fresh demo scheme named @file_name in a new folder, shown in a new window. */
HearthWindow *
hearth_gui_test_open_demo (const char    *file_name,
                           HearthScheme **scheme)
{
  return hearth_gui_test_open_demo_scaled (file_name, 1, scheme);
}

/* A fresh demo scheme named @file_name in a new folder, with no window: for a dialog on its
 * own. */
HearthScheme *
hearth_gui_test_demo_scheme (const char *file_name)
{
  g_autofree char *dir = g_dir_make_tmp ("hearth-gui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, file_name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  HearthScheme *scheme;

  scheme = hearth_demo_create (file, 1, HEARTH_DEMO_DEFAULT_SEED, NULL, NULL, &error);
  g_assert_no_error (error);
  return scheme;
}

/* The row's title as a screen reader speaks it, without its mnemonic. */
static char *
dup_spoken_title (AdwPreferencesRow *row)
{
  g_auto(GStrv) parts = g_strsplit (adw_preferences_row_get_title (row), "_", -1);

  if (!adw_preferences_row_get_use_underline (row))
    return g_strdup (adw_preferences_row_get_title (row));
  return g_strjoinv ("", parts);
}

/* @widget or its first descendant that is a row titled @title, as a screen reader names it. */
GtkWidget *
hearth_gui_test_find_row (GtkWidget  *widget,
                          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget))
    {
      g_autofree char *spoken = dup_spoken_title (ADW_PREFERENCES_ROW (widget));

      if (g_strcmp0 (spoken, title) == 0)
        return widget;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = hearth_gui_test_find_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* @widget or its first descendant that is a button showing @text, mnemonic aside. */
GtkWidget *
hearth_gui_test_find_button (GtkWidget  *widget,
                             const char *text)
{
  if (GTK_IS_BUTTON (widget))
    {
      GtkWidget *child = gtk_button_get_child (GTK_BUTTON (widget));

      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return widget;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = hearth_gui_test_find_button (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Like hearth_gui_test_open_demo(), with @scale times as many people, carers and trials. */
HearthWindow *
hearth_gui_test_open_demo_scaled (const char    *file_name,
                                  guint          scale,
                                  HearthScheme **scheme)
{
  g_autofree char *dir = g_dir_make_tmp ("hearth-gui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, file_name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  HearthWindow *window;

  *scheme = hearth_demo_create (file, scale, HEARTH_DEMO_DEFAULT_SEED, NULL, NULL, &error);
  g_assert_no_error (error);
  window = g_object_new (HEARTH_TYPE_WINDOW, NULL);
  g_assert_true (hearth_window_set_scheme (window, *scheme));
  gtk_window_present (GTK_WINDOW (window));
  hearth_gui_test_settle ();
  return window;
}

/* @widget or its first descendant named @name, or %NULL. */
GtkWidget *
hearth_gui_test_find (GtkWidget  *widget,
                      const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = hearth_gui_test_find (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Like hearth_gui_test_find(), for a control the test needs: failing when it is missing.
 * A window's title bar is searched too, where dialogs keep their buttons. */
GtkWidget *
hearth_gui_test_field (GtkWidget  *widget,
                       const char *name)
{
  GtkWidget *found = hearth_gui_test_find (widget, name);

  if (found == NULL && GTK_IS_WINDOW (widget) &&
      gtk_window_get_titlebar (GTK_WINDOW (widget)) != NULL)
    found = hearth_gui_test_find (gtk_window_get_titlebar (GTK_WINDOW (widget)), name);
  if (found == NULL)
    g_error ("no control named “%s” in a %s", name, G_OBJECT_TYPE_NAME (widget));
  return found;
}

/* The shown window named @name, if any. */
GtkWidget *
hearth_gui_test_find_window (const char *name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (gtk_widget_get_visible (window) && g_str_equal (gtk_widget_get_name (window), name))
        return window;
    }
  return NULL;
}

void
hearth_gui_test_set_text (GtkWidget  *widget,
                          const char *name,
                          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (hearth_gui_test_field (widget, name)), text);
}

/* Clicks the button named @name, as a pointer would, and lets the window catch up. */
void
hearth_gui_test_click (GtkWidget  *widget,
                       const char *name)
{
  GtkWidget *button = hearth_gui_test_field (widget, name);

  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  hearth_gui_test_settle ();
}
