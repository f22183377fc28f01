/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-approval-dialog.h: records a carer's approval and its terms. */

#pragma once

#include "hearth-question-dialog.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_APPROVAL_DIALOG (hearth_approval_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthApprovalDialog, hearth_approval_dialog, HEARTH,
                      APPROVAL_DIALOG, HearthQuestionDialog)

HearthApprovalDialog *hearth_approval_dialog_new (HearthScheme        *scheme,
                                                  HearthCarer         *carer,
                                                  HearthPanelDecision *decision);
void hearth_approval_dialog_present (HearthPage          *page,
                                     HearthCarer         *carer,
                                     HearthPanelDecision *decision);

G_END_DECLS
