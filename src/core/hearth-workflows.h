/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-workflows.h: the steps of the Shared Lives lifecycle. Each step checks the rules,
 * changes every record it touches and writes the audit trail in one transaction. */

#pragma once

#include "hearth-arrangement.h"
#include "hearth-carer.h"
#include "hearth-person.h"
#include "hearth-review.h"
#include "hearth-review-action.h"
#include "hearth-rules.h"
#include "hearth-scheme.h"
#include "hearth-trial.h"

G_BEGIN_DECLS

/* Recruitment */
gboolean     hearth_scheme_add_carer            (HearthScheme               *self,
                                                 HearthCarer                *carer,
                                                 GError                    **error);
gboolean     hearth_scheme_move_carer           (HearthScheme               *self,
                                                 HearthCarer                *carer,
                                                 const char                 *stage,
                                                 const char                 *on,
                                                 const char                 *note,
                                                 GError                    **error);
GPtrArray   *hearth_scheme_missing_for_panel    (HearthScheme               *self,
                                                 HearthCarer                *carer,
                                                 GError                    **error);
gboolean     hearth_scheme_approve_carer        (HearthScheme               *self,
                                                 HearthCarer                *carer,
                                                 const HearthApprovalTerms  *terms,
                                                 const char                 *on,
                                                 const char                 *note,
                                                 GError                    **error);

gboolean     hearth_scheme_record_approval_review (HearthScheme             *self,
                                                   HearthCarer              *carer,
                                                   const char               *held_on,
                                                   const char               *reviewer,
                                                   const char               *outcome,
                                                   const HearthApprovalTerms *terms,
                                                   const char               *notes,
                                                   GError                  **error);

/* People */
gboolean     hearth_scheme_add_person           (HearthScheme               *self,
                                                 HearthPerson               *person,
                                                 GError                    **error);
gboolean     hearth_scheme_set_person_status    (HearthScheme               *self,
                                                 HearthPerson               *person,
                                                 const char                 *status,
                                                 GError                    **error);

/* Matching, trials and arrangements */
HearthTrial *hearth_scheme_propose_trial        (HearthScheme               *self,
                                                 HearthPerson               *person,
                                                 HearthCarer                *carer,
                                                 const char                 *arrangement_type,
                                                 const char                 *on,
                                                 const char                 *notes,
                                                 GError                    **error);
gboolean     hearth_scheme_advance_trial        (HearthScheme               *self,
                                                 HearthTrial                *trial,
                                                 const char                 *stage,
                                                 const char                 *on,
                                                 const char                 *notes,
                                                 GError                    **error);
gboolean     hearth_scheme_decide_trial         (HearthScheme               *self,
                                                 HearthTrial                *trial,
                                                 HearthSide                  side,
                                                 gboolean                    yes,
                                                 const char                 *words,
                                                 const char                 *on,
                                                 GError                    **error);
gboolean     hearth_scheme_withdraw_trial       (HearthScheme               *self,
                                                 HearthTrial                *trial,
                                                 const char                 *reason,
                                                 const char                 *on,
                                                 GError                    **error);
int          hearth_scheme_count_people_at_once (HearthScheme               *self,
                                                 gint64                      carer_id,
                                                 const char                 *start,
                                                 const char                 *end,
                                                 GError                    **error);
gboolean     hearth_scheme_start_arrangement    (HearthScheme               *self,
                                                 HearthArrangement          *arrangement,
                                                 GError                    **error);
const char  *hearth_scheme_status_after_ending  (HearthScheme               *self,
                                                 HearthArrangement          *arrangement,
                                                 const char                 *reason,
                                                 GError                    **error);
gboolean     hearth_scheme_end_arrangement      (HearthScheme               *self,
                                                 HearthArrangement          *arrangement,
                                                 const char                 *on,
                                                 const char                 *reason,
                                                 const char                 *note,
                                                 GError                    **error);

/* Reviews */
gboolean     hearth_scheme_record_review        (HearthScheme               *self,
                                                 HearthReview               *review,
                                                 GPtrArray                  *outcomes,
                                                 GPtrArray                  *actions,
                                                 GError                    **error);
gboolean     hearth_scheme_complete_review_action (HearthScheme             *self,
                                                 HearthReviewAction         *action,
                                                 const char                 *on,
                                                 GError                    **error);

G_END_DECLS
