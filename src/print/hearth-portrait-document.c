/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-portrait-document.c: what goes on the page. A pen portrait "for introductions" is
 * shared before anyone has agreed to a match, so it leaves out the surname, date of birth,
 * address and contact details: only the preferred name and the person's own words. */

#define G_LOG_DOMAIN "hearth-portrait-document"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth.h"
#include "hearth-portrait-document.h"

static const char * const sections[] = {
  "about-me", "what-matters", "what-people-like", "how-to-support", "interests",
  "things-to-avoid",
};

static char *
called (HearthRecord *subject)
{
  const char *preferred = hearth_record_get_string (subject, "preferred-name");

  if (hearth_record_text_is_blank (preferred))
    preferred = hearth_record_get_string (subject, "first-name");

  return g_strdup (preferred);
}

static void
add_identity (HearthDocument *doc,
              HearthRecord   *subject)
{
  g_autofree char *full = g_strdup_printf ("%s %s", hearth_record_get_string (subject, "first-name"),
                                           hearth_record_get_string (subject, "last-name"));
  g_autofree char *born = hearth_date_to_display (hearth_record_get_string (subject, "date-of-birth"));

  hearth_document_add_field (doc, _("Full name"), full);
  if (hearth_record_get_string (subject, "date-of-birth") != NULL)
    hearth_document_add_field (doc, _("Date of birth"), born);
  hearth_document_add_field (doc, _("Address"), hearth_record_get_string (subject, "address"));
  hearth_document_add_field (doc, _("Postcode"), hearth_record_get_string (subject, "postcode"));
  hearth_document_add_field (doc, _("Phone"), hearth_record_get_string (subject, "phone"));
  if (hearth_record_has_column (subject, "email"))
    hearth_document_add_field (doc, _("Email"), hearth_record_get_string (subject, "email"));
}

/**
 * hearth_pen_portrait_document_new:
 * @subject: a #HearthPerson or #HearthCarer
 * @for_introductions: leave out everything that identifies or locates them
 */
HearthDocument *
hearth_pen_portrait_document_new (HearthScheme  *scheme,
                                  HearthRecord  *subject,
                                  gboolean       for_introductions,
                                  GError       **error)
{
  g_autoptr(HearthDocument) doc = NULL;
  g_autoptr(GPtrArray) portraits = NULL;
  g_autofree char *name = called (subject);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autoptr(GBytes) photo = NULL;
  HearthRecord *portrait;

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);
  g_return_val_if_fail (HEARTH_IS_PERSON (subject) || HEARTH_IS_CARER (subject), NULL);

  portraits = hearth_scheme_load_related (scheme, HEARTH_TYPE_PEN_PORTRAIT,
                                          HEARTH_IS_PERSON (subject) ? "person-id" : "carer-id",
                                          hearth_record_get_id (subject), error);
  if (portraits == NULL)
    return NULL;

  title = for_introductions ? g_strdup (name)
                            : g_strdup_printf ("%s %s", name,
                                               hearth_record_get_string (subject, "last-name"));
  doc = hearth_document_new (title);
  /* A face is what both sides remember from an introduction, so both versions carry it. */
  photo = hearth_scheme_load_photo (scheme, subject, NULL);
  if (photo != NULL)
    hearth_document_add_photo (doc, photo);
  subtitle = g_strdup_printf (_("A pen portrait from %s"), hearth_scheme_get_name (scheme));
  hearth_document_add_subtitle (doc, subtitle);
  hearth_document_set_footer (doc, for_introductions ? _("Pen portrait for introductions")
                                                     : _("Pen portrait"));
  hearth_document_add_field (doc, _("Pronouns"), hearth_record_get_string (subject, "pronouns"));
  if (!for_introductions)
    add_identity (doc, subject);

  portrait = portraits->len > 0 ? g_ptr_array_index (portraits, 0) : NULL;
  for (guint i = 0; portrait != NULL && i < G_N_ELEMENTS (sections); i++)
    {
      const char *text = hearth_record_get_string (portrait, sections[i]);

      if (hearth_record_text_is_blank (text))
        continue;
      hearth_document_add_heading (doc, hearth_values_label (HEARTH_VALUES_PORTRAIT_SECTION,
                                                             sections[i]));
      hearth_document_add_paragraph (doc, text);
    }

  if (portrait == NULL)
    hearth_document_add_paragraph (doc, _("No pen portrait has been written yet."));

  return g_steal_pointer (&doc);
}

/**
 * hearth_introductions_document_new:
 *
 * The pen portraits for introductions of @person and of @carer, one after the other, each
 * starting on a new page: what both sides are given before they first meet.
 */
HearthDocument *
hearth_introductions_document_new (HearthScheme  *scheme,
                                   HearthPerson  *person,
                                   HearthCarer   *carer,
                                   GError       **error)
{
  g_autoptr(HearthDocument) doc = NULL;
  g_autoptr(HearthDocument) second = NULL;

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);
  g_return_val_if_fail (HEARTH_IS_PERSON (person), NULL);
  g_return_val_if_fail (HEARTH_IS_CARER (carer), NULL);

  doc = hearth_pen_portrait_document_new (scheme, HEARTH_RECORD (person), TRUE, error);
  if (doc == NULL)
    return NULL;
  second = hearth_pen_portrait_document_new (scheme, HEARTH_RECORD (carer), TRUE, error);
  if (second == NULL)
    return NULL;

  hearth_document_append (doc, second);
  hearth_document_set_footer (doc, _("Pen portraits for introductions"));
  return g_steal_pointer (&doc);
}

/* "date_of_birth" → "Date of birth" */
static char *
humanise (const char *column)
{
  char *label = g_strdelimit (g_strdup (column), "_", ' ');

  label[0] = g_ascii_toupper (label[0]);
  return label;
}

static void
add_record (HearthDocument *doc,
            HearthRecord   *record)
{
  HearthRecordClass *klass = HEARTH_RECORD_GET_CLASS (record);

  for (guint i = 0; i < klass->columns->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (klass->columns, i);
      g_autofree char *label = humanise (hearth_record_column_name (pspec));
      g_autofree char *text = NULL;

      if (pspec->value_type == G_TYPE_STRING)
        text = g_strdup (hearth_record_peek_text (record, pspec));
      else if (pspec->value_type == G_TYPE_BOOLEAN)
        text = g_strdup (hearth_record_peek_number (record, pspec) ? _("Yes") : _("No"));
      else if (hearth_record_peek_number (record, pspec) != 0)
        text = g_strdup_printf ("%" G_GINT64_FORMAT, hearth_record_peek_number (record, pspec));

      hearth_document_add_field (doc, label, text);
    }
}

static gboolean
add_related (HearthDocument  *doc,
             HearthScheme    *scheme,
             const char      *heading,
             GType            type,
             const char      *link,
             gint64           id,
             GPtrArray       *out,
             GError         **error)
{
  g_autoptr(GPtrArray) rows = hearth_scheme_load_related (scheme, type, link, id, error);

  if (rows == NULL)
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      hearth_document_add_heading (doc, heading);
      add_record (doc, g_ptr_array_index (rows, i));
      if (out != NULL)
        g_ptr_array_add (out, g_object_ref (g_ptr_array_index (rows, i)));
    }

  return TRUE;
}

/**
 * hearth_subject_access_document_new:
 *
 * Everything the scheme holds about @person, readable on paper: the same records as
 * hearth_scheme_dup_subject_access_json().
 */
HearthDocument *
hearth_subject_access_document_new (HearthScheme  *scheme,
                                    HearthRecord  *person,
                                    GError       **error)
{
  g_autoptr(HearthDocument) doc = NULL;
  g_autoptr(GPtrArray) arrangements = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) trials = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *today = hearth_date_today ();
  g_autofree char *shown = hearth_date_to_display (today);
  gint64 id;

  g_return_val_if_fail (HEARTH_IS_PERSON (person), NULL);

  id = hearth_record_get_id (person);
  title = g_strdup_printf (_("Records held about %s %s"),
                           hearth_record_get_string (person, "first-name"),
                           hearth_record_get_string (person, "last-name"));
  subtitle = g_strdup_printf (_("%s, %s"), hearth_scheme_get_name (scheme), shown);
  doc = hearth_document_new (title);
  hearth_document_add_subtitle (doc, subtitle);
  hearth_document_set_footer (doc, _("Subject access request"));
  hearth_document_add_heading (doc, _("Profile"));
  add_record (doc, person);

  if (!add_related (doc, scheme, _("Pen portrait"), HEARTH_TYPE_PEN_PORTRAIT, "person-id", id,
                    NULL, error) ||
      !add_related (doc, scheme, _("Trial"), HEARTH_TYPE_TRIAL, "person-id", id, trials, error) ||
      !add_related (doc, scheme, _("Arrangement"), HEARTH_TYPE_ARRANGEMENT, "person-id", id,
                    arrangements, error))
    return NULL;

  for (guint i = 0; i < trials->len; i++)
    if (!add_related (doc, scheme, _("Trial stage"), HEARTH_TYPE_TRIAL_STAGE, "trial-id",
                      hearth_record_get_id (g_ptr_array_index (trials, i)), NULL, error))
      return NULL;

  for (guint i = 0; i < arrangements->len; i++)
    if (!add_related (doc, scheme, _("Review"), HEARTH_TYPE_REVIEW, "arrangement-id",
                      hearth_record_get_id (g_ptr_array_index (arrangements, i)), NULL, error))
      return NULL;

  return g_steal_pointer (&doc);
}
