/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-id.c: record numbers as hearth-cli reads them (decimal digits, from 1 upwards), and
 * any text shown safely on a terminal. */

#define G_LOG_DOMAIN "fuzz-id"

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "hearth.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static gboolean
all_digits (const char *text)
{
  if (text[0] == '\0')
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autofree char *shown = hearth_text_dup_visible ((const char *) data, (gssize) size);
  g_autoptr(GError) error = NULL;
  gint64 id = -1;

  /* Shown text is UTF-8 with no control character left but line breaks and tabs. */
  g_assert_true (g_utf8_validate (shown, -1, NULL));
  for (const char *p = shown; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_assert_true (c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7f && (c < 0x80 || c > 0x9f)));
      g_assert_true (c != 0x202e && c != 0x2066);
    }

  if (hearth_text_parse_id (text, &id, &error))
    {
      g_autofree char *written = g_strdup_printf ("%" G_GINT64_FORMAT, id);
      const char *significant = text;

      g_assert_no_error (error);
      g_assert_cmpint (id, >=, 1);
      g_assert_true (all_digits (text));
      while (*significant == '0')
        significant++;
      g_assert_cmpstr (written, ==, significant);
    }
  else
    {
      g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
      g_assert_cmpint (id, ==, -1);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      /* Digits refused only for being 0 or too large for a record. */
      if (all_digits (text) && strlen (text) == size)
        {
          const char *significant = text;

          while (*significant == '0')
            significant++;
          g_assert_true (*significant == '\0' || strlen (significant) >= 19);
        }
    }

  return 0;
}
