/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-record-list.c: a list of one kind of record that follows the scheme: a record
 * added anywhere is appended, a record saved anywhere replaces its row, each with an exact
 * items-changed. Search, filters and sorting sit on top of it. */

#define G_LOG_DOMAIN "hearth-record-list"

#include "config.h"

#include "hearth-record-list.h"

struct _HearthRecordList
{
  GObject       parent_instance;

  HearthScheme *scheme;
  GType         item_type;
  GPtrArray    *items;      /* HearthRecord, in the order they were added */
  GHashTable   *positions;  /* id → position + 1 */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HearthRecordList, hearth_record_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
hearth_record_list_get_item_type (GListModel *model)
{
  return HEARTH_RECORD_LIST (model)->item_type;
}

static guint
hearth_record_list_get_n_items (GListModel *model)
{
  return HEARTH_RECORD_LIST (model)->items->len;
}

static gpointer
hearth_record_list_get_item (GListModel *model,
                             guint       position)
{
  HearthRecordList *self = HEARTH_RECORD_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = hearth_record_list_get_item_type;
  iface->get_n_items = hearth_record_list_get_n_items;
  iface->get_item = hearth_record_list_get_item;
}

static gint64 *
id_key (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static void
record_added_cb (HearthRecordList *self,
                 HearthRecord     *record)
{
  guint position = self->items->len;

  if (G_OBJECT_TYPE (record) != self->item_type)
    return;

  g_ptr_array_add (self->items, hearth_record_copy (record));
  g_hash_table_insert (self->positions, id_key (hearth_record_get_id (record)),
                       GUINT_TO_POINTER (position + 1));
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
}

static void
record_changed_cb (HearthRecordList *self,
                   HearthRecord     *record)
{
  HearthRecord *old;
  guint position;

  if (G_OBJECT_TYPE (record) != self->item_type)
    return;

  if (!hearth_record_list_find_position (self, hearth_record_get_id (record), &position))
    return;

  /* A new object, so sorters and filters above this list look at the row again. */
  old = g_ptr_array_index (self->items, position);
  g_ptr_array_index (self->items, position) = hearth_record_copy (record);
  g_object_unref (old);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
}

static void
record_erased_cb (HearthRecordList *self,
                  HearthRecord     *record)
{
  guint position;

  if (G_OBJECT_TYPE (record) != self->item_type ||
      !hearth_record_list_find_position (self, hearth_record_get_id (record), &position))
    return;

  g_ptr_array_remove_index (self->items, position);
  g_hash_table_remove_all (self->positions);
  for (guint i = 0; i < self->items->len; i++)
    g_hash_table_insert (self->positions,
                         id_key (hearth_record_get_id (g_ptr_array_index (self->items, i))),
                         GUINT_TO_POINTER (i + 1));
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
}

static void
hearth_record_list_dispose (GObject *object)
{
  HearthRecordList *self = HEARTH_RECORD_LIST (object);

  if (self->scheme != NULL)
    g_signal_handlers_disconnect_by_data (self->scheme, self);
  g_clear_object (&self->scheme);

  G_OBJECT_CLASS (hearth_record_list_parent_class)->dispose (object);
}

static void
hearth_record_list_finalize (GObject *object)
{
  HearthRecordList *self = HEARTH_RECORD_LIST (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->positions, g_hash_table_unref);

  G_OBJECT_CLASS (hearth_record_list_parent_class)->finalize (object);
}

static void
hearth_record_list_class_init (HearthRecordListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hearth_record_list_dispose;
  object_class->finalize = hearth_record_list_finalize;
}

static void
hearth_record_list_init (HearthRecordList *self)
{
  self->positions = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

/**
 * hearth_record_list_new:
 * @type: a kind of record, such as %HEARTH_TYPE_PERSON
 *
 * Returns: (transfer full): every record of @type in @scheme, archived ones included, kept
 *   up to date as the scheme changes
 */
HearthRecordList *
hearth_record_list_new (HearthScheme  *scheme,
                        GType          type,
                        GError       **error)
{
  g_autoptr(HearthRecordList) self = NULL;
  g_autoptr(GPtrArray) items = NULL;

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);
  g_return_val_if_fail (g_type_is_a (type, HEARTH_TYPE_RECORD), NULL);

  if (!(items = hearth_scheme_load_all (scheme, type, error)))
    return NULL;

  self = g_object_new (HEARTH_TYPE_RECORD_LIST, NULL);
  self->scheme = g_object_ref (scheme);
  self->item_type = type;
  self->items = g_steal_pointer (&items);

  for (guint i = 0; i < self->items->len; i++)
    g_hash_table_insert (self->positions,
                         id_key (hearth_record_get_id (g_ptr_array_index (self->items, i))),
                         GUINT_TO_POINTER (i + 1));

  g_signal_connect_object (scheme, "record-added", G_CALLBACK (record_added_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (scheme, "record-changed", G_CALLBACK (record_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (scheme, "record-erased", G_CALLBACK (record_erased_cb), self,
                           G_CONNECT_SWAPPED);

  return g_steal_pointer (&self);
}

/* The shared lists of a scheme, by record type: weak, so a list lives only while a page
 * holds it (a list holds its scheme, so a strong one here would keep both forever). */
static void
shared_list_gone_cb (gpointer  data,
                     GObject  *where_the_list_was)
{
  GHashTable *shared = data;
  GHashTableIter iter;
  gpointer list;

  g_hash_table_iter_init (&iter, shared);
  while (g_hash_table_iter_next (&iter, NULL, &list))
    if (list == (gpointer) where_the_list_was)
      g_hash_table_iter_remove (&iter);
}

static void
shared_lists_free (gpointer data)
{
  GHashTable *shared = data;
  GHashTableIter iter;
  gpointer list;

  g_hash_table_iter_init (&iter, shared);
  while (g_hash_table_iter_next (&iter, NULL, &list))
    g_object_weak_unref (list, shared_list_gone_cb, shared);
  g_hash_table_unref (shared);
}

/**
 * hearth_record_list_get_shared:
 *
 * Like hearth_record_list_new(), but every caller that asks while one is alive gets the
 * same list: the People view, Matching and Arrangements all list the people of a large
 * scheme, and each copy of twelve thousand records costs memory and a load. The list is
 * read only, as every #HearthRecordList is; edit a hearth_record_copy() of an item.
 *
 * Returns: (transfer full): the list, or %NULL with @error set
 */
HearthRecordList *
hearth_record_list_get_shared (HearthScheme  *scheme,
                               GType          type,
                               GError       **error)
{
  GHashTable *shared;
  HearthRecordList *list;

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);
  g_return_val_if_fail (g_type_is_a (type, HEARTH_TYPE_RECORD), NULL);

  shared = g_object_get_data (G_OBJECT (scheme), "hearth-shared-record-lists");
  if (shared == NULL)
    {
      shared = g_hash_table_new (NULL, NULL);
      g_object_set_data_full (G_OBJECT (scheme), "hearth-shared-record-lists", shared,
                              shared_lists_free);
    }

  list = g_hash_table_lookup (shared, GSIZE_TO_POINTER (type));
  if (list != NULL)
    return g_object_ref (list);

  if (!(list = hearth_record_list_new (scheme, type, error)))
    return NULL;
  g_hash_table_insert (shared, GSIZE_TO_POINTER (type), list);
  g_object_weak_ref (G_OBJECT (list), shared_list_gone_cb, shared);
  return list;
}

HearthScheme *
hearth_record_list_get_scheme (HearthRecordList *self)
{
  g_return_val_if_fail (HEARTH_IS_RECORD_LIST (self), NULL);

  return self->scheme;
}

gboolean
hearth_record_list_find_position (HearthRecordList *self,
                                  gint64            id,
                                  guint            *position)
{
  gpointer value;

  g_return_val_if_fail (HEARTH_IS_RECORD_LIST (self), FALSE);

  value = g_hash_table_lookup (self->positions, &id);
  if (value == NULL)
    return FALSE;

  if (position != NULL)
    *position = GPOINTER_TO_UINT (value) - 1;
  return TRUE;
}

/**
 * hearth_record_list_find:
 *
 * Returns: (transfer none) (nullable): the record with @id
 */
HearthRecord *
hearth_record_list_find (HearthRecordList *self,
                         gint64            id)
{
  guint position;

  if (!hearth_record_list_find_position (self, id, &position))
    return NULL;

  return g_ptr_array_index (self->items, position);
}
