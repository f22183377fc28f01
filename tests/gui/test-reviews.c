/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-reviews.c: the Dashboard and the Reviews view on the demo scheme, as a coordinator
 * uses them: the scheme opens on the dashboard, an overdue review is followed from it, a
 * refusal keeps what was typed, and the recorded review's item disappears; and the search
 * filter the views share. */

#define G_LOG_DOMAIN "test-gui-reviews"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "hearth-dashboard-page.h"
#include "hearth-demo.h"
#include "hearth-gui-test.h"
#include "hearth-reviews-page.h"
#include "hearth-search-filter.h"
#include "hearth-window.h"

static void
set_field (HearthReviewEditor *editor,
           const char         *property,
           const char         *text)
{
  GtkWidget *field = hearth_review_editor_get_field (editor, property);

  if (GTK_IS_TEXT_VIEW (field))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (field), text);
}

static char *
field_text (HearthReviewEditor *editor,
            const char         *property)
{
  GtkWidget *field = hearth_review_editor_get_field (editor, property);
  GtkTextIter start, end;

  if (!GTK_IS_TEXT_VIEW (field))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (field)));

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field)), &start, &end);
  return gtk_text_buffer_get_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field)), &start, &end,
                                   FALSE);
}

/* Answers "Keep Editing" to any message dialog over @window. */
static void
close_dialogs (HearthWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GObject) dialog = g_list_model_get_item (toplevels, i - 1);

      if (ADW_IS_MESSAGE_DIALOG (dialog) &&
          gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window))
        adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "keep");
    }
  hearth_gui_test_settle ();
}

/* The first overdue review of an arrangement on the dashboard. */
static char *
first_overdue_review (HearthScheme *scheme)
{
  g_autoptr(GPtrArray) items = hearth_dashboard_needs_attention (scheme, "2026-11-22", NULL);

  for (guint i = 0; i < items->len; i++)
    {
      HearthAttention *item = g_ptr_array_index (items, i);

      if (item->kind == HEARTH_ATTENTION_REVIEW_OVERDUE)
        return g_strdup (item->record);
    }

  g_assert_not_reached ();
}

static void
test_record_review_clears_dashboard (void)
{
  g_autofree char *dir = g_dir_make_tmp ("hearth-gui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Demo.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *record = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *opened = NULL;
  HearthDashboardPage *dashboard;
  HearthReviewsPage *reviews;
  HearthReviewEditor *editor;
  HearthWindow *window;
  guint before;

  scheme = hearth_demo_create (file, 1, HEARTH_DEMO_DEFAULT_SEED, NULL, NULL, &error);
  g_assert_no_error (error);
  window = g_object_new (HEARTH_TYPE_WINDOW, NULL);
  g_assert_true (hearth_window_set_scheme (window, scheme));
  gtk_window_present (GTK_WINDOW (window));
  hearth_gui_test_settle ();

  /* The scheme opens on the dashboard. */
  dashboard = HEARTH_DASHBOARD_PAGE (hearth_window_get_page (window, "dashboard"));
  g_assert_nonnull (dashboard);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (dashboard)));
  before = hearth_dashboard_page_get_n_attention (dashboard);
  record = first_overdue_review (scheme);
  g_assert_true (hearth_dashboard_page_has_attention (dashboard, record));

  /* Following the item opens the review's form in the Reviews view. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-record", "s", record));
  hearth_gui_test_settle ();
  reviews = HEARTH_REVIEWS_PAGE (hearth_window_get_page (window, "reviews"));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (reviews)));
  g_assert_true (hearth_reviews_page_is_editing (reviews));
  editor = hearth_reviews_page_get_editor (reviews);
  opened = g_strdup_printf ("review:%" G_GINT64_FORMAT,
                            hearth_record_get_id (HEARTH_RECORD (hearth_review_editor_get_review (editor))));
  g_assert_cmpstr (opened, ==, record);

  /* Without the person's views or an advocate: refused, and what was typed stays. */
  set_field (editor, "reviewer", "Hana Ito");
  set_field (editor, "carer-views", "Dorota has settled in well, she cooks on Sundays.");
  hearth_review_editor_set_outcome (editor, "friends", "better", "Goes to the club");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  hearth_gui_test_settle ();
  g_assert_nonnull (hearth_review_editor_get_error (editor));
  g_assert_nonnull (strstr (hearth_review_editor_get_error (editor), "own views"));
  g_assert_true (hearth_reviews_page_is_editing (reviews));
  kept = field_text (editor, "carer-views");
  g_assert_cmpstr (kept, ==, "Dorota has settled in well, she cooks on Sundays.");

  /* Leaving with something typed asks first: the form stays until the answer. */
  g_assert_true (hearth_review_editor_get_changed (editor));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL));
  hearth_gui_test_settle ();
  g_assert_true (hearth_reviews_page_is_editing (reviews));
  g_assert_true (hearth_page_has_unsaved_changes (HEARTH_PAGE (reviews)));
  close_dialogs (window);

  set_field (editor, "person-views", "I like my room and I go to the club on Tuesdays.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  hearth_gui_test_settle ();
  g_assert_nonnull (strstr (hearth_review_editor_get_error (editor), "advocate"));

  set_field (editor, "advocate-name", "Marion Leckie");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  hearth_gui_test_settle ();
  g_assert_null (hearth_review_editor_get_error (editor));
  g_assert_false (hearth_reviews_page_is_editing (reviews));
  g_assert_false (hearth_page_has_unsaved_changes (HEARTH_PAGE (reviews)));

  /* Back on the dashboard, the item has gone, and nothing else with it. */
  hearth_window_show_view (window, "dashboard");
  hearth_gui_test_settle ();
  g_assert_false (hearth_dashboard_page_has_attention (dashboard, record));
  g_assert_cmpuint (hearth_dashboard_page_get_n_attention (dashboard), ==, before - 1);

  gtk_window_destroy (GTK_WINDOW (window));
  hearth_gui_test_settle ();
  hearth_scheme_close (scheme);
}

/* The Reviews view's filters, and the list exported as it is shown. */
static void
test_reviews_filters_and_export (void)
{
  g_autofree char *dir = g_dir_make_tmp ("hearth-gui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Demo.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GPtrArray) shown = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  HearthReviewsPage *reviews;
  HearthWindow *window;
  guint overdue, needs, all, held;

  scheme = hearth_demo_create (file, 1, HEARTH_DEMO_DEFAULT_SEED, NULL, NULL, &error);
  g_assert_no_error (error);
  window = g_object_new (HEARTH_TYPE_WINDOW, NULL);
  g_assert_true (hearth_window_set_scheme (window, scheme));
  gtk_window_present (GTK_WINDOW (window));
  hearth_window_show_view (window, "reviews");
  hearth_gui_test_settle ();

  reviews = HEARTH_REVIEWS_PAGE (hearth_window_get_page (window, "reviews"));
  needs = hearth_reviews_page_get_n_shown (reviews);
  hearth_reviews_page_set_filter (reviews, "overdue");
  overdue = hearth_reviews_page_get_n_shown (reviews);
  hearth_reviews_page_set_filter (reviews, "held");
  held = hearth_reviews_page_get_n_shown (reviews);
  hearth_reviews_page_set_filter (reviews, "all");
  all = hearth_reviews_page_get_n_shown (reviews);
  g_assert_cmpuint (overdue, >, 0);
  g_assert_cmpuint (needs, >=, overdue);
  g_assert_cmpuint (held, >, 0);
  g_assert_cmpuint (all, >=, needs + held);

  hearth_reviews_page_set_filter (reviews, "overdue");
  shown = hearth_reviews_page_dup_shown (reviews);
  csv = hearth_export_csv (scheme, HEARTH_TYPE_REVIEW, shown, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (csv, ",Overdue,"));
  /* A held review's state is followed by the day it was held. */
  g_assert_null (strstr (csv, ",Held,20"));

  gtk_window_destroy (GTK_WINDOW (window));
  hearth_gui_test_settle ();
  hearth_scheme_close (scheme);
}

/* Each page fits the narrowest window (360 pixels), the editor included. */
static void
test_pages_fit_narrow_window (void)
{
  g_autofree char *dir = g_dir_make_tmp ("hearth-gui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Demo.hearth", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GError) error = NULL;
  const char *views[] = { "dashboard", "reviews" };
  HearthWindow *window;

  scheme = hearth_demo_create (file, 1, HEARTH_DEMO_DEFAULT_SEED, NULL, NULL, &error);
  g_assert_no_error (error);
  window = g_object_new (HEARTH_TYPE_WINDOW, NULL);
  g_assert_true (hearth_window_set_scheme (window, scheme));
  gtk_window_present (GTK_WINDOW (window));
  hearth_gui_test_settle ();

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkWidget *page = GTK_WIDGET (hearth_window_get_page (window, views[i]));
      int minimum = 0;

      gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      g_test_message ("%s: at least %d pixels wide", views[i], minimum);
      g_assert_cmpint (minimum, <=, 360);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  hearth_gui_test_settle ();
  hearth_scheme_close (scheme);
}

static gboolean
string_found (gpointer    item,
              const char *needle,
              gpointer    data)
{
  g_autofree char *folded = g_utf8_casefold (gtk_string_object_get_string (item), -1);

  return strstr (folded, needle) != NULL;
}

static void
filter_changed_cb (GtkFilter       *filter,
                   GtkFilterChange  change,
                   int             *last)
{
  *last = change;
}

/* Typing on tells the list it may only lose rows, deleting that it may only gain them; the
 * rows found are the same as a fresh search would find. */
static void
test_search_filter (void)
{
  const char * const names[] = { "Ann Lee", "Sam Carter", "Samira Lee", "Idris Vaughan", NULL };
  g_autoptr(HearthSearchFilter) filter = hearth_search_filter_new (string_found, NULL);
  g_autoptr(GtkFilterListModel) shown = NULL;
  int last = -1;

  shown = gtk_filter_list_model_new (G_LIST_MODEL (gtk_string_list_new (names)),
                                     GTK_FILTER (g_object_ref (filter)));
  g_signal_connect (filter, "changed", G_CALLBACK (filter_changed_cb), &last);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, 4);

  hearth_search_filter_set_text (filter, "S");
  g_assert_cmpint (last, ==, GTK_FILTER_CHANGE_MORE_STRICT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, 3);
  hearth_search_filter_set_text (filter, "Sam ");
  g_assert_cmpint (last, ==, GTK_FILTER_CHANGE_MORE_STRICT);
  g_assert_cmpstr (hearth_search_filter_get_needle (filter), ==, "sam");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, 2);
  hearth_search_filter_set_text (filter, "sami");
  g_assert_cmpint (last, ==, GTK_FILTER_CHANGE_MORE_STRICT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, 1);

  /* The same search, folded, changes nothing. */
  last = -1;
  hearth_search_filter_set_text (filter, " SAMI");
  g_assert_cmpint (last, ==, -1);

  hearth_search_filter_set_text (filter, "sam");
  g_assert_cmpint (last, ==, GTK_FILTER_CHANGE_LESS_STRICT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, 2);
  hearth_search_filter_set_text (filter, "lee");
  g_assert_cmpint (last, ==, GTK_FILTER_CHANGE_DIFFERENT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, 2);
  hearth_search_filter_set_text (filter, "");
  g_assert_cmpint (last, ==, GTK_FILTER_CHANGE_LESS_STRICT);
  g_assert_null (hearth_search_filter_get_needle (filter));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  hearth_gui_test_init (&argc, &argv);

  g_test_add_func ("/gui/reviews/search-filter", test_search_filter);
  g_test_add_func ("/gui/reviews/record-clears-dashboard", test_record_review_clears_dashboard);
  g_test_add_func ("/gui/reviews/filters-and-export", test_reviews_filters_and_export);
  g_test_add_func ("/gui/reviews/fit-narrow-window", test_pages_fit_narrow_window);

  return g_test_run ();
}
