/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-stage-targets-dialog.h: the scheme's target length for each stage of recruitment. */

#pragma once

#include "hearth-question-dialog.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_STAGE_TARGETS_DIALOG (hearth_stage_targets_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthStageTargetsDialog, hearth_stage_targets_dialog, HEARTH,
                      STAGE_TARGETS_DIALOG, HearthQuestionDialog)

HearthStageTargetsDialog *hearth_stage_targets_dialog_new (HearthScheme *scheme);
void hearth_stage_targets_dialog_present (HearthPage *page);

G_END_DECLS
