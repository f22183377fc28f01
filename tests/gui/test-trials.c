/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-trials.c: the Trials view in the window, as a coordinator uses it: a demo trial
 * taken through every stage to the decision with the cards' buttons and the dialogs they
 * open, two yeses making it agreed; a no closing another and sending the person back to
 * matching; refusals shown inside the dialog with everything typed kept. */

#define G_LOG_DOMAIN "test-trials"

#include "config.h"

#include <adwaita.h>

#include "hearth-demo.h"
#include "hearth-gui-test.h"
#include "hearth-trial-card.h"
#include "hearth-trial-dialogs.h"
#include "hearth-trials-page.h"
#include "hearth-window.h"

/* The open question window, if any. */
static GtkWidget *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (gtk_widget_get_visible (window) &&
          g_str_equal (gtk_widget_get_name (window), "trials-question"))
        return window;
    }
  return NULL;
}

static GtkWidget *
field (GtkWidget  *dialog,
       const char *name)
{
  GtkWidget *widget = hearth_gui_test_find (gtk_window_get_child (GTK_WINDOW (dialog)), name);

  g_assert_nonnull (widget);
  return widget;
}

static void
set_text (GtkWidget  *dialog,
          const char *name,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (field (dialog, name)), text);
}

static const char *
text_of (GtkWidget  *dialog,
         const char *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (field (dialog, name)));
}

/* Presses the dialog's answer; returns the refusal shown in it, or %NULL once it closed. */
static const char *
confirm (GtkWidget *dialog)
{
  GtkWidget *titlebar = gtk_window_get_titlebar (GTK_WINDOW (dialog));
  GtkWidget *button = hearth_gui_test_find (titlebar, "confirm");
  GtkWidget *error;

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  hearth_gui_test_settle ();
  if (find_dialog () != dialog)
    return NULL;
  error = field (dialog, "error");
  g_assert_true (gtk_widget_get_visible (error));
  return gtk_label_get_label (GTK_LABEL (error));
}

static GtkWidget *
card_of (HearthPage *page,
         gint64      trial_id)
{
  g_autofree char *name = g_strdup_printf ("trial-%" G_GINT64_FORMAT, trial_id);

  return hearth_gui_test_find (GTK_WIDGET (page), name);
}

/* The row of the list that holds the card: what takes the keyboard and is activated. */
static GtkWidget *
row_of (HearthPage *page,
        gint64      trial_id)
{
  GtkWidget *card = card_of (page, trial_id);

  g_assert_nonnull (card);
  return gtk_widget_get_parent (card);
}

/* The button named @name on the trial's card, if the card shows it. */
static GtkWidget *
shown_button (HearthPage *page,
              gint64      trial_id,
              const char *name)
{
  GtkWidget *button = hearth_gui_test_find (card_of (page, trial_id), name);

  return button != NULL && gtk_widget_get_visible (button) ? button : NULL;
}

/* Clicks @button on the trial's card in the board, and returns the dialog it opens. */
static GtkWidget *
click_on_card (HearthPage *page,
               gint64      trial_id,
               const char *button)
{
  GtkWidget *card = card_of (page, trial_id);
  GtkWidget *widget;
  GtkWidget *dialog;

  g_assert_nonnull (card);
  widget = hearth_gui_test_find (card, button);
  g_assert_nonnull (widget);
  g_signal_emit_by_name (widget, "clicked");
  hearth_gui_test_settle ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  return dialog;
}

static gint64
selected_id (HearthPage *page)
{
  HearthTrial *trial = hearth_trials_page_get_selected (HEARTH_TRIALS_PAGE (page));

  g_assert_nonnull (trial);
  return hearth_record_get_id (HEARTH_RECORD (trial));
}

static HearthTrial *
stored (HearthScheme *scheme,
        gint64        id)
{
  HearthRecord *record = hearth_scheme_load (scheme, HEARTH_TYPE_TRIAL, id, NULL);

  g_assert_nonnull (record);
  return HEARTH_TRIAL (record);
}

/* The open demo trials at @stage. */
static GPtrArray *
open_trials_at (HearthScheme *scheme,
                const char   *stage)
{
  g_autoptr(GPtrArray) trials = hearth_scheme_load_all (scheme, HEARTH_TYPE_TRIAL, NULL);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < trials->len; i++)
    {
      HearthTrial *trial = g_ptr_array_index (trials, i);

      if (g_str_equal (hearth_trial_get_outcome (trial), "open") &&
          g_str_equal (hearth_trial_get_stage (trial), stage))
        g_ptr_array_add (found, g_object_ref (trial));
    }
  return found;
}

static HearthScheme *
open_demo (const char    *name,
           HearthWindow **window,
           HearthPage   **page)
{
  g_autofree char *dir = g_dir_make_tmp ("hearth-gui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  HearthScheme *scheme;

  scheme = hearth_demo_create (file, 1, HEARTH_DEMO_DEFAULT_SEED, NULL, NULL, &error);
  g_assert_no_error (error);

  *window = g_object_new (HEARTH_TYPE_WINDOW, NULL);
  g_assert_true (hearth_window_set_scheme (*window, scheme));
  gtk_window_present (GTK_WINDOW (*window));
  hearth_window_show_view (*window, "trials");
  hearth_gui_test_settle ();
  *page = hearth_window_get_page (*window, "trials");
  g_assert_true (HEARTH_IS_TRIALS_PAGE (*page));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (*page)));
  return scheme;
}

static void
close_demo (HearthWindow *window,
            HearthScheme *scheme)
{
  gtk_window_destroy (GTK_WINDOW (window));
  hearth_gui_test_settle ();
  hearth_scheme_close (scheme);
  g_object_unref (scheme);
}

/* Moves the trial on to the next stage with the Move On dialog, as the card offers it. */
static void
move_on (HearthPage   *page,
         HearthScheme *scheme,
         gint64        id,
         const char   *expected)
{
  GtkWidget *dialog = click_on_card (page, id, "move-on");
  g_autoptr(HearthTrial) trial = NULL;

  /* The first stage offered is the next one. */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (field (dialog, "stage"))), ==, 0);
  /* Dates are shown as they are written everywhere else. */
  g_assert_cmpstr (text_of (dialog, "on"), ==, "22 November 2026");
  set_text (dialog, "notes", "Going well");
  if (g_str_equal (expected, "trial-period"))
    {
      g_assert_true (gtk_widget_get_visible (field (dialog, "trial-start")));
      set_text (dialog, "trial-start", "22/11/2026");
      /* An end before the start is refused in the dialog, and nothing typed is lost. */
      set_text (dialog, "trial-planned-end", "01/11/2026");
      g_assert_nonnull (strstr (confirm (dialog), "planned end must come after its start"));
      g_assert_cmpstr (text_of (dialog, "notes"), ==, "Going well");
      set_text (dialog, "trial-planned-end", "03/01/2027");
    }
  else
    g_assert_false (gtk_widget_get_visible (field (dialog, "trial-start")));
  g_assert_null (confirm (dialog));

  trial = stored (scheme, id);
  g_assert_cmpstr (hearth_trial_get_stage (trial), ==, expected);
  g_assert_cmpstr (hearth_trial_get_stage_since (trial), ==, "2026-11-22");
  if (g_str_equal (expected, "trial-period"))
    {
      g_assert_cmpstr (hearth_trial_get_trial_start (trial), ==, "2026-11-22");
      g_assert_cmpstr (hearth_trial_get_trial_planned_end (trial), ==, "2027-01-03");
    }
  /* The card moved to its new column. */
  g_assert_true (gtk_widget_is_ancestor (card_of (page, id),
                                         hearth_gui_test_find (GTK_WIDGET (page), expected)));
}

/* Records one side's choice with the Record Choice dialog: side 0 is the first not yet
 * recorded, answer 0 is yes. */
static void
record_choice (HearthPage *page,
               gint64      id,
               guint       answer,
               const char *words)
{
  GtkWidget *dialog = click_on_card (page, id, "record-choice");

  adw_combo_row_set_selected (ADW_COMBO_ROW (field (dialog, "side")), 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (dialog, "answer")), answer);
  set_text (dialog, "words", words);
  g_assert_null (confirm (dialog));
}

static void
test_to_agreed (void)
{
  static const char *stages[] = {
    "portraits-shared", "first-meeting", "further-visits", "overnight-stay", "trial-period",
    "decision",
  };
  HearthWindow *window;
  HearthPage *page;
  HearthScheme *scheme = open_demo ("Agreed.hearth", &window, &page);
  g_autoptr(GPtrArray) proposed = open_trials_at (scheme, "proposed");
  g_autoptr(HearthTrial) trial = NULL;
  GtkWidget *dialog;
  gint64 id;

  g_assert_cmpuint (proposed->len, >, 0);
  id = hearth_record_get_id (g_ptr_array_index (proposed, 0));
  g_assert_true (gtk_widget_is_ancestor (card_of (page, id),
                                         hearth_gui_test_find (GTK_WIDGET (page), "proposed")));

  /* A move dated in the future is refused in the core's words; the dialog stays open with
   * the notes still typed, and the trial does not move. */
  dialog = click_on_card (page, id, "move-on");
  set_text (dialog, "notes", "Met at the day centre");
  set_text (dialog, "on", "01/12/2026");
  g_assert_nonnull (strstr (confirm (dialog), "is in the future"));
  g_assert_cmpstr (text_of (dialog, "notes"), ==, "Met at the day centre");
  g_assert_cmpstr (hearth_trial_get_stage (trial = stored (scheme, id)), ==, "proposed");
  g_clear_object (&trial);
  hearth_gui_test_click (dialog, "cancel");
  g_assert_null (find_dialog ());

  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    move_on (page, scheme, id, stages[i]);

  /* At the decision there is no moving on, only the two choices. */
  g_assert_null (shown_button (page, id, "move-on"));
  record_choice (page, id, 0, "I like it there, and the dog.");
  trial = stored (scheme, id);
  g_assert_cmpstr (hearth_trial_get_person_decision (trial), ==, "yes");
  g_assert_null (hearth_trial_get_carer_decision (trial));
  g_assert_cmpstr (hearth_trial_get_outcome (trial), ==, "open");
  g_clear_object (&trial);

  /* The person's choice is recorded, so the carer is the only side left to ask. */
  record_choice (page, id, 0, "We would love to.");
  trial = stored (scheme, id);
  g_assert_cmpstr (hearth_trial_get_outcome (trial), ==, "agreed");
  g_assert_cmpstr (hearth_trial_get_person_decision (trial), ==, "yes");
  g_assert_cmpstr (hearth_trial_get_person_words (trial), ==, "I like it there, and the dog.");
  g_assert_cmpstr (hearth_trial_get_carer_decision (trial), ==, "yes");
  g_assert_cmpstr (hearth_trial_get_carer_words (trial), ==, "We would love to.");
  g_assert_cmpstr (hearth_trial_get_closed_on (trial), ==, "2026-11-22");

  /* Agreed, it waits on the board for its arrangement, and opening it selects it. */
  g_assert_nonnull (shown_button (page, id, "start-arrangement"));
  g_assert_null (shown_button (page, id, "record-choice"));
  {
    g_autofree char *reference = g_strdup_printf ("trial:%" G_GINT64_FORMAT, id);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-record", "s",
                                               reference));
    hearth_gui_test_settle ();
  }
  g_assert_nonnull (hearth_trials_page_get_selected (HEARTH_TRIALS_PAGE (page)));
  g_assert_cmpint (selected_id (page), ==, id);
  g_assert_true (gtk_widget_has_focus (row_of (page, id)));
  {
    /* The board scrolled to the Decision column, the last. Each column scrolls on its own:
     * the board's scroller is the one around them all. */
    GtkWidget *scroller = gtk_widget_get_ancestor (hearth_gui_test_find (GTK_WIDGET (page),
                                                                         "board"),
                                                   GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller));

    g_assert_cmpfloat (gtk_adjustment_get_value (h), >, 0);
  }

  /* Start Arrangement opens the arrangement dialog for this trial, over the window. */
  g_signal_emit_by_name (hearth_gui_test_find (card_of (page, id), "start-arrangement"), "clicked");
  hearth_gui_test_settle ();
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    GtkWindow *started = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) other = g_list_model_get_item (toplevels, i);

        if (gtk_widget_get_visible (GTK_WIDGET (other)) &&
            gtk_window_get_transient_for (other) == GTK_WINDOW (window))
          started = other;
      }
    g_assert_nonnull (started);
    g_assert_cmpstr (G_OBJECT_TYPE_NAME (started), ==, "HearthArrangementDialog");
    gtk_window_destroy (started);
    hearth_gui_test_settle ();
  }

  close_demo (window, scheme);
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_label (GTK_LABEL (widget)), text))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;
  return FALSE;
}

/* A trial left in one stage past the scheme's stall days says so on its card. */
static void
test_stalled (void)
{
  HearthWindow *window;
  HearthPage *page;
  HearthScheme *scheme = open_demo ("Stalled.hearth", &window, &page);
  g_autoptr(GPtrArray) proposed = open_trials_at (scheme, "proposed");
  HearthTrial *trial;
  g_autofree char *stalled = NULL;
  int days;

  g_assert_cmpint (hearth_scheme_details_get_trial_stall_days (hearth_scheme_get_details (scheme)),
                   ==, 21);
  g_assert_cmpuint (proposed->len, >, 0);
  trial = g_ptr_array_index (proposed, 0);
  days = hearth_date_days_between (hearth_trial_get_stage_since (trial), "2026-11-22");
  g_assert_cmpint (days, <=, 21);
  g_assert_false (has_label (card_of (page, hearth_record_get_id (HEARTH_RECORD (trial))),
                             "Stalled: 22 days without a move"));

  /* Three weeks on, it has stalled. */
  hearth_date_set_today ("2026-12-13");
  hearth_trials_page_refresh (HEARTH_TRIALS_PAGE (page));
  stalled = g_strdup_printf ("Stalled: %d days without a move", days + 21);
  g_assert_true (has_label (card_of (page, hearth_record_get_id (HEARTH_RECORD (trial))), stalled));
  hearth_date_set_today ("2026-11-22");

  /* Enter on the card (its row activated) opens its actions, acting on it. */
  {
    GtkWidget *card = card_of (page, hearth_record_get_id (HEARTH_RECORD (trial)));
    GtkWidget *actions = hearth_gui_test_find (card, "actions");
    GtkPopover *menu = gtk_menu_button_get_popover (GTK_MENU_BUTTON (actions));

    /* The menu is built as it is first opened. */
    g_assert_true (menu == NULL || !gtk_widget_get_visible (GTK_WIDGET (menu)));
    gtk_widget_activate (gtk_widget_get_parent (card));
    hearth_gui_test_settle ();
    menu = gtk_menu_button_get_popover (GTK_MENU_BUTTON (actions));
    g_assert_nonnull (menu);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (menu)));
    g_assert_cmpint (selected_id (page), ==, hearth_record_get_id (HEARTH_RECORD (trial)));
    gtk_popover_popdown (menu);
    hearth_gui_test_settle ();
  }

  close_demo (window, scheme);
}

static void
test_no_closes (void)
{
  HearthWindow *window;
  HearthPage *page;
  HearthScheme *scheme = open_demo ("No.hearth", &window, &page);
  g_autoptr(GPtrArray) visiting = open_trials_at (scheme, "further-visits");
  g_autoptr(GPtrArray) meeting = open_trials_at (scheme, "first-meeting");
  g_autoptr(HearthTrial) trial = NULL;
  g_autoptr(HearthRecord) person = NULL;
  g_autofree char *closed_name = NULL;
  GtkWidget *dialog;
  gint64 id;

  g_assert_cmpuint (visiting->len, >, 0);
  id = hearth_record_get_id (g_ptr_array_index (visiting, 0));

  /* Ctrl+D's action on the selected card; a no from the person closes the trial. */
  g_assert_true (hearth_trials_page_select (HEARTH_TRIALS_PAGE (page), id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "trials.record-choice", NULL));
  hearth_gui_test_settle ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (dialog, "side")), 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (dialog, "answer")), 1);
  set_text (dialog, "words", "It is too far from my job.");
  g_assert_null (confirm (dialog));

  trial = stored (scheme, id);
  g_assert_cmpstr (hearth_trial_get_outcome (trial), ==, "declined-by-person");
  g_assert_cmpstr (hearth_trial_get_person_decision (trial), ==, "no");
  g_assert_cmpstr (hearth_trial_get_closed_reason (trial), ==, "It is too far from my job.");
  person = hearth_scheme_load (scheme, HEARTH_TYPE_PERSON, hearth_trial_get_person_id (trial),
                               NULL);
  g_assert_cmpstr (hearth_person_get_status (HEARTH_PERSON (person)), ==, "matching");

  /* It leaves the board, and the closed list shows it with its outcome. */
  g_assert_null (card_of (page, id));
  closed_name = g_strdup_printf ("closed-trial-%" G_GINT64_FORMAT, id);
  hearth_trials_page_set_show_closed (HEARTH_TRIALS_PAGE (page), TRUE);
  hearth_gui_test_settle ();
  g_assert_nonnull (hearth_gui_test_find (GTK_WIDGET (page), closed_name));
  g_assert_true (gtk_widget_get_mapped (hearth_gui_test_find (GTK_WIDGET (page), closed_name)));
  hearth_trials_page_set_show_closed (HEARTH_TRIALS_PAGE (page), FALSE);
  hearth_gui_test_settle ();

  /* Withdrawing needs a reason: refused in the dialog, then done. */
  g_assert_cmpuint (meeting->len, >, 0);
  id = hearth_record_get_id (g_ptr_array_index (meeting, 0));
  g_assert_true (hearth_trials_page_select (HEARTH_TRIALS_PAGE (page), id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "trials.withdraw", NULL));
  hearth_gui_test_settle ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (confirm (dialog));
  g_assert_nonnull (find_dialog ());
  set_text (dialog, "reason", "The carer is moving house");
  g_assert_null (confirm (dialog));
  g_clear_object (&trial);
  trial = stored (scheme, id);
  g_assert_cmpstr (hearth_trial_get_outcome (trial), ==, "withdrawn");
  g_assert_cmpstr (hearth_trial_get_closed_reason (trial), ==, "The carer is moving house");

  close_demo (window, scheme);
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A scheme with no trials says where they start. */
static void
test_empty (void)
{
  g_autofree char *dir = g_dir_make_tmp ("hearth-gui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Empty.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  HearthScheme *scheme;
  HearthWindow *window;
  HearthPage *page;
  GtkWidget *status;

  scheme = hearth_scheme_create (file, "Empty", NULL, &error);
  g_assert_no_error (error);
  window = g_object_new (HEARTH_TYPE_WINDOW, NULL);
  g_assert_true (hearth_window_set_scheme (window, scheme));
  gtk_window_present (GTK_WINDOW (window));
  hearth_window_show_view (window, "trials");
  hearth_gui_test_settle ();
  page = hearth_window_get_page (window, "trials");

  status = find_type (GTK_WIDGET (page), ADW_TYPE_STATUS_PAGE);
  g_assert_nonnull (status);
  g_assert_true (gtk_widget_get_mapped (status));
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (status)),
                            "Matching view"));
  g_assert_null (hearth_trials_page_get_selected (HEARTH_TRIALS_PAGE (page)));

  close_demo (window, scheme);
}

/* The ids of the trials whose cards are on the board, in the board's order. */
static void
collect_cards (GtkWidget *widget,
               GArray    *ids)
{
  const char *name = gtk_widget_get_name (widget);
  guint64 id;

  if (HEARTH_IS_TRIAL_CARD (widget) && g_str_has_prefix (name, "trial-") &&
      g_ascii_string_to_unsigned (name + strlen ("trial-"), 10, 1, G_MAXINT64, &id, NULL))
    {
      gint64 value = (gint64) id;

      g_array_append_val (ids, value);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_cards (child, ids);
}

static GArray *
cards_on_board (HearthPage *page)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  collect_cards (hearth_gui_test_find (GTK_WIDGET (page), "board"), ids);
  return ids;
}

static gboolean
either_side_is_called (HearthScheme *scheme,
                       gint64        trial_id,
                       const char   *surname)
{
  g_autoptr(HearthTrial) trial = stored (scheme, trial_id);
  g_autofree char *person = NULL;
  g_autofree char *carer = NULL;

  hearth_trials_dup_names (scheme, trial, &person, &carer);
  return strstr (person, surname) != NULL || strstr (carer, surname) != NULL;
}

/* Ctrl+F's search keeps the cards of either side's name; Enter chooses the first; clearing
 * it brings every card back. */
static void
test_search (void)
{
  HearthWindow *window;
  HearthPage *page;
  HearthScheme *scheme = open_demo ("Search.hearth", &window, &page);
  GtkWidget *entry = hearth_gui_test_find (GTK_WIDGET (page), "search");
  g_autoptr(GArray) all = cards_on_board (page);
  g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) found = NULL;
  g_autoptr(GArray) again = NULL;
  g_autofree char *count = NULL;
  AdwWindowTitle *title;

  g_assert_nonnull (entry);
  for (guint i = 0; i < all->len; i++)
    if (either_side_is_called (scheme, g_array_index (all, gint64, i), "Whitcombe"))
      g_array_append_val (expected, g_array_index (all, gint64, i));
  /* The demo has trials of Whitcombes, and trials of others. */
  g_assert_cmpuint (expected->len, >, 0);
  g_assert_cmpuint (expected->len, <, all->len);

  hearth_page_focus_search (page);
  g_assert_true (gtk_widget_has_focus (entry) || gtk_widget_is_ancestor (
                   gtk_root_get_focus (GTK_ROOT (window)), entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "whitcombe");
  g_signal_emit_by_name (entry, "search-changed");
  hearth_gui_test_settle ();
  found = cards_on_board (page);
  g_assert_cmpuint (found->len, ==, expected->len);
  for (guint i = 0; i < found->len; i++)
    g_assert_true (either_side_is_called (scheme, g_array_index (found, gint64, i), "Whitcombe"));
  title = ADW_WINDOW_TITLE (find_type (GTK_WIDGET (page), ADW_TYPE_WINDOW_TITLE));
  count = g_strdup_printf (expected->len == 1 ? "%u trial found" : "%u trials found",
                           expected->len);
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, count);

  /* Enter in the search selects the first card found. */
  g_signal_emit_by_name (entry, "activate");
  hearth_gui_test_settle ();
  g_assert_cmpint (selected_id (page), ==, g_array_index (found, gint64, 0));

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_signal_emit_by_name (entry, "search-changed");
  hearth_gui_test_settle ();
  again = cards_on_board (page);
  g_assert_cmpuint (again->len, ==, all->len);
  g_assert_true (adw_window_title_get_subtitle (title) == NULL ||
                 adw_window_title_get_subtitle (title)[0] == '\0');
  /* The card chosen from the search stays chosen. */
  g_assert_cmpint (selected_id (page), ==, g_array_index (found, gint64, 0));

  close_demo (window, scheme);
}


/* The list view of the board's column of @stage. */
static GtkWidget *
column_list (HearthPage *page,
             const char *stage)
{
  GtkWidget *column = hearth_gui_test_find (GTK_WIDGET (page), stage);
  GtkWidget *found = NULL;

  g_assert_nonnull (column);
  for (GtkWidget *w = gtk_widget_get_first_child (column); w != NULL && found == NULL;
       w = gtk_widget_get_next_sibling (w))
    found = GTK_IS_LIST_VIEW (w) ? w : find_type (w, GTK_TYPE_LIST_VIEW);
  g_assert_nonnull (found);
  return found;
}

typedef struct
{
  guint calls;
  guint removed;
  guint added;
} Changes;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Changes    *changes)
{
  changes->calls++;
  changes->removed += removed;
  changes->added += added;
}

/* The card widget of every trial on the board, by id. */
static GHashTable *
cards_by_id (HearthPage *page)
{
  g_autoptr(GArray) ids = cards_on_board (page);
  GHashTable *cards = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);

      g_hash_table_insert (cards, g_memdup2 (&id, sizeof id), card_of (page, id));
    }
  return cards;
}

/* A trial moved on through the core, as hearth-cli does, while the board is shown: its card
 * moves to the next column, each column's list says exactly that, and no other card is
 * built again. */
static void
test_live_move (void)
{
  HearthWindow *window;
  HearthPage *page;
  static const char *stages[] = {
    "proposed", "portraits-shared", "first-meeting", "further-visits", "overnight-stay",
    "trial-period", "decision",
  };
  HearthScheme *scheme = open_demo ("Live.hearth", &window, &page);
  g_autoptr(GPtrArray) here = NULL;
  g_autoptr(GPtrArray) next = NULL;
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *from, *to;
  GListModel *from_model, *to_model;
  guint n_from, n_to, s;
  Changes from_changes = { 0 }, to_changes = { 0 };
  GHashTableIter iter;
  gpointer key, card;
  HearthTrial *trial;
  gint64 id;

  /* The first stage with a trial: it moves on, every other card stays. */
  for (s = 0; s + 1 < G_N_ELEMENTS (stages); s++)
    {
      g_clear_pointer (&here, g_ptr_array_unref);
      here = open_trials_at (scheme, stages[s]);
      if (here->len > 0)
        break;
    }
  g_assert_cmpuint (s + 1, <, G_N_ELEMENTS (stages));
  next = open_trials_at (scheme, stages[s + 1]);
  from = column_list (page, stages[s]);
  to = column_list (page, stages[s + 1]);
  from_model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (from)));
  to_model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (to)));
  trial = g_ptr_array_index (here, 0);
  id = hearth_record_get_id (HEARTH_RECORD (trial));
  n_from = g_list_model_get_n_items (from_model);
  n_to = g_list_model_get_n_items (to_model);
  g_assert_cmpuint (n_from, ==, here->len);
  g_assert_cmpuint (n_to, ==, next->len);
  g_assert_true (gtk_widget_is_ancestor (card_of (page, id), from));
  before = cards_by_id (page);
  g_assert_cmpuint (g_hash_table_size (before), >, 2);

  g_signal_connect (from_model, "items-changed", G_CALLBACK (items_changed_cb), &from_changes);
  g_signal_connect (to_model, "items-changed", G_CALLBACK (items_changed_cb), &to_changes);
  g_assert_true (hearth_scheme_advance_trial (scheme, trial, stages[s + 1], "2026-11-22",
                                              "Going well", &error));
  g_assert_no_error (error);
  hearth_gui_test_settle ();
  g_signal_handlers_disconnect_by_data (from_model, &from_changes);
  g_signal_handlers_disconnect_by_data (to_model, &to_changes);

  /* The card left its column for the next, and the lists said so exactly. */
  g_assert_true (gtk_widget_is_ancestor (card_of (page, id), to));
  g_assert_cmpuint (g_list_model_get_n_items (from_model), ==, n_from - 1);
  g_assert_cmpuint (g_list_model_get_n_items (to_model), ==, n_to + 1);
  g_assert_cmpuint (from_changes.calls, ==, 1);
  g_assert_cmpuint (from_changes.removed, ==, 1);
  g_assert_cmpuint (from_changes.added, ==, 0);
  g_assert_cmpuint (to_changes.calls, ==, 1);
  g_assert_cmpuint (to_changes.removed, ==, 0);
  g_assert_cmpuint (to_changes.added, ==, 1);
  heading = g_strdup_printf ("%s (%u)", hearth_values_label (HEARTH_VALUES_TRIAL_STAGE,
                                                             stages[s + 1]), n_to + 1);
  g_assert_true (has_label (hearth_gui_test_find (GTK_WIDGET (page), stages[s + 1]), heading));

  /* Every other card is the very widget it was: nothing was built again. */
  after = cards_by_id (page);
  g_assert_cmpuint (g_hash_table_size (after), ==, g_hash_table_size (before));
  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &key, &card))
    if (*(gint64 *) key != id)
      g_assert_true (g_hash_table_lookup (after, key) == card);

  close_demo (window, scheme);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  hearth_date_set_today ("2026-11-22");

  g_test_add_func ("/gui/trials/to-agreed", test_to_agreed);
  g_test_add_func ("/gui/trials/no-closes", test_no_closes);
  g_test_add_func ("/gui/trials/stalled", test_stalled);
  g_test_add_func ("/gui/trials/empty", test_empty);
  g_test_add_func ("/gui/trials/search", test_search);
  g_test_add_func ("/gui/trials/live-move", test_live_move);

  return g_test_run ();
}
