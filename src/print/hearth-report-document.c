/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-report-document.c: the scheme report laid out for an inspector or a commissioner:
 * the scheme on the last day, recruitment, arrangements started and ended, reviews held on
 * time and late, and what people said about their lives. */

#define G_LOG_DOMAIN "hearth-report-document"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-report-document.h"

static void
add_count (HearthDocument *doc,
           const char     *label,
           gint64          value)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, value);

  hearth_document_add_field (doc, label, text);
}

static void
add_tallies (HearthDocument *doc,
             HearthValueSet  set,
             GArray         *tallies)
{
  for (guint i = 0; i < tallies->len; i++)
    {
      HearthTally *t = &g_array_index (tallies, HearthTally, i);

      add_count (doc, hearth_values_label (set, t->code), t->count);
    }
}

static void
add_today (HearthDocument     *doc,
           HearthSchemeReport *r)
{
  g_autofree char *on = hearth_date_to_display (r->to);
  g_autofree char *heading = g_strdup_printf (_("The scheme on %s"), on);
  g_autofree char *fees = hearth_money_format (r->at_end->weekly_fee_pence);

  hearth_document_add_heading (doc, heading);
  hearth_document_add_subtitle (doc, _("People by status"));
  add_tallies (doc, HEARTH_VALUES_PERSON_STATUS, r->at_end->people_by_status);
  add_count (doc, _("Archived"), r->at_end->people_archived);
  hearth_document_add_subtitle (doc, _("Current arrangements by type"));
  add_tallies (doc, HEARTH_VALUES_ARRANGEMENT_TYPE, r->at_end->arrangements_by_type);
  hearth_document_add_subtitle (doc, _("Current arrangements by funding"));
  add_tallies (doc, HEARTH_VALUES_FUNDING_ROUTE, r->at_end->arrangements_by_funding);
  hearth_document_add_subtitle (doc, _("Carers by stage"));
  add_tallies (doc, HEARTH_VALUES_CARER_STAGE, r->at_end->carers_by_stage);
  add_count (doc, _("Archived"), r->at_end->carers_archived);
  hearth_document_add_subtitle (doc, _("Free places by type"));
  add_tallies (doc, HEARTH_VALUES_ARRANGEMENT_TYPE, r->at_end->free_places_by_type);
  hearth_document_add_field (doc, _("Weekly fees of current arrangements"), fees);
}

static void
add_recruitment (HearthDocument     *doc,
                 HearthSchemeReport *r)
{
  hearth_document_add_heading (doc, _("Recruitment"));
  add_count (doc, _("Enquiries"), r->enquiries);
  for (guint i = 0; i < r->enquiries_by_source->len; i++)
    {
      HearthSourceCount *c = &g_array_index (r->enquiries_by_source, HearthSourceCount, i);
      g_autofree char *label = g_strdup_printf (_("From: %s"), c->name);

      add_count (doc, label, c->count);
    }
  add_count (doc, _("Approved by panel"), r->approved);
  add_count (doc, _("Withdrew"), r->withdrawn);
  add_count (doc, _("Declined"), r->declined);
}

static void
add_arrangements (HearthDocument     *doc,
                  HearthSchemeReport *r)
{
  hearth_document_add_heading (doc, _("Arrangements"));
  add_count (doc, _("Started"), r->started);
  add_tallies (doc, HEARTH_VALUES_ARRANGEMENT_TYPE, r->started_by_type);
  hearth_document_add_subtitle (doc, _("Ended, and why"));
  add_count (doc, _("Ended"), r->ended);
  for (guint i = 0; i < r->ended_by_reason->len; i++)
    {
      HearthTally *t = &g_array_index (r->ended_by_reason, HearthTally, i);

      if (t->count > 0)
        add_count (doc, hearth_values_label (HEARTH_VALUES_END_REASON, t->code), t->count);
    }
}

static void
add_reviews (HearthDocument     *doc,
             HearthSchemeReport *r)
{
  g_autofree char *to = hearth_date_to_display (r->to);
  g_autofree char *overdue = g_strdup_printf (_("Overdue on %s"), to);

  hearth_document_add_heading (doc, _("Reviews"));
  add_count (doc, _("Held on time"), r->reviews_on_time);
  add_count (doc, _("Held late"), r->reviews_late);
  add_count (doc, overdue, r->reviews_overdue);
}

static void
add_outcomes (HearthDocument     *doc,
              HearthSchemeReport *r)
{
  hearth_document_add_heading (doc, _("Outcomes"));
  hearth_document_add_paragraph (doc, _("At their reviews, people said whether living with "
                                        "Shared Lives made each area of their life better, no "
                                        "different or worse. Each person counts once, by their "
                                        "latest answer in the period."));
  for (guint i = 0; i < r->outcomes->len; i++)
    {
      HearthOutcomeShare *s = &g_array_index (r->outcomes, HearthOutcomeShare, i);
      g_autofree char *text = s->answered == 0
        ? g_strdup (_("No answers"))
        : g_strdup_printf (_("%d%% better (%" G_GINT64_FORMAT " of %" G_GINT64_FORMAT
                             "; %" G_GINT64_FORMAT " no different, %" G_GINT64_FORMAT " worse)"),
                           hearth_outcome_share_percent (s), s->better, s->answered,
                           s->no_different, s->worse);

      hearth_document_add_field (doc, hearth_values_label (HEARTH_VALUES_OUTCOME_AREA, s->area), text);
    }
}

HearthDocument *
hearth_report_document_new (HearthSchemeReport *report)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *subtitle = NULL;
  HearthDocument *doc;

  g_return_val_if_fail (report != NULL, NULL);

  from = hearth_date_to_display (report->from);
  to = hearth_date_to_display (report->to);
  doc = hearth_document_new (report->scheme_name);
  /* Translators: the period a scheme report covers */
  subtitle = g_strdup_printf (_("Scheme report, %s to %s"), from, to);
  hearth_document_add_subtitle (doc, subtitle);
  hearth_document_set_footer (doc, subtitle);

  add_today (doc, report);
  add_recruitment (doc, report);
  add_arrangements (doc, report);
  add_reviews (doc, report);
  add_outcomes (doc, report);
  return doc;
}
