/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-date-row.c: a row for one date. It reads what is typed with the core's one reader,
 * shows the date as "7 December 2026" once it is one, says why when it cannot be, and offers
 * a calendar from a button at its end.
 *
 * The row checks what was typed when the keyboard leaves it or Enter is pressed, not at each
 * key: "3" on the way to "30/11/2026" is not a mistake. */

#define G_LOG_DOMAIN "hearth-date-row"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth.h"
#include "hearth-date-row.h"
#include "hearth-gui-util.h"

struct _HearthDateRow
{
  AdwEntryRow    parent_instance;

  char          *date;           /* what the text reads as; NULL when blank or not a date */
  char          *problem;        /* why the text is not a date, once checked */
  int            shown_month;    /* year * 12 + month in the calendar: paging is not a choice */
  gboolean       syncing;        /* the row itself is setting the calendar */

  GtkMenuButton *calendar_button;
  GtkPopover    *popover;          /* made when the calendar is first opened */
  GtkCalendar   *calendar;
};

G_DEFINE_FINAL_TYPE (HearthDateRow, hearth_date_row, ADW_TYPE_ENTRY_ROW)

enum {
  PROP_0,
  PROP_DATE,
  PROP_PROBLEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Translators: the hint on a date field */
#define HINT N_("Day, month and year, such as 7/12/2026, or “today”")

static void
set_date_value (HearthDateRow *self,
                const char    *iso)
{
  if (g_strcmp0 (self->date, iso) == 0)
    return;

  g_free (self->date);
  self->date = g_strdup (iso);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/* The calendar button is named for the date it sets: "Choose a date for Date of birth". */
static void
name_button (HearthDateRow *self)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));
  g_autofree char *spoken = NULL;

  if (title != NULL && title[0] != '\0')
    /* Translators: the name a screen reader gives the calendar button of a date field */
    spoken = g_strdup_printf (_("Choose a date for %s"), title);
  else
    spoken = g_strdup (_("Choose a date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->calendar_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
}

/* A date that cannot be changed offers no calendar to change it with. */
static void
editable_changed_cb (HearthDateRow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->calendar_button),
                          gtk_editable_get_editable (GTK_EDITABLE (self)));
}

static int
month_key (GDateTime *date)
{
  return g_date_time_get_year (date) * 12 + g_date_time_get_month (date);
}

static void
choose_day (HearthDateRow *self)
{
  g_autoptr(GDateTime) chosen = gtk_calendar_get_date (self->calendar);
  g_autofree char *iso = g_date_time_format (chosen, "%Y-%m-%d");

  hearth_date_row_set_date (self, iso);
  gtk_popover_popdown (self->popover);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
text_changed_cb (HearthDateRow *self)
{
  g_autofree char *iso = NULL;

  if (hearth_date_row_read (self, &iso, NULL))
    {
      set_date_value (self, iso);
      /* Put right: the reason goes as soon as the text is a date. */
      hearth_date_row_set_problem (self, NULL);
    }
  else
    set_date_value (self, NULL);
}

static void
left_cb (HearthDateRow *self)
{
  if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    hearth_date_row_check (self);
}

static void
popover_shown_cb (HearthDateRow *self)
{
  g_autofree char *today = hearth_date_today ();
  const char *iso = self->date != NULL ? self->date : today;
  GDate date;
  g_autoptr(GDateTime) shown = NULL;

  if (!hearth_date_parse (iso, &date))
    return;

  shown = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                 g_date_get_day (&date), 0, 0, 0);
  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, shown);
  self->syncing = FALSE;
  self->shown_month = month_key (shown);
}

/* A day chosen in the month shown; the arrows and a day of the next month only turn pages
 * (GtkCalendar says a day is selected before it says the month changed). */
static void
day_selected_cb (HearthDateRow *self)
{
  g_autoptr(GDateTime) selected = gtk_calendar_get_date (self->calendar);

  if (self->syncing || month_key (selected) != self->shown_month)
    return;
  choose_day (self);
}

static void
month_turned_cb (HearthDateRow *self)
{
  g_autoptr(GDateTime) selected = gtk_calendar_get_date (self->calendar);

  self->shown_month = month_key (selected);
}

/* A click on the day already chosen selects nothing new, yet it is still the answer. */
static void
calendar_released_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      HearthDateRow   *self)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->calendar), x, y, GTK_PICK_DEFAULT);
  g_autoptr(GDateTime) selected = gtk_calendar_get_date (self->calendar);

  if (picked == NULL || !gtk_widget_has_css_class (picked, "day-number") ||
      gtk_widget_has_css_class (picked, "other-month") ||
      month_key (selected) != self->shown_month ||
      !gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    return;
  choose_day (self);
}

/* A form has many dates and most are typed: each calendar is made the first time it opens. */
static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       data)
{
  HearthDateRow *self = data;
  GtkGesture *click;

  if (self->popover != NULL)
    return;

  self->popover = GTK_POPOVER (gtk_popover_new ());
  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  gtk_popover_set_child (self->popover, GTK_WIDGET (self->calendar));
  g_signal_connect_swapped (self->popover, "show", G_CALLBACK (popover_shown_cb), self);
  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (day_selected_cb), self);
  g_signal_connect_swapped (self->calendar, "notify::month", G_CALLBACK (month_turned_cb), self);
  g_signal_connect_swapped (self->calendar, "notify::year", G_CALLBACK (month_turned_cb), self);
  click = gtk_gesture_click_new ();
  g_signal_connect (click, "released", G_CALLBACK (calendar_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->calendar), GTK_EVENT_CONTROLLER (click));
  gtk_menu_button_set_popover (button, GTK_WIDGET (self->popover));
}

static void
hearth_date_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HearthDateRow *self = HEARTH_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_PROBLEM:
      g_value_set_string (value, self->problem);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_date_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  HearthDateRow *self = HEARTH_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      hearth_date_row_set_date (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_date_row_finalize (GObject *object)
{
  HearthDateRow *self = HEARTH_DATE_ROW (object);

  g_free (self->date);
  g_free (self->problem);

  G_OBJECT_CLASS (hearth_date_row_parent_class)->finalize (object);
}

static void
hearth_date_row_class_init (HearthDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = hearth_date_row_get_property;
  object_class->set_property = hearth_date_row_set_property;
  object_class->finalize = hearth_date_row_finalize;

  /**
   * HearthDateRow:date:
   *
   * The date the text reads as, YYYY-MM-DD; %NULL while the row is blank or not a date.
   */
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * HearthDateRow:problem:
   *
   * Why the text is not a date, in words, since the row last checked it; or %NULL.
   */
  properties[PROP_PROBLEM] =
    g_param_spec_string ("problem", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, HEARTH_RESOURCE_PATH
                                               "/ui/hearth-date-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthDateRow, calendar_button);
}

static void
hearth_date_row_init (HearthDateRow *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_set_tooltip_text (GTK_WIDGET (self), _(HINT));
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (left_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  gtk_menu_button_set_create_popup_func (self->calendar_button, create_popup_cb, self, NULL);

  g_signal_connect (self, "changed", G_CALLBACK (text_changed_cb), NULL);
  g_signal_connect (self, "entry-activated", G_CALLBACK (hearth_date_row_check), NULL);
  g_signal_connect (self, "notify::title", G_CALLBACK (name_button), NULL);
  g_signal_connect (self, "notify::editable", G_CALLBACK (editable_changed_cb), NULL);
  name_button (self);

  /* The entry row's pencil repeats what the row says; the calendar button is named. */
  hearth_hide_inner_images (GTK_WIDGET (self));
}

/**
 * hearth_date_row_new:
 * @title: (nullable): what the date is, "Date of birth"
 *
 * Returns: (transfer floating): a blank row for a date
 */
GtkWidget *
hearth_date_row_new (const char *title)
{
  return g_object_new (HEARTH_TYPE_DATE_ROW, "title", title != NULL ? title : "", NULL);
}

/* The date as YYYY-MM-DD, or %NULL when the row is blank or does not hold a date. */
const char *
hearth_date_row_get_date (HearthDateRow *self)
{
  g_return_val_if_fail (HEARTH_IS_DATE_ROW (self), NULL);

  return self->date;
}

/**
 * hearth_date_row_set_date:
 * @iso: (nullable): a date as YYYY-MM-DD, or %NULL for none
 *
 * Shows @iso as "7 December 2026" and clears any reason shown.
 */
void
hearth_date_row_set_date (HearthDateRow *self,
                          const char    *iso)
{
  g_autofree char *text = NULL;

  g_return_if_fail (HEARTH_IS_DATE_ROW (self));

  text = hearth_date_to_display (iso);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self), text);
  hearth_date_row_set_problem (self, NULL);
}

/**
 * hearth_date_row_read:
 * @iso: (out) (transfer full) (nullable): the date, or %NULL when the row is blank
 *
 * Reads what is typed now, as hearth_date_parse_input() does.
 */
gboolean
hearth_date_row_read (HearthDateRow  *self,
                      char          **iso,
                      GError        **error)
{
  g_return_val_if_fail (HEARTH_IS_DATE_ROW (self), FALSE);

  return hearth_date_parse_input (gtk_editable_get_text (GTK_EDITABLE (self)), iso, error);
}

/**
 * hearth_date_row_check:
 *
 * What the row does when the keyboard leaves it: a date is shown as "7 December 2026"; text
 * that is not a date stays as typed, and the row says why.
 *
 * Returns: %TRUE when the row is blank or holds a date
 */
gboolean
hearth_date_row_check (HearthDateRow *self)
{
  g_autofree char *iso = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (HEARTH_IS_DATE_ROW (self), FALSE);

  if (!hearth_date_row_read (self, &iso, &error))
    {
      hearth_date_row_set_problem (self, error->message);
      return FALSE;
    }

  if (iso != NULL)
    hearth_date_row_set_date (self, iso);
  else
    hearth_date_row_set_problem (self, NULL);
  return TRUE;
}

/* Why the row's text is not a date, or %NULL. */
const char *
hearth_date_row_get_problem (HearthDateRow *self)
{
  g_return_val_if_fail (HEARTH_IS_DATE_ROW (self), NULL);

  return self->problem;
}

/**
 * hearth_date_row_set_problem:
 * @message: (nullable): what is wrong with the date, or %NULL when nothing is
 *
 * Marks the row the way every field with a problem is marked: in the error style, with the
 * reason as its tooltip and as what a screen reader says of it.
 */
void
hearth_date_row_set_problem (HearthDateRow *self,
                             const char    *message)
{
  GtkWidget *widget;

  g_return_if_fail (HEARTH_IS_DATE_ROW (self));

  if (g_strcmp0 (self->problem, message) == 0)
    return;

  widget = GTK_WIDGET (self);
  g_free (self->problem);
  self->problem = g_strdup (message);
  if (message != NULL)
    {
      gtk_widget_add_css_class (widget, "error");
      gtk_widget_set_tooltip_text (widget, message);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      message, -1);
    }
  else
    {
      gtk_widget_remove_css_class (widget, "error");
      gtk_widget_set_tooltip_text (widget, _(HINT));
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEM]);
}

/* For tests: the button that opens the calendar. */
GtkWidget *
hearth_date_row_get_calendar_button (HearthDateRow *self)
{
  g_return_val_if_fail (HEARTH_IS_DATE_ROW (self), NULL);

  return GTK_WIDGET (self->calendar_button);
}
