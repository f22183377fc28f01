/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-cli-people.c: referrals and people's details from the command line, and archiving
 * and restoring people and carers. */

#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-cli-private.h"

typedef struct
{
  char  *first_name;
  char  *last_name;
  char  *preferred_name;
  char  *date_of_birth;
  char  *referral_date;
  char  *support_needs;
  char  *funding;
  char  *area;
  char  *postcode;
  char  *phone;
  char  *referring_org;
  char  *care_manager;
  char  *care_manager_contact;
  char  *risk_assessed_on;
  char  *risk_review_due;
  char **sets;
} NewPerson;

static void
new_person_clear (NewPerson *n)
{
  g_free (n->first_name);
  g_free (n->last_name);
  g_free (n->preferred_name);
  g_free (n->date_of_birth);
  g_free (n->referral_date);
  g_free (n->support_needs);
  g_free (n->funding);
  g_free (n->area);
  g_free (n->postcode);
  g_free (n->phone);
  g_free (n->referring_org);
  g_free (n->care_manager);
  g_free (n->care_manager_contact);
  g_free (n->risk_assessed_on);
  g_free (n->risk_review_due);
  g_strfreev (n->sets);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (NewPerson, new_person_clear)

/* "autism, dementia" is as good as "autism,dementia". */
static char *
tidy_list (const char *list)
{
  g_auto(GStrv) parts = NULL;

  if (list == NULL)
    return NULL;

  parts = g_strsplit (list, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    g_strstrip (parts[i]);

  return g_strjoinv (",", parts);
}

static gboolean
fill_person (HearthPerson  *person,
             NewPerson     *n,
             GError       **error)
{
  g_autofree char *needs = tidy_list (n->support_needs);

  g_object_set (person,
                "first-name", n->first_name,
                "last-name", n->last_name,
                "preferred-name", n->preferred_name,
                "date-of-birth", n->date_of_birth,
                "referral-date", n->referral_date,
                "area", n->area,
                "postcode", n->postcode,
                "phone", n->phone,
                "referring-org", n->referring_org,
                "care-manager-name", n->care_manager,
                "care-manager-contact", n->care_manager_contact,
                "risk-assessed-on", n->risk_assessed_on,
                "risk-review-due", n->risk_review_due,
                NULL);
  if (needs != NULL)
    g_object_set (person, "support-needs", needs, NULL);
  if (n->funding != NULL)
    g_object_set (person, "funding-route", n->funding, NULL);

  return hearth_cli_check_date (n->date_of_birth, error) &&
         hearth_cli_check_date (n->referral_date, error) &&
         (n->funding == NULL ||
          hearth_cli_check_value (HEARTH_VALUES_FUNDING_ROUTE, n->funding, _("funding route"),
                                  error)) &&
         hearth_cli_apply_sets (HEARTH_RECORD (person), n->sets, error);
}

int
hearth_cli_add_person (const HearthCliCommand *command,
                       int                     argc,
                       char                  **argv)
{
  g_auto(NewPerson) n = { 0, };
  const GOptionEntry entries[] = {
    { "first-name", 0, 0, G_OPTION_ARG_STRING, &n.first_name, N_("First name"), N_("NAME") },
    { "last-name", 0, 0, G_OPTION_ARG_STRING, &n.last_name, N_("Last name"), N_("NAME") },
    { "preferred-name", 0, 0, G_OPTION_ARG_STRING, &n.preferred_name,
      N_("The name they like to be called"), N_("NAME") },
    { "date-of-birth", 0, 0, G_OPTION_ARG_STRING, &n.date_of_birth,
      N_("Date of birth"), N_("DATE") },
    { "referral-date", 0, 0, G_OPTION_ARG_STRING, &n.referral_date,
      N_("When the scheme received the referral"), N_("DATE") },
    { "support-needs", 0, 0, G_OPTION_ARG_STRING, &n.support_needs,
      N_("Comma-separated, such as learning-disability,autism"), N_("NEEDS") },
    { "funding", 0, 0, G_OPTION_ARG_STRING, &n.funding,
      N_("council, chc, phb, section-117, spot-purchase or joint (default council)"), N_("ROUTE") },
    { "area", 0, 0, G_OPTION_ARG_STRING, &n.area, N_("Area or town"), N_("AREA") },
    { "postcode", 0, 0, G_OPTION_ARG_STRING, &n.postcode, N_("Postcode"), N_("POSTCODE") },
    { "phone", 0, 0, G_OPTION_ARG_STRING, &n.phone, N_("Phone number"), N_("PHONE") },
    { "referring-org", 0, 0, G_OPTION_ARG_STRING, &n.referring_org,
      N_("Who referred them: a hospital discharge team, CAMHS…"), N_("ORGANISATION") },
    { "care-manager", 0, 0, G_OPTION_ARG_STRING, &n.care_manager,
      N_("Their care manager’s name"), N_("NAME") },
    { "care-manager-contact", 0, 0, G_OPTION_ARG_STRING, &n.care_manager_contact,
      N_("How to reach the care manager"), N_("CONTACT") },
    { "risk-assessed-on", 0, 0, G_OPTION_ARG_STRING, &n.risk_assessed_on,
      N_("Date of the risk assessment"), N_("DATE") },
    { "risk-review-due", 0, 0, G_OPTION_ARG_STRING, &n.risk_review_due,
      N_("When the risk assessment is next reviewed"), N_("DATE") },
    { "set", 0, 0, G_OPTION_ARG_STRING_ARRAY, &n.sets,
      N_("Set any other field (repeat for more)"), N_("FIELD=VALUE") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthPerson) person = hearth_person_new ();
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      (status = hearth_cli_require (command, n.first_name, "--first-name")) != HEARTH_CLI_OK ||
      (status = hearth_cli_require (command, n.last_name, "--last-name")) != HEARTH_CLI_OK ||
      (status = hearth_cli_require (command, n.date_of_birth,
                                    "--date-of-birth")) != HEARTH_CLI_OK ||
      (status = hearth_cli_require (command, n.referral_date,
                                    "--referral-date")) != HEARTH_CLI_OK ||
      !(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  if (!fill_person (person, &n, &error) ||
      !hearth_scheme_add_person (scheme, person, &error))
    return hearth_cli_refused (error);

  g_print ("%" G_GINT64_FORMAT "\n", hearth_record_get_id (HEARTH_RECORD (person)));
  return HEARTH_CLI_OK;
}

int
hearth_cli_update_person (const HearthCliCommand *command,
                          int                     argc,
                          char                  **argv)
{
  return hearth_cli_update (command, argc, argv, HEARTH_TYPE_PERSON, "person");
}

int
hearth_cli_set_status (const HearthCliCommand *command,
                       int                     argc,
                       char                  **argv)
{
  gint64 id = 0;
  g_autofree char *value = NULL;
  const GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_INT64, &id, N_("The person’s number"), N_("ID") },
    { "status", 0, 0, G_OPTION_ARG_STRING, &value,
      N_("referred, matching, moved-on or closed"), N_("STATUS") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthRecord) person = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      (status = hearth_cli_require_id (command, id, "--person")) != HEARTH_CLI_OK ||
      (status = hearth_cli_require (command, value, "--status")) != HEARTH_CLI_OK ||
      !(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  if (!(person = hearth_cli_load (scheme, HEARTH_TYPE_PERSON, id, &error)) ||
      !hearth_scheme_set_person_status (scheme, HEARTH_PERSON (person), value, &error))
    return hearth_cli_refused (error);

  name = hearth_cli_dup_name (person);
  g_print (_("%s is now “%s”.\n"), name,
           hearth_values_label (HEARTH_VALUES_PERSON_STATUS, value));
  return HEARTH_CLI_OK;
}

/* archive and restore: exactly one of --person and --carer. */
static int
load_subject (const HearthCliCommand  *command,
              HearthScheme            *scheme,
              gint64                   person,
              gint64                   carer,
              HearthRecord           **record)
{
  g_autoptr(GError) error = NULL;

  if (person != 0)
    *record = hearth_cli_load (scheme, HEARTH_TYPE_PERSON, person, &error);
  else
    *record = hearth_cli_load (scheme, HEARTH_TYPE_CARER, carer, &error);

  return *record != NULL ? HEARTH_CLI_OK : hearth_cli_refused (error);
}

static int
archive_or_restore (const HearthCliCommand  *command,
                    int                      argc,
                    char                   **argv,
                    gboolean                 archive)
{
  gint64 person = 0, carer = 0;
  g_autofree char *reason = NULL;
  const GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_INT64, &person, N_("The person’s number"), N_("ID") },
    { "carer", 0, 0, G_OPTION_ARG_INT64, &carer, N_("The carer’s number"), N_("ID") },
    /* restore takes no reason: there, a NULL name ends the list early. */
    { archive ? "reason" : NULL, 0, 0, G_OPTION_ARG_STRING, &reason,
      N_("Why; records are never put away without one"), N_("TEXT") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK)
    return status;
  if ((person != 0) == (carer != 0))
    return hearth_cli_usage_error (command, _("%s needs either --person or --carer."),
                                   command->name);

  if (!(scheme = hearth_cli_open (argv[1], &status)) ||
      (status = load_subject (command, scheme, person, carer, &record)) != HEARTH_CLI_OK)
    return status;

  if (archive ? !hearth_scheme_archive (scheme, record, reason, &error)
              : !hearth_scheme_restore (scheme, record, &error))
    return hearth_cli_refused (error);

  name = hearth_cli_dup_name (record);
  g_print (archive ? _("%s is archived.\n") : _("%s is restored.\n"), name);
  return HEARTH_CLI_OK;
}

int
hearth_cli_archive (const HearthCliCommand *command,
                    int                     argc,
                    char                  **argv)
{
  return archive_or_restore (command, argc, argv, TRUE);
}

int
hearth_cli_unarchive (const HearthCliCommand *command,
                      int                     argc,
                      char                  **argv)
{
  return archive_or_restore (command, argc, argv, FALSE);
}
