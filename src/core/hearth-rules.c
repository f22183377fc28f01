/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-rules.c: the domain rules, as pure functions over records. Every message names the
 * person or carer and says what the rule is, so a coordinator knows what to do next. */

#define G_LOG_DOMAIN "hearth-rules"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date.h"
#include "hearth-error.h"
#include "hearth-recruitment-flow.h"
#include "hearth-rules.h"
#include "hearth-values.h"

static char *
display_name (HearthRecord *record)
{
  const char *preferred = hearth_record_get_string (record, "preferred-name");
  const char *first = hearth_record_get_string (record, "first-name");
  const char *last = hearth_record_get_string (record, "last-name");

  if (hearth_record_text_is_blank (preferred))
    preferred = first;

  return g_strstrip (g_strdup_printf ("%s %s", preferred != NULL ? preferred : "",
                                      last != NULL ? last : ""));
}

/* What a coordinator calls someone: their preferred name and surname. */
char *
hearth_person_dup_display_name (HearthPerson *person)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (person), NULL);

  return display_name (HEARTH_RECORD (person));
}

char *
hearth_carer_dup_display_name (HearthCarer *carer)
{
  g_return_val_if_fail (HEARTH_IS_CARER (carer), NULL);

  return display_name (HEARTH_RECORD (carer));
}

/**
 * hearth_rules_check_person_age:
 *
 * A person is 16 or older at referral.
 */
gboolean
hearth_rules_check_person_age (HearthPerson  *person,
                               GError       **error)
{
  const char *birth = hearth_person_get_date_of_birth (person);
  const char *referral = hearth_person_get_referral_date (person);
  g_autofree char *name = hearth_person_dup_display_name (person);
  int age;

  if (hearth_record_text_is_blank (birth))
    {
      /* Blank is the usual case in the editor: say what is missing, not how to write it. The
       * age rule cannot be met without it, hence its code. */
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_TOO_YOUNG,
                   _("Enter %s’s date of birth: Shared Lives supports people aged 16 or over."),
                   name);
      return FALSE;
    }

  if (!hearth_date_is_valid (birth))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("Enter %s’s date of birth as a date, such as 1990-04-23."), name);
      return FALSE;
    }

  if (!hearth_date_is_valid (referral))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("Enter the date %s was referred, such as 2026-03-03."), name);
      return FALSE;
    }

  age = hearth_date_age_on (birth, referral);
  if (age < HEARTH_MIN_AGE)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_TOO_YOUNG,
                   age < 0
                   ? _("%s’s date of birth is after the referral date.")
                   : _("%s was %d at referral; Shared Lives supports people aged 16 or over."),
                   name, age);
      return FALSE;
    }

  return TRUE;
}

/**
 * hearth_rules_check_risk_assessment:
 *
 * Every risk assessment has a next review date, after the assessment.
 */
gboolean
hearth_rules_check_risk_assessment (HearthPerson  *person,
                                    GError       **error)
{
  const char *assessed = hearth_person_get_risk_assessed_on (person);
  const char *due = hearth_person_get_risk_review_due (person);
  g_autofree char *name = hearth_person_dup_display_name (person);

  if (assessed == NULL && due == NULL)
    return TRUE;

  if (!hearth_date_is_valid (assessed))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_RISK_REVIEW_DATE,
                   _("Enter the date %s’s risk assessment was done."), name);
      return FALSE;
    }

  if (!hearth_date_is_valid (due))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_RISK_REVIEW_DATE,
                   _("%s’s risk assessment needs a next review date; every risk assessment "
                     "is reviewed on a recorded date."), name);
      return FALSE;
    }

  if (g_strcmp0 (due, assessed) <= 0)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_RISK_REVIEW_DATE,
                   _("The next review of %s’s risk assessment must come after the assessment."),
                   name);
      return FALSE;
    }

  return TRUE;
}

/* Overdue risk reviews are shown, never hidden: this is what decides it. */
gboolean
hearth_rules_risk_review_overdue (HearthPerson *person,
                                  const char   *today)
{
  const char *due;

  g_return_val_if_fail (HEARTH_IS_PERSON (person), FALSE);

  due = hearth_person_get_risk_review_due (person);
  return due != NULL && today != NULL && g_strcmp0 (due, today) < 0;
}

/**
 * hearth_rules_check_approval_terms:
 *
 * A carer is approved for at least one type of arrangement and for 1 to 3 people.
 */
gboolean
hearth_rules_check_approval_terms (gint64     places,
                                   gboolean   long_term,
                                   gboolean   short_breaks,
                                   gboolean   day_support,
                                   GError   **error)
{
  if (places < 1 || places > HEARTH_MAX_PLACES)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, places);

      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_APPROVAL_TERMS,
                   _("A carer is approved for 1, 2 or 3 people, not %s."), number);
      return FALSE;
    }

  if (!long_term && !short_breaks && !day_support)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_APPROVAL_TERMS,
                   _("Choose at least one type of arrangement the carer is approved for: "
                     "long-term, short breaks or day support."));
      return FALSE;
    }

  return TRUE;
}

/* How many people the carer may support at once: their approved number, and never more
 * than three. */
guint
hearth_carer_get_capacity (HearthCarer *carer)
{
  gint64 places;

  g_return_val_if_fail (HEARTH_IS_CARER (carer), 0);

  if (g_strcmp0 (hearth_carer_get_stage (carer), "approved") != 0)
    return 0;

  places = hearth_carer_get_approved_places (carer);
  return (guint) CLAMP (places, 0, HEARTH_MAX_PLACES);
}

gboolean
hearth_carer_is_approved_for (HearthCarer *carer,
                              const char  *arrangement_type)
{
  g_return_val_if_fail (HEARTH_IS_CARER (carer), FALSE);

  if (g_strcmp0 (hearth_carer_get_stage (carer), "approved") != 0)
    return FALSE;

  if (g_strcmp0 (arrangement_type, "long-term") == 0)
    return hearth_carer_get_approved_long_term (carer);
  if (g_strcmp0 (arrangement_type, "short-breaks") == 0)
    return hearth_carer_get_approved_short_breaks (carer);
  if (g_strcmp0 (arrangement_type, "day-support") == 0)
    return hearth_carer_get_approved_day_support (carer);

  return FALSE;
}

/**
 * hearth_rules_check_carer_can_take:
 * @people_at_once: how many people the carer already supports on the days the new
 *   arrangement would overlap
 *
 * An arrangement needs an approved carer, approved for its type, approved for emergencies
 * when it is one, and with a place free.
 */
gboolean
hearth_rules_check_carer_can_take (HearthCarer  *carer,
                                   const char   *arrangement_type,
                                   gboolean      emergency,
                                   guint         people_at_once,
                                   GError      **error)
{
  g_autofree char *name = NULL;
  guint capacity;

  g_return_val_if_fail (HEARTH_IS_CARER (carer), FALSE);

  name = hearth_carer_dup_display_name (carer);

  if (!hearth_rules_check_arrangement_type (arrangement_type, error))
    return FALSE;

  if (g_strcmp0 (hearth_carer_get_stage (carer), "approved") != 0 || hearth_record_is_archived (HEARTH_RECORD (carer)))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_APPROVED,
                   _("%s is not an approved carer (their stage is “%s”); arrangements are "
                     "only made with approved carers."),
                   name, hearth_values_label (HEARTH_VALUES_CARER_STAGE,
                                              hearth_carer_get_stage (carer)));
      return FALSE;
    }

  if (!hearth_carer_is_approved_for (carer, arrangement_type))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_APPROVED_FOR_TYPE,
                   _("%s is not approved for %s."), name,
                   hearth_values_label (HEARTH_VALUES_ARRANGEMENT_TYPE, arrangement_type));
      return FALSE;
    }

  if (emergency && !hearth_carer_get_approved_emergency (carer))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_EMERGENCY_APPROVED,
                   _("%s is not approved and trained for emergency placements."), name);
      return FALSE;
    }

  capacity = hearth_carer_get_capacity (carer);
  if (people_at_once >= capacity)
    {
      if (capacity == HEARTH_MAX_PLACES)
        g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NO_PLACE_FREE,
                     _("%s already supports %u people; a carer supports at most 3 people at once."),
                     name, people_at_once);
      else
        g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NO_PLACE_FREE,
                     g_dngettext (GETTEXT_PACKAGE,
                                  "%s already supports %u of the %u person they are approved for.",
                                  "%s already supports %u of the %u people they are approved for.",
                                  capacity),
                     name, people_at_once, capacity);
      return FALSE;
    }

  return TRUE;
}

/* Long-term and emergency arrangements are where a person lives; short breaks and day
 * support are time away from home. */
gboolean
hearth_arrangement_is_a_home (HearthArrangement *arrangement)
{
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT (arrangement), FALSE);

  return hearth_arrangement_get_emergency (arrangement) ||
         g_strcmp0 (hearth_arrangement_get_arrangement_type (arrangement), "long-term") == 0;
}

/* Whether two arrangements share a day. An arrangement runs from its start date until the
 * day before its end date (the place is free from that day), or on with no end date. */
gboolean
hearth_rules_arrangements_overlap (HearthArrangement *a,
                                   HearthArrangement *b)
{
  const char *a_end, *b_end;

  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT (a), FALSE);
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT (b), FALSE);

  a_end = hearth_arrangement_get_end_date (a);
  b_end = hearth_arrangement_get_end_date (b);
  return (b_end == NULL || g_strcmp0 (hearth_arrangement_get_start_date (a), b_end) < 0) &&
         (a_end == NULL || g_strcmp0 (hearth_arrangement_get_start_date (b), a_end) < 0);
}

/**
 * hearth_rules_check_one_home:
 * @others: (element-type HearthArrangement): the person's other arrangements
 *
 * A person lives in at most one long-term or emergency arrangement at a time.
 */
gboolean
hearth_rules_check_one_home (HearthPerson       *person,
                             HearthArrangement  *arrangement,
                             GPtrArray          *others,
                             GError            **error)
{
  g_return_val_if_fail (HEARTH_IS_PERSON (person), FALSE);
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT (arrangement), FALSE);

  if (!hearth_arrangement_is_a_home (arrangement))
    return TRUE;

  for (guint i = 0; others != NULL && i < others->len; i++)
    {
      HearthArrangement *other = g_ptr_array_index (others, i);
      gint64 id = hearth_record_get_id (HEARTH_RECORD (other));
      g_autofree char *name = NULL;

      if ((id != 0 && id == hearth_record_get_id (HEARTH_RECORD (arrangement))) ||
          !hearth_arrangement_is_a_home (other) ||
          !hearth_rules_arrangements_overlap (arrangement, other))
        continue;

      name = hearth_person_dup_display_name (person);
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_ONE_HOME,
                   hearth_arrangement_get_emergency (other)
                   ? _("%s is already in an emergency arrangement from %s; a person is in at "
                       "most one long-term or emergency arrangement at a time. End that one "
                       "first.")
                   : _("%s is already in a long-term arrangement from %s; a person is in at "
                       "most one long-term or emergency arrangement at a time. End that one "
                       "first."),
                   name, hearth_arrangement_get_start_date (other));
      return FALSE;
    }

  return TRUE;
}

/**
 * hearth_rules_check_trial_agreed:
 *
 * A trial becomes an arrangement only when both the person and the carer have said yes.
 */
gboolean
hearth_rules_check_trial_agreed (HearthTrial  *trial,
                                 GError      **error)
{
  const char *person = hearth_trial_get_person_decision (trial);
  const char *carer = hearth_trial_get_carer_decision (trial);

  g_return_val_if_fail (HEARTH_IS_TRIAL (trial), FALSE);

  if (g_strcmp0 (person, "yes") == 0 && g_strcmp0 (carer, "yes") == 0)
    return TRUE;

  if (g_strcmp0 (person, "no") == 0 || g_strcmp0 (carer, "no") == 0)
    g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_TRIAL_NOT_AGREED,
                 _("This match was declined, so it cannot become an arrangement. "
                   "It is always the person’s and the carer’s choice."));
  else if (person == NULL && carer == NULL)
    g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_TRIAL_NOT_AGREED,
                 _("Neither the person nor the carer has said yes yet; an arrangement "
                   "starts only when both have."));
  else
    g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_TRIAL_NOT_AGREED,
                 person == NULL
                 ? _("The person has not said yes yet; an arrangement starts only when "
                     "both the person and the carer have.")
                 : _("The carer has not said yes yet; an arrangement starts only when "
                     "both the person and the carer have."));
  return FALSE;
}

/**
 * hearth_rules_check_review:
 *
 * A held review of an arrangement records the person's own views, and the advocate or named
 * person who supported them when the reviewer is not their care manager.
 */
gboolean
hearth_rules_check_review (HearthReview  *review,
                           GError       **error)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW (review), FALSE);

  if (hearth_review_get_held_on (review) == NULL)
    return TRUE;

  if (!hearth_date_is_valid (hearth_review_get_held_on (review)))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("Enter the date the review was held, such as 2026-03-03."));
      return FALSE;
    }

  if (hearth_record_text_is_blank (hearth_review_get_reviewer (review)))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("Record who held the review."));
      return FALSE;
    }

  if (g_strcmp0 (hearth_review_get_subject (review), "arrangement") != 0)
    return TRUE;

  if (hearth_record_text_is_blank (hearth_review_get_person_views (review)))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_REVIEW_VIEWS,
                   _("Record the person’s own views, in their words. A review is never "
                     "held without them."));
      return FALSE;
    }

  if (!hearth_review_get_reviewer_is_care_manager (review) &&
      hearth_record_text_is_blank (hearth_review_get_advocate_name (review)))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_REVIEW_ADVOCATE,
                   _("The reviewer is not the person’s care manager, so record the advocate "
                     "or named person who supported them at the review."));
      return FALSE;
    }

  if (hearth_review_get_risk_reviewed (review) &&
      !hearth_date_is_valid (hearth_review_get_risk_next_review (review)))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_RISK_REVIEW_DATE,
                   _("The risk assessment was reviewed: record when it is next due."));
      return FALSE;
    }

  return TRUE;
}

/* Archiving, ending or declining always comes with a reason. */
gboolean
hearth_rules_check_reason (const char  *reason,
                           const char  *what,
                           GError     **error)
{
  if (!hearth_record_text_is_blank (reason))
    return TRUE;

  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_ARCHIVE_REASON,
               _("Say why %s; nothing in Hearth ends without a reason."), what);
  return FALSE;
}

/**
 * hearth_rules_check_carer_move:
 * @to: the stage the carer would move to
 * @note: (nullable): why; required for any move that is not simply onwards
 *
 * Which moves recruitment allows: on one stage at a time, back to an earlier stage, or out
 * (on hold, withdrawn, declined). Approval is the panel's, and only an approval ends.
 */
gboolean
hearth_rules_check_carer_move (HearthCarer  *carer,
                               const char   *to,
                               const char   *note,
                               GError      **error)
{
  const char *from = hearth_carer_get_stage (carer);
  int i = hearth_recruitment_stage_position (from);
  int j = hearth_recruitment_stage_position (to);
  g_autofree char *name = hearth_carer_dup_display_name (carer);
  const char *to_label = hearth_values_label (HEARTH_VALUES_CARER_STAGE, to);
  gboolean out_of_flow = j < 0;
  gboolean onwards = i >= 0 && j == i + 1;

  if (!hearth_values_contains (HEARTH_VALUES_CARER_STAGE, to))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_STAGE,
                   _("“%s” is not a recruitment stage."), to);
      return FALSE;
    }

  if (g_strcmp0 (from, to) == 0)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_STAGE,
                   _("%s is already at “%s”."), name, to_label);
      return FALSE;
    }

  if (g_str_equal (to, "approved"))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_STAGE,
                   _("Carers are approved by recording the panel’s decision, with the terms "
                     "of their approval."));
      return FALSE;
    }

  if (g_strcmp0 (from, "approved") == 0 && !g_str_equal (to, "approval-ended"))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_STAGE,
                   _("%s is approved; their approval can only be ended."), name);
      return FALSE;
    }

  if (g_str_equal (to, "approval-ended") && g_strcmp0 (from, "approved") != 0)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_STAGE,
                   _("Only an approved carer’s approval can end."));
      return FALSE;
    }

  if (i < 0 && !g_str_equal (from, "on-hold") && !g_str_equal (to, "enquiry"))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_STAGE,
                   _("%s is at “%s”; to start again, move them back to “Enquiry”."),
                   name, hearth_values_label (HEARTH_VALUES_CARER_STAGE, from));
      return FALSE;
    }

  if (i >= 0 && j > i + 1)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_STAGE,
                   _("%s is at “%s”; the next stage is “%s”."), name,
                   hearth_values_label (HEARTH_VALUES_CARER_STAGE, from),
                   hearth_recruitment_stage_label (hearth_recruitment_stage_next (from)));
      return FALSE;
    }

  if ((out_of_flow || (!onwards && i >= 0)) && hearth_record_text_is_blank (note))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_ARCHIVE_REASON,
                   _("Say why %s is moving to “%s”."), name, to_label);
      return FALSE;
    }

  return TRUE;
}

/**
 * hearth_rules_check_carer_can_be_approved:
 *
 * Only a carer who is ready for panel can be approved.
 */
gboolean
hearth_rules_check_carer_can_be_approved (HearthCarer  *carer,
                                          GError      **error)
{
  g_autofree char *name = NULL;

  if (g_strcmp0 (hearth_carer_get_stage (carer), "ready-for-panel") == 0)
    return TRUE;

  name = hearth_carer_dup_display_name (carer);
  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_STAGE,
               _("%s is not ready for panel, so cannot be approved yet."), name);
  return FALSE;
}

/* Carers in preparation training or ready for panel can be put on a panel's list. */
gboolean
hearth_rules_carer_can_go_to_panel (HearthCarer *carer)
{
  const char *stage = hearth_carer_get_stage (carer);

  return g_strcmp0 (stage, "ready-for-panel") == 0 || g_strcmp0 (stage, "preparation") == 0;
}

/**
 * hearth_rules_check_carer_can_go_to_panel:
 *
 * Only carers in preparation or ready for panel go to a panel.
 */
gboolean
hearth_rules_check_carer_can_go_to_panel (HearthCarer  *carer,
                                          GError      **error)
{
  g_autofree char *name = NULL;

  if (hearth_rules_carer_can_go_to_panel (carer))
    return TRUE;

  name = hearth_carer_dup_display_name (carer);
  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_STAGE,
               _("%s is at “%s”; only carers in preparation or ready for panel go to a "
                 "panel."), name,
               hearth_values_label (HEARTH_VALUES_CARER_STAGE, hearth_carer_get_stage (carer)));
  return FALSE;
}

/**
 * hearth_rules_status_after_ending:
 * @reason: (nullable): why the arrangement ends, or %NULL while it is not known
 * @other_arrangements: the person's current arrangements besides the one ending
 * @open_trials: the person's open trials
 *
 * Where a person stands once an arrangement ends: still in another arrangement or trial;
 * moved on to their own home; closed, when they died; otherwise back to matching, so the
 * scheme can find them a new arrangement.
 *
 * Returns: (nullable): the person's status afterwards, or %NULL when it depends on a
 *   @reason not given yet
 */
const char *
hearth_rules_status_after_ending (const char *reason,
                                  gint64      other_arrangements,
                                  gint64      open_trials)
{
  if (other_arrangements > 0)
    return "in-arrangement";
  if (open_trials > 0)
    return "in-trial";
  if (reason == NULL)
    return NULL;
  if (g_str_equal (reason, "moved-to-own-home"))
    return "moved-on";
  if (g_str_equal (reason, "died"))
    return "closed";

  return "matching";
}

/**
 * hearth_rules_check_step_date:
 * @date: the day a step is recorded on
 * @today: today's date
 * @not_before: (nullable): the date of the step before it
 *
 * Each step is recorded on the day it happened: a real date, not in the future, and never
 * before the step it follows.
 */
gboolean
hearth_rules_check_step_date (const char  *date,
                              const char  *today,
                              const char  *not_before,
                              GError     **error)
{
  if (!hearth_date_is_valid (date))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("“%s” is not a date; write dates like 2026-03-03."), date);
      return FALSE;
    }

  if (g_strcmp0 (date, today) > 0)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("%s is in the future; record each step on the day it happened."), date);
      return FALSE;
    }

  if (not_before != NULL && g_strcmp0 (date, not_before) < 0)
    {
      g_autofree char *shown = hearth_date_to_display (not_before);

      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("This step cannot be dated before the previous one, on %s."), shown);
      return FALSE;
    }

  return TRUE;
}

/* Recruitment */

/**
 * hearth_rules_check_nothing_missing_for_panel:
 * @missing: (element-type utf8): what the carer's checklist still lacks, in words
 *
 * A carer is ready for panel only with the whole checklist done.
 */
gboolean
hearth_rules_check_nothing_missing_for_panel (HearthCarer  *carer,
                                              GPtrArray    *missing,
                                              GError      **error)
{
  g_autoptr(GString) list = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (HEARTH_IS_CARER (carer), FALSE);
  g_return_val_if_fail (missing != NULL, FALSE);

  if (missing->len == 0)
    return TRUE;

  list = g_string_new (NULL);
  for (guint i = 0; i < missing->len; i++)
    g_string_append_printf (list, "%s%s", i > 0 ? ", " : "",
                            (const char *) g_ptr_array_index (missing, i));

  name = hearth_carer_dup_display_name (carer);
  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_STAGE,
               _("%s cannot be marked ready for panel yet. Still missing: %s."), name, list->str);
  return FALSE;
}

/* Only the stages of recruitment before panel have a target length. */
gboolean
hearth_rules_check_stage_has_target (const char  *stage,
                                     GError     **error)
{
  if (hearth_recruitment_stage_has_target (stage))
    return TRUE;

  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
               _("“%s” is not a stage of recruitment with a target."), stage);
  return FALSE;
}

/**
 * hearth_rules_check_stage_target:
 *
 * A stage with a target is given from 1 to 365 days.
 */
gboolean
hearth_rules_check_stage_target (const char  *stage,
                                 gint64       days,
                                 GError     **error)
{
  if (!hearth_rules_check_stage_has_target (stage, error))
    return FALSE;

  if (days < 1 || days > 365)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("A stage’s target is from 1 to 365 days, not %" G_GINT64_FORMAT "."), days);
      return FALSE;
    }

  return TRUE;
}

/* A panel is set for a date, past or future. */
gboolean
hearth_rules_check_panel_date (const char  *held_on,
                               GError     **error)
{
  if (hearth_date_is_valid (held_on))
    return TRUE;

  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
               _("Enter the panel’s date, like 2026-03-03."));
  return FALSE;
}

/**
 * hearth_rules_check_carer_can_join_panel:
 * @pending_decisions: the panels the carer is already waiting for
 *
 * A carer in preparation or ready for panel goes on one panel's list at a time.
 */
gboolean
hearth_rules_check_carer_can_join_panel (HearthCarer  *carer,
                                         gint64        pending_decisions,
                                         GError      **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (HEARTH_IS_CARER (carer), FALSE);

  if (!hearth_rules_check_carer_can_go_to_panel (carer, error))
    return FALSE;

  if (pending_decisions == 0)
    return TRUE;

  name = hearth_carer_dup_display_name (carer);
  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_STAGE,
               _("%s is already going to a panel."), name);
  return FALSE;
}

/**
 * hearth_rules_check_panel_decision:
 * @outcome: "approved", "deferred" or "not-approved"
 * @terms: (nullable): the terms of approval, needed when approved
 * @reasons: (nullable): the panel's reasons, needed unless approved
 * @today: today's date
 *
 * A panel decides once, after it has met: approval comes with its terms, anything else with
 * the panel's reasons.
 */
gboolean
hearth_rules_check_panel_decision (HearthPanelDecision        *decision,
                                   HearthPanel                *panel,
                                   const char                 *outcome,
                                   const HearthApprovalTerms  *terms,
                                   const char                 *reasons,
                                   const char                 *today,
                                   GError                    **error)
{
  g_return_val_if_fail (HEARTH_IS_PANEL_DECISION (decision), FALSE);
  g_return_val_if_fail (HEARTH_IS_PANEL (panel), FALSE);

  if (g_strcmp0 (hearth_panel_decision_get_decision (decision), "pending") != 0)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_STAGE,
                   _("This panel’s decision has already been recorded."));
      return FALSE;
    }

  if (g_strcmp0 (hearth_panel_get_held_on (panel), today) > 0)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("The panel has not met yet; record its decision on or after its date."));
      return FALSE;
    }

  if (g_strcmp0 (outcome, "approved") != 0 && g_strcmp0 (outcome, "deferred") != 0 &&
      g_strcmp0 (outcome, "not-approved") != 0)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("A panel’s decision is approved, deferred or not approved."));
      return FALSE;
    }

  if (!g_str_equal (outcome, "approved") && hearth_record_text_is_blank (reasons))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_ARCHIVE_REASON,
                   _("Record the panel’s reasons."));
      return FALSE;
    }

  if (g_str_equal (outcome, "approved") && terms == NULL)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_APPROVAL_TERMS,
                   _("Record the terms of the carer’s approval."));
      return FALSE;
    }

  return TRUE;
}

/**
 * hearth_rules_check_undo_carer_move:
 * @last: (nullable): the carer's last stage change, %NULL when they have none
 *
 * Only the carer's last move can be undone, and never an approval or its end.
 */
gboolean
hearth_rules_check_undo_carer_move (HearthCarer        *carer,
                                    HearthStageChange  *last,
                                    GError            **error)
{
  const char *to, *from;

  g_return_val_if_fail (HEARTH_IS_CARER (carer), FALSE);

  if (last == NULL)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_STAGE, _("There is no move to undo."));
      return FALSE;
    }

  to = hearth_stage_change_get_to_stage (last);
  from = hearth_stage_change_get_from_stage (last);
  if (from == NULL || g_strcmp0 (to, hearth_carer_get_stage (carer)) != 0 ||
      g_strcmp0 (to, "approved") == 0 || g_strcmp0 (to, "approval-ended") == 0 ||
      g_str_equal (from, "approved"))
    {
      g_autofree char *name = hearth_carer_dup_display_name (carer);

      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_STAGE,
                   _("%s’s last move cannot be undone."), name);
      return FALSE;
    }

  return TRUE;
}

/**
 * hearth_rules_check_approval_review:
 * @notes: (nullable): what was agreed; the reason when the approval ends
 *
 * Only an approved carer's approval is reviewed, by someone named, and an approval ends
 * with a reason.
 */
gboolean
hearth_rules_check_approval_review (HearthCarer  *carer,
                                    const char   *reviewer,
                                    const char   *outcome,
                                    const char   *notes,
                                    GError      **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (HEARTH_IS_CARER (carer), FALSE);

  name = hearth_carer_dup_display_name (carer);
  if (g_strcmp0 (hearth_carer_get_stage (carer), "approved") != 0)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_APPROVED,
                   _("%s is not approved, so there is no approval to review."), name);
      return FALSE;
    }

  if (hearth_record_text_is_blank (reviewer))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("Say who reviewed %s’s approval."), name);
      return FALSE;
    }

  if (g_strcmp0 (outcome, "end-approval") == 0 && hearth_record_text_is_blank (notes))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_ARCHIVE_REASON,
                   _("Say why %s’s approval ends."), name);
      return FALSE;
    }

  return TRUE;
}

/* An approval review continues the approval, changes its terms or ends it. */
gboolean
hearth_rules_check_approval_outcome (const char  *outcome,
                                     GError     **error)
{
  if (hearth_values_contains (HEARTH_VALUES_APPROVAL_OUTCOME, outcome))
    return TRUE;

  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
               _("Record the review’s outcome: continue, change the terms, or end approval."));
  return FALSE;
}

/**
 * hearth_rules_check_changed_terms:
 * @terms: (nullable): the new terms
 *
 * A change of terms at an approval review says what they are, and is checked like the
 * panel's approval.
 */
gboolean
hearth_rules_check_changed_terms (const char                 *outcome,
                                  const HearthApprovalTerms  *terms,
                                  GError                    **error)
{
  if (g_strcmp0 (outcome, "change-terms") != 0)
    return TRUE;

  if (terms == NULL)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_APPROVAL_TERMS,
                   _("Say what the carer’s new terms of approval are."));
      return FALSE;
    }

  return hearth_rules_check_approval_terms (terms->places, terms->long_term, terms->short_breaks,
                                            terms->day_support, error);
}

/* People and trials */

/**
 * hearth_rules_check_person_status:
 * @current_arrangements: the person's arrangements that have not ended
 * @open_trials: the person's open trials
 *
 * A coordinator sets a person's status only to one that is not decided by their trials and
 * arrangements, and only while they have none open.
 */
gboolean
hearth_rules_check_person_status (HearthPerson  *person,
                                  const char    *status,
                                  gint64         current_arrangements,
                                  gint64         open_trials,
                                  GError       **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (HEARTH_IS_PERSON (person), FALSE);

  if (!hearth_values_contains (HEARTH_VALUES_PERSON_STATUS, status) ||
      g_str_equal (status, "in-trial") || g_str_equal (status, "in-arrangement"))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("A person is in a trial or an arrangement when one is recorded; "
                     "choose referred, matching, moved on or closed."));
      return FALSE;
    }

  if (current_arrangements == 0 && open_trials == 0)
    return TRUE;

  name = hearth_person_dup_display_name (person);
  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
               _("%s has an open trial or a current arrangement; end it first."), name);
  return FALSE;
}

/**
 * hearth_rules_check_can_propose:
 * @open_trials_together: the open trials between this person and this carer
 *
 * A match is proposed for a person the scheme supports, with a carer who could take the
 * arrangement, and only one at a time between the same two.
 */
gboolean
hearth_rules_check_can_propose (HearthPerson  *person,
                                HearthCarer   *carer,
                                const char    *arrangement_type,
                                gint64         open_trials_together,
                                GError       **error)
{
  g_autofree char *name = NULL;
  const char *status;

  g_return_val_if_fail (HEARTH_IS_PERSON (person), FALSE);
  g_return_val_if_fail (HEARTH_IS_CARER (carer), FALSE);

  name = hearth_person_dup_display_name (person);
  status = hearth_person_get_status (person);
  if (hearth_record_is_archived (HEARTH_RECORD (person)) ||
      g_strcmp0 (status, "closed") == 0 || g_strcmp0 (status, "moved-on") == 0)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_TRIAL_STATE,
                   _("%s is not being supported by the scheme at the moment."), name);
      return FALSE;
    }

  if (!hearth_rules_check_carer_can_take (carer, arrangement_type, FALSE, 0, error))
    return FALSE;

  if (open_trials_together > 0)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_TRIAL_STATE,
                   _("%s already has an open trial with this carer."), name);
      return FALSE;
    }

  return TRUE;
}

/* Nothing more is recorded on a trial once it has closed. */
gboolean
hearth_rules_check_trial_open (HearthTrial  *trial,
                               GError      **error)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL (trial), FALSE);

  if (g_strcmp0 (hearth_trial_get_outcome (trial), "open") == 0)
    return TRUE;

  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_TRIAL_STATE,
               _("This trial has closed (%s); nothing more can be recorded on it."),
               hearth_values_label (HEARTH_VALUES_TRIAL_OUTCOME, hearth_trial_get_outcome (trial)));
  return FALSE;
}

/**
 * hearth_rules_check_trial_advance:
 * @stage: the stage the trial would move to
 *
 * An open trial only moves on, and a trial period has its start and planned end.
 */
gboolean
hearth_rules_check_trial_advance (HearthTrial  *trial,
                                  const char   *stage,
                                  GError      **error)
{
  int from, to;

  if (!hearth_rules_check_trial_open (trial, error))
    return FALSE;

  from = hearth_values_index (HEARTH_VALUES_TRIAL_STAGE, hearth_trial_get_stage (trial));
  to = hearth_values_index (HEARTH_VALUES_TRIAL_STAGE, stage);
  if (to < 0 || to <= from)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_TRIAL_STATE,
                   to < 0 ? _("“%s” is not a stage of a trial.")
                          : _("The trial has already reached “%s”; trials only move on."),
                   to < 0 ? stage : hearth_values_label (HEARTH_VALUES_TRIAL_STAGE,
                                                         hearth_trial_get_stage (trial)));
      return FALSE;
    }

  if (g_str_equal (stage, "trial-period") &&
      (hearth_trial_get_trial_start (trial) == NULL ||
       hearth_trial_get_trial_planned_end (trial) == NULL))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_TRIAL_STATE,
                   _("A trial period needs its start date and planned end date."));
      return FALSE;
    }

  return TRUE;
}

/**
 * hearth_rules_check_trial_decision:
 * @side: whose choice it is
 *
 * Each side of an open trial says yes or no once.
 */
gboolean
hearth_rules_check_trial_decision (HearthTrial  *trial,
                                   HearthSide    side,
                                   GError      **error)
{
  const char *already;

  if (!hearth_rules_check_trial_open (trial, error))
    return FALSE;

  already = side == HEARTH_SIDE_PERSON ? hearth_trial_get_person_decision (trial)
                                       : hearth_trial_get_carer_decision (trial);
  if (already == NULL)
    return TRUE;

  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_TRIAL_STATE,
               side == HEARTH_SIDE_PERSON ? _("The person’s choice is already recorded.")
                                          : _("The carer’s choice is already recorded."));
  return FALSE;
}

/* An open trial is withdrawn with a reason. */
gboolean
hearth_rules_check_trial_withdrawal (HearthTrial  *trial,
                                     const char   *reason,
                                     GError      **error)
{
  return hearth_rules_check_trial_open (trial, error) &&
         hearth_rules_check_reason (reason, _("the trial is being withdrawn"), error);
}

/* Only a no keeps a carer from being suggested for a person, so only a no can be lifted. */
gboolean
hearth_rules_check_suggest_again (HearthTrial  *trial,
                                  GError      **error)
{
  const char *outcome;

  g_return_val_if_fail (HEARTH_IS_TRIAL (trial), FALSE);

  outcome = hearth_trial_get_outcome (trial);
  if (g_strcmp0 (outcome, "declined-by-person") == 0 ||
      g_strcmp0 (outcome, "declined-by-carer") == 0)
    return TRUE;

  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_TRIAL_STATE,
               _("Only a trial that ended with a no keeps a carer from being suggested."));
  return FALSE;
}

/* Arrangements */

/* An arrangement is long-term, short breaks or day support. */
gboolean
hearth_rules_check_arrangement_type (const char  *arrangement_type,
                                     GError     **error)
{
  if (hearth_values_contains (HEARTH_VALUES_ARRANGEMENT_TYPE, arrangement_type))
    return TRUE;

  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
               _("Choose the type of arrangement: long-term, short breaks or day support."));
  return FALSE;
}

/**
 * hearth_rules_check_arrangement_start:
 *
 * An arrangement starts for a person whose record is not archived, from an agreed trial or
 * as an emergency placement.
 */
gboolean
hearth_rules_check_arrangement_start (HearthArrangement  *arrangement,
                                      HearthPerson       *person,
                                      GError            **error)
{
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT (arrangement), FALSE);
  g_return_val_if_fail (HEARTH_IS_PERSON (person), FALSE);

  if (hearth_record_is_archived (HEARTH_RECORD (person)))
    {
      g_autofree char *name = hearth_person_dup_display_name (person);

      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID, _("%s is archived."), name);
      return FALSE;
    }

  if (hearth_arrangement_get_trial_id (arrangement) == 0 &&
      !hearth_arrangement_get_emergency (arrangement))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_TRIAL_NOT_AGREED,
                   _("An arrangement starts from a trial that the person and the carer both "
                     "agreed to, or as an emergency placement."));
      return FALSE;
    }

  return TRUE;
}

/**
 * hearth_rules_check_arrangement_from_trial:
 * @trial: the trial @arrangement comes from
 * @arrangements_from_trial: the arrangements already started from @trial
 *
 * An arrangement comes from a trial both sides agreed to, between the same person and
 * carer, and a trial gives one arrangement.
 */
gboolean
hearth_rules_check_arrangement_from_trial (HearthArrangement  *arrangement,
                                           HearthTrial        *trial,
                                           gint64              arrangements_from_trial,
                                           GError            **error)
{
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT (arrangement), FALSE);

  if (!hearth_rules_check_trial_agreed (trial, error))
    return FALSE;

  if (hearth_trial_get_person_id (trial) != hearth_arrangement_get_person_id (arrangement) ||
      hearth_trial_get_carer_id (trial) != hearth_arrangement_get_carer_id (arrangement))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("The arrangement must be between the person and the carer of the trial."));
      return FALSE;
    }

  if (arrangements_from_trial > 0)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("An arrangement has already started from this trial."));
      return FALSE;
    }

  return TRUE;
}

/**
 * hearth_rules_check_emergency_placement:
 * @latest_end: the last day the scheme's policy lets an emergency placement starting on the
 *   arrangement's start date run to
 * @max_months: the policy's longest emergency placement, in months
 *
 * An emergency placement is approved by the registered manager, by name, and planned to end
 * within the scheme's limit.
 */
gboolean
hearth_rules_check_emergency_placement (HearthArrangement  *arrangement,
                                        const char         *latest_end,
                                        int                 max_months,
                                        GError            **error)
{
  const char *planned_end;

  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT (arrangement), FALSE);

  if (hearth_record_text_is_blank (hearth_arrangement_get_manager_approved_by (arrangement)))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("An emergency placement needs the registered manager’s approval: record "
                     "who approved it."));
      return FALSE;
    }

  planned_end = hearth_arrangement_get_planned_end (arrangement);
  if (planned_end != NULL && g_strcmp0 (planned_end, latest_end) > 0)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("An emergency placement lasts at most %d months; plan its end by %s."),
                   max_months, latest_end);
      return FALSE;
    }

  return TRUE;
}

/**
 * hearth_rules_check_arrangement_end:
 * @reason: one of %HEARTH_VALUES_END_REASON
 * @note: (nullable): more about why; needed when @reason is "other"
 *
 * A current arrangement ends once, with a reason.
 */
gboolean
hearth_rules_check_arrangement_end (HearthArrangement  *arrangement,
                                    const char         *reason,
                                    const char         *note,
                                    GError            **error)
{
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT (arrangement), FALSE);

  if (hearth_arrangement_get_end_date (arrangement) != NULL)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_ARRANGEMENT_STATE,
                   _("This arrangement has already ended."));
      return FALSE;
    }

  if (!hearth_values_contains (HEARTH_VALUES_END_REASON, reason))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_ARCHIVE_REASON,
                   _("Choose why the arrangement ended."));
      return FALSE;
    }

  return !g_str_equal (reason, "other") ||
         hearth_rules_check_reason (note, _("the arrangement ended"), error);
}

/* Reviews */

/**
 * hearth_rules_check_review_to_record:
 * @stored: (nullable): the review as the scheme holds it, when it was scheduled
 *
 * A review is recorded once, with the date it was held.
 */
gboolean
hearth_rules_check_review_to_record (HearthReview  *review,
                                     HearthReview  *stored,
                                     GError       **error)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW (review), FALSE);

  if (stored != NULL && hearth_review_get_held_on (stored) != NULL)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("This review has already been recorded."));
      return FALSE;
    }

  if (hearth_review_get_held_on (review) == NULL)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("Enter the date the review was held."));
      return FALSE;
    }

  return TRUE;
}

/* Each outcome question of a review is answered better, no different or worse. */
gboolean
hearth_rules_check_review_outcome (HearthReviewOutcome  *outcome,
                                   GError              **error)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW_OUTCOME (outcome), FALSE);

  if (hearth_values_contains (HEARTH_VALUES_OUTCOME_AREA, hearth_review_outcome_get_area (outcome)) &&
      hearth_values_contains (HEARTH_VALUES_OUTCOME_ANSWER, hearth_review_outcome_get_answer (outcome)))
    return TRUE;

  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
               _("Each outcome question is answered better, no different or worse."));
  return FALSE;
}

/* What a review agrees to do has an owner and a date, so it is followed up. */
gboolean
hearth_rules_check_review_action (HearthReviewAction  *action,
                                  GError             **error)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW_ACTION (action), FALSE);

  if (!hearth_record_text_is_blank (hearth_review_action_get_action (action)) &&
      !hearth_record_text_is_blank (hearth_review_action_get_owner (action)) &&
      hearth_date_is_valid (hearth_review_action_get_due_on (action)))
    return TRUE;

  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
               _("Each action from a review needs what is to be done, who does it and "
                 "a date it is due."));
  return FALSE;
}

/* An action from a review is done once. */
gboolean
hearth_rules_check_review_action_open (HearthReviewAction  *action,
                                       GError             **error)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW_ACTION (action), FALSE);

  if (hearth_review_action_get_done_on (action) == NULL)
    return TRUE;

  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID, _("This action is already done."));
  return FALSE;
}

/* Matching */

/* A factor of the match score is worth from 0 to 10 points. */
gboolean
hearth_rules_check_match_weight (gint64   weight,
                                 GError **error)
{
  if (weight >= 0 && weight <= 10)
    return TRUE;

  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
               _("A weight is from 0 to 10 points, not %" G_GINT64_FORMAT "."), weight);
  return FALSE;
}

/* Only a carer who could be suggested, approved and not archived, is shortlisted. */
gboolean
hearth_rules_check_can_shortlist (HearthCarer  *carer,
                                  GError      **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (HEARTH_IS_CARER (carer), FALSE);

  if (g_strcmp0 (hearth_carer_get_stage (carer), "approved") == 0 &&
      !hearth_record_is_archived (HEARTH_RECORD (carer)))
    return TRUE;

  name = hearth_carer_dup_display_name (carer);
  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_APPROVED,
               _("%s is not an approved carer, so cannot be shortlisted."), name);
  return FALSE;
}
