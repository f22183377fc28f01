/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-bench.c: how fast Hearth does what a coordinator waits for, on a given scheme.
 *
 *   hearth-bench core FILE   open, list, search per keystroke, save one edit, memory
 *   hearth-bench gui FILE [all | VIEW...]
 *                            the window: first frame, the People list shown; then for each
 *                            view asked for, the time to show it and to search in it, and
 *                            the memory after visiting them
 *   hearth-bench suggest FILE [ROUNDS]
 *                            suggestions only, for 20 people ROUNDS times over (default 10)
 *
 * Figures are printed one per line as "name<TAB>value<TAB>unit", for run.sh to set beside
 * their baselines. Nothing here passes or fails: these are measurements, not tests. */

#define G_LOG_DOMAIN "hearth-bench"

#include "config.h"

#include <adwaita.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "hearth-list-pane.h"
#include "hearth-window.h"

/* Typed a letter at a time, as a coordinator searches: names, interests, needs. */
static const char * const queries[] = {
  "g", "ga", "gar", "gard", "garde", "garden",
  "m", "ma", "mar", "mart", "marti", "martin",
  "a", "au", "aut", "auti", "autis", "autism",
  "f", "fi", "fis", "fish", "fishi", "fishing",
  "b", "bo", "boa", "boar", "board", "board g", "board ga", "board games",
};

static gint64 start_time;

static void
print_figure (const char *name,
              double      value,
              const char *unit)
{
  g_print ("%s\t%.3f\t%s\n", name, value, unit);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The value below which @fraction of the sorted @values fall (nearest rank). */
static double
percentile (GArray *values,
            double  fraction)
{
  guint rank;

  g_array_sort (values, compare_doubles);
  rank = (guint) MAX (1.0, fraction * values->len + 0.5);
  return g_array_index (values, double, MIN (rank, values->len) - 1);
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
peak_rss_mb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;   /* kilobytes on Linux */
}

static HearthScheme *
open_scheme (const char *path,
             double     *ms)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  HearthScheme *scheme = hearth_scheme_open (file, NULL, &error);

  *ms = ms_since (start);
  if (scheme == NULL)
    g_error ("Could not open %s: %s", path, error->message);
  return scheme;
}

/* The dashboard's three queries, as the Dashboard view runs them when a scheme opens. */
static void
bench_dashboard (HearthScheme *scheme)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *today = hearth_date_today ();
  g_autofree char *year_ago = hearth_date_add_years (today, -1);
  g_autoptr(GError) error = NULL;
  guint items = 0;

  for (guint i = 0; i < 5; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) attention = hearth_dashboard_needs_attention (scheme, today, &error);
      HearthSchemeToday *counts = hearth_dashboard_scheme_today (scheme, today, &error);
      g_autoptr(GArray) outcomes = hearth_dashboard_outcomes (scheme, year_ago, today, &error);
      double ms = ms_since (start);

      if (attention == NULL || counts == NULL || outcomes == NULL)
        g_error ("Dashboard failed: %s", error->message);
      items = attention->len;
      hearth_scheme_today_free (counts);
      g_array_append_val (runs, ms);
    }

  print_figure ("dashboard queries, median", percentile (runs, 0.5), "ms");
  print_figure ("dashboard items needing attention", items, "items");
}

/* Suggestions for the first people waiting for a match, as the Matching view asks for them,
 * @rounds times over. */
static void
bench_suggestions (HearthScheme *scheme,
                   guint         rounds)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) waiting = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  guint asked = 0, listed = 0;
  double first_ms = 0;

  people = hearth_scheme_load_all (scheme, HEARTH_TYPE_PERSON, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < people->len && waiting->len < 20; i++)
    {
      HearthPerson *person = g_ptr_array_index (people, i);

      if (g_strcmp0 (hearth_person_get_status (person), "matching") == 0 ||
          g_strcmp0 (hearth_person_get_status (person), "referred") == 0)
        g_ptr_array_add (waiting, person);
    }

  for (guint round = 0; round < rounds; round++)
    for (guint i = 0; i < waiting->len; i++)
      {
        g_autoptr(GPtrArray) suggestions = NULL;
        gint64 start = g_get_monotonic_time ();
        double ms;

        suggestions = hearth_scheme_suggest_carers (scheme, waiting->pdata[i], "long-term", FALSE,
                                                    &error);
        ms = ms_since (start);
        if (suggestions == NULL)
          g_error ("Suggestions failed: %s", error->message);
        /* The first is a cold cache; the window's first ask pays it too, but counts once. */
        if (asked++ > 0)
          g_array_append_val (times, ms);
        else
          first_ms = ms;
        listed = suggestions->len;
      }

  if (times->len == 0)
    return;
  print_figure ("suggestions for one person, median", percentile (times, 0.5), "ms");
  print_figure ("suggestions for one person, 95th percentile", percentile (times, 0.95), "ms");
  print_figure ("suggestions for one person, first (cold cache)", first_ms, "ms");
  print_figure ("carers judged per suggestion", listed, "carers");
  print_figure ("suggestions timed", times->len, "suggestions");
}

/* One durable edit to person @id, as Done in the editor does it: validated, audited,
 * committed; the median of twenty. */
static double
time_saves (HearthScheme *scheme,
            gint64        id)
{
  g_autoptr(GArray) saves = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthRecord) person = hearth_scheme_load (scheme, HEARTH_TYPE_PERSON, id, &error);

  if (person == NULL)
    g_error ("Could not load person %" G_GINT64_FORMAT ": %s", id, error->message);

  for (guint i = 0; i < 20; i++)
    {
      gint64 start;
      double ms;

      hearth_record_set_string (person, "area", i % 2 ? "Millbrook" : "Fernley");
      start = g_get_monotonic_time ();
      if (!hearth_scheme_update (scheme, person, &error))
        g_error ("Save failed: %s", error->message);
      ms = ms_since (start);
      g_array_append_val (saves, ms);
    }
  return percentile (saves, 0.5);
}

static void
bench_core (const char *path)
{
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthRecordList) people = NULL;
  g_autoptr(HearthRecordView) view = NULL;
  g_autoptr(GArray) keystrokes = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthRecord) first = NULL;
  double ms;
  gint64 start;

  scheme = open_scheme (path, &ms);
  print_figure ("open scheme", ms, "ms");

  /* The store's own part of a save, before any list listens to the scheme. */
  print_figure ("save one edit (durable), store only, median", time_saves (scheme, 1), "ms");

  start = g_get_monotonic_time ();
  people = hearth_record_list_new (scheme, HEARTH_TYPE_PERSON, &error);
  g_assert_no_error (error);
  view = hearth_record_view_new (people);
  print_figure ("people list loaded and sorted", ms_since (start), "ms");
  print_figure ("people shown", g_list_model_get_n_items (G_LIST_MODEL (view)), "people");

  /* Three passes over the queries, so caches are warm as they would be while typing. */
  for (guint pass = 0; pass < 3; pass++)
    for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
      {
        start = g_get_monotonic_time ();
        if (!hearth_record_view_set_search (view, queries[i], &error))
          g_error ("Search failed: %s", error->message);
        ms = ms_since (start);
        if (pass > 0)
          g_array_append_val (keystrokes, ms);
      }
  hearth_record_view_set_search (view, NULL, NULL);
  print_figure ("search per keystroke, median", percentile (keystrokes, 0.5), "ms");
  print_figure ("search per keystroke, 95th percentile", percentile (keystrokes, 0.95), "ms");

  /* With the People list open, as in the window: the list follows each save. */
  first = g_list_model_get_item (G_LIST_MODEL (view), 0);
  print_figure ("save one edit (durable), median",
                time_saves (scheme, hearth_record_get_id (first)), "ms");

  bench_dashboard (scheme);
  bench_suggestions (scheme, 1);
  print_figure ("peak memory (RSS)", peak_rss_mb (), "MB");
}

/* Only the suggestions, many times over: for medians on a busy machine, and for a profiler
 * (callgrind --toggle-collect=hearth_scheme_suggest_carers) without the rest of the core. */
static void
bench_suggest_only (const char *path,
                    guint       rounds)
{
  g_autoptr(HearthScheme) scheme = NULL;
  double ms;

  scheme = open_scheme (path, &ms);
  bench_suggestions (scheme, rounds);
}

/* The sidebar's views, in its order. */
static const char * const all_views[] = {
  "dashboard", "recruitment", "people", "carers", "matching", "trials", "arrangements",
  "reviews", "history",
};

/* Typed into each view's search, a letter at a time: a surname, an interest, a place. */
static const char * const view_words[] = { "martin", "garden", "mill" };

typedef enum
{
  WAIT_NONE,
  WAIT_PEOPLE,   /* the People list shown, after start */
  WAIT_CONTENT,  /* a view's first frame with rows in it */
  WAIT_SEARCH,   /* the frame after a keystroke's search has run */
} Waiting;

typedef struct
{
  HearthWindow *window;
  Waiting       waiting;
  GtkWidget    *page;
  gint64        asked;          /* when the view or the keystroke was asked for */
  gint64        searched;       /* when the view's own search handlers had run */
  gint64        last_paint;
  gint64        done_at;
  guint         settle_source;
  double        first_frame_ms;
  double        people_shown_ms;
  gboolean      asked_people;
} GuiRun;

/* A view stuck longer than this is reported as over it; the next run starts after it. */
#define VIEW_LIMIT_S 30

/* Set while the main thread waits for a view; the watchdog acts if it never returns. */
static GMutex watchdog_lock;
static gint64 watchdog_deadline;
static const char *watchdog_view;
static char *watchdog_figure;

static void
print_over_limit (const char *name)
{
  g_print ("%s\tover %d s\t\n", name, VIEW_LIMIT_S);
}

/* A view whose work never yields to the main loop cannot be timed out from it: a second
 * thread reports it over the limit and ends the run, for run.sh to go on after it. */
static gpointer
watchdog_thread (gpointer data)
{
  for (;;)
    {
      gboolean stuck;

      g_usleep (G_USEC_PER_SEC / 2);
      g_mutex_lock (&watchdog_lock);
      stuck = watchdog_deadline != 0 &&
              g_get_monotonic_time () > watchdog_deadline + 2 * G_USEC_PER_SEC;
      if (stuck)
        {
          print_over_limit (watchdog_figure);
          g_print ("stuck\t%s\t\n", watchdog_view);
          fflush (stdout);
          _exit (3);
        }
      g_mutex_unlock (&watchdog_lock);
    }
  return NULL;
}

/* From now, @view has VIEW_LIMIT_S seconds to give @figure (to be shown, or to follow one
 * keystroke); NULL ends the watch. */
static void
watch (const char *view,
       const char *figure)
{
  g_mutex_lock (&watchdog_lock);
  watchdog_view = view;
  g_free (watchdog_figure);
  watchdog_figure = g_strdup (figure);
  watchdog_deadline = view != NULL ? g_get_monotonic_time () + VIEW_LIMIT_S * G_USEC_PER_SEC
                                   : 0;
  g_mutex_unlock (&watchdog_lock);
}

/* Rows drawn: list box and flow box children, or a list view's rows. */
static gboolean
has_rows (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  if (GTK_IS_LIST_BOX_ROW (widget) || GTK_IS_FLOW_BOX_CHILD (widget) ||
      g_str_equal (gtk_widget_get_css_name (widget), "row"))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_rows (child))
      return TRUE;

  return FALSE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                GuiRun        *run)
{
  HearthListPane *people;
  gint64 now = g_get_monotonic_time ();

  run->last_paint = now;
  if (run->first_frame_ms == 0)
    run->first_frame_ms = ms_since (start_time);

  switch (run->waiting)
    {
    case WAIT_PEOPLE:
      /* A view is made when it is first asked for: People is asked for as soon as the
       * scheme is open, as a coordinator would click it, and timed to its frame. */
      if (hearth_window_get_scheme (run->window) == NULL)
        break;
      if (!run->asked_people)
        {
          run->asked_people = TRUE;
          hearth_window_show_view (run->window, "people");
          break;
        }
      people = HEARTH_LIST_PANE (hearth_window_get_list_pane (run->window, "people"));
      if (people != NULL && hearth_list_pane_get_n_shown (people) > 0)
        {
          run->people_shown_ms = ms_since (start_time);
          run->waiting = WAIT_NONE;
        }
      break;

    case WAIT_CONTENT:
      if (has_rows (run->page))
        {
          run->done_at = now;
          run->waiting = WAIT_NONE;
        }
      break;

    case WAIT_SEARCH:
      if (run->searched != 0)
        {
          run->done_at = now;
          run->waiting = WAIT_NONE;
        }
      break;

    case WAIT_NONE:
    default:
      break;
    }
}

static void
realize_cb (GtkWidget *widget,
            GuiRun    *run)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), run);
}

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until nothing is awaited, or for @limit_s seconds at most. */
static gboolean
wait_done (GuiRun *run,
           double  limit_s)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) (limit_s * G_USEC_PER_SEC);
  guint wake = g_timeout_add (100, wake_cb, NULL);

  while (run->waiting != WAIT_NONE && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (wake);
  return run->waiting == WAIT_NONE;
}

static gboolean
pause_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets the window settle, as between one keystroke and the next. */
static void
pause_ms (guint ms)
{
  gboolean over = FALSE;

  g_timeout_add (ms, pause_cb, &over);
  while (!over)
    g_main_context_iteration (NULL, TRUE);
}

/* Nothing more was drawn after the search: what it changed was already on screen. */
static gboolean
settled_cb (gpointer data)
{
  GuiRun *run = data;

  run->settle_source = 0;
  if (run->waiting == WAIT_SEARCH)
    {
      run->done_at = MAX (run->searched, run->last_paint);
      run->waiting = WAIT_NONE;
    }
  return G_SOURCE_REMOVE;
}

/* The page's handlers have run (connected after them): the list holds what was found. */
static void
search_changed_cb (GtkSearchEntry *entry,
                   GuiRun         *run)
{
  if (run->waiting != WAIT_SEARCH)
    return;

  run->searched = g_get_monotonic_time ();
  g_clear_handle_id (&run->settle_source, g_source_remove);
  run->settle_source = g_timeout_add (1000, settled_cb, run);
}

/* The search entry the view's own Ctrl+F focuses, or else the first one on screen. */
static GtkSearchEntry *
find_search (GtkWidget *page,
             GtkWidget *widget)
{
  if (widget == NULL)
    {
      GtkWidget *focus;

      hearth_page_focus_search (HEARTH_PAGE (page));
      focus = gtk_root_get_focus (gtk_widget_get_root (page));
      if (focus != NULL && (widget = gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY)))
        return GTK_SEARCH_ENTRY (widget);
      widget = page;
    }

  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (GTK_IS_SEARCH_ENTRY (widget))
    return GTK_SEARCH_ENTRY (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkSearchEntry *found = find_search (page, child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* One keystroke, @letter typed at the end of the search: from the text changed to the frame
 * after the list has followed it (in @ms), and to the view's search done (in @work_ms). */
static gboolean
keystroke (GuiRun         *run,
           GtkSearchEntry *entry,
           const char     *letter,
           double         *ms,
           double         *work_ms)
{
  int position = G_MAXINT;
  gboolean done;

  pause_ms (40);
  run->searched = 0;
  run->done_at = 0;
  run->waiting = WAIT_SEARCH;
  run->asked = g_get_monotonic_time ();
  gtk_editable_insert_text (GTK_EDITABLE (entry), letter, 1, &position);
  done = wait_done (run, VIEW_LIMIT_S);
  run->waiting = WAIT_NONE;
  g_clear_handle_id (&run->settle_source, g_source_remove);
  *ms = (run->done_at - run->asked) / 1000.0;
  *work_ms = (run->searched - run->asked) / 1000.0;
  return done;
}

static void
bench_view_search (GuiRun     *run,
                   const char *view)
{
  g_autofree char *name = g_strdup_printf ("view %s: search per keystroke, 95th percentile",
                                           view);
  g_autofree char *work_name = g_strdup_printf ("view %s: search alone, 95th percentile", view);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) work_times = g_array_new (FALSE, FALSE, sizeof (double));
  GtkSearchEntry *entry = find_search (run->page, NULL);
  gulong handler;

  if (entry == NULL)
    {
      g_print ("%s\tno search\t\n", name);
      return;
    }

  /* The delay is for people typing; the bench asks for each search as the delay ends. */
  gtk_search_entry_set_search_delay (entry, 0);
  handler = g_signal_connect_after (entry, "search-changed", G_CALLBACK (search_changed_cb), run);
  for (guint w = 0; w < G_N_ELEMENTS (view_words); w++)
    {
      for (const char *letter = view_words[w]; *letter != '\0'; letter++)
        {
          double ms, work_ms;

          watch (view, name);
          if (!keystroke (run, entry, letter, &ms, &work_ms))
            {
              print_over_limit (name);
              g_signal_handler_disconnect (entry, handler);
              return;
            }
          g_array_append_val (times, ms);
          g_array_append_val (work_times, work_ms);
        }
      watch (view, name);
      gtk_editable_set_text (GTK_EDITABLE (entry), "");
      pause_ms (100);
    }
  g_signal_handler_disconnect (entry, handler);

  print_figure (name, percentile (times, 0.95), "ms");
  print_figure (work_name, percentile (work_times, 0.95), "ms");
}

/* From asking for @view, as its sidebar row does, to its first frame with rows in it. */
static gboolean
bench_view (GuiRun     *run,
            const char *view)
{
  g_autofree char *name = g_strdup_printf ("view %s: shown", view);

  pause_ms (200);
  run->page = GTK_WIDGET (hearth_window_get_page (run->window, view));
  if (run->page == NULL)
    g_error ("No view called %s", view);

  watch (view, name);
  run->done_at = 0;
  run->waiting = WAIT_CONTENT;
  run->asked = g_get_monotonic_time ();
  hearth_window_show_view (run->window, view);
  /* A frame even when the view was showing already. */
  gtk_widget_queue_draw (run->page);
  if (!wait_done (run, VIEW_LIMIT_S))
    {
      run->waiting = WAIT_NONE;
      print_over_limit (name);
      watch (NULL, NULL);
      return FALSE;
    }
  print_figure (name, (run->done_at - run->asked) / 1000.0, "ms");

  bench_view_search (run, view);
  watch (NULL, NULL);
  return TRUE;
}

static double
rss_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmRSS:")) == NULL)
    return 0;
  return g_ascii_strtod (line + strlen ("VmRSS:"), NULL) / 1024.0;
}

/* Opens the scheme in a window on People, as a coordinator last left it; then, when @views
 * are given, asks for each in turn and types in its search. */
static void
bench_gui (const char         *path,
           const char * const *views)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  GuiRun run = { 0 };
  gboolean all = views != NULL;

  adw_init ();
  g_thread_unref (g_thread_new ("watchdog", watchdog_thread, NULL));
  run.window = g_object_new (HEARTH_TYPE_WINDOW, NULL);
  g_signal_connect (run.window, "realize", G_CALLBACK (realize_cb), &run);
  run.waiting = WAIT_PEOPLE;
  hearth_window_open_file (run.window, file);
  gtk_window_present (GTK_WINDOW (run.window));

  wait_done (&run, 120);
  print_figure ("window: first frame", run.first_frame_ms, "ms");
  print_figure ("window: people list shown", run.people_shown_ms, "ms");
  print_figure ("window: peak memory (RSS)", peak_rss_mb (), "MB");

  for (guint i = 0; views != NULL && views[i] != NULL; i++)
    all &= bench_view (&run, views[i]);

  if (views != NULL)
    {
      /* Only a run that visited every view tells the memory that visiting them costs. */
      print_figure (all && g_strv_length ((GStrv) views) == G_N_ELEMENTS (all_views)
                    ? "window: memory after every view (RSS)"
                    : "window: memory after the views visited (RSS)", rss_mb (), "MB");
      print_figure ("window: peak memory after the views (RSS)", peak_rss_mb (), "MB");
    }
  /* As a coordinator quits: the scheme is closed whole, for the next run to open. */
  if (hearth_window_get_scheme (run.window) != NULL)
    hearth_scheme_close (hearth_window_get_scheme (run.window));
  gtk_window_destroy (GTK_WINDOW (run.window));
}

int
main (int   argc,
      char *argv[])
{
  start_time = g_get_monotonic_time ();

  if (argc >= 3 && g_str_equal (argv[1], "gui"))
    {
      gtk_init ();
      bench_gui (argv[2], argc > 3 && g_str_equal (argv[3], "all")
                          ? all_views
                          : argc > 3 ? (const char * const *) argv + 3 : NULL);
      return 0;
    }

  if (argc == 3 || argc == 4)
    {
      if (g_str_equal (argv[1], "suggest"))
        {
          bench_suggest_only (argv[2], argc == 4 ? (guint) g_ascii_strtoull (argv[3], NULL, 10)
                                                 : 10);
          return 0;
        }
      if (argc == 3 && g_str_equal (argv[1], "core"))
        {
          bench_core (argv[2]);
          return 0;
        }
    }

  g_printerr ("Usage: hearth-bench core FILE\n"
              "       hearth-bench gui FILE [all | VIEW...]\n"
              "       hearth-bench suggest FILE [ROUNDS]\n");
  return 2;
}
