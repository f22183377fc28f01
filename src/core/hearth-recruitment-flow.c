/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-recruitment-flow.c: the order of carer recruitment, read from the carer stages in
 * hearth-values.c, which list the flow first; everything that walks the flow asks here. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include "hearth-recruitment-flow.h"
#include "hearth-values.h"

/**
 * hearth_recruitment_stage:
 * @index: a place in the flow, from 0 (enquiry) to %HEARTH_RECRUITMENT_N_STAGES - 1
 *
 * Returns: the stage at @index
 */
const char *
hearth_recruitment_stage (guint index)
{
  guint n_values;
  const HearthValue *values = hearth_values_get (HEARTH_VALUES_CARER_STAGE, &n_values);

  g_return_val_if_fail (index < HEARTH_RECRUITMENT_N_STAGES, NULL);
  g_assert (n_values >= HEARTH_RECRUITMENT_N_STAGES);

  return values[index].value;
}

/**
 * hearth_recruitment_stage_position:
 *
 * Returns: where @stage comes in the flow, from 0, or -1 for a stage outside it (on hold,
 *   withdrawn, declined, approval ended) or no stage at all
 */
int
hearth_recruitment_stage_position (const char *stage)
{
  int i = hearth_values_index (HEARTH_VALUES_CARER_STAGE, stage);

  return i < HEARTH_RECRUITMENT_N_STAGES ? i : -1;
}

/**
 * hearth_recruitment_stage_next:
 *
 * Returns: (nullable): the stage after @stage, or %NULL when @stage is approved or outside
 *   the flow
 */
const char *
hearth_recruitment_stage_next (const char *stage)
{
  int i = hearth_recruitment_stage_position (stage);

  if (i < 0 || i + 1 >= HEARTH_RECRUITMENT_N_STAGES)
    return NULL;

  return hearth_recruitment_stage ((guint) i + 1);
}

/* The stage as a coordinator reads it, translated. */
const char *
hearth_recruitment_stage_label (const char *stage)
{
  return hearth_values_label (HEARTH_VALUES_CARER_STAGE, stage);
}

/* Every stage on the way to approval has a target length; approval is where it ends. */
gboolean
hearth_recruitment_stage_has_target (const char *stage)
{
  int i = hearth_recruitment_stage_position (stage);

  return i >= 0 && i + 1 < HEARTH_RECRUITMENT_N_STAGES;
}

/* The recruitment board shows every stage but the end of an approval, which is a carer
 * leaving the scheme rather than a step of recruiting them. */
gboolean
hearth_recruitment_stage_is_shown (const char *stage)
{
  return hearth_values_contains (HEARTH_VALUES_CARER_STAGE, stage) &&
         g_strcmp0 (stage, "approval-ended") != 0;
}
