/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-matching-page.h: the Matching view: the people who need a match, and for the one
 * chosen, the carers worth introducing and why, and why the others are ruled out. */

#pragma once

#include "hearth-page.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_MATCHING_PAGE (hearth_matching_page_get_type ())

G_DECLARE_FINAL_TYPE (HearthMatchingPage, hearth_matching_page, HEARTH, MATCHING_PAGE, HearthPage)

HearthPage   *hearth_matching_page_new             (HearthScheme       *scheme,
                                                    GError            **error);
void          hearth_matching_page_select_person   (HearthMatchingPage *self,
                                                    gint64              person_id);
HearthPerson *hearth_matching_page_get_person      (HearthMatchingPage *self);
GListModel   *hearth_matching_page_get_people      (HearthMatchingPage *self);
GListModel   *hearth_matching_page_get_suggestions (HearthMatchingPage *self);
void          hearth_matching_page_set_request     (HearthMatchingPage *self,
                                                    const char         *arrangement_type,
                                                    gboolean            emergency);

G_END_DECLS
