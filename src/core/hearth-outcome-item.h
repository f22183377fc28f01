/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-outcome-item.h: the outcomes people reported in one area of life, over a range of
 * dates, as an item of the Dashboard's list kept up to date by a worker. */

#pragma once

#include "hearth-aggregate-list.h"
#include "hearth-dashboard.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_OUTCOME_ITEM (hearth_outcome_item_get_type ())

G_DECLARE_FINAL_TYPE (HearthOutcomeItem, hearth_outcome_item, HEARTH, OUTCOME_ITEM, GObject)

HearthOutcomeItem        *hearth_outcome_item_new        (const HearthOutcomeShare *share,
                                                          guint                     order);
const HearthOutcomeShare *hearth_outcome_item_get_share  (HearthOutcomeItem        *self);
const char               *hearth_outcome_item_get_label  (HearthOutcomeItem        *self);
char                     *hearth_outcome_item_dup_counts (HearthOutcomeItem        *self);
char                     *hearth_outcome_item_dup_figure (HearthOutcomeItem        *self);
char                     *hearth_outcome_item_dup_key    (HearthOutcomeItem        *self);
gboolean                  hearth_outcome_item_same       (HearthOutcomeItem        *a,
                                                          HearthOutcomeItem        *b);
int                       hearth_outcome_item_compare    (HearthOutcomeItem        *a,
                                                          HearthOutcomeItem        *b);
gboolean                  hearth_outcome_item_matches    (HearthOutcomeItem        *self,
                                                          gboolean                  answered_only);

HearthAggregateList      *hearth_outcome_list_new        (HearthScheme             *scheme,
                                                          const char               *from,
                                                          const char               *to);
void                      hearth_outcome_list_set_range  (HearthAggregateList      *list,
                                                          const char               *from,
                                                          const char               *to);

G_END_DECLS
