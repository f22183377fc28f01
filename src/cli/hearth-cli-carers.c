/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-cli-carers.c: carer recruitment from the command line: enquiries, details, stages,
 * checks and the panel's approval. */

#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-cli-private.h"

/* An enquiry source by its number or its name ("word of mouth"). */
static gboolean
find_source (HearthScheme  *scheme,
             const char    *text,
             gint64        *id,
             GError       **error)
{
  g_autoptr(GPtrArray) sources = hearth_scheme_load_all (scheme, HEARTH_TYPE_ENQUIRY_SOURCE, error);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *wanted = g_utf8_casefold (text, -1);
  gint64 number = 0;

  if (sources == NULL)
    return FALSE;

  g_ascii_string_to_signed (text, 10, 1, G_MAXINT64, &number, NULL);
  for (guint i = 0; i < sources->len; i++)
    {
      HearthEnquirySource *source = g_ptr_array_index (sources, i);
      const char *name = hearth_enquiry_source_get_name (source);
      g_autofree char *folded = g_utf8_casefold (name, -1);

      if (hearth_record_get_id (HEARTH_RECORD (source)) == number || g_str_equal (folded, wanted))
        {
          *id = hearth_record_get_id (HEARTH_RECORD (source));
          return TRUE;
        }
      g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", name);
    }

  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
               _("“%s” is not one of this scheme’s enquiry sources: %s."), text, names->str);
  return FALSE;
}

typedef struct
{
  char  *first_name;
  char  *last_name;
  char  *preferred_name;
  char  *enquiry_date;
  char  *area;
  char  *postcode;
  char  *address;
  char  *phone;
  char  *email;
  char  *source;
  char **sets;
} NewCarer;

static void
new_carer_clear (NewCarer *n)
{
  g_free (n->first_name);
  g_free (n->last_name);
  g_free (n->preferred_name);
  g_free (n->enquiry_date);
  g_free (n->area);
  g_free (n->postcode);
  g_free (n->address);
  g_free (n->phone);
  g_free (n->email);
  g_free (n->source);
  g_strfreev (n->sets);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (NewCarer, new_carer_clear)

static gboolean
fill_carer (HearthScheme  *scheme,
            HearthCarer   *carer,
            NewCarer      *n,
            GError       **error)
{
  gint64 source = 0;

  if (!hearth_cli_check_date (n->enquiry_date, error) ||
      (n->source != NULL && !find_source (scheme, n->source, &source, error)))
    return FALSE;

  g_object_set (carer,
                "first-name", n->first_name,
                "last-name", n->last_name,
                "preferred-name", n->preferred_name,
                "enquiry-date", n->enquiry_date,
                "area", n->area,
                "postcode", n->postcode,
                "address", n->address,
                "phone", n->phone,
                "email", n->email,
                "enquiry-source-id", source,
                NULL);

  return hearth_cli_apply_sets (HEARTH_RECORD (carer), n->sets, error);
}

int
hearth_cli_add_carer (const HearthCliCommand *command,
                      int                     argc,
                      char                  **argv)
{
  g_auto(NewCarer) n = { 0, };
  const GOptionEntry entries[] = {
    { "first-name", 0, 0, G_OPTION_ARG_STRING, &n.first_name, N_("First name"), N_("NAME") },
    { "last-name", 0, 0, G_OPTION_ARG_STRING, &n.last_name, N_("Last name"), N_("NAME") },
    { "preferred-name", 0, 0, G_OPTION_ARG_STRING, &n.preferred_name,
      N_("The name they like to be called"), N_("NAME") },
    { "enquiry-date", 0, 0, G_OPTION_ARG_STRING, &n.enquiry_date,
      N_("When they first got in touch (default today)"), N_("DATE") },
    { "area", 0, 0, G_OPTION_ARG_STRING, &n.area, N_("Area or town"), N_("AREA") },
    { "postcode", 0, 0, G_OPTION_ARG_STRING, &n.postcode, N_("Postcode"), N_("POSTCODE") },
    { "address", 0, 0, G_OPTION_ARG_STRING, &n.address, N_("Address"), N_("ADDRESS") },
    { "phone", 0, 0, G_OPTION_ARG_STRING, &n.phone, N_("Phone number"), N_("PHONE") },
    { "email", 0, 0, G_OPTION_ARG_STRING, &n.email, N_("Email address"), N_("EMAIL") },
    { "source", 0, 0, G_OPTION_ARG_STRING, &n.source,
      N_("Where they heard of the scheme, by name or number"), N_("SOURCE") },
    { "set", 0, 0, G_OPTION_ARG_STRING_ARRAY, &n.sets,
      N_("Set any other field (repeat for more)"), N_("FIELD=VALUE") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthCarer) carer = hearth_carer_new ();
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      (status = hearth_cli_require (command, n.first_name, "--first-name")) != HEARTH_CLI_OK ||
      (status = hearth_cli_require (command, n.last_name, "--last-name")) != HEARTH_CLI_OK ||
      !(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  if (!fill_carer (scheme, carer, &n, &error) ||
      !hearth_scheme_add_carer (scheme, carer, &error))
    return hearth_cli_refused (error);

  g_print ("%" G_GINT64_FORMAT "\n", hearth_record_get_id (HEARTH_RECORD (carer)));
  return HEARTH_CLI_OK;
}

int
hearth_cli_update_carer (const HearthCliCommand *command,
                         int                     argc,
                         char                  **argv)
{
  return hearth_cli_update (command, argc, argv, HEARTH_TYPE_CARER, "carer");
}

/* Every stage's name, the flow first, for move-carer --help. */
static char *
describe_stages (void)
{
  guint n_values;
  const HearthValue *values = hearth_values_get (HEARTH_VALUES_CARER_STAGE, &n_values);
  g_autoptr(GString) stages = g_string_new (NULL);

  for (guint i = 0; i < n_values; i++)
    if (!g_str_equal (values[i].value, "approved"))
      g_string_append_printf (stages, "%s%s", stages->len > 0 ? ", " : "", values[i].value);

  /* Translators: %s is the list of stages, in the order of recruitment */
  return g_strdup_printf (_("Stages: %s. Any move that is not simply onwards needs a --note "
                            "saying why."), stages->str);
}

int
hearth_cli_move_carer (const HearthCliCommand *command,
                       int                     argc,
                       char                  **argv)
{
  gint64 id = 0;
  g_autofree char *stage = NULL;
  g_autofree char *on = NULL;
  g_autofree char *note = NULL;
  const GOptionEntry entries[] = {
    { "carer", 0, 0, G_OPTION_ARG_INT64, &id, N_("The carer’s number"), N_("ID") },
    { "stage", 0, 0, G_OPTION_ARG_STRING, &stage, N_("The stage they move to"), N_("STAGE") },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, N_("When (default today)"), N_("DATE") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("Why, for any move that is not onwards"),
      N_("TEXT") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthRecord) carer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *help = NULL;
  HearthCliCommand described = *command;
  int status;

  /* The help lists the stages as the core orders them, so it cannot fall out of date. */
  described.description = help = describe_stages ();
  if ((status = hearth_cli_parse (&described, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      (status = hearth_cli_require_id (command, id, "--carer")) != HEARTH_CLI_OK ||
      (status = hearth_cli_require (command, stage, "--stage")) != HEARTH_CLI_OK ||
      !(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  if (!(carer = hearth_cli_load (scheme, HEARTH_TYPE_CARER, id, &error)) ||
      !hearth_scheme_move_carer (scheme, HEARTH_CARER (carer), stage, on, note, &error))
    return hearth_cli_refused (error);

  name = hearth_cli_dup_name (carer);
  g_print (_("%s is now at “%s”.\n"), name,
           hearth_values_label (HEARTH_VALUES_CARER_STAGE, stage));
  return HEARTH_CLI_OK;
}

static HearthCarerCheck *
new_check (gint64       carer,
           const char  *kind,
           const char  *on,
           const char  *expires,
           const char  *detail,
           GError     **error)
{
  g_autoptr(HearthCarerCheck) check = hearth_carer_check_new ();
  g_autofree char *today = hearth_date_today ();

  if (!hearth_cli_check_value (HEARTH_VALUES_CHECK_KIND, kind, _("kind of check"), error) ||
      !hearth_cli_check_date (on, error) || !hearth_cli_check_date (expires, error))
    return NULL;

  if (expires != NULL && g_strcmp0 (expires, on != NULL ? on : today) < 0)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("A check cannot expire before it was done."));
      return NULL;
    }

  g_object_set (check, "carer-id", carer, "kind", kind, "completed-on", on != NULL ? on : today,
                "expires-on", expires, "detail", detail, NULL);
  return g_steal_pointer (&check);
}

int
hearth_cli_add_check (const HearthCliCommand *command,
                      int                     argc,
                      char                  **argv)
{
  gint64 id = 0;
  g_autofree char *kind = NULL;
  g_autofree char *on = NULL;
  g_autofree char *expires = NULL;
  g_autofree char *detail = NULL;
  const GOptionEntry entries[] = {
    { "carer", 0, 0, G_OPTION_ARG_INT64, &id, N_("The carer’s number"), N_("ID") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind, N_("Which check"), N_("KIND") },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on,
      N_("When it was completed (default today)"), N_("DATE") },
    { "expires", 0, 0, G_OPTION_ARG_STRING, &expires,
      N_("When it runs out, if it does"), N_("DATE") },
    { "detail", 0, 0, G_OPTION_ARG_STRING, &detail,
      N_("Who gave a reference, a certificate number…"), N_("TEXT") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthRecord) carer = NULL;
  g_autoptr(HearthCarerCheck) check = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      (status = hearth_cli_require_id (command, id, "--carer")) != HEARTH_CLI_OK ||
      (status = hearth_cli_require (command, kind, "--kind")) != HEARTH_CLI_OK ||
      !(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  if (!(carer = hearth_cli_load (scheme, HEARTH_TYPE_CARER, id, &error)) ||
      !(check = new_check (id, kind, on, expires, detail, &error)) ||
      !hearth_scheme_insert (scheme, HEARTH_RECORD (check), &error))
    return hearth_cli_refused (error);

  g_print ("%" G_GINT64_FORMAT "\n", hearth_record_get_id (HEARTH_RECORD (check)));
  return HEARTH_CLI_OK;
}

static char *
describe_terms (const HearthApprovalTerms *terms)
{
  g_autoptr(GPtrArray) types = g_ptr_array_new ();

  if (terms->long_term)
    g_ptr_array_add (types, (gpointer) _("long-term"));
  if (terms->short_breaks)
    g_ptr_array_add (types, (gpointer) _("short breaks"));
  if (terms->day_support)
    g_ptr_array_add (types, (gpointer) _("day support"));
  if (terms->emergency)
    g_ptr_array_add (types, (gpointer) _("emergencies"));
  g_ptr_array_add (types, NULL);

  return g_strjoinv (", ", (char **) types->pdata);
}

int
hearth_cli_approve_carer (const HearthCliCommand *command,
                          int                     argc,
                          char                  **argv)
{
  gint64 id = 0;
  int places = -1;
  HearthApprovalTerms terms = { 0, };
  g_autofree char *on = NULL;
  g_autofree char *note = NULL;
  const GOptionEntry entries[] = {
    { "carer", 0, 0, G_OPTION_ARG_INT64, &id, N_("The carer’s number"), N_("ID") },
    { "places", 0, 0, G_OPTION_ARG_INT, &places,
      N_("How many people at once: 1, 2 or 3"), N_("N") },
    { "long-term", 0, 0, G_OPTION_ARG_NONE, &terms.long_term,
      N_("Approved for long-term arrangements"), NULL },
    { "short-breaks", 0, 0, G_OPTION_ARG_NONE, &terms.short_breaks,
      N_("Approved for short breaks"), NULL },
    { "day-support", 0, 0, G_OPTION_ARG_NONE, &terms.day_support,
      N_("Approved for day support"), NULL },
    { "emergency", 0, 0, G_OPTION_ARG_NONE, &terms.emergency,
      N_("Approved and trained for emergency placements"), NULL },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, N_("The panel’s date (default today)"), N_("DATE") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("The panel’s remarks"), N_("TEXT") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthRecord) carer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *what = NULL;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      (status = hearth_cli_require_id (command, id, "--carer")) != HEARTH_CLI_OK ||
      (status = hearth_cli_require_id (command, places + 1, "--places")) != HEARTH_CLI_OK ||
      !(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  terms.places = places;
  if (!(carer = hearth_cli_load (scheme, HEARTH_TYPE_CARER, id, &error)) ||
      !hearth_scheme_approve_carer (scheme, HEARTH_CARER (carer), &terms, on, note, &error))
    return hearth_cli_refused (error);

  name = hearth_cli_dup_name (carer);
  what = describe_terms (&terms);
  g_print (g_dngettext (GETTEXT_PACKAGE, "%s is approved for %d person at once: %s.\n",
                        "%s is approved for %d people at once: %s.\n", places),
           name, places, what);
  return HEARTH_CLI_OK;
}
