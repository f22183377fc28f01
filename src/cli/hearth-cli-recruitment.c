/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-cli-recruitment.c: the recruitment summary, panels and their decisions, approval
 * reviews, stage targets and what falls due for approved carers, from the command line. */

#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "hearth-cli-private.h"

static char *
format_percent (double value)
{
  return g_strdup_printf ("%.1f%%", value);
}

static void
print_summary_json (const HearthRecruitmentSummary *summary)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "from");
  json_builder_add_string_value (b, summary->from);
  json_builder_set_member_name (b, "to");
  json_builder_add_string_value (b, summary->to);
  json_builder_set_member_name (b, "enquiries");
  json_builder_add_int_value (b, summary->enquiries);
  json_builder_set_member_name (b, "approved");
  json_builder_add_int_value (b, summary->approved);

  json_builder_set_member_name (b, "sources");
  json_builder_begin_array (b);
  for (guint i = 0; i < summary->sources->len; i++)
    {
      const HearthSourceFigures *f = g_ptr_array_index (summary->sources, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "source");
      json_builder_add_string_value (b, f->source);
      json_builder_set_member_name (b, "enquiries");
      json_builder_add_int_value (b, f->enquiries);
      json_builder_set_member_name (b, "approved");
      json_builder_add_int_value (b, f->approved);
      json_builder_set_member_name (b, "conversion_percent");
      json_builder_add_double_value (b, hearth_source_figures_conversion (f));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "stages");
  json_builder_begin_array (b);
  for (guint k = 0; k < HEARTH_RECRUITMENT_N_STAGES; k++)
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "stage");
      json_builder_add_string_value (b, hearth_recruitment_stage (k));
      json_builder_set_member_name (b, "reached");
      json_builder_add_int_value (b, summary->reached[k]);
      json_builder_set_member_name (b, "dropped_out");
      json_builder_add_int_value (b, summary->dropped[k]);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "median_days_enquiry_to_approval");
  if (summary->median_days >= 0)
    json_builder_add_double_value (b, summary->median_days);
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "most_drop_outs_at");
  if (summary->most_dropped >= 0)
    json_builder_add_string_value (b, hearth_recruitment_stage (summary->most_dropped));
  else
    json_builder_add_null_value (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  hearth_cli_print_json (root);
}

static void
print_summary (const HearthRecruitmentSummary *summary)
{
  g_autoptr(HearthCliTable) sources = NULL;
  g_autoptr(HearthCliTable) stages = NULL;

  g_print (_("Enquiries from %s to %s: %u, of whom %u approved\n\n"),
           summary->from, summary->to, summary->enquiries, summary->approved);

  sources = hearth_cli_table_new (_("Source"), _("Enquiries"), _("Approved"), _("Conversion"),
                                  NULL);
  for (guint i = 0; i < summary->sources->len; i++)
    {
      const HearthSourceFigures *f = g_ptr_array_index (summary->sources, i);
      g_autofree char *n = g_strdup_printf ("%u", f->enquiries);
      g_autofree char *a = g_strdup_printf ("%u", f->approved);
      g_autofree char *c = format_percent (hearth_source_figures_conversion (f));

      hearth_cli_table_add_row (sources, f->source, n, a, c, NULL);
    }
  hearth_cli_table_print (sources);

  g_print ("\n");
  stages = hearth_cli_table_new (_("Stage"), _("Reached"), _("Dropped out"), NULL);
  for (guint k = 0; k < HEARTH_RECRUITMENT_N_STAGES; k++)
    {
      g_autofree char *r = g_strdup_printf ("%u", summary->reached[k]);
      g_autofree char *d = g_strdup_printf ("%u", summary->dropped[k]);

      hearth_cli_table_add_row (stages,
                                hearth_values_label (HEARTH_VALUES_CARER_STAGE,
                                                     hearth_recruitment_stage (k)),
                                r, d, NULL);
    }
  hearth_cli_table_print (stages);

  g_print ("\n");
  if (summary->median_days >= 0)
    g_print (_("Median days from enquiry to approval: %.1f\n"), summary->median_days);
  else
    g_print (_("Median days from enquiry to approval: nobody approved yet\n"));
  if (summary->most_dropped >= 0)
    g_print (_("Most drop-outs at: %s (%u)\n"),
             hearth_values_label (HEARTH_VALUES_CARER_STAGE,
                                  hearth_recruitment_stage (summary->most_dropped)),
             summary->dropped[summary->most_dropped]);
  else
    g_print (_("Most drop-outs at: nobody dropped out\n"));
}

int
hearth_cli_recruitment (const HearthCliCommand *command,
                        int                     argc,
                        char                  **argv)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  gboolean json = FALSE, csv = FALSE;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("The first day of enquiries"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("The last day of enquiries (included)"),
      N_("DATE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv, N_("Print CSV, one figure a row"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthRecruitmentSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      (status = hearth_cli_require (command, from, "--from")) != HEARTH_CLI_OK ||
      (status = hearth_cli_require (command, to, "--to")) != HEARTH_CLI_OK)
    return status;
  if (json && csv)
    return hearth_cli_usage_error (command, _("Choose --json or --csv, not both."));
  if (!(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  if (!(summary = hearth_scheme_recruitment_summary (scheme, from, to, &error)))
    return hearth_cli_refused (error);

  if (json)
    print_summary_json (summary);
  else if (csv)
    {
      g_autofree char *text = hearth_recruitment_summary_to_csv (summary);

      fputs (text, stdout);
    }
  else
    print_summary (summary);
  return HEARTH_CLI_OK;
}

int
hearth_cli_add_panel (const HearthCliCommand *command,
                      int                     argc,
                      char                  **argv)
{
  g_autofree char *on = NULL;
  g_autofree char *chair = NULL;
  const GOptionEntry entries[] = {
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, N_("The panel’s date"), N_("DATE") },
    { "chair", 0, 0, G_OPTION_ARG_STRING, &chair, N_("Who chairs it"), N_("NAME") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthPanel) panel = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      (status = hearth_cli_require (command, on, "--on")) != HEARTH_CLI_OK ||
      !(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  if (!(panel = hearth_scheme_schedule_panel (scheme, on, chair, &error)))
    return hearth_cli_refused (error);

  g_print ("%" G_GINT64_FORMAT "\n", hearth_record_get_id (HEARTH_RECORD (panel)));
  return HEARTH_CLI_OK;
}

int
hearth_cli_add_to_panel (const HearthCliCommand *command,
                         int                     argc,
                         char                  **argv)
{
  gint64 panel_id = 0, carer_id = 0;
  const GOptionEntry entries[] = {
    { "panel", 0, 0, G_OPTION_ARG_INT64, &panel_id, N_("The panel’s number"), N_("ID") },
    { "carer", 0, 0, G_OPTION_ARG_INT64, &carer_id, N_("The carer’s number"), N_("ID") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthRecord) panel = NULL;
  g_autoptr(HearthRecord) carer = NULL;
  g_autoptr(HearthPanelDecision) decision = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      (status = hearth_cli_require_id (command, panel_id, "--panel")) != HEARTH_CLI_OK ||
      (status = hearth_cli_require_id (command, carer_id, "--carer")) != HEARTH_CLI_OK ||
      !(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  if (!(panel = hearth_cli_load (scheme, HEARTH_TYPE_PANEL, panel_id, &error)) ||
      !(carer = hearth_cli_load (scheme, HEARTH_TYPE_CARER, carer_id, &error)) ||
      !(decision = hearth_scheme_add_to_panel (scheme, HEARTH_PANEL (panel), HEARTH_CARER (carer),
                                               &error)))
    return hearth_cli_refused (error);

  g_print ("%" G_GINT64_FORMAT "\n", hearth_record_get_id (HEARTH_RECORD (decision)));
  return HEARTH_CLI_OK;
}

/* The pending decision for a carer at a panel. */
static HearthPanelDecision *
find_decision (HearthScheme  *scheme,
               gint64         panel_id,
               gint64         carer_id,
               GError       **error)
{
  g_autoptr(GPtrArray) decisions = hearth_scheme_load_related (scheme, HEARTH_TYPE_PANEL_DECISION,
                                                               "panel-id", panel_id, error);

  if (decisions == NULL)
    return NULL;
  for (guint i = 0; i < decisions->len; i++)
    {
      HearthPanelDecision *d = g_ptr_array_index (decisions, i);

      if (hearth_panel_decision_get_carer_id (d) == carer_id)
        return g_object_ref (d);
    }

  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND,
               _("This carer is not on that panel’s list; add them with add-to-panel."));
  return NULL;
}

int
hearth_cli_decide_panel (const HearthCliCommand *command,
                         int                     argc,
                         char                  **argv)
{
  gint64 panel_id = 0, carer_id = 0;
  int places = 0;
  HearthApprovalTerms terms = { 0, };
  g_autofree char *decision = NULL;
  g_autofree char *reasons = NULL;
  const GOptionEntry entries[] = {
    { "panel", 0, 0, G_OPTION_ARG_INT64, &panel_id, N_("The panel’s number"), N_("ID") },
    { "carer", 0, 0, G_OPTION_ARG_INT64, &carer_id, N_("The carer’s number"), N_("ID") },
    { "decision", 0, 0, G_OPTION_ARG_STRING, &decision,
      N_("approved, deferred or not-approved"), N_("DECISION") },
    { "reasons", 0, 0, G_OPTION_ARG_STRING, &reasons, N_("The panel’s reasons"), N_("TEXT") },
    { "places", 0, 0, G_OPTION_ARG_INT, &places, N_("How many people at once: 1, 2 or 3"),
      N_("N") },
    { "long-term", 0, 0, G_OPTION_ARG_NONE, &terms.long_term, N_("Approved for long-term"), NULL },
    { "short-breaks", 0, 0, G_OPTION_ARG_NONE, &terms.short_breaks,
      N_("Approved for short breaks"), NULL },
    { "day-support", 0, 0, G_OPTION_ARG_NONE, &terms.day_support,
      N_("Approved for day support"), NULL },
    { "emergency", 0, 0, G_OPTION_ARG_NONE, &terms.emergency,
      N_("Approved and trained for emergency placements"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthPanelDecision) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      (status = hearth_cli_require_id (command, panel_id, "--panel")) != HEARTH_CLI_OK ||
      (status = hearth_cli_require_id (command, carer_id, "--carer")) != HEARTH_CLI_OK ||
      (status = hearth_cli_require (command, decision, "--decision")) != HEARTH_CLI_OK ||
      !(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  terms.places = places;
  if (!(found = find_decision (scheme, panel_id, carer_id, &error)) ||
      !hearth_scheme_decide_panel (scheme, found, decision,
                                   g_str_equal (decision, "approved") ? &terms : NULL,
                                   reasons, &error))
    return hearth_cli_refused (error);

  name = hearth_cli_dup_name_of (scheme, HEARTH_TYPE_CARER, carer_id);
  g_print (_("The panel’s decision on %s is recorded: %s.\n"), name,
           hearth_values_label (HEARTH_VALUES_DECISION, decision));
  return HEARTH_CLI_OK;
}

int
hearth_cli_review_approval (const HearthCliCommand *command,
                            int                     argc,
                            char                  **argv)
{
  gint64 id = 0;
  int places = 0;
  HearthApprovalTerms terms = { 0, };
  g_autofree char *on = NULL;
  g_autofree char *reviewer = NULL;
  g_autofree char *outcome = NULL;
  g_autofree char *notes = NULL;
  const GOptionEntry entries[] = {
    { "carer", 0, 0, G_OPTION_ARG_INT64, &id, N_("The carer’s number"), N_("ID") },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, N_("When it was held (default today)"), N_("DATE") },
    { "reviewer", 0, 0, G_OPTION_ARG_STRING, &reviewer, N_("Who reviewed"), N_("NAME") },
    { "outcome", 0, 0, G_OPTION_ARG_STRING, &outcome,
      N_("continue, change-terms or end-approval"), N_("OUTCOME") },
    { "notes", 0, 0, G_OPTION_ARG_STRING, &notes,
      N_("What was agreed; why, when approval ends"), N_("TEXT") },
    { "places", 0, 0, G_OPTION_ARG_INT, &places, N_("New terms: 1, 2 or 3 people"), N_("N") },
    { "long-term", 0, 0, G_OPTION_ARG_NONE, &terms.long_term, N_("New terms: long-term"), NULL },
    { "short-breaks", 0, 0, G_OPTION_ARG_NONE, &terms.short_breaks,
      N_("New terms: short breaks"), NULL },
    { "day-support", 0, 0, G_OPTION_ARG_NONE, &terms.day_support,
      N_("New terms: day support"), NULL },
    { "emergency", 0, 0, G_OPTION_ARG_NONE, &terms.emergency, N_("New terms: emergencies"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthRecord) carer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      (status = hearth_cli_require_id (command, id, "--carer")) != HEARTH_CLI_OK ||
      (status = hearth_cli_require (command, outcome, "--outcome")) != HEARTH_CLI_OK ||
      !(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  terms.places = places;
  if (!(carer = hearth_cli_load (scheme, HEARTH_TYPE_CARER, id, &error)) ||
      !hearth_scheme_record_approval_review (scheme, HEARTH_CARER (carer), on, reviewer, outcome,
                                             g_str_equal (outcome, "change-terms") ? &terms : NULL,
                                             notes, &error))
    return hearth_cli_refused (error);

  name = hearth_cli_dup_name (carer);
  if (g_str_equal (outcome, "end-approval"))
    g_print (_("%s’s approval has ended.\n"), name);
  else
    g_print (_("%s’s next approval review is due on %s.\n"), name,
             hearth_carer_get_next_approval_review (HEARTH_CARER (carer)));
  return HEARTH_CLI_OK;
}

int
hearth_cli_stage_target (const HearthCliCommand *command,
                         int                     argc,
                         char                  **argv)
{
  g_autofree char *stage = NULL;
  int days = 0;
  const GOptionEntry entries[] = {
    { "stage", 0, 0, G_OPTION_ARG_STRING, &stage, N_("The stage"), N_("STAGE") },
    { "days", 0, 0, G_OPTION_ARG_INT, &days, N_("Its new target, in days"), N_("N") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthCliTable) table = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      !(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  if (stage != NULL && !hearth_scheme_set_stage_target (scheme, stage, days, &error))
    return hearth_cli_refused (error);

  table = hearth_cli_table_new (_("Stage"), _("Target (days)"), NULL);
  for (guint k = 0; k + 1 < HEARTH_RECRUITMENT_N_STAGES; k++)
    {
      const char *s = hearth_recruitment_stage (k);
      gint64 target = hearth_scheme_get_stage_target (scheme, s, &error);
      g_autofree char *n = g_strdup_printf ("%" G_GINT64_FORMAT, target);

      if (target < 0)
        return hearth_cli_refused (error);
      hearth_cli_table_add_row (table, hearth_values_label (HEARTH_VALUES_CARER_STAGE, s), n, NULL);
    }
  hearth_cli_table_print (table);
  return HEARTH_CLI_OK;
}

int
hearth_cli_carer_dues (const HearthCliCommand *command,
                       int                     argc,
                       char                  **argv)
{
  int within = 60;
  const GOptionEntry entries[] = {
    { "within", 0, 0, G_OPTION_ARG_INT, &within, N_("How many days ahead (default 60)"),
      N_("DAYS") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthCliTable) table = NULL;
  g_autoptr(GPtrArray) dues = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      !(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  if (!(dues = hearth_scheme_list_carer_dues (scheme, NULL, within, &error)))
    return hearth_cli_refused (error);

  table = hearth_cli_table_new (_("Due"), _("Carer"), _("What"), _("State"), NULL);
  for (guint i = 0; i < dues->len; i++)
    {
      HearthDueItem *item = g_ptr_array_index (dues, i);

      hearth_cli_table_add_row (table, item->due_on, item->carer_name, item->what,
                                item->overdue ? _("Overdue") : _("Due soon"), NULL);
    }
  hearth_cli_table_print (table);
  return HEARTH_CLI_OK;
}
