/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-money.c: amounts of money as hearth-cli and the window read them, from any bytes:
 * what is read is never negative, and written back it reads the same. */

#define G_LOG_DOMAIN "fuzz-money"

#include "config.h"

#include <stdint.h>

#include "hearth.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(GError) error = NULL;
  gint64 pence = -1;

  if (hearth_money_parse (text, &pence, &error))
    {
      g_autofree char *written = hearth_money_format (pence);
      gint64 again = -1;

      g_assert_no_error (error);
      g_assert_cmpint (pence, >=, 0);
      g_assert_true (hearth_money_parse (written, &again, NULL));
      g_assert_cmpint (again, ==, pence);
    }
  else
    {
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
    }

  return 0;
}
