/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-arrangements.c: the Arrangements view on the demo scheme, as a coordinator uses it:
 * an emergency placement started through the dialog, with the dates the core sets; a carer
 * with no place free refused in the core's words with nothing saved or lost; and an
 * arrangement ended through its dialog, after the dialog's last question. */

#define G_LOG_DOMAIN "test-gui-arrangements"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "hearth-arrangement-dialog.h"
#include "hearth-arrangements-page.h"
#include "hearth-demo.h"
#include "hearth-gui-test.h"
#include "hearth-window.h"

#define TODAY "2026-11-22"

typedef struct
{
  char         *dir;
  HearthScheme *scheme;
  HearthWindow *window;
  HearthArrangementsPage *page;
} Fixture;

static GtkWidget *
field (GtkWidget  *dialog,
       const char *name)
{
  GtkWidget *widget = hearth_gui_test_find (dialog, name);

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

/* Chooses the record with @id in the combo row named @name. */
static void
choose_record (GtkWidget  *dialog,
               const char *name,
               gint64      id)
{
  AdwComboRow *combo = ADW_COMBO_ROW (field (dialog, name));
  GListModel *model = adw_combo_row_get_model (combo);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HearthRecord) record = g_list_model_get_item (model, i);

      if (hearth_record_get_id (record) == id)
        {
          adw_combo_row_set_selected (combo, i);
          return;
        }
    }
  g_assert_not_reached ();
}

/* The list row whose title is @title, if it is on screen. */
static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  GtkWidget *label;

  if (g_strcmp0 (gtk_widget_get_name (widget), "arrangement") == 0 &&
      (label = hearth_gui_test_find (widget, "title")) != NULL &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static const char *
text_of (GtkWidget  *dialog,
         const char *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (field (dialog, name)));
}

static const char *
subtitle_of (GtkWidget  *dialog,
             const char *name)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (field (dialog, name)));
}

static const char *
label_text (GtkWidget  *row,
            const char *name)
{
  GtkWidget *label = hearth_gui_test_find (row, name);

  g_assert_nonnull (label);
  return gtk_widget_get_visible (label) ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

static const char *
error_shown (GtkWidget *dialog)
{
  GtkWidget *label = field (dialog, "error");
  GtkWidget *revealer = gtk_widget_get_ancestor (label, GTK_TYPE_REVEALER);

  return gtk_revealer_get_reveal_child (GTK_REVEALER (revealer))
         ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

static guint
count_arrangements (HearthScheme *scheme,
                    gboolean      current_only)
{
  g_autoptr(GPtrArray) all = hearth_scheme_load_all (scheme, HEARTH_TYPE_ARRANGEMENT, NULL);
  guint n = 0;

  for (guint i = 0; i < all->len; i++)
    if (!current_only || hearth_arrangement_get_end_date (g_ptr_array_index (all, i)) == NULL)
      n++;
  return n;
}

static int
people_at_once (HearthScheme *scheme,
                HearthCarer  *carer)
{
  return hearth_scheme_count_people_at_once (scheme, hearth_record_get_id (HEARTH_RECORD (carer)),
                                             TODAY, NULL, NULL);
}

static const char *
first_type (HearthCarer *carer)
{
  static const char * const types[] = { "long-term", "short-breaks", "day-support" };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (hearth_carer_is_approved_for (carer, types[i]))
      return types[i];
  g_assert_not_reached ();
}

/* An approved carer (for emergencies too, if @emergency) with a place free today. */
static HearthCarer *
find_carer (HearthScheme *scheme,
            gboolean      emergency)
{
  g_autoptr(GPtrArray) carers = hearth_scheme_load_all (scheme, HEARTH_TYPE_CARER, NULL);

  for (guint i = 0; i < carers->len; i++)
    {
      HearthCarer *carer = g_ptr_array_index (carers, i);

      if (g_strcmp0 (hearth_carer_get_stage (carer), "approved") == 0 &&
          !hearth_record_is_archived (HEARTH_RECORD (carer)) &&
          (!emergency || hearth_carer_get_approved_emergency (carer)) &&
          people_at_once (scheme, carer) < (int) hearth_carer_get_capacity (carer))
        return g_object_ref (carer);
    }
  g_assert_not_reached ();
}

/* People waiting for a match, each of whom can be placed. */
static GPtrArray *
find_people_matching (HearthScheme *scheme)
{
  g_autoptr(GPtrArray) people = hearth_scheme_load_all (scheme, HEARTH_TYPE_PERSON, NULL);
  GPtrArray *matching = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < people->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (people, i);

      if (!hearth_record_is_archived (HEARTH_RECORD (person)) &&
          g_strcmp0 (hearth_person_get_status (person), "matching") == 0)
        g_ptr_array_add (matching, g_object_ref (person));
    }
  g_assert_cmpuint (matching->len, >=, 3);
  return matching;
}

static HearthArrangement *
find_arrangement (HearthScheme *scheme,
                  HearthPerson *person,
                  HearthCarer  *carer)
{
  gint64 carer_id = hearth_record_get_id (HEARTH_RECORD (carer));
  g_autoptr(GPtrArray) all = NULL;

  all = hearth_scheme_load_related (scheme, HEARTH_TYPE_ARRANGEMENT, "person-id",
                                    hearth_record_get_id (HEARTH_RECORD (person)), NULL);

  for (guint i = 0; all != NULL && i < all->len; i++)
    {
      HearthArrangement *arrangement = g_ptr_array_index (all, i);

      if (hearth_arrangement_get_carer_id (arrangement) == carer_id)
        return g_object_ref (arrangement);
    }
  return NULL;
}

static GtkWidget *
open_emergency_dialog (Fixture *f)
{
  GtkWidget *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "arrangements.new-emergency",
                                             NULL));
  hearth_gui_test_settle ();
  dialog = hearth_gui_test_find_window ("arrangement-dialog");
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (f->window));
  return dialog;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("hearth-gui-XXXXXX", NULL);
  path = g_build_filename (f->dir, "Demo.hearth", NULL);
  file = g_file_new_for_path (path);
  f->scheme = hearth_demo_create (file, 1, HEARTH_DEMO_DEFAULT_SEED, NULL, NULL, &error);
  g_assert_no_error (error);
  f->window = g_object_new (HEARTH_TYPE_WINDOW, NULL);
  g_assert_true (hearth_window_set_scheme (f->window, f->scheme));
  gtk_window_present (GTK_WINDOW (f->window));
  hearth_window_show_view (f->window, "arrangements");
  hearth_gui_test_settle ();
  f->page = HEARTH_ARRANGEMENTS_PAGE (hearth_window_get_page (f->window, "arrangements"));
  g_assert_nonnull (f->page);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->page)));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  hearth_gui_test_settle ();
  hearth_scheme_close (f->scheme);
  g_clear_object (&f->scheme);
  g_free (f->dir);
}

/* The list shows the current arrangements, newest first, and its filters narrow it. */
static void
test_list_and_filters (Fixture       *f,
                       gconstpointer  data)
{
  GListModel *shown = hearth_arrangements_page_get_shown (f->page);
  GtkWidget *state = field (GTK_WIDGET (f->page), "state");
  GtkWidget *emergency = field (GTK_WIDGET (f->page), "emergency-only");
  guint current = count_arrangements (f->scheme, TRUE);
  guint all = count_arrangements (f->scheme, FALSE);
  g_autoptr(HearthArrangement) first = NULL;
  g_autoptr(HearthArrangement) second = NULL;

  g_assert_cmpuint (current, >, 1);
  g_assert_cmpuint (all, >, current);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, current);
  first = g_list_model_get_item (shown, 0);
  second = g_list_model_get_item (shown, 1);
  g_assert_cmpstr (hearth_arrangement_get_start_date (first), >=,
                   hearth_arrangement_get_start_date (second));

  gtk_drop_down_set_selected (GTK_DROP_DOWN (state), 2);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, all);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (state), 1);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, all - current);

  /* The demo has one emergency placement, current. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (state), 0);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (emergency), TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  g_clear_object (&first);
  first = g_list_model_get_item (shown, 0);
  g_assert_true (hearth_arrangement_get_emergency (first));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (emergency), FALSE);

  /* A search no one matches leaves the empty state. */
  gtk_editable_set_text (GTK_EDITABLE (field (GTK_WIDGET (f->page), "search")), "Zzyzx");
  g_signal_emit_by_name (field (GTK_WIDGET (f->page), "search"), "search-changed");
  hearth_gui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
}

/* An emergency placement through the dialog, then a carer with no place free refused. */
static void
test_start_emergency (Fixture       *f,
                      gconstpointer  data)
{
  HearthSchemeDetails *details = hearth_scheme_get_details (f->scheme);
  GListModel *shown = hearth_arrangements_page_get_shown (f->page);
  g_autoptr(HearthCarer) carer = find_carer (f->scheme, TRUE);
  g_autoptr(GPtrArray) people = find_people_matching (f->scheme);
  HearthPerson *person = g_ptr_array_index (people, 0);
  g_autoptr(HearthArrangement) started = NULL;
  g_autoptr(HearthArrangement) listed = NULL;
  g_autoptr(HearthRecord) saved_person = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(GError) expected = NULL;
  int max_months = (int) hearth_scheme_details_get_emergency_max_months (details);
  int planning_days = (int) hearth_scheme_details_get_emergency_planning_days (details);
  int review_weeks = (int) hearth_scheme_details_get_emergency_review_weeks (details);
  g_autofree char *planned_end = hearth_date_add_months (TODAY, max_months);
  g_autofree char *meeting = hearth_date_add_working_days (TODAY, planning_days);
  g_autofree char *planned_end_input = hearth_date_to_input (planned_end);
  g_autofree char *meeting_shown = hearth_date_to_display (meeting);
  g_autofree char *review = hearth_date_add_weeks (TODAY, review_weeks);
  g_autofree char *review_shown = hearth_date_to_display (review);
  guint before = g_list_model_get_n_items (shown);
  guint total;
  GtkWidget *dialog;
  int at_once;

  dialog = open_emergency_dialog (f);
  choose_record (dialog, "person", hearth_record_get_id (HEARTH_RECORD (person)));
  choose_record (dialog, "carer", hearth_record_get_id (HEARTH_RECORD (carer)));
  /* The carer's first approved type is chosen for them; the dates follow today. */
  g_assert_cmpint (adw_combo_row_get_selected (ADW_COMBO_ROW (field (dialog, "type"))), ==,
                   hearth_values_index (HEARTH_VALUES_ARRANGEMENT_TYPE, first_type (carer)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (dialog, "start-date"))), ==,
                   "22 November 2026");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (dialog, "planned-end"))), ==,
                   planned_end_input);
  set_text (dialog, "weekly-fee", "£720.50");
  g_assert_cmpstr (subtitle_of (dialog, "first-review"), ==, review_shown);
  g_assert_cmpstr (subtitle_of (dialog, "planning-meeting"), ==, meeting_shown);

  /* Without the registered manager's approval: refused, and the fee typed stays. */
  g_assert_true (gtk_widget_activate_action (dialog, "arrangement.start", NULL));
  hearth_gui_test_settle ();
  g_assert_nonnull (error_shown (dialog));
  g_assert_nonnull (strstr (error_shown (dialog), "registered manager’s approval"));
  g_assert_true (hearth_gui_test_find_window ("arrangement-dialog") == dialog);
  g_assert_cmpstr (text_of (dialog, "weekly-fee"), ==, "£720.50");
  g_assert_null (find_arrangement (f->scheme, person, carer));

  set_text (dialog, "approved-by", "Hana Ito");
  g_assert_true (gtk_widget_activate_action (dialog, "arrangement.start", NULL));
  hearth_gui_test_settle ();
  g_assert_null (hearth_gui_test_find_window ("arrangement-dialog"));

  started = find_arrangement (f->scheme, person, carer);
  g_assert_nonnull (started);
  g_assert_true (hearth_arrangement_get_emergency (started));
  g_assert_cmpstr (hearth_arrangement_get_arrangement_type (started), ==, first_type (carer));
  g_assert_cmpstr (hearth_arrangement_get_start_date (started), ==, TODAY);
  g_assert_cmpstr (hearth_arrangement_get_planned_end (started), ==, planned_end);
  g_assert_cmpstr (hearth_arrangement_get_planning_meeting_due (started), ==, meeting);
  g_assert_cmpstr (hearth_arrangement_get_first_review_due (started), ==, review);
  g_assert_cmpstr (hearth_arrangement_get_manager_approved_by (started), ==, "Hana Ito");
  g_assert_cmpstr (hearth_arrangement_get_manager_approved_on (started), ==, TODAY);
  g_assert_cmpint (hearth_arrangement_get_weekly_fee_pence (started), ==, 72050);
  g_assert_cmpstr (hearth_arrangement_get_funding_route (started), ==,
                   hearth_person_get_funding_route (person));
  reviews = hearth_scheme_load_related (f->scheme, HEARTH_TYPE_REVIEW, "arrangement-id",
                                        hearth_record_get_id (HEARTH_RECORD (started)), NULL);
  g_assert_cmpuint (reviews->len, ==, 1);
  g_assert_cmpstr (hearth_review_get_due_on (g_ptr_array_index (reviews, 0)), ==, review);
  saved_person = hearth_scheme_load (f->scheme, HEARTH_TYPE_PERSON,
                                     hearth_record_get_id (HEARTH_RECORD (person)), NULL);
  g_assert_cmpstr (hearth_person_get_status (HEARTH_PERSON (saved_person)), ==, "in-arrangement");

  /* The live list has it, first: it is the newest. */
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, before + 1);
  listed = g_list_model_get_item (shown, 0);
  g_assert_cmpint (hearth_record_get_id (HEARTH_RECORD (listed)), ==,
                   hearth_record_get_id (HEARTH_RECORD (started)));

  /* Its row says who, what, since when, for how much, and how long the emergency has left. */
  hearth_gui_test_settle ();
  {
    g_autofree char *person_name = hearth_person_dup_display_name (person);
    g_autofree char *carer_name = hearth_carer_dup_display_name (carer);
    g_autofree char *title = g_strdup_printf ("%s ↔ %s", person_name, carer_name);
    g_autofree char *left = g_strdup_printf ("Emergency, %d days left of its limit",
                                             hearth_date_days_between (TODAY, planned_end));
    g_autofree char *due = hearth_date_to_display (review);
    g_autofree char *first = g_strdup_printf ("First review due %s", due);
    const char *route = hearth_person_get_funding_route (person);
    g_autofree char *terms = g_strdup_printf ("£720.50 a week · %s",
                                              hearth_values_label (HEARTH_VALUES_FUNDING_ROUTE,
                                                                   route));
    GtkWidget *row = find_row (GTK_WIDGET (f->page), title);

    g_assert_nonnull (row);
    g_assert_nonnull (strstr (label_text (row, "type"), "since 22 November 2026"));
    g_assert_cmpstr (label_text (row, "terms"), ==, terms);
    g_assert_cmpstr (label_text (row, "emergency"), ==, left);
    g_assert_cmpstr (label_text (row, "review"), ==, first);
  }

  /* Fill the carer's other places, then ask for one more: the core's refusal, word for word. */
  for (guint i = 1; people_at_once (f->scheme, carer) < (int) hearth_carer_get_capacity (carer);
       i++)
    {
      g_autoptr(HearthArrangement) other = hearth_arrangement_new ();
      g_autoptr(GError) error = NULL;

      g_assert_cmpuint (i, <, people->len - 1);
      g_object_set (other, "person-id",
                    hearth_record_get_id (HEARTH_RECORD (g_ptr_array_index (people, i))),
                    "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)), "emergency", TRUE,
                    "arrangement-type", first_type (carer), "start-date", TODAY,
                    "manager-approved-by", "Hana Ito", NULL);
      g_assert_true (hearth_scheme_start_arrangement (f->scheme, other, &error));
      g_assert_no_error (error);
    }
  at_once = people_at_once (f->scheme, carer);
  g_assert_false (hearth_rules_check_carer_can_take (carer, first_type (carer), TRUE,
                                                     (guint) at_once, &expected));
  total = count_arrangements (f->scheme, FALSE);

  dialog = open_emergency_dialog (f);
  person = g_ptr_array_index (people, people->len - 1);
  choose_record (dialog, "person", hearth_record_get_id (HEARTH_RECORD (person)));
  choose_record (dialog, "carer", hearth_record_get_id (HEARTH_RECORD (carer)));
  set_text (dialog, "weekly-fee", "650");
  set_text (dialog, "approved-by", "Hana Ito");
  g_assert_true (gtk_widget_activate_action (dialog, "arrangement.start", NULL));
  hearth_gui_test_settle ();
  g_assert_cmpstr (error_shown (dialog), ==, expected->message);
  g_assert_nonnull (strstr (error_shown (dialog), "already supports"));
  g_assert_true (hearth_gui_test_find_window ("arrangement-dialog") == dialog);
  g_assert_cmpstr (text_of (dialog, "approved-by"), ==, "Hana Ito");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (dialog, "weekly-fee"))), ==, "650");
  g_assert_cmpuint (count_arrangements (f->scheme, FALSE), ==, total);
  g_assert_null (find_arrangement (f->scheme, person, carer));

  gtk_window_close (GTK_WINDOW (dialog));
  hearth_gui_test_settle ();
  g_assert_null (hearth_gui_test_find_window ("arrangement-dialog"));
  g_assert_cmpuint (count_arrangements (f->scheme, FALSE), ==, total);
}

/* A trial both sides said yes to becomes an arrangement, its people and type taken from it. */
static void
test_start_from_trial (Fixture       *f,
                       gconstpointer  data)
{
  HearthSchemeDetails *details = hearth_scheme_get_details (f->scheme);
  g_autoptr(HearthCarer) carer = find_carer (f->scheme, FALSE);
  g_autoptr(GPtrArray) people = find_people_matching (f->scheme);
  HearthPerson *person = g_ptr_array_index (people, 0);
  const char *type = first_type (carer);
  int review_weeks = (int) hearth_scheme_details_get_first_review_weeks (details);
  g_autofree char *review = hearth_date_add_weeks (TODAY, review_weeks);
  g_autofree char *review_shown = hearth_date_to_display (review);
  g_autofree char *person_name = hearth_person_dup_display_name (person);
  g_autofree char *carer_name = hearth_carer_dup_display_name (carer);
  g_autoptr(HearthTrial) trial = NULL;
  g_autoptr(HearthArrangement) started = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  trial = hearth_scheme_propose_trial (f->scheme, person, carer, type, TODAY, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_scheme_decide_trial (f->scheme, trial, HEARTH_SIDE_PERSON, TRUE,
                                             "I felt at home", TODAY, &error));
  g_assert_true (hearth_scheme_decide_trial (f->scheme, trial, HEARTH_SIDE_CARER, TRUE,
                                             "We would love to", TODAY, &error));
  g_assert_no_error (error);

  hearth_arrangement_dialog_present (GTK_WIDGET (f->page), f->scheme, trial);
  hearth_gui_test_settle ();
  dialog = hearth_gui_test_find_window ("arrangement-dialog");
  g_assert_nonnull (dialog);

  /* Who and what come from the trial; nothing to choose, nothing for an emergency. */
  g_assert_false (gtk_widget_is_visible (field (dialog, "person")));
  g_assert_false (gtk_widget_is_visible (field (dialog, "carer")));
  g_assert_false (gtk_widget_is_visible (field (dialog, "approved-by")));
  g_assert_false (gtk_widget_is_visible (field (dialog, "planned-end")));
  g_assert_cmpstr (subtitle_of (dialog, "first-review"), ==, review_shown);
  g_assert_true (gtk_widget_is_visible (field (dialog, "nights-agreed")) ==
                 g_str_equal (type, "short-breaks"));
  g_assert_true (gtk_widget_is_visible (field (dialog, "days-agreed")) ==
                 g_str_equal (type, "day-support"));

  set_text (dialog, "weekly-fee", "650");
  set_text (dialog, "nights-agreed", "30");
  set_text (dialog, "days-agreed", "Tuesdays and Fridays");
  g_assert_true (gtk_widget_activate_action (dialog, "arrangement.start", NULL));
  hearth_gui_test_settle ();
  g_assert_null (hearth_gui_test_find_window ("arrangement-dialog"));

  started = find_arrangement (f->scheme, person, carer);
  g_assert_nonnull (started);
  g_assert_cmpint (hearth_arrangement_get_trial_id (started), ==,
                   hearth_record_get_id (HEARTH_RECORD (trial)));
  g_assert_false (hearth_arrangement_get_emergency (started));
  g_assert_cmpstr (hearth_arrangement_get_arrangement_type (started), ==, type);
  g_assert_cmpstr (hearth_arrangement_get_start_date (started), ==, TODAY);
  g_assert_null (hearth_arrangement_get_planned_end (started));
  g_assert_cmpstr (hearth_arrangement_get_first_review_due (started), ==, review);
  g_assert_cmpint (hearth_arrangement_get_weekly_fee_pence (started), ==, 65000);
  g_assert_cmpint (hearth_arrangement_get_nights_agreed (started), ==,
                   g_str_equal (type, "short-breaks") ? 30 : 0);
  if (g_str_equal (type, "day-support"))
    g_assert_cmpstr (hearth_arrangement_get_days_agreed (started), ==, "Tuesdays and Fridays");
  else
    g_assert_null (hearth_arrangement_get_days_agreed (started));

  /* A second arrangement from the same trial: the core says no, in the dialog. */
  hearth_arrangement_dialog_present (GTK_WIDGET (f->page), f->scheme, trial);
  hearth_gui_test_settle ();
  dialog = hearth_gui_test_find_window ("arrangement-dialog");
  set_text (dialog, "weekly-fee", "650");
  g_assert_true (gtk_widget_activate_action (dialog, "arrangement.start", NULL));
  hearth_gui_test_settle ();
  g_assert_cmpstr (error_shown (dialog), ==, "An arrangement has already started from this trial.");
  gtk_window_destroy (GTK_WINDOW (dialog));
  hearth_gui_test_settle ();
  g_test_message ("%s ↔ %s started from their trial", person_name, carer_name);
}

static void
set_end_fields (GtkWidget  *dialog,
                const char *reason,
                const char *note)
{
  /* The first choice is no reason at all. */
  int i = reason != NULL ? hearth_values_index (HEARTH_VALUES_END_REASON, reason) + 1 : 0;

  g_assert_cmpint (i, >=, 0);
  set_text (dialog, "end-date", "22/11/2026");
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (dialog, "reason")), (guint) i);
  set_text (dialog, "note", note);
}

/* Ending one: a refusal keeps the form; the last question comes before anything is saved. */
static void
test_end_arrangement (Fixture       *f,
                      gconstpointer  data)
{
  GListModel *shown = hearth_arrangements_page_get_shown (f->page);
  g_autoptr(HearthArrangement) chosen = NULL;
  g_autoptr(HearthRecord) saved = NULL;
  g_autoptr(HearthRecord) person = NULL;
  g_autofree char *reference = NULL;
  g_autoptr(GPtrArray) others = NULL;
  gboolean other_current = FALSE;
  HearthArrangement *selected;
  GtkWidget *dialog;
  GtkWidget *stack;
  guint before = g_list_model_get_n_items (shown);
  gint64 id;

  /* The oldest current arrangement, opened as any view would open it. */
  chosen = g_list_model_get_item (shown, before - 1);
  id = hearth_record_get_id (HEARTH_RECORD (chosen));
  reference = g_strdup_printf ("arrangement:%" G_GINT64_FORMAT, id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-record", "s",
                                             reference));
  hearth_gui_test_settle ();
  selected = hearth_arrangements_page_get_selected (f->page);
  g_assert_nonnull (selected);
  g_assert_cmpint (hearth_record_get_id (HEARTH_RECORD (selected)), ==, id);
  g_assert_nonnull (hearth_gui_test_find (GTK_WIDGET (f->page), "person"));
  g_assert_nonnull (hearth_gui_test_find (GTK_WIDGET (f->page), "carer"));

  others = hearth_scheme_load_related (f->scheme, HEARTH_TYPE_ARRANGEMENT, "person-id",
                                       hearth_arrangement_get_person_id (chosen), NULL);
  for (guint i = 0; i < others->len; i++)
    if (hearth_record_get_id (g_ptr_array_index (others, i)) != id &&
        hearth_arrangement_get_end_date (g_ptr_array_index (others, i)) == NULL)
      other_current = TRUE;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "arrangements.end", NULL));
  hearth_gui_test_settle ();
  dialog = hearth_gui_test_find_window ("end-arrangement-dialog");
  g_assert_nonnull (dialog);
  stack = gtk_widget_get_ancestor (field (dialog, "end-date"), GTK_TYPE_STACK);

  /* No reason chosen: asked for, in the core's words, before the last question. */
  set_end_fields (dialog, NULL, "");
  g_assert_true (gtk_widget_activate_action (dialog, "end.continue", NULL));
  hearth_gui_test_settle ();
  g_assert_cmpstr (error_shown (dialog), ==, "Choose why the arrangement ended.");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "form");

  /* "Other" without a note: the core refuses, and the form comes back as typed. */
  set_end_fields (dialog, "other", "");
  g_assert_true (gtk_widget_activate_action (dialog, "end.continue", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "confirm");
  g_assert_true (gtk_widget_activate_action (dialog, "end.confirm", NULL));
  hearth_gui_test_settle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "form");
  g_assert_nonnull (error_shown (dialog));
  g_assert_nonnull (hearth_gui_test_find_window ("end-arrangement-dialog"));
  saved = hearth_scheme_load (f->scheme, HEARTH_TYPE_ARRANGEMENT, id, NULL);
  g_assert_null (hearth_arrangement_get_end_date (HEARTH_ARRANGEMENT (saved)));
  g_clear_object (&saved);

  /* Continue asks the last question; only the answer ends it. */
  set_end_fields (dialog, "ended-by-carer", "Their mother needs care at home");
  if (!other_current)
    g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (field (dialog, "after"))),
                              "goes back to matching"));
  g_assert_true (gtk_widget_activate_action (dialog, "end.continue", NULL));
  hearth_gui_test_settle ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "confirm");
  saved = hearth_scheme_load (f->scheme, HEARTH_TYPE_ARRANGEMENT, id, NULL);
  g_assert_null (hearth_arrangement_get_end_date (HEARTH_ARRANGEMENT (saved)));
  g_clear_object (&saved);

  g_assert_true (gtk_widget_activate_action (dialog, "end.confirm", NULL));
  hearth_gui_test_settle ();
  g_assert_null (hearth_gui_test_find_window ("end-arrangement-dialog"));

  saved = hearth_scheme_load (f->scheme, HEARTH_TYPE_ARRANGEMENT, id, NULL);
  g_assert_cmpstr (hearth_arrangement_get_end_date (HEARTH_ARRANGEMENT (saved)), ==, TODAY);
  g_assert_cmpstr (hearth_arrangement_get_end_reason (HEARTH_ARRANGEMENT (saved)), ==,
                   "ended-by-carer");
  g_assert_cmpstr (hearth_arrangement_get_end_note (HEARTH_ARRANGEMENT (saved)), ==,
                   "Their mother needs care at home");

  /* With no other current arrangement, the person goes back to matching. */
  person = hearth_scheme_load (f->scheme, HEARTH_TYPE_PERSON,
                               hearth_arrangement_get_person_id (chosen), NULL);
  g_assert_cmpstr (hearth_person_get_status (HEARTH_PERSON (person)), ==,
                   other_current ? "in-arrangement" : "matching");

  /* It leaves the current list, and the pane shows it ended. */
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, before - 1);
  selected = hearth_arrangements_page_get_selected (f->page);
  g_assert_cmpstr (hearth_arrangement_get_end_date (selected), ==, TODAY);
  g_assert_false (gtk_widget_get_visible (field (GTK_WIDGET (f->page), "end")));
  gtk_widget_activate_action (GTK_WIDGET (f->page), "arrangements.end", NULL);
  hearth_gui_test_settle ();
  g_assert_null (hearth_gui_test_find_window ("end-arrangement-dialog"));
}

/* The page fits the narrowest window (360 pixels). */
static void
test_fits_narrow_window (Fixture       *f,
                         gconstpointer  data)
{
  int minimum = 0;

  gtk_widget_measure (GTK_WIDGET (f->page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL,
                      NULL);
  g_test_message ("arrangements: at least %d pixels wide", minimum);
  g_assert_cmpint (minimum, <=, 360);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  hearth_date_set_today (TODAY);

  g_test_add ("/gui/arrangements/list-and-filters", Fixture, NULL, fixture_set_up,
              test_list_and_filters, fixture_tear_down);
  g_test_add ("/gui/arrangements/start-emergency", Fixture, NULL, fixture_set_up,
              test_start_emergency, fixture_tear_down);
  g_test_add ("/gui/arrangements/start-from-trial", Fixture, NULL, fixture_set_up,
              test_start_from_trial, fixture_tear_down);
  g_test_add ("/gui/arrangements/end", Fixture, NULL, fixture_set_up, test_end_arrangement,
              fixture_tear_down);
  g_test_add ("/gui/arrangements/fit-narrow-window", Fixture, NULL, fixture_set_up,
              test_fits_narrow_window, fixture_tear_down);

  return g_test_run ();
}
