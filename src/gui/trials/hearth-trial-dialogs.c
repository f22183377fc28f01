/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-trial-dialogs.c: what the Trials view's questions (Move On, Record Choice, Withdraw)
 * use besides their base class: how a trial's two sides are named, and the toast that says
 * what an answer did. */

#define G_LOG_DOMAIN "hearth-trials"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-trial-dialogs.h"

/* The last answer's toast, and the page it went to. */
static AdwToast   *last_toast;
static HearthPage *last_page;

/**
 * hearth_trials_dup_names:
 * @person: (out): the person's display name
 * @carer: (out): the carer's display name
 *
 * The two sides of @trial, as the coordinator knows them.
 */
void
hearth_trials_dup_names (HearthScheme  *scheme,
                         HearthTrial   *trial,
                         char         **person,
                         char         **carer)
{
  g_autoptr(HearthRecord) p = NULL;
  g_autoptr(HearthRecord) c = NULL;

  g_return_if_fail (HEARTH_IS_SCHEME (scheme));
  g_return_if_fail (HEARTH_IS_TRIAL (trial));

  p = hearth_scheme_load (scheme, HEARTH_TYPE_PERSON, hearth_trial_get_person_id (trial), NULL);
  c = hearth_scheme_load (scheme, HEARTH_TYPE_CARER, hearth_trial_get_carer_id (trial), NULL);
  *person = p != NULL ? hearth_person_dup_display_name (HEARTH_PERSON (p))
                      : g_strdup (_("Unknown"));
  *carer = c != NULL ? hearth_carer_dup_display_name (HEARTH_CARER (c)) : g_strdup (_("Unknown"));
}

/**
 * hearth_trials_dup_pair:
 *
 * Returns: (transfer full): the trial as "Person ↔ Carer"
 */
char *
hearth_trials_dup_pair (HearthScheme *scheme,
                        HearthTrial  *trial)
{
  g_autofree char *person = NULL;
  g_autofree char *carer = NULL;

  hearth_trials_dup_names (scheme, trial, &person, &carer);
  return g_strdup_printf (_("%s ↔ %s"), person, carer);
}

/**
 * hearth_trials_toast:
 *
 * Says what an answer did. The last one replaces the one before on the same page, which
 * would otherwise queue, five seconds each, and speak of a stage long passed.
 */
void
hearth_trials_toast (HearthPage *page,
                     const char *text)
{
  AdwToast *next;

  g_return_if_fail (HEARTH_IS_PAGE (page));

  next = adw_toast_new (text);
  if (last_toast != NULL && last_page == page)
    adw_toast_dismiss (last_toast);
  g_set_weak_pointer (&last_toast, next);
  g_set_weak_pointer (&last_page, page);
  hearth_page_add_toast (page, next);
}
