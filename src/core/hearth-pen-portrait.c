/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-pen-portrait.c: A pen portrait of a person or of a carer household, in sections. */

#define G_LOG_DOMAIN "hearth-pen-portrait"

#include "config.h"

#include "hearth-pen-portrait.h"

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
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_CARER_ID] =
    g_param_spec_int64 ("carer-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_ABOUT_ME] =
    g_param_spec_string ("about-me", NULL, NULL, "", FLAGS);
  properties[PROP_WHAT_MATTERS] =
    g_param_spec_string ("what-matters", NULL, NULL, "", FLAGS);
  properties[PROP_WHAT_PEOPLE_LIKE] =
    g_param_spec_string ("what-people-like", NULL, NULL, "", FLAGS);
  properties[PROP_HOW_TO_SUPPORT] =
    g_param_spec_string ("how-to-support", NULL, NULL, "", FLAGS);
  properties[PROP_INTERESTS] =
    g_param_spec_string ("interests", NULL, NULL, "", FLAGS);
  properties[PROP_THINGS_TO_AVOID] =
    g_param_spec_string ("things-to-avoid", NULL, NULL, "", FLAGS);

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
