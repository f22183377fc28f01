/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-carer-move-on-dialog.h: moves a carer on to the next stage of recruitment. */

#pragma once

#include "hearth-question-dialog.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_CARER_MOVE_ON_DIALOG (hearth_carer_move_on_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthCarerMoveOnDialog, hearth_carer_move_on_dialog, HEARTH,
                      CARER_MOVE_ON_DIALOG, HearthQuestionDialog)

HearthCarerMoveOnDialog *hearth_carer_move_on_dialog_new (HearthScheme *scheme,
                                                          HearthCarer  *carer);
void hearth_carer_move_on_dialog_present (HearthPage  *page,
                                         HearthCarer *carer);

G_END_DECLS
