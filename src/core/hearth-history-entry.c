/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-history-entry.c: the History view's list. The audit trail of a large scheme holds
 * hundreds of thousands of changes, so the list holds the newest that pass the filters, up
 * to a limit the view raises as the coordinator scrolls down. A worker reads them; each
 * change of filter or of the scheme computes the list again, and the view is told only
 * which rows came and went. */

#define G_LOG_DOMAIN "hearth-history-entry"

#include "config.h"

#include "hearth-history-entry.h"

/* The newest this many at first, and this many more each time the view asks. */
#define FIRST_LIMIT 200

struct _HearthHistoryEntry
{
  GObject            parent_instance;

  HearthHistoryItem *item;
};

G_DEFINE_FINAL_TYPE (HearthHistoryEntry, hearth_history_entry, G_TYPE_OBJECT)

static void
hearth_history_entry_finalize (GObject *object)
{
  g_clear_pointer (&HEARTH_HISTORY_ENTRY (object)->item, hearth_history_item_free);

  G_OBJECT_CLASS (hearth_history_entry_parent_class)->finalize (object);
}

static void
hearth_history_entry_class_init (HearthHistoryEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hearth_history_entry_finalize;
}

static void
hearth_history_entry_init (HearthHistoryEntry *self)
{
}

/**
 * hearth_history_entry_new:
 * @item: (transfer full): a change read from the trail
 */
HearthHistoryEntry *
hearth_history_entry_new (HearthHistoryItem *item)
{
  HearthHistoryEntry *self;

  g_return_val_if_fail (item != NULL, NULL);

  self = g_object_new (HEARTH_TYPE_HISTORY_ENTRY, NULL);
  self->item = item;
  return self;
}

const HearthHistoryItem *
hearth_history_entry_get_item (HearthHistoryEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_HISTORY_ENTRY (self), NULL);

  return self->item;
}

gint64
hearth_history_entry_get_id (HearthHistoryEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_HISTORY_ENTRY (self), 0);

  return self->item->id;
}

char *
hearth_history_entry_dup_key (HearthHistoryEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_HISTORY_ENTRY (self), NULL);

  return g_strdup_printf ("audit:%" G_GINT64_FORMAT, self->item->id);
}

/* A change never changes, but the name of whom it is about can: the row then says the new
 * name. */
gboolean
hearth_history_entry_same (HearthHistoryEntry *a,
                           HearthHistoryEntry *b)
{
  g_return_val_if_fail (HEARTH_IS_HISTORY_ENTRY (a), FALSE);
  g_return_val_if_fail (HEARTH_IS_HISTORY_ENTRY (b), FALSE);

  return a->item->id == b->item->id && g_strcmp0 (a->item->title, b->item->title) == 0 &&
         g_strcmp0 (a->item->fields, b->item->fields) == 0;
}

/* Newest first: the trail's order. */
int
hearth_history_entry_compare (HearthHistoryEntry *a,
                              HearthHistoryEntry *b)
{
  g_return_val_if_fail (HEARTH_IS_HISTORY_ENTRY (a), 0);
  g_return_val_if_fail (HEARTH_IS_HISTORY_ENTRY (b), 0);

  return (a->item->id < b->item->id) - (a->item->id > b->item->id);
}

/* What the next computation reads: set on the UI thread, copied by the worker. */
typedef struct
{
  GMutex  lock;
  char   *kind;
  gint64  record_id;
  char   *who;
  char   *action;
  char   *from;
  char   *to;
  char   *text;
  guint   limit;
  gboolean more;   /* the last computation found more than the limit */
} HistoryQuery;

static void
history_query_free (gpointer data)
{
  HistoryQuery *query = data;

  g_mutex_clear (&query->lock);
  g_free (query->kind);
  g_free (query->who);
  g_free (query->action);
  g_free (query->from);
  g_free (query->to);
  g_free (query->text);
  g_free (query);
}

static GPtrArray *
load_history (HearthScheme  *reader,
              gpointer       data,
              GCancellable  *cancellable,
              GError       **error)
{
  HistoryQuery *query = data;
  g_autofree char *kind = NULL, *who = NULL, *action = NULL, *from = NULL, *to = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) items = NULL;
  GPtrArray *entries;
  HearthHistoryFilter filter = { NULL };
  guint limit;

  g_mutex_lock (&query->lock);
  filter.kind = kind = g_strdup (query->kind);
  filter.record_id = query->record_id;
  filter.who = who = g_strdup (query->who);
  filter.action = action = g_strdup (query->action);
  filter.from = from = g_strdup (query->from);
  filter.to = to = g_strdup (query->to);
  filter.text = text = g_strdup (query->text);
  limit = query->limit;
  g_mutex_unlock (&query->lock);

  /* One more than the limit, to know whether there are more to show. */
  if (!(items = hearth_scheme_list_history (reader, &filter, limit + 1, error)))
    return NULL;

  g_mutex_lock (&query->lock);
  query->more = items->len > limit;
  g_mutex_unlock (&query->lock);

  entries = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < MIN (items->len, limit); i++)
    g_ptr_array_add (entries, hearth_history_entry_new (g_steal_pointer (&items->pdata[i])));
  return entries;
}

static HistoryQuery *
query_of (HearthAggregateList *list)
{
  return hearth_aggregate_list_get_user_data (list);
}

/**
 * hearth_history_list_new:
 *
 * Returns: (transfer full): the newest changes of @scheme as #HearthHistoryEntry items,
 *   every record's until hearth_history_list_set_filter() says otherwise
 */
HearthAggregateList *
hearth_history_list_new (HearthScheme *scheme)
{
  HistoryQuery *query;

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);

  query = g_new0 (HistoryQuery, 1);
  g_mutex_init (&query->lock);
  query->limit = FIRST_LIMIT;
  return hearth_aggregate_list_new (scheme, HEARTH_TYPE_HISTORY_ENTRY, load_history,
                                    (HearthAggregateKeyFunc) hearth_history_entry_dup_key,
                                    (HearthAggregateSameFunc) hearth_history_entry_same,
                                    query, history_query_free);
}

/**
 * hearth_history_list_set_filter:
 *
 * Lists the changes @filter lets through, the newest first again, from the next
 * computation on; it is asked for at once.
 */
void
hearth_history_list_set_filter (HearthAggregateList       *list,
                                const HearthHistoryFilter *filter)
{
  HistoryQuery *query;

  g_return_if_fail (HEARTH_IS_AGGREGATE_LIST (list));
  g_return_if_fail (filter != NULL);

  query = query_of (list);
  g_mutex_lock (&query->lock);
  g_free (query->kind);
  query->kind = g_strdup (filter->kind);
  query->record_id = filter->record_id;
  g_free (query->who);
  query->who = g_strdup (filter->who);
  g_free (query->action);
  query->action = g_strdup (filter->action);
  g_free (query->from);
  query->from = g_strdup (filter->from);
  g_free (query->to);
  query->to = g_strdup (filter->to);
  g_free (query->text);
  query->text = g_strdup (filter->text);
  query->limit = FIRST_LIMIT;
  g_mutex_unlock (&query->lock);

  hearth_aggregate_list_refresh (list);
}

/* Lists up to @limit changes from the next computation on, asked for at once. */
void
hearth_history_list_set_limit (HearthAggregateList *list,
                               guint                limit)
{
  HistoryQuery *query;

  g_return_if_fail (HEARTH_IS_AGGREGATE_LIST (list));
  g_return_if_fail (limit > 0);

  query = query_of (list);
  g_mutex_lock (&query->lock);
  query->limit = limit;
  g_mutex_unlock (&query->lock);

  hearth_aggregate_list_refresh (list);
}

guint
hearth_history_list_get_limit (HearthAggregateList *list)
{
  HistoryQuery *query;
  guint limit;

  g_return_val_if_fail (HEARTH_IS_AGGREGATE_LIST (list), 0);

  query = query_of (list);
  g_mutex_lock (&query->lock);
  limit = query->limit;
  g_mutex_unlock (&query->lock);
  return limit;
}

/* Whether the last computation left older changes out, past the limit. */
gboolean
hearth_history_list_has_more (HearthAggregateList *list)
{
  HistoryQuery *query;
  gboolean more;

  g_return_val_if_fail (HEARTH_IS_AGGREGATE_LIST (list), FALSE);

  query = query_of (list);
  g_mutex_lock (&query->lock);
  more = query->more;
  g_mutex_unlock (&query->lock);
  return more;
}
