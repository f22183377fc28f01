/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-carer-check-dialog.h: records one item of a carer's checklist before panel. */

#pragma once

#include "hearth-question-dialog.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_CARER_CHECK_DIALOG (hearth_carer_check_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthCarerCheckDialog, hearth_carer_check_dialog, HEARTH,
                      CARER_CHECK_DIALOG, HearthQuestionDialog)

HearthCarerCheckDialog *hearth_carer_check_dialog_new (HearthScheme *scheme,
                                                       HearthCarer  *carer);
void hearth_carer_check_dialog_present (HearthPage  *page,
                                       HearthCarer *carer);

G_END_DECLS
