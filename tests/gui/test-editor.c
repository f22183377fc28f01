/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-editor.c: adding a person through the editor, as a coordinator would: a mistake is
 * refused and kept on screen, the pen portrait is written, Done saves, and a word from the
 * portrait finds them. Then an edit, and an archive. */

#define G_LOG_DOMAIN "test-editor"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "hearth-demo.h"
#include "hearth-gui-test.h"
#include "hearth-records-page.h"
#include "hearth-window.h"

static gint64
count (HearthScheme *scheme,
       GType         type)
{
  g_autoptr(GPtrArray) all = hearth_scheme_load_all (scheme, type, NULL);

  return all->len;
}

/* The dialog on screen now. */
static GtkWindow *
newest_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_mapped (GTK_WIDGET (window)))
        found = window;
    }

  return found;
}

static void
test_add_person (void)
{
  g_autofree char *dir = g_dir_make_tmp ("hearth-gui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Demo.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) portraits = NULL;
  HearthRecordsPage *page;
  HearthRecordEditor *editor;
  HearthListPane *list;
  HearthProfilePane *profile;
  HearthRecord *person;
  HearthWindow *window;
  GtkWindow *dialog;
  gint64 people_before;
  GtkWidget *funding;
  GtkWidget *need;

  scheme = hearth_demo_create (file, 1, HEARTH_DEMO_DEFAULT_SEED, NULL, NULL, &error);
  g_assert_no_error (error);
  people_before = count (scheme, HEARTH_TYPE_PERSON);

  window = g_object_new (HEARTH_TYPE_WINDOW, NULL);
  g_assert_true (hearth_window_set_scheme (window, scheme));
  gtk_window_present (GTK_WINDOW (window));
  hearth_window_show_view (window, "people");
  hearth_gui_test_settle ();

  page = HEARTH_RECORDS_PAGE (hearth_window_get_page (window, "people"));
  list = hearth_records_page_get_list (page);
  profile = hearth_records_page_get_profile (page);

  /* Add a Person opens an empty editor, dated today. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "records.add", NULL));
  hearth_gui_test_settle ();
  editor = hearth_records_page_get_editor (page);
  g_assert_nonnull (editor);
  g_assert_true (hearth_record_editor_is_new (editor));
  g_assert_cmpstr (hearth_record_get_string (hearth_record_editor_get_record (editor),
                                             "referral-date"), ==, "2026-11-22");
  g_assert_false (hearth_record_editor_has_changes (editor));

  hearth_record_editor_set_text (editor, "first-name", "Morwenna");
  hearth_record_editor_set_text (editor, "last-name", "Trelawny");
  hearth_record_editor_set_text (editor, "date-of-birth", "12/03/1990");
  hearth_record_editor_set_text (editor, "postcode", "QX9");
  hearth_record_editor_set_text (editor, "portrait:about-me",
                                 "Morwenna keeps bees on the allotment and sings in a choir.");
  g_assert_true (hearth_record_editor_has_changes (editor));

  /* A choice and a support need, as the rows called by their titles set them. */
  funding = hearth_gui_test_find_row (GTK_WIDGET (editor), "Funding");
  g_assert_nonnull (funding);
  adw_combo_row_set_selected (ADW_COMBO_ROW (funding), 2);
  g_assert_cmpstr (hearth_record_get_string (hearth_record_editor_get_record (editor),
                                             "funding-route"), ==, "chc");
  need = hearth_gui_test_find_row (GTK_WIDGET (editor), "Mental ill health");
  g_assert_nonnull (need);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (
                                                   ADW_ACTION_ROW (need))), TRUE);
  g_assert_cmpstr (hearth_record_get_string (hearth_record_editor_get_record (editor),
                                             "support-needs"), ==, "mental-health");

  /* The postcode is marked as it is typed, and Done is refused with the core's words. */
  g_assert_nonnull (hearth_record_editor_get_problem (editor));
  g_assert_nonnull (strstr (hearth_record_editor_get_problem (editor), "not a UK postcode"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "records.save", NULL));
  hearth_gui_test_settle ();
  g_assert_true (hearth_records_page_get_editor (page) == editor);
  g_assert_cmpint (count (scheme, HEARTH_TYPE_PERSON), ==, people_before);

  /* Put right, Done saves the person and their portrait, and shows the profile. */
  hearth_record_editor_set_text (editor, "postcode", "QX9 1AB");
  g_assert_null (hearth_record_editor_get_problem (editor));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "records.save", NULL));
  hearth_gui_test_settle ();
  g_assert_null (hearth_records_page_get_editor (page));
  g_assert_cmpint (count (scheme, HEARTH_TYPE_PERSON), ==, people_before + 1);
  g_assert_cmpstr (hearth_profile_pane_get_title (profile), ==, "Morwenna Trelawny");
  person = hearth_profile_pane_get_record (profile);
  g_assert_cmpstr (hearth_record_get_string (person, "date-of-birth"), ==, "1990-03-12");
  g_assert_cmpstr (hearth_record_get_string (person, "postcode"), ==, "QX9 1AB");
  g_assert_cmpstr (hearth_record_get_string (person, "funding-route"), ==, "chc");
  g_assert_cmpstr (hearth_record_get_string (person, "support-needs"), ==, "mental-health");
  portraits = hearth_scheme_load_related (scheme, HEARTH_TYPE_PEN_PORTRAIT, "person-id",
                                          hearth_record_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (portraits->len, ==, 1);
  g_assert_cmpstr (hearth_record_get_string (g_ptr_array_index (portraits, 0), "about-me"), ==,
                   "Morwenna keeps bees on the allotment and sings in a choir.");

  /* A word from the portrait finds her. */
  hearth_list_pane_set_search (list, "bees");
  hearth_gui_test_settle ();
  g_assert_cmpuint (hearth_list_pane_get_n_shown (list), ==, 1);
  g_assert_cmpstr (hearth_record_get_string (hearth_list_pane_get_selected (list), "first-name"),
                   ==, "Morwenna");

  /* Editing: unsaved changes are known to the page (the window asks before closing). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "records.edit", NULL));
  hearth_gui_test_settle ();
  editor = hearth_records_page_get_editor (page);
  g_assert_nonnull (editor);
  g_assert_false (hearth_page_has_unsaved_changes (HEARTH_PAGE (page)));
  hearth_record_editor_set_text (editor, "preferred-name", "Wenna");
  g_assert_true (hearth_page_has_unsaved_changes (HEARTH_PAGE (page)));

  /* Opening another scheme now would drop the typing: it is refused, and the editor stays. */
  {
    g_autofree char *other_path = g_build_filename (dir, "Other.hearth", NULL);
    g_autoptr(GFile) other = g_file_new_for_path (other_path);
    g_autoptr(HearthScheme) made = hearth_scheme_create (other, "Other", NULL, &error);

    g_assert_no_error (error);
    hearth_scheme_close (made);
    hearth_window_open_file (window, other);
    hearth_gui_test_settle ();
    g_assert_true (hearth_window_get_scheme (window) == scheme);
    g_assert_true (hearth_records_page_get_editor (page) == editor);
    dialog = newest_dialog ();
    g_assert_nonnull (dialog);
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "close");
    hearth_gui_test_settle ();
  }

  /* Escape with changes asks, rather than throwing the typing away. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "records.cancel", NULL));
  hearth_gui_test_settle ();
  dialog = newest_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  hearth_gui_test_settle ();
  g_assert_true (hearth_records_page_get_editor (page) == editor);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "records.save", NULL));
  hearth_gui_test_settle ();
  g_assert_null (hearth_records_page_get_editor (page));
  g_assert_cmpstr (hearth_profile_pane_get_title (profile), ==, "Wenna Trelawny");

  /* Archiving asks for a reason, and the record leaves the list. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "records.archive", NULL));
  hearth_gui_test_settle ();
  dialog = newest_dialog ();
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog))),
                         "Moved to Cornwall");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "archive");
  hearth_gui_test_settle ();
  g_assert_true (hearth_record_is_archived (hearth_profile_pane_get_record (profile)));
  g_assert_cmpuint (hearth_list_pane_get_n_shown (list), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  hearth_gui_test_settle ();
}

/* Every field of the form is titled as History titles a change of it, and as an exported
 * list heads its column. */
static void
test_field_labels (void)
{
  g_autofree char *dir = g_dir_make_tmp ("hearth-gui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Labels.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthScheme) scheme = hearth_scheme_create (file, "Labels", NULL, &error);
  const struct { GType type; const char *kind; guint n_fields; } kinds[] = {
    { HEARTH_TYPE_PERSON, "person", 33 },
    { HEARTH_TYPE_CARER, "carer", 24 },
  };

  g_assert_no_error (error);
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      HearthRecordEditor *editor = hearth_record_editor_new (scheme, kinds[k].type, NULL);
      g_auto(GStrv) fields = NULL;

      g_object_ref_sink (editor);
      fields = hearth_record_editor_dup_fields (editor);
      g_assert_cmpuint (g_strv_length (fields), ==, kinds[k].n_fields);
      for (guint i = 0; fields[i] != NULL; i++)
        {
          g_autofree char *column = g_strdelimit (g_strdup (fields[i]), "-", '_');
          g_autofree char *history = hearth_history_field_label (kinds[k].kind, column);
          g_autofree char *heading = hearth_export_dup_heading (kinds[k].type, fields[i]);
          const char *title = hearth_record_editor_get_field_title (editor, fields[i]);

          g_assert_cmpstr (title, ==, history);
          if (heading != NULL)
            g_assert_cmpstr (heading, ==, title);
        }

      if (kinds[k].type == HEARTH_TYPE_PERSON)
        {
          g_assert_cmpstr (hearth_record_editor_get_field_title (editor, "referral-date"), ==,
                           "Referred on");
          g_assert_cmpstr (hearth_record_editor_get_field_title (editor, "risk-summary"), ==,
                           "Risk summary");
        }
      else
        g_assert_cmpstr (hearth_record_editor_get_field_title (editor, "household"), ==,
                         "Household members");
      g_object_unref (editor);
    }

  g_clear_object (&scheme);
  g_file_delete (file, NULL, NULL);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  hearth_gui_test_init (&argc, &argv);

  g_test_add_func ("/gui/editor/add-person", test_add_person);
  g_test_add_func ("/gui/editor/field-labels", test_field_labels);

  return g_test_run ();
}
