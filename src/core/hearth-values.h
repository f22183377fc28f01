/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-values.h: the closed sets of values a scheme file holds, with their labels. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  HEARTH_VALUES_CARER_STAGE,
  HEARTH_VALUES_PERSON_STATUS,
  HEARTH_VALUES_ARRANGEMENT_TYPE,
  HEARTH_VALUES_FUNDING_ROUTE,
  HEARTH_VALUES_SUPPORT_NEED,
  HEARTH_VALUES_TRIAL_STAGE,
  HEARTH_VALUES_TRIAL_OUTCOME,
  HEARTH_VALUES_END_REASON,
  HEARTH_VALUES_SMOKING,
  HEARTH_VALUES_STAFF_ROLE,
  HEARTH_VALUES_OUTCOME_AREA,
  HEARTH_VALUES_OUTCOME_ANSWER,
  HEARTH_VALUES_APPROVAL_OUTCOME,
  HEARTH_VALUES_ADVOCATE_KIND,
  HEARTH_VALUES_CHECK_KIND,
  HEARTH_VALUES_DECISION,
  HEARTH_VALUES_PORTRAIT_SECTION,
  HEARTH_N_VALUE_SETS
} HearthValueSet;

typedef struct
{
  const char *value;   /* as stored in the scheme file */
  const char *label;   /* untranslated; pass through _() or use hearth_values_label() */
} HearthValue;

const HearthValue *hearth_values_get       (HearthValueSet  set,
                                            guint          *n_values);
gboolean           hearth_values_contains  (HearthValueSet  set,
                                            const char     *value);
const char        *hearth_values_label     (HearthValueSet  set,
                                            const char     *value);
int                hearth_values_index     (HearthValueSet  set,
                                            const char     *value);
gboolean           hearth_values_check_list (HearthValueSet set,
                                            const char     *comma_list,
                                            char          **bad_value);

G_END_DECLS
