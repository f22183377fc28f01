/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-recruitment-page.h: the Recruitment view: every prospective carer by stage, the
 * panels, what falls due for approved carers, and where carers come from. */

#pragma once

#include "hearth-page.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_RECRUITMENT_PAGE (hearth_recruitment_page_get_type ())

G_DECLARE_FINAL_TYPE (HearthRecruitmentPage, hearth_recruitment_page, HEARTH, RECRUITMENT_PAGE,
                      HearthPage)

HearthPage *hearth_recruitment_page_new         (HearthScheme          *scheme,
                                                 GError               **error);
void        hearth_recruitment_page_set_range   (HearthRecruitmentPage *self,
                                                 const char            *from,
                                                 const char            *to);

G_END_DECLS
