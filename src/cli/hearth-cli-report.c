/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-cli-report.c: "export", a list as CSV for a spreadsheet, and "report", the scheme
 * report for a range of dates as text, JSON or PDF. */

#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-cli-private.h"
#include "hearth-report-document.h"

int
hearth_cli_export (const HearthCliCommand *command,
                   int                     argc,
                   char                  **argv)
{
  g_autofree char *output = NULL;
  gboolean archived = FALSE;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The CSV file to write"),
      N_("OUT.csv") },
    { "archived", 0, 0, G_OPTION_ARG_NONE, &archived,
      N_("Include archived people and carers"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  GType type;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 2)) != HEARTH_CLI_OK ||
      (status = hearth_cli_require (command, output, "-o")) != HEARTH_CLI_OK)
    return status;
  if ((type = hearth_export_list_type (argv[2])) == G_TYPE_INVALID)
    return hearth_cli_usage_error (command, _("“%s” is not a list: people, carers, trials, "
                                              "arrangements or reviews."), argv[2]);

  if (!(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  file = g_file_new_for_commandline_arg (output);
  if (!(records = hearth_export_load_list (scheme, type, archived, &error)) ||
      !hearth_export_csv_to_file (scheme, type, records, file, &error))
    return hearth_cli_refused (error);

  g_print (g_dngettext (GETTEXT_PACKAGE, "%u row written to %s.\n", "%u rows written to %s.\n",
                        records->len),
           records->len, output);
  return HEARTH_CLI_OK;
}

static void
add_tallies (JsonBuilder *builder,
             const char  *member,
             GArray      *tallies)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  for (guint i = 0; i < tallies->len; i++)
    {
      HearthTally *t = &g_array_index (tallies, HearthTally, i);

      json_builder_set_member_name (builder, t->code);
      json_builder_add_int_value (builder, t->count);
    }
  json_builder_end_object (builder);
}

static void
add_int (JsonBuilder *builder,
         const char  *member,
         gint64       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

static void
add_today (JsonBuilder        *builder,
           HearthSchemeReport *r)
{
  json_builder_set_member_name (builder, "at_end");
  json_builder_begin_object (builder);
  add_tallies (builder, "people_by_status", r->at_end->people_by_status);
  add_tallies (builder, "arrangements_by_type", r->at_end->arrangements_by_type);
  add_tallies (builder, "arrangements_by_funding", r->at_end->arrangements_by_funding);
  add_tallies (builder, "carers_by_stage", r->at_end->carers_by_stage);
  add_tallies (builder, "free_places_by_type", r->at_end->free_places_by_type);
  add_int (builder, "current_arrangements", r->at_end->current_arrangements);
  add_int (builder, "weekly_fee_pence", r->at_end->weekly_fee_pence);
  add_int (builder, "people_archived", r->at_end->people_archived);
  add_int (builder, "carers_archived", r->at_end->carers_archived);
  json_builder_end_object (builder);
}

static void
add_recruitment (JsonBuilder        *builder,
                 HearthSchemeReport *r)
{
  json_builder_set_member_name (builder, "recruitment");
  json_builder_begin_object (builder);
  add_int (builder, "enquiries", r->enquiries);
  json_builder_set_member_name (builder, "enquiries_by_source");
  json_builder_begin_object (builder);
  for (guint i = 0; i < r->enquiries_by_source->len; i++)
    {
      HearthSourceCount *c = &g_array_index (r->enquiries_by_source, HearthSourceCount, i);

      add_int (builder, c->name, c->count);
    }
  json_builder_end_object (builder);
  add_int (builder, "approved", r->approved);
  add_int (builder, "withdrawn", r->withdrawn);
  add_int (builder, "declined", r->declined);
  json_builder_end_object (builder);
}

static void
add_outcomes (JsonBuilder        *builder,
              HearthSchemeReport *r)
{
  json_builder_set_member_name (builder, "outcomes");
  json_builder_begin_object (builder);
  for (guint i = 0; i < r->outcomes->len; i++)
    {
      HearthOutcomeShare *s = &g_array_index (r->outcomes, HearthOutcomeShare, i);

      json_builder_set_member_name (builder, s->area);
      json_builder_begin_object (builder);
      add_int (builder, "answered", s->answered);
      add_int (builder, "better", s->better);
      add_int (builder, "no_different", s->no_different);
      add_int (builder, "worse", s->worse);
      add_int (builder, "better_percent", hearth_outcome_share_percent (s));
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
}

static JsonNode *
report_to_json (HearthSchemeReport *r)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "scheme");
  json_builder_add_string_value (builder, r->scheme_name);
  json_builder_set_member_name (builder, "from");
  json_builder_add_string_value (builder, r->from);
  json_builder_set_member_name (builder, "to");
  json_builder_add_string_value (builder, r->to);
  add_today (builder, r);
  add_recruitment (builder, r);
  json_builder_set_member_name (builder, "arrangements");
  json_builder_begin_object (builder);
  add_int (builder, "started", r->started);
  add_tallies (builder, "started_by_type", r->started_by_type);
  add_int (builder, "ended", r->ended);
  add_tallies (builder, "ended_by_reason", r->ended_by_reason);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "reviews");
  json_builder_begin_object (builder);
  add_int (builder, "held_on_time", r->reviews_on_time);
  add_int (builder, "held_late", r->reviews_late);
  add_int (builder, "overdue_at_end", r->reviews_overdue);
  json_builder_end_object (builder);
  add_outcomes (builder, r);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
print_report (HearthSchemeReport *r)
{
  g_autofree char *fees = hearth_money_format (r->at_end->weekly_fee_pence);

  g_print (_("%s: scheme report, %s to %s\n"), r->scheme_name, r->from, r->to);
  g_print (_("Current arrangements on %s: %" G_GINT64_FORMAT ", weekly fees %s\n"), r->to,
           r->at_end->current_arrangements, fees);
  g_print (_("Enquiries: %" G_GINT64_FORMAT "; approved: %" G_GINT64_FORMAT "; withdrew: %"
             G_GINT64_FORMAT "; declined: %" G_GINT64_FORMAT "\n"),
           r->enquiries, r->approved, r->withdrawn, r->declined);
  g_print (_("Arrangements started: %" G_GINT64_FORMAT "; ended: %" G_GINT64_FORMAT "\n"),
           r->started, r->ended);
  g_print (_("Reviews held on time: %" G_GINT64_FORMAT "; late: %" G_GINT64_FORMAT
             "; overdue on %s: %" G_GINT64_FORMAT "\n"),
           r->reviews_on_time, r->reviews_late, r->to, r->reviews_overdue);
  for (guint i = 0; i < r->outcomes->len; i++)
    {
      HearthOutcomeShare *s = &g_array_index (r->outcomes, HearthOutcomeShare, i);

      g_print (_("  %s: %d%% better (%" G_GINT64_FORMAT " of %" G_GINT64_FORMAT ")\n"),
               hearth_values_label (HEARTH_VALUES_OUTCOME_AREA, s->area),
               hearth_outcome_share_percent (s), s->better, s->answered);
    }
}

int
hearth_cli_report (const HearthCliCommand *command,
                   int                     argc,
                   char                  **argv)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *output = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("The first day covered"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("The last day covered"), N_("DATE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON for scripts"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the report as PDF"),
      N_("OUT.pdf") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthSchemeReport) report = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      (status = hearth_cli_require (command, from, "--from")) != HEARTH_CLI_OK ||
      (status = hearth_cli_require (command, to, "--to")) != HEARTH_CLI_OK)
    return status;
  if (json && output != NULL)
    return hearth_cli_usage_error (command, _("Choose --json or -o, not both."));

  if (!(scheme = hearth_cli_open (argv[1], &status)))
    return status;
  if (!hearth_cli_check_date (from, &error) || !hearth_cli_check_date (to, &error) ||
      !(report = hearth_scheme_report_new (scheme, from, to, &error)))
    return hearth_cli_refused (error);

  if (json)
    {
      g_autoptr(JsonNode) node = report_to_json (report);

      hearth_cli_print_json (node);
    }
  else if (output != NULL)
    {
      g_autoptr(HearthDocument) document = hearth_report_document_new (report);

      if (!hearth_document_write_pdf (document, output, &error))
        return hearth_cli_refused (error);
      g_print (_("The report is in %s.\n"), output);
    }
  else
    print_report (report);

  return HEARTH_CLI_OK;
}

/* Stable names for scripts, in HearthAttentionKind's order. */
static const char * const attention_kinds[] = {
  "review-overdue", "review-due", "risk-assessment-overdue", "action-overdue", "dbs",
  "training", "approval-review", "trial-stalled", "emergency-limit",
};
G_STATIC_ASSERT (G_N_ELEMENTS (attention_kinds) == HEARTH_ATTENTION_EMERGENCY_LIMIT + 1);

static JsonNode *
attention_to_json (GPtrArray *items)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < items->len; i++)
    {
      HearthAttention *item = g_ptr_array_index (items, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, attention_kinds[item->kind]);
      json_builder_set_member_name (builder, "record");
      json_builder_add_string_value (builder, item->record);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, item->title);
      json_builder_set_member_name (builder, "date");
      json_builder_add_string_value (builder, item->date);
      json_builder_set_member_name (builder, "overdue");
      json_builder_add_boolean_value (builder, item->overdue);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return json_builder_get_root (builder);
}

int
hearth_cli_dashboard (const HearthCliCommand *command,
                      int                     argc,
                      char                  **argv)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON for scripts"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(HearthCliTable) table = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = hearth_date_today ();
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      !(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  if (!(items = hearth_dashboard_needs_attention (scheme, today, &error)))
    return hearth_cli_refused (error);

  if (json)
    {
      g_autoptr(JsonNode) node = attention_to_json (items);

      hearth_cli_print_json (node);
      return HEARTH_CLI_OK;
    }

  if (items->len == 0)
    {
      g_print ("%s\n", _("Nothing needs attention."));
      return HEARTH_CLI_OK;
    }

  table = hearth_cli_table_new (_("What"), _("About"), _("When"), _("Record"), NULL);
  for (guint i = 0; i < items->len; i++)
    {
      HearthAttention *item = g_ptr_array_index (items, i);

      hearth_cli_table_add_row (table, hearth_attention_kind_label (item->kind), item->title,
                                item->detail, item->record, NULL);
    }
  hearth_cli_table_print (table);
  return HEARTH_CLI_OK;
}
