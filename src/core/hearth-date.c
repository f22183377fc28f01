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

/* "March" or "Mar" (in English or the translation), or 0. */
static guint
month_from_name (const char *word)
{
  static const char *months[] = {
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
    N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
  };
  g_autofree char *typed = g_utf8_casefold (word, -1);

  if (g_utf8_strlen (typed, -1) < 3)
    return 0;

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    {
      const char *names[] = { months[i], _(months[i]) };

      for (guint j = 0; j < G_N_ELEMENTS (names); j++)
        {
          g_autofree char *name = g_utf8_casefold (names[j], -1);

          if (g_str_has_prefix (name, typed))
            return i + 1;
        }
    }

  return 0;
}

static const char *
month_name (guint month)
{
  static const char *months[] = {
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
    N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
  };

  return _(months[month - 1]);
}

/* No date needs more than this; anything longer is refused before it is looked at. */
#define MAX_DATE_INPUT 64

/* "7/12/2026" is what the messages hold up as the way to write a date. */
static gboolean
not_a_date (const char  *text,
            GError     **error)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  g_autofree char *shown = NULL;

  if (g_utf8_strlen (valid, -1) > 40)
    {
      g_autofree char *start = g_utf8_substring (valid, 0, 39);

      shown = g_strconcat (start, "…", NULL);
    }
  else
    shown = g_steal_pointer (&valid);

  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
               _("“%s” is not a date. Write it as day, month and year, such as 7/12/2026."),
               shown);
  return FALSE;
}

/* "1st", "22nd", "32nd": English ordinals, for the message about a day past 31. */
static char *
ordinal (guint n)
{
  const char *suffix = "th";

  if (n % 100 < 11 || n % 100 > 13)
    suffix = n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
  return g_strdup_printf ("%u%s", n, suffix);
}

/* Checks day, month and year together, and says in words what is impossible. */
static gboolean
check_day (guint    d,
           guint    m,
           guint    y,
           GError **error)
{
  if (m < 1 || m > 12)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID, _("There is no month %u."), m);
      return FALSE;
    }

  if (d < 1 || d > 31)
    {
      g_autofree char *nth = ordinal (d);

      /* Translators: the day is an English ordinal, such as "32nd" */
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("There is no %s day in any month."), nth);
      return FALSE;
    }

  if (d > g_date_get_days_in_month ((GDateMonth) m, (GDateYear) y))
    {
      if (m == 2 && d == 29)
        g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                     /* Translators: "There is no 29 February in 2027." */
                     _("There is no 29 February in %u."), y);
      else
        g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                     /* Translators: "There is no 31 April." */
                     _("There is no %u %s."), d, month_name (m));
      return FALSE;
    }

  return TRUE;
}

/* A two-digit year is taken in the century that puts it at most 20 years after this year. */
static guint
full_year (guint yy)
{
  g_autofree char *today = hearth_date_today ();
  guint this_year = (guint) g_ascii_strtoull (today, NULL, 10);
  guint year = this_year / 100 * 100 + yy;

  if (year > this_year + 20)
    year -= 100;
  else if (year + 100 <= this_year + 20)
    year += 100;
  return year;
}

typedef struct
{
  char     *text;      /* digits, or a word */
  gboolean  digits;
  gboolean  ordinal;   /* digits followed by st, nd, rd or th */
} Token;

static void
token_clear (Token *token)
{
  g_free (token->text);
}

static gboolean
is_separator (gunichar c)
{
  return c == '/' || c == '.' || c == '-' || c == ',' || g_unichar_isspace (c);
}

/* Splits @text into runs of digits and runs of letters; %FALSE on anything else. */
static gboolean
tokenize (const char *text,
          GArray     *tokens)
{
  const char *p = text;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      const char *start = p;
      Token token = { NULL, FALSE, FALSE };

      if (is_separator (c))
        {
          p = g_utf8_next_char (p);
          continue;
        }

      if (g_ascii_isdigit (*p))
        {
          while (g_ascii_isdigit (*p))
            p++;
          token.digits = TRUE;
        }
      else if (g_unichar_isalpha (c))
        {
          while (*p != '\0' && g_unichar_isalpha (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
        }
      else
        return FALSE;

      token.text = g_strndup (start, (gsize) (p - start));
      /* "7th of December 2026" */
      if (!token.digits && g_ascii_strcasecmp (token.text, "of") == 0)
        {
          token_clear (&token);
          continue;
        }
      /* "7th": the suffix stays with its number. */
      if (token.digits && g_unichar_isalpha (g_utf8_get_char (p)))
        {
          g_autofree char *rest = g_ascii_strdown (p, MIN (strlen (p), 2));

          if (!g_str_equal (rest, "st") && !g_str_equal (rest, "nd") &&
              !g_str_equal (rest, "rd") && !g_str_equal (rest, "th"))
            {
              token_clear (&token);
              return FALSE;
            }
          token.ordinal = TRUE;
          p += 2;
          if (*p != '\0' && !is_separator (g_utf8_get_char (p)))
            {
              token_clear (&token);
              return FALSE;
            }
        }

      g_array_append_val (tokens, token);
    }

  return TRUE;
}

static gboolean
number_of (const Token *token,
           guint        max_digits,
           guint       *value)
{
  gsize len = strlen (token->text);

  if (!token->digits || len == 0 || len > max_digits)
    return FALSE;
  *value = (guint) g_ascii_strtoull (token->text, NULL, 10);
  return TRUE;
}

/* "today", "yesterday" or "tomorrow", in English or the translation, as days from today. */
static gboolean
relative_word (const char *text,
               int        *days)
{
  static const struct { const char *word; int days; } words[] = {
    { N_("today"), 0 }, { N_("yesterday"), -1 }, { N_("tomorrow"), 1 },
  };
  g_autofree char *typed = g_utf8_casefold (text, -1);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      g_autofree char *english = g_utf8_casefold (words[i].word, -1);
      g_autofree char *translated = g_utf8_casefold (_(words[i].word), -1);

      if (g_str_equal (typed, english) || g_str_equal (typed, translated))
        {
          *days = words[i].days;
          return TRUE;
        }
    }

  return FALSE;
}

/* Day, month and year from three tokens: day first, or a four-digit year first. */
static gboolean
read_tokens (GArray  *tokens,
             guint   *d,
             guint   *m,
             guint   *y)
{
  Token *t = (Token *) (gpointer) tokens->data;
  guint year_at = 2, day_at = 0;

  if (tokens->len != 3)
    return FALSE;

  if (t[0].digits && strlen (t[0].text) == 4 && !t[0].ordinal)
    {
      year_at = 0;
      day_at = 2;
    }

  if (!number_of (&t[day_at], 2, d) || t[year_at].ordinal || t[1].ordinal)
    return FALSE;

  if (t[1].digits)
    {
      if (!number_of (&t[1], 2, m))
        return FALSE;
    }
  else if ((*m = month_from_name (t[1].text)) == 0)
    return FALSE;

  if (strlen (t[year_at].text) == 2 && year_at == 2 && number_of (&t[year_at], 2, y))
    *y = full_year (*y);
  else if (!(strlen (t[year_at].text) == 4 && number_of (&t[year_at], 4, y)) || *y < 1)
    return FALSE;

  return TRUE;
}

/**
 * hearth_date_parse_input:
 * @text: (nullable): a date as a coordinator types it
 * @iso: (out) (transfer full) (nullable): the date as YYYY-MM-DD, or %NULL when @text is blank
 *
 * Reads a date the way it is written in the UK, day first: "7/12/2026", "07/12/26",
 * "7.12.2026", "7-12-2026", "7 Dec 2026", "7th December, 2026", the ISO "2026-12-07", and
 * the words "today", "yesterday" and "tomorrow" (from hearth_date_today()). A month is a
 * number or a name, whole or its first three letters or more. A two-digit year is in the
 * century that puts it no more than 20 years after this year: in 2026, 00 to 46 are
 * 2000 to 2046 and 47 to 99 are 1947 to 1999.
 *
 * Blank text is no date: %TRUE, with @iso %NULL.
 *
 * Returns: %FALSE, with %HEARTH_ERROR_INVALID saying why in words ("There is no 31
 *   February."), when @text is not a date
 */
gboolean
hearth_date_parse_input (const char  *text,
                         char       **iso,
                         GError     **error)
{
  g_autofree char *trimmed = NULL;
  g_autoptr(GArray) tokens = NULL;
  guint d = 0, m = 0, y = 0;
  int days;

  g_return_val_if_fail (iso != NULL, FALSE);
  *iso = NULL;

  if (text == NULL)
    return TRUE;
  if (strnlen (text, MAX_DATE_INPUT + 1) > MAX_DATE_INPUT || !g_utf8_validate (text, -1, NULL))
    return not_a_date (text, error);

  trimmed = g_strstrip (g_strdup (text));
  if (trimmed[0] == '\0')
    return TRUE;

  if (relative_word (trimmed, &days))
    {
      g_autofree char *today = hearth_date_today ();

      *iso = hearth_date_add_days (today, days);
      return TRUE;
    }

  tokens = g_array_new (FALSE, TRUE, sizeof (Token));
  g_array_set_clear_func (tokens, (GDestroyNotify) token_clear);
  if (!tokenize (trimmed, tokens) || !read_tokens (tokens, &d, &m, &y))
    return not_a_date (trimmed, error);
  if (!check_day (d, m, y, error))
    return FALSE;

  *iso = g_strdup_printf ("%04u-%02u-%02u", y, m, d);
  return TRUE;
}

/**
 * hearth_date_to_input:
 * @iso: (nullable): a date as YYYY-MM-DD
 *
 * What a date field holds once a date is in it: the date as it is shown everywhere,
 * "22 November 2026", which hearth_date_parse_input() reads back.
 *
 * Returns: (transfer full): the date for a field, or an empty string
 */
char *
hearth_date_to_input (const char *iso)
{
  return hearth_date_to_display (iso);
}
