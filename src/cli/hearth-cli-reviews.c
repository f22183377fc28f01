/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-cli-reviews.c: recording a review that was held, of an arrangement or of a carer's
 * approval, with its outcome answers and agreed actions. */

#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hearth-cli-private.h"

typedef struct
{
  gint64     review;
  gint64     carer;
  gboolean   care_manager;
  gboolean   care_manager_attended;
  char      *held;
  char      *reviewer;
  char      *advocate;
  char      *others;
  char      *person_views;
  char      *carer_views;
  char      *risk_next_review;
  char      *needs_changes;
  char      *next_steps;
  char      *next_due;
  char      *approval_outcome;
  char     **outcomes;
  char     **actions;
} Held;

static void
held_clear (Held *h)
{
  g_free (h->held);
  g_free (h->reviewer);
  g_free (h->advocate);
  g_free (h->others);
  g_free (h->person_views);
  g_free (h->carer_views);
  g_free (h->risk_next_review);
  g_free (h->needs_changes);
  g_free (h->next_steps);
  g_free (h->next_due);
  g_free (h->approval_outcome);
  g_strfreev (h->outcomes);
  g_strfreev (h->actions);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Held, held_clear)

/* --outcome friends=better */
static GPtrArray *
parse_outcomes (char   **texts,
                GError **error)
{
  g_autoptr(GPtrArray) outcomes = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (texts[i], "=", 2);
      HearthReviewOutcome *outcome;

      if (g_strv_length (parts) != 2 ||
          !hearth_cli_check_value (HEARTH_VALUES_OUTCOME_AREA, g_strstrip (parts[0]),
                                   _("outcome area"), error) ||
          !hearth_cli_check_value (HEARTH_VALUES_OUTCOME_ANSWER, g_strstrip (parts[1]),
                                   _("outcome answer"), error))
        {
          if (error != NULL && *error == NULL)
            g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                         _("“%s” is not area=answer, as in --outcome friends=better."),
                         texts[i]);
          return NULL;
        }

      outcome = hearth_review_outcome_new ();
      g_object_set (outcome, "area", parts[0], "answer", parts[1], NULL);
      g_ptr_array_add (outcomes, outcome);
    }

  return g_steal_pointer (&outcomes);
}

/* --action "Book a dentist|Sam|1/12/2026": what, who and by when (any way a DATE is written). */
static GPtrArray *
parse_actions (char   **texts,
               GError **error)
{
  g_autoptr(GPtrArray) actions = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (texts[i], "|", 3);
      g_autofree char *due = NULL;
      HearthReviewAction *action;

      if (g_strv_length (parts) != 3 || hearth_record_text_is_blank (parts[2]))
        {
          g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                       _("“%s” is not WHAT|WHO|DATE, as in "
                         "--action \"Book a dentist|Sam|1/12/2026\"."), texts[i]);
          return NULL;
        }
      if (!hearth_date_parse_input (parts[2], &due, error))
        {
          g_prefix_error (error, "--action: ");
          return NULL;
        }

      action = hearth_review_action_new ();
      g_object_set (action, "action", g_strstrip (parts[0]), "owner", g_strstrip (parts[1]),
                    "due-on", due, NULL);
      g_ptr_array_add (actions, action);
    }

  return g_steal_pointer (&actions);
}

/* A scheduled review by its number, or a new review of a carer's approval. */
static HearthRecord *
load_review (HearthScheme  *scheme,
             Held          *h,
             GError       **error)
{
  g_autoptr(HearthRecord) carer = NULL;
  HearthReview *review;

  if (h->review != 0)
    return hearth_cli_load (scheme, HEARTH_TYPE_REVIEW, h->review, error);

  if (!(carer = hearth_cli_load (scheme, HEARTH_TYPE_CARER, h->carer, error)))
    return NULL;

  review = hearth_review_new ();
  g_object_set (review, "subject", "approval", "carer-id", h->carer,
                "due-on", hearth_carer_get_next_approval_review (HEARTH_CARER (carer)), NULL);
  return HEARTH_RECORD (review);
}

static void
fill_review (HearthReview *review,
             Held         *h)
{
  g_object_set (review,
                "held-on", h->held,
                "reviewer", h->reviewer,
                "reviewer-is-care-manager", h->care_manager,
                "care-manager-attended", h->care_manager || h->care_manager_attended,
                "advocate-name", h->advocate,
                "others-present", h->others,
                "person-views", h->person_views,
                "carer-views", h->carer_views,
                "risk-reviewed", h->risk_next_review != NULL,
                "risk-next-review", h->risk_next_review,
                "needs-changes", h->needs_changes,
                "next-steps", h->next_steps,
                "next-due", h->next_due,
                "approval-outcome", h->approval_outcome,
                NULL);
}

static gboolean
record_review (HearthScheme  *scheme,
               Held          *h,
               HearthRecord **review,
               GError       **error)
{
  g_autoptr(GPtrArray) outcomes = NULL;
  g_autoptr(GPtrArray) actions = NULL;

  if (!hearth_cli_check_date (h->held, error) ||
      !hearth_cli_check_date (h->risk_next_review, error) ||
      !hearth_cli_check_date (h->next_due, error) ||
      !(outcomes = parse_outcomes (h->outcomes, error)) ||
      !(actions = parse_actions (h->actions, error)) ||
      !(*review = load_review (scheme, h, error)))
    return FALSE;

  fill_review (HEARTH_REVIEW (*review), h);
  return hearth_scheme_record_review (scheme, HEARTH_REVIEW (*review), outcomes, actions, error);
}

int
hearth_cli_record_review (const HearthCliCommand *command,
                          int                     argc,
                          char                  **argv)
{
  g_auto(Held) h = { 0, };
  const GOptionEntry entries[] = {
    { "review", 0, 0, G_OPTION_ARG_INT64, &h.review, N_("The review that was due"), N_("ID") },
    { "carer", 0, 0, G_OPTION_ARG_INT64, &h.carer,
      N_("Or: the carer whose approval was reviewed"), N_("ID") },
    { "held", 0, 0, G_OPTION_ARG_STRING, &h.held, N_("When it was held"), N_("DATE") },
    { "reviewer", 0, 0, G_OPTION_ARG_STRING, &h.reviewer, N_("Who held it"), N_("NAME") },
    { "care-manager", 0, 0, G_OPTION_ARG_NONE, &h.care_manager,
      N_("The reviewer is the person’s care manager"), NULL },
    { "care-manager-attended", 0, 0, G_OPTION_ARG_NONE, &h.care_manager_attended,
      N_("The care manager attended"), NULL },
    { "advocate", 0, 0, G_OPTION_ARG_STRING, &h.advocate,
      N_("The advocate or named person who supported the person"), N_("NAME") },
    { "others-present", 0, 0, G_OPTION_ARG_STRING, &h.others,
      N_("Who else was there"), N_("NAMES") },
    { "person-views", 0, 0, G_OPTION_ARG_STRING, &h.person_views,
      N_("The person’s own views, in their words"), N_("TEXT") },
    { "carer-views", 0, 0, G_OPTION_ARG_STRING, &h.carer_views,
      N_("The carer’s views"), N_("TEXT") },
    { "outcome", 0, 0, G_OPTION_ARG_STRING_ARRAY, &h.outcomes,
      N_("An outcome answer: better, no-different or worse (repeat for more)"), N_("AREA=ANSWER") },
    { "action", 0, 0, G_OPTION_ARG_STRING_ARRAY, &h.actions,
      N_("An action agreed (repeat for more)"), N_("WHAT|WHO|DATE") },
    { "risk-next-review", 0, 0, G_OPTION_ARG_STRING, &h.risk_next_review,
      N_("The risk assessment was reviewed; when it is next due"), N_("DATE") },
    { "needs-changes", 0, 0, G_OPTION_ARG_STRING, &h.needs_changes,
      N_("How needs have changed"), N_("TEXT") },
    { "next-steps", 0, 0, G_OPTION_ARG_STRING, &h.next_steps, N_("What happens next"), N_("TEXT") },
    { "next-due", 0, 0, G_OPTION_ARG_STRING, &h.next_due,
      N_("When the next review is due (default from the scheme’s policy)"), N_("DATE") },
    { "approval-outcome", 0, 0, G_OPTION_ARG_STRING, &h.approval_outcome,
      N_("For an approval review: continue, change-terms or end-approval"), N_("OUTCOME") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthRecord) review = NULL;
  g_autoptr(GError) error = NULL;
  const char *next;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      (status = hearth_cli_require (command, h.held, "--held")) != HEARTH_CLI_OK)
    return status;
  if ((h.review != 0) == (h.carer != 0))
    return hearth_cli_usage_error (command, _("record-review needs --review, or --carer for a "
                                              "review of a carer’s approval."));

  if (!(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  if (!record_review (scheme, &h, &review, &error))
    return hearth_cli_refused (error);

  next = hearth_review_get_next_due (HEARTH_REVIEW (review));
  if (next != NULL)
    g_print (_("Review %lld is recorded; the next is due on %s.\n"),
             (long long) hearth_record_get_id (review), next);
  else
    g_print (_("Review %lld is recorded.\n"), (long long) hearth_record_get_id (review));
  return HEARTH_CLI_OK;
}
