/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-values.c: every closed set of values, in one place, in the order a coordinator
 * meets them. The SQL CHECK constraints in the migrations list the same values. */

#define G_LOG_DOMAIN "hearth-values"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hearth-values.h"

/* The recruitment flow in order, enquiry to approved, then the stages outside it:
 * hearth-recruitment-flow.c reads the first HEARTH_RECRUITMENT_N_STAGES as the flow. */
static const HearthValue carer_stages[] = {
  { "enquiry", N_("Enquiry") },
  { "initial-visit", N_("Initial visit") },
  { "application", N_("Application") },
  { "assessment", N_("Assessment") },
  { "preparation", N_("Preparation training") },
  { "ready-for-panel", N_("Ready for panel") },
  { "approved", N_("Approved") },
  { "on-hold", N_("On hold") },
  { "withdrawn", N_("Withdrawn") },
  { "declined", N_("Declined") },
  { "approval-ended", N_("Approval ended") },
};

static const HearthValue person_statuses[] = {
  { "referred", N_("Referred") },
  { "matching", N_("Matching") },
  { "in-trial", N_("In trial") },
  { "in-arrangement", N_("In arrangement") },
  { "moved-on", N_("Moved on") },
  { "closed", N_("Closed") },
};

static const HearthValue arrangement_types[] = {
  { "long-term", N_("Long-term") },
  { "short-breaks", N_("Short breaks") },
  { "day-support", N_("Day support") },
};

static const HearthValue funding_routes[] = {
  { "council", N_("Council social care") },
  { "chc", N_("NHS Continuing Healthcare") },
  { "phb", N_("Personal Health Budget") },
  { "section-117", N_("Section 117 aftercare") },
  { "spot-purchase", N_("Spot purchase") },
  { "joint", N_("Joint funded") },
};

static const HearthValue support_needs[] = {
  { "learning-disability", N_("Learning disability") },
  { "mental-health", N_("Mental ill health") },
  { "dementia", N_("Dementia") },
  { "stroke", N_("Stroke") },
  { "brain-injury", N_("Acquired brain injury") },
  { "autism", N_("Autism") },
  { "older-person", N_("Older person") },
  { "care-leaver", N_("Care leaver") },
  { "young-disabled-adult", N_("Young disabled adult") },
  { "parent-learning-disability", N_("Parent with a learning disability") },
  { "substance-misuse", N_("Substance misuse") },
  { "offender", N_("Offender") },
  { "physical-disability", N_("Physical disability") },
};

static const HearthValue trial_stages[] = {
  { "proposed", N_("Proposed") },
  { "portraits-shared", N_("Pen portraits shared") },
  { "first-meeting", N_("First meeting") },
  { "further-visits", N_("Further visits") },
  { "overnight-stay", N_("Overnight stay") },
  { "trial-period", N_("Trial period") },
  { "decision", N_("Decision") },
};

static const HearthValue trial_outcomes[] = {
  { "open", N_("Open") },
  { "agreed", N_("Agreed by both") },
  { "declined-by-person", N_("Person said no") },
  { "declined-by-carer", N_("Carer said no") },
  { "withdrawn", N_("Withdrawn") },
};

static const HearthValue end_reasons[] = {
  { "moved-to-own-home", N_("Moved to own home") },
  { "needs-changed", N_("Needs changed") },
  { "ended-by-person", N_("Match ended by the person") },
  { "ended-by-carer", N_("Match ended by the carer") },
  { "carer-stopped", N_("Carer stopped") },
  { "died", N_("Died") },
  { "emergency-ended", N_("Emergency placement ended") },
  { "other", N_("Other") },
};

static const HearthValue smoking[] = {
  { "non-smoking", N_("Non-smoking household") },
  { "smokes-outside", N_("Smokes outside only") },
  { "smokes-indoors", N_("Smokes indoors") },
};

static const HearthValue staff_roles[] = {
  { "coordinator", N_("Coordinator") },
  { "registered-manager", N_("Registered manager") },
  { "assessor", N_("Assessor") },
  { "administrator", N_("Administrator") },
};

static const HearthValue outcome_areas[] = {
  { "friends", N_("Friends and relationships") },
  { "community", N_("Being part of the community") },
  { "family", N_("Feeling part of the family") },
  { "physical-health", N_("Physical health") },
  { "emotional-wellbeing", N_("Emotional wellbeing") },
  { "independence", N_("Independence and skills") },
  { "choice-control", N_("Choice and control") },
  { "safety", N_("Feeling safe") },
};

static const HearthValue outcome_answers[] = {
  { "better", N_("Better") },
  { "no-different", N_("No different") },
  { "worse", N_("Worse") },
};

static const HearthValue approval_outcomes[] = {
  { "continue", N_("Continue approval") },
  { "change-terms", N_("Change the terms") },
  { "end-approval", N_("End approval") },
};

static const HearthValue advocate_kinds[] = {
  { "advocate", N_("Advocate") },
  { "named-person", N_("Named person") },
};

static const HearthValue check_kinds[] = {
  { "application", N_("Application received") },
  { "reference", N_("Reference") },
  { "dbs", N_("Enhanced DBS check") },
  { "home-safety", N_("Home health and safety check") },
  { "household-agreement", N_("Household member's agreement") },
  { "preparation-training", N_("Preparation training completed") },
  { "assessment-report", N_("Assessment report written") },
};

static const HearthValue decisions[] = {
  { "yes", N_("Yes") },
  { "no", N_("No") },
};

static const HearthValue portrait_sections[] = {
  { "about-me", N_("About me") },
  { "what-matters", N_("What matters to me") },
  { "what-people-like", N_("What people like and admire about me") },
  { "how-to-support", N_("How best to support me") },
  { "interests", N_("My interests") },
  { "things-to-avoid", N_("Things to avoid") },
};

static const struct {
  const HearthValue *values;
  guint n_values;
} sets[HEARTH_N_VALUE_SETS] = {
#define SET(array) { array, G_N_ELEMENTS (array) }
  [HEARTH_VALUES_CARER_STAGE] = SET (carer_stages),
  [HEARTH_VALUES_PERSON_STATUS] = SET (person_statuses),
  [HEARTH_VALUES_ARRANGEMENT_TYPE] = SET (arrangement_types),
  [HEARTH_VALUES_FUNDING_ROUTE] = SET (funding_routes),
  [HEARTH_VALUES_SUPPORT_NEED] = SET (support_needs),
  [HEARTH_VALUES_TRIAL_STAGE] = SET (trial_stages),
  [HEARTH_VALUES_TRIAL_OUTCOME] = SET (trial_outcomes),
  [HEARTH_VALUES_END_REASON] = SET (end_reasons),
  [HEARTH_VALUES_SMOKING] = SET (smoking),
  [HEARTH_VALUES_STAFF_ROLE] = SET (staff_roles),
  [HEARTH_VALUES_OUTCOME_AREA] = SET (outcome_areas),
  [HEARTH_VALUES_OUTCOME_ANSWER] = SET (outcome_answers),
  [HEARTH_VALUES_APPROVAL_OUTCOME] = SET (approval_outcomes),
  [HEARTH_VALUES_ADVOCATE_KIND] = SET (advocate_kinds),
  [HEARTH_VALUES_CHECK_KIND] = SET (check_kinds),
  [HEARTH_VALUES_DECISION] = SET (decisions),
  [HEARTH_VALUES_PORTRAIT_SECTION] = SET (portrait_sections),
#undef SET
};

const HearthValue *
hearth_values_get (HearthValueSet  set,
                   guint          *n_values)
{
  g_return_val_if_fail (set < HEARTH_N_VALUE_SETS, NULL);
  g_return_val_if_fail (n_values != NULL, NULL);

  *n_values = sets[set].n_values;
  return sets[set].values;
}

int
hearth_values_index (HearthValueSet  set,
                     const char     *value)
{
  g_return_val_if_fail (set < HEARTH_N_VALUE_SETS, -1);

  if (value == NULL)
    return -1;

  for (guint i = 0; i < sets[set].n_values; i++)
    if (strcmp (sets[set].values[i].value, value) == 0)
      return (int) i;

  return -1;
}

gboolean
hearth_values_contains (HearthValueSet  set,
                        const char     *value)
{
  return hearth_values_index (set, value) >= 0;
}

/* The translated label, or the value itself when it is not in the set. */
const char *
hearth_values_label (HearthValueSet  set,
                     const char     *value)
{
  int i = hearth_values_index (set, value);

  if (i < 0)
    return value != NULL ? value : "";

  return _(sets[set].values[i].label);
}

/* Checks a comma-separated list such as a person's support needs ("autism,dementia"). */
gboolean
hearth_values_check_list (HearthValueSet   set,
                          const char      *comma_list,
                          char           **bad_value)
{
  g_auto(GStrv) parts = NULL;

  if (comma_list == NULL || comma_list[0] == '\0')
    return TRUE;

  parts = g_strsplit (comma_list, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (!hearth_values_contains (set, parts[i]))
        {
          if (bad_value != NULL)
            *bad_value = g_strdup (parts[i]);
          return FALSE;
        }
    }

  return TRUE;
}
