/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-journey.c: one person of the demo scheme taken the whole way through the window, as
 * a coordinator would: Find Carers on their profile, the best candidate proposed for a
 * trial from Matching, the trial moved stage by stage on the Trials board to two yeses,
 * and the arrangement started from its card, to be listed under Arrangements with its
 * first review on the dashboard. */

#define G_LOG_DOMAIN "test-gui-journey"

#include "config.h"

#include <adwaita.h>

#include "hearth-arrangements-page.h"
#include "hearth-dashboard-page.h"
#include "hearth-gui-test.h"
#include "hearth-matching-page.h"
#include "hearth-trials-page.h"
#include "hearth-window.h"

/* The first person waiting for a match who has a carer worth introducing. */
static HearthPerson *
waiting_person (HearthScheme *scheme)
{
  g_autoptr(GPtrArray) people = hearth_scheme_load_all (scheme, HEARTH_TYPE_PERSON, NULL);

  for (guint i = 0; i < people->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (people, i);
      g_autoptr(GPtrArray) suggestions = NULL;

      if (hearth_record_is_archived (HEARTH_RECORD (person)) ||
          !g_str_equal (hearth_person_get_status (person), "matching"))
        continue;
      suggestions = hearth_scheme_suggest_carers (scheme, person, "long-term", FALSE, NULL);
      if (suggestions->len > 0 && !hearth_suggestion_is_ruled_out (suggestions->pdata[0]))
        return g_object_ref (person);
    }
  g_assert_not_reached ();
}

/* The person's trial that is open or was agreed today: there is one at most. */
static HearthTrial *
current_trial_of (HearthScheme *scheme,
                  HearthPerson *person)
{
  g_autoptr(GPtrArray) trials = NULL;
  HearthTrial *found = NULL;

  trials = hearth_scheme_load_related (scheme, HEARTH_TYPE_TRIAL, "person-id",
                                       hearth_record_get_id (HEARTH_RECORD (person)), NULL);
  g_assert_nonnull (trials);
  for (guint i = 0; i < trials->len; i++)
    {
      HearthTrial *trial = trials->pdata[i];

      if (g_str_equal (hearth_trial_get_outcome (trial), "open") ||
          g_strcmp0 (hearth_trial_get_closed_on (trial), "2026-11-22") == 0)
        {
          g_assert_null (found);
          found = g_object_ref (trial);
        }
    }
  g_assert_nonnull (found);
  return found;
}

static HearthRecord *
reload (HearthScheme *scheme,
        gpointer      record)
{
  g_autoptr(GError) error = NULL;
  HearthRecord *stored = hearth_scheme_load (scheme, G_OBJECT_TYPE (record),
                                             hearth_record_get_id (record), &error);

  g_assert_no_error (error);
  return stored;
}

/* Presses a Trials dialog's answer, which must be taken. */
static void
confirm_trial_dialog (void)
{
  GtkWidget *dialog = hearth_gui_test_find_window ("trials-question");

  g_assert_nonnull (dialog);
  hearth_gui_test_click (dialog, "confirm");
  g_assert_null (hearth_gui_test_find_window ("trials-question"));
}

static GtkWidget *
card (HearthPage  *trials_page,
      HearthTrial *trial)
{
  g_autofree char *name = g_strdup_printf ("trial-%" G_GINT64_FORMAT,
                                           hearth_record_get_id (HEARTH_RECORD (trial)));

  return hearth_gui_test_field (GTK_WIDGET (trials_page), name);
}

static void
test_suggestion_to_arrangement (void)
{
  static const char *stages[] = {
    "portraits-shared", "first-meeting", "further-visits", "overnight-stay", "trial-period",
    "decision",
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthPerson) person = NULL;
  g_autoptr(HearthCarer) carer = NULL;
  g_autoptr(HearthTrial) trial = NULL;
  g_autoptr(HearthRecord) stored = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GPtrArray) arrangements = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *candidate = NULL;
  g_autofree char *reference = NULL;
  HearthArrangement *arrangement;
  HearthMatchingPage *matching;
  HearthPage *trials_page;
  HearthArrangementsPage *arrangements_page;
  HearthDashboardPage *dashboard;
  HearthWindow *window;
  GtkWidget *dialog;
  GtkWidget *board;
  gint64 person_id;
  gint64 carer_id;
  int places_before;
  gboolean listed = FALSE;

  window = hearth_gui_test_open_demo ("Journey.hearth", &scheme);
  person = waiting_person (scheme);
  person_id = hearth_record_get_id (HEARTH_RECORD (person));
  suggestions = hearth_scheme_suggest_carers (scheme, person, "long-term", FALSE, &error);
  g_assert_no_error (error);
  carer = g_object_ref (hearth_suggestion_get_carer (suggestions->pdata[0]));
  carer_id = hearth_record_get_id (HEARTH_RECORD (carer));
  places_before = hearth_scheme_count_people_at_once (scheme, carer_id, "2026-11-22", NULL, NULL);

  /* Find Carers on the person's profile opens Matching with the best candidate first. */
  g_assert_true (hearth_window_show_record (window, HEARTH_RECORD (person)));
  hearth_gui_test_settle ();
  hearth_gui_test_click (hearth_window_get_profile_pane (window, "people"), "find-carers");
  matching = HEARTH_MATCHING_PAGE (hearth_window_get_page (window, "matching"));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (matching)));
  g_assert_nonnull (hearth_matching_page_get_person (matching));
  g_assert_cmpint (hearth_record_get_id (HEARTH_RECORD (hearth_matching_page_get_person (matching))),
                   ==, person_id);
  candidate = g_strdup_printf ("candidate-%" G_GINT64_FORMAT, carer_id);

  /* Propose Trial, and say yes to its question. */
  hearth_gui_test_click (hearth_gui_test_field (GTK_WIDGET (matching), candidate), "propose-trial");
  dialog = hearth_gui_test_find_window ("matching-question");
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "propose");
  gtk_window_destroy (GTK_WINDOW (dialog));
  hearth_gui_test_settle ();
  g_assert_null (hearth_gui_test_find_window ("matching-error"));
  trial = current_trial_of (scheme, person);
  g_assert_cmpint (hearth_trial_get_carer_id (trial), ==, carer_id);
  g_assert_cmpstr (hearth_trial_get_stage (trial), ==, "proposed");

  /* On the Trials board, its card moves through every stage to the decision. */
  hearth_window_show_view (window, "trials");
  hearth_gui_test_settle ();
  trials_page = hearth_window_get_page (window, "trials");
  board = GTK_WIDGET (trials_page);
  g_assert_true (gtk_widget_is_ancestor (card (trials_page, trial),
                                         hearth_gui_test_field (board, "proposed")));
  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    {
      hearth_gui_test_click (card (trials_page, trial), "move-on");
      dialog = hearth_gui_test_find_window ("trials-question");
      g_assert_nonnull (dialog);
      hearth_gui_test_set_text (dialog, "notes", "Went well");
      if (g_str_equal (stages[i], "trial-period"))
        {
          hearth_gui_test_set_text (dialog, "trial-start", "22/11/2026");
          hearth_gui_test_set_text (dialog, "trial-planned-end", "03/01/2027");
        }
      confirm_trial_dialog ();
      g_assert_true (gtk_widget_is_ancestor (card (trials_page, trial),
                                             hearth_gui_test_field (board, stages[i])));
    }

  /* The person says yes, then the carer. */
  for (guint side = 0; side < 2; side++)
    {
      hearth_gui_test_click (card (trials_page, trial), "record-choice");
      dialog = hearth_gui_test_find_window ("trials-question");
      adw_combo_row_set_selected (ADW_COMBO_ROW (hearth_gui_test_field (dialog, "side")), 0);
      adw_combo_row_set_selected (ADW_COMBO_ROW (hearth_gui_test_field (dialog, "answer")), 0);
      hearth_gui_test_set_text (dialog, "words",
                                side == 0 ? "I want to live there." : "We would like that.");
      confirm_trial_dialog ();
    }
  g_clear_object (&trial);
  trial = current_trial_of (scheme, person);
  g_assert_cmpstr (hearth_trial_get_outcome (trial), ==, "agreed");
  g_assert_cmpstr (hearth_trial_get_person_words (trial), ==, "I want to live there.");
  g_assert_cmpstr (hearth_trial_get_carer_words (trial), ==, "We would like that.");

  /* Start Arrangement from the card: the fee is all there is left to say. */
  hearth_gui_test_click (card (trials_page, trial), "start-arrangement");
  dialog = hearth_gui_test_find_window ("arrangement-dialog");
  g_assert_nonnull (dialog);
  hearth_gui_test_set_text (dialog, "weekly-fee", "612.50");
  hearth_gui_test_click (dialog, "start");
  g_assert_null (hearth_gui_test_find_window ("arrangement-dialog"));

  /* The arrangement is the trial's, the person is in it, and the carer has one more. */
  arrangements = hearth_scheme_load_related (scheme, HEARTH_TYPE_ARRANGEMENT, "person-id",
                                             person_id, &error);
  g_assert_no_error (error);
  arrangement = NULL;
  for (guint i = 0; i < arrangements->len; i++)
    if (hearth_arrangement_get_trial_id (arrangements->pdata[i]) ==
        hearth_record_get_id (HEARTH_RECORD (trial)))
      {
        g_assert_null (arrangement);
        arrangement = arrangements->pdata[i];
      }
  g_assert_nonnull (arrangement);
  g_assert_cmpint (hearth_arrangement_get_carer_id (arrangement), ==, carer_id);
  g_assert_cmpstr (hearth_arrangement_get_arrangement_type (arrangement), ==, "long-term");
  g_assert_cmpint (hearth_arrangement_get_weekly_fee_pence (arrangement), ==, 61250);
  g_assert_cmpstr (hearth_arrangement_get_start_date (arrangement), ==, "2026-11-22");
  stored = reload (scheme, person);
  g_assert_cmpstr (hearth_person_get_status (HEARTH_PERSON (stored)), ==, "in-arrangement");
  g_assert_cmpint (hearth_scheme_count_people_at_once (scheme, carer_id, "2026-11-22", NULL, NULL),
                   ==, places_before + 1);

  /* The person has left Matching's list; Arrangements lists them. */
  {
    GListModel *waiting = hearth_matching_page_get_people (matching);

    for (guint i = 0; i < g_list_model_get_n_items (waiting); i++)
      {
        g_autoptr(HearthRecord) other = g_list_model_get_item (waiting, i);

        g_assert_cmpint (hearth_record_get_id (other), !=, person_id);
      }
  }
  hearth_window_show_view (window, "arrangements");
  hearth_gui_test_settle ();
  arrangements_page = HEARTH_ARRANGEMENTS_PAGE (hearth_window_get_page (window, "arrangements"));
  {
    GListModel *shown = hearth_arrangements_page_get_shown (arrangements_page);

    for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
      {
        g_autoptr(HearthRecord) item = g_list_model_get_item (shown, i);

        listed |= hearth_record_get_id (item) == hearth_record_get_id (HEARTH_RECORD (arrangement));
      }
  }
  g_assert_true (listed);

  /* Its first review is not yet on the dashboard, and is there once it falls due. */
  hearth_window_show_view (window, "dashboard");
  dashboard = HEARTH_DASHBOARD_PAGE (hearth_window_get_page (window, "dashboard"));
  hearth_dashboard_page_refresh (dashboard);
  hearth_gui_test_settle ();
  {
    gint64 arrangement_id = hearth_record_get_id (HEARTH_RECORD (arrangement));
    g_autoptr(GPtrArray) reviews = hearth_scheme_load_related (scheme, HEARTH_TYPE_REVIEW,
                                                               "arrangement-id", arrangement_id,
                                                               &error);

    g_assert_no_error (error);
    g_assert_cmpuint (reviews->len, ==, 1);
    g_assert_cmpstr (hearth_review_get_due_on (reviews->pdata[0]), ==,
                     hearth_arrangement_get_first_review_due (arrangement));
    reference = g_strdup_printf ("review:%" G_GINT64_FORMAT,
                                 hearth_record_get_id (reviews->pdata[0]));
  }
  g_assert_false (hearth_dashboard_page_has_attention (dashboard, reference));
  hearth_date_set_today (hearth_arrangement_get_first_review_due (arrangement));
  hearth_dashboard_page_refresh (dashboard);
  hearth_gui_test_settle ();
  g_assert_true (hearth_dashboard_page_has_attention (dashboard, reference));
  hearth_date_set_today ("2026-11-22");

  gtk_window_destroy (GTK_WINDOW (window));
  hearth_gui_test_settle ();
  hearth_scheme_close (scheme);
}

int
main (int   argc,
      char *argv[])
{
  hearth_gui_test_init (&argc, &argv);

  g_test_add_func ("/gui/journey/suggestion-to-arrangement", test_suggestion_to_arrangement);

  return g_test_run ();
}
