/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-pen-portrait.c: A pen portrait of a person or of a carer household, in sections. */

#define G_LOG_DOMAIN "hearth-pen-portrait"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-pen-portrait.h"
#include "hearth-values.h"

struct _HearthPenPortrait
{
  HearthRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HearthPenPortrait, hearth_pen_portrait, HEARTH_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PERSON_ID,
  PROP_CARER_ID,
  PROP_ABOUT_ME,
  PROP_WHAT_MATTERS,
  PROP_WHAT_PEOPLE_LIKE,
  PROP_HOW_TO_SUPPORT,
  PROP_INTERESTS,
  PROP_THINGS_TO_AVOID,
  N_PROPS
};

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static GParamSpec *properties[N_PROPS];

static void
hearth_pen_portrait_class_init (HearthPenPortraitClass *klass)
{
  HearthRecordClass *record_class = HEARTH_RECORD_CLASS (klass);

  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", N_("Person"), NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_CARER_ID] =
    g_param_spec_int64 ("carer-id", N_("Carer"), NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_ABOUT_ME] =
    g_param_spec_string ("about-me", N_("About me"), NULL, "", FLAGS);
  properties[PROP_WHAT_MATTERS] =
    g_param_spec_string ("what-matters", N_("What matters to me"), NULL, "", FLAGS);
  properties[PROP_WHAT_PEOPLE_LIKE] =
    g_param_spec_string ("what-people-like", N_("What people like and admire about me"), NULL,
                         "", FLAGS);
  properties[PROP_HOW_TO_SUPPORT] =
    g_param_spec_string ("how-to-support", N_("How best to support me"), NULL, "", FLAGS);
  properties[PROP_INTERESTS] =
    g_param_spec_string ("interests", N_("My interests"), NULL, "", FLAGS);
  properties[PROP_THINGS_TO_AVOID] =
    g_param_spec_string ("things-to-avoid", N_("Things to avoid"), NULL, "", FLAGS);

  hearth_record_class_install_columns (record_class, "pen_portrait", "pen-portrait",
                                       HEARTH_RECORD_TRACKED,
                                       &properties[1], N_PROPS - 1);
  hearth_record_class_mark_column (record_class, "person-id", HEARTH_COLUMN_NULL_IF_ZERO);
  hearth_record_class_mark_column (record_class, "carer-id", HEARTH_COLUMN_NULL_IF_ZERO);
}

static void
hearth_pen_portrait_init (HearthPenPortrait *self)
{
}

HearthPenPortrait *
hearth_pen_portrait_new (void)
{
  return g_object_new (HEARTH_TYPE_PEN_PORTRAIT, NULL);
}

gint64
hearth_pen_portrait_get_person_id (HearthPenPortrait *self)
{
  g_return_val_if_fail (HEARTH_IS_PEN_PORTRAIT (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "person-id");
}

gint64
hearth_pen_portrait_get_carer_id (HearthPenPortrait *self)
{
  g_return_val_if_fail (HEARTH_IS_PEN_PORTRAIT (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "carer-id");
}

const char *
hearth_pen_portrait_get_about_me (HearthPenPortrait *self)
{
  g_return_val_if_fail (HEARTH_IS_PEN_PORTRAIT (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "about-me");
}

const char *
hearth_pen_portrait_get_what_matters (HearthPenPortrait *self)
{
  g_return_val_if_fail (HEARTH_IS_PEN_PORTRAIT (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "what-matters");
}

const char *
hearth_pen_portrait_get_what_people_like (HearthPenPortrait *self)
{
  g_return_val_if_fail (HEARTH_IS_PEN_PORTRAIT (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "what-people-like");
}

const char *
hearth_pen_portrait_get_how_to_support (HearthPenPortrait *self)
{
  g_return_val_if_fail (HEARTH_IS_PEN_PORTRAIT (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "how-to-support");
}

const char *
hearth_pen_portrait_get_interests (HearthPenPortrait *self)
{
  g_return_val_if_fail (HEARTH_IS_PEN_PORTRAIT (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "interests");
}

const char *
hearth_pen_portrait_get_things_to_avoid (HearthPenPortrait *self)
{
  g_return_val_if_fail (HEARTH_IS_PEN_PORTRAIT (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "things-to-avoid");
}

/**
 * hearth_pen_portrait_section_prompt:
 * @section: a section of a pen portrait ("about-me", "what-matters", ...)
 * @carer: whether the portrait is of a carer's household
 *
 * A short prompt that helps a coordinator write in the person's own voice.
 *
 * Returns: (transfer none): the prompt, translated
 */
const char *
hearth_pen_portrait_section_prompt (const char *section,
                                    gboolean    carer)
{
  static const struct { const char *section; const char *person; const char *carer; } prompts[] = {
    { "about-me",
      N_("Write as I would say it: where I grew up, who is important to me, what a good day "
         "looks like."),
      N_("Your household in your own words: who lives here, what home is like, the rhythm of "
         "a week.") },
    { "what-matters",
      N_("The people, places and routines that matter most to me, and what I would never want "
         "to lose."),
      N_("What matters to your household: family, faith, time together, the things you hold "
         "to.") },
    { "what-people-like",
      N_("What people who know me well say they like and admire about me."),
      N_("What people who know you say they like about you and your home.") },
    { "how-to-support",
      N_("What helps me on a good day and on a hard one, and how I like to be asked."),
      N_("How you like to support someone: your way of doing things, and what you have "
         "learned.") },
    { "interests",
      N_("What I enjoy doing now, and what I would like to try."),
      N_("What your household enjoys doing, together and on your own.") },
    { "things-to-avoid",
      N_("What upsets or worries me, and what people should never do."),
      N_("What your home could not offer, so that no one is matched where they would not "
         "thrive.") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (prompts); i++)
    if (g_strcmp0 (section, prompts[i].section) == 0)
      return _(carer ? prompts[i].carer : prompts[i].person);

  return "";
}

/**
 * hearth_text_count_words:
 *
 * Returns: how many words @text has, as a word processor would count them: runs of
 *   letters, digits and joining marks (apostrophes, hyphens) between spaces and punctuation
 */
guint
hearth_text_count_words (const char *text)
{
  gboolean in_word = FALSE;
  guint words = 0;

  if (text == NULL)
    return 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean part = g_unichar_isalnum (c) ||
                      (in_word && (c == '\'' || c == 0x2019 || c == '-'));

      if (part && !in_word)
        words++;
      in_word = part;
    }

  return words;
}

/* Every section's words together. */
guint
hearth_pen_portrait_count_words (HearthPenPortrait *self)
{
  guint n_sections, words = 0;
  const HearthValue *sections = hearth_values_get (HEARTH_VALUES_PORTRAIT_SECTION, &n_sections);

  g_return_val_if_fail (HEARTH_IS_PEN_PORTRAIT (self), 0);

  for (guint i = 0; i < n_sections; i++)
    words += hearth_text_count_words (hearth_record_get_string (HEARTH_RECORD (self),
                                                                sections[i].value));
  return words;
}
