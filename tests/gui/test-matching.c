/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-matching.c: the Matching view in the window, on the demo scheme, as a coordinator uses
 * it: a person who needs a match chosen from their profile's Find Carers button, the carers
 * listed as hearth_scheme_suggest_carers() ranks them, the first shortlisted and a trial
 * proposed with them through the page; and the matching weights saved from their window. */

#define G_LOG_DOMAIN "test-matching"

#include "config.h"

#include <adwaita.h>

#include "hearth-demo.h"
#include "hearth-gui-test.h"
#include "hearth-matching-page.h"
#include "hearth-matching-weights.h"
#include "hearth-profile-pane.h"
#include "hearth-waiting-row.h"
#include "hearth-window.h"

static GtkWindow *
find_toplevel (GType       type,
               const char *name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (window) &&
          (name == NULL || g_str_equal (gtk_widget_get_name (window), name)))
        return GTK_WINDOW (window);
    }
  return NULL;
}

static AdwMessageDialog *
find_dialog (const char *name)
{
  return (AdwMessageDialog *) find_toplevel (ADW_TYPE_MESSAGE_DIALOG, name);
}

static void
answer (AdwMessageDialog *dialog,
        const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  hearth_gui_test_settle ();
}

static char *
row_name (const char       *kind,
          HearthSuggestion *s)
{
  return g_strdup_printf ("%s-%" G_GINT64_FORMAT, kind, hearth_suggestion_get_carer_id (s));
}

static gboolean
needs_match (HearthPerson *person)
{
  const char *status = hearth_person_get_status (person);

  return !hearth_record_is_archived (HEARTH_RECORD (person)) &&
         (g_str_equal (status, "referred") || g_str_equal (status, "matching"));
}

/* Someone the demo has waiting, with carers both worth introducing and ruled out. */
static HearthPerson *
person_to_match (HearthScheme *scheme,
                 guint        *n_waiting)
{
  g_autoptr(GPtrArray) people = hearth_scheme_load_all (scheme, HEARTH_TYPE_PERSON, NULL);
  HearthPerson *found = NULL;

  *n_waiting = 0;
  for (guint i = 0; i < people->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (people, i);
      g_autoptr(GPtrArray) suggestions = NULL;
      gboolean candidate = FALSE, ruled_out = FALSE;

      if (!needs_match (person))
        continue;
      (*n_waiting)++;
      suggestions = hearth_scheme_suggest_carers (scheme, person, "long-term", FALSE, NULL);
      g_assert_nonnull (suggestions);
      for (guint j = 0; j < suggestions->len; j++)
        {
          candidate |= !hearth_suggestion_is_ruled_out (suggestions->pdata[j]);
          ruled_out |= hearth_suggestion_is_ruled_out (suggestions->pdata[j]);
        }
      if (found == NULL && candidate && ruled_out)
        found = g_object_ref (person);
    }

  g_assert_nonnull (found);
  return found;
}

/* Every carer the core ranks is listed in its group, in its order, with its rule. */
static void
assert_lists_match (HearthMatchingPage *page,
                    GPtrArray          *expected)
{
  GtkWidget *previous = NULL;
  GtkWidget *row_item;

  g_assert_cmpuint (g_list_model_get_n_items (hearth_matching_page_get_suggestions (page)), ==,
                    expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      HearthSuggestion *s = expected->pdata[i];
      gboolean out = hearth_suggestion_is_ruled_out (s);
      g_autofree char *name = row_name (out ? "ruled-out" : "candidate", s);
      GtkWidget *row = hearth_gui_test_find (GTK_WIDGET (page), name);

      g_assert_nonnull (row);
      if (out)
        {
          g_assert_true (ADW_IS_ACTION_ROW (row));
          g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                           hearth_suggestion_get_rule (s));
          continue;
        }

      /* Candidates best first: each row of the list view follows the one before. */
      g_assert_true (ADW_IS_EXPANDER_ROW (row));
      /* The list view's own row around it. */
      for (row_item = row; !GTK_IS_LIST_VIEW (gtk_widget_get_parent (row_item));
           row_item = gtk_widget_get_parent (row_item))
        ;
      if (previous != NULL)
        g_assert_true (gtk_widget_get_prev_sibling (row_item) == previous);
      previous = row_item;
      g_assert_nonnull (hearth_gui_test_find (row, "propose-trial"));
      g_assert_nonnull (hearth_gui_test_find (row, "shortlist"));
    }
}

/* The first HearthWaitingRow below @widget, in the order the list view shows them. */
static HearthWaitingRow *
first_waiting_row (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      HearthWaitingRow *found;

      if (HEARTH_IS_WAITING_ROW (child))
        return HEARTH_WAITING_ROW (child);
      if ((found = first_waiting_row (child)) != NULL)
        return found;
    }
  return NULL;
}

static void
choose_from_profile (HearthWindow *window,
                     HearthPerson *person)
{
  GtkWidget *profile = hearth_window_get_profile_pane (window, "people");
  GtkWidget *button;

  g_assert_true (hearth_window_show_record (window, HEARTH_RECORD (person)));
  hearth_gui_test_settle ();
  button = hearth_gui_test_find (profile, "find-carers");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  hearth_gui_test_settle ();
}

static void
test_find_shortlist_propose (void)
{
  g_autofree char *dir = g_dir_make_tmp ("hearth-gui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Demo.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthPerson) person = NULL;
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GPtrArray) trials = NULL;
  g_autoptr(GArray) shortlist = NULL;
  g_autoptr(HearthRecord) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first_name = NULL;
  HearthSuggestion *first = NULL;
  HearthMatchingPage *page;
  AdwMessageDialog *dialog;
  HearthWindow *window;
  GtkWidget *row;
  guint n_waiting;

  scheme = hearth_demo_create (file, 1, HEARTH_DEMO_DEFAULT_SEED, NULL, NULL, &error);
  g_assert_no_error (error);
  person = person_to_match (scheme, &n_waiting);

  window = g_object_new (HEARTH_TYPE_WINDOW, NULL);
  g_assert_true (hearth_window_set_scheme (window, scheme));
  gtk_window_present (GTK_WINDOW (window));
  hearth_gui_test_settle ();
  page = HEARTH_MATCHING_PAGE (hearth_window_get_page (window, "matching"));
  g_assert_true (HEARTH_IS_MATCHING_PAGE (page));

  /* The list is everyone waiting for a match, and no one else. */
  g_assert_cmpuint (g_list_model_get_n_items (hearth_matching_page_get_people (page)), ==,
                    n_waiting);
  {
    /* Each is a row of their own: the first is the first person, with their status. */
    HearthWaitingRow *waiting = first_waiting_row (GTK_WIDGET (page));
    GListModel *people = hearth_matching_page_get_people (page);
    g_autoptr(HearthPerson) first_person = g_list_model_get_item (people, 0);
    g_autofree char *line = hearth_waiting_row_dup_line (first_person);

    g_assert_nonnull (waiting);
    g_assert_true (hearth_waiting_row_get_item (waiting) == first_person);
    g_assert_nonnull (strstr (line, hearth_values_label (HEARTH_VALUES_PERSON_STATUS,
                                                         hearth_person_get_status (first_person))));
  }

  /* Find Carers on their profile opens this view, with them chosen. */
  choose_from_profile (window, person);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_nonnull (hearth_matching_page_get_person (page));
  g_assert_cmpint (hearth_record_get_id (HEARTH_RECORD (hearth_matching_page_get_person (page))), ==,
                   hearth_record_get_id (HEARTH_RECORD (person)));

  /* The same carers as the core suggests, in the same order, each with its rule. */
  expected = hearth_scheme_suggest_carers (scheme, person, "long-term", FALSE, &error);
  g_assert_no_error (error);
  assert_lists_match (page, expected);
  first = expected->pdata[0];
  g_assert_false (hearth_suggestion_is_ruled_out (first));
  first_name = row_name ("candidate", first);
  row = hearth_gui_test_find (GTK_WIDGET (page), first_name);

  /* Shortlist the best: the scheme keeps it. */
  gtk_switch_set_active (GTK_SWITCH (hearth_gui_test_find (row, "shortlist")), TRUE);
  hearth_gui_test_settle ();
  g_assert_null (find_dialog ("matching-error"));
  shortlist = hearth_scheme_get_shortlist (scheme, person, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (shortlist->len, ==, 1);
  g_assert_cmpint (g_array_index (shortlist, gint64, 0), ==, hearth_suggestion_get_carer_id (first));
  g_assert_true (gtk_widget_get_sensitive (hearth_gui_test_find (row, "print-introductions")));

  /* Propose Trial asks first; Cancel leaves everything as it was. */
  row = hearth_gui_test_find (GTK_WIDGET (page), first_name);
  g_signal_emit_by_name (hearth_gui_test_find (row, "propose-trial"), "clicked");
  hearth_gui_test_settle ();
  dialog = find_dialog ("matching-question");
  g_assert_nonnull (dialog);
  answer (dialog, "cancel");
  trials = hearth_scheme_load_related (scheme, HEARTH_TYPE_TRIAL, "person-id",
                                       hearth_record_get_id (HEARTH_RECORD (person)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trials->len, ==, 0);

  /* Propose: the trial is there, with that carer, and the person is now in trial. */
  row = hearth_gui_test_find (GTK_WIDGET (page), first_name);
  g_signal_emit_by_name (hearth_gui_test_find (row, "propose-trial"), "clicked");
  hearth_gui_test_settle ();
  dialog = find_dialog ("matching-question");
  g_assert_nonnull (dialog);
  answer (dialog, "propose");
  g_assert_null (find_dialog ("matching-error"));
  g_clear_pointer (&trials, g_ptr_array_unref);
  trials = hearth_scheme_load_related (scheme, HEARTH_TYPE_TRIAL, "person-id",
                                       hearth_record_get_id (HEARTH_RECORD (person)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trials->len, ==, 1);
  g_assert_cmpint (hearth_trial_get_carer_id (trials->pdata[0]), ==,
                   hearth_suggestion_get_carer_id (first));
  g_assert_cmpstr (hearth_trial_get_arrangement_type (trials->pdata[0]), ==, "long-term");
  stored = hearth_scheme_load (scheme, HEARTH_TYPE_PERSON,
                               hearth_record_get_id (HEARTH_RECORD (person)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hearth_person_get_status (HEARTH_PERSON (stored)), ==, "in-trial");

  /* They leave the list of those waiting; the page still shows them, the carer now ruled
   * out by the open trial. */
  g_assert_cmpuint (g_list_model_get_n_items (hearth_matching_page_get_people (page)), ==,
                    n_waiting - 1);
  {
    g_autofree char *ruled_out = row_name ("ruled-out", first);

    g_assert_nonnull (hearth_gui_test_find (GTK_WIDGET (page), ruled_out));
    g_assert_null (hearth_gui_test_find (GTK_WIDGET (page), first_name));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  hearth_gui_test_settle ();
  hearth_scheme_close (scheme);
}

/* A past no keeps a carer out until the coordinator lifts it, from the Ruled Out group. */
static void
test_suggest_again (void)
{
  g_autofree char *dir = g_dir_make_tmp ("hearth-gui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Demo.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthPerson) person = NULL;
  g_autoptr(HearthTrial) trial = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = hearth_date_today ();
  g_autofree char *ruled_out = NULL;
  g_autofree char *candidate = NULL;
  HearthMatchingPage *page;
  HearthSuggestion *first;
  HearthWindow *window;
  GtkWidget *row;
  guint n_waiting;

  scheme = hearth_demo_create (file, 1, HEARTH_DEMO_DEFAULT_SEED, NULL, NULL, &error);
  g_assert_no_error (error);
  person = person_to_match (scheme, &n_waiting);

  {
    g_autoptr(GPtrArray) suggestions = hearth_scheme_suggest_carers (scheme, person, "long-term",
                                                                     FALSE, &error);

    first = g_object_ref (suggestions->pdata[0]);
    ruled_out = row_name ("ruled-out", first);
    candidate = row_name ("candidate", first);
  }

  /* The person says no to the best carer. */
  trial = hearth_scheme_propose_trial (scheme, person, hearth_suggestion_get_carer (first),
                                       "long-term", today, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_scheme_decide_trial (scheme, trial, HEARTH_SIDE_PERSON, FALSE,
                                             "I would rather be nearer my sister.", today,
                                             &error));
  g_assert_no_error (error);

  window = g_object_new (HEARTH_TYPE_WINDOW, NULL);
  g_assert_true (hearth_window_set_scheme (window, scheme));
  gtk_window_present (GTK_WINDOW (window));
  hearth_gui_test_settle ();
  page = HEARTH_MATCHING_PAGE (hearth_window_get_page (window, "matching"));
  {
    g_autofree char *reference = g_strdup_printf ("person:%" G_GINT64_FORMAT,
                                                  hearth_record_get_id (HEARTH_RECORD (person)));

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find-carers", "s",
                                               reference));
  }
  hearth_gui_test_settle ();

  row = hearth_gui_test_find (GTK_WIDGET (page), ruled_out);
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "said no"));
  g_signal_emit_by_name (hearth_gui_test_find (row, "suggest-again"), "clicked");
  hearth_gui_test_settle ();
  g_assert_null (find_dialog ("matching-error"));
  g_assert_null (hearth_gui_test_find (GTK_WIDGET (page), ruled_out));
  g_assert_nonnull (hearth_gui_test_find (GTK_WIDGET (page), candidate));

  gtk_window_destroy (GTK_WINDOW (window));
  hearth_gui_test_settle ();
  g_object_unref (first);
  hearth_scheme_close (scheme);
}

static void
test_weights (void)
{
  g_autofree char *dir = g_dir_make_tmp ("hearth-gui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Demo.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GError) error = NULL;
  HearthMatchWeights weights;
  HearthMatchingWeights *dialog;
  HearthWindow *window;
  HearthPage *page;
  g_autoptr(HearthPerson) person = NULL;
  g_autoptr(GPtrArray) expected = NULL;
  GListModel *shown;
  guint n_waiting;

  scheme = hearth_demo_create (file, 1, HEARTH_DEMO_DEFAULT_SEED, NULL, NULL, &error);
  g_assert_no_error (error);
  window = g_object_new (HEARTH_TYPE_WINDOW, NULL);
  g_assert_true (hearth_window_set_scheme (window, scheme));
  gtk_window_present (GTK_WINDOW (window));
  hearth_window_show_view (window, "matching");
  hearth_gui_test_settle ();
  page = hearth_window_get_page (window, "matching");
  person = person_to_match (scheme, &n_waiting);
  hearth_matching_page_select_person (HEARTH_MATCHING_PAGE (page),
                                      hearth_record_get_id (HEARTH_RECORD (person)));
  hearth_gui_test_settle ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "matching.weights", NULL));
  hearth_gui_test_settle ();
  dialog = (HearthMatchingWeights *) find_toplevel (HEARTH_TYPE_MATCHING_WEIGHTS, NULL);
  g_assert_nonnull (dialog);
  gtk_spin_button_set_value (hearth_matching_weights_get_button (dialog, HEARTH_MATCH_AREA), 9);
  hearth_gui_test_settle ();
  g_assert_null (find_dialog ("matching-error"));
  g_assert_true (hearth_scheme_get_match_weights (scheme, &weights, &error));
  g_assert_no_error (error);
  g_assert_cmpint (weights.weight[HEARTH_MATCH_AREA], ==, 9);

  /* Once the weights are set, the carers shown are ranked with them. */
  gtk_window_destroy (GTK_WINDOW (dialog));
  hearth_gui_test_settle ();
  expected = hearth_scheme_suggest_carers (scheme, person, "long-term", FALSE, &error);
  g_assert_no_error (error);
  shown = hearth_matching_page_get_suggestions (HEARTH_MATCHING_PAGE (page));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      g_autoptr(HearthSuggestion) s = g_list_model_get_item (shown, i);

      g_assert_cmpint (hearth_suggestion_get_carer_id (s), ==,
                       hearth_suggestion_get_carer_id (expected->pdata[i]));
      g_assert_cmpint (hearth_suggestion_get_score (s), ==,
                       hearth_suggestion_get_score (expected->pdata[i]));
    }
  assert_lists_match (HEARTH_MATCHING_PAGE (page), expected);

  gtk_window_destroy (GTK_WINDOW (window));
  hearth_gui_test_settle ();
  hearth_scheme_close (scheme);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  hearth_date_set_today ("2026-11-22");
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/gui/matching/find-shortlist-propose", test_find_shortlist_propose);
  g_test_add_func ("/gui/matching/suggest-again", test_suggest_again);
  g_test_add_func ("/gui/matching/weights", test_weights);

  return g_test_run ();
}
