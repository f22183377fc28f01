/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-recruitment-dialogs.c: each of the Recruitment view's questions on its own, with no
 * window or page: built for a demo carer or panel, filled in as a coordinator would, and
 * answered; its "done" says what it did, and the file shows it. A refusal is its own
 * dialog, and "done" does not come. */

#define G_LOG_DOMAIN "test-recruitment-dialogs"

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "hearth-add-to-panel-dialog.h"
#include "hearth-approval-dialog.h"
#include "hearth-approval-review-dialog.h"
#include "hearth-carer-check-dialog.h"
#include "hearth-carer-move-back-dialog.h"
#include "hearth-carer-move-on-dialog.h"
#include "hearth-gui-test.h"
#include "hearth-panel-decision-dialog.h"
#include "hearth-panel-dialog.h"
#include "hearth-stage-targets-dialog.h"

typedef struct
{
  HearthScheme *scheme;
  char         *summary;
  guint         n_done;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->scheme = hearth_gui_test_demo_scheme ("Questions.hearth");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  hearth_gui_test_settle ();
  hearth_scheme_close (fixture->scheme);
  g_clear_object (&fixture->scheme);
  g_clear_pointer (&fixture->summary, g_free);
}

static void
done_cb (AdwMessageDialog *dialog,
         const char       *summary,
         Fixture          *fixture)
{
  g_free (fixture->summary);
  fixture->summary = g_strdup (summary);
  fixture->n_done++;
}

static AdwMessageDialog *
watch (Fixture *fixture,
       gpointer dialog)
{
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_signal_connect (dialog, "done", G_CALLBACK (done_cb), fixture);
  return dialog;
}

static GtkWidget *
row (AdwMessageDialog *dialog,
     const char       *title)
{
  GtkWidget *found = hearth_gui_test_find_row (adw_message_dialog_get_extra_child (dialog), title);

  g_assert_nonnull (found);
  return found;
}

static void
set_text (AdwMessageDialog *dialog,
          const char       *title,
          const char       *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row (dialog, title)), text);
}

static void
answer (AdwMessageDialog *dialog,
        const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  hearth_gui_test_settle ();
}

/* The refusal's words, once its dialog is closed; %NULL when there was none. */
static char *
take_refusal (void)
{
  GtkWidget *error = hearth_gui_test_find_window ("recruitment-error");
  char *body;

  if (error == NULL)
    return NULL;
  body = g_strdup (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (error)));
  gtk_window_destroy (GTK_WINDOW (error));
  hearth_gui_test_settle ();
  return body;
}

static HearthCarer *
carer_at (HearthScheme *scheme,
          const char   *stage)
{
  g_autoptr(GPtrArray) carers = hearth_scheme_load_all (scheme, HEARTH_TYPE_CARER, NULL);

  for (guint i = 0; i < carers->len; i++)
    if (g_str_equal (hearth_carer_get_stage (g_ptr_array_index (carers, i)), stage) &&
        !hearth_record_is_archived (g_ptr_array_index (carers, i)))
      return g_object_ref (g_ptr_array_index (carers, i));
  g_assert_not_reached ();
}

static HearthCarer *
stored (HearthScheme *scheme,
        HearthCarer  *carer)
{
  HearthRecord *record = hearth_scheme_load (scheme, HEARTH_TYPE_CARER,
                                             hearth_record_get_id (HEARTH_RECORD (carer)), NULL);

  g_assert_nonnull (record);
  return HEARTH_CARER (record);
}

static guint
n_related (HearthScheme *scheme,
           GType         type,
           const char   *key,
           gint64        id)
{
  g_autoptr(GPtrArray) all = hearth_scheme_load_related (scheme, type, key, id, NULL);

  return all != NULL ? all->len : 0;
}

static void
test_move_on (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = carer_at (fixture->scheme, "enquiry");
  g_autoptr(HearthCarer) after = NULL;
  AdwMessageDialog *dialog;
  g_autofree char *name = hearth_carer_dup_display_name (carer);
  g_autofree char *expected = g_strdup_printf ("%s is now at “Initial visit”", name);

  dialog = watch (fixture, hearth_carer_move_on_dialog_new (fixture->scheme, carer));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "moves to “Initial visit”"));
  set_text (dialog, "On", "not a date");
  answer (dialog, "move");
  g_assert_cmpuint (fixture->n_done, ==, 0);
  g_clear_pointer (&fixture->summary, g_free);
  fixture->summary = take_refusal ();
  g_assert_nonnull (fixture->summary);

  dialog = watch (fixture, hearth_carer_move_on_dialog_new (fixture->scheme, carer));
  set_text (dialog, "Note (optional)", "Keen");
  answer (dialog, "move");
  g_assert_null (take_refusal ());
  g_assert_cmpuint (fixture->n_done, ==, 1);
  g_assert_cmpstr (fixture->summary, ==, expected);
  after = stored (fixture->scheme, carer);
  g_assert_cmpstr (hearth_carer_get_stage (after), ==, "initial-visit");
}

static void
test_move_back (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = carer_at (fixture->scheme, "assessment");
  g_autoptr(HearthCarer) after = NULL;
  g_autofree char *refusal = NULL;
  AdwMessageDialog *dialog;
  AdwComboRow *to;
  GListModel *stages;
  guint on_hold = G_MAXUINT;

  dialog = watch (fixture, hearth_carer_move_back_dialog_new (fixture->scheme, carer));
  to = ADW_COMBO_ROW (row (dialog, "Move to"));
  stages = adw_combo_row_get_model (to);
  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (stages, i);

      if (g_str_equal (gtk_string_object_get_string (item), "On hold"))
        on_hold = i;
    }
  /* Enquiry, initial visit, application, then on hold, withdrawn, declined. */
  g_assert_cmpuint (on_hold, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (stages), ==, 6);
  adw_combo_row_set_selected (to, on_hold);
  answer (dialog, "move");
  refusal = take_refusal ();
  g_assert_nonnull (refusal);
  g_assert_cmpuint (fixture->n_done, ==, 0);

  dialog = watch (fixture, hearth_carer_move_back_dialog_new (fixture->scheme, carer));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row (dialog, "Move to")), on_hold);
  set_text (dialog, "Reason", "A new baby in the family");
  answer (dialog, "move");
  g_assert_null (take_refusal ());
  g_assert_cmpuint (fixture->n_done, ==, 1);
  g_assert_true (g_str_has_suffix (fixture->summary, "is now at “On hold”"));
  after = stored (fixture->scheme, carer);
  g_assert_cmpstr (hearth_carer_get_stage (after), ==, "on-hold");
}

static void
test_check (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = carer_at (fixture->scheme, "assessment");
  gint64 id = hearth_record_get_id (HEARTH_RECORD (carer));
  guint before = n_related (fixture->scheme, HEARTH_TYPE_CARER_CHECK, "carer-id", id);
  AdwMessageDialog *dialog;

  dialog = watch (fixture, hearth_carer_check_dialog_new (fixture->scheme, carer));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row (dialog, "Check")), 2);
  set_text (dialog, "Detail: referee, certificate number…", "001234567890");
  answer (dialog, "record");
  g_assert_null (take_refusal ());
  g_assert_cmpstr (fixture->summary, ==, "Check recorded");
  g_assert_cmpuint (n_related (fixture->scheme, HEARTH_TYPE_CARER_CHECK, "carer-id", id), ==,
                    before + 1);
}

static void
test_approval (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = carer_at (fixture->scheme, "ready-for-panel");
  g_autoptr(HearthCarer) after = NULL;
  AdwMessageDialog *dialog;

  dialog = watch (fixture, hearth_approval_dialog_new (fixture->scheme, carer, NULL));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (hearth_gui_test_find (GTK_WIDGET (dialog),
                                                                       "long-term")), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (hearth_gui_test_find (GTK_WIDGET (dialog),
                                                                       "emergency")), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (hearth_gui_test_find (GTK_WIDGET (dialog),
                                                                    "places")), 2);
  set_text (dialog, "The panel’s remarks", "Unanimous");
  g_assert_nonnull (row (dialog, "Long-term"));
  answer (dialog, "approve");
  g_assert_null (take_refusal ());
  g_assert_true (g_str_has_suffix (fixture->summary, "is now at “Approved”"));
  after = stored (fixture->scheme, carer);
  g_assert_cmpstr (hearth_carer_get_stage (after), ==, "approved");
  g_assert_true (hearth_carer_get_approved_long_term (after));
  g_assert_false (hearth_carer_get_approved_short_breaks (after));
  g_assert_true (hearth_carer_get_approved_emergency (after));
  g_assert_cmpint (hearth_carer_get_approved_places (after), ==, 2);
}

/* A panel scheduled, a carer added to it, and the panel's decision not to approve. */
static void
test_panel (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) panels = NULL;
  g_autoptr(GPtrArray) decisions = NULL;
  g_autoptr(HearthCarer) after = NULL;
  HearthPanelDecision *decision;
  HearthPanel *panel = NULL;
  AdwMessageDialog *dialog;
  GListModel *carers;

  dialog = watch (fixture, hearth_panel_dialog_new (fixture->scheme));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Schedule a Panel");
  /* Held today: a panel decides on the day it sits, not before. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (dialog, "Date"))), ==,
                   "22 November 2026");
  set_text (dialog, "Chair", "Priya Shah");
  answer (dialog, "schedule");
  g_assert_null (take_refusal ());
  g_assert_cmpstr (fixture->summary, ==, "Panel scheduled");
  panels = hearth_scheme_load_all (fixture->scheme, HEARTH_TYPE_PANEL, NULL);
  for (guint i = 0; i < panels->len; i++)
    if (g_strcmp0 (hearth_panel_get_held_on (g_ptr_array_index (panels, i)), "2026-11-22") == 0)
      panel = g_ptr_array_index (panels, i);
  g_assert_nonnull (panel);
  g_assert_cmpstr (hearth_panel_get_chair (panel), ==, "Priya Shah");

  dialog = watch (fixture, hearth_add_to_panel_dialog_new (fixture->scheme, panel));
  carers = adw_combo_row_get_model (ADW_COMBO_ROW (row (dialog, "Carer")));
  g_assert_cmpuint (g_list_model_get_n_items (carers), >, 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row (dialog, "Carer")), 0);
  answer (dialog, "add");
  g_assert_null (take_refusal ());
  g_assert_cmpuint (fixture->n_done, ==, 2);
  g_assert_null (fixture->summary);
  decisions = hearth_scheme_load_related (fixture->scheme, HEARTH_TYPE_PANEL_DECISION,
                                          "panel-id",
                                          hearth_record_get_id (HEARTH_RECORD (panel)), NULL);
  g_assert_cmpuint (decisions->len, ==, 1);
  decision = g_ptr_array_index (decisions, 0);

  dialog = watch (fixture, hearth_panel_decision_dialog_new (fixture->scheme, decision,
                                                            "not-approved"));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Record Not Approved");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "record"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  set_text (dialog, "Reasons", "The household agreement is not signed");
  answer (dialog, "record");
  g_assert_null (take_refusal ());
  g_assert_cmpstr (fixture->summary, ==, "The panel’s decision is recorded");
  after = HEARTH_CARER (hearth_scheme_load (fixture->scheme, HEARTH_TYPE_CARER,
                                            hearth_panel_decision_get_carer_id (decision), NULL));
  g_assert_cmpstr (hearth_carer_get_stage (after), ==, "declined");
}

static void
test_approval_review (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = carer_at (fixture->scheme, "approved");
  gint64 id = hearth_record_get_id (HEARTH_RECORD (carer));
  guint before = n_related (fixture->scheme, HEARTH_TYPE_REVIEW, "carer-id", id);
  AdwMessageDialog *dialog;
  GtkWidget *places;

  dialog = watch (fixture, hearth_approval_review_dialog_new (fixture->scheme, carer));
  /* The reviewer is the scheme's user, and the terms are the carer's, until changed. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (dialog, "Reviewer"))), ==,
                   hearth_scheme_get_user (fixture->scheme));
  places = hearth_gui_test_find (GTK_WIDGET (dialog), "places");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (places)), ==,
                   hearth_carer_get_approved_places (carer));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row (dialog, "Outcome")), 0);
  set_text (dialog, "Notes; the reason when approval ends", "All well");
  answer (dialog, "record");
  g_assert_null (take_refusal ());
  g_assert_cmpstr (fixture->summary, ==, "Approval review recorded");
  g_assert_cmpuint (n_related (fixture->scheme, HEARTH_TYPE_REVIEW, "carer-id", id), ==,
                    before + 1);
}

static void
test_stage_targets (Fixture       *fixture,
                    gconstpointer  data)
{
  AdwMessageDialog *dialog;
  GtkWidget *enquiry;

  dialog = watch (fixture, hearth_stage_targets_dialog_new (fixture->scheme));
  enquiry = row (dialog, "Enquiry");
  g_assert_nonnull (row (dialog, "Ready for panel"));
  g_assert_null (hearth_gui_test_find_row (adw_message_dialog_get_extra_child (dialog),
                                           "Approved"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (hearth_gui_test_find (enquiry, "enquiry")), 9);
  answer (dialog, "save");
  g_assert_null (take_refusal ());
  g_assert_cmpuint (fixture->n_done, ==, 1);
  g_assert_cmpint (hearth_scheme_get_stage_target (fixture->scheme, "enquiry", NULL), ==, 9);
}

int
main (int   argc,
      char *argv[])
{
  hearth_gui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/gui/recruitment-dialogs/" path, Fixture, NULL, fixture_set_up, func, \
              fixture_tear_down)
  ADD ("move-on", test_move_on);
  ADD ("move-back", test_move_back);
  ADD ("check", test_check);
  ADD ("approval", test_approval);
  ADD ("panel", test_panel);
  ADD ("approval-review", test_approval_review);
  ADD ("stage-targets", test_stage_targets);
#undef ADD

  return g_test_run ();
}
