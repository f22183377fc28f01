/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-cli-safety.c: backing up and restoring a scheme, and answering a subject access
 * request, from the command line. */

#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "hearth-backup.h"
#include "hearth-cli-private.h"
#include "hearth-subject-access-export.h"

int
hearth_cli_backup (const HearthCliCommand *command,
                   int                     argc,
                   char                  **argv)
{
  const GOptionEntry entries[] = { G_OPTION_ENTRY_NULL };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthBackup) backup = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *size = NULL;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      !(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  if (!(backup = hearth_scheme_back_up (scheme, NULL, &error)))
    return hearth_cli_refused (error);
  hearth_scheme_thin_backups (scheme, NULL);

  path = g_file_get_path (hearth_backup_get_file (backup));
  size = g_format_size (hearth_backup_get_size (backup));
  g_print (_("Backed up and checked: %s (%s)\n"), path, size);
  return HEARTH_CLI_OK;
}

/* A scheme someone has open must not be replaced under them. */
static int
check_not_in_use (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HearthScheme) scheme = hearth_scheme_open (file, NULL, NULL);

  if (scheme != NULL && hearth_scheme_get_other_writer (scheme) != NULL)
    return hearth_cli_refuse (_("%s has this scheme open; close it there before restoring."),
                              hearth_scheme_get_other_writer (scheme));

  return HEARTH_CLI_OK;
}

int
hearth_cli_restore (const HearthCliCommand *command,
                    int                     argc,
                    char                  **argv)
{
  g_autofree char *from = NULL;
  gboolean newest = FALSE;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_FILENAME, &from, N_("The backup to restore"), N_("BACKUP") },
    { "newest", 0, 0, G_OPTION_ARG_NONE, &newest, N_("Restore the newest backup that passes its check"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) backup = NULL;
  g_autoptr(GFile) aside = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *aside_path = NULL;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK)
    return status;
  if ((from == NULL) == !newest)
    return hearth_cli_usage_error (command, _("Give either --from BACKUP or --newest."));
  if ((status = check_not_in_use (argv[1])) != HEARTH_CLI_OK)
    return status;

  file = g_file_new_for_commandline_arg (argv[1]);
  if (newest)
    {
      g_autoptr(HearthBackup) found = hearth_backup_find_newest_good (file);

      if (found == NULL)
        return hearth_cli_refuse (_("No backup of this scheme that passes its check was found."));
      backup = g_object_ref (hearth_backup_get_file (found));
    }
  else
    backup = g_file_new_for_commandline_arg (from);

  if (!hearth_backup_restore (backup, file, &aside, &error))
    return hearth_cli_refused (error);

  if (aside != NULL)
    {
      aside_path = g_file_get_path (aside);
      g_print (_("Restored. The file it replaced is kept as %s\n"), aside_path);
    }
  else
    g_print (_("Restored.\n"));
  return HEARTH_CLI_OK;
}

int
hearth_cli_subject_access (const HearthCliCommand *command,
                           int                     argc,
                           char                  **argv)
{
  gint64 id = 0;
  g_autofree char *dir = NULL;
  const GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_INT64, &id, N_("The person’s number"), N_("ID") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &dir, N_("The folder to write to"), N_("DIR") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthRecord) person = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json_path = NULL;
  g_autofree char *pdf_path = NULL;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      (status = hearth_cli_require_id (command, id, "--person")) != HEARTH_CLI_OK ||
      (status = hearth_cli_require (command, dir, "-o")) != HEARTH_CLI_OK ||
      !(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  if (!(person = hearth_cli_load (scheme, HEARTH_TYPE_PERSON, id, &error)) ||
      !hearth_subject_access_export (scheme, HEARTH_PERSON (person), dir, &pdf_path, &json_path,
                                     &error))
    return hearth_cli_refused (error);

  g_print (_("Wrote %s and %s\n"), pdf_path, json_path);
  return HEARTH_CLI_OK;
}

static JsonNode *
history_item_to_json (HearthScheme      *scheme,
                      HearthHistoryItem *item)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GPtrArray) changes = hearth_scheme_list_changes (scheme, item->id, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "at");
  json_builder_add_string_value (builder, item->at);
  json_builder_set_member_name (builder, "who");
  json_builder_add_string_value (builder, item->who);
  json_builder_set_member_name (builder, "action");
  json_builder_add_string_value (builder, item->action);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, item->kind);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, item->record_id);
  json_builder_set_member_name (builder, "about");
  json_builder_add_string_value (builder, item->title);
  json_builder_set_member_name (builder, "changes");
  json_builder_begin_object (builder);
  for (guint i = 0; changes != NULL && i < changes->len; i++)
    {
      HearthHistoryChange *change = g_ptr_array_index (changes, i);

      json_builder_set_member_name (builder, change->field);
      json_builder_begin_array (builder);
      json_builder_add_string_value (builder, change->before);
      json_builder_add_string_value (builder, change->after);
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
print_history (HearthScheme *scheme,
               GPtrArray    *items,
               gboolean      json)
{
  g_autoptr(HearthCliTable) table = NULL;
  g_autoptr(JsonArray) array = NULL;

  if (json)
    {
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);

      array = json_array_new ();
      for (guint i = 0; i < items->len; i++)
        json_array_add_element (array, history_item_to_json (scheme, g_ptr_array_index (items, i)));
      json_node_set_array (node, array);
      hearth_cli_print_json (node);
      return;
    }

  table = hearth_cli_table_new (_("When"), _("Who"), _("What"), _("Fields"), NULL);
  for (guint i = 0; i < items->len; i++)
    {
      HearthHistoryItem *item = g_ptr_array_index (items, i);
      g_autofree char *summary = hearth_history_item_dup_summary (item);

      hearth_cli_table_add_row (table, item->at, item->who, summary,
                                item->fields != NULL ? item->fields : "", NULL);
    }
  hearth_cli_table_print (table);
}

int
hearth_cli_history (const HearthCliCommand *command,
                    int                     argc,
                    char                  **argv)
{
  g_autofree char *kind = NULL, *who = NULL, *action = NULL, *from = NULL, *to = NULL;
  g_autofree char *text = NULL;
  gint64 person = 0, carer = 0, id = 0;
  int limit = 200;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_INT64, &person, N_("Only this person and their records"), N_("ID") },
    { "carer", 0, 0, G_OPTION_ARG_INT64, &carer, N_("Only this carer and their records"), N_("ID") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind, N_("Only records of this kind (trial, review, …)"), N_("KIND") },
    { "id", 0, 0, G_OPTION_ARG_INT64, &id, N_("With --kind, only this record"), N_("ID") },
    { "who", 0, 0, G_OPTION_ARG_STRING, &who, N_("Only changes by someone whose name contains this"), N_("NAME") },
    { "action", 0, 0, G_OPTION_ARG_STRING, &action, N_("Only insert, update, archive, restore, stage or erase"), N_("ACTION") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("Only changes on or after this date"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Only changes on or before this date"), N_("DATE") },
    { "text", 0, 0, G_OPTION_ARG_STRING, &text, N_("Only changes whose values contain this"), N_("TEXT") },
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, N_("At most this many, newest first (0 for all; default 200)"), N_("N") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON for scripts"), NULL },
    G_OPTION_ENTRY_NULL
  };
  HearthHistoryFilter filter = { NULL };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK)
    return status;
  if ((person > 0) + (carer > 0) + (kind != NULL) > 1)
    return hearth_cli_usage_error (command, _("Give at most one of --person, --carer and --kind."));
  if (id != 0 && kind == NULL)
    return hearth_cli_usage_error (command, _("--id needs --kind."));
  if (limit < 0 || person < 0 || carer < 0 || id < 0)
    return hearth_cli_usage_error (command, _("Numbers here cannot be negative."));
  if ((from != NULL && !hearth_cli_check_date (from, &error)) ||
      (to != NULL && !hearth_cli_check_date (to, &error)))
    return hearth_cli_refused (error);
  if (!(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  filter.kind = person > 0 ? "person" : carer > 0 ? "carer" : kind;
  filter.record_id = person > 0 ? person : carer > 0 ? carer : id;
  filter.who = who;
  filter.action = action;
  filter.from = from;
  filter.to = to;
  filter.text = text;
  if (!(items = hearth_scheme_list_history (scheme, &filter, (guint) limit, &error)))
    return hearth_cli_refused (error);

  print_history (scheme, items, json);
  return HEARTH_CLI_OK;
}
