/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-recruitment.h: carer recruitment beyond single moves: stage targets, panels and
 * their decisions, and what falls due for approved carers. */

#pragma once

#include "hearth-carer.h"
#include "hearth-panel-decision.h"
#include "hearth-panel.h"
#include "hearth-scheme.h"
#include "hearth-workflows.h"

G_BEGIN_DECLS

/* Stage targets */
gint64      hearth_scheme_get_stage_target     (HearthScheme               *self,
                                                const char                 *stage,
                                                GError                    **error);
gboolean    hearth_scheme_set_stage_target     (HearthScheme               *self,
                                                const char                 *stage,
                                                gint64                      days,
                                                GError                    **error);

typedef enum
{
  HEARTH_PAST_TARGET_NONE    = 0,
  HEARTH_PAST_TARGET_STAGE   = 1 << 0,  /* longer in this stage than its target */
  HEARTH_PAST_TARGET_OVERALL = 1 << 1,  /* longer since enquiry than the whole target */
} HearthPastTarget;

HearthPastTarget hearth_carer_judge_past_target  (HearthCarer              *carer,
                                                  gint64                    stage_target,
                                                  gint64                    overall_target,
                                                  const char               *today);
HearthPastTarget hearth_scheme_carer_past_target (HearthScheme             *self,
                                                  HearthCarer              *carer,
                                                  const char               *today,
                                                  GError                  **error);
GPtrArray  *hearth_scheme_carers_past_target   (HearthScheme               *self,
                                                const char                 *today,
                                                GError                    **error);

gboolean    hearth_scheme_undo_carer_move      (HearthScheme               *self,
                                                HearthCarer                *carer,
                                                GError                    **error);

/* Panels */
HearthPanel *hearth_scheme_schedule_panel      (HearthScheme               *self,
                                                const char                 *held_on,
                                                const char                 *chair,
                                                GError                    **error);
HearthPanelDecision *hearth_scheme_add_to_panel (HearthScheme              *self,
                                                HearthPanel                *panel,
                                                HearthCarer                *carer,
                                                GError                    **error);
gboolean    hearth_scheme_decide_panel         (HearthScheme               *self,
                                                HearthPanelDecision        *decision,
                                                const char                 *outcome,
                                                const HearthApprovalTerms  *terms,
                                                const char                 *reasons,
                                                GError                    **error);

/* What falls due for approved carers */
typedef struct
{
  gint64  carer_id;
  char   *carer_name;
  char   *kind;       /* "approval-review", "dbs-renewal" or "training" */
  char   *what;       /* in words: "Approval review", "DBS renewal", "First aid expires" */
  char   *due_on;
  gboolean overdue;
} HearthDueItem;

void        hearth_due_item_free               (HearthDueItem              *item);
GPtrArray  *hearth_scheme_list_carer_dues      (HearthScheme               *self,
                                                const char                 *today,
                                                int                         within_days,
                                                GError                    **error);
GPtrArray  *hearth_scheme_list_dues_of_carer   (HearthScheme               *self,
                                                HearthCarer                *carer,
                                                const char                 *today,
                                                GError                    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthDueItem, hearth_due_item_free)

G_END_DECLS
