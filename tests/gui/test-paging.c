/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-paging.c: on a scheme larger than the demo, no view builds all its rows at once:
 * a list view builds the rows in sight (or holds those and grows as it is scrolled), and
 * every other list holds a page of rows at most, "Show More" adding exactly the next page. */

#define G_LOG_DOMAIN "test-paging"

#include "config.h"

#include <adwaita.h>

#include "hearth-gui-test.h"
#include "hearth-gui-util.h"
#include "hearth-history-page.h"
#include "hearth-matching-page.h"
#include "hearth-reviews-page.h"
#include "hearth-trials-page.h"
#include "hearth-window.h"

/* Three times the demo: every long list is longer than a page, and the scheme is made in
 * seconds, not minutes. */
#define SCALE 3

/* The rows GTK 4.8 builds of a list view at most (its GTK_LIST_VIEW_MAX_LIST_ITEMS). */
#define LIST_VIEW_ROWS_KEPT 200

/* The rows of @list that show a record: all of them but its "Show More" row. */
static guint
count_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && !hearth_is_more_row (row))
      n++;
  return n;
}

static GtkWidget *
more_row (GtkWidget *list)
{
  GtkWidget *last = gtk_widget_get_last_child (list);

  return last != NULL && hearth_is_more_row (last) ? last : NULL;
}

/* Fails if any list below @widget, shown or not, holds more than @limit rows; returns how
 * many lists end with a "Show More" row. */
static guint
check_lists_within (GtkWidget  *widget,
                    const char *view,
                    guint       limit)
{
  guint paged = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX (child))
        {
          if (count_rows (child) > limit)
            g_test_message ("%s: a list named “%s” holds %u rows", view,
                            gtk_widget_get_name (child), count_rows (child));
          g_assert_cmpuint (count_rows (child), <=, limit);
          paged += more_row (child) != NULL;
        }
      paged += check_lists_within (child, view, limit);
    }
  return paged;
}

static guint
check_lists (GtkWidget  *widget,
             const char *view)
{
  return check_lists_within (widget, view, HEARTH_PAGE_ROWS);
}

/* GTK 4.8's list views build the rows in sight and some either side, never more than this
 * however long the list. */
#define LIST_VIEW_MOST_ROWS 200

/* The rows a list view has built. */
static guint
count_built (GtkWidget *list_view)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list_view); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n++;
  return n;
}

/* Every list view below @widget builds a bounded number of rows; returns how many there are. */
static guint
check_list_views (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_VIEW (child))
        {
          g_assert_cmpuint (count_built (child), <=, LIST_VIEW_MOST_ROWS);
          n++;
        }
      n += check_list_views (child);
    }
  return n;
}

/* The Trials view's columns and closed list are list views: they hold every trial, build
 * only the cards in sight, and need no "Show More". */
static void
test_trials (void)
{
  g_autoptr(HearthScheme) scheme = NULL;
  HearthWindow *window = hearth_gui_test_open_demo_scaled ("Large.hearth", SCALE, &scheme);
  HearthPage *page = hearth_window_get_page (window, "trials");
  g_autoptr(GPtrArray) trials = hearth_scheme_load_all (scheme, HEARTH_TYPE_TRIAL, NULL);
  GtkWidget *closed;
  GListModel *model;
  HearthTrial *selected;
  guint n_closed = 0;
  gint64 last_closed = 0;
  const char *oldest = NULL;

  for (guint i = 0; i < trials->len; i++)
    if (!g_str_equal (hearth_trial_get_outcome (g_ptr_array_index (trials, i)), "open"))
      n_closed++;
  g_assert_cmpuint (n_closed, >, 2 * HEARTH_PAGE_ROWS);

  hearth_window_show_view (window, "trials");
  hearth_gui_test_settle ();
  /* A list view a stage, and the closed list. */
  g_assert_cmpuint (check_list_views (GTK_WIDGET (page)), >=, 2);
  g_assert_cmpuint (check_lists (GTK_WIDGET (page), "trials"), ==, 0);

  /* The closed list holds every closed trial and builds only what is in sight. */
  hearth_trials_page_set_show_closed (HEARTH_TRIALS_PAGE (page), TRUE);
  hearth_gui_test_settle ();
  closed = hearth_gui_test_field (GTK_WIDGET (page), "closed-list");
  g_assert_true (GTK_IS_LIST_VIEW (closed));
  model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (closed)));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_closed);
  g_assert_cmpuint (count_built (closed), >, 0);
  g_assert_cmpuint (count_built (closed), <=, LIST_VIEW_MOST_ROWS);

  /* A trial at the end of the list, chosen from elsewhere, is shown selected. The
   * closed list is newest first: the one closed longest ago is at its end. */
  for (guint i = 0; i < trials->len; i++)
    {
      HearthTrial *trial = g_ptr_array_index (trials, i);

      if (g_str_equal (hearth_trial_get_outcome (trial), "open") ||
          g_str_equal (hearth_trial_get_outcome (trial), "agreed"))
        continue;
      if (oldest == NULL || g_strcmp0 (hearth_trial_get_closed_on (trial), oldest) < 0)
        {
          oldest = hearth_trial_get_closed_on (trial);
          last_closed = hearth_record_get_id (HEARTH_RECORD (trial));
        }
    }
  hearth_window_show_view (window, "dashboard");
  hearth_gui_test_settle ();
  g_assert_true (hearth_trials_page_select (HEARTH_TRIALS_PAGE (page), last_closed));
  hearth_window_show_view (window, "trials");
  hearth_gui_test_settle ();
  selected = hearth_trials_page_get_selected (HEARTH_TRIALS_PAGE (page));
  g_assert_nonnull (selected);
  g_assert_cmpint (hearth_record_get_id (HEARTH_RECORD (selected)), ==, last_closed);
  g_assert_cmpuint (count_built (closed), <=, LIST_VIEW_MOST_ROWS);

  gtk_window_destroy (GTK_WINDOW (window));
  hearth_gui_test_settle ();
}

/* The first list below @widget that ends with a "Show More" row. */
static GtkWidget *
find_paged (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LIST_BOX (child) && more_row (child) != NULL)
        return child;
      if ((found = find_paged (child)) != NULL)
        return found;
    }
  return NULL;
}

/* Shows the next page of @list, not knowing how many it holds: a whole page comes while more
 * are left, and what was left, a page or less, when none are. */
static void
show_next_page (GtkWidget *list)
{
  guint before = count_rows (list);

  hearth_gui_test_click (more_row (list), "show-more-button");
  if (more_row (list) != NULL)
    g_assert_cmpuint (count_rows (list), ==, before + HEARTH_PAGE_ROWS);
  else
    {
      g_assert_cmpuint (count_rows (list), >, before);
      g_assert_cmpuint (count_rows (list), <=, before + HEARTH_PAGE_ROWS);
    }
}

/* The first list view below @widget holding more items than a page. */
static GtkListView *
find_long_list_view (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkListView *found;

      if (GTK_IS_LIST_VIEW (child))
        {
          GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (child)));

          if (model != NULL && g_list_model_get_n_items (model) > HEARTH_PAGE_ROWS)
            return GTK_LIST_VIEW (child);
        }
      if ((found = find_long_list_view (child)) != NULL)
        return found;
    }
  return NULL;
}

/* A list view builds the rows in sight and some around them, 200 at most in GTK 4.8, and
 * never more however long its list: a few are allowed for those leaving the screen. */
#define MAX_BUILT 210

/* Whether @list is what a scrolled window scrolls, straight or through a scrollable clamp. */
static gboolean
scrolls_itself (GtkListView *list)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (list));

  if (ADW_IS_CLAMP_SCROLLABLE (parent))
    parent = gtk_widget_get_parent (parent);
  return GTK_IS_SCROLLED_WINDOW (parent);
}


/* The first list view below @widget that is shown. */
static GtkListView *
find_shown_list_view (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkListView *found;

      if (GTK_IS_LIST_VIEW (child) && gtk_widget_get_mapped (child))
        return GTK_LIST_VIEW (child);
      if ((found = find_shown_list_view (child)) != NULL)
        return found;
    }
  return NULL;
}

/* A list that grows as it is scrolled: it holds fewer than all its rows, builds no more than
 * it holds, and takes more once scrolled to its end. */
static void
check_growing_list (GtkWidget    *page,
                    HearthScheme *scheme)
{
  g_autoptr(GPtrArray) cards = hearth_scheme_list_recruitment_cards (scheme, "2026-11-22", NULL);
  GtkListView *list = find_shown_list_view (page);
  GListModel *model;
  GtkAdjustment *adjustment;
  guint n;

  g_assert_nonnull (list);
  g_assert_null (find_paged (page));
  check_lists (page, "recruitment");
  model = G_LIST_MODEL (gtk_list_view_get_model (list));
  n = g_list_model_get_n_items (model);
  g_test_message ("recruitment: %u rows built, %u held of %u", count_built (GTK_WIDGET (list)), n,
                  cards->len);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <, cards->len);
  g_assert_cmpuint (count_built (GTK_WIDGET (list)), <=, n);
  g_assert_true (scrolls_itself (list));

  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) -
                                        gtk_adjustment_get_page_size (adjustment));
  hearth_gui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (model), >, n);
}

/* Shows @view, checks none of its lists holds more than a page, and shows the next page of
 * its first paged list, which it must have: the scheme is large enough. A view shown by a
 * list view builds only the rows in sight, however long its list. */
static void
check_view (HearthWindow *window,
            const char   *view)
{
  HearthPage *page = hearth_window_get_page (window, view);
  GtkListView *list_view;
  GtkWidget *paged;

  hearth_window_show_view (window, view);
  hearth_gui_test_settle ();
  check_lists (GTK_WIDGET (page), view);
  paged = find_paged (GTK_WIDGET (page));
  if (paged == NULL && (list_view = find_long_list_view (GTK_WIDGET (page))) != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list_view)));

      g_test_message ("%s: %u rows built of %u", view, count_built (GTK_WIDGET (list_view)), n);
      /* GTK 4.8 keeps up to 200 rows of a list view around what is shown, whatever its
       * height: a shorter list has every row built, so it must scroll on its own, within
       * a bounded height, rather than grow the page row by row. */
      g_assert_cmpuint (count_built (GTK_WIDGET (list_view)), <=, MAX_BUILT);
      if (n > LIST_VIEW_ROWS_KEPT)
        g_assert_cmpuint (count_built (GTK_WIDGET (list_view)), <, n);
      else
        g_assert_true (scrolls_itself (list_view));
      return;
    }
  if (paged == NULL)
    g_test_message ("%s: no list has a Show More row or a long list view", view);
  g_assert_nonnull (paged);
  show_next_page (paged);
  check_lists_within (GTK_WIDGET (page), view, 2 * HEARTH_PAGE_ROWS);
}

static void
test_other_views (void)
{
  g_autoptr(HearthScheme) scheme = NULL;
  HearthWindow *window = hearth_gui_test_open_demo_scaled ("Large.hearth", SCALE, &scheme);
  HearthPage *matching = hearth_window_get_page (window, "matching");
  HearthPage *recruitment = hearth_window_get_page (window, "recruitment");
  GListModel *needing = hearth_matching_page_get_people (HEARTH_MATCHING_PAGE (matching));
  g_autoptr(HearthRecord) person = NULL;

  /* The dashboard's items needing attention, and the whole history of the scheme. */
  check_view (window, "dashboard");
  check_view (window, "history");
  {
    /* The trail is read the newest first, as far as the coordinator scrolls: not whole. */
    g_autoptr(GPtrArray) trail = hearth_scheme_list_history (scheme, NULL, 0, NULL);
    HearthPage *history = hearth_window_get_page (window, "history");

    g_assert_cmpuint (hearth_history_page_get_n_shown (HEARTH_HISTORY_PAGE (history)), <,
                      trail->len);
  }

  /* Every review, held or not. */
  hearth_reviews_page_set_filter (HEARTH_REVIEWS_PAGE (hearth_window_get_page (window, "reviews")),
                                  "all");
  check_view (window, "reviews");

  /* The pipeline as one list: the cards that fill it and a screen more, more as it is
   * scrolled down, never a "Show More" row. */
  hearth_window_show_view (window, "recruitment");
  hearth_gui_test_settle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (recruitment), "recruitment.toggle-list",
                                             NULL));
  hearth_gui_test_settle ();
  check_growing_list (GTK_WIDGET (recruitment), scheme);

  /* The carers suggested for someone who needs a match, and those ruled out. */
  g_assert_cmpuint (g_list_model_get_n_items (needing), >, 0);
  person = g_list_model_get_item (needing, 0);
  hearth_matching_page_select_person (HEARTH_MATCHING_PAGE (matching),
                                      hearth_record_get_id (person));
  check_view (window, "matching");

  gtk_window_destroy (GTK_WINDOW (window));
  hearth_gui_test_settle ();
}

int
main (int   argc,
      char *argv[])
{
  hearth_gui_test_init (&argc, &argv);

  g_test_add_func ("/paging/trials", test_trials);
  g_test_add_func ("/paging/other-views", test_other_views);

  return g_test_run ();
}
