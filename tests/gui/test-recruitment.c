/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-recruitment.c: the Recruitment view in the window, as a coordinator uses it: a demo
 * carer taken from enquiry to approval with the cards' buttons and the dialogs they open,
 * the checklist refusing "ready for panel" until every item is recorded, and a move back
 * refused without a reason. */

#define G_LOG_DOMAIN "test-recruitment"

#include "config.h"

#include <adwaita.h>

#include "hearth-demo.h"
#include "hearth-gui-test.h"
#include "hearth-recruitment-card-row.h"
#include "hearth-recruitment-page.h"
#include "hearth-window.h"

/* The open message dialog named @name (a question or an error), if any. */
static AdwMessageDialog *
find_dialog (const char *name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (window) &&
          g_str_equal (gtk_widget_get_name (window), name))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static GtkWidget *
field (AdwMessageDialog *dialog,
       const char       *name)
{
  GtkWidget *widget = hearth_gui_test_find (adw_message_dialog_get_extra_child (dialog), name);

  g_assert_nonnull (widget);
  return widget;
}

static void
answer (AdwMessageDialog *dialog,
        const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  hearth_gui_test_settle ();
}

/* Clicks @button on the carer's card in the board, and returns the dialog it opens. */
static AdwMessageDialog *
click_on_card (HearthPage  *page,
               HearthCarer *carer,
               const char  *button)
{
  g_autofree char *row_name = g_strdup_printf ("carer-%" G_GINT64_FORMAT,
                                               hearth_record_get_id (HEARTH_RECORD (carer)));
  GtkWidget *row = hearth_gui_test_find (GTK_WIDGET (page), row_name);
  GtkWidget *widget;
  AdwMessageDialog *dialog;

  g_assert_nonnull (row);
  widget = hearth_gui_test_find (row, button);
  g_assert_nonnull (widget);
  /* A card's row keeps every button, and shows those of the carer's stage. */
  g_assert_true (gtk_widget_get_visible (widget));
  g_assert_true (gtk_widget_get_sensitive (widget));
  g_signal_emit_by_name (widget, "clicked");
  hearth_gui_test_settle ();
  dialog = find_dialog ("recruitment-question");
  g_assert_nonnull (dialog);
  return dialog;
}

static GtkWidget *
find_undo (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Undo") == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_undo (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Clicks the Undo button of the toast shown in the window's overlay. */
static void
press_undo (GtkWidget *window)
{
  GtkWidget *undo = find_undo (window);

  g_assert_nonnull (undo);
  g_assert_true (gtk_widget_is_sensitive (undo));
  g_signal_emit_by_name (undo, "clicked");
  hearth_gui_test_settle ();
}

static const char *
stored_stage (HearthScheme *scheme,
              HearthCarer  *carer)
{
  g_autoptr(HearthRecord) stored = hearth_scheme_load (scheme, HEARTH_TYPE_CARER,
                                                       hearth_record_get_id (HEARTH_RECORD (carer)),
                                                       NULL);

  return g_intern_string (hearth_carer_get_stage (HEARTH_CARER (stored)));
}

static HearthCarer *
demo_enquiry (HearthScheme *scheme)
{
  g_autoptr(GPtrArray) carers = hearth_scheme_load_all (scheme, HEARTH_TYPE_CARER, NULL);

  for (guint i = 0; i < carers->len; i++)
    if (g_str_equal (hearth_carer_get_stage (g_ptr_array_index (carers, i)), "enquiry"))
      return g_object_ref (g_ptr_array_index (carers, i));
  g_assert_not_reached ();
}

static void
move_on (HearthPage   *page,
         HearthScheme *scheme,
         HearthCarer  *carer,
         const char   *expected)
{
  AdwMessageDialog *dialog = click_on_card (page, carer, "move-on");

  gtk_editable_set_text (GTK_EDITABLE (field (dialog, "note")), "Going well");
  answer (dialog, "move");
  g_assert_null (find_dialog ("recruitment-error"));
  g_assert_cmpstr (stored_stage (scheme, carer), ==, expected);
}

static void
record_checks (HearthPage  *page,
               HearthCarer *carer)
{
  /* The dropdown's order: application, reference, DBS, home safety, household agreement,
   * preparation training, assessment report; references twice. */
  static const guint kinds[] = { 0, 1, 1, 2, 3, 4, 5, 6 };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      AdwMessageDialog *dialog = click_on_card (page, carer, "record-check");

      adw_combo_row_set_selected (ADW_COMBO_ROW (field (dialog, "kind")), kinds[i]);
      answer (dialog, "record");
      g_assert_null (find_dialog ("recruitment-error"));
    }
}

static HearthCarer *
demo_ready (HearthScheme *scheme)
{
  g_autoptr(GPtrArray) carers = hearth_scheme_load_all (scheme, HEARTH_TYPE_CARER, NULL);

  for (guint i = 0; i < carers->len; i++)
    if (g_str_equal (hearth_carer_get_stage (g_ptr_array_index (carers, i)), "ready-for-panel"))
      return g_object_ref (g_ptr_array_index (carers, i));
  g_assert_not_reached ();
}

static AdwMessageDialog *
click (GtkWidget  *within,
       const char *name)
{
  GtkWidget *button = hearth_gui_test_find (within, name);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));
  g_signal_emit_by_name (button, "clicked");
  hearth_gui_test_settle ();
  return find_dialog ("recruitment-question");
}

/* A panel scheduled, a ready carer added to it, and its decision: not approved needs the
 * panel's reasons, then declines the carer. */
static void
test_panel_decision (void)
{
  g_autofree char *dir = g_dir_make_tmp ("hearth-gui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Panel.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthCarer) carer = NULL;
  g_autoptr(GPtrArray) panels = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *decline = NULL;
  AdwMessageDialog *dialog;
  HearthWindow *window;
  HearthPage *page;
  guint n_carers;

  scheme = hearth_demo_create (file, 1, HEARTH_DEMO_DEFAULT_SEED, NULL, NULL, &error);
  g_assert_no_error (error);
  carer = demo_ready (scheme);
  decline = g_strdup_printf ("not-approved-%" G_GINT64_FORMAT,
                             hearth_record_get_id (HEARTH_RECORD (carer)));

  window = g_object_new (HEARTH_TYPE_WINDOW, NULL);
  g_assert_true (hearth_window_set_scheme (window, scheme));
  gtk_window_present (GTK_WINDOW (window));
  hearth_window_show_view (window, "recruitment");
  hearth_gui_test_settle ();
  page = hearth_window_get_page (window, "recruitment");

  /* Ctrl+Shift+P's action: today's date is filled in. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "recruitment.schedule-panel",
                                             NULL));
  hearth_gui_test_settle ();
  dialog = find_dialog ("recruitment-question");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (dialog, "on"))), ==,
                   "22 November 2026");
  gtk_editable_set_text (GTK_EDITABLE (field (dialog, "chair")), "Mina Shah");
  answer (dialog, "schedule");
  panels = hearth_scheme_load_all (scheme, HEARTH_TYPE_PANEL, NULL);
  g_assert_cmpuint (panels->len, ==, 1);
  g_assert_cmpstr (hearth_panel_get_chair (g_ptr_array_index (panels, 0)), ==, "Mina Shah");

  /* The carers offered are those in preparation or ready for panel: choose ours. */
  dialog = click (GTK_WIDGET (page), "add-to-panel");
  g_assert_nonnull (dialog);
  {
    AdwComboRow *choice = ADW_COMBO_ROW (field (dialog, "carer"));
    GListModel *names = adw_combo_row_get_model (choice);
    g_autofree char *name = hearth_carer_dup_display_name (carer);

    n_carers = g_list_model_get_n_items (names);
    for (guint i = 0; i < n_carers; i++)
      if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), name))
        adw_combo_row_set_selected (choice, i);
    g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (choice)), ==,
                     name);
  }
  answer (dialog, "add");
  g_assert_null (find_dialog ("recruitment-error"));

  dialog = click (GTK_WIDGET (page), decline);
  g_assert_nonnull (dialog);
  answer (dialog, "record");
  dialog = find_dialog ("recruitment-error");
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "Record the panel’s reasons.");
  answer (dialog, "close");
  g_assert_cmpstr (stored_stage (scheme, carer), ==, "ready-for-panel");

  dialog = click (GTK_WIDGET (page), decline);
  gtk_editable_set_text (GTK_EDITABLE (field (dialog, "reasons")), "References not satisfactory");
  answer (dialog, "record");
  g_assert_null (find_dialog ("recruitment-error"));
  g_assert_cmpstr (stored_stage (scheme, carer), ==, "declined");
  /* Decided: the row says so, and offers no decision any more. */
  {
    GtkWidget *button = hearth_gui_test_find (GTK_WIDGET (page), decline);

    g_assert_true (button == NULL || !gtk_widget_get_visible (button));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  hearth_gui_test_settle ();
  hearth_scheme_close (scheme);
}

static void
test_enquiry_to_approved (void)
{
  static const char *stages[] = { "initial-visit", "application", "assessment", "preparation" };
  g_autofree char *dir = g_dir_make_tmp ("hearth-gui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Demo.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthCarer) carer = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  HearthWindow *window;
  HearthPage *page;

  scheme = hearth_demo_create (file, 1, HEARTH_DEMO_DEFAULT_SEED, NULL, NULL, &error);
  g_assert_no_error (error);
  carer = demo_enquiry (scheme);

  window = g_object_new (HEARTH_TYPE_WINDOW, NULL);
  g_assert_true (hearth_window_set_scheme (window, scheme));
  gtk_window_present (GTK_WINDOW (window));
  hearth_window_show_view (window, "recruitment");
  hearth_gui_test_settle ();
  page = hearth_window_get_page (window, "recruitment");
  g_assert_true (HEARTH_IS_RECRUITMENT_PAGE (page));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));

  /* A move in the future is refused; moving back needs a reason: both refused in the
   * core's words, and nothing changes. */
  dialog = click_on_card (page, carer, "move-on");
  gtk_editable_set_text (GTK_EDITABLE (field (dialog, "on")), "2026-12-01");
  answer (dialog, "move");
  dialog = find_dialog ("recruitment-error");
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "is in the future"));
  answer (dialog, "close");
  g_assert_cmpstr (stored_stage (scheme, carer), ==, "enquiry");
  /* A date that cannot be is refused with the reason, before the core is asked. */
  dialog = click_on_card (page, carer, "move-on");
  gtk_editable_set_text (GTK_EDITABLE (field (dialog, "on")), "31/02/2026");
  answer (dialog, "move");
  dialog = find_dialog ("recruitment-error");
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "There is no 31 February.");
  answer (dialog, "close");
  g_assert_cmpstr (stored_stage (scheme, carer), ==, "enquiry");
  move_on (page, scheme, carer, "initial-visit");
  dialog = click_on_card (page, carer, "move-back");
  answer (dialog, "move");
  dialog = find_dialog ("recruitment-error");
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Say why"));
  answer (dialog, "close");
  g_assert_cmpstr (stored_stage (scheme, carer), ==, "initial-visit");

  /* Back to enquiry (the first choice) with a reason, then undone from the toast's action. */
  dialog = click_on_card (page, carer, "move-back");
  gtk_editable_set_text (GTK_EDITABLE (field (dialog, "reason")), "Family illness");
  answer (dialog, "move");
  g_assert_null (find_dialog ("recruitment-error"));
  g_assert_cmpstr (stored_stage (scheme, carer), ==, "enquiry");
  press_undo (GTK_WIDGET (window));
  g_assert_cmpstr (stored_stage (scheme, carer), ==, "initial-visit");

  for (guint i = 1; i < G_N_ELEMENTS (stages); i++)
    move_on (page, scheme, carer, stages[i]);

  /* Ready for panel with the checklist still missing is refused, naming what is missing. */
  dialog = click_on_card (page, carer, "move-on");
  answer (dialog, "move");
  dialog = find_dialog ("recruitment-error");
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            "Still missing: the application"));
  answer (dialog, "close");
  g_assert_cmpstr (stored_stage (scheme, carer), ==, "preparation");

  record_checks (page, carer);
  move_on (page, scheme, carer, "ready-for-panel");

  /* The panel's approval: long-term, two places. */
  dialog = click_on_card (page, carer, "move-on");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (field (dialog, "long-term")), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (field (dialog, "places")), 2);
  answer (dialog, "approve");
  g_assert_null (find_dialog ("recruitment-error"));
  g_assert_cmpstr (stored_stage (scheme, carer), ==, "approved");

  {
    g_autoptr(HearthRecord) stored = hearth_scheme_load (scheme, HEARTH_TYPE_CARER,
                                                         hearth_record_get_id (HEARTH_RECORD (carer)),
                                                         NULL);
    g_autoptr(GPtrArray) history = hearth_scheme_load_related (scheme, HEARTH_TYPE_STAGE_CHANGE,
                                                               "carer-id",
                                                               hearth_record_get_id (stored), NULL);

    g_assert_cmpint (hearth_carer_get_approved_places (HEARTH_CARER (stored)), ==, 2);
    g_assert_true (hearth_carer_get_approved_long_term (HEARTH_CARER (stored)));
    g_assert_cmpstr (hearth_carer_get_next_approval_review (HEARTH_CARER (stored)), ==,
                     "2027-11-22");
    /* Every move is in the stage history, by the window's user, with its note. */
    g_assert_cmpstr (hearth_stage_change_get_to_stage (g_ptr_array_index (history, history->len - 1)),
                     ==, "approved");
    g_assert_cmpstr (hearth_stage_change_get_note (g_ptr_array_index (history, history->len - 2)),
                     ==, "Going well");
  }

  /* The approved carer's card stays on the board, with no way to move on: a card's row
   * keeps its buttons and shows only those of the carer's stage. */
  {
    g_autofree char *row_name = g_strdup_printf ("carer-%" G_GINT64_FORMAT,
                                                 hearth_record_get_id (HEARTH_RECORD (carer)));
    GtkWidget *row = hearth_gui_test_find (GTK_WIDGET (page), row_name);
    GtkWidget *move_on;

    g_assert_nonnull (row);
    move_on = hearth_gui_test_find (row, "move-on");
    g_assert_true (move_on == NULL || !gtk_widget_get_visible (move_on));
    g_assert_true (gtk_widget_get_visible (hearth_gui_test_find (row, "review")));
  }

  /* Stage targets are set from the view and kept in the scheme. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "recruitment.targets", NULL));
  hearth_gui_test_settle ();
  dialog = find_dialog ("recruitment-question");
  g_assert_nonnull (dialog);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (field (dialog, "assessment")), 60);
  answer (dialog, "save");
  g_assert_cmpint (hearth_scheme_get_stage_target (scheme, "assessment", NULL), ==, 60);
  g_assert_cmpint (hearth_scheme_get_stage_target (scheme, "enquiry", NULL), ==, 7);

  gtk_window_destroy (GTK_WINDOW (window));
  hearth_gui_test_settle ();
  hearth_scheme_close (scheme);
}

/* The label below @widget whose text starts with @prefix: a column's heading, as read. */
static GtkWidget *
find_heading (GtkWidget  *widget,
              const char *prefix)
{
  if (GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_heading (child, prefix);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_list_view (GtkWidget *widget)
{
  if (GTK_IS_LIST_VIEW (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_list_view (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The column of the board headed "@stage (N)": its heading and its list of cards. */
static GtkWidget *
column_heading (HearthPage *page,
                const char *stage)
{
  g_autofree char *prefix = g_strdup_printf ("%s (", stage);
  GtkWidget *heading = find_heading (GTK_WIDGET (page), prefix);

  g_assert_nonnull (heading);
  return heading;
}

static GtkWidget *
column_list (HearthPage *page,
             const char *stage)
{
  GtkWidget *list = find_list_view (gtk_widget_get_parent (column_heading (page, stage)));

  g_assert_nonnull (list);
  return list;
}

/* The cards a column has built, by the carer's name as a screen reader hears it. */
static GHashTable *
built_cards (GtkWidget *list)
{
  GHashTable *cards = g_hash_table_new (g_str_hash, g_str_equal);

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *card = gtk_widget_get_first_child (row);
      HearthRecruitmentCard *item;

      if (!HEARTH_IS_RECRUITMENT_CARD_ROW (card) ||
          !(item = hearth_recruitment_card_row_get_item (HEARTH_RECRUITMENT_CARD_ROW (card))))
        continue;
      g_hash_table_insert (cards, (gpointer) hearth_recruitment_card_get_name (item), card);
    }
  return cards;
}

/* A carer moved on by the core's workflow while the board is shown (as hearth-cli or another
 * window would): their card leaves Enquiry for Initial visit, both headings count again, and
 * every other card on the board is the same row as before, not built again. */
static void
test_card_follows_a_move (void)
{
  g_autoptr(HearthScheme) scheme = NULL;
  HearthWindow *window = hearth_gui_test_open_demo ("Board.hearth", &scheme);
  g_autoptr(HearthCarer) carer = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) enquiries = NULL;
  g_autoptr(GHashTable) visits = NULL;
  g_autoptr(GHashTable) others = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        g_object_unref);
  g_autoptr(GHashTable) after = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *name = NULL;
  g_autofree char *enquiry_after = NULL;
  g_autofree char *visit_after = NULL;
  HearthPage *page;
  GHashTableIter iter;
  gpointer key, value;
  guint n_enquiries, n_visits;

  hearth_window_show_view (window, "recruitment");
  hearth_gui_test_settle ();
  page = hearth_window_get_page (window, "recruitment");
  carer = demo_enquiry (scheme);
  name = hearth_carer_dup_display_name (carer);

  enquiries = built_cards (column_list (page, "Enquiry"));
  visits = built_cards (column_list (page, "Initial visit"));
  n_enquiries = g_hash_table_size (enquiries);
  n_visits = g_hash_table_size (visits);
  g_assert_cmpuint (n_enquiries, >, 1);
  g_assert_nonnull (g_hash_table_lookup (enquiries, name));
  g_assert_null (g_hash_table_lookup (visits, name));
  {
    g_autofree char *expected = g_strdup_printf ("Enquiry (%u)", n_enquiries);

    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (column_heading (page, "Enquiry"))), ==,
                     expected);
  }
  for (GtkWidget *heading = gtk_widget_get_parent (column_heading (page, "Enquiry"));
       heading != NULL; heading = gtk_widget_get_next_sibling (heading))
    {
      g_autoptr(GHashTable) cards = built_cards (find_list_view (heading));

      g_hash_table_iter_init (&iter, cards);
      while (g_hash_table_iter_next (&iter, &key, &value))
        if (!g_str_equal (key, name))
          g_hash_table_insert (others, g_strdup (key), g_object_ref (value));
    }
  g_assert_cmpuint (g_hash_table_size (others), >, 5);

  g_assert_true (hearth_scheme_move_carer (scheme, carer, "initial-visit", NULL, NULL, &error));
  g_assert_no_error (error);
  hearth_gui_test_settle ();

  enquiry_after = g_strdup_printf ("Enquiry (%u)", n_enquiries - 1);
  visit_after = g_strdup_printf ("Initial visit (%u)", n_visits + 1);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (column_heading (page, "Enquiry"))), ==,
                   enquiry_after);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (column_heading (page, "Initial visit"))), ==,
                   visit_after);
  g_clear_pointer (&enquiries, g_hash_table_unref);
  g_clear_pointer (&visits, g_hash_table_unref);
  enquiries = built_cards (column_list (page, "Enquiry"));
  visits = built_cards (column_list (page, "Initial visit"));
  g_assert_null (g_hash_table_lookup (enquiries, name));
  g_assert_nonnull (g_hash_table_lookup (visits, name));

  /* Every other card is still on the board, the same row. */
  for (GtkWidget *column = gtk_widget_get_parent (column_heading (page, "Enquiry"));
       column != NULL; column = gtk_widget_get_next_sibling (column))
    {
      g_autoptr(GHashTable) cards = built_cards (find_list_view (column));

      g_hash_table_iter_init (&iter, cards);
      while (g_hash_table_iter_next (&iter, &key, &value))
        g_hash_table_insert (after, key, value);
    }
  g_hash_table_iter_init (&iter, others);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (g_hash_table_lookup (after, key) != value)
        g_test_message ("the card of %s was built again", (char *) key);
      g_assert_true (g_hash_table_lookup (after, key) == value);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  hearth_gui_test_settle ();
  hearth_scheme_close (scheme);
}

int
main (int   argc,
      char *argv[])
{
  hearth_gui_test_init (&argc, &argv);

  g_test_add_func ("/gui/recruitment/enquiry-to-approved", test_enquiry_to_approved);
  g_test_add_func ("/gui/recruitment/panel-decision", test_panel_decision);
  g_test_add_func ("/gui/recruitment/card-follows-a-move", test_card_follows_a_move);

  return g_test_run ();
}
