/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-review-action-row.h: one action of a review in the Record Review form. */

#pragma once

#include <adwaita.h>

#include "hearth.h"
#include "hearth-date-row.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_REVIEW_ACTION_ROW (hearth_review_action_row_get_type ())

G_DECLARE_FINAL_TYPE (HearthReviewActionRow, hearth_review_action_row, HEARTH, REVIEW_ACTION_ROW,
                      GtkListBoxRow)

GtkWidget          *hearth_review_action_row_new        (HearthReviewAction    *action,
                                                         gboolean               read_only);
HearthReviewAction *hearth_review_action_row_get_action (HearthReviewActionRow *self);
GtkWidget          *hearth_review_action_row_get_what   (HearthReviewActionRow *self);
GtkWidget          *hearth_review_action_row_get_who    (HearthReviewActionRow *self);
HearthDateRow      *hearth_review_action_row_get_due    (HearthReviewActionRow *self);
void                hearth_review_action_row_add_state  (HearthReviewActionRow *self,
                                                         GtkWidget             *state);

G_END_DECLS
