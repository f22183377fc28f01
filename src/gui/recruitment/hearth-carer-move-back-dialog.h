/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-carer-move-back-dialog.h: moves a carer back, on hold, or out of recruitment. */

#pragma once

#include "hearth-question-dialog.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_CARER_MOVE_BACK_DIALOG (hearth_carer_move_back_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthCarerMoveBackDialog, hearth_carer_move_back_dialog, HEARTH,
                      CARER_MOVE_BACK_DIALOG, HearthQuestionDialog)

HearthCarerMoveBackDialog *hearth_carer_move_back_dialog_new (HearthScheme *scheme,
                                                              HearthCarer  *carer);
void hearth_carer_move_back_dialog_present (HearthPage  *page,
                                           HearthCarer *carer);

G_END_DECLS
