/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-recruitment-summary.c: the recruitment summary. Its cohort is every carer whose
 * enquiry date falls in the range (archived ones too: an enquiry happened); how far each
 * got is read from their stage history up to today, so a carer who enquired in March and
 * was approved in July counts as approved for March. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "hearth-csv.h"
#include "hearth-date.h"
#include "hearth-error.h"
#include "hearth-recruitment-summary.h"
#include "hearth-scheme-private.h"
#include "hearth-values.h"

/* One row per carer of the cohort: their source, every stage they moved to (the furthest
 * of the flow is worked out in C, from the flow's one order), whether they are out now,
 * and the day they were first approved. */
static const char cohort_sql[] =
  "SELECT c.id, coalesce(s.name, ''), c.enquiry_date, c.stage,"
  "  (SELECT group_concat(DISTINCT sc.to_stage) FROM carer_stage_change sc"
  "    WHERE sc.carer_id = c.id),"
  "  (SELECT min(sc.changed_on) FROM carer_stage_change sc"
  "    WHERE sc.carer_id = c.id AND sc.to_stage = 'approved')"
  " FROM carer c LEFT JOIN enquiry_source s ON s.id = c.enquiry_source_id"
  " WHERE c.enquiry_date BETWEEN ?1 AND ?2 ORDER BY c.id";

/* The furthest stage of the flow among @stages, comma-separated; an ended approval was
 * an approval first. Enquiry when none is in the flow. */
static int
furthest_stage (const char *stages)
{
  g_auto(GStrv) each = g_strsplit (stages != NULL ? stages : "", ",", -1);
  int furthest = 0;

  for (guint i = 0; each[i] != NULL; i++)
    {
      int k = g_str_equal (each[i], "approval-ended")
              ? HEARTH_RECRUITMENT_N_STAGES - 1
              : hearth_recruitment_stage_position (each[i]);

      furthest = MAX (furthest, k);
    }

  return furthest;
}

static void
source_figures_free (HearthSourceFigures *figures)
{
  g_free (figures->source);
  g_free (figures);
}

static HearthSourceFigures *
find_source (GPtrArray  *sources,
             const char *name)
{
  HearthSourceFigures *figures;

  for (guint i = 0; i < sources->len; i++)
    {
      figures = g_ptr_array_index (sources, i);
      if (g_str_equal (figures->source, name))
        return figures;
    }

  figures = g_new0 (HearthSourceFigures, 1);
  figures->source = g_strdup (name);
  g_ptr_array_add (sources, figures);
  return figures;
}

static void
count_carer (HearthRecruitmentSummary *summary,
             GArray                   *days,
             sqlite3_stmt             *stmt)
{
  const char *source = (const char *) sqlite3_column_text (stmt, 1);
  const char *enquiry = (const char *) sqlite3_column_text (stmt, 2);
  const char *stage = (const char *) sqlite3_column_text (stmt, 3);
  int furthest = furthest_stage ((const char *) sqlite3_column_text (stmt, 4));
  const char *approved_on = (const char *) sqlite3_column_text (stmt, 5);
  HearthSourceFigures *figures = find_source (summary->sources,
                                              *source != '\0' ? source : _("Not recorded"));

  summary->enquiries++;
  figures->enquiries++;
  for (int k = 0; k <= furthest; k++)
    summary->reached[k]++;

  if (approved_on != NULL)
    {
      int span = hearth_date_days_between (enquiry, approved_on);

      summary->approved++;
      figures->approved++;
      g_array_append_val (days, span);
    }
  else if (g_strcmp0 (stage, "withdrawn") == 0 || g_strcmp0 (stage, "declined") == 0)
    summary->dropped[furthest]++;
}

static int
compare_int (gconstpointer a,
             gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

static int
compare_sources (gconstpointer a,
                 gconstpointer b)
{
  const HearthSourceFigures *x = *(HearthSourceFigures **) a;
  const HearthSourceFigures *y = *(HearthSourceFigures **) b;

  if (x->enquiries != y->enquiries)
    return x->enquiries > y->enquiries ? -1 : 1;
  return g_utf8_collate (x->source, y->source);
}

static void
finish_summary (HearthRecruitmentSummary *summary,
                GArray                   *days)
{
  guint most = 0;

  summary->median_days = -1;
  if (days->len > 0)
    {
      const int *d = (const int *) days->data;

      g_array_sort (days, compare_int);
      summary->median_days = days->len % 2 == 1
                             ? d[days->len / 2]
                             : (d[days->len / 2 - 1] + d[days->len / 2]) / 2.0;
    }

  /* The earliest stage wins a tie: losing people sooner costs the scheme less effort. */
  summary->most_dropped = -1;
  for (int k = 0; k < HEARTH_RECRUITMENT_N_STAGES; k++)
    if (summary->dropped[k] > most)
      {
        most = summary->dropped[k];
        summary->most_dropped = k;
      }

  g_ptr_array_sort (summary->sources, compare_sources);
}

/**
 * hearth_scheme_recruitment_summary:
 * @from: the first day of the range
 * @to: the last day of the range, included
 *
 * Returns: (transfer full): the figures for the enquiries made from @from to @to
 */
HearthRecruitmentSummary *
hearth_scheme_recruitment_summary (HearthScheme  *self,
                                   const char    *from,
                                   const char    *to,
                                   GError       **error)
{
  g_autoptr(HearthRecruitmentSummary) summary = NULL;
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);

  if (!hearth_date_is_valid (from) || !hearth_date_is_valid (to))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("Give the range as two dates, like 2026-01-01 and 2026-03-31."));
      return NULL;
    }
  if (g_strcmp0 (from, to) > 0)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("The range starts after it ends."));
      return NULL;
    }

  if (!(stmt = _hearth_scheme_prepare (self, cohort_sql, error)))
    return NULL;
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_TRANSIENT);

  summary = g_new0 (HearthRecruitmentSummary, 1);
  summary->from = g_strdup (from);
  summary->to = g_strdup (to);
  summary->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) source_figures_free);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    count_carer (summary, days, stmt);
  if (rc != SQLITE_DONE)
    {
      _hearth_scheme_set_error (self, error, rc);
      return NULL;
    }

  finish_summary (summary, days);
  return g_steal_pointer (&summary);
}

/**
 * hearth_source_figures_conversion:
 *
 * Returns: the share of enquiries from this source that led to approval, in percent
 */
double
hearth_source_figures_conversion (const HearthSourceFigures *figures)
{
  g_return_val_if_fail (figures != NULL, 0);

  return figures->enquiries > 0 ? 100.0 * figures->approved / figures->enquiries : 0;
}

static void
append_row (GString    *csv,
            const char *measure,
            const char *group,
            const char *value)
{
  hearth_csv_append_field (csv, measure);
  g_string_append_c (csv, ',');
  hearth_csv_append_field (csv, group);
  g_string_append_c (csv, ',');
  hearth_csv_append_field (csv, value);
  g_string_append (csv, "\r\n");
}

static void
append_count (GString    *csv,
              const char *measure,
              const char *group,
              double      value,
              int         decimals)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, decimals == 0 ? "%.0f" : "%.1f", value);
  append_row (csv, measure, group, buffer);
}

/**
 * hearth_recruitment_summary_to_csv:
 *
 * The summary as CSV (RFC 4180, CRLF line ends), one figure a row: measure, group, value.
 */
char *
hearth_recruitment_summary_to_csv (const HearthRecruitmentSummary *summary)
{
  GString *csv = g_string_new (NULL);

  g_return_val_if_fail (summary != NULL, NULL);

  append_row (csv, _("Measure"), _("Group"), _("Value"));
  append_row (csv, _("From"), "", summary->from);
  append_row (csv, _("To"), "", summary->to);
  append_count (csv, _("Enquiries"), _("All sources"), summary->enquiries, 0);
  append_count (csv, _("Approved"), _("All sources"), summary->approved, 0);
  for (guint i = 0; i < summary->sources->len; i++)
    {
      const HearthSourceFigures *f = g_ptr_array_index (summary->sources, i);

      append_count (csv, _("Enquiries"), f->source, f->enquiries, 0);
      append_count (csv, _("Approved"), f->source, f->approved, 0);
      append_count (csv, _("Conversion (%)"), f->source, hearth_source_figures_conversion (f), 1);
    }
  for (guint k = 0; k < HEARTH_RECRUITMENT_N_STAGES; k++)
    {
      const char *stage = hearth_recruitment_stage_label (hearth_recruitment_stage (k));

      append_count (csv, _("Reached stage"), stage, summary->reached[k], 0);
      append_count (csv, _("Dropped out at stage"), stage, summary->dropped[k], 0);
    }
  if (summary->median_days >= 0)
    append_count (csv, _("Median days from enquiry to approval"), "", summary->median_days, 1);
  if (summary->most_dropped >= 0)
    {
      const char *most = hearth_recruitment_stage ((guint) summary->most_dropped);

      append_count (csv, _("Stage with most drop-outs"), hearth_recruitment_stage_label (most),
                    summary->dropped[summary->most_dropped], 0);
    }

  return g_string_free (csv, FALSE);
}

void
hearth_recruitment_summary_free (HearthRecruitmentSummary *summary)
{
  if (summary == NULL)
    return;

  g_free (summary->from);
  g_free (summary->to);
  g_clear_pointer (&summary->sources, g_ptr_array_unref);
  g_free (summary);
}
