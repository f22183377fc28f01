/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-scheme-report.c: the scheme report's figures, each one query over the scheme file,
 * so that anyone can check them against their own queries. Ranges include both ends. */

#define G_LOG_DOMAIN "hearth-scheme-report"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-dashboard-private.h"
#include "hearth-date.h"
#include "hearth-error.h"
#include "hearth-scheme-private.h"

#include "hearth-scheme-report.h"

static void
source_count_clear (gpointer data)
{
  g_free (((HearthSourceCount *) data)->name);
}

void
hearth_scheme_report_free (HearthSchemeReport *report)
{
  if (report == NULL)
    return;

  g_free (report->from);
  g_free (report->to);
  g_free (report->scheme_name);
  g_clear_pointer (&report->at_end, hearth_scheme_today_free);
  g_clear_pointer (&report->enquiries_by_source, g_array_unref);
  g_clear_pointer (&report->started_by_type, g_array_unref);
  g_clear_pointer (&report->ended_by_reason, g_array_unref);
  g_clear_pointer (&report->outcomes, g_array_unref);
  g_free (report);
}

/* One number from @sql with ?1 and ?2 the range; -1 on error. */
static gint64
count (HearthScheme        *scheme,
       HearthSchemeReport  *r,
       const char          *sql,
       GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_scheme_prepare (scheme, sql, error);
  int rc;

  if (stmt == NULL)
    return -1;

  sqlite3_bind_text (stmt, 1, r->from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, r->to, -1, SQLITE_STATIC);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);

  _hearth_scheme_set_error (scheme, error, rc);
  return -1;
}

static gboolean
count_sources (HearthScheme        *scheme,
               HearthSchemeReport  *r,
               GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_scheme_prepare (scheme,
    "SELECT s.name, count(*) FROM carer c LEFT JOIN enquiry_source s ON s.id = c.enquiry_source_id"
    " WHERE c.enquiry_date BETWEEN ?1 AND ?2 GROUP BY s.name ORDER BY 2 DESC, 1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  r->enquiries_by_source = g_array_new (FALSE, TRUE, sizeof (HearthSourceCount));
  g_array_set_clear_func (r->enquiries_by_source, source_count_clear);
  sqlite3_bind_text (stmt, 1, r->from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, r->to, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);
      HearthSourceCount c = { g_strdup (name != NULL ? name : _("Not recorded")),
                              sqlite3_column_int64 (stmt, 1) };

      g_array_append_val (r->enquiries_by_source, c);
    }

  if (rc == SQLITE_DONE)
    return TRUE;

  _hearth_scheme_set_error (scheme, error, rc);
  return FALSE;
}

static gint64
total (GArray *tallies)
{
  gint64 sum = 0;

  for (guint i = 0; i < tallies->len; i++)
    sum += g_array_index (tallies, HearthTally, i).count;

  return sum;
}

#define STAGE_REACHED(stage) \
  "SELECT count(DISTINCT carer_id) FROM carer_stage_change WHERE to_stage = '" stage "'" \
  " AND changed_on BETWEEN ?1 AND ?2"

static gboolean
count_recruitment (HearthScheme        *scheme,
                   HearthSchemeReport  *r,
                   GError             **error)
{
  return (r->enquiries = count (scheme, r, "SELECT count(*) FROM carer"
                                " WHERE enquiry_date BETWEEN ?1 AND ?2", error)) >= 0 &&
         count_sources (scheme, r, error) &&
         (r->approved = count (scheme, r, STAGE_REACHED ("approved"), error)) >= 0 &&
         (r->withdrawn = count (scheme, r, STAGE_REACHED ("withdrawn"), error)) >= 0 &&
         (r->declined = count (scheme, r, STAGE_REACHED ("declined"), error)) >= 0;
}

static gboolean
count_arrangements (HearthScheme        *scheme,
                    HearthSchemeReport  *r,
                    GError             **error)
{
  if (!(r->started_by_type = _hearth_dashboard_tally (scheme, HEARTH_VALUES_ARRANGEMENT_TYPE,
        "SELECT arrangement_type, count(*) FROM arrangement WHERE start_date BETWEEN ?1 AND ?2"
        " GROUP BY arrangement_type", r->from, r->to, error)) ||
      !(r->ended_by_reason = _hearth_dashboard_tally (scheme, HEARTH_VALUES_END_REASON,
        "SELECT end_reason, count(*) FROM arrangement WHERE end_date BETWEEN ?1 AND ?2"
        " GROUP BY end_reason", r->from, r->to, error)))
    return FALSE;

  r->started = total (r->started_by_type);
  r->ended = total (r->ended_by_reason);
  return TRUE;
}

/* Late is held after the day it was due; overdue is due before @to and not held by then,
 * while the arrangement was still running. */
static gboolean
count_reviews (HearthScheme        *scheme,
               HearthSchemeReport  *r,
               GError             **error)
{
  return (r->reviews_on_time = count (scheme, r, "SELECT count(*) FROM review"
                                      " WHERE held_on BETWEEN ?1 AND ?2 AND held_on <= due_on",
                                      error)) >= 0 &&
         (r->reviews_late = count (scheme, r, "SELECT count(*) FROM review"
                                   " WHERE held_on BETWEEN ?1 AND ?2 AND held_on > due_on",
                                   error)) >= 0 &&
         (r->reviews_overdue = count (scheme, r, "SELECT count(*) FROM review r"
                                      " JOIN arrangement a ON a.id = r.arrangement_id"
                                      " WHERE r.due_on < ?2 AND ?1 = ?1"
                                      "   AND (r.held_on IS NULL OR r.held_on > ?2)"
                                      "   AND (a.end_date IS NULL OR a.end_date > ?2)",
                                      error)) >= 0;
}

/**
 * hearth_scheme_report_new:
 * @from: the first day of the range, YYYY-MM-DD
 * @to: the last day, on or after @from
 */
HearthSchemeReport *
hearth_scheme_report_new (HearthScheme  *scheme,
                          const char    *from,
                          const char    *to,
                          GError       **error)
{
  g_autoptr(HearthSchemeReport) r = NULL;

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);

  if (!hearth_date_is_valid (from) || !hearth_date_is_valid (to))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("A report needs the first and last days it covers, such as 2026-04-01 "
                     "and 2027-03-31."));
      return NULL;
    }

  if (g_strcmp0 (from, to) > 0)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("The report’s first day, %s, comes after its last, %s."), from, to);
      return NULL;
    }

  r = g_new0 (HearthSchemeReport, 1);
  r->from = g_strdup (from);
  r->to = g_strdup (to);
  r->scheme_name = g_strdup (hearth_scheme_get_name (scheme));

  if (!(r->at_end = hearth_dashboard_scheme_today (scheme, to, error)) ||
      !count_recruitment (scheme, r, error) ||
      !count_arrangements (scheme, r, error) ||
      !count_reviews (scheme, r, error) ||
      !(r->outcomes = hearth_dashboard_outcomes (scheme, from, to, error)))
    return NULL;

  return g_steal_pointer (&r);
}
