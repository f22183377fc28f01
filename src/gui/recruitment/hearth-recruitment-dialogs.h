/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-recruitment-dialogs.h: the questions the Recruitment view asks before it changes
 * anything: moves, checks, approvals, panels and their decisions, approval reviews. */

#pragma once

#include "hearth-page.h"

G_BEGIN_DECLS

void hearth_recruitment_show_error          (HearthPage          *page,
                                             const GError        *error);
void hearth_recruitment_ask_move_on         (HearthPage          *page,
                                             HearthCarer         *carer);
void hearth_recruitment_ask_move_back       (HearthPage          *page,
                                             HearthCarer         *carer);
void hearth_recruitment_ask_check           (HearthPage          *page,
                                             HearthCarer         *carer);
void hearth_recruitment_ask_approval        (HearthPage          *page,
                                             HearthCarer         *carer,
                                             HearthPanelDecision *decision);
void hearth_recruitment_ask_panel           (HearthPage          *page);
void hearth_recruitment_ask_add_to_panel    (HearthPage          *page,
                                             HearthPanel         *panel);
void hearth_recruitment_ask_decision        (HearthPage          *page,
                                             HearthPanelDecision *decision,
                                             const char          *outcome);
void hearth_recruitment_ask_approval_review (HearthPage          *page,
                                             HearthCarer         *carer);
void hearth_recruitment_ask_targets         (HearthPage          *page);
void hearth_recruitment_ask_export          (HearthPage          *page,
                                             const HearthRecruitmentSummary *summary);

G_END_DECLS
