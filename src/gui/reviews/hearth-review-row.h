/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-review-row.h: one line of the Reviews view. */

#pragma once

#include <gtk/gtk.h>

#include "hearth.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_REVIEW_ROW (hearth_review_row_get_type ())

G_DECLARE_FINAL_TYPE (HearthReviewRow, hearth_review_row, HEARTH, REVIEW_ROW, GtkWidget)

HearthReviewSummary *hearth_review_row_get_item (HearthReviewRow     *self);
void                 hearth_review_row_set_item (HearthReviewRow     *self,
                                                 HearthReviewSummary *item);
char                *hearth_review_row_dup_subtitle (HearthReviewSummary *item);

G_END_DECLS
