/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-aggregate-list.h: a list computed from the whole scheme (the reviews due, the
 * dashboard's attention, the history of changes), kept up to date by a worker thread. */

#pragma once

#include <gio/gio.h>

#include "hearth-scheme.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_AGGREGATE_LIST (hearth_aggregate_list_get_type ())

G_DECLARE_FINAL_TYPE (HearthAggregateList, hearth_aggregate_list, HEARTH, AGGREGATE_LIST, GObject)

/**
 * HearthAggregateLoadFunc:
 * @reader: a read-only connection to the scheme, used by this thread alone
 *
 * Computes every item of the list. It runs in a worker thread, so it reads @reader and its
 * own data only.
 *
 * Returns: (transfer full) (element-type GObject): the items, in any order
 */
typedef GPtrArray *(*HearthAggregateLoadFunc) (HearthScheme  *reader,
                                               gpointer       user_data,
                                               GCancellable  *cancellable,
                                               GError       **error);

/**
 * HearthAggregateKeyFunc:
 *
 * Returns: (transfer full): what identifies @item from one load to the next, such as
 *   "review:12"
 */
typedef char     *(*HearthAggregateKeyFunc)  (gpointer item);

/* Whether an item kept its key but says something different: its row must be drawn again. */
typedef gboolean  (*HearthAggregateSameFunc) (gpointer a,
                                              gpointer b);

HearthAggregateList *hearth_aggregate_list_new        (HearthScheme            *scheme,
                                                       GType                    item_type,
                                                       HearthAggregateLoadFunc  load,
                                                       HearthAggregateKeyFunc   key,
                                                       HearthAggregateSameFunc  same,
                                                       gpointer                 user_data,
                                                       GDestroyNotify           destroy);
HearthScheme        *hearth_aggregate_list_get_scheme (HearthAggregateList     *self);
gpointer             hearth_aggregate_list_get_user_data (HearthAggregateList  *self);
void                 hearth_aggregate_list_start      (HearthAggregateList     *self);
gboolean             hearth_aggregate_list_get_loaded (HearthAggregateList     *self);
gboolean             hearth_aggregate_list_get_loading (HearthAggregateList    *self);
const GError        *hearth_aggregate_list_get_error  (HearthAggregateList     *self);
void                 hearth_aggregate_list_refresh    (HearthAggregateList     *self);
gboolean             hearth_aggregate_list_refresh_sync (HearthAggregateList   *self,
                                                       GError                 **error);
gpointer             hearth_aggregate_list_find       (HearthAggregateList     *self,
                                                       const char              *key,
                                                       guint                   *position);
guint                hearth_aggregate_list_get_n_busy (void);

G_END_DECLS
