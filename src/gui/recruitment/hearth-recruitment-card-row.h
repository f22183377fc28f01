/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-recruitment-card-row.h: a prospective carer's card on the Recruitment board. */

#pragma once

#include <gtk/gtk.h>

#include "hearth.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_RECRUITMENT_CARD_ROW (hearth_recruitment_card_row_get_type ())

G_DECLARE_FINAL_TYPE (HearthRecruitmentCardRow, hearth_recruitment_card_row, HEARTH,
                      RECRUITMENT_CARD_ROW, GtkWidget)

HearthRecruitmentCard *hearth_recruitment_card_row_get_item (HearthRecruitmentCardRow *self);
void                   hearth_recruitment_card_row_set_item (HearthRecruitmentCardRow *self,
                                                             HearthRecruitmentCard    *item);

G_END_DECLS
