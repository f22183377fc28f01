/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-date.c: the one reader of typed dates, against a table of what coordinators type and
 * what they are told when a date cannot be. */

#define G_LOG_DOMAIN "test-date"

#include "config.h"

#include <string.h>

#include "hearth-test-util.h"

static const struct { const char *typed; const char *iso; } accepted[] = {
  /* Day first, numbers */
  { "7/12/2026", "2026-12-07" }, { "07/12/2026", "2026-12-07" }, { "07/12/26", "2026-12-07" },
  { "7/12/26", "2026-12-07" }, { "7.12.2026", "2026-12-07" }, { "7-12-2026", "2026-12-07" },
  { "7 12 2026", "2026-12-07" }, { " 22/11/2026 ", "2026-11-22" }, { "3/4/2026", "2026-04-03" },
  { "22.11.2026", "2026-11-22" },
  /* Month names and abbreviations, any case, a comma, an ordinal */
  { "7 Dec 2026", "2026-12-07" }, { "7 December 2026", "2026-12-07" },
  { "7 dec 26", "2026-12-07" }, { "7 DECEMBER 2026", "2026-12-07" },
  { "7 Dec. 2026", "2026-12-07" }, { "7 December, 2026", "2026-12-07" },
  { "7th December 2026", "2026-12-07" }, { "1st Jan 2027", "2027-01-01" },
  { "2nd Feb 2027", "2027-02-02" }, { "3rd March 2027", "2027-03-03" },
  { "22nd November 2026", "2026-11-22" }, { "7th of December 2026", "2026-12-07" },
  { "22 November 2026", "2026-11-22" }, { "22 nov 2026", "2026-11-22" },
  { "7 Sept 2026", "2026-09-07" }, { "7-Dec-2026", "2026-12-07" },
  /* ISO 8601, as the scheme keeps dates */
  { "2026-12-07", "2026-12-07" }, { "2026-2-1", "2026-02-01" },
  /* Leap years */
  { "29/02/2028", "2028-02-29" }, { "29 Feb 2000", "2000-02-29" },
  /* Two-digit years: no more than 20 years ahead of 2026 */
  { "1/1/00", "2000-01-01" }, { "1/1/46", "2046-01-01" }, { "1/1/47", "1947-01-01" },
  { "1/1/99", "1999-01-01" },
  /* Words, from HEARTH_TODAY=2026-11-22 */
  { "today", "2026-11-22" }, { "Today", "2026-11-22" }, { " TODAY ", "2026-11-22" },
  { "yesterday", "2026-11-21" }, { "tomorrow", "2026-11-23" },
};

#define NOT_A_DATE(s) "“" s "” is not a date. Write it as day, month and year, such as 7/12/2026."

static const struct { const char *typed; const char *message; } refused[] = {
  { "31/02/2026", "There is no 31 February." },
  { "30 Feb 2026", "There is no 30 February." },
  { "29/02/2027", "There is no 29 February in 2027." },
  { "29 February 2100", "There is no 29 February in 2100." },
  { "31/04/2026", "There is no 31 April." },
  { "2026-11-31", "There is no 31 November." },
  { "32/01/2026", "There is no 32nd day in any month." },
  { "41/1/2026", "There is no 41st day in any month." },
  { "43/1/2026", "There is no 43rd day in any month." },
  { "0/1/2026", "There is no 0th day in any month." },
  { "22/13/2026", "There is no month 13." },
  { "22/0/2026", "There is no month 0." },
  { "32/13/2026", "There is no month 13." },
  { "22/11", NOT_A_DATE ("22/11") },
  { "22 No 2026", NOT_A_DATE ("22 No 2026") },
  { "22 Smarch 2026", NOT_A_DATE ("22 Smarch 2026") },
  { "next tuesday", NOT_A_DATE ("next tuesday") },
  { "22/11/202", NOT_A_DATE ("22/11/202") },
  { "22/11/20266", NOT_A_DATE ("22/11/20266") },
  { "22/11/0000", NOT_A_DATE ("22/11/0000") },
  { "22/11/2026/1", NOT_A_DATE ("22/11/2026/1") },
  { "22x/11/2026", NOT_A_DATE ("22x/11/2026") },
  { "22/11th/2026", NOT_A_DATE ("22/11th/2026") },
  { "Dec 7 2026", NOT_A_DATE ("Dec 7 2026") },
  { "7 December 2026!", NOT_A_DATE ("7 December 2026!") },
  { "26-12-7", NOT_A_DATE ("26-12-7") },
  { "todays", NOT_A_DATE ("todays") },
};

static void
test_accepted (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autofree char *iso = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", accepted[i].typed);
      g_assert_true (hearth_date_parse_input (accepted[i].typed, &iso, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (iso, ==, accepted[i].iso);
    }
}

static void
test_refused (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *iso = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", refused[i].typed);
      g_assert_false (hearth_date_parse_input (refused[i].typed, &iso, &error));
      g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, refused[i].message);
      g_assert_null (iso);
    }
}

/* Blank is no date, and no error: the field is simply empty. */
static void
test_blank (void)
{
  const char *blanks[] = { NULL, "", "   ", "\t\n" };

  for (guint i = 0; i < G_N_ELEMENTS (blanks); i++)
    {
      /* An out value is set even when it held something before: never left as it was. */
      g_autofree char *before = g_strdup ("left over");
      char *iso = before;
      g_autoptr(GError) error = NULL;

      g_assert_true (hearth_date_parse_input (blanks[i], &iso, &error));
      g_assert_no_error (error);
      g_assert_null (iso);
    }
}

/* The pivot moves with today: in 2081, "01" is 2101 and "02" is 2002. */
static void
test_pivot_follows_today (void)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  g_autofree char *d = NULL;

  hearth_date_set_today ("2081-06-01");
  g_assert_true (hearth_date_parse_input ("1/1/01", &a, NULL));
  g_assert_true (hearth_date_parse_input ("1/1/02", &b, NULL));
  g_assert_true (hearth_date_parse_input ("tomorrow", &c, NULL));
  hearth_date_set_today ("2026-12-31");
  g_assert_true (hearth_date_parse_input ("tomorrow", &d, NULL));
  hearth_date_set_today (NULL);

  g_assert_cmpstr (a, ==, "2101-01-01");
  g_assert_cmpstr (b, ==, "2002-01-01");
  g_assert_cmpstr (c, ==, "2081-06-02");
  g_assert_cmpstr (d, ==, "2027-01-01");
}

/* What a field shows reads back as the same date, for every day of a leap year. */
static void
test_round_trip (void)
{
  g_autofree char *day = g_strdup ("2028-01-01");

  for (guint i = 0; i < 366; i++)
    {
      g_autofree char *shown = hearth_date_to_display (day);
      g_autofree char *typed = hearth_date_to_input (day);
      g_autofree char *iso = NULL;
      char *next;

      g_assert_cmpstr (typed, ==, shown);
      g_assert_true (hearth_date_parse_input (typed, &iso, NULL));
      g_assert_cmpstr (iso, ==, day);
      next = hearth_date_add_days (day, 1);
      g_free (day);
      day = next;
    }

  {
    g_autofree char *shown = hearth_date_to_input ("2026-12-07");
    g_autofree char *nothing = hearth_date_to_input (NULL);

    g_assert_cmpstr (shown, ==, "7 December 2026");
    g_assert_cmpstr (nothing, ==, "");
  }
}

/* Anything at all is refused or read, never a crash: very long text, broken UTF-8. */
static void
test_any_text_is_safe (void)
{
  g_autofree char *long_text = g_strnfill (100000, '7');
  g_autofree char *long_date = g_strconcat ("7 December 2026", long_text, NULL);
  const char *broken[] = { "7/12/\xff\xfe", "\xc3", "7 D\xe9""c 2026", "\xe2\x80" };
  g_autofree char *iso = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (hearth_date_parse_input (long_text, &iso, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  /* The message quotes the start, not a hundred thousand digits. */
  g_assert_cmpuint (strlen (error->message), <, 200);
  g_assert_true (g_str_has_prefix (error->message, "“777"));
  g_assert_null (iso);
  g_clear_error (&error);

  g_assert_false (hearth_date_parse_input (long_date, &iso, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_assert_false (hearth_date_parse_input (broken[i], &iso, &error));
      g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_null (iso);
      g_clear_error (&error);
    }

  /* A letter from another script is a word, not a month. */
  g_assert_false (hearth_date_parse_input ("7 Декабрь 2026", &iso, &error));
  g_assert_cmpstr (error->message, ==, NOT_A_DATE ("7 Декабрь 2026"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_assert_cmpstr (g_getenv ("HEARTH_TODAY"), ==, HEARTH_TEST_TODAY);

  g_test_add_func ("/date/accepted", test_accepted);
  g_test_add_func ("/date/refused", test_refused);
  g_test_add_func ("/date/blank", test_blank);
  g_test_add_func ("/date/pivot-follows-today", test_pivot_follows_today);
  g_test_add_func ("/date/round-trip", test_round_trip);
  g_test_add_func ("/date/any-text-is-safe", test_any_text_is_safe);

  return g_test_run ();
}
