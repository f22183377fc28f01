/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-money.c: money as coordinators write it ("£650", "1,250.50") read into whole pence,
 * and written back the same way. The window, hearth-cli and the reports share it, so a fee
 * is read and shown alike everywhere. */

#define G_LOG_DOMAIN "hearth-money"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hearth-error.h"
#include "hearth-money.h"
#include "hearth-text.h"

/* The most a weekly fee may be: the scheme file's own limit, in pence. */
#define MAX_PENCE G_GINT64_CONSTANT (100000000)

static gboolean
money_error (const char  *text,
             GError     **error)
{
  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
               _("“%s” is not an amount of money; write pounds and pence, such as 650.00."),
               text);
  return FALSE;
}

/* A comma separates thousands only when exactly three digits follow it, so "650,50" is
 * refused rather than read as £65,050. */
static gboolean
is_thousands_comma (const char *p)
{
  return p[0] == ',' && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) &&
         g_ascii_isdigit (p[3]) && !g_ascii_isdigit (p[4]);
}

/* Reads whole pounds, allowing thousands separators: "1,250" is 1250. */
static const char *
read_pounds (const char *p,
             gint64     *pounds,
             gboolean   *any)
{
  for (; g_ascii_isdigit (*p) || (*any && is_thousands_comma (p)); p++)
    {
      if (*p == ',')
        continue;
      *pounds = MIN (*pounds * 10 + (*p - '0'), MAX_PENCE);
      *any = TRUE;
    }

  return p;
}

/**
 * hearth_money_parse:
 * @text: pounds and pence as a coordinator writes them: "650", "650.5", "650.50", "£650.00"
 * @pence: (out): the amount in pence
 */
gboolean
hearth_money_parse (const char  *text,
                        gint64      *pence,
                        GError     **error)
{
  const char *p = text;
  gint64 pounds = 0, fraction = 0;
  gboolean any = FALSE, point = FALSE;
  int decimals = 0;

  /* Refusals quote the text, so it must be text first. */
  if (!hearth_text_check_utf8 (text, -1, _("The amount of money"), error))
    return FALSE;

  while (g_ascii_isspace (*p))
    p++;

  if (*p == '-' || g_str_has_prefix (p, "£-") || g_str_has_prefix (p, "−"))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("“%s” is negative; an amount of money here is never below £0.00."), text);
      return FALSE;
    }

  if (g_str_has_prefix (p, "£"))
    p += strlen ("£");

  p = read_pounds (p, &pounds, &any);
  if ((point = *p == '.'))
    for (p++; g_ascii_isdigit (*p); p++, decimals++)
      fraction = decimals < 2 ? fraction * 10 + (*p - '0') : fraction;

  while (g_ascii_isspace (*p))
    p++;

  if (!any || *p != '\0' || (point && decimals == 0))
    return money_error (text, error);

  if (decimals > 2)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("“%s” has more than two decimal places; money is pounds and whole pence, "
                     "such as 650.50."), text);
      return FALSE;
    }

  *pence = pounds * 100 + (decimals == 1 ? fraction * 10 : fraction);
  if (*pence > MAX_PENCE)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("“%s” is more than a scheme file can hold (£1,000,000.00)."), text);
      return FALSE;
    }

  return TRUE;
}

/* "£1,250.00": pounds with thousands separators, always two decimals. */
char *
hearth_money_format (gint64 pence)
{
  g_autoptr(GString) pounds = g_string_new (NULL);
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, ABS (pence) / 100);
  gsize n = strlen (digits);

  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (pounds, ',');
      g_string_append_c (pounds, digits[i]);
    }

  return g_strdup_printf ("%s£%s.%02d", pence < 0 ? "-" : "", pounds->str,
                          (int) (ABS (pence) % 100));
}
