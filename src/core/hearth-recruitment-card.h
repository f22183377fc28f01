/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-recruitment-card.h: a prospective carer as the Recruitment board shows them: stage,
 * days in it, assessor, targets passed and what is missing for panel, for every carer on the
 * board at once, computed by a worker. */

#pragma once

#include "hearth-aggregate-list.h"
#include "hearth-carer.h"
#include "hearth-recruitment.h"

G_BEGIN_DECLS

/* Approved, withdrawn and declined carers stay on the board this long, then leave it. */
#define HEARTH_RECRUITMENT_RECENT_DAYS 90

#define HEARTH_TYPE_RECRUITMENT_CARD (hearth_recruitment_card_get_type ())

G_DECLARE_FINAL_TYPE (HearthRecruitmentCard, hearth_recruitment_card, HEARTH, RECRUITMENT_CARD,
                      GObject)

gboolean               hearth_carer_is_on_recruitment_board (HearthCarer *carer,
                                                             const char  *today);

HearthRecruitmentCard *hearth_recruitment_card_new (HearthCarer      *carer,
                                                    int               days_in_stage,
                                                    const char       *assessor,
                                                    HearthPastTarget  past,
                                                    GPtrArray        *missing);
HearthCarer           *hearth_recruitment_card_get_carer       (HearthRecruitmentCard *self);
HearthCarer           *hearth_recruitment_card_dup_carer       (HearthRecruitmentCard *self);
const char            *hearth_recruitment_card_get_name        (HearthRecruitmentCard *self);
const char            *hearth_recruitment_card_get_stage       (HearthRecruitmentCard *self);
int                    hearth_recruitment_card_get_days_in_stage (HearthRecruitmentCard *self);
const char            *hearth_recruitment_card_get_assessor    (HearthRecruitmentCard *self);
HearthPastTarget       hearth_recruitment_card_get_past_target (HearthRecruitmentCard *self);
const char * const    *hearth_recruitment_card_get_missing     (HearthRecruitmentCard *self);
char                  *hearth_recruitment_card_dup_key         (HearthRecruitmentCard *self);
gboolean               hearth_recruitment_card_same            (HearthRecruitmentCard *a,
                                                                HearthRecruitmentCard *b);
int                    hearth_recruitment_card_compare         (HearthRecruitmentCard *a,
                                                                HearthRecruitmentCard *b);
gboolean               hearth_recruitment_card_is_in_stage     (HearthRecruitmentCard *self,
                                                                const char            *stage);

GPtrArray             *hearth_scheme_list_recruitment_cards    (HearthScheme          *scheme,
                                                                const char            *today,
                                                                GError               **error);
HearthAggregateList   *hearth_recruitment_card_list_new        (HearthScheme          *scheme);

G_END_DECLS
