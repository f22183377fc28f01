/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-text.c: anything a coordinator might type: searched for, stored and read back
 * exactly, parsed as a date and as an amount of money; what is not UTF-8 refused. */

#define G_LOG_DOMAIN "fuzz-text"

#include "config.h"

#include <stdint.h>

#include "hearth.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static HearthScheme *
shared_scheme (void)
{
  static HearthScheme *scheme;

  if (scheme == NULL)
    {
      g_autofree char *dir = g_dir_make_tmp ("hearth-fuzz-XXXXXX", NULL);
      g_autofree char *path = g_build_filename (dir, "Text.hearth", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      hearth_date_set_today ("2026-11-22");
      scheme = hearth_scheme_create (file, "Text", NULL, NULL);
      g_assert_nonnull (scheme);
    }

  return scheme;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(HearthPerson) person = NULL;
  g_autoptr(HearthRecord) loaded = NULL;
  g_autoptr(GArray) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *later = NULL;
  gint64 pence = -1;
  GDate date;

  /* Text that is not UTF-8 is refused in words by search, never a crash. */
  if (!g_utf8_validate (text, -1, NULL))
    {
      found = hearth_scheme_search (shared_scheme (), HEARTH_TYPE_PERSON, text, &error);
      g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
      g_assert_null (found);
      return 0;
    }

  /* Dates: parsed or refused, and arithmetic on what parses. */
  if (hearth_date_parse (text, &date))
    later = hearth_date_add_months (text, 13);

  /* Money: read into pence or refused; what is read is written back and reads the same. */
  if (hearth_money_parse (text, &pence, NULL))
    {
      g_autofree char *written = hearth_money_format (pence);
      gint64 again = -1;

      g_assert_cmpint (pence, >=, 0);
      g_assert_true (hearth_money_parse (written, &again, NULL));
      g_assert_cmpint (again, ==, pence);
    }

  /* Search: any text is a query, never FTS5 syntax. */
  found = hearth_scheme_search (shared_scheme (), HEARTH_TYPE_PERSON, text, &error);
  g_assert_no_error (error);

  /* Storing: exactly what was typed comes back. */
  person = hearth_person_new ();
  g_object_set (person, "first-name", text[0] != '\0' ? text : "x", "last-name", "Fuzz",
                "date-of-birth", "1980-01-01", "referral-date", "2026-01-01",
                "interests", text, NULL);
  if (hearth_scheme_add_person (shared_scheme (), person, &error))
    {
      loaded = hearth_scheme_load (shared_scheme (), HEARTH_TYPE_PERSON,
                                   hearth_record_get_id (HEARTH_RECORD (person)), &error);
      g_assert_no_error (error);
      g_assert_cmpstr (hearth_person_get_interests (HEARTH_PERSON (loaded)), ==, text);
    }

  return 0;
}
