/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-cli-scheme.c: the commands about a scheme file as a whole: new, demo and info. */

#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "hearth-backup.h"
#include "hearth-cli-private.h"

/* How many records of one kind there are, by one closed-set column. */
typedef struct
{
  HearthValueSet  set;
  guint          *counts;    /* one per value in the set */
  guint           total;
  guint           archived;  /* counted in total, not by value */
} Tally;

int
hearth_cli_new (const HearthCliCommand *command,
                int                     argc,
                char                  **argv)
{
  g_autofree char *name = NULL;
  const GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("The scheme’s name"), N_("NAME") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GFile) file = NULL;
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      (status = hearth_cli_require (command, name, "--name")) != HEARTH_CLI_OK)
    return status;

  file = g_file_new_for_commandline_arg (argv[1]);
  if (!(scheme = hearth_scheme_create (file, name, NULL, &error)))
    return hearth_cli_refused (error);

  path = g_file_get_path (file);
  g_print (_("Created the scheme “%s” in %s.\n"), hearth_scheme_get_name (scheme), path);
  return HEARTH_CLI_OK;
}

static void
print_demo_counts (const HearthDemoCounts *counts)
{
  g_autoptr(HearthCliTable) table = hearth_cli_table_new ("", "", NULL);
  const struct { const char *label; guint n; } rows[] = {
    { N_("People"), counts->people },
    { N_("Carers"), counts->carers },
    { N_("Trials"), counts->trials },
    { N_("Arrangements"), counts->arrangements },
    { N_("Reviews"), counts->reviews },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *n = g_strdup_printf ("%u", rows[i].n);

      hearth_cli_table_add_row (table, _(rows[i].label), n, NULL);
    }
  hearth_cli_table_print (table);
}

/* Removes what is left of a scheme being replaced, its write-ahead log included: a stale
 * log must never be replayed into the new file. */
static gboolean
remove_scheme_files (const char  *path,
                     GError     **error)
{
  const char * const suffixes[] = { "-wal", "-shm", "" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      if (g_remove (name) != 0 && errno != ENOENT)
        {
          int saved = errno;

          g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY,
                       _("“%s” could not be replaced: %s."), name, g_strerror (saved));
          return FALSE;
        }
    }

  return TRUE;
}

/* Builds the demo beside @path and only then puts it in place, so a failure leaves any
 * file that was there as it was. */
static gboolean
build_demo (const char        *path,
            guint              scale,
            guint64            seed,
            HearthDemoCounts  *counts,
            GError           **error)
{
  g_autofree char *building = g_strdup_printf ("%s.building-%d", path, (int) getpid ());
  g_autoptr(GFile) file = g_file_new_for_path (building);
  g_autoptr(GFile) target = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_get_parent (target);
  g_autofree char *name = g_file_get_basename (target);
  g_autoptr(HearthScheme) scheme = NULL;

  /* What an interrupted demo of the same name left behind. */
  hearth_backup_remove_leftovers (folder, name);

  if (!(scheme = hearth_demo_create (file, scale, seed, counts, NULL, error)))
    return FALSE;
  hearth_scheme_close (scheme);

  if (!remove_scheme_files (path, error))
    {
      remove_scheme_files (building, NULL);
      return FALSE;
    }

  if (g_rename (building, path) != 0)
    {
      int saved = errno;

      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_IO, _("“%s” could not be written: %s."),
                   path, g_strerror (saved));
      remove_scheme_files (building, NULL);
      return FALSE;
    }

  return TRUE;
}

/* What --force may replace: a Hearth scheme that nobody else has open. One with people or
 * carers in it is backed up first, and the backup checked, so a real scheme named by
 * mistake is never lost. */
static int
make_way_for_demo (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthBackup) backup = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) carers = NULL;
  g_autoptr(GError) error = NULL;

  if ((scheme = hearth_scheme_open (file, NULL, &error)) == NULL)
    return hearth_cli_refuse (_("“%s” was not replaced, because it is not a Hearth scheme that "
                                "can be opened: %s"), name, error->message);

  if (hearth_scheme_get_other_writer (scheme) != NULL)
    return hearth_cli_refuse (_("“%s” was not replaced: %s has it open. Close it there "
                                "first."), name, hearth_scheme_get_other_writer (scheme));

  if (hearth_scheme_get_read_only (scheme))
    return hearth_cli_refuse (_("“%s” was not replaced: it cannot be written here."), name);

  if (!(people = hearth_scheme_load_all (scheme, HEARTH_TYPE_PERSON, &error)) ||
      !(carers = hearth_scheme_load_all (scheme, HEARTH_TYPE_CARER, &error)))
    return hearth_cli_refused (error);

  if (people->len + carers->len > 0)
    {
      g_autofree char *kept = NULL;

      if ((backup = hearth_scheme_back_up (scheme, NULL, &error)) == NULL)
        return hearth_cli_refuse (_("“%s” was not replaced, because it could not be backed up "
                                    "first: %s"), name, error->message);
      kept = g_file_get_path (hearth_backup_get_file (backup));
      g_print (_("The scheme it replaces is kept, checked, as %s\n"), kept);
    }

  hearth_scheme_close (scheme);
  return HEARTH_CLI_OK;
}

int
hearth_cli_demo (const HearthCliCommand *command,
                 int                     argc,
                 char                  **argv)
{
  int scale = 1;
  gint64 seed = HEARTH_DEMO_DEFAULT_SEED;
  gboolean force = FALSE;
  const GOptionEntry entries[] = {
    { "scale", 0, 0, G_OPTION_ARG_INT, &scale,
      N_("How big: 1 is a small scheme of a few dozen people (default 1)"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed,
      N_("Which fictional scheme to make (default 1)"), N_("S") },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force, N_("Replace FILE if it exists"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  HearthDemoCounts counts = { 0, };
  gint64 started;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK)
    return status;

  if (scale < 1 || scale > HEARTH_DEMO_MAX_SCALE)
    return hearth_cli_usage_error (command, _("The scale is from 1 to %d, not %d: scale 200 is "
                                              "already all England’s Shared Lives, about 12,000 "
                                              "people."), HEARTH_DEMO_MAX_SCALE, scale);
  if (seed < 0)
    return hearth_cli_usage_error (command, _("The seed is 0 or more."));

  file = g_file_new_for_commandline_arg (argv[1]);
  path = g_file_get_path (file);
  if (path == NULL)
    return hearth_cli_refuse (_("Hearth makes scheme files on this computer only."));

  if (!force && g_file_test (path, G_FILE_TEST_EXISTS))
    return hearth_cli_refuse (_("“%s” already exists; add --force to replace it with a demo "
                                "scheme."), path);
  if (force && g_file_test (path, G_FILE_TEST_EXISTS) &&
      (status = make_way_for_demo (file)) != HEARTH_CLI_OK)
    return status;

  started = g_get_monotonic_time ();
  if (!build_demo (path, (guint) scale, (guint64) seed, &counts, &error))
    return hearth_cli_refused (error);

  g_print (_("Created a demo scheme in %s in %.2f seconds:\n"), path,
           (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);
  print_demo_counts (&counts);
  return HEARTH_CLI_OK;
}

static void
tally_init (Tally          *tally,
            HearthValueSet  set)
{
  guint n_values;

  hearth_values_get (set, &n_values);
  tally->set = set;
  tally->counts = g_new0 (guint, n_values);
  tally->total = tally->archived = 0;
}

static void
tally_clear (Tally *tally)
{
  g_clear_pointer (&tally->counts, g_free);
}

static void
tally_add (Tally      *tally,
           HearthRecord *record,
           const char *property)
{
  int i = hearth_values_index (tally->set, hearth_record_get_string (record, property));

  tally->total++;
  if (hearth_record_is_archived (record))
    tally->archived++;
  else if (i >= 0)
    tally->counts[i]++;
}

static gboolean
tally_all (HearthScheme  *scheme,
           GType          type,
           const char    *property,
           Tally         *tally,
           GError       **error)
{
  g_autoptr(GPtrArray) records = hearth_scheme_load_all (scheme, type, error);

  if (records == NULL)
    return FALSE;

  for (guint i = 0; i < records->len; i++)
    tally_add (tally, g_ptr_array_index (records, i), property);

  return TRUE;
}

typedef struct
{
  Tally  people;       /* by status */
  Tally  carers;       /* by stage */
  Tally  trials;       /* by outcome */
  Tally  current;      /* arrangements by type */
  Tally  ended;
  guint  emergencies;  /* current emergency placements */
  guint  held;
  guint  due;
  guint  overdue;
  char  *today;
} Info;

static void
info_clear (Info *info)
{
  tally_clear (&info->people);
  tally_clear (&info->carers);
  tally_clear (&info->trials);
  tally_clear (&info->current);
  tally_clear (&info->ended);
  g_clear_pointer (&info->today, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Info, info_clear)

static gboolean
count_arrangements (HearthScheme  *scheme,
                    Info          *info,
                    GHashTable    *ended_ids,
                    GError       **error)
{
  g_autoptr(GPtrArray) all = hearth_scheme_load_all (scheme, HEARTH_TYPE_ARRANGEMENT, error);

  if (all == NULL)
    return FALSE;

  for (guint i = 0; i < all->len; i++)
    {
      HearthArrangement *arrangement = g_ptr_array_index (all, i);
      HearthRecord *record = HEARTH_RECORD (arrangement);
      gboolean ended = hearth_arrangement_get_end_date (arrangement) != NULL;

      tally_add (ended ? &info->ended : &info->current, HEARTH_RECORD (arrangement),
                 "arrangement-type");
      if (ended)
        g_hash_table_add (ended_ids, GINT_TO_POINTER ((int) hearth_record_get_id (record)));
      else if (hearth_arrangement_get_emergency (arrangement))
        info->emergencies++;
    }

  return TRUE;
}

/* Held, due or overdue as of today; a review still waiting when its arrangement ended is no
 * longer needed, so it is neither. */
static gboolean
count_reviews (HearthScheme  *scheme,
               Info          *info,
               GError       **error)
{
  g_autoptr(GHashTable) ended = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) all = NULL;

  if (!count_arrangements (scheme, info, ended, error) ||
      !(all = hearth_scheme_load_all (scheme, HEARTH_TYPE_REVIEW, error)))
    return FALSE;

  for (guint i = 0; i < all->len; i++)
    {
      HearthReview *review = g_ptr_array_index (all, i);
      gint64 arrangement = hearth_review_get_arrangement_id (review);

      if (hearth_review_get_held_on (review) != NULL)
        info->held++;
      else if (g_hash_table_contains (ended, GINT_TO_POINTER ((int) arrangement)))
        continue;
      else if (g_strcmp0 (hearth_review_get_due_on (review), info->today) < 0)
        info->overdue++;
      else
        info->due++;
    }

  return TRUE;
}

static gboolean
gather_info (HearthScheme  *scheme,
             Info          *info,
             GError       **error)
{
  info->today = hearth_date_today ();
  tally_init (&info->people, HEARTH_VALUES_PERSON_STATUS);
  tally_init (&info->carers, HEARTH_VALUES_CARER_STAGE);
  tally_init (&info->trials, HEARTH_VALUES_TRIAL_OUTCOME);
  tally_init (&info->current, HEARTH_VALUES_ARRANGEMENT_TYPE);
  tally_init (&info->ended, HEARTH_VALUES_ARRANGEMENT_TYPE);

  return tally_all (scheme, HEARTH_TYPE_PERSON, "status", &info->people, error) &&
         tally_all (scheme, HEARTH_TYPE_CARER, "stage", &info->carers, error) &&
         tally_all (scheme, HEARTH_TYPE_TRIAL, "outcome", &info->trials, error) &&
         count_reviews (scheme, info, error);
}

static void
build_tally (JsonBuilder *builder,
             const char  *name,
             const Tally *tally,
             const char  *by)
{
  const HearthValue *values;
  guint n_values;

  values = hearth_values_get (tally->set, &n_values);
  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "total");
  json_builder_add_int_value (builder, tally->total);
  json_builder_set_member_name (builder, "archived");
  json_builder_add_int_value (builder, tally->archived);
  json_builder_set_member_name (builder, by);
  json_builder_begin_object (builder);
  for (guint i = 0; i < n_values; i++)
    {
      json_builder_set_member_name (builder, values[i].value);
      json_builder_add_int_value (builder, tally->counts[i]);
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);
}

static void
build_number (JsonBuilder *builder,
              const char  *name,
              gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
build_string (JsonBuilder *builder,
              const char  *name,
              const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
build_arrangements (JsonBuilder *builder,
                    const Info  *info)
{
  json_builder_set_member_name (builder, "arrangements");
  json_builder_begin_object (builder);
  build_tally (builder, "current", &info->current, "by_type");
  build_tally (builder, "ended", &info->ended, "by_type");
  build_number (builder, "current_emergencies", info->emergencies);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "reviews");
  json_builder_begin_object (builder);
  build_number (builder, "held", info->held);
  build_number (builder, "due", info->due);
  build_number (builder, "overdue", info->overdue);
  json_builder_end_object (builder);
}

static void
print_info_json (HearthScheme *scheme,
                 const Info   *info)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *path = g_file_get_path (hearth_scheme_get_file (scheme));
  g_autofree char *journal = hearth_scheme_dup_journal_mode (scheme);

  json_builder_begin_object (builder);
  build_string (builder, "name", hearth_scheme_get_name (scheme));
  build_string (builder, "file", path);
  build_number (builder, "schema_version", hearth_scheme_get_schema_version (scheme));
  build_string (builder, "journal_mode", journal);
  build_string (builder, "today", info->today);
  build_tally (builder, "people", &info->people, "by_status");
  build_tally (builder, "carers", &info->carers, "by_stage");
  build_tally (builder, "trials", &info->trials, "by_outcome");
  build_arrangements (builder, info);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  hearth_cli_print_json (root);
}

static void
print_tally (const char  *title,
             const Tally *tally)
{
  g_autoptr(HearthCliTable) table = hearth_cli_table_new ("", "", NULL);
  const HearthValue *values;
  guint n_values;

  values = hearth_values_get (tally->set, &n_values);
  g_print ("\n%s: %u\n", title, tally->total);
  for (guint i = 0; i < n_values; i++)
    {
      g_autofree char *n = g_strdup_printf ("%u", tally->counts[i]);
      g_autofree char *label = g_strdup_printf ("  %s", _(values[i].label));

      hearth_cli_table_add_row (table, label, n, NULL);
    }
  if (tally->archived > 0)
    {
      g_autofree char *n = g_strdup_printf ("%u", tally->archived);
      g_autofree char *label = g_strdup_printf ("  %s", _("Archived"));

      hearth_cli_table_add_row (table, label, n, NULL);
    }
  hearth_cli_table_print (table);
}

static void
print_arrangements (const Info *info)
{
  g_autoptr(HearthCliTable) table = NULL;
  const HearthValue *types;
  guint n_types;

  types = hearth_values_get (HEARTH_VALUES_ARRANGEMENT_TYPE, &n_types);
  table = hearth_cli_table_new (_("  Type"), _("Current"), _("Ended"), NULL);
  for (guint i = 0; i < n_types; i++)
    {
      g_autofree char *label = g_strdup_printf ("  %s", _(types[i].label));
      g_autofree char *current = g_strdup_printf ("%u", info->current.counts[i]);
      g_autofree char *ended = g_strdup_printf ("%u", info->ended.counts[i]);

      hearth_cli_table_add_row (table, label, current, ended, NULL);
    }

  g_print ("\n%s: %u\n", _("Arrangements"), info->current.total + info->ended.total);
  hearth_cli_table_print (table);
  g_print (_("  Current emergency placements: %u\n"), info->emergencies);
  g_print ("\n%s\n", _("Reviews"));
  g_print (_("  Held: %u\n  Due: %u\n  Overdue: %u (as of %s)\n"),
           info->held, info->due, info->overdue, info->today);
}

static void
print_info (HearthScheme *scheme,
            const Info   *info)
{
  g_autofree char *path = g_file_get_path (hearth_scheme_get_file (scheme));
  g_autofree char *journal = hearth_scheme_dup_journal_mode (scheme);

  g_print (_("Scheme: %s\n"), hearth_scheme_get_name (scheme));
  g_print (_("File: %s\n"), path);
  g_print (_("Format: version %d\n"), hearth_scheme_get_schema_version (scheme));
  /* Translators: how the file guards against power cuts; it differs in a network folder */
  g_print (_("Journal: %s\n"), g_strcmp0 (journal, "wal") == 0
                                ? _("write-ahead log (a folder on this computer)")
                                : _("rollback journal (a network folder, or opened read-only)"));
  print_tally (_("People"), &info->people);
  print_tally (_("Carers"), &info->carers);
  print_tally (_("Trials"), &info->trials);
  print_arrangements (info);
}

int
hearth_cli_info (const HearthCliCommand *command,
                 int                     argc,
                 char                  **argv)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON for scripts"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Info) info = { 0, };
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      !(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  if (!gather_info (scheme, &info, &error))
    return hearth_cli_refused (error);

  if (json)
    print_info_json (scheme, &info);
  else
    print_info (scheme, &info);

  return HEARTH_CLI_OK;
}

/* The scheme's own details and policies: printed, or changed with --set like any record. */
int
hearth_cli_settings (const HearthCliCommand *command,
                     int                     argc,
                     char                  **argv)
{
  g_auto(GStrv) sets = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "set", 0, 0, G_OPTION_ARG_STRING_ARRAY, &sets,
      N_("Set a field (repeat for more); an empty value clears it"), N_("FIELD=VALUE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON for scripts"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthRecord) details = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      !(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  details = hearth_record_copy (HEARTH_RECORD (hearth_scheme_get_details (scheme)));
  if (sets != NULL &&
      (!hearth_cli_apply_sets (details, sets, &error) ||
       !hearth_scheme_update (scheme, details, &error)))
    return hearth_cli_refused (error);

  if (json)
    {
      g_autoptr(JsonNode) node = hearth_cli_record_to_json (details);

      hearth_cli_print_json (node);
    }
  else
    hearth_cli_print_record (details);
  return HEARTH_CLI_OK;
}
