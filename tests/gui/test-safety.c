/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-safety.c: the window's side of keeping a scheme safe: a scheme someone else has open
 * is shown read-only with who has it, and can be taken over only after a warning. */

#define G_LOG_DOMAIN "test-gui-safety"

#include "config.h"

#include <adwaita.h>

#include "hearth-gui-test.h"
#include "hearth-retention-window.h"
#include "hearth-settings-window.h"
#include "hearth-window.h"

/* The newest message dialog, if any. */
static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i - 1);

      if (ADW_IS_MESSAGE_DIALOG (toplevel))
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

static void
test_take_over (void)
{
  g_autofree char *dir = g_dir_make_tmp ("hearth-gui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Locked.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HearthScheme) holder = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  HearthWindow *window;
  HearthScheme *shown;

  /* Someone else (here, another scheme object in this process) has it open. */
  holder = hearth_scheme_create (file, "Locked", NULL, &error);
  g_assert_no_error (error);

  window = g_object_new (HEARTH_TYPE_WINDOW, NULL);
  gtk_window_present (GTK_WINDOW (window));
  hearth_window_open_file (window, file);
  hearth_gui_test_wait_for_window (window);
  shown = hearth_window_get_scheme (window);
  g_assert_nonnull (shown);
  g_assert_true (hearth_scheme_get_read_only (shown));
  g_assert_nonnull (hearth_scheme_get_other_writer (shown));

  /* Cancelling the warning changes nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.take-over", NULL));
  hearth_gui_test_settle ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Take Over This Scheme?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), hearth_scheme_get_other_writer (shown)));
  adw_message_dialog_response (dialog, "cancel");
  hearth_gui_test_settle ();
  g_assert_true (hearth_scheme_get_read_only (hearth_window_get_scheme (window)));

  /* Taking over makes it writable here, and the views are made again for it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.take-over", NULL));
  hearth_gui_test_settle ();
  dialog = find_dialog ();
  adw_message_dialog_response (dialog, "take-over");
  hearth_gui_test_settle ();
  g_assert_false (hearth_scheme_get_read_only (hearth_window_get_scheme (window)));
  g_assert_nonnull (hearth_window_get_page (window, "people"));

  gtk_window_destroy (GTK_WINDOW (window));
  hearth_gui_test_settle ();
}

/* One window per scheme: asking for an open scheme again shows its window, and the demo is
 * never remade under a window that has it open. */
static void
test_one_window_per_scheme (void)
{
  g_autoptr(HearthApplication) app = hearth_application_new ();
  g_autoptr(GFile) demo = hearth_application_dup_demo_file ();
  g_autoptr(GError) error = NULL;
  HearthWindow *first;
  HearthWindow *second;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  first = hearth_window_new (app);
  hearth_window_open_demo (first);
  hearth_gui_test_wait_for_window (first);
  g_assert_nonnull (hearth_window_get_scheme (first));
  g_assert_true (g_file_equal (hearth_scheme_get_file (hearth_window_get_scheme (first)), demo));

  second = hearth_window_new (app);
  hearth_window_open_demo (second);
  hearth_gui_test_wait_for_window (second);
  g_assert_null (hearth_window_get_scheme (second));
  g_assert_false (hearth_scheme_get_read_only (hearth_window_get_scheme (first)));
  g_assert_true (hearth_window_find_for_file (second, demo) == first);

  /* Asked again in its own window, the demo starts afresh, still writable. */
  hearth_window_open_demo (first);
  hearth_gui_test_wait_for_window (first);
  g_assert_nonnull (hearth_window_get_scheme (first));
  g_assert_false (hearth_scheme_get_read_only (hearth_window_get_scheme (first)));
  g_assert_true (g_file_query_exists (demo, NULL));

  gtk_window_destroy (GTK_WINDOW (second));
  gtk_window_destroy (GTK_WINDOW (first));
  hearth_gui_test_settle ();
}

static GtkWidget *
first_box (GtkWidget *widget)
{
  if (GTK_IS_BOX (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = first_box (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A button in @window bound to @action: it is sensitive exactly when the action is enabled. */
static GtkWidget *
probe (HearthWindow *window,
       const char   *action)
{
  GtkWidget *button = gtk_button_new_with_label (action);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (g_str_equal (action, "win.show-view"))
    gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", "people");
  gtk_box_append (GTK_BOX (first_box (GTK_WIDGET (window))), button);
  return button;
}

/* The window's actions follow its state: nothing open, a scheme read-only here, then taken
 * over. */
static void
test_actions_follow_state (void)
{
  g_autofree char *dir = g_dir_make_tmp ("hearth-gui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Actions.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HearthScheme) holder = NULL;
  g_autoptr(GError) error = NULL;
  HearthWindow *window;
  GtkWidget *settings, *search, *show, *take_over;

  holder = hearth_scheme_create (file, "Actions", NULL, &error);
  g_assert_no_error (error);
  window = g_object_new (HEARTH_TYPE_WINDOW, NULL);
  gtk_window_present (GTK_WINDOW (window));
  settings = probe (window, "win.settings");
  search = probe (window, "win.search");
  show = probe (window, "win.show-view");
  take_over = probe (window, "win.take-over");
  hearth_gui_test_settle ();
  g_assert_false (gtk_widget_is_sensitive (settings));
  g_assert_false (gtk_widget_is_sensitive (search));
  g_assert_false (gtk_widget_is_sensitive (show));
  g_assert_false (gtk_widget_is_sensitive (take_over));

  /* Someone else has it open: it shows here read-only, and can be taken over. */
  hearth_window_open_file (window, file);
  hearth_gui_test_wait_for_window (window);
  g_assert_true (hearth_scheme_get_read_only (hearth_window_get_scheme (window)));
  g_assert_true (gtk_widget_is_sensitive (settings));
  g_assert_true (gtk_widget_is_sensitive (search));
  g_assert_true (gtk_widget_is_sensitive (show));
  g_assert_true (gtk_widget_is_sensitive (take_over));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.take-over", NULL));
  hearth_gui_test_settle ();
  adw_message_dialog_response (find_dialog (), "take-over");
  hearth_gui_test_settle ();
  g_assert_false (hearth_scheme_get_read_only (hearth_window_get_scheme (window)));
  g_assert_false (gtk_widget_is_sensitive (take_over));
  g_assert_true (gtk_widget_is_sensitive (settings));

  gtk_window_destroy (GTK_WINDOW (window));
  hearth_gui_test_settle ();
}

/* Past the retention period, a record is erased only once its full name is typed. */
static void
test_erase_after_retention (void)
{
  g_autofree char *dir = g_dir_make_tmp ("hearth-gui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Retention.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthPerson) person = hearth_person_new ();
  g_autoptr(GError) error = NULL;
  HearthRetentionWindow *retention;
  AdwMessageDialog *dialog;
  GtkEditable *entry;

  scheme = hearth_scheme_create (file, "Retention", NULL, &error);
  g_assert_no_error (error);
  hearth_date_set_today ("2015-06-01");
  g_object_set (person, "first-name", "Olive", "last-name", "Oldfield",
                "date-of-birth", "1950-01-01", "referral-date", "2015-01-01", NULL);
  g_assert_true (hearth_scheme_add_person (scheme, person, &error));
  g_assert_true (hearth_scheme_archive (scheme, HEARTH_RECORD (person), "Moved away", &error));
  g_assert_no_error (error);
  hearth_date_set_today ("2026-11-22");

  retention = hearth_retention_window_new (NULL, scheme);
  gtk_window_present (GTK_WINDOW (retention));
  hearth_gui_test_settle ();
  g_assert_cmpuint (hearth_retention_window_get_n_shown (retention), ==, 1);
  /* The row's Erase button asks, as the window's action for its place in the list. */
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (
                     hearth_gui_test_find_button (GTK_WIDGET (retention), "Erase…"))), ==,
                   "retention.erase");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (retention), "retention.erase", "u", 0));
  hearth_gui_test_settle ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Erase Olive Oldfield?");
  gtk_window_destroy (GTK_WINDOW (dialog));
  hearth_gui_test_settle ();

  dialog = hearth_retention_window_ask_erase (retention, 0);
  entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "erase"));
  gtk_editable_set_text (entry, "Olive");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "erase"));
  gtk_editable_set_text (entry, "Olive Oldfield");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "erase"));
  adw_message_dialog_response (dialog, "erase");
  hearth_gui_test_settle ();

  g_assert_cmpuint (hearth_retention_window_get_n_shown (retention), ==, 0);
  g_assert_null (hearth_scheme_load (scheme, HEARTH_TYPE_PERSON,
                                     hearth_record_get_id (HEARTH_RECORD (person)), NULL));

  gtk_window_destroy (GTK_WINDOW (retention));
  hearth_gui_test_settle ();
}

/* Settings are saved together when the window closes; a refused value keeps it open, as typed. */
static void
test_settings (void)
{
  g_autofree char *dir = g_dir_make_tmp ("hearth-gui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Settings.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GError) error = NULL;
  HearthSettingsWindow *settings;
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *postcode;
  GtkWidget *keep;
  guint before;

  scheme = hearth_scheme_create (file, "Settings", NULL, &error);
  g_assert_no_error (error);

  settings = hearth_settings_window_new (NULL, scheme);
  gtk_window_present (GTK_WINDOW (settings));
  hearth_gui_test_settle ();
  /* Each row changes its own field of the copy. */
  postcode = hearth_gui_test_find_row (GTK_WIDGET (settings), "Postcode");
  keep = hearth_gui_test_find_row (GTK_WIDGET (settings), "Keep records");
  g_assert_nonnull (postcode);
  g_assert_nonnull (keep);
  gtk_editable_set_text (GTK_EDITABLE (postcode), "LS6 2AB");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (adw_action_row_get_activatable_widget (
                                                ADW_ACTION_ROW (keep))), 11);
  g_assert_cmpstr (hearth_record_get_string (HEARTH_RECORD (hearth_settings_window_get_edited (
                                               settings)), "postcode"), ==, "LS6 2AB");
  g_assert_cmpint (hearth_scheme_details_get_retention_years (
                     hearth_settings_window_get_edited (settings)), ==, 11);
  g_assert_cmpint (hearth_scheme_details_get_dbs_renewal_years (
                     hearth_settings_window_get_edited (settings)), ==, 3);
  g_object_set (hearth_settings_window_get_edited (settings), "retention-years", (gint64) 12, NULL);
  hearth_record_set_string (HEARTH_RECORD (hearth_settings_window_get_edited (settings)), "name", " ");
  before = g_list_model_get_n_items (toplevels);
  gtk_window_close (GTK_WINDOW (settings));
  hearth_gui_test_settle ();

  /* A scheme needs a name: the window stays, says why, and nothing was saved. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (settings)));
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, before + 1);
  g_assert_cmpint (hearth_scheme_details_get_retention_years (hearth_scheme_get_details (scheme)), ==, 8);
  gtk_window_destroy (GTK_WINDOW (find_dialog ()));

  hearth_record_set_string (HEARTH_RECORD (hearth_settings_window_get_edited (settings)), "name",
                            "Settings Renamed");
  gtk_window_close (GTK_WINDOW (settings));
  hearth_gui_test_settle ();
  g_assert_cmpint (hearth_scheme_details_get_retention_years (hearth_scheme_get_details (scheme)), ==, 12);
  g_assert_cmpstr (hearth_scheme_get_name (scheme), ==, "Settings Renamed");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data = g_dir_make_tmp ("hearth-gui-data-XXXXXX", NULL);

  /* The demo goes to the user's data folder: a fresh one, before GLib reads it. */
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  hearth_date_set_today ("2026-11-22");

  g_test_add_func ("/gui/safety/take-over", test_take_over);
  g_test_add_func ("/gui/safety/one-window-per-scheme", test_one_window_per_scheme);
  g_test_add_func ("/gui/safety/erase-after-retention", test_erase_after_retention);
  g_test_add_func ("/gui/safety/settings", test_settings);
  g_test_add_func ("/gui/safety/actions-follow-state", test_actions_follow_state);

  return g_test_run ();
}
