/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-cli.c: hearth-cli's entry point: the global options and the table of commands. */

#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "hearth-cli-private.h"

static const HearthCliCommand commands[] = {
  { "new", N_("FILE"), N_("Create a new, empty scheme file"),
    N_("The file must not exist yet."), hearth_cli_new },
  { "demo", N_("FILE"), N_("Create a scheme full of fictional people and carers"),
    N_("For trainers, tests and trying Hearth out. The same scale and seed always give "
       "the same scheme."), hearth_cli_demo },
  { "info", N_("FILE"), N_("Show the scheme’s name, format and counts"),
    N_("Counts people by status, carers by stage, trials, arrangements and reviews "
       "(held, due and overdue as of today)."), hearth_cli_info },
  { "settings", N_("FILE"), N_("Show or change the scheme’s details and policies"),
    N_("Without --set, prints them. With --set, changes them, as in --set retention_years=10 "
       "or --set backup_folder=/media/usb/Hearth (an empty value goes back to the default): "
       "review intervals, DBS renewal, recruitment target, trial stall days, retention "
       "and where backups go."), hearth_cli_settings },
  { "check", N_("FILE"), N_("Check the file and the Shared Lives rules over every record"),
    N_("Checks the file’s integrity, then every record against the rules: carers over "
       "capacity, arrangements with carers not approved for them, people in more than one "
       "long-term or emergency arrangement at once, agreed trials without both "
       "yeses, people under 16 at referral, reviews without the person’s views or an "
       "advocate, and risk assessments without a next review date. Overdue risk reviews "
       "are listed too.\n\nExits with 0 when nothing is wrong and 1 when something is."),
    hearth_cli_check },
  { "backup", N_("FILE"), N_("Back up the scheme now, and check the backup"),
    N_("Uses SQLite's online backup, checks the copy, and thins older backups: every one "
       "from today, one a day for two weeks, one a week to eight weeks, one a month to a "
       "year."), hearth_cli_backup },
  { "restore", N_("FILE"), N_("Put a backup in place of the scheme file"),
    N_("The current file is set aside under a new name beside it, never overwritten."),
    hearth_cli_restore },
  { "subject-access", N_("FILE"), N_("Everything held about one person, as PDF and JSON"),
    N_("For a subject access request under UK GDPR: the profile, pen portrait, trials, "
       "arrangements, reviews and the audit trail of each."), hearth_cli_subject_access },
  { "pen-portrait", N_("FILE"), N_("A pen portrait as PDF, in full or for introductions"),
    N_("One A4 page for a typical portrait, with the photo and the scheme’s name. "
       "--for-introductions leaves out surname, date of birth, address and contact details, "
       "for sharing before anyone has agreed to a match."), hearth_cli_pen_portrait },
  { "history", N_("FILE"), N_("The audit trail: who changed what, and when"),
    N_("Newest first. For a person or a carer, their own records are included: pen "
       "portrait, checks, training, household and recruitment stages. Each change shows "
       "the fields before and after with --json."), hearth_cli_history },
  { "add-carer", N_("FILE"), N_("Record an enquiry from a prospective carer"),
    N_("Prints the new carer’s number."), hearth_cli_add_carer },
  { "update-carer", N_("FILE"), N_("Change a carer’s details"),
    N_("Any field can be set by its name, as in --set area=Leeds or --set has_pets=yes; "
       "an empty value clears it. A carer’s stage and approval change through "
       "move-carer and approve-carer."), hearth_cli_update_carer },
  { "move-carer", N_("FILE"), N_("Move a carer to another recruitment stage"),
    NULL /* the stages, listed by hearth_cli_move_carer () */, hearth_cli_move_carer },
  { "add-check", N_("FILE"), N_("Record a check a carer has passed"),
    N_("Kinds: application, reference, dbs, home-safety, household-agreement, "
       "preparation-training, assessment-report. Prints the check’s number."),
    hearth_cli_add_check },
  { "approve-carer", N_("FILE"), N_("Record the panel’s approval of a carer"),
    N_("The carer must be ready for panel. Approval is for 1 to 3 people and at least one "
       "type of arrangement."), hearth_cli_approve_carer },
  { "recruitment", N_("FILE"), N_("Where carers come from and where they drop out"),
    N_("For the enquiries made from --from to --to: enquiries by source, how many reached "
       "each stage, conversion to approval by source, the median days from enquiry to "
       "approval and the stage with most drop-outs. The enquiries are those dated in the "
       "range; how far each got is read from their stage history up to today. A carer "
       "withdrawn or declined counts as a drop-out at the furthest stage they reached. "
       "--json or --csv for other programs."),
    hearth_cli_recruitment },
  { "add-panel", N_("FILE"), N_("Schedule an approval panel"),
    N_("Prints the panel’s number."), hearth_cli_add_panel },
  { "add-to-panel", N_("FILE"), N_("Put a carer on a panel’s list"),
    N_("The carer must be in preparation or ready for panel."), hearth_cli_add_to_panel },
  { "decide-panel", N_("FILE"), N_("Record a panel’s decision on a carer"),
    N_("Decisions: approved (with --places and the types of arrangement), deferred or "
       "not-approved (with --reasons)."), hearth_cli_decide_panel },
  { "review-approval", N_("FILE"), N_("Record a review of a carer’s approval"),
    N_("Outcomes: continue, change-terms (with the new terms), end-approval (with --notes "
       "saying why). Sets the next review."), hearth_cli_review_approval },
  { "stage-target", N_("FILE"), N_("Show or set the target length of each recruitment stage"),
    NULL, hearth_cli_stage_target },
  { "carer-dues", N_("FILE"), N_("Approval reviews, DBS renewals and training due or overdue"),
    NULL, hearth_cli_carer_dues },
  { "add-person", N_("FILE"), N_("Record a referral of someone who needs support"),
    N_("Prints the new person’s number. A person is 16 or older at referral."),
    hearth_cli_add_person },
  { "update-person", N_("FILE"), N_("Change a person’s details"),
    N_("Any field can be set by its name, as in --set area=Leeds or "
       "--set support_needs=autism,dementia; an empty value clears it."),
    hearth_cli_update_person },
  { "set-status", N_("FILE"), N_("Set a person’s status: referred, matching, moved-on or closed"),
    NULL, hearth_cli_set_status },
  { "archive", N_("FILE"), N_("Archive a person or a carer, with a reason"),
    N_("Nothing is deleted: the record stays in the file and its history."), hearth_cli_archive },
  { "unarchive", N_("FILE"), N_("Bring back an archived person or carer"), NULL,
    hearth_cli_unarchive },
  { "suggest", N_("FILE"), N_("The carers worth introducing to a person, and why"),
    N_("Candidates come first, best first, each score shown as its parts; then every approved "
       "carer ruled out, with the rule that removed them. Types: long-term, short-breaks, "
       "day-support."), hearth_cli_suggest },
  { "shortlist", N_("FILE"), N_("Show or change a person’s shortlist of carers"),
    N_("With --carer, adds that carer (or, with --remove, takes them off); then lists the "
       "shortlist."), hearth_cli_shortlist },
  { "suggest-again", N_("FILE"), N_("Suggest a carer again after a no to a match"),
    N_("A no from either side keeps the carer out of the person’s suggestions until this is "
       "said."), hearth_cli_suggest_again },
  { "match-weights", N_("FILE"), N_("Show or set the points each part of a match is worth"),
    N_("Factors: interests, area, culture, access, experience, household; 0 leaves one out."),
    hearth_cli_match_weights },
  { "propose-trial", N_("FILE"), N_("Propose a match between a person and a carer"),
    N_("Prints the trial’s number."), hearth_cli_propose_trial },
  { "advance-trial", N_("FILE"), N_("Move a trial on to its next stage"),
    N_("Stages: portraits-shared, first-meeting, further-visits, overnight-stay, "
       "trial-period (needs --start and --planned-end), decision."), hearth_cli_advance_trial },
  { "decide-trial", N_("FILE"), N_("Record the person’s or the carer’s choice about a match"),
    N_("It is always their choice: a no closes the trial, two yeses agree it."),
    hearth_cli_decide_trial },
  { "withdraw-trial", N_("FILE"), N_("Withdraw a trial, with a reason"), NULL,
    hearth_cli_withdraw_trial },
  { "start-arrangement", N_("FILE"),
    N_("Start an arrangement from an agreed trial, or in an emergency"),
    N_("Money is pounds and pence, such as 650 or £650.00. Prints the arrangement’s number."),
    hearth_cli_start_arrangement },
  { "end-arrangement", N_("FILE"), N_("End an arrangement, with a reason"),
    N_("Reasons: moved-to-own-home, needs-changed, ended-by-person, ended-by-carer, "
       "carer-stopped, died, emergency-ended, other (needs --note)."),
    hearth_cli_end_arrangement },
  { "record-review", N_("FILE"), N_("Record a review that was held"),
    N_("A review of an arrangement records the person’s own views, and an advocate or named "
       "person when the reviewer is not the care manager. Outcome areas: friends, community, "
       "family, physical-health, emotional-wellbeing, independence, choice-control, safety."),
    hearth_cli_record_review },
  { "list", N_("FILE people|carers|trials|arrangements|reviews"), N_("List records of one kind"),
    NULL, hearth_cli_list },
  { "export", N_("FILE people|carers|trials|arrangements|reviews"),
    N_("Write a list as CSV for a spreadsheet"),
    N_("RFC 4180, UTF-8: opens cleanly in LibreOffice Calc and Excel. Needs -o OUT.csv."),
    hearth_cli_export },
  { "dashboard", N_("FILE"), N_("What needs attention today, most pressing first"),
    N_("Reviews overdue or due within 14 days, risk assessments overdue, review actions past "
       "due, DBS checks and training expiring within 60 days, approval reviews due, stalled "
       "trials and emergency arrangements near their limit, as the window's dashboard shows "
       "them."), hearth_cli_dashboard },
  { "report", N_("FILE"), N_("The scheme report for a range of dates"),
    N_("The scheme on the last day; recruitment; arrangements started and ended, with "
       "reasons; reviews held on time and late; and outcomes. Needs --from and --to; prints "
       "text, or JSON with --json, or writes a PDF with -o OUT.pdf."), hearth_cli_report },
  { "show", N_("FILE"), N_("Show one record and what belongs to it"), NULL, hearth_cli_show },
  { "search", N_("FILE TEXT"),
    N_("Search people (or carers) by name, portrait, interests and needs"),
    NULL, hearth_cli_search },
};

static char *
describe_commands (void)
{
  g_autoptr(GString) text = g_string_new (_("Commands:"));
  int width = 0;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    width = MAX (width, (int) g_utf8_strlen (commands[i].name, -1));

  g_string_append_c (text, '\n');
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "  %-*s  %s\n", width, commands[i].name, _(commands[i].summary));

  g_string_append_printf (text, "\n%s\n", hearth_cli_dates_help ());
  g_string_append (text, _("\nRun “hearth-cli COMMAND --help” for a command’s options.\n"
                           "Exit status: 0 done; 1 refused by a rule or a value; 2 wrong "
                           "command line; 3 the file could not be opened (it is left unchanged)."));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static const HearthCliCommand *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, name))
      return &commands[i];

  return NULL;
}

static GOptionContext *
global_context (gboolean  *version,
                char     **user)
{
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, version, N_("Show the version of Hearth"), NULL },
    { "user", 0, 0, G_OPTION_ARG_STRING, user,
      N_("Who the audit trail records as making changes (or set HEARTH_USER)"), N_("NAME") },
    G_OPTION_ENTRY_NULL
  };
  g_autofree char *description = describe_commands ();
  GOptionContext *context = g_option_context_new (N_("COMMAND [ARGUMENT…]"));

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, N_("Work with a Shared Lives scheme file without the "
                                            "window: the same records, rules and audit trail."));
  g_option_context_set_description (context, description);
  g_option_context_set_main_group (context, hearth_cli_option_group_new (entries, NULL));
  /* Options after the command name are the command's own. */
  g_option_context_set_strict_posix (context, TRUE);

  return context;
}

/* "hearth-cli help [COMMAND]" is the same as --help. */
static int
run_help (GOptionContext *context,
          int             argc,
          char          **argv)
{
  const HearthCliCommand *command = argc > 2 ? find_command (argv[2]) : NULL;
  char *help_argv[] = { argv[2], (char *) "--help", NULL };
  g_autofree char *help = NULL;

  if (command != NULL)
    return command->run (command, 2, help_argv);

  help = g_option_context_get_help (context, TRUE, NULL);
  g_print ("%s", help);
  return argc > 2 ? hearth_cli_usage_error (NULL, _("“%s” is not a command."), argv[2])
                  : HEARTH_CLI_OK;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *user = NULL;
  const HearthCliCommand *command;
  gboolean version = FALSE;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("hearth-cli");
  hearth_cli_output_init ();

  context = global_context (&version, &user);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return hearth_cli_usage_error (NULL, "%s", error->message);

  if (version)
    {
      g_print ("hearth-cli %s\n", PACKAGE_VERSION);
      return HEARTH_CLI_OK;
    }

  hearth_cli_set_user (user);

  if (argc < 2)
    return hearth_cli_usage_error (NULL, _("Say what to do, such as “hearth-cli info FILE”."));

  if (g_str_equal (argv[1], "help"))
    return run_help (context, argc, argv);

  if ((command = find_command (argv[1])) == NULL)
    return hearth_cli_usage_error (NULL, _("“%s” is not a command."), argv[1]);

  return command->run (command, argc - 1, argv + 1);
}
