/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-date.c: dates as a coordinator types them, from any bytes: a date that is read is a
 * real one, and reads the same again from its ISO form and its display form. */

#define G_LOG_DOMAIN "fuzz-date"

#include "config.h"

#include <stdint.h>

#include "hearth.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autofree char *iso = NULL;
  g_autoptr(GError) error = NULL;

  /* Text reaches the parser as UTF-8: hearth-cli and the window check it first. */
  if (!g_utf8_validate (text, -1, NULL))
    return 0;

  hearth_date_set_today ("2026-11-22");
  if (hearth_date_parse_input (text, &iso, &error))
    {
      g_autofree char *again = NULL;
      g_autofree char *typed = NULL;
      g_autofree char *from_typed = NULL;

      g_assert_no_error (error);
      if (iso == NULL)
        return 0;

      g_assert_true (hearth_date_is_valid (iso));
      g_assert_true (hearth_date_parse_input (iso, &again, NULL));
      g_assert_cmpstr (again, ==, iso);
      /* Typed dates have four-digit years from 1000; ISO ones may be earlier. */
      if (iso[0] == '0')
        return 0;
      typed = hearth_date_to_input (iso);
      g_assert_true (hearth_date_parse_input (typed, &from_typed, NULL));
      g_assert_cmpstr (from_typed, ==, iso);
    }
  else
    {
      g_assert_nonnull (error);
      g_assert_null (iso);
    }

  return 0;
}
