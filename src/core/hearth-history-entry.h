/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-history-entry.h: one change in the audit trail as an item of a list, and the History
 * view's list of them, computed by a worker for the filters chosen. */

#pragma once

#include "hearth-aggregate-list.h"
#include "hearth-history.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_HISTORY_ENTRY (hearth_history_entry_get_type ())

G_DECLARE_FINAL_TYPE (HearthHistoryEntry, hearth_history_entry, HEARTH, HISTORY_ENTRY, GObject)

HearthHistoryEntry      *hearth_history_entry_new         (HearthHistoryItem   *item);
const HearthHistoryItem *hearth_history_entry_get_item    (HearthHistoryEntry  *self);
gint64                   hearth_history_entry_get_id      (HearthHistoryEntry  *self);
char                    *hearth_history_entry_dup_key     (HearthHistoryEntry  *self);
gboolean                 hearth_history_entry_same        (HearthHistoryEntry  *a,
                                                           HearthHistoryEntry  *b);
int                      hearth_history_entry_compare     (HearthHistoryEntry  *a,
                                                           HearthHistoryEntry  *b);

HearthAggregateList     *hearth_history_list_new          (HearthScheme              *scheme);
void                     hearth_history_list_set_filter   (HearthAggregateList       *list,
                                                           const HearthHistoryFilter *filter);
void                     hearth_history_list_set_limit    (HearthAggregateList       *list,
                                                           guint                      limit);
guint                    hearth_history_list_get_limit    (HearthAggregateList       *list);
gboolean                 hearth_history_list_has_more     (HearthAggregateList       *list);

G_END_DECLS
