/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-date.c: date arithmetic for review policies, ages and due dates.
 *
 * Months are added the way a coordinator counts them: 31 January plus one month is the
 * last day of February, and 29 February plus one year is 28 February.
 */

#define G_LOG_DOMAIN "hearth-date"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hearth-date.h"
#include "hearth-error.h"

static char *today_override;

gboolean
hearth_date_parse (const char *iso,
                   GDate      *out)
{
  guint y, m, d;

  g_return_val_if_fail (out != NULL, FALSE);

  if (iso == NULL || strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-')
    return FALSE;

  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (iso[i]))
      return FALSE;

  y = (guint) g_ascii_strtoull (iso, NULL, 10);
  m = (guint) g_ascii_strtoull (iso + 5, NULL, 10);
  d = (guint) g_ascii_strtoull (iso + 8, NULL, 10);

  if (y < 1 || !g_date_valid_dmy (d, m, y))
    return FALSE;

  g_date_clear (out, 1);
  g_date_set_dmy (out, d, m, y);
  return TRUE;
}

gboolean
hearth_date_is_valid (const char *iso)
{
  GDate date;

  return hearth_date_parse (iso, &date);
}

char *
hearth_date_format (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u",
                          g_date_get_year (date),
                          g_date_get_month (date),
                          g_date_get_day (date));
}

/* Tests, the demo and trainers' walkthroughs can fix "today" (HEARTH_TODAY=YYYY-MM-DD). */
void
hearth_date_set_today (const char *iso)
{
  g_return_if_fail (iso == NULL || hearth_date_is_valid (iso));

  g_free (today_override);
  today_override = g_strdup (iso);
}

char *
hearth_date_today (void)
{
  g_autoptr(GDateTime) now = NULL;
  const char *env;

  if (today_override != NULL)
    return g_strdup (today_override);

  env = g_getenv ("HEARTH_TODAY");
  if (env != NULL && hearth_date_is_valid (env))
    return g_strdup (env);

  now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

char *
hearth_timestamp_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

static char *
shift (const char *iso,
       int         days,
       int         months,
       int         years)
{
  GDate date;

  if (!hearth_date_parse (iso, &date))
    return NULL;

  /* GDate clamps to the end of the month when adding months or years. */
  if (years > 0)
    g_date_add_years (&date, years);
  else if (years < 0)
    g_date_subtract_years (&date, -years);

  if (months > 0)
    g_date_add_months (&date, months);
  else if (months < 0)
    g_date_subtract_months (&date, -months);

  if (days > 0)
    g_date_add_days (&date, days);
  else if (days < 0)
    g_date_subtract_days (&date, -days);

  return hearth_date_format (&date);
}

char *
hearth_date_add_days (const char *iso,
                      int         days)
{
  return shift (iso, days, 0, 0);
}

char *
hearth_date_add_weeks (const char *iso,
                       int         weeks)
{
  return shift (iso, weeks * 7, 0, 0);
}

char *
hearth_date_add_months (const char *iso,
                        int         months)
{
  return shift (iso, 0, months, 0);
}

char *
hearth_date_add_years (const char *iso,
                       int         years)
{
  return shift (iso, 0, 0, years);
}

/* Monday to Friday; bank holidays are not known without a network, so they count. */
char *
hearth_date_add_working_days (const char *iso,
                              int         days)
{
  GDate date;

  g_return_val_if_fail (days >= 0, NULL);

  if (!hearth_date_parse (iso, &date))
    return NULL;

  while (days > 0)
    {
      GDateWeekday wd;

      g_date_add_days (&date, 1);
      wd = g_date_get_weekday (&date);
      if (wd != G_DATE_SATURDAY && wd != G_DATE_SUNDAY)
        days--;
    }

  return hearth_date_format (&date);
}

int
hearth_date_days_between (const char *from,
                          const char *to)
{
  GDate a, b;

  if (!hearth_date_parse (from, &a) || !hearth_date_parse (to, &b))
    return 0;

  return g_date_days_between (&a, &b);
}

/* Whole years from @birth to @on; someone born on 29 February turns a year older on 1 March
 * in years without one. */
int
hearth_date_age_on (const char *birth,
                    const char *on)
{
  GDate b, o;
  int age;

  if (!hearth_date_parse (birth, &b) || !hearth_date_parse (on, &o))
    return -1;

  age = (int) g_date_get_year (&o) - (int) g_date_get_year (&b);
  if (g_date_get_month (&o) < g_date_get_month (&b) ||
      (g_date_get_month (&o) == g_date_get_month (&b) &&
       g_date_get_day (&o) < g_date_get_day (&b)))
    age--;

  return age;
}

char *
hearth_date_to_display (const char *iso)
{
  static const char *months[] = {
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
    N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
  };
  GDate date;

  if (!hearth_date_parse (iso, &date))
    return g_strdup (iso != NULL ? iso : "");

  /* Translators: a date: day, month name, year, as in "3 March 2026" */
  return g_strdup_printf (_("%u %s %u"),
                          g_date_get_day (&date),
                          _(months[g_date_get_month (&date) - 1]),
                          g_date_get_year (&date));
}

/* "3", "March" or "Mar" (in English or the translation), or 0. */
static guint
month_from_name (const char *word)
{
  static const char *months[] = {
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
    N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
  };

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    {
      const char *names[] = { months[i], _(months[i]) };

      for (guint j = 0; j < G_N_ELEMENTS (names); j++)
        {
          g_autofree char *name = g_utf8_casefold (names[j], -1);
          g_autofree char *typed = g_utf8_casefold (word, -1);

          if (g_utf8_strlen (typed, -1) >= 3 && g_str_has_prefix (name, typed))
            return i + 1;
        }
    }

  return 0;
}

/**
 * hearth_date_parse_input:
 * @text: a date as a coordinator types it: "22/11/2026", "22.11.2026", "22 November 2026",
 *   "22 Nov 2026" or "2026-11-22"
 * @iso: (out) (transfer full) (nullable): the date as YYYY-MM-DD, or %NULL when @text is blank
 *
 * Returns: %FALSE, with a message saying how to write a date, when @text is not one
 */
gboolean
hearth_date_parse_input (const char  *text,
                         char       **iso,
                         GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_auto(GStrv) parts = NULL;
  guint d = 0, m = 0, y = 0;
  GDate date;

  g_return_val_if_fail (iso != NULL, FALSE);
  *iso = NULL;

  if (trimmed[0] == '\0')
    return TRUE;

  if (hearth_date_parse (trimmed, &date))
    {
      *iso = g_strdup (trimmed);
      return TRUE;
    }

  parts = g_regex_split_simple ("[/. ]+", trimmed, 0, 0);
  if (g_strv_length (parts) == 3)
    {
      guint64 value;

      if (g_ascii_string_to_unsigned (parts[0], 10, 1, 31, &value, NULL))
        d = (guint) value;
      if (g_ascii_string_to_unsigned (parts[1], 10, 1, 12, &value, NULL))
        m = (guint) value;
      else
        m = month_from_name (parts[1]);
      if (g_ascii_string_to_unsigned (parts[2], 10, 1000, 9999, &value, NULL))
        y = (guint) value;
    }

  if (d == 0 || m == 0 || y == 0 || !g_date_valid_dmy (d, m, y))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("“%s” is not a date. Write it as day, month and year, such as 22/11/2026."),
                   trimmed);
      return FALSE;
    }

  *iso = g_strdup_printf ("%04u-%02u-%02u", y, m, d);
  return TRUE;
}

/**
 * hearth_date_to_input:
 * @iso: (nullable): a date as YYYY-MM-DD
 *
 * Returns: (transfer full): the date as a coordinator would type it, "22/11/2026", or an
 *   empty string
 */
char *
hearth_date_to_input (const char *iso)
{
  GDate date;

  if (!hearth_date_parse (iso, &date))
    return g_strdup (iso != NULL ? iso : "");

  return g_strdup_printf ("%02u/%02u/%04u", g_date_get_day (&date), g_date_get_month (&date),
                          g_date_get_year (&date));
}
