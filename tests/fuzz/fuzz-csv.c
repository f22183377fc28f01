/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-csv.c: hostile text exported as CSV: the row reads back, field for field, as RFC 4180
 * has it, and no field a spreadsheet reads begins a formula. */

#define G_LOG_DOMAIN "fuzz-csv"

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "hearth.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Reads one CRLF-ended record back into its fields, as a spreadsheet would. */
static GPtrArray *
read_row (const char *csv)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  const char *p = csv;

  for (;;)
    {
      GString *field = g_string_new (NULL);

      if (*p == '"')
        {
          for (p++; !(p[0] == '"' && p[1] != '"'); p++)
            {
              g_assert_true (*p != '\0');
              if (p[0] == '"')
                p++;
              g_string_append_c (field, *p);
            }
          p++;
        }
      else
        {
          for (; *p != ',' && *p != '\r' && *p != '\0'; p++)
            {
              g_assert_true (*p != '"' && *p != '\n');
              g_string_append_c (field, *p);
            }
        }
      g_ptr_array_add (fields, g_string_free (field, FALSE));

      if (*p == ',')
        {
          p++;
          continue;
        }
      g_assert_cmpstr (p, ==, "\r\n");
      return fields;
    }
}

static gboolean
plain_number (const char *text)
{
  return g_regex_match_simple ("^-?[0-9]+(\\.[0-9]+)?$", text, G_REGEX_DOLLAR_ENDONLY, 0);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) given = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) read = NULL;
  g_autoptr(GString) csv = g_string_new (NULL);
  const char *start = (const char *) data;
  const char *end = start + size;

  /* Fields are the input's pieces between nul bytes, made UTF-8 as the writer makes them. */
  for (const char *p = start; p <= end; p++)
    if (p == end || *p == '\0')
      {
        g_ptr_array_add (given, g_utf8_make_valid (start, p - start));
        start = p + 1;
      }

  hearth_csv_append_row (csv, (const char * const *) given->pdata, given->len);
  g_assert_true (g_utf8_validate (csv->str, csv->len, NULL));
  read = read_row (csv->str);
  g_assert_cmpuint (read->len, ==, given->len);

  for (guint i = 0; i < given->len; i++)
    {
      const char *in = g_ptr_array_index (given, i);
      const char *out = g_ptr_array_index (read, i);

      if (strchr ("=+-@\t\r", in[0]) != NULL && in[0] != '\0' && !plain_number (in))
        {
          g_assert_true (out[0] == '\'');
          g_assert_cmpstr (out + 1, ==, in);
        }
      else
        g_assert_cmpstr (out, ==, in);

      g_assert_true (strchr ("=+@\t\r", out[0]) == NULL || out[0] == '\0');
      g_assert_true (out[0] != '-' || plain_number (out));
    }

  return 0;
}
