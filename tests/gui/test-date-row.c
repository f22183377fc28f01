/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-date-row.c: the date row every date field uses: what it shows, when it says a date
 * cannot be, and its calendar. */

#define G_LOG_DOMAIN "test-date-row"

#include "config.h"

#include "hearth.h"
#include "hearth-date-row.h"
#include "hearth-gui-test.h"

typedef struct
{
  GtkWidget     *window;
  HearthDateRow *row;
  GtkWidget     *other;   /* somewhere else for the keyboard to go */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *list = gtk_list_box_new ();

  f->window = gtk_window_new ();
  f->row = HEARTH_DATE_ROW (hearth_date_row_new ("Date of birth"));
  f->other = adw_entry_row_new ();
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (f->row));
  gtk_list_box_append (GTK_LIST_BOX (list), f->other);
  gtk_window_set_child (GTK_WINDOW (f->window), list);
  gtk_window_present (GTK_WINDOW (f->window));
  hearth_gui_test_settle ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  hearth_gui_test_settle ();
}

static const char *
text_of (HearthDateRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static GtkCalendar *
calendar_of (HearthDateRow *row)
{
  GtkMenuButton *button = GTK_MENU_BUTTON (hearth_date_row_get_calendar_button (row));

  return GTK_CALENDAR (gtk_popover_get_child (gtk_menu_button_get_popover (button)));
}

static char *
calendar_day (HearthDateRow *row)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar_of (row));

  return g_date_time_format (date, "%Y-%m-%d");
}

static gboolean
popover_open (HearthDateRow *row)
{
  GtkMenuButton *button = GTK_MENU_BUTTON (hearth_date_row_get_calendar_button (row));

  return gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (button)));
}

static void
open_calendar (HearthDateRow *row)
{
  gtk_menu_button_popup (GTK_MENU_BUTTON (hearth_date_row_get_calendar_button (row)));
  hearth_gui_test_settle ();
  g_assert_true (popover_open (row));
}

static void
select_day (HearthDateRow *row,
            int            year,
            int            month,
            int            day)
{
  g_autoptr(GDateTime) date = g_date_time_new_local (year, month, day, 0, 0, 0);

  gtk_calendar_select_day (calendar_of (row), date);
  hearth_gui_test_settle ();
}

/* A date loaded or typed is shown the way it is written everywhere in Hearth. */
static void
test_shows_dates (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *button = hearth_date_row_get_calendar_button (f->row);

  g_assert_cmpstr (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (button)), ==,
                   "x-office-calendar-symbolic");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Choose a Date");

  hearth_date_row_set_date (f->row, "2026-12-07");
  g_assert_cmpstr (text_of (f->row), ==, "7 December 2026");
  g_assert_cmpstr (hearth_date_row_get_date (f->row), ==, "2026-12-07");

  /* Typing reads the date at once; leaving the row shows it in words. */
  gtk_editable_set_text (GTK_EDITABLE (f->row), "07/12/26");
  g_assert_cmpstr (hearth_date_row_get_date (f->row), ==, "2026-12-07");
  g_assert_cmpstr (text_of (f->row), ==, "07/12/26");
  gtk_widget_grab_focus (GTK_WIDGET (f->row));
  hearth_gui_test_settle ();
  gtk_widget_grab_focus (f->other);
  hearth_gui_test_settle ();
  g_assert_cmpstr (text_of (f->row), ==, "7 December 2026");

  /* Enter does the same. */
  gtk_editable_set_text (GTK_EDITABLE (f->row), "tomorrow");
  g_signal_emit_by_name (f->row, "entry-activated");
  g_assert_cmpstr (text_of (f->row), ==, "23 November 2026");
  g_assert_cmpstr (hearth_date_row_get_date (f->row), ==, "2026-11-23");

  /* Blank is no date, and nothing wrong. */
  gtk_editable_set_text (GTK_EDITABLE (f->row), "");
  g_assert_true (hearth_date_row_check (f->row));
  g_assert_null (hearth_date_row_get_date (f->row));
  g_assert_null (hearth_date_row_get_problem (f->row));
}

/* A date that cannot be is kept as typed, and the row says why, once it is left. */
static void
test_says_why (Fixture       *f,
               gconstpointer  data)
{
  gtk_widget_grab_focus (GTK_WIDGET (f->row));
  hearth_gui_test_settle ();
  gtk_editable_set_text (GTK_EDITABLE (f->row), "31/02/2026");
  /* Not while it is being typed. */
  g_assert_null (hearth_date_row_get_problem (f->row));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (f->row), "error"));

  gtk_widget_grab_focus (f->other);
  hearth_gui_test_settle ();
  g_assert_cmpstr (hearth_date_row_get_problem (f->row), ==, "There is no 31 February.");
  g_assert_cmpstr (text_of (f->row), ==, "31/02/2026");
  g_assert_null (hearth_date_row_get_date (f->row));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (f->row), "error"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (f->row)), ==,
                   "There is no 31 February.");

  gtk_editable_set_text (GTK_EDITABLE (f->row), "29/02/2027");
  g_signal_emit_by_name (f->row, "entry-activated");
  g_assert_cmpstr (hearth_date_row_get_problem (f->row), ==, "There is no 29 February in 2027.");

  /* Put right, the reason goes. */
  gtk_editable_set_text (GTK_EDITABLE (f->row), "28/02/2027");
  g_assert_null (hearth_date_row_get_problem (f->row));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (f->row), "error"));
  g_assert_cmpstr (hearth_date_row_get_date (f->row), ==, "2027-02-28");
}

/* The calendar opens on the row's date, or today; a day chosen goes into the row. */
static void
test_calendar (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *today = NULL;
  g_autofree char *shown = NULL;

  open_calendar (f->row);
  today = calendar_day (f->row);
  g_assert_cmpstr (today, ==, "2026-11-22");
  select_day (f->row, 2026, 11, 3);
  g_assert_false (popover_open (f->row));
  g_assert_cmpstr (text_of (f->row), ==, "3 November 2026");
  g_assert_cmpstr (hearth_date_row_get_date (f->row), ==, "2026-11-03");

  hearth_date_row_set_date (f->row, "1990-03-12");
  open_calendar (f->row);
  shown = calendar_day (f->row);
  g_assert_cmpstr (shown, ==, "1990-03-12");
  /* Turning to another month is not a choice. */
  select_day (f->row, 1990, 4, 12);
  g_assert_true (popover_open (f->row));
  g_assert_cmpstr (text_of (f->row), ==, "12 March 1990");
  select_day (f->row, 1990, 4, 30);
  g_assert_false (popover_open (f->row));
  g_assert_cmpstr (text_of (f->row), ==, "30 April 1990");

  /* A date that cannot be changed offers no calendar. */
  gtk_editable_set_editable (GTK_EDITABLE (f->row), FALSE);
  g_assert_false (gtk_widget_get_visible (hearth_date_row_get_calendar_button (f->row)));
  gtk_editable_set_editable (GTK_EDITABLE (f->row), TRUE);
  g_assert_true (gtk_widget_get_visible (hearth_date_row_get_calendar_button (f->row)));
}

int
main (int   argc,
      char *argv[])
{
  hearth_gui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/gui/date-row/shows-dates", test_shows_dates);
  ADD ("/gui/date-row/says-why", test_says_why);
  ADD ("/gui/date-row/calendar", test_calendar);
#undef ADD

  return g_test_run ();
}
