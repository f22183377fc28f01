/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-csv.c: RFC 4180: fields separated by commas, records ended by CRLF; a field with a
 * comma, a double quote, a line break or edge spaces is quoted, its quotes doubled; text a
 * spreadsheet would run as a formula is kept text. */

#define G_LOG_DOMAIN "hearth-csv"

#include "config.h"

#include <string.h>

#include "hearth-csv.h"

static gboolean
needs_quotes (const char *text)
{
  gsize n = strlen (text);

  if (n == 0)
    return FALSE;

  /* Spreadsheets trim unquoted edge spaces; quoting keeps what was written. */
  return strpbrk (text, ",\"\r\n") != NULL || text[0] == ' ' || text[n - 1] == ' ';
}

/* A number such as 12, -1 or -650.00 is read by a spreadsheet as that number, never as a
 * formula, so it is written as it is. */
static gboolean
is_plain_number (const char *text)
{
  const char *p = text[0] == '-' ? text + 1 : text;
  const char *digits = p;

  while (g_ascii_isdigit (*p))
    p++;
  if (p == digits)
    return FALSE;
  if (*p == '.')
    {
      digits = ++p;
      while (g_ascii_isdigit (*p))
        p++;
      if (p == digits)
        return FALSE;
    }

  return *p == '\0';
}

/* A spreadsheet runs a cell that begins with one of these as a formula: "=HYPERLINK(…)" in
 * a name would be a link that runs when clicked. */
static gboolean
could_be_formula (const char *text)
{
  return strchr ("=+-@\t\r", text[0]) != NULL && text[0] != '\0' && !is_plain_number (text);
}

/**
 * hearth_csv_append_field:
 * @text: (nullable): NULL is an empty field.
 *
 * Text that a spreadsheet would take for a formula is prefixed with a single quote, and
 * quoted, so that it is read back as the text it is.
 */
void
hearth_csv_append_field (GString    *csv,
                         const char *text)
{
  g_return_if_fail (csv != NULL);

  if (text == NULL)
    return;

  /* Only valid UTF-8 goes out; anything else was never a coordinator's text. */
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_autofree char *valid = g_utf8_make_valid (text, -1);

      hearth_csv_append_field (csv, valid);
      return;
    }

  if (!needs_quotes (text) && !could_be_formula (text))
    {
      g_string_append (csv, text);
      return;
    }

  g_string_append_c (csv, '"');
  if (could_be_formula (text))
    g_string_append_c (csv, '\'');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

void
hearth_csv_append_row (GString            *csv,
                       const char * const *fields,
                       guint               n_fields)
{
  g_return_if_fail (csv != NULL);

  for (guint i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (csv, ',');
      hearth_csv_append_field (csv, fields[i]);
    }
  g_string_append (csv, "\r\n");
}
