/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-dashboard.c: the dashboard's queries. Archived people and carers are put away, so
 * they are not counted; overdue things are never hidden. */

#define G_LOG_DOMAIN "hearth-dashboard"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date.h"
#include "hearth-error.h"
#include "hearth-review-policy.h"
#include "hearth-scheme-private.h"
#include "hearth-values.h"

#include "hearth-dashboard.h"
#include "hearth-dashboard-private.h"

/* What a coordinator calls someone: preferred name, or first name, and surname. */
#define NAME(t) "trim(coalesce(nullif(trim(" t ".preferred_name), ''), " t ".first_name) " \
                "|| ' ' || " t ".last_name)"

/* An arrangement is current on a day from its start up to, not including, its end. */
#define CURRENT(t) "(" t ".start_date <= ?1 AND (" t ".end_date IS NULL OR " t ".end_date > ?1))"

typedef struct
{
  HearthScheme *scheme;
  const char   *today;
  char         *soon;      /* today + HEARTH_REVIEW_DUE_SOON_DAYS */
  char         *expiring;  /* today + HEARTH_EXPIRY_WARNING_DAYS */
  GPtrArray    *items;
  char         *shown;
} Attention;

void
hearth_attention_free (HearthAttention *item)
{
  if (item == NULL)
    return;

  g_free (item->record);
  g_free (item->title);
  g_free (item->detail);
  g_free (item->date);
  g_free (item);
}

const char *
hearth_attention_kind_label (HearthAttentionKind kind)
{
  switch (kind)
    {
    case HEARTH_ATTENTION_REVIEW_OVERDUE:
      return _("Review overdue");
    case HEARTH_ATTENTION_REVIEW_DUE:
      return _("Review due");
    case HEARTH_ATTENTION_RISK_OVERDUE:
      return _("Risk assessment overdue");
    case HEARTH_ATTENTION_ACTION_OVERDUE:
      return _("Review action past due");
    case HEARTH_ATTENTION_DBS:
      return _("DBS renewal");
    case HEARTH_ATTENTION_TRAINING:
      return _("Training expiring");
    case HEARTH_ATTENTION_APPROVAL_REVIEW:
      return _("Approval review due");
    case HEARTH_ATTENTION_TRIAL_STALLED:
      return _("Trial stalled");
    case HEARTH_ATTENTION_EMERGENCY_LIMIT:
      return _("Emergency arrangement near its limit");
    default:
      g_assert_not_reached ();
    }
}

static sqlite3_stmt *
prepare (Attention   *a,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = _hearth_scheme_prepare (a->scheme, sql, error);

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, a->today, -1, SQLITE_STATIC);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_text (stmt, 2, a->soon, -1, SQLITE_STATIC);
  if (sqlite3_bind_parameter_count (stmt) >= 3)
    sqlite3_bind_text (stmt, 3, a->expiring, -1, SQLITE_STATIC);
  return stmt;
}

static const char *
text (sqlite3_stmt *stmt,
      int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

/* The date as a coordinator reads it, kept until the next call. */
static const char *
shown (Attention  *a,
       const char *date)
{
  g_free (a->shown);
  a->shown = hearth_date_to_display (date);
  return a->shown;
}

/* "Overdue since 3 March 2026", "Today", "Due on 3 March 2026": a macro so that the
 * formats stay literals the compiler checks. */
#define WHEN(a, date, past, future) \
  (g_strcmp0 ((date), (a)->today) == 0 ? g_strdup (_("Today")) \
   : g_strcmp0 ((date), (a)->today) < 0 ? g_strdup_printf (past, shown ((a), (date))) \
   : g_strdup_printf (future, shown ((a), (date))))

static void
add_item (Attention           *a,
          HearthAttentionKind  kind,
          const char          *table,
          gint64               id,
          char                *title,
          const char          *date,
          char                *detail)
{
  HearthAttention *item = g_new0 (HearthAttention, 1);

  item->kind = kind;
  item->record = g_strdup_printf ("%s:%lld", table, (long long) id);
  item->title = title;
  item->date = g_strdup (date);
  item->overdue = g_strcmp0 (date, a->today) < 0;
  item->detail = detail;
  g_ptr_array_add (a->items, item);
}

static gboolean
finish_rows (Attention     *a,
             sqlite3_stmt  *stmt,
             int            rc,
             GError       **error)
{
  if (rc == SQLITE_DONE)
    return TRUE;

  _hearth_scheme_set_error (a->scheme, error, rc);
  return FALSE;
}

static gboolean
add_reviews (Attention  *a,
             GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (a,
    "SELECT r.id, r.due_on, " NAME ("p") ", " NAME ("c") " FROM review r"
    " JOIN arrangement a ON a.id = r.arrangement_id"
    " JOIN person p ON p.id = a.person_id JOIN carer c ON c.id = a.carer_id"
    " WHERE r.held_on IS NULL AND a.end_date IS NULL AND r.due_on <= ?2", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *due = text (stmt, 1);

      add_item (a, g_strcmp0 (due, a->today) < 0 ? HEARTH_ATTENTION_REVIEW_OVERDUE
                                                 : HEARTH_ATTENTION_REVIEW_DUE,
                "review", sqlite3_column_int64 (stmt, 0),
                g_strdup_printf (_("Review of %s with %s"), text (stmt, 2), text (stmt, 3)),
                due, WHEN (a, due, _("Overdue since %s"),
                     _("Due on %s")));
    }

  return finish_rows (a, stmt, rc, error);
}

static gboolean
add_risk_assessments (Attention  *a,
                      GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (a,
    "SELECT p.id, p.risk_review_due, " NAME ("p") " FROM person p"
    " WHERE p.archived_at IS NULL AND p.status NOT IN ('moved-on', 'closed')"
    "   AND p.risk_review_due < ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    add_item (a, HEARTH_ATTENTION_RISK_OVERDUE, "person", sqlite3_column_int64 (stmt, 0),
              g_strdup_printf (_("Risk assessment of %s"), text (stmt, 2)),
              text (stmt, 1), WHEN (a, text (stmt, 1), _("Overdue since %s"),
                   _("Due on %s")));

  return finish_rows (a, stmt, rc, error);
}

static gboolean
add_actions (Attention  *a,
             GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (a,
    "SELECT r.id, x.due_on, x.action, x.owner FROM review_action x"
    " JOIN review r ON r.id = x.review_id"
    " WHERE x.done_on IS NULL AND x.due_on < ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    add_item (a, HEARTH_ATTENTION_ACTION_OVERDUE, "review", sqlite3_column_int64 (stmt, 0),
              /* Translators: a review's agreed action and who does it */
              g_strdup_printf (_("%s (%s)"), text (stmt, 2), text (stmt, 3)),
              text (stmt, 1), WHEN (a, text (stmt, 1), _("Past due since %s"),
                   _("Due on %s")));

  return finish_rows (a, stmt, rc, error);
}

/* Each approved carer's latest DBS check; one without an expiry lasts the scheme's
 * renewal period. */
static gboolean
add_dbs (Attention  *a,
         GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (a,
    "SELECT c.id, max(coalesce(k.expires_on, date(k.completed_on, '+' ||"
    "   (SELECT dbs_renewal_years FROM scheme) || ' years'))) AS expiry, " NAME ("c")
    " FROM carer c JOIN carer_check k ON k.carer_id = c.id AND k.kind = 'dbs'"
    "   AND k.archived_at IS NULL"
    " WHERE c.stage = 'approved' AND c.archived_at IS NULL AND ?1 = ?1"
    " GROUP BY c.id HAVING expiry <= ?3", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    add_item (a, HEARTH_ATTENTION_DBS, "carer", sqlite3_column_int64 (stmt, 0),
              g_strdup_printf (_("DBS check of %s"), text (stmt, 2)),
              text (stmt, 1), WHEN (a, text (stmt, 1), _("Expired on %s"),
                   _("Expires on %s")));

  return finish_rows (a, stmt, rc, error);
}

/* Each course's latest completion: an older, expired certificate renewed since is fine. */
static gboolean
add_training (Attention  *a,
              GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (a,
    "SELECT c.id, max(t.expires_on) AS expiry, t.course, " NAME ("c")
    " FROM carer c JOIN training t ON t.carer_id = c.id AND t.archived_at IS NULL"
    " WHERE c.stage = 'approved' AND c.archived_at IS NULL AND ?1 = ?1"
    " GROUP BY c.id, t.course HAVING count(t.expires_on) = count(*) AND expiry <= ?3", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    add_item (a, HEARTH_ATTENTION_TRAINING, "carer", sqlite3_column_int64 (stmt, 0),
              /* Translators: a training course, and the carer who took it */
              g_strdup_printf (_("%s training of %s"), text (stmt, 2), text (stmt, 3)),
              text (stmt, 1), WHEN (a, text (stmt, 1), _("Expired on %s"),
                   _("Expires on %s")));

  return finish_rows (a, stmt, rc, error);
}

static gboolean
add_approval_reviews (Attention  *a,
                      GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (a,
    "SELECT c.id, c.next_approval_review, " NAME ("c") " FROM carer c"
    " WHERE c.stage = 'approved' AND c.archived_at IS NULL AND ?1 = ?1"
    "   AND c.next_approval_review <= ?2", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    add_item (a, HEARTH_ATTENTION_APPROVAL_REVIEW, "carer", sqlite3_column_int64 (stmt, 0),
              g_strdup_printf (_("Approval review of %s"), text (stmt, 2)),
              text (stmt, 1), WHEN (a, text (stmt, 1), _("Overdue since %s"),
                   _("Due on %s")));

  return finish_rows (a, stmt, rc, error);
}

/* A trial has stalled when its stage has not moved for the scheme's stall days; during a
 * trial period, when the planned end has passed without a decision. The date shown is
 * when it became stalled. */
static gboolean
add_stalled_trials (Attention  *a,
                    GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (a,
    "SELECT t.id, CASE WHEN t.stage = 'trial-period' AND t.trial_planned_end IS NOT NULL"
    "   THEN t.trial_planned_end"
    "   ELSE date(t.stage_since, '+' || (SELECT trial_stall_days FROM scheme) || ' days') END"
    "   AS stalled, " NAME ("p") ", " NAME ("c") " FROM trial t"
    " JOIN person p ON p.id = t.person_id JOIN carer c ON c.id = t.carer_id"
    " WHERE t.outcome = 'open' AND stalled < ?1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    add_item (a, HEARTH_ATTENTION_TRIAL_STALLED, "trial", sqlite3_column_int64 (stmt, 0),
              g_strdup_printf (_("Trial of %s with %s"), text (stmt, 2), text (stmt, 3)),
              text (stmt, 1), WHEN (a, text (stmt, 1), _("No step since %s"),
                   _("Stalls on %s")));

  return finish_rows (a, stmt, rc, error);
}

/* The limit is counted in C, as months are everywhere else (hearth-date.c). */
static gboolean
add_emergencies (Attention  *a,
                 GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (a,
    "SELECT a.id, a.start_date, a.planned_end, " NAME ("p") " FROM arrangement a"
    " JOIN person p ON p.id = a.person_id"
    " WHERE a.emergency = 1 AND a.end_date IS NULL AND ?1 = ?1", error);
  HearthReviewPolicy policy;
  int rc;

  if (stmt == NULL)
    return FALSE;

  hearth_review_policy_init_for_scheme (&policy, a->scheme);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *limit = hearth_review_policy_emergency_limit (&policy, text (stmt, 1));
      const char *planned = text (stmt, 2);
      const char *ends = planned != NULL && g_strcmp0 (planned, limit) < 0 ? planned : limit;

      if (g_strcmp0 (ends, a->soon) <= 0)
        add_item (a, HEARTH_ATTENTION_EMERGENCY_LIMIT, "arrangement",
                  sqlite3_column_int64 (stmt, 0),
                  g_strdup_printf (_("Emergency arrangement of %s"), text (stmt, 3)),
                  ends, WHEN (a, ends, _("Past its limit since %s"),
                       _("Must end or become planned by %s")));
    }

  return finish_rows (a, stmt, rc, error);
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const HearthAttention *x = *(HearthAttention **) a;
  const HearthAttention *y = *(HearthAttention **) b;
  int by_date = g_strcmp0 (x->date, y->date);

  if (by_date != 0)
    return by_date;
  if (x->kind != y->kind)
    return (int) x->kind - (int) y->kind;
  return g_strcmp0 (x->record, y->record);
}

/**
 * hearth_dashboard_needs_attention:
 * @today: the date to judge by, YYYY-MM-DD
 *
 * Reviews overdue or due within %HEARTH_REVIEW_DUE_SOON_DAYS, risk assessments overdue,
 * review actions past due, DBS checks and training expiring within
 * %HEARTH_EXPIRY_WARNING_DAYS or expired, approval reviews due, stalled trials, and
 * emergency arrangements near their limit: most pressing (earliest date) first.
 *
 * Returns: (transfer full) (element-type HearthAttention): the items
 */
GPtrArray *
hearth_dashboard_needs_attention (HearthScheme  *scheme,
                                  const char    *today,
                                  GError       **error)
{
  Attention a = { scheme, today, NULL, NULL, NULL, NULL };
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_attention_free);
  gboolean ok;

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);
  g_return_val_if_fail (hearth_date_is_valid (today), NULL);

  a.items = items;
  a.soon = hearth_date_add_days (today, HEARTH_REVIEW_DUE_SOON_DAYS);
  a.expiring = hearth_date_add_days (today, HEARTH_EXPIRY_WARNING_DAYS);
  ok = add_reviews (&a, error) && add_risk_assessments (&a, error) &&
       add_actions (&a, error) && add_dbs (&a, error) && add_training (&a, error) &&
       add_approval_reviews (&a, error) && add_stalled_trials (&a, error) &&
       add_emergencies (&a, error);
  g_free (a.soon);
  g_free (a.expiring);
  g_free (a.shown);

  if (!ok)
    return NULL;

  g_ptr_array_sort (items, compare_items);
  return g_steal_pointer (&items);
}

/* One HearthTally per value of @set, in the set's order, counted by @sql (code, count)
 * with ?1 and ?2 bound to @first and @second. */
GArray *
_hearth_dashboard_tally (HearthScheme    *scheme,
                         HearthValueSet   set,
                         const char      *sql,
                         const char      *first,
                         const char      *second,
                         GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_scheme_prepare (scheme, sql, error);
  g_autoptr(GArray) tallies = g_array_new (FALSE, TRUE, sizeof (HearthTally));
  const HearthValue *values;
  guint n_values;
  int rc;

  if (stmt == NULL)
    return NULL;

  values = hearth_values_get (set, &n_values);
  for (guint i = 0; i < n_values; i++)
    {
      HearthTally t = { values[i].value, 0 };

      g_array_append_val (tallies, t);
    }

  if (sqlite3_bind_parameter_count (stmt) >= 1)
    sqlite3_bind_text (stmt, 1, first, -1, SQLITE_STATIC);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_text (stmt, 2, second, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int i = hearth_values_index (set, (const char *) sqlite3_column_text (stmt, 0));

      if (i >= 0)
        g_array_index (tallies, HearthTally, i).count += sqlite3_column_int64 (stmt, 1);
    }

  if (rc != SQLITE_DONE)
    {
      _hearth_scheme_set_error (scheme, error, rc);
      return NULL;
    }

  return g_steal_pointer (&tallies);
}

/* A place counts once under each type its carer is approved for. */
#define FREE_PLACES(flag, type) \
  "SELECT '" type "', sum(max(0, min(3, c.approved_places) - (SELECT count(*) FROM arrangement a" \
  "  WHERE a.carer_id = c.id AND " CURRENT ("a") "))) FROM carer c" \
  " WHERE c.stage = 'approved' AND c.archived_at IS NULL AND c." flag " = 1"

void
hearth_scheme_today_free (HearthSchemeToday *today)
{
  if (today == NULL)
    return;

  g_clear_pointer (&today->people_by_status, g_array_unref);
  g_clear_pointer (&today->arrangements_by_type, g_array_unref);
  g_clear_pointer (&today->arrangements_by_funding, g_array_unref);
  g_clear_pointer (&today->carers_by_stage, g_array_unref);
  g_clear_pointer (&today->free_places_by_type, g_array_unref);
  g_free (today);
}

gint64
hearth_tally_get (GArray     *tallies,
                  const char *code)
{
  g_return_val_if_fail (tallies != NULL, 0);

  for (guint i = 0; i < tallies->len; i++)
    if (g_strcmp0 (g_array_index (tallies, HearthTally, i).code, code) == 0)
      return g_array_index (tallies, HearthTally, i).count;

  return 0;
}

/**
 * hearth_dashboard_scheme_today:
 *
 * People by status and carers by stage (archived ones left out), arrangements current on
 * @today by type and by funding route, the places approved carers have free by type, and
 * the weekly fees of current arrangements.
 */
HearthSchemeToday *
hearth_dashboard_scheme_today (HearthScheme  *scheme,
                               const char    *today,
                               GError       **error)
{
  g_autoptr(HearthSchemeToday) t = g_new0 (HearthSchemeToday, 1);
  gint64 pence;

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);
  g_return_val_if_fail (hearth_date_is_valid (today), NULL);

  if (!(t->people_by_status = _hearth_dashboard_tally (scheme, HEARTH_VALUES_PERSON_STATUS,
        "SELECT status, count(*) FROM person WHERE archived_at IS NULL GROUP BY status",
        today, NULL, error)) ||
      !(t->arrangements_by_type = _hearth_dashboard_tally (scheme, HEARTH_VALUES_ARRANGEMENT_TYPE,
        "SELECT arrangement_type, count(*) FROM arrangement a WHERE " CURRENT ("a")
        " GROUP BY arrangement_type", today, NULL, error)) ||
      !(t->arrangements_by_funding = _hearth_dashboard_tally (scheme, HEARTH_VALUES_FUNDING_ROUTE,
        "SELECT funding_route, count(*) FROM arrangement a WHERE " CURRENT ("a")
        " GROUP BY funding_route", today, NULL, error)) ||
      !(t->carers_by_stage = _hearth_dashboard_tally (scheme, HEARTH_VALUES_CARER_STAGE,
        "SELECT stage, count(*) FROM carer WHERE archived_at IS NULL GROUP BY stage",
        today, NULL, error)) ||
      !(t->free_places_by_type = _hearth_dashboard_tally (scheme, HEARTH_VALUES_ARRANGEMENT_TYPE,
        FREE_PLACES ("approved_long_term", "long-term")
        " UNION ALL " FREE_PLACES ("approved_short_breaks", "short-breaks")
        " UNION ALL " FREE_PLACES ("approved_day_support", "day-support"), today, NULL, error)))
    return NULL;

  for (guint i = 0; i < t->arrangements_by_type->len; i++)
    t->current_arrangements += g_array_index (t->arrangements_by_type, HearthTally, i).count;

  {
    g_autoptr(sqlite3_stmt) stmt = _hearth_scheme_prepare (scheme,
      "SELECT coalesce(sum(weekly_fee_pence), 0) FROM arrangement a WHERE " CURRENT ("a"),
      error);

    if (stmt == NULL)
      return NULL;
    sqlite3_bind_text (stmt, 1, today, -1, SQLITE_STATIC);
    if (sqlite3_step (stmt) != SQLITE_ROW)
      {
        _hearth_scheme_set_error (scheme, error, sqlite3_errcode (_hearth_scheme_get_db (scheme)));
        return NULL;
      }
    pence = sqlite3_column_int64 (stmt, 0);
  }
  t->weekly_fee_pence = pence;

  if ((t->people_archived = _hearth_scheme_query_int (scheme, "SELECT count(*) FROM person "
                                                      "WHERE archived_at IS NOT NULL", 0, error)) < 0 ||
      (t->carers_archived = _hearth_scheme_query_int (scheme, "SELECT count(*) FROM carer "
                                                      "WHERE archived_at IS NOT NULL", 0, error)) < 0)
    return NULL;

  return g_steal_pointer (&t);
}

/**
 * hearth_dashboard_outcomes:
 * @from: the first day of the range
 * @to: the last day of the range
 *
 * For each outcome area, in order, how many people answered at a review of their
 * arrangement held in the range, and how many said better, no different or worse. A
 * person reviewed twice in the range counts once, by their latest answer.
 *
 * Returns: (transfer full) (element-type HearthOutcomeShare): the shares
 */
GArray *
hearth_dashboard_outcomes (HearthScheme  *scheme,
                           const char    *from,
                           const char    *to,
                           GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) shares = g_array_new (FALSE, TRUE, sizeof (HearthOutcomeShare));
  const HearthValue *areas;
  guint n_areas;
  int rc;

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);

  stmt = _hearth_scheme_prepare (scheme,
    "WITH answers AS (SELECT o.area, o.answer, row_number () OVER"
    "   (PARTITION BY a.person_id, o.area ORDER BY r.held_on DESC, r.id DESC) AS latest"
    "   FROM review_outcome o JOIN review r ON r.id = o.review_id"
    "   JOIN arrangement a ON a.id = r.arrangement_id"
    "   WHERE r.held_on BETWEEN ?1 AND ?2)"
    " SELECT area, count(*), sum(answer = 'better'), sum(answer = 'no-different'),"
    "   sum(answer = 'worse') FROM answers WHERE latest = 1 GROUP BY area", error);
  if (stmt == NULL)
    return NULL;

  areas = hearth_values_get (HEARTH_VALUES_OUTCOME_AREA, &n_areas);
  for (guint i = 0; i < n_areas; i++)
    {
      HearthOutcomeShare share = { areas[i].value, 0, 0, 0, 0 };

      g_array_append_val (shares, share);
    }

  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int i = hearth_values_index (HEARTH_VALUES_OUTCOME_AREA,
                                   (const char *) sqlite3_column_text (stmt, 0));
      HearthOutcomeShare *share;

      if (i < 0)
        continue;
      share = &g_array_index (shares, HearthOutcomeShare, i);
      share->answered = sqlite3_column_int64 (stmt, 1);
      share->better = sqlite3_column_int64 (stmt, 2);
      share->no_different = sqlite3_column_int64 (stmt, 3);
      share->worse = sqlite3_column_int64 (stmt, 4);
    }

  if (rc != SQLITE_DONE)
    {
      _hearth_scheme_set_error (scheme, error, rc);
      return NULL;
    }

  return g_steal_pointer (&shares);
}

/* The share who said better, rounded to a whole percent; 0 when nobody answered. */
int
hearth_outcome_share_percent (const HearthOutcomeShare *share)
{
  g_return_val_if_fail (share != NULL, 0);

  if (share->answered == 0)
    return 0;

  return (int) ((share->better * 100 + share->answered / 2) / share->answered);
}
