/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-text.c: record numbers read as decimal and nothing else, text refused unless it is
 * UTF-8 (saying which byte is wrong), and control characters turned into visible ones so
 * that stored text can never drive the terminal it is printed on. */

#define G_LOG_DOMAIN "hearth-text"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hearth-error.h"
#include "hearth-text.h"

/**
 * hearth_text_parse_id:
 * @id: (out): the record number
 *
 * Reads a record number: decimal digits only, from 1 upwards. "010" is 10, never 8;
 * signs, blanks, hexadecimal, exponents and numbers too large to be a record are refused.
 */
gboolean
hearth_text_parse_id (const char  *text,
                      gint64      *id,
                      GError     **error)
{
  guint64 number = 0;
  const char *p = text;

  g_return_val_if_fail (id != NULL, FALSE);

  /* Digits only: g_ascii_string_to_unsigned() lets a leading vertical tab through. */
  while (p != NULL && g_ascii_isdigit (*p))
    p++;

  if (p == NULL || *p != '\0' ||
      !g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &number, NULL))
    {
      g_autofree char *shown = hearth_text_dup_visible (text != NULL ? text : "", -1);

      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("“%s” is not a record number: record numbers are whole numbers from 1 "
                     "upwards, written in digits only, such as 12."), shown);
      return FALSE;
    }

  *id = (gint64) number;
  return TRUE;
}

/**
 * hearth_text_check_utf8:
 * @length: the length in bytes, or -1 when @text ends with a nul
 * @what: what the text is, to begin the message: "The name", "The value of --area"
 *
 * Refuses text that is not UTF-8, saying where the first bad byte is (counting from 1).
 */
gboolean
hearth_text_check_utf8 (const char  *text,
                        gssize       length,
                        const char  *what,
                        GError     **error)
{
  const char *end = NULL;

  if (text == NULL || g_utf8_validate (text, length, &end))
    return TRUE;

  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
               _("%s is not valid text (UTF-8): byte 0x%02X at position %" G_GSIZE_FORMAT "."),
               what, (guint) (guchar) *end, (gsize) (end - text) + 1);
  return FALSE;
}

/* Characters that reorder the text around them, and so can make a line read differently
 * from what it holds. */
static gboolean
is_bidi_control (gunichar c)
{
  return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069);
}

/**
 * hearth_text_dup_visible:
 * @length: the length in bytes, or -1 when @text ends with a nul
 *
 * Returns @text with every control character shown rather than obeyed: C0 controls and DEL
 * as their Unicode pictures (ESC is ␛), C1 controls and bidirectional controls as <U+202E>,
 * and bytes that are not UTF-8 as \xFF. Line breaks and tabs are kept; CRLF becomes a line
 * break.
 *
 * Returns: (transfer full): valid UTF-8 that is safe to print on a terminal
 */
char *
hearth_text_dup_visible (const char *text,
                         gssize      length)
{
  GString *shown;
  const char *p, *end;

  g_return_val_if_fail (text != NULL, NULL);

  end = text + (length < 0 ? strlen (text) : (gsize) length);
  shown = g_string_sized_new (end - text);

  for (p = text; p < end;)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_printf (shown, "\\x%02X", (guint) (guchar) *p);
          p++;
          continue;
        }

      if (c == '\r' && p + 1 < end && p[1] == '\n')
        ;
      else if (c == '\n' || c == '\t')
        g_string_append_c (shown, (char) c);
      else if (c < 0x20)
        g_string_append_unichar (shown, 0x2400 + c);
      else if (c == 0x7F)
        g_string_append_unichar (shown, 0x2421);
      else if ((c >= 0x80 && c <= 0x9F) || is_bidi_control (c))
        g_string_append_printf (shown, "<U+%04X>", c);
      else
        g_string_append_unichar (shown, c);

      p = g_utf8_next_char (p);
    }

  return g_string_free (shown, FALSE);
}
