/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-rules.h: the rules of Shared Lives that Hearth enforces, each a function that says
 * what is wrong in words a coordinator understands. The workflows call them before every
 * change; the schema's constraints and triggers stand behind them. */

#pragma once

#include "hearth-arrangement.h"
#include "hearth-carer.h"
#include "hearth-panel.h"
#include "hearth-panel-decision.h"
#include "hearth-person.h"
#include "hearth-review.h"
#include "hearth-review-action.h"
#include "hearth-review-outcome.h"
#include "hearth-stage-change.h"
#include "hearth-trial.h"

G_BEGIN_DECLS

/* A carer never supports more than this many people at once, whatever their approval says. */
#define HEARTH_MAX_PLACES 3
/* A person is at least this old when they are referred. */
#define HEARTH_MIN_AGE 16

typedef struct
{
  gboolean long_term;
  gboolean short_breaks;
  gboolean day_support;
  gboolean emergency;
  gint64   places;       /* 1 to 3 */
} HearthApprovalTerms;

typedef enum
{
  HEARTH_SIDE_PERSON,
  HEARTH_SIDE_CARER,
} HearthSide;

char     *hearth_person_dup_display_name        (HearthPerson  *person);
char     *hearth_carer_dup_display_name         (HearthCarer   *carer);

gboolean  hearth_rules_check_person_age         (HearthPerson  *person,
                                                 GError       **error);
gboolean  hearth_rules_check_risk_assessment    (HearthPerson  *person,
                                                 GError       **error);
gboolean  hearth_rules_risk_review_overdue      (HearthPerson  *person,
                                                 const char    *today);
gboolean  hearth_rules_check_approval_terms     (gint64         places,
                                                 gboolean       long_term,
                                                 gboolean       short_breaks,
                                                 gboolean       day_support,
                                                 GError       **error);
guint     hearth_carer_get_capacity             (HearthCarer   *carer);
gboolean  hearth_carer_is_approved_for          (HearthCarer   *carer,
                                                 const char    *arrangement_type);
gboolean  hearth_rules_check_carer_can_take     (HearthCarer   *carer,
                                                 const char    *arrangement_type,
                                                 gboolean       emergency,
                                                 guint          people_at_once,
                                                 GError       **error);
gboolean  hearth_arrangement_is_a_home          (HearthArrangement *arrangement);
gboolean  hearth_rules_arrangements_overlap     (HearthArrangement *a,
                                                 HearthArrangement *b);
gboolean  hearth_rules_check_one_home           (HearthPerson      *person,
                                                 HearthArrangement *arrangement,
                                                 GPtrArray         *others,
                                                 GError           **error);
gboolean  hearth_rules_check_trial_agreed       (HearthTrial   *trial,
                                                 GError       **error);
gboolean  hearth_rules_check_review             (HearthReview  *review,
                                                 GError       **error);
gboolean  hearth_rules_check_carer_move         (HearthCarer   *carer,
                                                 const char    *to,
                                                 const char    *note,
                                                 GError       **error);
gboolean  hearth_rules_check_carer_can_be_approved (HearthCarer *carer,
                                                 GError       **error);
gboolean  hearth_rules_carer_can_go_to_panel    (HearthCarer   *carer);
gboolean  hearth_rules_check_carer_can_go_to_panel (HearthCarer *carer,
                                                 GError       **error);
const char *hearth_rules_status_after_ending    (const char    *reason,
                                                 gint64         other_arrangements,
                                                 gint64         open_trials);
gboolean  hearth_rules_check_reason             (const char    *reason,
                                                 const char    *what,
                                                 GError       **error);
gboolean  hearth_rules_check_step_date          (const char    *date,
                                                 const char    *today,
                                                 const char    *not_before,
                                                 GError       **error);

/* Recruitment */
gboolean  hearth_rules_check_nothing_missing_for_panel (HearthCarer *carer,
                                                 GPtrArray     *missing,
                                                 GError       **error);
gboolean  hearth_rules_check_stage_has_target   (const char    *stage,
                                                 GError       **error);
gboolean  hearth_rules_check_stage_target       (const char    *stage,
                                                 gint64         days,
                                                 GError       **error);
gboolean  hearth_rules_check_panel_date         (const char    *held_on,
                                                 GError       **error);
gboolean  hearth_rules_check_carer_can_join_panel (HearthCarer *carer,
                                                 gint64         pending_decisions,
                                                 GError       **error);
gboolean  hearth_rules_check_panel_decision     (HearthPanelDecision        *decision,
                                                 HearthPanel                *panel,
                                                 const char                 *outcome,
                                                 const HearthApprovalTerms  *terms,
                                                 const char                 *reasons,
                                                 const char                 *today,
                                                 GError                    **error);
gboolean  hearth_rules_check_undo_carer_move    (HearthCarer        *carer,
                                                 HearthStageChange  *last,
                                                 GError            **error);
gboolean  hearth_rules_check_approval_review    (HearthCarer   *carer,
                                                 const char    *reviewer,
                                                 const char    *outcome,
                                                 const char    *notes,
                                                 GError       **error);
gboolean  hearth_rules_check_approval_outcome   (const char    *outcome,
                                                 GError       **error);
gboolean  hearth_rules_check_changed_terms      (const char                 *outcome,
                                                 const HearthApprovalTerms  *terms,
                                                 GError                    **error);

/* People and trials */
gboolean  hearth_rules_check_person_status      (HearthPerson  *person,
                                                 const char    *status,
                                                 gint64         current_arrangements,
                                                 gint64         open_trials,
                                                 GError       **error);
gboolean  hearth_rules_check_can_propose        (HearthPerson  *person,
                                                 HearthCarer   *carer,
                                                 const char    *arrangement_type,
                                                 gint64         open_trials_together,
                                                 GError       **error);
gboolean  hearth_rules_check_trial_open         (HearthTrial   *trial,
                                                 GError       **error);
gboolean  hearth_rules_check_trial_advance      (HearthTrial   *trial,
                                                 const char    *stage,
                                                 GError       **error);
gboolean  hearth_rules_check_trial_decision     (HearthTrial   *trial,
                                                 HearthSide     side,
                                                 GError       **error);
gboolean  hearth_rules_check_trial_withdrawal   (HearthTrial   *trial,
                                                 const char    *reason,
                                                 GError       **error);
gboolean  hearth_rules_check_suggest_again      (HearthTrial   *trial,
                                                 GError       **error);

/* Arrangements */
gboolean  hearth_rules_check_arrangement_type   (const char    *arrangement_type,
                                                 GError       **error);
gboolean  hearth_rules_check_arrangement_start  (HearthArrangement  *arrangement,
                                                 HearthPerson       *person,
                                                 GError            **error);
gboolean  hearth_rules_check_arrangement_from_trial (HearthArrangement *arrangement,
                                                 HearthTrial        *trial,
                                                 gint64              arrangements_from_trial,
                                                 GError            **error);
gboolean  hearth_rules_check_emergency_placement (HearthArrangement *arrangement,
                                                 const char         *latest_end,
                                                 int                 max_months,
                                                 GError            **error);
gboolean  hearth_rules_check_arrangement_end    (HearthArrangement  *arrangement,
                                                 const char         *reason,
                                                 const char         *note,
                                                 GError            **error);

/* Reviews */
gboolean  hearth_rules_check_review_to_record   (HearthReview  *review,
                                                 HearthReview  *stored,
                                                 GError       **error);
gboolean  hearth_rules_check_review_outcome     (HearthReviewOutcome  *outcome,
                                                 GError              **error);
gboolean  hearth_rules_check_review_action      (HearthReviewAction   *action,
                                                 GError              **error);
gboolean  hearth_rules_check_review_action_open (HearthReviewAction   *action,
                                                 GError              **error);

/* Matching */
gboolean  hearth_rules_check_match_weight       (gint64         weight,
                                                 GError       **error);
gboolean  hearth_rules_check_can_shortlist      (HearthCarer   *carer,
                                                 GError       **error);

G_END_DECLS
