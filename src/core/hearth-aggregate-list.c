/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-aggregate-list.c: a list computed from the whole scheme, refreshed by a worker
 * thread on a read-only connection whenever the scheme changes, so the window never waits
 * for it. A refresh tells the views only what changed: a row whose item says something new
 * is replaced, a row gone is removed, a new one appended; the views sort and filter. */

#define G_LOG_DOMAIN "hearth-aggregate-list"

#include "config.h"

#include "hearth-aggregate-list.h"

struct _HearthAggregateList
{
  GObject                  parent_instance;

  HearthScheme            *scheme;
  HearthScheme            *reader;      /* used by one worker at a time */
  GType                    item_type;
  HearthAggregateLoadFunc  load;
  HearthAggregateKeyFunc   key;
  HearthAggregateSameFunc  same;
  gpointer                 user_data;
  GDestroyNotify           destroy;

  GPtrArray               *items;
  GHashTable              *positions;   /* key → position + 1 */
  GCancellable            *cancellable;
  GError                  *error;
  guint                    refresh_source;
  guint                    started : 1;
  guint                    loaded : 1;
  guint                    loading : 1;  /* a worker is computing */
  guint                    again : 1;    /* the scheme changed while it computed */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HearthAggregateList, hearth_aggregate_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_LOADED,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Workers computing now, of every list: tests wait for none before they look. */
static gint n_busy;

static void start_worker (HearthAggregateList *self);

static GType
hearth_aggregate_list_get_item_type (GListModel *model)
{
  return HEARTH_AGGREGATE_LIST (model)->item_type;
}

static guint
hearth_aggregate_list_get_n_items (GListModel *model)
{
  return HEARTH_AGGREGATE_LIST (model)->items->len;
}

static gpointer
hearth_aggregate_list_get_item (GListModel *model,
                                guint       position)
{
  HearthAggregateList *self = HEARTH_AGGREGATE_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = hearth_aggregate_list_get_item_type;
  iface->get_n_items = hearth_aggregate_list_get_n_items;
  iface->get_item = hearth_aggregate_list_get_item;
}

static void
index_positions (HearthAggregateList *self)
{
  g_hash_table_remove_all (self->positions);
  for (guint i = 0; i < self->items->len; i++)
    g_hash_table_insert (self->positions, self->key (g_ptr_array_index (self->items, i)),
                         GUINT_TO_POINTER (i + 1));
}

/* Tells the views about the run [@from, @to) of rows that were replaced or removed. */
static void
flush_run (HearthAggregateList *self,
           guint                from,
           guint                to,
           gboolean             removed)
{
  if (from >= to)
    return;

  if (removed)
    g_ptr_array_remove_range (self->items, from, to - from);
  g_list_model_items_changed (G_LIST_MODEL (self), from, to - from, removed ? 0 : to - from);
}

/* Makes the list hold @fresh, telling the views exactly which rows changed. Walks from the
 * end, so each run reported leaves the positions before it as they were. */
static void
apply (HearthAggregateList *self,
       GPtrArray           *fresh)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint run_end = 0;
  gboolean run_removed = FALSE;
  guint n_before;

  for (guint i = 0; i < fresh->len; i++)
    g_hash_table_replace (by_key, self->key (g_ptr_array_index (fresh, i)),
                          g_ptr_array_index (fresh, i));

  run_end = self->items->len;
  for (guint i = self->items->len; i-- > 0;)
    {
      g_autofree char *key = self->key (g_ptr_array_index (self->items, i));
      gpointer item = g_hash_table_lookup (by_key, key);
      gboolean removed = item == NULL;
      gboolean replaced = !removed && !self->same (g_ptr_array_index (self->items, i), item);

      if (replaced)
        {
          g_object_unref (g_ptr_array_index (self->items, i));
          g_ptr_array_index (self->items, i) = g_object_ref (item);
        }
      if (!removed)
        g_hash_table_remove (by_key, key);

      /* A row that stays as it was, or a change of kind, ends the run after it. */
      if ((!removed && !replaced) || removed != run_removed)
        {
          flush_run (self, i + 1, run_end, run_removed);
          run_end = (!removed && !replaced) ? i : i + 1;
          run_removed = removed;
        }
    }
  flush_run (self, 0, run_end, run_removed);

  n_before = self->items->len;
  for (guint i = 0; i < fresh->len; i++)
    {
      gpointer item = g_ptr_array_index (fresh, i);
      g_autofree char *key = self->key (item);

      if (g_hash_table_lookup (by_key, key) == item)
        {
          g_ptr_array_add (self->items, g_object_ref (item));
          g_hash_table_remove (by_key, key);
        }
    }

  index_positions (self);
  if (self->items->len > n_before)
    g_list_model_items_changed (G_LIST_MODEL (self), n_before, 0, self->items->len - n_before);
}

static void
set_loading (HearthAggregateList *self,
             gboolean             loading)
{
  if (self->loading == !!loading)
    return;

  self->loading = !!loading;
  if (loading)
    g_atomic_int_inc (&n_busy);
  else
    g_atomic_int_dec_and_test (&n_busy);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
loaded (HearthAggregateList *self,
        GPtrArray           *fresh,
        GError              *error)
{
  g_clear_error (&self->error);
  if (fresh != NULL)
    apply (self, fresh);
  else
    self->error = error;

  if (!self->loaded)
    {
      self->loaded = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
    }
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  HearthAggregateList *self = source_object;
  GError *error = NULL;
  GPtrArray *fresh;

  fresh = self->load (self->reader, self->user_data, cancellable, &error);
  if (fresh == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, fresh, (GDestroyNotify) g_ptr_array_unref);
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      data)
{
  HearthAggregateList *self = HEARTH_AGGREGATE_LIST (object);
  g_autoptr(GPtrArray) fresh = NULL;
  GError *error = NULL;

  fresh = g_task_propagate_pointer (G_TASK (result), &error);
  g_debug ("a worker computed %d %s", fresh != NULL ? (int) fresh->len : -1,
           g_type_name (self->item_type));
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_error_free (error);
      set_loading (self, FALSE);
      return;
    }

  loaded (self, fresh, error);
  if (self->again)
    start_worker (self);
  else
    set_loading (self, FALSE);
}

static void
start_worker (HearthAggregateList *self)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;

  g_debug ("starting a worker for a list of %s", g_type_name (self->item_type));
  self->again = FALSE;
  if (self->reader == NULL && !(self->reader = hearth_scheme_open_reader (self->scheme, &error)))
    {
      loaded (self, NULL, error);
      set_loading (self, FALSE);
      return;
    }

  set_loading (self, TRUE);
  task = g_task_new (self, self->cancellable, load_done_cb, NULL);
  g_task_set_source_tag (task, start_worker);
  g_task_run_in_thread (task, load_thread);
}

static gboolean
refresh_cb (gpointer data)
{
  HearthAggregateList *self = data;

  self->refresh_source = 0;
  g_debug ("refreshing a list of %s", g_type_name (self->item_type));
  if (self->loading)
    self->again = TRUE;
  else
    start_worker (self);
  return G_SOURCE_REMOVE;
}

static void
scheme_changed_cb (HearthAggregateList *self)
{
  if (self->started)
    hearth_aggregate_list_refresh (self);
}

static void
hearth_aggregate_list_dispose (GObject *object)
{
  HearthAggregateList *self = HEARTH_AGGREGATE_LIST (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->scheme != NULL)
    g_signal_handlers_disconnect_by_data (self->scheme, self);
  g_clear_object (&self->scheme);

  G_OBJECT_CLASS (hearth_aggregate_list_parent_class)->dispose (object);
}

static void
hearth_aggregate_list_finalize (GObject *object)
{
  HearthAggregateList *self = HEARTH_AGGREGATE_LIST (object);

  g_clear_object (&self->reader);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->positions, g_hash_table_unref);
  g_clear_error (&self->error);
  if (self->destroy != NULL)
    self->destroy (self->user_data);

  G_OBJECT_CLASS (hearth_aggregate_list_parent_class)->finalize (object);
}

static void
hearth_aggregate_list_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HearthAggregateList *self = HEARTH_AGGREGATE_LIST (object);

  switch (prop_id)
    {
    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_aggregate_list_class_init (HearthAggregateListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hearth_aggregate_list_dispose;
  object_class->finalize = hearth_aggregate_list_finalize;
  object_class->get_property = hearth_aggregate_list_get_property;

  /**
   * HearthAggregateList:loaded:
   *
   * Whether the list has been computed at least once: until then a view shows that it is
   * loading rather than that there is nothing.
   */
  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * HearthAggregateList:loading:
   *
   * Whether a worker is computing the list now.
   */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_aggregate_list_init (HearthAggregateList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->positions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->cancellable = g_cancellable_new ();
}

/**
 * hearth_aggregate_list_new:
 * @item_type: the type of the items @load returns
 * @load: computes every item, in a worker thread
 * @key: names an item so that the same one is found in the next load
 * @same: whether two items of one key say the same thing
 *
 * Nothing is computed until hearth_aggregate_list_start(): a view starts its list when it
 * is first shown, so a large scheme opens without computing views nobody looks at.
 *
 * Returns: (transfer full): the list, empty until it is started and loaded
 */
HearthAggregateList *
hearth_aggregate_list_new (HearthScheme            *scheme,
                           GType                    item_type,
                           HearthAggregateLoadFunc  load,
                           HearthAggregateKeyFunc   key,
                           HearthAggregateSameFunc  same,
                           gpointer                 user_data,
                           GDestroyNotify           destroy)
{
  HearthAggregateList *self;

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);
  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);
  g_return_val_if_fail (load != NULL && key != NULL && same != NULL, NULL);

  self = g_object_new (HEARTH_TYPE_AGGREGATE_LIST, NULL);
  self->scheme = g_object_ref (scheme);
  self->item_type = item_type;
  self->load = load;
  self->key = key;
  self->same = same;
  self->user_data = user_data;
  self->destroy = destroy;

  g_signal_connect_object (scheme, "record-added", G_CALLBACK (scheme_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (scheme, "record-changed", G_CALLBACK (scheme_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (scheme, "record-erased", G_CALLBACK (scheme_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return self;
}

HearthScheme *
hearth_aggregate_list_get_scheme (HearthAggregateList *self)
{
  g_return_val_if_fail (HEARTH_IS_AGGREGATE_LIST (self), NULL);

  return self->scheme;
}

/**
 * hearth_aggregate_list_get_user_data:
 *
 * Returns: (transfer none): what the list's load function is given: what it computes for
 *   (a range of dates, a person), which its maker may change before a refresh
 */
gpointer
hearth_aggregate_list_get_user_data (HearthAggregateList *self)
{
  g_return_val_if_fail (HEARTH_IS_AGGREGATE_LIST (self), NULL);

  return self->user_data;
}

/**
 * hearth_aggregate_list_start:
 *
 * Computes the list in a worker and, from then on, again after every change to the scheme.
 * Calling it again does nothing.
 */
void
hearth_aggregate_list_start (HearthAggregateList *self)
{
  g_return_if_fail (HEARTH_IS_AGGREGATE_LIST (self));

  if (self->started)
    return;

  self->started = TRUE;
  start_worker (self);
}

gboolean
hearth_aggregate_list_get_loaded (HearthAggregateList *self)
{
  g_return_val_if_fail (HEARTH_IS_AGGREGATE_LIST (self), FALSE);

  return self->loaded;
}

gboolean
hearth_aggregate_list_get_loading (HearthAggregateList *self)
{
  g_return_val_if_fail (HEARTH_IS_AGGREGATE_LIST (self), FALSE);

  return self->loading;
}

/**
 * hearth_aggregate_list_get_error:
 *
 * Returns: (nullable): why the last computation failed; the list keeps what it held
 */
const GError *
hearth_aggregate_list_get_error (HearthAggregateList *self)
{
  g_return_val_if_fail (HEARTH_IS_AGGREGATE_LIST (self), NULL);

  return self->error;
}

/**
 * hearth_aggregate_list_refresh:
 *
 * Computes the list again soon, in a worker: the changes of one save (a record and its
 * audit entry, say) arrive together and are computed once. What does not depend on the
 * scheme's records, such as today's date, is refreshed this way too.
 */
void
hearth_aggregate_list_refresh (HearthAggregateList *self)
{
  g_return_if_fail (HEARTH_IS_AGGREGATE_LIST (self));

  /* At the default priority, not an idle one: a window drawing a spinner is never idle. */
  self->started = TRUE;
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_DEFAULT, refresh_cb, self, NULL);
}

/**
 * hearth_aggregate_list_refresh_sync:
 *
 * Computes the list now, in this thread, on the scheme's own connection: for the command
 * line and for tests, where nothing else waits.
 */
gboolean
hearth_aggregate_list_refresh_sync (HearthAggregateList  *self,
                                    GError              **error)
{
  g_autoptr(GPtrArray) fresh = NULL;

  g_return_val_if_fail (HEARTH_IS_AGGREGATE_LIST (self), FALSE);
  g_return_val_if_fail (!self->loading, FALSE);

  if (!(fresh = self->load (self->scheme, self->user_data, NULL, error)))
    return FALSE;

  self->started = TRUE;
  loaded (self, fresh, NULL);
  return TRUE;
}

/**
 * hearth_aggregate_list_find:
 * @position: (out) (optional): where the item is
 *
 * Returns: (transfer none) (nullable): the item named @key
 */
gpointer
hearth_aggregate_list_find (HearthAggregateList *self,
                            const char          *key,
                            guint               *position)
{
  guint at;

  g_return_val_if_fail (HEARTH_IS_AGGREGATE_LIST (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  at = GPOINTER_TO_UINT (g_hash_table_lookup (self->positions, key));
  if (at == 0)
    return NULL;

  if (position != NULL)
    *position = at - 1;
  return g_ptr_array_index (self->items, at - 1);
}

/**
 * hearth_aggregate_list_get_n_busy:
 *
 * Returns: how many lists, of every scheme, have a worker computing now
 */
guint
hearth_aggregate_list_get_n_busy (void)
{
  return (guint) g_atomic_int_get (&n_busy);
}
