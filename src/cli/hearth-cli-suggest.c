/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-cli-suggest.c: matching from the command line: the carers suggested for a person
 * and why, the shortlist, lifting a past no, and the weights of the score. */

#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-cli-private.h"

static JsonNode *
suggestion_to_json (HearthSuggestion *suggestion)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *name = hearth_carer_dup_display_name (hearth_suggestion_get_carer (suggestion));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "carer_id");
  json_builder_add_int_value (builder, hearth_suggestion_get_carer_id (suggestion));
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, name);
  json_builder_set_member_name (builder, "places_used");
  json_builder_add_int_value (builder, hearth_suggestion_get_places_used (suggestion));
  json_builder_set_member_name (builder, "places");
  json_builder_add_int_value (builder, hearth_suggestion_get_places (suggestion));

  if (hearth_suggestion_is_ruled_out (suggestion))
    {
      json_builder_set_member_name (builder, "rule");
      json_builder_add_string_value (builder, hearth_suggestion_get_rule (suggestion));
      json_builder_end_object (builder);
      return json_builder_get_root (builder);
    }

  json_builder_set_member_name (builder, "score");
  json_builder_add_int_value (builder, hearth_suggestion_get_score (suggestion));
  json_builder_set_member_name (builder, "shortlisted");
  json_builder_add_boolean_value (builder, hearth_suggestion_get_shortlisted (suggestion));
  json_builder_set_member_name (builder, "parts");
  json_builder_begin_array (builder);
  for (guint i = 0; i < hearth_suggestion_get_n_parts (suggestion); i++)
    {
      const HearthScorePart *part = hearth_suggestion_get_part (suggestion, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "factor");
      json_builder_add_string_value (builder, hearth_match_factor_name (part->factor));
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, hearth_match_factor_label (part->factor));
      json_builder_set_member_name (builder, "points");
      json_builder_add_int_value (builder, part->points);
      json_builder_set_member_name (builder, "detail");
      json_builder_add_string_value (builder, part->detail);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
print_suggestions_json (HearthPerson *person,
                        const char   *type,
                        gboolean      emergency,
                        GPtrArray    *suggestions)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *name = hearth_person_dup_display_name (person);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "person_id");
  json_builder_add_int_value (builder, hearth_record_get_id (HEARTH_RECORD (person)));
  json_builder_set_member_name (builder, "person");
  json_builder_add_string_value (builder, name);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, type);
  json_builder_set_member_name (builder, "emergency");
  json_builder_add_boolean_value (builder, emergency);

  for (int ruled_out = 0; ruled_out < 2; ruled_out++)
    {
      json_builder_set_member_name (builder, ruled_out ? "ruled_out" : "candidates");
      json_builder_begin_array (builder);
      for (guint i = 0; i < suggestions->len; i++)
        if (hearth_suggestion_is_ruled_out (suggestions->pdata[i]) == ruled_out)
          json_builder_add_value (builder, suggestion_to_json (suggestions->pdata[i]));
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  hearth_cli_print_json (root);
}

/* "Shared interests +4: Both enjoy gardening; Area +3: ..." */
static char *
dup_parts (HearthSuggestion *suggestion)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < hearth_suggestion_get_n_parts (suggestion); i++)
    {
      const HearthScorePart *part = hearth_suggestion_get_part (suggestion, i);

      if (part->points == 0)
        continue;
      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append_printf (text, "%s +%" G_GINT64_FORMAT ": %s",
                              hearth_match_factor_label (part->factor), part->points, part->detail);
    }

  return g_string_free (text, FALSE);
}

static void
print_suggestions (GPtrArray *suggestions)
{
  g_autoptr(HearthCliTable) candidates = hearth_cli_table_new (_("ID"), _("Carer"), _("Score"),
                                                               _("Places"), _("Why"), NULL);
  g_autoptr(HearthCliTable) ruled_out = hearth_cli_table_new (_("ID"), _("Carer"),
                                                              _("Ruled out because"), NULL);

  for (guint i = 0; i < suggestions->len; i++)
    {
      HearthSuggestion *suggestion = suggestions->pdata[i];
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT,
                                             hearth_suggestion_get_carer_id (suggestion));
      g_autofree char *name = hearth_carer_dup_display_name (hearth_suggestion_get_carer (suggestion));
      g_autofree char *score = NULL, *places = NULL, *why = NULL;

      if (hearth_suggestion_is_ruled_out (suggestion))
        {
          hearth_cli_table_add_row (ruled_out, id, name, hearth_suggestion_get_rule (suggestion),
                                    NULL);
          continue;
        }

      score = g_strdup_printf ("%" G_GINT64_FORMAT "%s", hearth_suggestion_get_score (suggestion),
                               hearth_suggestion_get_shortlisted (suggestion) ? " *" : "");
      places = g_strdup_printf (_("%u of %u used"), hearth_suggestion_get_places_used (suggestion),
                                hearth_suggestion_get_places (suggestion));
      why = dup_parts (suggestion);
      hearth_cli_table_add_row (candidates, id, name, score, places, why, NULL);
    }

  g_print (_("Candidates (* shortlisted):\n"));
  if (hearth_cli_table_get_n_rows (candidates) > 0)
    hearth_cli_table_print (candidates);
  else
    g_print (_("  None: every approved carer is ruled out below.\n"));
  g_print ("\n%s\n", _("Ruled out:"));
  hearth_cli_table_print (ruled_out);
}

int
hearth_cli_suggest (const HearthCliCommand *command,
                    int                     argc,
                    char                  **argv)
{
  gint64 person_id = 0;
  g_autofree char *type = NULL;
  gboolean emergency = FALSE, json = FALSE;
  const GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_INT64, &person_id, N_("The person’s number"), N_("ID") },
    { "type", 0, 0, G_OPTION_ARG_STRING, &type,
      N_("long-term, short-breaks or day-support (default long-term)"), N_("TYPE") },
    { "emergency", 0, 0, G_OPTION_ARG_NONE, &emergency, N_("An emergency placement"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthRecord) person = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      (status = hearth_cli_require_id (command, person_id, "--person")) != HEARTH_CLI_OK ||
      !(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  if (type == NULL)
    type = g_strdup ("long-term");

  if (!(person = hearth_cli_load (scheme, HEARTH_TYPE_PERSON, person_id, &error)) ||
      !(suggestions = hearth_scheme_suggest_carers (scheme, HEARTH_PERSON (person), type,
                                                    emergency, &error)))
    return hearth_cli_refused (error);

  if (json)
    print_suggestions_json (HEARTH_PERSON (person), type, emergency, suggestions);
  else
    print_suggestions (suggestions);

  return HEARTH_CLI_OK;
}

int
hearth_cli_shortlist (const HearthCliCommand *command,
                      int                     argc,
                      char                  **argv)
{
  gint64 person_id = 0, carer_id = 0;
  gboolean remove = FALSE;
  const GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_INT64, &person_id, N_("The person’s number"), N_("ID") },
    { "carer", 0, 0, G_OPTION_ARG_INT64, &carer_id, N_("The carer to add"), N_("ID") },
    { "remove", 0, 0, G_OPTION_ARG_NONE, &remove, N_("Take the carer off instead"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthRecord) person = NULL;
  g_autoptr(HearthRecord) carer = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      (status = hearth_cli_require_id (command, person_id, "--person")) != HEARTH_CLI_OK ||
      !(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  if (!(person = hearth_cli_load (scheme, HEARTH_TYPE_PERSON, person_id, &error)))
    return hearth_cli_refused (error);

  if (carer_id > 0 &&
      (!(carer = hearth_cli_load (scheme, HEARTH_TYPE_CARER, carer_id, &error)) ||
       !(remove ? hearth_scheme_unshortlist_carer (scheme, HEARTH_PERSON (person),
                                                   HEARTH_CARER (carer), &error)
                : hearth_scheme_shortlist_carer (scheme, HEARTH_PERSON (person),
                                                 HEARTH_CARER (carer), &error))))
    return hearth_cli_refused (error);

  if (!(ids = hearth_scheme_get_shortlist (scheme, HEARTH_PERSON (person), &error)))
    return hearth_cli_refused (error);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autofree char *name = hearth_cli_dup_name_of (scheme, HEARTH_TYPE_CARER, id);

      g_print ("%" G_GINT64_FORMAT "\t%s\n", id, name);
    }

  return HEARTH_CLI_OK;
}

int
hearth_cli_suggest_again (const HearthCliCommand *command,
                          int                     argc,
                          char                  **argv)
{
  gint64 id = 0;
  const GOptionEntry entries[] = {
    { "trial", 0, 0, G_OPTION_ARG_INT64, &id, N_("The trial that ended with a no"), N_("ID") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthRecord) trial = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      (status = hearth_cli_require_id (command, id, "--trial")) != HEARTH_CLI_OK ||
      !(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  if (!(trial = hearth_cli_load (scheme, HEARTH_TYPE_TRIAL, id, &error)) ||
      !hearth_scheme_suggest_again (scheme, HEARTH_TRIAL (trial), &error))
    return hearth_cli_refused (error);

  return HEARTH_CLI_OK;
}

int
hearth_cli_match_weights (const HearthCliCommand *command,
                          int                     argc,
                          char                  **argv)
{
  g_autofree char *factor = NULL;
  int weight = -1;
  const GOptionEntry entries[] = {
    { "factor", 0, 0, G_OPTION_ARG_STRING, &factor, N_("The part of the score"), N_("FACTOR") },
    { "weight", 0, 0, G_OPTION_ARG_INT, &weight, N_("Its new weight, 0 to 10"), N_("N") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthCliTable) table = NULL;
  g_autoptr(GError) error = NULL;
  HearthMatchWeights weights;
  int status, which;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK)
    return status;

  which = hearth_match_factor_from_name (factor);
  if (factor != NULL && which < 0)
    return hearth_cli_usage_error (command, _("“%s” is not a part of the score."), factor);

  if (!(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  if (factor != NULL && !hearth_scheme_set_match_weight (scheme, which, weight, &error))
    return hearth_cli_refused (error);

  if (!hearth_scheme_get_match_weights (scheme, &weights, &error))
    return hearth_cli_refused (error);

  table = hearth_cli_table_new (_("Factor"), _("Part of the score"), _("Weight"), NULL);
  for (guint i = 0; i < HEARTH_N_MATCH_FACTORS; i++)
    {
      g_autofree char *n = g_strdup_printf ("%" G_GINT64_FORMAT, weights.weight[i]);

      hearth_cli_table_add_row (table, hearth_match_factor_name (i), hearth_match_factor_label (i),
                                n, NULL);
    }
  hearth_cli_table_print (table);
  return HEARTH_CLI_OK;
}
