/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-pen-portrait.h: A pen portrait of a person or of a carer household, in sections. */

#pragma once

#include "hearth-record.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PEN_PORTRAIT (hearth_pen_portrait_get_type ())

G_DECLARE_FINAL_TYPE (HearthPenPortrait, hearth_pen_portrait, HEARTH, PEN_PORTRAIT, HearthRecord)

HearthPenPortrait *hearth_pen_portrait_new (void);

gint64      hearth_pen_portrait_get_person_id (HearthPenPortrait *self);
gint64      hearth_pen_portrait_get_carer_id (HearthPenPortrait *self);
const char *hearth_pen_portrait_get_about_me (HearthPenPortrait *self);
const char *hearth_pen_portrait_get_what_matters (HearthPenPortrait *self);
const char *hearth_pen_portrait_get_what_people_like (HearthPenPortrait *self);
const char *hearth_pen_portrait_get_how_to_support (HearthPenPortrait *self);
const char *hearth_pen_portrait_get_interests (HearthPenPortrait *self);
const char *hearth_pen_portrait_get_things_to_avoid (HearthPenPortrait *self);

const char *hearth_pen_portrait_section_prompt (const char        *section,
                                                gboolean           carer);
guint       hearth_pen_portrait_count_words    (HearthPenPortrait *self);
guint       hearth_text_count_words            (const char        *text);

G_END_DECLS
