/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-panel-checklist.c: the checklist a prospective carer completes before panel, and
 * what is missing from it in words. The workflows count one carer's checks, the Recruitment
 * view's cards count every carer's at once: both ask here what the counts leave missing. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-panel-checklist.h"

static const struct
{
  const char *kind;
  int         needed;
  const char *what;
} checklist[HEARTH_PANEL_CHECKLIST_N_KINDS] = {
  { "application", 1, N_("the application") },
  { "reference", 2, N_("two references") },
  { "dbs", 1, N_("an enhanced DBS check") },
  { "home-safety", 1, N_("the home health and safety check") },
  { "household-agreement", 1, N_("every household member’s agreement") },
  { "preparation-training", 1, N_("preparation training") },
  { "assessment-report", 1, N_("the assessment report") },
};

/**
 * hearth_panel_checklist_kind:
 * @index: from 0 to %HEARTH_PANEL_CHECKLIST_N_KINDS - 1
 *
 * Returns: the kind of carer check at @index of the checklist, such as "reference"
 */
const char *
hearth_panel_checklist_kind (guint index)
{
  g_return_val_if_fail (index < HEARTH_PANEL_CHECKLIST_N_KINDS, NULL);

  return checklist[index].kind;
}

/**
 * hearth_panel_checklist_index:
 *
 * Returns: where the check @kind comes in the checklist, or -1 when it is not on it
 */
int
hearth_panel_checklist_index (const char *kind)
{
  for (guint i = 0; i < HEARTH_PANEL_CHECKLIST_N_KINDS; i++)
    if (g_strcmp0 (checklist[i].kind, kind) == 0)
      return (int) i;
  return -1;
}

/**
 * hearth_panel_checklist_missing:
 * @counts: (array fixed-size=7): how many checks of each kind of the checklist, in its
 *   order, the carer has that have not expired
 * @not_agreed: (nullable) (array zero-terminated=1): the names of the household members
 *   who have not agreed yet
 *
 * Returns: (transfer full) (element-type utf8): what is missing, in words; empty when
 *   nothing is
 */
GPtrArray *
hearth_panel_checklist_missing (const gint64       *counts,
                                const char * const *not_agreed)
{
  GPtrArray *missing = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (counts != NULL, missing);

  for (guint i = 0; i < HEARTH_PANEL_CHECKLIST_N_KINDS; i++)
    {
      if (counts[i] >= checklist[i].needed)
        continue;
      if (counts[i] == 1 && checklist[i].needed == 2)
        g_ptr_array_add (missing, g_strdup (_("a second reference")));
      else
        g_ptr_array_add (missing, g_strdup (_(checklist[i].what)));
    }

  for (guint i = 0; not_agreed != NULL && not_agreed[i] != NULL; i++)
    g_ptr_array_add (missing, g_strdup_printf (_("agreement from %s (household member)"),
                                               not_agreed[i]));
  return missing;
}
