/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-reviews-page.h: the Reviews view: every review, due, overdue or held, with filters;
 * a review due opens the Record Review form. */

#pragma once

#include "hearth-page.h"
#include "hearth-review-editor.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_REVIEWS_PAGE (hearth_reviews_page_get_type ())

G_DECLARE_FINAL_TYPE (HearthReviewsPage, hearth_reviews_page, HEARTH, REVIEWS_PAGE, HearthPage)

HearthPage         *hearth_reviews_page_new         (HearthScheme      *scheme,
                                                     GError           **error);
guint               hearth_reviews_page_get_n_shown (HearthReviewsPage *self);
void                hearth_reviews_page_set_filter  (HearthReviewsPage *self,
                                                     const char        *state);
HearthReviewEditor *hearth_reviews_page_get_editor  (HearthReviewsPage *self);
gboolean            hearth_reviews_page_is_editing  (HearthReviewsPage *self);
GPtrArray          *hearth_reviews_page_dup_shown   (HearthReviewsPage *self);

G_END_DECLS
