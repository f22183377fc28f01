/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-recruitment.c: carer recruitment beyond single moves: the target for each stage
 * and who is past it, panels and the decisions they make, and the approval reviews, DBS
 * renewals and training that fall due once a carer is approved. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-carer-check.h"
#include "hearth-date.h"
#include "hearth-error.h"
#include "hearth-recruitment-flow.h"
#include "hearth-recruitment.h"
#include "hearth-rules.h"
#include "hearth-scheme-details.h"
#include "hearth-scheme-private.h"
#include "hearth-stage-change.h"
#include "hearth-training.h"
#include "hearth-values.h"

/**
 * hearth_scheme_get_stage_target:
 * @stage: a stage of recruitment before approval
 *
 * Returns: the scheme's target length of @stage in days, or -1 on error
 */
gint64
hearth_scheme_get_stage_target (HearthScheme  *self,
                                const char    *stage,
                                GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), -1);

  if (!hearth_rules_check_stage_has_target (stage, error))
    return -1;

  stmt = _hearth_scheme_prepare (self, "SELECT days FROM stage_target WHERE stage = ?1", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, stage, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      _hearth_scheme_set_error (self, error, sqlite3_errcode (_hearth_scheme_get_db (self)));
      return -1;
    }

  return sqlite3_column_int64 (stmt, 0);
}

/**
 * hearth_scheme_set_stage_target:
 * @days: from 1 to 365
 *
 * Sets the target length of one stage; the change is in the audit trail.
 */
gboolean
hearth_scheme_set_stage_target (HearthScheme  *self,
                                const char    *stage,
                                gint64         days,
                                GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) json = g_string_new ("{\"stage\":");
  gint64 before;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);

  if (!hearth_rules_check_stage_target (stage, days, error) ||
      (before = hearth_scheme_get_stage_target (self, stage, error)) < 0)
    return FALSE;

  _hearth_json_append_string (json, stage);
  g_string_append_printf (json, ",\"days\":[%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT "]}",
                          before, days);

  if (!_hearth_scheme_begin (self, error))
    return FALSE;

  stmt = _hearth_scheme_prepare (self, "UPDATE stage_target SET days = ?2 WHERE stage = ?1", error);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, stage, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, days);
    }

  if (stmt == NULL || !_hearth_scheme_step_done (self, stmt, error) ||
      !_hearth_scheme_audit (self, "update", "stage-target", 0, json->str, error))
    {
      _hearth_scheme_rollback (self);
      return FALSE;
    }

  return _hearth_scheme_commit (self, error);
}

/**
 * hearth_carer_judge_past_target:
 * @stage_target: the target length in days of the carer's stage
 * @overall_target: the target in days from enquiry to approval
 *
 * Like hearth_scheme_carer_past_target(), with the targets already known: for judging
 * many carers at once.
 */
HearthPastTarget
hearth_carer_judge_past_target (HearthCarer *carer,
                                gint64       stage_target,
                                gint64       overall_target,
                                const char  *today)
{
  HearthPastTarget past = HEARTH_PAST_TARGET_NONE;

  g_return_val_if_fail (HEARTH_IS_CARER (carer), HEARTH_PAST_TARGET_NONE);
  g_return_val_if_fail (today != NULL, HEARTH_PAST_TARGET_NONE);

  if (!hearth_recruitment_stage_has_target (hearth_carer_get_stage (carer)) ||
      hearth_record_is_archived (HEARTH_RECORD (carer)))
    return HEARTH_PAST_TARGET_NONE;

  if (hearth_date_days_between (hearth_carer_get_stage_since (carer), today) > stage_target)
    past |= HEARTH_PAST_TARGET_STAGE;
  if (hearth_date_days_between (hearth_carer_get_enquiry_date (carer), today) > overall_target)
    past |= HEARTH_PAST_TARGET_OVERALL;

  return past;
}

/**
 * hearth_scheme_carer_past_target:
 * @today: (nullable): the day to judge on; today when %NULL
 *
 * Whether a carer still in recruitment has been longer in their stage than its target, or
 * longer since their enquiry than the target for the whole process. Approved carers and
 * those out of the flow are never past target.
 */
HearthPastTarget
hearth_scheme_carer_past_target (HearthScheme  *self,
                                 HearthCarer   *carer,
                                 const char    *today,
                                 GError       **error)
{
  g_autofree char *now = today != NULL ? g_strdup (today) : hearth_date_today ();
  const char *stage = hearth_carer_get_stage (carer);
  gint64 target, overall;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), HEARTH_PAST_TARGET_NONE);
  g_return_val_if_fail (HEARTH_IS_CARER (carer), HEARTH_PAST_TARGET_NONE);

  if (!hearth_recruitment_stage_has_target (stage) || hearth_record_is_archived (HEARTH_RECORD (carer)))
    return HEARTH_PAST_TARGET_NONE;

  if ((target = hearth_scheme_get_stage_target (self, stage, error)) < 0)
    return HEARTH_PAST_TARGET_NONE;

  overall = hearth_record_get_int (HEARTH_RECORD (hearth_scheme_get_details (self)),
                                   "recruitment-target-days");
  return hearth_carer_judge_past_target (carer, target, overall, now);
}

/**
 * hearth_scheme_carers_past_target:
 *
 * Returns: (transfer container) (element-type HearthCarer): the carers past a target
 */
GPtrArray *
hearth_scheme_carers_past_target (HearthScheme  *self,
                                  const char    *today,
                                  GError       **error)
{
  g_autoptr(GPtrArray) carers = NULL;
  g_autoptr(GPtrArray) past = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);

  if (!(carers = _hearth_scheme_load_where (self, HEARTH_TYPE_CARER,
                                            "WHERE archived_at IS NULL ORDER BY stage_since, id",
                                            0, error)))
    return NULL;

  for (guint i = 0; i < carers->len; i++)
    {
      HearthCarer *carer = g_ptr_array_index (carers, i);
      g_autoptr(GError) local = NULL;

      if (hearth_scheme_carer_past_target (self, carer, today, &local) != HEARTH_PAST_TARGET_NONE)
        g_ptr_array_add (past, g_object_ref (carer));
      if (local != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return NULL;
        }
    }

  return g_steal_pointer (&past);
}

/**
 * hearth_scheme_schedule_panel:
 * @held_on: the panel's date, past or future
 * @chair: (nullable): who chairs it
 */
HearthPanel *
hearth_scheme_schedule_panel (HearthScheme  *self,
                              const char    *held_on,
                              const char    *chair,
                              GError       **error)
{
  g_autoptr(HearthPanel) panel = hearth_panel_new ();

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);

  if (!hearth_rules_check_panel_date (held_on, error))
    return NULL;

  g_object_set (panel, "held-on", held_on, "chair", chair, NULL);
  if (!hearth_scheme_insert (self, HEARTH_RECORD (panel), error))
    return NULL;

  return g_steal_pointer (&panel);
}

/**
 * hearth_scheme_add_to_panel:
 *
 * Puts a carer who is ready for panel (or still in preparation) on a panel's list. A carer
 * waits for one panel at a time.
 */
HearthPanelDecision *
hearth_scheme_add_to_panel (HearthScheme  *self,
                            HearthPanel   *panel,
                            HearthCarer   *carer,
                            GError       **error)
{
  g_autoptr(HearthPanelDecision) decision = hearth_panel_decision_new ();
  gint64 waiting;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);
  g_return_val_if_fail (HEARTH_IS_PANEL (panel), NULL);
  g_return_val_if_fail (HEARTH_IS_CARER (carer), NULL);

  waiting = _hearth_scheme_query_int (self,
                                      "SELECT count(*) FROM panel_decision"
                                      " WHERE carer_id = ?1 AND decision = 'pending'",
                                      hearth_record_get_id (HEARTH_RECORD (carer)), error);
  if (waiting < 0 || !hearth_rules_check_carer_can_join_panel (carer, waiting, error))
    return NULL;

  g_object_set (decision, "panel-id", hearth_record_get_id (HEARTH_RECORD (panel)),
                "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)),
                "decision", "pending", NULL);
  if (!hearth_scheme_insert (self, HEARTH_RECORD (decision), error))
    return NULL;

  return g_steal_pointer (&decision);
}

/* The carer's side of a decision: approval with its terms, a decline, or nothing yet. */
static gboolean
follow_decision (HearthScheme               *self,
                 HearthCarer                *carer,
                 const char                 *held_on,
                 const char                 *outcome,
                 const HearthApprovalTerms  *terms,
                 const char                 *reasons,
                 GError                    **error)
{
  if (g_str_equal (outcome, "approved"))
    return hearth_scheme_approve_carer (self, carer, terms, held_on, reasons, error);

  if (g_str_equal (outcome, "not-approved"))
    return hearth_scheme_move_carer (self, carer, "declined", held_on, reasons, error);

  return TRUE;
}

/**
 * hearth_scheme_decide_panel:
 * @outcome: "approved", "deferred" or "not-approved"
 * @terms: (nullable): the approval's terms, required when approved
 * @reasons: (nullable): the panel's reasons, required unless approved
 *
 * Records a panel's decision on a carer. Approval approves the carer (checking the
 * checklist and the terms), not approved declines them, deferred leaves them ready for a
 * later panel. All in one transaction.
 */
gboolean
hearth_scheme_decide_panel (HearthScheme               *self,
                            HearthPanelDecision        *decision,
                            const char                 *outcome,
                            const HearthApprovalTerms  *terms,
                            const char                 *reasons,
                            GError                    **error)
{
  g_autoptr(HearthRecord) panel = NULL;
  g_autoptr(HearthRecord) carer = NULL;
  g_autoptr(HearthPanelDecision) copy = NULL;
  g_autofree char *today = hearth_date_today ();
  gboolean ok;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_PANEL_DECISION (decision), FALSE);

  if (!(panel = hearth_scheme_load (self, HEARTH_TYPE_PANEL,
                                    hearth_panel_decision_get_panel_id (decision), error)) ||
      !(carer = hearth_scheme_load (self, HEARTH_TYPE_CARER,
                                    hearth_panel_decision_get_carer_id (decision), error)) ||
      !hearth_rules_check_panel_decision (decision, HEARTH_PANEL (panel), outcome, terms,
                                          reasons, today, error))
    return FALSE;

  copy = HEARTH_PANEL_DECISION (hearth_record_copy (HEARTH_RECORD (decision)));
  g_object_set (copy, "decision", outcome, "reasons", reasons, NULL);

  if (!_hearth_scheme_begin (self, error))
    return FALSE;

  ok = follow_decision (self, HEARTH_CARER (carer), hearth_panel_get_held_on (HEARTH_PANEL (panel)),
                        outcome, terms, reasons, error) &&
       hearth_scheme_update (self, HEARTH_RECORD (copy), error);
  if (!ok)
    {
      _hearth_scheme_rollback (self);
      return FALSE;
    }

  if (!_hearth_scheme_commit (self, error))
    return FALSE;

  hearth_record_assign (HEARTH_RECORD (decision), HEARTH_RECORD (copy));
  return TRUE;
}

void
hearth_due_item_free (HearthDueItem *item)
{
  if (item == NULL)
    return;

  g_free (item->carer_name);
  g_free (item->kind);
  g_free (item->what);
  g_free (item->due_on);
  g_free (item);
}

static void
add_due (GPtrArray   *items,
         HearthCarer *carer,
         const char  *kind,
         char        *what,
         const char  *due_on,
         const char  *today,
         const char  *horizon)
{
  HearthDueItem *item;

  if (due_on == NULL || g_strcmp0 (due_on, horizon) > 0)
    {
      g_free (what);
      return;
    }

  item = g_new0 (HearthDueItem, 1);
  item->carer_id = hearth_record_get_id (HEARTH_RECORD (carer));
  item->carer_name = hearth_carer_dup_display_name (carer);
  item->kind = g_strdup (kind);
  item->what = what;
  item->due_on = g_strdup (due_on);
  item->overdue = g_strcmp0 (due_on, today) < 0;
  g_ptr_array_add (items, item);
}

/* The DBS renewal falls due on the latest check's own expiry (@dbs, if any), or the
 * scheme's renewal period after it was done. */
static void
add_dues (GPtrArray        *items,
          HearthCarer      *carer,
          HearthCarerCheck *dbs,
          GPtrArray        *training,
          gint64            years,
          const char       *today,
          const char       *horizon)
{
  g_autofree char *dbs_due = NULL;

  add_due (items, carer, "approval-review", g_strdup (_("Approval review")),
           hearth_carer_get_next_approval_review (carer), today, horizon);

  if (dbs != NULL)
    dbs_due = hearth_carer_check_get_expires_on (dbs) != NULL
              ? g_strdup (hearth_carer_check_get_expires_on (dbs))
              : hearth_date_add_years (hearth_carer_check_get_completed_on (dbs), (int) years);
  add_due (items, carer, "dbs-renewal", g_strdup (_("DBS renewal")), dbs_due, today, horizon);

  for (guint i = 0; training != NULL && i < training->len; i++)
    {
      HearthTraining *course = g_ptr_array_index (training, i);

      add_due (items, carer, "training",
               g_strdup_printf (_("%s training expires"), hearth_training_get_course (course)),
               hearth_training_get_expires_on (course), today, horizon);
    }
}

static gint64
dbs_renewal_years (HearthScheme *self)
{
  return hearth_record_get_int (HEARTH_RECORD (hearth_scheme_get_details (self)),
                                "dbs-renewal-years");
}

static gboolean
add_carer_dues (HearthScheme  *self,
                HearthCarer   *carer,
                GPtrArray     *items,
                const char    *today,
                const char    *horizon,
                GError       **error)
{
  gint64 id = hearth_record_get_id (HEARTH_RECORD (carer));
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GPtrArray) training = NULL;

  if (!(checks = _hearth_scheme_load_where (self, HEARTH_TYPE_CARER_CHECK,
                                            "WHERE carer_id = ?1 AND kind = 'dbs'"
                                            " AND archived_at IS NULL ORDER BY completed_on DESC",
                                            id, error)) ||
      !(training = _hearth_scheme_load_where (self, HEARTH_TYPE_TRAINING,
                                              "WHERE carer_id = ?1 AND archived_at IS NULL"
                                              " AND expires_on IS NOT NULL", id, error)))
    return FALSE;

  add_dues (items, carer, checks->len > 0 ? g_ptr_array_index (checks, 0) : NULL, training,
            dbs_renewal_years (self), today, horizon);
  return TRUE;
}

/* @records grouped by their carer, in their order: each carer's first, or all of them. */
static GHashTable *
by_carer (GPtrArray *records,
          gboolean   first_only)
{
  GHashTable *table = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                             first_only ? g_object_unref
                                                        : (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < records->len; i++)
    {
      HearthRecord *record = g_ptr_array_index (records, i);
      gint64 id = hearth_record_get_int (record, "carer-id");
      GPtrArray *all = g_hash_table_lookup (table, &id);

      if (first_only && all == NULL)
        g_hash_table_insert (table, g_memdup2 (&id, sizeof id), g_object_ref (record));
      else if (!first_only)
        {
          if (all == NULL)
            {
              all = g_ptr_array_new_with_free_func (g_object_unref);
              g_hash_table_insert (table, g_memdup2 (&id, sizeof id), all);
            }
          g_ptr_array_add (all, g_object_ref (record));
        }
    }
  return table;
}

/* The approved carers still in the scheme, for a query about them all. */
#define APPROVED_IDS "(SELECT id FROM carer WHERE stage = 'approved' AND archived_at IS NULL)"

static int
compare_due (gconstpointer a,
             gconstpointer b)
{
  const HearthDueItem *x = *(HearthDueItem **) a;
  const HearthDueItem *y = *(HearthDueItem **) b;
  int by_date = g_strcmp0 (x->due_on, y->due_on);

  return by_date != 0 ? by_date : g_strcmp0 (x->carer_name, y->carer_name);
}

/**
 * hearth_scheme_list_carer_dues:
 * @today: (nullable): the day to judge on; today when %NULL
 * @within_days: how far ahead "due soon" looks
 *
 * What falls due for approved carers: approval reviews, DBS renewals and training that
 * expires, overdue ones included, soonest first.
 *
 * Returns: (transfer container) (element-type HearthDueItem):
 */
GPtrArray *
hearth_scheme_list_carer_dues (HearthScheme  *self,
                               const char    *today,
                               int            within_days,
                               GError       **error)
{
  g_autofree char *now = today != NULL ? g_strdup (today) : hearth_date_today ();
  g_autofree char *horizon = hearth_date_add_days (now, MAX (within_days, 0));
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_due_item_free);
  g_autoptr(GPtrArray) carers = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GPtrArray) training = NULL;
  g_autoptr(GHashTable) dbs = NULL;
  g_autoptr(GHashTable) courses = NULL;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);

  /* Every approved carer's checks and courses at once: a large scheme has thousands. */
  if (!(carers = _hearth_scheme_load_where (self, HEARTH_TYPE_CARER,
                                            "WHERE stage = 'approved' AND archived_at IS NULL"
                                            " ORDER BY id", 0, error)) ||
      !(checks = _hearth_scheme_load_where (self, HEARTH_TYPE_CARER_CHECK,
                                            "WHERE kind = 'dbs' AND archived_at IS NULL"
                                            " AND carer_id IN " APPROVED_IDS
                                            " ORDER BY carer_id, completed_on DESC", 0, error)) ||
      !(training = _hearth_scheme_load_where (self, HEARTH_TYPE_TRAINING,
                                              "WHERE archived_at IS NULL AND expires_on IS NOT NULL"
                                              " AND carer_id IN " APPROVED_IDS " ORDER BY id", 0,
                                              error)))
    return NULL;

  dbs = by_carer (checks, TRUE);
  courses = by_carer (training, FALSE);
  for (guint i = 0; i < carers->len; i++)
    {
      gint64 id = hearth_record_get_id (g_ptr_array_index (carers, i));

      add_dues (items, g_ptr_array_index (carers, i), g_hash_table_lookup (dbs, &id),
                g_hash_table_lookup (courses, &id), dbs_renewal_years (self), now, horizon);
    }

  g_ptr_array_sort (items, compare_due);
  return g_steal_pointer (&items);
}

/**
 * hearth_scheme_list_dues_of_carer:
 * @today: (nullable): the day to judge on; today when %NULL
 *
 * Everything that will fall due for one approved carer, however far ahead: the approval
 * review, the DBS renewal, each course that expires. Empty for a carer not approved.
 *
 * Returns: (transfer container) (element-type HearthDueItem):
 */
GPtrArray *
hearth_scheme_list_dues_of_carer (HearthScheme  *self,
                                  HearthCarer   *carer,
                                  const char    *today,
                                  GError       **error)
{
  g_autofree char *now = today != NULL ? g_strdup (today) : hearth_date_today ();
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_due_item_free);

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);
  g_return_val_if_fail (HEARTH_IS_CARER (carer), NULL);

  if (g_strcmp0 (hearth_carer_get_stage (carer), "approved") == 0 &&
      !add_carer_dues (self, carer, items, now, "9999-12-31", error))
    return NULL;

  g_ptr_array_sort (items, compare_due);
  return g_steal_pointer (&items);
}

/* The carer's stage changes, newest first. */
static GPtrArray *
load_stage_changes (HearthScheme  *self,
                    HearthCarer   *carer,
                    GError       **error)
{
  return _hearth_scheme_load_where (self, HEARTH_TYPE_STAGE_CHANGE,
                                    "WHERE carer_id = ?1 ORDER BY id DESC",
                                    hearth_record_get_id (HEARTH_RECORD (carer)), error);
}

/**
 * hearth_scheme_undo_carer_move:
 *
 * Takes a carer back to the stage they were at before their last move (a move back, on
 * hold, withdrawn or declined made by mistake), with the date they had reached it. Nothing
 * is erased: the undoing is a stage change of its own, noted as such, in the history and
 * the audit trail. Approvals are never undone this way.
 */
gboolean
hearth_scheme_undo_carer_move (HearthScheme  *self,
                               HearthCarer   *carer,
                               GError       **error)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(HearthCarer) copy = NULL;
  g_autoptr(HearthStageChange) undo = hearth_stage_change_new ();
  g_autofree char *today = hearth_date_today ();
  HearthStageChange *last;
  const char *since = NULL;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_CARER (carer), FALSE);

  if (!(changes = load_stage_changes (self, carer, error)))
    return FALSE;
  last = changes->len > 0 ? g_ptr_array_index (changes, 0) : NULL;
  if (!hearth_rules_check_undo_carer_move (carer, last, error))
    return FALSE;

  /* The day they had reached the stage they go back to. */
  for (guint i = 1; i < changes->len && since == NULL; i++)
    if (g_strcmp0 (hearth_stage_change_get_to_stage (g_ptr_array_index (changes, i)),
                   hearth_stage_change_get_from_stage (last)) == 0)
      since = hearth_stage_change_get_changed_on (g_ptr_array_index (changes, i));

  copy = HEARTH_CARER (hearth_record_copy (HEARTH_RECORD (carer)));
  g_object_set (copy, "stage", hearth_stage_change_get_from_stage (last),
                "stage-since", since != NULL ? since : hearth_stage_change_get_changed_on (last),
                NULL);
  g_object_set (undo, "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)),
                "from-stage", hearth_stage_change_get_to_stage (last),
                "to-stage", hearth_stage_change_get_from_stage (last),
                "changed-on", today, "changed-by", hearth_scheme_get_user (self),
                "note", _("Undone: the previous move was a mistake"), NULL);

  if (!_hearth_scheme_begin (self, error))
    return FALSE;
  if (!_hearth_scheme_update (self, HEARTH_RECORD (copy), TRUE, error) ||
      !_hearth_scheme_insert (self, HEARTH_RECORD (undo), error))
    {
      _hearth_scheme_rollback (self);
      return FALSE;
    }
  if (!_hearth_scheme_commit (self, error))
    return FALSE;

  hearth_record_assign (HEARTH_RECORD (carer), HEARTH_RECORD (copy));
  return TRUE;
}
