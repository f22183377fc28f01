/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-fields.c: what an editor checks as a coordinator types, and the store refuses in the
 * same words: dates as people write them, names, postcodes, phone numbers, email. */

#include "config.h"

#include <string.h>

#include "hearth-test-util.h"

/* The record editor reads dates with the one reader the rest of Hearth uses (test-date.c
 * holds its table); here, only that a field's text and the stored date agree. */
static void
test_date_input (void)
{
  g_autofree char *iso = NULL;
  g_autofree char *typed = hearth_date_to_input ("2026-04-03");
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (typed, ==, "3 April 2026");
  g_assert_true (hearth_date_parse_input (typed, &iso, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (iso, ==, "2026-04-03");
  g_clear_pointer (&iso, g_free);

  g_assert_false (hearth_date_parse_input ("29/02/2027", &iso, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "There is no 29 February in 2027.");
  g_assert_null (iso);
}

static void
assert_field (HearthRecord *record,
              const char   *property,
              const char   *value,
              const char   *message)
{
  g_autoptr(GError) error = NULL;

  hearth_record_set_string (record, property, value);
  if (message == NULL)
    {
      g_assert_true (hearth_record_check_field (record, property, &error));
      g_assert_no_error (error);
    }
  else
    {
      g_assert_false (hearth_record_check_field (record, property, &error));
      g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, message);
    }
}

static void
test_fields (void)
{
  g_autoptr(HearthCarer) carer = hearth_carer_new ();
  HearthRecord *record = HEARTH_RECORD (carer);

  assert_field (record, "first-name", "  ", "Enter a first name.");
  assert_field (record, "last-name", NULL, "Enter a last name.");
  assert_field (record, "first-name", "Gwen", NULL);

  assert_field (record, "postcode", "LS6 2AB", NULL);
  assert_field (record, "postcode", "ls62ab", NULL);
  assert_field (record, "postcode", "EC1A 1BB", NULL);
  assert_field (record, "postcode", "LS6", "“LS6” is not a UK postcode. Write it as it appears "
                "on a letter, such as LS6 2AB.");
  assert_field (record, "postcode", "", NULL);

  assert_field (record, "phone", "+44 (0)113 496 0000", NULL);
  assert_field (record, "phone", "0113 496", "“0113 496” is not a phone number. Use digits, "
                "spaces and +, such as 0113 496 0000.");
  assert_field (record, "phone", "ring Gwen", "“ring Gwen” is not a phone number. Use digits, "
                "spaces and +, such as 0113 496 0000.");

  assert_field (record, "email", "gwen@example.org", NULL);
  assert_field (record, "email", "gwen at example", "“gwen at example” is not an email address. "
                "It needs an @ and a domain, such as name@example.org.");

  g_assert_true (hearth_record_column_is_date (record, "enquiry-date"));
  g_assert_true (hearth_record_column_is_date (record, "date-of-birth"));
  g_assert_false (hearth_record_column_is_date (record, "postcode"));
  assert_field (record, "enquiry-date", "2026-02-30", "“2026-02-30” is not a date. Write it as "
                "day, month and year, such as 7/12/2026.");
}

/* The store refuses what the editor refuses, and says which field. */
static void
test_store_refuses (SchemeFixture *f,
                    gconstpointer  data)
{
  g_autoptr(HearthPerson) person = hearth_person_new ();
  g_autoptr(GError) error = NULL;
  gint64 before = test_count_rows (f->scheme, HEARTH_TYPE_PERSON);

  g_object_set (person, "first-name", "Jac", "last-name", "Morgan", "date-of-birth", "1990-01-01",
                "referral-date", "2026-03-03", "postcode", "QX9", NULL);
  g_assert_false (hearth_scheme_add_person (f->scheme, person, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_assert_cmpstr (hearth_record_field_for_error (HEARTH_RECORD (person), error), ==, "postcode");
  g_assert_cmpint (test_count_rows (f->scheme, HEARTH_TYPE_PERSON), ==, before);

  /* No date of birth, or too young at referral: both point at the date of birth. */
  g_clear_error (&error);
  g_object_set (person, "postcode", "QX9 1AB", "date-of-birth", NULL, NULL);
  g_assert_false (hearth_scheme_add_person (f->scheme, person, &error));
  g_assert_cmpstr (error->message, ==, "Enter Jac Morgan’s date of birth: Shared Lives supports "
                   "people aged 16 or over.");
  g_assert_cmpstr (hearth_record_field_for_error (HEARTH_RECORD (person), error), ==,
                   "date-of-birth");

  g_clear_error (&error);
  g_object_set (person, "postcode", "QX9 1AB", "date-of-birth", "2015-01-01", NULL);
  g_assert_false (hearth_scheme_add_person (f->scheme, person, &error));
  g_assert_cmpstr (hearth_record_field_for_error (HEARTH_RECORD (person), error), ==,
                   "date-of-birth");

  g_clear_error (&error);
  g_object_set (person, "date-of-birth", "1990-01-01", NULL);
  g_assert_true (hearth_scheme_add_person (f->scheme, person, &error));
  g_assert_no_error (error);
  g_assert_cmpint (test_count_rows (f->scheme, HEARTH_TYPE_PERSON), ==, before + 1);
}

static void
test_photo (SchemeFixture *f,
            gconstpointer  data)
{
  static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Jac", "Morgan");
  g_autoptr(GBytes) photo = g_bytes_new_static (png, sizeof png);
  g_autoptr(GBytes) loaded = NULL;
  g_autoptr(GBytes) text = g_bytes_new_static ("hello", 5);
  g_autoptr(GBytes) huge = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;
  HearthHistoryFilter filter = { 0 };
  guint8 *big;
  guint changed = 0;

  g_assert_null (hearth_scheme_load_photo (f->scheme, HEARTH_RECORD (person), &error));
  g_assert_no_error (error);

  g_assert_true (hearth_scheme_set_photo (f->scheme, HEARTH_RECORD (person), photo, &error));
  g_assert_no_error (error);
  loaded = hearth_scheme_load_photo (f->scheme, HEARTH_RECORD (person), &error);
  g_assert_nonnull (loaded);
  g_assert_true (g_bytes_equal (loaded, photo));

  /* Not an image, and too large: refused, and the photo kept. */
  g_assert_false (hearth_scheme_set_photo (f->scheme, HEARTH_RECORD (person), text, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);
  big = g_malloc0 (HEARTH_PHOTO_MAX_BYTES + 1);
  memcpy (big, png, sizeof png);
  huge = g_bytes_new_take (big, HEARTH_PHOTO_MAX_BYTES + 1);
  g_assert_false (hearth_scheme_set_photo (f->scheme, HEARTH_RECORD (person), huge, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_pointer (&loaded, g_bytes_unref);
  loaded = hearth_scheme_load_photo (f->scheme, HEARTH_RECORD (person), &error);
  g_assert_true (g_bytes_equal (loaded, photo));

  g_assert_true (hearth_scheme_set_photo (f->scheme, HEARTH_RECORD (person), NULL, &error));
  g_assert_null (hearth_scheme_load_photo (f->scheme, HEARTH_RECORD (person), &error));
  g_assert_no_error (error);

  /* Each change is in the audit trail, without the image. */
  filter.kind = "person";
  filter.record_id = hearth_record_get_id (HEARTH_RECORD (person));
  history = hearth_scheme_list_history (f->scheme, &filter, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < history->len; i++)
    {
      HearthHistoryItem *item = g_ptr_array_index (history, i);

      if (g_strcmp0 (item->fields, "photo") == 0)
        changed++;
    }
  g_assert_cmpuint (changed, ==, 2);
}

static void
test_word_count (void)
{
  g_autoptr(HearthPenPortrait) portrait = hearth_pen_portrait_new ();

  g_assert_cmpuint (hearth_text_count_words (NULL), ==, 0);
  g_assert_cmpuint (hearth_text_count_words ("  \n "), ==, 0);
  g_assert_cmpuint (hearth_text_count_words ("I’m Dafydd — I love the Wednesday bus-pass trip!"),
                    ==, 8);
  g_assert_cmpuint (hearth_text_count_words ("Zoë, 42, café"), ==, 3);

  g_object_set (portrait, "about-me", "Call me Dai.", "things-to-avoid", "Loud rooms", NULL);
  g_assert_cmpuint (hearth_pen_portrait_count_words (portrait), ==, 5);

  /* Every section has a prompt for a person and a different one for a carer. */
  g_assert_cmpstr (hearth_pen_portrait_section_prompt ("nonsense", FALSE), ==, "");
  {
    guint n;
    const HearthValue *sections = hearth_values_get (HEARTH_VALUES_PORTRAIT_SECTION, &n);

    for (guint i = 0; i < n; i++)
      {
        g_assert_cmpuint (strlen (hearth_pen_portrait_section_prompt (sections[i].value, FALSE)),
                          >, 20);
        g_assert_cmpstr (hearth_pen_portrait_section_prompt (sections[i].value, FALSE), !=,
                         hearth_pen_portrait_section_prompt (sections[i].value, TRUE));
      }
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  hearth_date_set_today (HEARTH_TEST_TODAY);

  g_test_add_func ("/fields/date-input", test_date_input);
  g_test_add_func ("/fields/one-at-a-time", test_fields);
  g_test_add_func ("/fields/word-count", test_word_count);
  g_test_add ("/fields/store-refuses", SchemeFixture, NULL, scheme_fixture_set_up,
              test_store_refuses, scheme_fixture_tear_down);

  g_test_add ("/fields/photo", SchemeFixture, NULL, scheme_fixture_set_up, test_photo,
              scheme_fixture_tear_down);

  return g_test_run ();
}
