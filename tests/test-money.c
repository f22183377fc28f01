/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-money.c: fees as coordinators type them, read into whole pence or refused in words,
 * and written back so that reading them again gives the same amount. */

#define G_LOG_DOMAIN "test-money"

#include "config.h"

#include "hearth.h"

static void
test_accepted (void)
{
  const struct { const char *text; gint64 pence; } cases[] = {
    { "650", 65000 }, { "650.5", 65050 }, { "650.50", 65050 }, { "£650.00", 65000 },
    { "  £1,250.5 ", 125050 }, { "0", 0 }, { "0.01", 1 }, { "1,000,000", 100000000 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 pence = -1;

      g_test_message ("%s", cases[i].text);
      g_assert_true (hearth_money_parse (cases[i].text, &pence, &error));
      g_assert_no_error (error);
      g_assert_cmpint (pence, ==, cases[i].pence);
    }
}

static void
test_refused (void)
{
  const char * const cases[][2] = {
    { "650.123", "more than two decimal places" },
    { "-650", "is negative" },
    { "£-1", "is negative" },
    { "−5", "is negative" },
    { "six hundred", "is not an amount of money" },
    { "650.", "is not an amount of money" },
    { "650,50", "is not an amount of money" },
    { ",650", "is not an amount of money" },
    { "", "is not an amount of money" },
    { "£", "is not an amount of money" },
    { "1,000,000.01", "more than a scheme file can hold" },
    { "99999999999999999999999", "more than a scheme file can hold" },
    { "650 pounds", "is not an amount of money" },
    { "\xc2\xa3" "0\xff\xff.06", "not valid text (UTF-8): byte 0xFF at position 4." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 pence = -1;

      g_test_message ("%s", cases[i][0]);
      g_assert_false (hearth_money_parse (cases[i][0], &pence, &error));
      g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, cases[i][1]));
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
    }
}

static void
test_format_round_trip (void)
{
  const struct { gint64 pence; const char *text; } cases[] = {
    { 0, "£0.00" }, { 5, "£0.05" }, { 65050, "£650.50" }, { 125050, "£1,250.50" },
    { 100000000, "£1,000,000.00" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = hearth_money_format (cases[i].pence);
      gint64 again = -1;

      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_true (hearth_money_parse (text, &again, NULL));
      g_assert_cmpint (again, ==, cases[i].pence);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/money/accepted", test_accepted);
  g_test_add_func ("/money/refused", test_refused);
  g_test_add_func ("/money/format-round-trip", test_format_round_trip);

  return g_test_run ();
}
