/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-cli-common.c: what every hearth-cli command does the same way: parse its options,
 * open the scheme, report a refusal, and read money, yes/no and field=value arguments. */

#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "hearth-cli-private.h"

static char *cli_user;
static gboolean cli_take_over;

/* Who the audit trail records: --user, else $HEARTH_USER, else the login's own name. */
const char *
hearth_cli_get_user (void)
{
  const char *env;

  if (cli_user != NULL)
    return cli_user;

  env = g_getenv ("HEARTH_USER");
  if (!hearth_record_text_is_blank (env))
    return env;

  return NULL;
}

void
hearth_cli_set_user (const char *user)
{
  g_free (cli_user);
  cli_user = hearth_record_text_is_blank (user) ? NULL : g_strdup (user);
}

int
hearth_cli_usage_error (const HearthCliCommand *command,
                        const char             *format,
                        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("hearth-cli: %s\n", message);
  if (command != NULL)
    g_printerr (_("Try “hearth-cli %s --help” for more.\n"), command->name);
  else
    g_printerr (_("Try “hearth-cli --help” for more.\n"));

  return HEARTH_CLI_USAGE;
}

/* Returns HEARTH_CLI_OK when @value was given, or reports the missing option. */
int
hearth_cli_require (const HearthCliCommand *command,
                    const char             *value,
                    const char             *option)
{
  if (value != NULL)
    return HEARTH_CLI_OK;

  return hearth_cli_usage_error (command, _("%s needs %s."), command->name, option);
}

/* Record numbers start at 1; 0 is what an option left out leaves behind. */
int
hearth_cli_require_id (const HearthCliCommand *command,
                       gint64                  id,
                       const char             *option)
{
  if (id != 0)
    return HEARTH_CLI_OK;

  return hearth_cli_usage_error (command, _("%s needs %s."), command->name, option);
}

/* GOption reads numbers as C does, so that 010 is 8 and 0x10 is 16, and converts text from
 * the locale with a message that names no option. Every number and text option is read by
 * these callbacks instead: numbers in decimal digits only, text checked as UTF-8. */
typedef struct
{
  GArray *entries;  /* GOptionEntry: the options as the command declared them */
} OptionState;

static void
option_state_free (gpointer data)
{
  OptionState *state = data;

  g_array_unref (state->entries);
  g_free (state);
}

static const GOptionEntry *
find_entry (OptionState *state,
            const char  *option_name)
{
  for (guint i = 0; i < state->entries->len; i++)
    {
      const GOptionEntry *entry = &g_array_index (state->entries, GOptionEntry, i);

      if (g_str_has_prefix (option_name, "--") &&
          g_strcmp0 (entry->long_name, option_name + 2) == 0)
        return entry;
      if (option_name[0] == '-' && option_name[1] == entry->short_name && option_name[2] == '\0')
        return entry;
    }

  g_assert_not_reached ();
}

/* Text options: UTF-8, or in a locale that is not, the locale's own characters. */
static char *
option_text (const char  *option_name,
             const char  *value,
             GError     **error)
{
  g_autofree char *what = g_strdup_printf (_("The value of %s"), option_name);
  g_autoptr(GError) local = NULL;

  if (!g_get_charset (NULL))
    {
      char *text = g_locale_to_utf8 (value, -1, NULL, NULL, NULL);

      if (text != NULL)
        return text;
    }

  if (!hearth_text_check_utf8 (value, -1, what, &local))
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, local->message);
      return NULL;
    }

  return g_strdup (value);
}

static gboolean
read_text_option (const char  *option_name,
                  const char  *value,
                  gpointer     data,
                  GError     **error)
{
  const GOptionEntry *entry = find_entry (data, option_name);
  char *text = option_text (option_name, value, error);

  if (text == NULL)
    return FALSE;

  if (entry->arg == G_OPTION_ARG_STRING_ARRAY)
    {
      char ***strv = entry->arg_data;
      guint n = *strv != NULL ? g_strv_length (*strv) : 0;

      *strv = g_renew (char *, *strv, n + 2);
      (*strv)[n] = text;
      (*strv)[n + 1] = NULL;
    }
  else
    {
      char **string = entry->arg_data;

      g_free (*string);
      *string = text;
    }

  return TRUE;
}

static gboolean
read_number_option (const char  *option_name,
                    const char  *value,
                    gpointer     data,
                    GError     **error)
{
  const GOptionEntry *entry = find_entry (data, option_name);
  g_autofree char *shown = hearth_text_dup_visible (value, -1);
  g_autoptr(GError) local = NULL;
  gint64 number = 0;

  if (g_strcmp0 (entry->arg_description, "ID") == 0)
    {
      if (!hearth_text_parse_id (value, &number, &local))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "%s: %s",
                       option_name, local->message);
          return FALSE;
        }
    }
  else if (!g_ascii_string_to_signed (value, 10,
                                      entry->arg == G_OPTION_ARG_INT ? G_MININT : G_MININT64,
                                      entry->arg == G_OPTION_ARG_INT ? G_MAXINT : G_MAXINT64,
                                      &number, NULL))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s needs a whole number written in digits, such as 12, not “%s”."),
                   option_name, shown);
      return FALSE;
    }

  if (entry->arg == G_OPTION_ARG_INT)
    *(int *) entry->arg_data = (int) number;
  else
    *(gint64 *) entry->arg_data = number;
  return TRUE;
}

static void
add_entries (OptionState        *state,
             GArray             *read,
             const GOptionEntry *entries)
{
  for (const GOptionEntry *e = entries; e != NULL && e->long_name != NULL; e++)
    {
      GOptionEntry entry = *e;

      g_array_append_val (state->entries, entry);
      if (e->arg == G_OPTION_ARG_STRING || e->arg == G_OPTION_ARG_STRING_ARRAY)
        {
          /* FILENAME: the bytes as given, to be checked, not converted. */
          entry.flags |= G_OPTION_FLAG_FILENAME;
          entry.arg = G_OPTION_ARG_CALLBACK;
          entry.arg_data = (gpointer) read_text_option;
        }
      else if (e->arg == G_OPTION_ARG_INT || e->arg == G_OPTION_ARG_INT64)
        {
          entry.arg = G_OPTION_ARG_CALLBACK;
          entry.arg_data = (gpointer) read_number_option;
        }
      g_array_append_val (read, entry);
    }
}

/**
 * hearth_cli_option_group_new:
 * @entries: (nullable): options as a command declares them
 * @more: (nullable): more of them
 *
 * Returns: (transfer full): a group that reads the options' numbers in decimal and their
 *   text as UTF-8, naming the option when either is wrong
 */
GOptionGroup *
hearth_cli_option_group_new (const GOptionEntry *entries,
                             const GOptionEntry *more)
{
  OptionState *state = g_new0 (OptionState, 1);
  g_autoptr(GArray) read = g_array_new (TRUE, TRUE, sizeof (GOptionEntry));
  GOptionGroup *group;

  state->entries = g_array_new (TRUE, TRUE, sizeof (GOptionEntry));
  add_entries (state, read, entries);
  add_entries (state, read, more);

  group = g_option_group_new ("hearth-cli", "", "", state, option_state_free);
  g_option_group_set_translation_domain (group, GETTEXT_PACKAGE);
  g_option_group_add_entries (group, (const GOptionEntry *) read->data);
  return group;
}

/* The arguments after the file are text, named in a refusal as the command's help names
 * them. The file's name is the system's, whatever its bytes. */
static int
check_argument_text (const HearthCliCommand  *command,
                     int                      argc,
                     char                   **argv)
{
  g_auto(GStrv) names = g_strsplit (command->parameters, " ", -1);

  for (int i = 2; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *what = NULL;

      what = g_strdup_printf (_("The %s argument"),
                              (guint) i - 1 < g_strv_length (names) ? names[i - 1] : "");
      if (!hearth_text_check_utf8 (argv[i], -1, what, &error))
        return hearth_cli_usage_error (command, "%s", error->message);
    }

  return HEARTH_CLI_OK;
}

static int
check_arguments (const HearthCliCommand  *command,
                 int                      argc,
                 char                   **argv,
                 int                      n_args)
{
  if (argc - 1 == n_args)
    return HEARTH_CLI_OK;

  if (argc - 1 > n_args)
    return hearth_cli_usage_error (command, _("Unexpected argument “%s”."), argv[n_args + 1]);

  return hearth_cli_usage_error (command, _("%s needs %s."), command->name, _(command->parameters));
}

static gboolean
is_date_option (const GOptionEntry *entry)
{
  return entry->arg == G_OPTION_ARG_STRING && g_strcmp0 (entry->arg_description, "DATE") == 0;
}

/* Every option whose value is a DATE is read the way the window reads a date field, and
 * handed on as YYYY-MM-DD; a blank one is as if it were left out. */
static gboolean
read_dates (const GOptionEntry  *entries,
            GError             **error)
{
  for (guint i = 0; entries != NULL && entries[i].long_name != NULL; i++)
    {
      char **value = entries[i].arg_data;
      g_autofree char *iso = NULL;

      if (!is_date_option (&entries[i]) || *value == NULL)
        continue;
      if (!hearth_date_parse_input (*value, &iso, error))
        {
          g_prefix_error (error, "--%s: ", entries[i].long_name);
          return FALSE;
        }
      g_free (*value);
      *value = g_steal_pointer (&iso);
    }

  return TRUE;
}

static gboolean
has_date_option (const GOptionEntry *entries)
{
  for (guint i = 0; entries != NULL && entries[i].long_name != NULL; i++)
    if (is_date_option (&entries[i]))
      return TRUE;
  return FALSE;
}

/**
 * hearth_cli_dates_help:
 *
 * Returns: how a DATE may be written, for --help
 */
const char *
hearth_cli_dates_help (void)
{
  return _("A DATE is written day first, as in 7/12/2026, 07/12/26, 7-12-2026, 7 Dec 2026 or "
           "7 December 2026, or as 2026-12-07, today, yesterday or tomorrow. A two-digit year "
           "is at most 20 years from now: in 2026, 46 is 2046 and 47 is 1947. Dates are kept "
           "and written out as YYYY-MM-DD.");
}

/**
 * hearth_cli_parse:
 * @n_args: how many arguments must follow the options (the file, and so on)
 *
 * Parses a command's options, with its own --help and the global --user. On return,
 * (*argv)[1] onwards are the arguments.
 */
int
hearth_cli_parse (const HearthCliCommand   *command,
                  const GOptionEntry       *entries,
                  int                      *argc,
                  char                   ***argv,
                  int                       n_args)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *prgname = g_strdup_printf ("hearth-cli %s", command->name);
  g_autofree char *user = NULL;
  const GOptionEntry user_entries[] = {
    { "user", 0, 0, G_OPTION_ARG_STRING, &user,
      N_("Who the audit trail records as making the change"), N_("NAME") },
    { "take-over", 0, 0, G_OPTION_ARG_NONE, &cli_take_over,
      N_("Take the scheme over from whoever has it open, after saying why that is risky and "
         "asking to type “take over”"), NULL },
    G_OPTION_ENTRY_NULL
  };
  gboolean parsed;
  int status;

  context = g_option_context_new (command->parameters);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, command->summary);
  if (command->description != NULL && has_date_option (entries))
    {
      g_autofree char *both = g_strdup_printf ("%s\n\n%s", _(command->description),
                                               hearth_cli_dates_help ());

      g_option_context_set_description (context, both);
    }
  else if (command->description != NULL)
    g_option_context_set_description (context, command->description);
  else if (has_date_option (entries))
    g_option_context_set_description (context, hearth_cli_dates_help ());
  g_option_context_set_main_group (context, hearth_cli_option_group_new (entries, user_entries));

  /* So that --help says "hearth-cli COMMAND [OPTION…] FILE". */
  g_set_prgname (prgname);
  parsed = g_option_context_parse (context, argc, argv, &error);
  g_set_prgname ("hearth-cli");

  if (!parsed)
    return hearth_cli_usage_error (command, "%s", error->message);

  if (user != NULL)
    hearth_cli_set_user (user);

  if (!read_dates (entries, &error))
    return hearth_cli_refused (error);

  if ((status = check_arguments (command, *argc, *argv, n_args)) != HEARTH_CLI_OK)
    return status;

  return check_argument_text (command, *argc, *argv);
}

int
hearth_cli_refused (const GError *error)
{
  g_printerr ("hearth-cli: %s\n", error->message);
  return HEARTH_CLI_REFUSED;
}

int
hearth_cli_refuse (const char *format,
                   ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("hearth-cli: %s\n", message);
  return HEARTH_CLI_REFUSED;
}

/**
 * hearth_cli_open:
 * @status: (out): %HEARTH_CLI_CANNOT_OPEN when the scheme could not be opened
 *
 * Opens a scheme file; the core leaves a file it refuses exactly as it was.
 */
/* --take-over: the window's warning, then "take over" typed on standard input, as the
 * window asks for a click; a script can pipe it. */
static gboolean
take_over (HearthScheme *scheme,
           int          *status)
{
  g_autofree char *warning = hearth_scheme_dup_take_over_warning (scheme);
  g_autoptr(GError) error = NULL;
  char answer[64] = "";

  if (warning == NULL)
    return TRUE;

  g_printerr ("%s\n", warning);
  g_printerr ("%s", _("Type “take over” to take it over: "));
  if (fgets (answer, sizeof answer, stdin) == NULL ||
      !g_str_equal (g_strstrip (answer), "take over"))
    {
      g_printerr ("\nhearth-cli: %s\n", _("Not taken over; nothing was changed."));
      *status = HEARTH_CLI_REFUSED;
      return FALSE;
    }

  if (!hearth_scheme_take_over (scheme, &error))
    {
      g_printerr ("hearth-cli: %s\n", error->message);
      *status = HEARTH_CLI_REFUSED;
      return FALSE;
    }

  return TRUE;
}

HearthScheme *
hearth_cli_open (const char *path,
                 int        *status)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GError) error = NULL;
  const char *user = hearth_cli_get_user ();

  *status = HEARTH_CLI_OK;

  /* The audit trail keeps the user's name as text, like any other. */
  if (!hearth_text_check_utf8 (user, -1, cli_user != NULL ? "--user" : "HEARTH_USER", &error))
    {
      g_printerr ("hearth-cli: %s\n", error->message);
      *status = HEARTH_CLI_USAGE;
      return NULL;
    }

  if (!(scheme = hearth_scheme_open (file, NULL, &error)))
    {
      g_printerr ("hearth-cli: %s\n", error->message);
      *status = HEARTH_CLI_CANNOT_OPEN;
      return NULL;
    }

  if (user != NULL)
    hearth_scheme_set_user (scheme, user);

  if (cli_take_over && !take_over (scheme, status))
    return NULL;

  return g_steal_pointer (&scheme);
}

/* Loads a record by the number given on the command line. */
HearthRecord *
hearth_cli_load (HearthScheme  *scheme,
                 GType          type,
                 gint64         id,
                 GError       **error)
{
  if (id <= 0)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND,
                   _("Record numbers are whole numbers from 1 upwards, not %lld."),
                   (long long) id);
      return NULL;
    }

  return hearth_scheme_load (scheme, type, id, error);
}

gboolean
hearth_cli_parse_yes_no (const char  *text,
                         gboolean    *yes,
                         GError     **error)
{
  static const char * const yeses[] = { "yes", "y", "true", "1", "on" };
  static const char * const nos[] = { "no", "n", "false", "0", "off" };

  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (yeses); i++)
    {
      if (g_ascii_strcasecmp (text, yeses[i]) == 0 || g_ascii_strcasecmp (text, nos[i]) == 0)
        {
          *yes = g_ascii_strcasecmp (text, yeses[i]) == 0;
          return TRUE;
        }
    }

  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
               _("“%s” is not yes or no."), text != NULL ? text : "");
  return FALSE;
}

/* Refuses a value outside a closed set, listing the values that would do. */
gboolean
hearth_cli_check_value (HearthValueSet   set,
                        const char      *value,
                        const char      *what,
                        GError         **error)
{
  g_autoptr(GString) choices = g_string_new (NULL);
  const HearthValue *values;
  guint n_values;

  if (hearth_values_contains (set, value))
    return TRUE;

  values = hearth_values_get (set, &n_values);
  for (guint i = 0; i < n_values; i++)
    g_string_append_printf (choices, "%s%s", i > 0 ? ", " : "", values[i].value);

  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
               _("“%s” is not a known %s; choose one of: %s."),
               value != NULL ? value : "", what, choices->str);
  return FALSE;
}

static char *
list_fields (HearthRecord *record)
{
  HearthRecordClass *klass = HEARTH_RECORD_GET_CLASS (record);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < klass->columns->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (klass->columns, i);

      if (hearth_record_column_flags (pspec) & HEARTH_COLUMN_BOOKKEEPING)
        continue;
      g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "",
                              hearth_record_column_name (pspec));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* Finds a column by its SQL name (first_name) or its property name (first-name). */
static GParamSpec *
find_field (HearthRecord  *record,
            const char    *field,
            GError       **error)
{
  g_autofree char *property = g_strdelimit (g_strdup (field), "_", '-');
  GParamSpec *pspec = NULL;

  if (hearth_record_has_column (record, property))
    pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), property);

  if (pspec == NULL)
    {
      g_autofree char *fields = list_fields (record);

      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("A %s has no field “%s”. Its fields are: %s."),
                   hearth_record_get_kind (record), field, fields);
      return NULL;
    }

  if (hearth_record_column_flags (pspec) & HEARTH_COLUMN_BOOKKEEPING)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   g_str_has_prefix (property, "archive")
                   ? _("“%s” is kept by Hearth itself; use the archive and restore commands.")
                   : _("“%s” is kept by Hearth itself and cannot be set."), field);
      return NULL;
    }

  return pspec;
}

static gboolean
parse_field_value (GParamSpec  *pspec,
                   const char  *text,
                   GValue      *value,
                   GError     **error)
{
  g_value_init (value, pspec->value_type);

  if (G_VALUE_HOLDS_STRING (value))
    g_value_set_string (value, text[0] != '\0' ? text : NULL);
  else if (G_VALUE_HOLDS_BOOLEAN (value))
    {
      gboolean yes;

      if (!hearth_cli_parse_yes_no (text, &yes, error))
        return FALSE;
      g_value_set_boolean (value, yes);
    }
  else
    {
      gint64 number = 0;

      if (text[0] != '\0' && !g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64,
                                                        &number, NULL))
        {
          g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                       _("“%s” needs a whole number, not “%s”."),
                       hearth_record_column_name (pspec), text);
          return FALSE;
        }
      g_value_set_int64 (value, number);
    }

  if (g_param_value_validate (pspec, value))
    {
      if (G_IS_PARAM_SPEC_INT64 (pspec))
        g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                     _("“%s” is out of range for “%s”, which goes from %" G_GINT64_FORMAT
                       " to %" G_GINT64_FORMAT "."),
                     text, hearth_record_column_name (pspec),
                     G_PARAM_SPEC_INT64 (pspec)->minimum, G_PARAM_SPEC_INT64 (pspec)->maximum);
      else
        g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                     _("“%s” is out of range for “%s”."),
                     text, hearth_record_column_name (pspec));
      return FALSE;
    }

  return TRUE;
}

/**
 * hearth_cli_apply_sets:
 * @sets: "field=value" pairs; an empty value clears an optional field
 *
 * Sets any column of @record from the command line, read as the column's type. Whether the
 * change is allowed (a workflow's own fields are not) is for the core to say on saving.
 */
gboolean
hearth_cli_apply_sets (HearthRecord  *record,
                       char         **sets,
                       GError       **error)
{
  for (guint i = 0; sets != NULL && sets[i] != NULL; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *field = NULL;
      const char *equals = strchr (sets[i], '=');
      GParamSpec *pspec;

      if (equals == NULL || equals == sets[i])
        {
          g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                       _("“%s” is not field=value, as in --set area=Leeds."), sets[i]);
          return FALSE;
        }

      field = g_strstrip (g_strndup (sets[i], equals - sets[i]));
      if (!(pspec = find_field (record, field, error)))
        return FALSE;

      /* A date field reads its value as a date option does. */
      if (hearth_record_column_is_date (record, pspec->name))
        {
          g_autofree char *iso = NULL;

          if (!hearth_date_parse_input (equals + 1, &iso, error))
            {
              g_prefix_error (error, "--set %s: ", field);
              return FALSE;
            }
          g_value_init (&value, G_TYPE_STRING);
          g_value_set_string (&value, iso);
        }
      else if (!parse_field_value (pspec, equals + 1, &value, error))
        return FALSE;

      g_object_set_property (G_OBJECT (record), pspec->name, &value);
    }

  return TRUE;
}

/* What a coordinator calls the subject of a record: a person's or carer's name. */
char *
hearth_cli_dup_name (HearthRecord *record)
{
  if (HEARTH_IS_PERSON (record))
    return hearth_person_dup_display_name (HEARTH_PERSON (record));
  if (HEARTH_IS_CARER (record))
    return hearth_carer_dup_display_name (HEARTH_CARER (record));

  return hearth_record_dup_title (record);
}

char *
hearth_cli_dup_name_of (HearthScheme *scheme,
                        GType         type,
                        gint64        id)
{
  g_autoptr(HearthRecord) record = NULL;

  if (id <= 0 || !(record = hearth_scheme_load (scheme, type, id, NULL)))
    return g_strdup ("");

  return hearth_cli_dup_name (record);
}

/* Date options arrive here as YYYY-MM-DD, read by hearth_cli_parse(); NULL is no date. */
gboolean
hearth_cli_check_date (const char  *text,
                       GError     **error)
{
  if (text == NULL || hearth_date_is_valid (text))
    return TRUE;

  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
               _("“%s” is not a date; write dates like 2026-03-03."), text);
  return FALSE;
}

static guint
count_changes (HearthRecord *before,
               HearthRecord *after)
{
  HearthRecordClass *klass = HEARTH_RECORD_GET_CLASS (after);
  guint n = 0;

  for (guint i = 0; i < klass->columns->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (klass->columns, i);

      if (!(hearth_record_column_flags (pspec) & HEARTH_COLUMN_BOOKKEEPING) &&
          !hearth_record_column_equal (before, after, pspec))
        n++;
    }

  return n;
}

/**
 * hearth_cli_update:
 * @type: the kind of record
 * @option: the option that gives its number, such as "carer" for --carer
 *
 * update-carer and update-person: sets fields with --set and saves them through the core,
 * which refuses the fields that only a workflow may change.
 */
int
hearth_cli_update (const HearthCliCommand  *command,
                   int                      argc,
                   char                   **argv,
                   GType                    type,
                   const char              *option)
{
  gint64 id = 0;
  g_auto(GStrv) sets = NULL;
  const GOptionEntry entries[] = {
    { option, 0, 0, G_OPTION_ARG_INT64, &id, N_("The record’s number"), N_("ID") },
    { "set", 0, 0, G_OPTION_ARG_STRING_ARRAY, &sets,
      N_("Set a field (repeat for more); an empty value clears it"), N_("FIELD=VALUE") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthRecord) record = NULL;
  g_autoptr(HearthRecord) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  guint n;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK)
    return status;
  if (id == 0 || sets == NULL)
    return hearth_cli_usage_error (command, _("%s needs --%s and at least one --set."),
                                   command->name, option);

  if (!(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  if (!(record = hearth_cli_load (scheme, type, id, &error)) ||
      !(before = hearth_record_copy (record)) ||
      !hearth_cli_apply_sets (record, sets, &error) ||
      !hearth_scheme_update (scheme, record, &error))
    return hearth_cli_refused (error);

  name = hearth_cli_dup_name (record);
  n = count_changes (before, record);
  if (n == 0)
    g_print (_("Nothing changed for %s.\n"), name);
  else
    g_print (g_dngettext (GETTEXT_PACKAGE, "Saved %u change for %s.\n",
                          "Saved %u changes for %s.\n", n), n, name);
  return HEARTH_CLI_OK;
}
