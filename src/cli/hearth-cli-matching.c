/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-cli-matching.c: matching from the command line: trials from proposal to both
 * sides' choice, and arrangements from their start to their end. */

#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-cli-private.h"

int
hearth_cli_propose_trial (const HearthCliCommand *command,
                          int                     argc,
                          char                  **argv)
{
  gint64 person_id = 0, carer_id = 0;
  g_autofree char *type = NULL;
  g_autofree char *on = NULL;
  g_autofree char *notes = NULL;
  const GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_INT64, &person_id, N_("The person’s number"), N_("ID") },
    { "carer", 0, 0, G_OPTION_ARG_INT64, &carer_id, N_("The carer’s number"), N_("ID") },
    { "type", 0, 0, G_OPTION_ARG_STRING, &type,
      N_("long-term, short-breaks or day-support"), N_("TYPE") },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on,
      N_("When it was proposed (default today)"), N_("DATE") },
    { "notes", 0, 0, G_OPTION_ARG_STRING, &notes, N_("Why this match"), N_("TEXT") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthRecord) person = NULL;
  g_autoptr(HearthRecord) carer = NULL;
  g_autoptr(HearthTrial) trial = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      (status = hearth_cli_require_id (command, person_id, "--person")) != HEARTH_CLI_OK ||
      (status = hearth_cli_require_id (command, carer_id, "--carer")) != HEARTH_CLI_OK ||
      (status = hearth_cli_require (command, type, "--type")) != HEARTH_CLI_OK ||
      !(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  if (!(person = hearth_cli_load (scheme, HEARTH_TYPE_PERSON, person_id, &error)) ||
      !(carer = hearth_cli_load (scheme, HEARTH_TYPE_CARER, carer_id, &error)) ||
      !(trial = hearth_scheme_propose_trial (scheme, HEARTH_PERSON (person), HEARTH_CARER (carer),
                                             type, on, notes, &error)))
    return hearth_cli_refused (error);

  g_print ("%" G_GINT64_FORMAT "\n", hearth_record_get_id (HEARTH_RECORD (trial)));
  return HEARTH_CLI_OK;
}

int
hearth_cli_advance_trial (const HearthCliCommand *command,
                          int                     argc,
                          char                  **argv)
{
  gint64 id = 0;
  g_autofree char *stage = NULL;
  g_autofree char *on = NULL;
  g_autofree char *start = NULL;
  g_autofree char *planned_end = NULL;
  g_autofree char *notes = NULL;
  const GOptionEntry entries[] = {
    { "trial", 0, 0, G_OPTION_ARG_INT64, &id, N_("The trial’s number"), N_("ID") },
    { "stage", 0, 0, G_OPTION_ARG_STRING, &stage, N_("The stage reached"), N_("STAGE") },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, N_("When (default today)"), N_("DATE") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start, N_("When the trial period starts"), N_("DATE") },
    { "planned-end", 0, 0, G_OPTION_ARG_STRING, &planned_end,
      N_("When the trial period is planned to end"), N_("DATE") },
    { "notes", 0, 0, G_OPTION_ARG_STRING, &notes, N_("How it went"), N_("TEXT") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthRecord) trial = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      (status = hearth_cli_require_id (command, id, "--trial")) != HEARTH_CLI_OK ||
      (status = hearth_cli_require (command, stage, "--stage")) != HEARTH_CLI_OK ||
      !(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  if (!hearth_cli_check_date (start, &error) || !hearth_cli_check_date (planned_end, &error) ||
      !(trial = hearth_cli_load (scheme, HEARTH_TYPE_TRIAL, id, &error)))
    return hearth_cli_refused (error);

  if (start != NULL)
    g_object_set (trial, "trial-start", start, NULL);
  if (planned_end != NULL)
    g_object_set (trial, "trial-planned-end", planned_end, NULL);

  if (!hearth_scheme_advance_trial (scheme, HEARTH_TRIAL (trial), stage, on, notes, &error))
    return hearth_cli_refused (error);

  g_print (_("Trial %lld is now at “%s”.\n"), (long long) id,
           hearth_values_label (HEARTH_VALUES_TRIAL_STAGE, stage));
  return HEARTH_CLI_OK;
}

static void
print_decision (HearthTrial *trial,
                HearthSide   side,
                gboolean     yes)
{
  gint64 id = hearth_record_get_id (HEARTH_RECORD (trial));

  if (g_strcmp0 (hearth_trial_get_outcome (trial), "agreed") == 0)
    g_print (_("Both said yes: trial %lld is agreed and can become an arrangement.\n"),
             (long long) id);
  else if (!yes)
    g_print (_("Trial %lld is closed: %s.\n"), (long long) id,
             hearth_values_label (HEARTH_VALUES_TRIAL_OUTCOME, hearth_trial_get_outcome (trial)));
  else
    g_print (side == HEARTH_SIDE_PERSON
             ? _("The person said yes; trial %lld waits for the carer.\n")
             : _("The carer said yes; trial %lld waits for the person.\n"), (long long) id);
}

int
hearth_cli_decide_trial (const HearthCliCommand *command,
                         int                     argc,
                         char                  **argv)
{
  gint64 id = 0;
  g_autofree char *person_says = NULL;
  g_autofree char *carer_says = NULL;
  g_autofree char *words = NULL;
  g_autofree char *on = NULL;
  const GOptionEntry entries[] = {
    { "trial", 0, 0, G_OPTION_ARG_INT64, &id, N_("The trial’s number"), N_("ID") },
    { "person-says", 0, 0, G_OPTION_ARG_STRING, &person_says,
      N_("The person’s choice"), N_("yes|no") },
    { "carer-says", 0, 0, G_OPTION_ARG_STRING, &carer_says,
      N_("The carer’s choice"), N_("yes|no") },
    { "words", 0, 0, G_OPTION_ARG_STRING, &words,
      N_("What they said, in their words"), N_("TEXT") },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, N_("When (default today)"), N_("DATE") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthRecord) trial = NULL;
  g_autoptr(GError) error = NULL;
  HearthSide side;
  gboolean yes = FALSE;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      (status = hearth_cli_require_id (command, id, "--trial")) != HEARTH_CLI_OK)
    return status;

  side = person_says != NULL ? HEARTH_SIDE_PERSON : HEARTH_SIDE_CARER;
  if ((person_says != NULL) == (carer_says != NULL))
    return hearth_cli_usage_error (command, _("Record one side at a time: --person-says or "
                                              "--carer-says."));
  if (!hearth_cli_parse_yes_no (person_says != NULL ? person_says : carer_says, &yes, &error))
    return hearth_cli_usage_error (command, "%s", error->message);

  if (!(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  if (!(trial = hearth_cli_load (scheme, HEARTH_TYPE_TRIAL, id, &error)) ||
      !hearth_scheme_decide_trial (scheme, HEARTH_TRIAL (trial), side, yes, words, on, &error))
    return hearth_cli_refused (error);

  print_decision (HEARTH_TRIAL (trial), side, yes);
  return HEARTH_CLI_OK;
}

int
hearth_cli_withdraw_trial (const HearthCliCommand *command,
                           int                     argc,
                           char                  **argv)
{
  gint64 id = 0;
  g_autofree char *reason = NULL;
  g_autofree char *on = NULL;
  const GOptionEntry entries[] = {
    { "trial", 0, 0, G_OPTION_ARG_INT64, &id, N_("The trial’s number"), N_("ID") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Why it is withdrawn"), N_("TEXT") },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, N_("When (default today)"), N_("DATE") },
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
      !hearth_scheme_withdraw_trial (scheme, HEARTH_TRIAL (trial), reason, on, &error))
    return hearth_cli_refused (error);

  g_print (_("Trial %lld is withdrawn.\n"), (long long) id);
  return HEARTH_CLI_OK;
}

typedef struct
{
  gint64    trial;
  gint64    person;
  gint64    carer;
  gboolean  emergency;
  int       nights;
  char     *approved_by;
  char     *approved_on;
  char     *type;
  char     *start;
  char     *planned_end;
  char     *funding;
  char     *fee;
  char     *days;
} NewArrangement;

static void
new_arrangement_clear (NewArrangement *n)
{
  g_free (n->approved_by);
  g_free (n->approved_on);
  g_free (n->type);
  g_free (n->start);
  g_free (n->planned_end);
  g_free (n->funding);
  g_free (n->fee);
  g_free (n->days);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (NewArrangement, new_arrangement_clear)

/* Which options go together; the rules themselves are the core's to check. */
static int
check_arrangement_options (const HearthCliCommand *command,
                           NewArrangement         *n)
{
  if (n->trial != 0 && n->emergency)
    return hearth_cli_usage_error (command, _("An emergency placement does not come from a "
                                              "trial: give --trial or --emergency, not both."));
  if (n->trial == 0 && (n->person == 0 || n->carer == 0))
    return hearth_cli_usage_error (command, _("start-arrangement needs --trial, or --person and "
                                              "--carer for an emergency placement."));
  if (n->trial == 0 && n->type == NULL)
    return hearth_cli_require (command, n->type, "--type");
  if (n->start == NULL || n->fee == NULL)
    return hearth_cli_require (command, NULL, n->start == NULL ? "--start" : "--weekly-fee");
  if (n->nights < 0)
    return hearth_cli_usage_error (command, _("--nights is a number of nights, 1 or more."));

  return HEARTH_CLI_OK;
}

/* From a trial, the person, carer and type are the trial's unless given. */
static gboolean
take_from_trial (HearthScheme    *scheme,
                 NewArrangement  *n,
                 GError         **error)
{
  g_autoptr(HearthRecord) trial = NULL;

  if (n->trial == 0)
    return TRUE;

  if (!(trial = hearth_cli_load (scheme, HEARTH_TYPE_TRIAL, n->trial, error)))
    return FALSE;

  if (n->person == 0)
    n->person = hearth_trial_get_person_id (HEARTH_TRIAL (trial));
  if (n->carer == 0)
    n->carer = hearth_trial_get_carer_id (HEARTH_TRIAL (trial));
  if (n->type == NULL)
    n->type = g_strdup (hearth_trial_get_arrangement_type (HEARTH_TRIAL (trial)));

  return TRUE;
}

static HearthArrangement *
build_arrangement (HearthScheme    *scheme,
                   NewArrangement  *n,
                   GError         **error)
{
  g_autoptr(HearthArrangement) arrangement = hearth_arrangement_new ();
  gint64 pence;

  if (!hearth_money_parse (n->fee, &pence, error) ||
      !hearth_cli_check_date (n->start, error) || !hearth_cli_check_date (n->planned_end, error) ||
      !hearth_cli_check_date (n->approved_on, error) ||
      (n->funding != NULL &&
       !hearth_cli_check_value (HEARTH_VALUES_FUNDING_ROUTE, n->funding, _("funding route"),
                                error)) ||
      !take_from_trial (scheme, n, error))
    return NULL;

  g_object_set (arrangement,
                "person-id", n->person, "carer-id", n->carer, "trial-id", n->trial,
                "arrangement-type", n->type, "emergency", n->emergency,
                "manager-approved-by", n->approved_by, "manager-approved-on", n->approved_on,
                "start-date", n->start, "planned-end", n->planned_end,
                "funding-route", n->funding, "weekly-fee-pence", pence,
                "nights-agreed", (gint64) n->nights, "days-agreed", n->days,
                NULL);
  return g_steal_pointer (&arrangement);
}

int
hearth_cli_start_arrangement (const HearthCliCommand *command,
                              int                     argc,
                              char                  **argv)
{
  g_auto(NewArrangement) n = { 0, };
  const GOptionEntry entries[] = {
    { "trial", 0, 0, G_OPTION_ARG_INT64, &n.trial, N_("The agreed trial it comes from"), N_("ID") },
    { "emergency", 0, 0, G_OPTION_ARG_NONE, &n.emergency, N_("An emergency placement"), NULL },
    { "person", 0, 0, G_OPTION_ARG_INT64, &n.person, N_("The person’s number"), N_("ID") },
    { "carer", 0, 0, G_OPTION_ARG_INT64, &n.carer, N_("The carer’s number"), N_("ID") },
    { "approved-by", 0, 0, G_OPTION_ARG_STRING, &n.approved_by,
      N_("The registered manager who approved an emergency placement"), N_("NAME") },
    { "approved-on", 0, 0, G_OPTION_ARG_STRING, &n.approved_on,
      N_("When they approved it (default the start)"), N_("DATE") },
    { "type", 0, 0, G_OPTION_ARG_STRING, &n.type,
      N_("long-term, short-breaks or day-support (default the trial’s)"), N_("TYPE") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &n.start, N_("The first day"), N_("DATE") },
    { "planned-end", 0, 0, G_OPTION_ARG_STRING, &n.planned_end,
      N_("When it is planned to end, if it is"), N_("DATE") },
    { "funding", 0, 0, G_OPTION_ARG_STRING, &n.funding,
      N_("How it is funded (default the person’s funding route)"), N_("ROUTE") },
    { "weekly-fee", 0, 0, G_OPTION_ARG_STRING, &n.fee, N_("The weekly fee, such as 650.00"),
      N_("POUNDS") },
    { "nights", 0, 0, G_OPTION_ARG_INT, &n.nights, N_("Nights agreed, for short breaks"), N_("N") },
    { "days", 0, 0, G_OPTION_ARG_STRING, &n.days, N_("Days agreed, for day support"), N_("DAYS") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthArrangement) arrangement = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      (status = check_arrangement_options (command, &n)) != HEARTH_CLI_OK ||
      !(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  if (!(arrangement = build_arrangement (scheme, &n, &error)) ||
      !hearth_scheme_start_arrangement (scheme, arrangement, &error))
    return hearth_cli_refused (error);

  g_print ("%" G_GINT64_FORMAT "\n", hearth_record_get_id (HEARTH_RECORD (arrangement)));
  return HEARTH_CLI_OK;
}

int
hearth_cli_end_arrangement (const HearthCliCommand *command,
                            int                     argc,
                            char                  **argv)
{
  gint64 id = 0;
  g_autofree char *on = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *note = NULL;
  const GOptionEntry entries[] = {
    { "arrangement", 0, 0, G_OPTION_ARG_INT64, &id, N_("The arrangement’s number"), N_("ID") },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, N_("The day it ended (default today)"), N_("DATE") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Why it ended"), N_("REASON") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("More about why"), N_("TEXT") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthRecord) arrangement = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      (status = hearth_cli_require_id (command, id, "--arrangement")) != HEARTH_CLI_OK ||
      !(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  if (!(arrangement = hearth_cli_load (scheme, HEARTH_TYPE_ARRANGEMENT, id, &error)) ||
      !hearth_scheme_end_arrangement (scheme, HEARTH_ARRANGEMENT (arrangement), on, reason, note,
                                      &error))
    return hearth_cli_refused (error);

  g_print (_("Arrangement %lld ended on %s: %s.\n"), (long long) id,
           hearth_arrangement_get_end_date (HEARTH_ARRANGEMENT (arrangement)),
           hearth_values_label (HEARTH_VALUES_END_REASON, reason));
  return HEARTH_CLI_OK;
}
