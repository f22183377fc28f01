/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-workflows.c: the Shared Lives lifecycle, step by step. Each public step works on
 * copies, checks the rules, writes every record it touches with its audit rows in one
 * transaction, and only then hands the saved values back to the caller's objects. */

#define G_LOG_DOMAIN "hearth-workflows"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date.h"
#include "hearth-error.h"
#include "hearth-household-member.h"
#include "hearth-panel-checklist.h"
#include "hearth-review-action.h"
#include "hearth-review-outcome.h"
#include "hearth-recruitment-flow.h"
#include "hearth-review-policy.h"
#include "hearth-rules.h"
#include "hearth-scheme-private.h"
#include "hearth-stage-change.h"
#include "hearth-trial-stage.h"
#include "hearth-values.h"
#include "hearth-workflows.h"

/* Ends a step: commits, or rolls back and reports. */
static gboolean
finish (HearthScheme  *self,
        gboolean       ok,
        GError       **error)
{
  if (!ok)
    {
      _hearth_scheme_rollback (self);
      return FALSE;
    }

  return _hearth_scheme_commit (self, error);
}

/* A step's date: today when not given, never in the future, never before @not_before. */
static char *
step_date (const char  *on,
           const char  *not_before,
           GError     **error)
{
  g_autofree char *today = hearth_date_today ();
  g_autofree char *date = g_strdup (on != NULL ? on : today);

  if (!hearth_rules_check_step_date (date, today, not_before, error))
    return NULL;

  return g_steal_pointer (&date);
}

static gint64
policy (HearthScheme *self,
        const char   *property)
{
  return hearth_record_get_int (HEARTH_RECORD (hearth_scheme_get_details (self)), property);
}

static gboolean
record_stage_change (HearthScheme  *self,
                     HearthCarer   *carer,
                     const char    *from,
                     const char    *to,
                     const char    *on,
                     const char    *note,
                     GError       **error)
{
  g_autoptr(HearthStageChange) change = hearth_stage_change_new ();

  g_object_set (change,
                "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)),
                "from-stage", from,
                "to-stage", to,
                "changed-on", on,
                "changed-by", hearth_scheme_get_user (self),
                "note", note,
                NULL);

  return _hearth_scheme_insert (self, HEARTH_RECORD (change), error);
}

/**
 * hearth_scheme_add_carer:
 * @carer: a new carer: names, and the date of their enquiry (today if unset)
 *
 * Records a new enquiry from a prospective carer.
 */
gboolean
hearth_scheme_add_carer (HearthScheme  *self,
                         HearthCarer   *carer,
                         GError       **error)
{
  g_autoptr(HearthCarer) copy = NULL;
  g_autofree char *today = hearth_date_today ();
  const char *enquiry;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_CARER (carer), FALSE);
  g_return_val_if_fail (hearth_record_get_id (HEARTH_RECORD (carer)) == 0, FALSE);

  copy = HEARTH_CARER (hearth_record_copy (HEARTH_RECORD (carer)));
  if (hearth_carer_get_enquiry_date (copy) == NULL)
    g_object_set (copy, "enquiry-date", today, NULL);
  enquiry = hearth_carer_get_enquiry_date (copy);
  g_object_set (copy, "stage", "enquiry", "stage-since", enquiry,
                "approved-places", (gint64) 0, NULL);

  if (!_hearth_scheme_begin (self, error))
    return FALSE;

  if (!finish (self,
               _hearth_scheme_insert (self, HEARTH_RECORD (copy), error) &&
               record_stage_change (self, copy, NULL, "enquiry", enquiry, NULL, error),
               error))
    return FALSE;

  hearth_record_assign (HEARTH_RECORD (carer), HEARTH_RECORD (copy));
  return TRUE;
}

static gint64
count_checks (HearthScheme  *self,
              gint64         carer_id,
              const char    *kind,
              const char    *today,
              GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _hearth_scheme_prepare (self,
                                 "SELECT count(*) FROM carer_check WHERE carer_id = ?1"
                                 " AND kind = ?2 AND archived_at IS NULL"
                                 " AND (expires_on IS NULL OR expires_on >= ?3)", error);
  if (stmt == NULL)
    return -1;

  sqlite3_bind_int64 (stmt, 1, carer_id);
  sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, today, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      _hearth_scheme_set_error (self, error, sqlite3_errcode (_hearth_scheme_get_db (self)));
      return -1;
    }

  return sqlite3_column_int64 (stmt, 0);
}

/* The names of the carer's household members who have not agreed yet. */
static GPtrArray *
not_agreed_household (HearthScheme  *self,
                      HearthCarer   *carer,
                      GError       **error)
{
  gint64 id = hearth_record_get_id (HEARTH_RECORD (carer));
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  members = hearth_scheme_load_related (self, HEARTH_TYPE_HOUSEHOLD_MEMBER, "carer-id", id, error);
  if (members == NULL)
    return NULL;

  for (guint i = 0; i < members->len; i++)
    {
      HearthHouseholdMember *member = g_ptr_array_index (members, i);

      if (!hearth_record_is_archived (HEARTH_RECORD (member)) &&
          hearth_household_member_get_agreed_on (member) == NULL)
        g_ptr_array_add (names, g_strdup (hearth_household_member_get_name (member)));
    }
  g_ptr_array_add (names, NULL);
  return g_steal_pointer (&names);
}

static GPtrArray *missing_on (HearthScheme  *self,
                              HearthCarer   *carer,
                              const char    *on,
                              GError       **error);

/**
 * hearth_scheme_missing_for_panel:
 *
 * What the carer still needs before they can be marked ready for panel: application,
 * two references, an enhanced DBS check, the home health and safety check, every household
 * member's agreement, preparation training and the assessment report. Expired checks do not
 * count.
 *
 * Returns: (transfer container) (element-type utf8): what is missing, in words; empty when
 *   nothing is
 */
GPtrArray *
hearth_scheme_missing_for_panel (HearthScheme  *self,
                                 HearthCarer   *carer,
                                 GError       **error)
{
  g_autofree char *today = hearth_date_today ();

  return missing_on (self, carer, today, error);
}

/* What is missing on @on: a check that had not expired on the day of a move still counts. */
static GPtrArray *
missing_on (HearthScheme  *self,
            HearthCarer   *carer,
            const char    *on,
            GError       **error)
{
  gint64 counts[HEARTH_PANEL_CHECKLIST_N_KINDS];
  g_autoptr(GPtrArray) not_agreed = NULL;
  gint64 id;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);
  g_return_val_if_fail (HEARTH_IS_CARER (carer), NULL);

  id = hearth_record_get_id (HEARTH_RECORD (carer));
  for (guint i = 0; i < HEARTH_PANEL_CHECKLIST_N_KINDS; i++)
    if ((counts[i] = count_checks (self, id, hearth_panel_checklist_kind (i), on, error)) < 0)
      return NULL;

  if (!(not_agreed = not_agreed_household (self, carer, error)))
    return NULL;

  return hearth_panel_checklist_missing (counts, (const char * const *) not_agreed->pdata);
}

static gboolean
check_ready_for_panel (HearthScheme  *self,
                       HearthCarer   *carer,
                       const char    *on,
                       GError       **error)
{
  g_autoptr(GPtrArray) missing = missing_on (self, carer, on, error);

  return missing != NULL && hearth_rules_check_nothing_missing_for_panel (carer, missing, error);
}

/**
 * hearth_scheme_move_carer:
 * @stage: where the carer moves: the next stage of recruitment, back to an earlier one,
 *   or out of the flow (on hold, withdrawn, declined)
 * @on: (nullable): the date of the move; today when %NULL
 * @note: (nullable): required for every move that is not simply onwards
 */
gboolean
hearth_scheme_move_carer (HearthScheme  *self,
                          HearthCarer   *carer,
                          const char    *stage,
                          const char    *on,
                          const char    *note,
                          GError       **error)
{
  g_autoptr(HearthCarer) copy = NULL;
  g_autofree char *date = NULL;
  g_autofree char *from = NULL;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_CARER (carer), FALSE);

  if (!hearth_rules_check_carer_move (carer, stage, note, error) ||
      !(date = step_date (on, hearth_carer_get_stage_since (carer), error)))
    return FALSE;

  if (g_str_equal (stage, "ready-for-panel") && !check_ready_for_panel (self, carer, date, error))
    return FALSE;

  copy = HEARTH_CARER (hearth_record_copy (HEARTH_RECORD (carer)));
  from = g_strdup (hearth_carer_get_stage (carer));
  g_object_set (copy, "stage", stage, "stage-since", date, NULL);

  if (!_hearth_scheme_begin (self, error))
    return FALSE;

  if (!finish (self,
               _hearth_scheme_update (self, HEARTH_RECORD (copy), TRUE, error) &&
               record_stage_change (self, copy, from, stage, date, note, error),
               error))
    return FALSE;

  hearth_record_assign (HEARTH_RECORD (carer), HEARTH_RECORD (copy));
  return TRUE;
}

/**
 * hearth_scheme_approve_carer:
 * @terms: what the panel approved the carer for
 *
 * Records the panel's approval of a carer who is ready for panel, and sets their first
 * approval review from the scheme's policy.
 */
gboolean
hearth_scheme_approve_carer (HearthScheme               *self,
                             HearthCarer                *carer,
                             const HearthApprovalTerms  *terms,
                             const char                 *on,
                             const char                 *note,
                             GError                    **error)
{
  g_autoptr(HearthCarer) copy = NULL;
  g_autofree char *date = NULL;
  g_autofree char *review = NULL;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_CARER (carer), FALSE);
  g_return_val_if_fail (terms != NULL, FALSE);

  if (!hearth_rules_check_carer_can_be_approved (carer, error) ||
      !hearth_rules_check_approval_terms (terms->places, terms->long_term, terms->short_breaks,
                                          terms->day_support, error) ||
      !(date = step_date (on, hearth_carer_get_stage_since (carer), error)) ||
      !check_ready_for_panel (self, carer, date, error))
    return FALSE;

  review = hearth_date_add_months (date, (int) policy (self, "approval-review-months"));
  copy = HEARTH_CARER (hearth_record_copy (HEARTH_RECORD (carer)));
  g_object_set (copy,
                "stage", "approved", "stage-since", date,
                "approved-long-term", terms->long_term,
                "approved-short-breaks", terms->short_breaks,
                "approved-day-support", terms->day_support,
                "approved-emergency", terms->emergency,
                "approved-places", terms->places,
                "approval-date", date,
                "next-approval-review", review,
                NULL);

  if (!_hearth_scheme_begin (self, error))
    return FALSE;

  if (!finish (self,
               _hearth_scheme_update (self, HEARTH_RECORD (copy), TRUE, error) &&
               record_stage_change (self, copy, "ready-for-panel", "approved", date, note, error),
               error))
    return FALSE;

  hearth_record_assign (HEARTH_RECORD (carer), HEARTH_RECORD (copy));
  return TRUE;
}

/**
 * hearth_scheme_add_person:
 *
 * Records a referral: a new person with the status "referred".
 */
gboolean
hearth_scheme_add_person (HearthScheme  *self,
                          HearthPerson  *person,
                          GError       **error)
{
  g_autoptr(HearthPerson) copy = NULL;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_PERSON (person), FALSE);
  g_return_val_if_fail (hearth_record_get_id (HEARTH_RECORD (person)) == 0, FALSE);

  copy = HEARTH_PERSON (hearth_record_copy (HEARTH_RECORD (person)));
  g_object_set (copy, "status", "referred", NULL);

  if (!_hearth_scheme_begin (self, error))
    return FALSE;

  if (!finish (self, _hearth_scheme_insert (self, HEARTH_RECORD (copy), error), error))
    return FALSE;

  hearth_record_assign (HEARTH_RECORD (person), HEARTH_RECORD (copy));
  return TRUE;
}

static gint64
count_current_arrangements (HearthScheme  *self,
                            gint64         person_id,
                            GError       **error)
{
  return _hearth_scheme_query_int (self,
                                   "SELECT count(*) FROM arrangement WHERE person_id = ?1"
                                   " AND end_date IS NULL", person_id, error);
}

static gint64
count_open_trials (HearthScheme  *self,
                   gint64         person_id,
                   GError       **error)
{
  return _hearth_scheme_query_int (self,
                                   "SELECT count(*) FROM trial WHERE person_id = ?1"
                                   " AND outcome = 'open'", person_id, error);
}

/* Sets a person's status inside the current transaction. */
static gboolean
set_person_status (HearthScheme  *self,
                   gint64         person_id,
                   const char    *status,
                   GError       **error)
{
  g_autoptr(HearthRecord) person = hearth_scheme_load (self, HEARTH_TYPE_PERSON, person_id, error);

  if (person == NULL)
    return FALSE;

  hearth_record_set_string (person, "status", status);
  return _hearth_scheme_update (self, person, TRUE, error);
}

/* Sets a person's status inside the current transaction, from what is true of them now. */
static gboolean
settle_person_status (HearthScheme  *self,
                      gint64         person_id,
                      const char    *otherwise,
                      GError       **error)
{
  gint64 arrangements, trials;
  const char *status = otherwise;

  if ((arrangements = count_current_arrangements (self, person_id, error)) < 0 ||
      (trials = count_open_trials (self, person_id, error)) < 0)
    return FALSE;

  if (arrangements > 0)
    status = "in-arrangement";
  else if (trials > 0)
    status = "in-trial";

  if (status == NULL)
    return TRUE;

  return set_person_status (self, person_id, status, error);
}

/**
 * hearth_scheme_set_person_status:
 * @status: "referred", "matching", "moved-on" or "closed"; "in-trial" and
 *   "in-arrangement" follow from the person's trials and arrangements
 */
gboolean
hearth_scheme_set_person_status (HearthScheme  *self,
                                 HearthPerson  *person,
                                 const char    *status,
                                 GError       **error)
{
  g_autoptr(HearthRecord) saved = NULL;
  gint64 id, arrangements, trials;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_PERSON (person), FALSE);

  id = hearth_record_get_id (HEARTH_RECORD (person));
  if ((arrangements = count_current_arrangements (self, id, error)) < 0 ||
      (trials = count_open_trials (self, id, error)) < 0 ||
      !hearth_rules_check_person_status (person, status, arrangements, trials, error))
    return FALSE;

  if (!_hearth_scheme_begin (self, error))
    return FALSE;

  if (!(saved = hearth_scheme_load (self, HEARTH_TYPE_PERSON, id, error)))
    return finish (self, FALSE, error);

  hearth_record_set_string (saved, "status", status);
  if (!finish (self, _hearth_scheme_update (self, saved, TRUE, error), error))
    return FALSE;

  hearth_record_assign (HEARTH_RECORD (person), saved);
  return TRUE;
}

static gboolean
record_trial_stage (HearthScheme  *self,
                    HearthTrial   *trial,
                    const char    *stage,
                    const char    *on,
                    const char    *notes,
                    GError       **error)
{
  g_autoptr(HearthTrialStage) step = hearth_trial_stage_new ();

  g_object_set (step,
                "trial-id", hearth_record_get_id (HEARTH_RECORD (trial)),
                "stage", stage,
                "reached-on", on,
                "notes", notes,
                "recorded-by", hearth_scheme_get_user (self),
                NULL);

  return _hearth_scheme_insert (self, HEARTH_RECORD (step), error);
}

/* The open trials between @person and @carer, or -1 on error. */
static gint64
count_open_trials_together (HearthScheme  *self,
                            HearthPerson  *person,
                            HearthCarer   *carer,
                            GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _hearth_scheme_prepare (self, "SELECT count(*) FROM trial WHERE person_id = ?1"
                                       " AND carer_id = ?2 AND outcome = 'open'", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, hearth_record_get_id (HEARTH_RECORD (person)));
  sqlite3_bind_int64 (stmt, 2, hearth_record_get_id (HEARTH_RECORD (carer)));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      _hearth_scheme_set_error (self, error, sqlite3_errcode (_hearth_scheme_get_db (self)));
      return -1;
    }

  return sqlite3_column_int64 (stmt, 0);
}

/**
 * hearth_scheme_propose_trial:
 *
 * Proposes a match between @person and @carer, who must be approved for @arrangement_type.
 *
 * Returns: (transfer full): the new trial
 */
HearthTrial *
hearth_scheme_propose_trial (HearthScheme  *self,
                             HearthPerson  *person,
                             HearthCarer   *carer,
                             const char    *arrangement_type,
                             const char    *on,
                             const char    *notes,
                             GError       **error)
{
  g_autoptr(HearthTrial) trial = NULL;
  g_autoptr(HearthRecord) saved = NULL;
  g_autofree char *date = NULL;
  gint64 person_id, together;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);
  g_return_val_if_fail (HEARTH_IS_PERSON (person), NULL);
  g_return_val_if_fail (HEARTH_IS_CARER (carer), NULL);

  if ((together = count_open_trials_together (self, person, carer, error)) < 0 ||
      !hearth_rules_check_can_propose (person, carer, arrangement_type, together, error) ||
      !(date = step_date (on, hearth_person_get_referral_date (person), error)))
    return NULL;

  person_id = hearth_record_get_id (HEARTH_RECORD (person));
  trial = hearth_trial_new ();
  g_object_set (trial,
                "person-id", person_id,
                "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)),
                "arrangement-type", arrangement_type,
                "stage", "proposed", "stage-since", date,
                "notes", notes,
                NULL);

  if (!_hearth_scheme_begin (self, error))
    return NULL;

  if (!finish (self,
               _hearth_scheme_insert (self, HEARTH_RECORD (trial), error) &&
               record_trial_stage (self, trial, "proposed", date, notes, error) &&
               settle_person_status (self, person_id, NULL, error),
               error))
    return NULL;

  /* The person is now in a trial: let the caller's copy say so too. */
  if ((saved = hearth_scheme_load (self, HEARTH_TYPE_PERSON, person_id, NULL)) != NULL)
    hearth_record_assign (HEARTH_RECORD (person), saved);

  return g_steal_pointer (&trial);
}

/**
 * hearth_scheme_advance_trial:
 * @stage: a later stage than the trial's; "trial-period" needs the trial's start and
 *   planned end set on @trial
 */
gboolean
hearth_scheme_advance_trial (HearthScheme  *self,
                             HearthTrial   *trial,
                             const char    *stage,
                             const char    *on,
                             const char    *notes,
                             GError       **error)
{
  g_autoptr(HearthTrial) copy = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_TRIAL (trial), FALSE);

  if (!hearth_rules_check_trial_advance (trial, stage, error) ||
      !(date = step_date (on, hearth_trial_get_stage_since (trial), error)))
    return FALSE;

  copy = HEARTH_TRIAL (hearth_record_copy (HEARTH_RECORD (trial)));
  g_object_set (copy, "stage", stage, "stage-since", date, NULL);

  if (!_hearth_scheme_begin (self, error))
    return FALSE;

  if (!finish (self,
               _hearth_scheme_update (self, HEARTH_RECORD (copy), TRUE, error) &&
               record_trial_stage (self, copy, stage, date, notes, error),
               error))
    return FALSE;

  hearth_record_assign (HEARTH_RECORD (trial), HEARTH_RECORD (copy));
  return TRUE;
}

static void
apply_decision (HearthTrial *copy,
                HearthSide   side,
                gboolean     yes,
                const char  *words,
                const char  *date)
{
  const char *who = side == HEARTH_SIDE_PERSON ? "person" : "carer";
  g_autofree char *decision = g_strdup_printf ("%s-decision", who);
  g_autofree char *said = g_strdup_printf ("%s-words", who);
  g_autofree char *decided = g_strdup_printf ("%s-decided-on", who);

  g_object_set (copy, decision, yes ? "yes" : "no", said, words, decided, date, NULL);

  if (!yes)
    g_object_set (copy,
                  "outcome", side == HEARTH_SIDE_PERSON ? "declined-by-person" : "declined-by-carer",
                  "closed-on", date,
                  "closed-reason", words != NULL ? words
                                   : side == HEARTH_SIDE_PERSON ? _("The person said no.")
                                                                : _("The carer said no."),
                  NULL);
  else if (g_strcmp0 (hearth_trial_get_person_decision (copy), "yes") == 0 &&
           g_strcmp0 (hearth_trial_get_carer_decision (copy), "yes") == 0)
    g_object_set (copy, "outcome", "agreed", "closed-on", date, NULL);
}

/**
 * hearth_scheme_decide_trial:
 * @side: whose choice this is
 * @words: (nullable): their words
 *
 * Records one side's choice. A no closes the trial and the person goes back to matching; two
 * yeses make the trial agreed, ready to become an arrangement.
 */
gboolean
hearth_scheme_decide_trial (HearthScheme  *self,
                            HearthTrial   *trial,
                            HearthSide     side,
                            gboolean       yes,
                            const char    *words,
                            const char    *on,
                            GError       **error)
{
  g_autoptr(HearthTrial) copy = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_TRIAL (trial), FALSE);

  if (!hearth_rules_check_trial_decision (trial, side, error) ||
      !(date = step_date (on, hearth_trial_get_stage_since (trial), error)))
    return FALSE;

  copy = HEARTH_TRIAL (hearth_record_copy (HEARTH_RECORD (trial)));
  apply_decision (copy, side, yes, words, date);

  if (!_hearth_scheme_begin (self, error))
    return FALSE;

  if (!finish (self,
               _hearth_scheme_update (self, HEARTH_RECORD (copy), TRUE, error) &&
               (yes || settle_person_status (self, hearth_trial_get_person_id (copy),
                                             "matching", error)),
               error))
    return FALSE;

  hearth_record_assign (HEARTH_RECORD (trial), HEARTH_RECORD (copy));
  return TRUE;
}

gboolean
hearth_scheme_withdraw_trial (HearthScheme  *self,
                              HearthTrial   *trial,
                              const char    *reason,
                              const char    *on,
                              GError       **error)
{
  g_autoptr(HearthTrial) copy = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_TRIAL (trial), FALSE);

  if (!hearth_rules_check_trial_withdrawal (trial, reason, error) ||
      !(date = step_date (on, hearth_trial_get_stage_since (trial), error)))
    return FALSE;

  copy = HEARTH_TRIAL (hearth_record_copy (HEARTH_RECORD (trial)));
  g_object_set (copy, "outcome", "withdrawn", "closed-on", date, "closed-reason", reason, NULL);

  if (!_hearth_scheme_begin (self, error))
    return FALSE;

  if (!finish (self,
               _hearth_scheme_update (self, HEARTH_RECORD (copy), TRUE, error) &&
               settle_person_status (self, hearth_trial_get_person_id (copy), "matching", error),
               error))
    return FALSE;

  hearth_record_assign (HEARTH_RECORD (trial), HEARTH_RECORD (copy));
  return TRUE;
}

/**
 * hearth_scheme_count_people_at_once:
 * @start: the first day of the period
 * @end: (nullable): the day the period ends (not counted), or %NULL for open-ended
 *
 * Returns: the most people the carer supports on any one day of the period, or -1 on error
 */
int
hearth_scheme_count_people_at_once (HearthScheme  *self,
                                    gint64         carer_id,
                                    const char    *start,
                                    const char    *end,
                                    GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), -1);

  /* The same count as the schema's last line of defence, so the two always agree. */
  stmt = _hearth_scheme_prepare (self,
    "SELECT coalesce(max((SELECT count(*) FROM arrangement b"
    "                      WHERE b.carer_id = ?1 AND b.start_date <= p.day"
    "                        AND (b.end_date IS NULL OR b.end_date > p.day))), 0)"
    "  FROM (SELECT ?2 AS day"
    "        UNION SELECT a.start_date FROM arrangement a"
    "         WHERE a.carer_id = ?1 AND a.start_date > ?2"
    "           AND (?3 IS NULL OR a.start_date < ?3)) AS p", error);
  if (stmt == NULL)
    return -1;

  sqlite3_bind_int64 (stmt, 1, carer_id);
  sqlite3_bind_text (stmt, 2, start, -1, SQLITE_TRANSIENT);
  if (end != NULL)
    sqlite3_bind_text (stmt, 3, end, -1, SQLITE_TRANSIENT);

  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      _hearth_scheme_set_error (self, error, sqlite3_errcode (_hearth_scheme_get_db (self)));
      return -1;
    }

  return sqlite3_column_int (stmt, 0);
}

static gboolean
check_trial_for_arrangement (HearthScheme       *self,
                             HearthArrangement  *arrangement,
                             GError            **error)
{
  g_autoptr(HearthRecord) trial = NULL;
  gint64 used;

  trial = hearth_scheme_load (self, HEARTH_TYPE_TRIAL,
                              hearth_arrangement_get_trial_id (arrangement), error);
  if (trial == NULL)
    return FALSE;

  used = _hearth_scheme_query_int (self, "SELECT count(*) FROM arrangement WHERE trial_id = ?1",
                                   hearth_arrangement_get_trial_id (arrangement), error);
  return used >= 0 &&
         hearth_rules_check_arrangement_from_trial (arrangement, HEARTH_TRIAL (trial), used, error);
}

static gboolean
prepare_emergency (HearthScheme       *self,
                   HearthArrangement  *arrangement,
                   GError            **error)
{
  const char *start = hearth_arrangement_get_start_date (arrangement);
  g_autofree char *limit = NULL;
  g_autofree char *meeting = NULL;
  HearthReviewPolicy review_policy;

  hearth_review_policy_init_for_scheme (&review_policy, self);
  limit = hearth_review_policy_emergency_limit (&review_policy, start);
  if (!hearth_rules_check_emergency_placement (arrangement, limit,
                                               (int) policy (self, "emergency-max-months"),
                                               error))
    return FALSE;

  if (hearth_arrangement_get_planned_end (arrangement) == NULL)
    g_object_set (arrangement, "planned-end", limit, NULL);

  if (hearth_arrangement_get_manager_approved_on (arrangement) == NULL)
    g_object_set (arrangement, "manager-approved-on", start, NULL);

  meeting = hearth_review_policy_planning_meeting_due (&review_policy, start);
  g_object_set (arrangement, "planning-meeting-due", meeting, NULL);
  return TRUE;
}

static gboolean
check_arrangement (HearthScheme       *self,
                   HearthArrangement  *arrangement,
                   HearthCarer        *carer,
                   HearthPerson       *person,
                   GError            **error)
{
  gboolean emergency = hearth_arrangement_get_emergency (arrangement);
  g_autoptr(GPtrArray) theirs = NULL;
  int at_once;

  if (!hearth_rules_check_arrangement_start (arrangement, person, error) ||
      !hearth_record_validate (HEARTH_RECORD (arrangement), error))
    return FALSE;

  at_once = hearth_scheme_count_people_at_once (self, hearth_record_get_id (HEARTH_RECORD (carer)),
                                                hearth_arrangement_get_start_date (arrangement),
                                                NULL, error);
  if (at_once < 0 ||
      !hearth_rules_check_carer_can_take (carer, hearth_arrangement_get_arrangement_type (arrangement),
                                          emergency, (guint) at_once, error))
    return FALSE;

  if (hearth_arrangement_get_trial_id (arrangement) != 0
      ? !check_trial_for_arrangement (self, arrangement, error)
      : !prepare_emergency (self, arrangement, error))
    return FALSE;

  /* Last, as it reads every arrangement the person has had. */
  theirs = hearth_scheme_load_related (self, HEARTH_TYPE_ARRANGEMENT, "person-id",
                                       hearth_record_get_id (HEARTH_RECORD (person)), error);
  return theirs != NULL && hearth_rules_check_one_home (person, arrangement, theirs, error);
}

static gboolean
schedule_review (HearthScheme  *self,
                 gint64         arrangement_id,
                 const char    *due,
                 GError       **error)
{
  g_autoptr(HearthReview) review = hearth_review_new ();

  g_object_set (review, "subject", "arrangement", "arrangement-id", arrangement_id,
                "due-on", due, NULL);
  return _hearth_scheme_insert (self, HEARTH_RECORD (review), error);
}

static char *
first_review_due (HearthScheme      *self,
                  HearthArrangement *arrangement)
{
  HearthReviewPolicy review_policy;

  hearth_review_policy_init_for_scheme (&review_policy, self);
  return hearth_review_policy_first_due (&review_policy,
                                         hearth_arrangement_get_start_date (arrangement),
                                         hearth_arrangement_get_emergency (arrangement));
}

/**
 * hearth_scheme_start_arrangement:
 * @arrangement: a new arrangement: person, carer, type, start date, funding and fee, and
 *   either the agreed trial it comes from or, for an emergency, the registered manager's
 *   approval
 *
 * Starts the arrangement, checking the carer's approval and capacity on every day it
 * covers, and schedules its first review from the scheme's review policy.
 */
gboolean
hearth_scheme_start_arrangement (HearthScheme       *self,
                                 HearthArrangement  *arrangement,
                                 GError            **error)
{
  g_autoptr(HearthArrangement) copy = NULL;
  g_autoptr(HearthRecord) carer = NULL;
  g_autoptr(HearthRecord) person = NULL;
  g_autofree char *due = NULL;
  gint64 person_id;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT (arrangement), FALSE);
  g_return_val_if_fail (hearth_record_get_id (HEARTH_RECORD (arrangement)) == 0, FALSE);

  copy = HEARTH_ARRANGEMENT (hearth_record_copy (HEARTH_RECORD (arrangement)));
  person_id = hearth_arrangement_get_person_id (copy);
  if (!(person = hearth_scheme_load (self, HEARTH_TYPE_PERSON, person_id, error)) ||
      !(carer = hearth_scheme_load (self, HEARTH_TYPE_CARER,
                                    hearth_arrangement_get_carer_id (copy), error)))
    return FALSE;

  if (hearth_arrangement_get_funding_route (copy) == NULL)
    g_object_set (copy, "funding-route", hearth_person_get_funding_route (HEARTH_PERSON (person)),
                  NULL);

  if (!check_arrangement (self, copy, HEARTH_CARER (carer), HEARTH_PERSON (person), error))
    return FALSE;

  due = first_review_due (self, copy);
  g_object_set (copy, "first-review-due", due, NULL);

  if (!_hearth_scheme_begin (self, error))
    return FALSE;

  if (!finish (self,
               _hearth_scheme_insert (self, HEARTH_RECORD (copy), error) &&
               schedule_review (self, hearth_record_get_id (HEARTH_RECORD (copy)), due, error) &&
               settle_person_status (self, person_id, NULL, error),
               error))
    return FALSE;

  hearth_record_assign (HEARTH_RECORD (arrangement), HEARTH_RECORD (copy));
  return TRUE;
}

/**
 * hearth_scheme_status_after_ending:
 * @arrangement: a current arrangement
 * @reason: (nullable): why it ends, or %NULL while not chosen
 * @error: set, with %NULL returned, when the scheme cannot be read
 *
 * What ending @arrangement does to the person, as hearth_scheme_end_arrangement() will do
 * it, so a coordinator can be told before they confirm.
 *
 * Returns: (nullable): the person's status afterwards; %NULL without @error when it
 *   depends on a @reason not given yet
 */
const char *
hearth_scheme_status_after_ending (HearthScheme       *self,
                                   HearthArrangement  *arrangement,
                                   const char         *reason,
                                   GError            **error)
{
  gint64 person_id, arrangements, trials;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT (arrangement), NULL);

  person_id = hearth_arrangement_get_person_id (arrangement);
  if ((arrangements = count_current_arrangements (self, person_id, error)) < 0 ||
      (trials = count_open_trials (self, person_id, error)) < 0)
    return NULL;

  /* The arrangement ending is one of the person's current ones until it ends. */
  if (hearth_arrangement_get_end_date (arrangement) == NULL)
    arrangements = MAX (arrangements - 1, 0);

  return hearth_rules_status_after_ending (reason, arrangements, trials);
}

/**
 * hearth_scheme_end_arrangement:
 * @on: the day the arrangement ended; the place is free from that day
 * @reason: one of the end reasons in %HEARTH_VALUES_END_REASON
 * @note: (nullable): more about why; required when @reason is "other"
 */
gboolean
hearth_scheme_end_arrangement (HearthScheme       *self,
                               HearthArrangement  *arrangement,
                               const char         *on,
                               const char         *reason,
                               const char         *note,
                               GError            **error)
{
  g_autoptr(HearthArrangement) copy = NULL;
  g_autofree char *date = NULL;
  const char *status = NULL;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT (arrangement), FALSE);

  if (!hearth_rules_check_arrangement_end (arrangement, reason, note, error) ||
      !(date = step_date (on, hearth_arrangement_get_start_date (arrangement), error)))
    return FALSE;

  copy = HEARTH_ARRANGEMENT (hearth_record_copy (HEARTH_RECORD (arrangement)));
  g_object_set (copy, "end-date", date, "end-reason", reason, "end-note", note, NULL);

  if (!_hearth_scheme_begin (self, error))
    return FALSE;

  /* The person's status is decided as the dialog told the coordinator it would be. */
  if (!finish (self,
               (status = hearth_scheme_status_after_ending (self, arrangement, reason,
                                                            error)) != NULL &&
               _hearth_scheme_update (self, HEARTH_RECORD (copy), TRUE, error) &&
               set_person_status (self, hearth_arrangement_get_person_id (copy), status, error),
               error))
    return FALSE;

  hearth_record_assign (HEARTH_RECORD (arrangement), HEARTH_RECORD (copy));
  return TRUE;
}

/* What a review found and agreed, checked before anything of the review is written. */
static gboolean
check_review_details (HearthReview  *review,
                      GPtrArray     *outcomes,
                      GPtrArray     *actions,
                      GError       **error)
{
  if (g_strcmp0 (hearth_review_get_subject (review), "approval") == 0 &&
      !hearth_rules_check_approval_outcome (hearth_review_get_approval_outcome (review), error))
    return FALSE;

  for (guint i = 0; outcomes != NULL && i < outcomes->len; i++)
    if (!hearth_rules_check_review_outcome (g_ptr_array_index (outcomes, i), error))
      return FALSE;

  for (guint i = 0; actions != NULL && i < actions->len; i++)
    if (!hearth_rules_check_review_action (g_ptr_array_index (actions, i), error))
      return FALSE;

  return TRUE;
}

static gboolean
save_review_details (HearthScheme  *self,
                     gint64         review_id,
                     GPtrArray     *outcomes,
                     GPtrArray     *actions,
                     GError       **error)
{
  for (guint i = 0; outcomes != NULL && i < outcomes->len; i++)
    {
      HearthReviewOutcome *outcome = g_ptr_array_index (outcomes, i);

      g_object_set (outcome, "review-id", review_id, NULL);
      if (!_hearth_scheme_insert (self, HEARTH_RECORD (outcome), error))
        return FALSE;
    }

  for (guint i = 0; actions != NULL && i < actions->len; i++)
    {
      HearthReviewAction *action = g_ptr_array_index (actions, i);

      g_object_set (action, "review-id", review_id, NULL);
      if (!_hearth_scheme_insert (self, HEARTH_RECORD (action), error))
        return FALSE;
    }

  return TRUE;
}

/* After an arrangement review: the next one is due, and the risk assessment may move on. */
static gboolean
follow_arrangement_review (HearthScheme  *self,
                           HearthReview  *review,
                           GError       **error)
{
  g_autoptr(HearthRecord) arrangement = NULL;
  g_autoptr(HearthRecord) person = NULL;
  const char *held = hearth_review_get_held_on (review);
  g_autofree char *next = NULL;

  arrangement = hearth_scheme_load (self, HEARTH_TYPE_ARRANGEMENT,
                                    hearth_review_get_arrangement_id (review), error);
  if (arrangement == NULL)
    return FALSE;

  if (hearth_review_get_risk_reviewed (review))
    {
      person = hearth_scheme_load (self, HEARTH_TYPE_PERSON,
                                   hearth_arrangement_get_person_id (HEARTH_ARRANGEMENT (arrangement)),
                                   error);
      if (person == NULL)
        return FALSE;
      g_object_set (person, "risk-assessed-on", held,
                    "risk-review-due", hearth_review_get_risk_next_review (review), NULL);
      if (!_hearth_scheme_update (self, person, FALSE, error))
        return FALSE;
    }

  if (hearth_arrangement_get_end_date (HEARTH_ARRANGEMENT (arrangement)) != NULL)
    return TRUE;

  next = g_strdup (hearth_review_get_next_due (review));
  if (next == NULL)
    {
      HearthReviewPolicy review_policy;

      hearth_review_policy_init_for_scheme (&review_policy, self);
      next = hearth_review_policy_next_due (&review_policy, held,
                                            hearth_arrangement_get_emergency (HEARTH_ARRANGEMENT (arrangement)));
    }
  g_object_set (review, "next-due", next, NULL);

  return schedule_review (self, hearth_record_get_id (arrangement), next, error);
}

/* After an approval review: the next review, or the end of the carer's approval. */
static gboolean
follow_approval_review (HearthScheme  *self,
                        HearthReview  *review,
                        GError       **error)
{
  g_autoptr(HearthRecord) carer = NULL;
  const char *outcome = hearth_review_get_approval_outcome (review);
  const char *held = hearth_review_get_held_on (review);
  g_autofree char *next = NULL;

  g_assert (hearth_values_contains (HEARTH_VALUES_APPROVAL_OUTCOME, outcome));

  if (!(carer = hearth_scheme_load (self, HEARTH_TYPE_CARER, hearth_review_get_carer_id (review),
                                    error)))
    return FALSE;

  if (g_str_equal (outcome, "end-approval"))
    {
      g_object_set (carer, "stage", "approval-ended", "stage-since", held, NULL);
      return _hearth_scheme_update (self, carer, TRUE, error) &&
             record_stage_change (self, HEARTH_CARER (carer), "approved", "approval-ended", held,
                                  hearth_review_get_next_steps (review), error);
    }

  next = g_strdup (hearth_review_get_next_due (review));
  if (next == NULL)
    {
      HearthReviewPolicy review_policy;

      hearth_review_policy_init_for_scheme (&review_policy, self);
      next = hearth_review_policy_approval_due (&review_policy, held);
    }
  g_object_set (review, "next-due", next, NULL);
  g_object_set (carer, "next-approval-review", next, NULL);
  return _hearth_scheme_update (self, carer, TRUE, error);
}

static gboolean
save_review (HearthScheme  *self,
             HearthReview  *review,
             gboolean       scheduled,
             GError       **error)
{
  gboolean followed;

  if (g_strcmp0 (hearth_review_get_subject (review), "approval") == 0)
    followed = follow_approval_review (self, review, error);
  else
    followed = follow_arrangement_review (self, review, error);

  if (!followed)
    return FALSE;

  if (scheduled)
    return _hearth_scheme_update (self, HEARTH_RECORD (review), TRUE, error);

  return _hearth_scheme_insert (self, HEARTH_RECORD (review), error);
}

/**
 * hearth_scheme_record_review:
 * @review: a review that was due (loaded from the scheme), or a new one, with the date it
 *   was held, the reviewer, and for an arrangement the person's own views
 * @outcomes: (nullable) (element-type HearthReviewOutcome): answers to the outcome questions
 * @actions: (nullable) (element-type HearthReviewAction): what the review agreed to do
 *
 * Records a review that was held and schedules the next one from the scheme's policy.
 */
gboolean
hearth_scheme_record_review (HearthScheme  *self,
                             HearthReview  *review,
                             GPtrArray     *outcomes,
                             GPtrArray     *actions,
                             GError       **error)
{
  g_autoptr(HearthReview) copy = NULL;
  g_autoptr(HearthRecord) stored = NULL;
  gboolean scheduled;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_REVIEW (review), FALSE);

  scheduled = hearth_record_get_id (HEARTH_RECORD (review)) > 0;
  copy = HEARTH_REVIEW (hearth_record_copy (HEARTH_RECORD (review)));

  if (scheduled &&
      !(stored = hearth_scheme_load (self, HEARTH_TYPE_REVIEW,
                                     hearth_record_get_id (HEARTH_RECORD (review)), error)))
    return FALSE;

  if (!hearth_rules_check_review_to_record (copy, HEARTH_REVIEW (stored), error))
    return FALSE;

  if (!scheduled && hearth_review_get_due_on (copy) == NULL)
    g_object_set (copy, "due-on", hearth_review_get_held_on (copy), NULL);

  if (!hearth_record_validate (HEARTH_RECORD (copy), error) ||
      !check_review_details (copy, outcomes, actions, error))
    return FALSE;

  if (!_hearth_scheme_begin (self, error))
    return FALSE;

  if (!finish (self,
               save_review (self, copy, scheduled, error) &&
               save_review_details (self, hearth_record_get_id (HEARTH_RECORD (copy)),
                                    outcomes, actions, error),
               error))
    return FALSE;

  hearth_record_assign (HEARTH_RECORD (review), HEARTH_RECORD (copy));
  return TRUE;
}

/**
 * hearth_scheme_complete_review_action:
 * @action: an action agreed at a review, not yet done
 * @on: (nullable): the day it was done; today when %NULL
 *
 * Marks the action done, so that it no longer needs attention.
 */
gboolean
hearth_scheme_complete_review_action (HearthScheme        *self,
                                      HearthReviewAction  *action,
                                      const char          *on,
                                      GError             **error)
{
  g_autoptr(HearthRecord) copy = NULL;
  g_autoptr(HearthRecord) review = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_REVIEW_ACTION (action), FALSE);

  if (!hearth_rules_check_review_action_open (action, error))
    return FALSE;

  /* Done on or after the review that agreed it, never in the future. */
  if (!(review = hearth_scheme_load (self, HEARTH_TYPE_REVIEW,
                                     hearth_review_action_get_review_id (action), error)) ||
      !(date = step_date (on, hearth_review_get_held_on (HEARTH_REVIEW (review)), error)))
    return FALSE;

  copy = hearth_record_copy (HEARTH_RECORD (action));
  g_object_set (copy, "done-on", date, NULL);
  if (!_hearth_scheme_begin (self, error))
    return FALSE;
  if (!finish (self, _hearth_scheme_update (self, copy, TRUE, error), error))
    return FALSE;

  hearth_record_assign (HEARTH_RECORD (action), copy);
  return TRUE;
}

/* A change of terms at an approval review, already checked like the panel's approval. */
static gboolean
apply_review_terms (HearthScheme               *self,
                    HearthCarer                *carer,
                    const char                 *outcome,
                    const HearthApprovalTerms  *terms,
                    GError                    **error)
{
  if (!g_str_equal (outcome, "change-terms"))
    return TRUE;

  g_object_set (carer,
                "approved-long-term", terms->long_term,
                "approved-short-breaks", terms->short_breaks,
                "approved-day-support", terms->day_support,
                "approved-emergency", terms->emergency,
                "approved-places", terms->places,
                NULL);
  return _hearth_scheme_update (self, HEARTH_RECORD (carer), TRUE, error);
}

/**
 * hearth_scheme_record_approval_review:
 * @carer: an approved carer
 * @held_on: (nullable): when the review was held; today when %NULL
 * @reviewer: who reviewed the approval
 * @outcome: "continue", "change-terms" or "end-approval"
 * @terms: (nullable): the new terms, required when @outcome is "change-terms"
 * @notes: (nullable): what was agreed; the reason when the approval ends
 *
 * Records a review of a carer's approval and sets the next one from the scheme's policy
 * (or ends the approval).
 */
gboolean
hearth_scheme_record_approval_review (HearthScheme               *self,
                                      HearthCarer                *carer,
                                      const char                 *held_on,
                                      const char                 *reviewer,
                                      const char                 *outcome,
                                      const HearthApprovalTerms  *terms,
                                      const char                 *notes,
                                      GError                    **error)
{
  g_autoptr(HearthReview) review = hearth_review_new ();
  g_autoptr(HearthCarer) copy = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_CARER (carer), FALSE);

  if (!hearth_rules_check_approval_review (carer, reviewer, outcome, notes, error) ||
      !(date = step_date (held_on, hearth_carer_get_approval_date (carer), error)) ||
      !hearth_rules_check_approval_outcome (outcome, error) ||
      !hearth_rules_check_changed_terms (outcome, terms, error))
    return FALSE;

  g_object_set (review, "subject", "approval",
                "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)),
                "due-on", hearth_carer_get_next_approval_review (carer),
                "held-on", date, "reviewer", reviewer, "approval-outcome", outcome,
                "next-steps", notes, NULL);
  copy = HEARTH_CARER (hearth_record_copy (HEARTH_RECORD (carer)));

  if (!_hearth_scheme_begin (self, error))
    return FALSE;

  if (!finish (self,
               apply_review_terms (self, copy, outcome, terms, error) &&
               save_review (self, review, FALSE, error),
               error))
    return FALSE;

  /* The review's own follow-up changed the stored carer: hand back what was saved. */
  g_clear_object (&copy);
  copy = HEARTH_CARER (hearth_scheme_load (self, HEARTH_TYPE_CARER,
                                           hearth_record_get_id (HEARTH_RECORD (carer)), NULL));
  if (copy != NULL)
    hearth_record_assign (HEARTH_RECORD (carer), HEARTH_RECORD (copy));
  return TRUE;
}
