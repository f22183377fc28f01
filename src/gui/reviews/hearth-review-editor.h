/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-review-editor.h: the Record Review form: every field of a review, its actions and
 * outcome answers, checked by the core; a held review is shown read-only. */

#pragma once

#include <adwaita.h>

#include "hearth.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_REVIEW_EDITOR (hearth_review_editor_get_type ())

G_DECLARE_FINAL_TYPE (HearthReviewEditor, hearth_review_editor, HEARTH, REVIEW_EDITOR, AdwBin)

HearthReviewEditor *hearth_review_editor_new          (HearthScheme       *scheme);
void                hearth_review_editor_set_review   (HearthReviewEditor *self,
                                                       HearthReview       *review,
                                                       const char         *title);
HearthReview       *hearth_review_editor_get_review   (HearthReviewEditor *self);
GtkWidget          *hearth_review_editor_get_field    (HearthReviewEditor *self,
                                                       const char         *property);
void                hearth_review_editor_set_outcome  (HearthReviewEditor *self,
                                                       const char         *area,
                                                       const char         *answer,
                                                       const char         *comment);
gboolean            hearth_review_editor_save         (HearthReviewEditor *self);
const char         *hearth_review_editor_get_error    (HearthReviewEditor *self);
gboolean            hearth_review_editor_get_changed  (HearthReviewEditor *self);

G_END_DECLS
