/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-approval-review-dialog.h: records a review of a carer's approval. */

#pragma once

#include "hearth-question-dialog.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_APPROVAL_REVIEW_DIALOG (hearth_approval_review_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthApprovalReviewDialog, hearth_approval_review_dialog, HEARTH,
                      APPROVAL_REVIEW_DIALOG, HearthQuestionDialog)

HearthApprovalReviewDialog *hearth_approval_review_dialog_new (HearthScheme *scheme,
                                                               HearthCarer  *carer);
void hearth_approval_review_dialog_present (HearthPage  *page,
                                           HearthCarer *carer);

G_END_DECLS
