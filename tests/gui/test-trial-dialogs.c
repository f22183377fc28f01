/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-trial-dialogs.c: each of the Trials view's questions on its own, with no window or
 * page: built for a demo trial, filled in as a coordinator would, and answered; its "done"
 * says what it did, and the trial in the file shows it. */

#define G_LOG_DOMAIN "test-trial-dialogs"

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "hearth-gui-test.h"
#include "hearth-trial-choice-dialog.h"
#include "hearth-trial-move-on-dialog.h"
#include "hearth-trial-withdraw-dialog.h"

typedef struct
{
  char *summary;
  guint n_done;
} Answer;

static void
done_cb (GtkWindow  *dialog,
         const char *summary,
         Answer     *answer)
{
  g_free (answer->summary);
  answer->summary = g_strdup (summary);
  answer->n_done++;
}

/* The first open trial at @stage in the demo. */
static HearthTrial *
open_trial_at (HearthScheme *scheme,
               const char   *stage)
{
  g_autoptr(GPtrArray) trials = hearth_scheme_load_all (scheme, HEARTH_TYPE_TRIAL, NULL);

  for (guint i = 0; i < trials->len; i++)
    {
      HearthTrial *trial = g_ptr_array_index (trials, i);

      if (g_str_equal (hearth_trial_get_outcome (trial), "open") &&
          g_str_equal (hearth_trial_get_stage (trial), stage))
        return g_object_ref (trial);
    }
  g_assert_not_reached ();
}

static HearthTrial *
stored (HearthScheme *scheme,
        HearthTrial  *trial)
{
  HearthRecord *record = hearth_scheme_load (scheme, HEARTH_TYPE_TRIAL,
                                             hearth_record_get_id (HEARTH_RECORD (trial)), NULL);

  g_assert_nonnull (record);
  return HEARTH_TRIAL (record);
}

static GtkWidget *
row (GtkWindow  *dialog,
     const char *title)
{
  GtkWidget *found = hearth_gui_test_find_row (gtk_window_get_child (dialog), title);

  g_assert_nonnull (found);
  return found;
}

/* Presses the answer's button, found by its text in the header. */
static void
press (GtkWindow  *dialog,
       const char *text)
{
  GtkWidget *button = hearth_gui_test_find_button (gtk_window_get_titlebar (dialog), text);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
}

static void
close_scheme (HearthScheme *scheme)
{
  hearth_gui_test_settle ();
  hearth_scheme_close (scheme);
  g_object_unref (scheme);
}

/* Move On to the trial period: a planned end before the start is refused in the window, with
 * nothing saved; corrected, the trial moves on with both dates. */
static void
test_move_on (void)
{
  HearthScheme *scheme = hearth_gui_test_demo_scheme ("MoveOn.hearth");
  g_autoptr(HearthTrial) trial = open_trial_at (scheme, "further-visits");
  g_autoptr(HearthTrial) after = NULL;
  g_autoptr(GtkWindow) dialog = NULL;
  Answer answer = { NULL, 0 };
  AdwComboRow *stage;
  GtkWidget *error;

  dialog = GTK_WINDOW (hearth_trial_move_on_dialog_new (scheme, trial));
  g_object_ref (dialog);
  g_signal_connect (dialog, "done", G_CALLBACK (done_cb), &answer);
  /* Only later stages are offered; the trial period's dates show once it is chosen. */
  stage = ADW_COMBO_ROW (row (dialog, "Next stage"));
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (stage)), ==,
                   "Overnight stay");
  g_assert_false (gtk_widget_get_visible (row (dialog, "Trial period starts")));
  adw_combo_row_set_selected (stage, 1);
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (stage)), ==,
                   "Trial period");
  g_assert_true (gtk_widget_get_visible (row (dialog, "Trial period starts")));

  gtk_editable_set_text (GTK_EDITABLE (row (dialog, "Trial period starts")), "1/12/2026");
  gtk_editable_set_text (GTK_EDITABLE (row (dialog, "Trial period planned to end")),
                         "20/11/2026");
  gtk_editable_set_text (GTK_EDITABLE (row (dialog, "Notes (optional)")), "Going well");
  press (dialog, "Move On");
  g_assert_cmpuint (answer.n_done, ==, 0);
  error = hearth_gui_test_find (gtk_window_get_child (dialog), "error");
  g_assert_true (gtk_widget_get_visible (error));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (error)), ==,
                   "The trial period’s planned end must come after its start.");
  after = stored (scheme, trial);
  g_assert_cmpstr (hearth_trial_get_stage (after), ==, "further-visits");
  g_clear_object (&after);

  gtk_editable_set_text (GTK_EDITABLE (row (dialog, "Trial period planned to end")),
                         "12/1/2027");
  press (dialog, "Move On");
  g_assert_cmpuint (answer.n_done, ==, 1);
  g_assert_nonnull (strstr (answer.summary, "moved on to “Trial period”"));
  after = stored (scheme, trial);
  g_assert_cmpstr (hearth_trial_get_stage (after), ==, "trial-period");
  g_assert_cmpstr (hearth_trial_get_trial_start (after), ==, "2026-12-01");
  g_assert_cmpstr (hearth_trial_get_trial_planned_end (after), ==, "2027-01-12");
  /* The trial it was given is the one the page shows: it moved on too. */
  g_assert_cmpstr (hearth_trial_get_stage (trial), ==, "trial-period");

  g_free (answer.summary);
  close_scheme (scheme);
}

/* Record Choice: a no from the person closes the trial, and the answer says so. */
static void
test_choice (void)
{
  HearthScheme *scheme = hearth_gui_test_demo_scheme ("Choice.hearth");
  g_autoptr(HearthTrial) trial = open_trial_at (scheme, "further-visits");
  g_autoptr(HearthTrial) after = NULL;
  g_autoptr(GtkWindow) dialog = NULL;
  Answer answer = { NULL, 0 };
  GtkWidget *confirm;

  dialog = GTK_WINDOW (hearth_trial_choice_dialog_new (scheme, trial));
  g_object_ref (dialog);
  g_signal_connect (dialog, "done", G_CALLBACK (done_cb), &answer);
  confirm = hearth_gui_test_find_button (gtk_window_get_titlebar (dialog), "Record");
  g_assert_true (gtk_widget_has_css_class (confirm, "suggested-action"));

  adw_combo_row_set_selected (ADW_COMBO_ROW (row (dialog, "Whose choice")), 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row (dialog, "Their choice")), 1);
  /* A no closes the trial: the button turns destructive. */
  g_assert_true (gtk_widget_has_css_class (confirm, "destructive-action"));
  gtk_editable_set_text (GTK_EDITABLE (row (dialog, "In their own words (optional)")),
                         "Too far from college");
  press (dialog, "Record");

  g_assert_cmpuint (answer.n_done, ==, 1);
  g_assert_true (g_str_has_prefix (answer.summary, "The trial has closed; "));
  after = stored (scheme, trial);
  g_assert_cmpstr (hearth_trial_get_outcome (after), ==, "declined-by-person");
  g_assert_cmpstr (hearth_trial_get_closed_reason (after), ==, "Too far from college");

  g_free (answer.summary);
  close_scheme (scheme);
}

/* Withdraw: refused without a reason, in the window; done with one. */
static void
test_withdraw (void)
{
  HearthScheme *scheme = hearth_gui_test_demo_scheme ("Withdraw.hearth");
  g_autoptr(HearthTrial) trial = open_trial_at (scheme, "first-meeting");
  g_autoptr(HearthTrial) after = NULL;
  g_autoptr(GtkWindow) dialog = NULL;
  Answer answer = { NULL, 0 };

  dialog = GTK_WINDOW (hearth_trial_withdraw_dialog_new (scheme, trial));
  g_object_ref (dialog);
  g_signal_connect (dialog, "done", G_CALLBACK (done_cb), &answer);

  /* Ctrl+Return answers as the button does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "trial.answer", NULL));
  g_assert_cmpuint (answer.n_done, ==, 0);
  g_assert_true (gtk_widget_get_visible (hearth_gui_test_find (gtk_window_get_child (dialog),
                                                               "error")));

  gtk_editable_set_text (GTK_EDITABLE (row (dialog, "Reason")), "The carer is moving house");
  gtk_editable_set_text (GTK_EDITABLE (row (dialog, "Withdrawn on")), "20 November 2026");
  press (dialog, "Withdraw");
  g_assert_cmpuint (answer.n_done, ==, 1);
  g_assert_true (g_str_has_prefix (answer.summary, "Trial withdrawn; "));
  after = stored (scheme, trial);
  g_assert_cmpstr (hearth_trial_get_outcome (after), ==, "withdrawn");
  g_assert_cmpstr (hearth_trial_get_closed_reason (after), ==, "The carer is moving house");
  g_assert_cmpstr (hearth_trial_get_closed_on (after), ==, "2026-11-20");

  g_free (answer.summary);
  close_scheme (scheme);
}

int
main (int   argc,
      char *argv[])
{
  hearth_gui_test_init (&argc, &argv);

  g_test_add_func ("/gui/trial-dialogs/move-on", test_move_on);
  g_test_add_func ("/gui/trial-dialogs/choice", test_choice);
  g_test_add_func ("/gui/trial-dialogs/withdraw", test_withdraw);

  return g_test_run ();
}
