/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-bench.c: how fast Hearth does what a coordinator waits for, on a given scheme.
 *
 *   hearth-bench core FILE   open, list, search per keystroke, save one edit, memory
 *   hearth-bench gui FILE    the window: first frame, and the People list shown
 *   hearth-bench view FILE VIEW [KEYS]
 *                            a view asked for in an open window (trials, recruitment...):
 *                            time to its first frame, and the cost of each key typed in
 *                            its search, if it has one (the first KEYS of the queries)
 *   hearth-bench suggest FILE [ROUNDS]
 *                            suggestions only, for 20 people ROUNDS times over (default 10)
 *
 * Figures are printed one per line as "name<TAB>value<TAB>unit", for run.sh to set beside
 * their baselines. Nothing here passes or fails: these are measurements, not tests. */

#define G_LOG_DOMAIN "hearth-bench"

#include "config.h"

#include <adwaita.h>
#include <sys/resource.h>

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

static void
bench_core (const char *path)
{
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthRecordList) people = NULL;
  g_autoptr(HearthRecordView) view = NULL;
  g_autoptr(GArray) keystrokes = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) saves = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthRecord) first = NULL;
  g_autoptr(HearthRecord) person = NULL;
  double ms;
  gint64 start;

  scheme = open_scheme (path, &ms);
  print_figure ("open scheme", ms, "ms");

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

  /* One durable edit, as Done in the editor does it: validated, audited, committed. */
  first = g_list_model_get_item (G_LIST_MODEL (view), 0);
  person = hearth_record_copy (first);
  for (guint i = 0; i < 20; i++)
    {
      hearth_record_set_string (person, "area", i % 2 ? "Millbrook" : "Fernley");
      start = g_get_monotonic_time ();
      if (!hearth_scheme_update (scheme, person, &error))
        g_error ("Save failed: %s", error->message);
      ms = ms_since (start);
      g_array_append_val (saves, ms);
    }
  print_figure ("save one edit (durable), median", percentile (saves, 0.5), "ms");

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

typedef struct
{
  HearthWindow *window;
  double        first_frame_ms;
  double        people_shown_ms;
  gboolean      done;
} GuiRun;

static void
after_paint_cb (GdkFrameClock *clock,
                GuiRun        *run)
{
  HearthListPane *people;

  if (run->first_frame_ms == 0)
    run->first_frame_ms = ms_since (start_time);

  people = HEARTH_LIST_PANE (hearth_window_get_list_pane (run->window, "people"));
  if (people != NULL && hearth_list_pane_get_n_shown (people) > 0 && run->people_shown_ms == 0)
    {
      run->people_shown_ms = ms_since (start_time);
      run->done = TRUE;
    }
}

static void
realize_cb (GtkWidget *widget,
            GuiRun    *run)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), run);
}

static void
bench_gui (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  GuiRun run = { 0 };
  gint64 deadline;

  adw_init ();
  run.window = g_object_new (HEARTH_TYPE_WINDOW, NULL);
  g_signal_connect (run.window, "realize", G_CALLBACK (realize_cb), &run);
  hearth_window_show_view (run.window, "people");
  hearth_window_open_file (run.window, file);
  hearth_window_show_view (run.window, "people");
  gtk_window_present (GTK_WINDOW (run.window));

  deadline = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;
  while (!run.done && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  print_figure ("window: first frame", run.first_frame_ms, "ms");
  print_figure ("window: people list shown", run.people_shown_ms, "ms");
  print_figure ("window: peak memory (RSS)", peak_rss_mb (), "MB");
  gtk_window_destroy (GTK_WINDOW (run.window));
}

typedef struct
{
  guint  frames;
} ViewRun;

static void
view_painted_cb (GdkFrameClock *clock,
                 ViewRun       *run)
{
  run->frames++;
}

/* Runs the main loop until @run counted one more frame than @frames, or a minute passed. */
static void
wait_for_frame (ViewRun *run,
                guint    frames)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (run->frames <= frames && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
bench_view (const char *path,
            const char *view,
            guint       n_keys)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (double));
  HearthWindow *window;
  GtkWidget *search;
  ViewRun run = { 0 };
  gint64 start;

  adw_init ();
  window = g_object_new (HEARTH_TYPE_WINDOW, NULL);
  hearth_window_open_file (window, file);
  hearth_window_show_view (window, "dashboard");
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (view_painted_cb), &run);
  wait_for_frame (&run, 0);
  for (guint i = 0; i < 200; i++)
    g_main_context_iteration (NULL, FALSE);

  start = g_get_monotonic_time ();
  hearth_window_show_view (window, view);
  wait_for_frame (&run, run.frames);
  print_figure ("view: first frame", ms_since (start), "ms");

  search = find_named (GTK_WIDGET (hearth_window_get_page (window, view)), "search");
  for (guint i = 0; search != NULL && i < MIN (n_keys, G_N_ELEMENTS (queries)); i++)
    {
      double ms;

      start = g_get_monotonic_time ();
      gtk_editable_set_text (GTK_EDITABLE (search), queries[i]);
      g_signal_emit_by_name (search, "search-changed");
      ms = ms_since (start);
      g_array_append_val (keys, ms);
    }
  if (keys->len > 0)
    {
      print_figure ("view: search per keystroke, median", percentile (keys, 0.5), "ms");
      print_figure ("view: search per keystroke, 95th percentile", percentile (keys, 0.95), "ms");
    }
  print_figure ("view: peak memory (RSS)", peak_rss_mb (), "MB");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  start_time = g_get_monotonic_time ();

  if (argc == 5 && g_str_equal (argv[1], "view"))
    {
      gtk_init ();
      bench_view (argv[2], argv[3], (guint) g_ascii_strtoull (argv[4], NULL, 10));
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
      if (argc == 4 && g_str_equal (argv[1], "view"))
        {
          gtk_init ();
          bench_view (argv[2], argv[3], G_N_ELEMENTS (queries));
          return 0;
        }
      if (argc == 3 && g_str_equal (argv[1], "gui"))
        {
          gtk_init ();
          bench_gui (argv[2]);
          return 0;
        }
    }

  g_printerr ("Usage: hearth-bench core|gui FILE\n"
              "       hearth-bench view FILE VIEW [KEYS]\n"
              "       hearth-bench suggest FILE [ROUNDS]\n");
  return 2;
}

