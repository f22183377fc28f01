/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-photo-cache.c: the photos of people and carers as the lists show them. A row asks
 * for its record's photo and gets what is known at once (nothing, until it has been read);
 * the photos asked for together are read and decoded in a worker thread, and ::photo-changed
 * tells the rows showing them. Each photo is read once, and again only after the scheme says
 * its record changed. One cache per open scheme, shared by its lists. */

#define G_LOG_DOMAIN "hearth-photo-cache"

#include "config.h"

#include "hearth-photo-cache.h"

struct _HearthPhotoCache
{
  GObject            parent_instance;

  HearthScheme      *scheme;       /* weak: the cache lasts while the scheme does, not the other way */
  HearthPhotoReader *reader;
  GHashTable        *entries;      /* "kind:id" → Entry */
  GPtrArray         *queued;       /* Request *, waiting for the next batch */
  GCancellable      *cancellable;
  guint              idle_id;
  guint              n_reads;
  gboolean           running;
};

G_DEFINE_FINAL_TYPE (HearthPhotoCache, hearth_photo_cache, G_TYPE_OBJECT)

enum {
  PHOTO_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Each open scheme's cache, kept until the scheme goes: HearthScheme * → HearthPhotoCache *. */
static GHashTable *caches;

typedef struct
{
  GdkPaintable *photo;      /* NULL: none, or not read yet */
  guint         serial;     /* which read is current; older results are stale */
  gboolean      wanted;     /* queued or being read */
} Entry;

typedef struct
{
  char         *key;
  GType         type;
  gint64        id;
  guint         serial;
  GdkTexture   *texture;    /* filled in by the worker */
} Request;

static gboolean start_batch (HearthPhotoCache *self);

static void
entry_free (Entry *entry)
{
  g_clear_object (&entry->photo);
  g_free (entry);
}

static void
request_free (Request *request)
{
  g_free (request->key);
  g_clear_object (&request->texture);
  g_free (request);
}

static char *
key_for (HearthRecord *record)
{
  return g_strdup_printf ("%s:%" G_GINT64_FORMAT, hearth_record_get_kind (record),
                          hearth_record_get_id (record));
}

static void
queue_read (HearthPhotoCache *self,
            HearthRecord     *record,
            Entry            *entry)
{
  Request *request = g_new0 (Request, 1);

  request->key = key_for (record);
  request->type = G_OBJECT_TYPE (record);
  request->id = hearth_record_get_id (record);
  request->serial = ++entry->serial;
  entry->wanted = TRUE;
  g_ptr_array_add (self->queued, request);

  if (!self->running && self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, (GSourceFunc) start_batch,
                                     self, NULL);
}

/* In a worker thread: reads and decodes every photo of the batch. */
static void
read_batch_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  HearthPhotoCache *self = source_object;
  GPtrArray *batch = task_data;

  for (guint i = 0; i < batch->len && !g_cancellable_is_cancelled (cancellable); i++)
    {
      Request *request = g_ptr_array_index (batch, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = hearth_photo_reader_read (self->reader, request->type,
                                                          request->id, &error);

      g_atomic_int_inc (&self->n_reads);
      if (bytes != NULL)
        request->texture = gdk_texture_new_from_bytes (bytes, &error);
      if (error != NULL)
        g_debug ("Could not show the photo of %s: %s", request->key, error->message);
    }
  g_task_return_boolean (task, TRUE);
}

static void
batch_read_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  HearthPhotoCache *self = HEARTH_PHOTO_CACHE (source);
  GPtrArray *batch = g_task_get_task_data (G_TASK (result));

  self->running = FALSE;
  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  for (guint i = 0; i < batch->len; i++)
    {
      Request *request = g_ptr_array_index (batch, i);
      Entry *entry = g_hash_table_lookup (self->entries, request->key);

      /* Erased, or changed again while it was read: a newer read is queued. */
      if (entry == NULL || entry->serial != request->serial)
        continue;

      entry->wanted = FALSE;
      g_set_object (&entry->photo, GDK_PAINTABLE (request->texture));
      g_signal_emit (self, signals[PHOTO_CHANGED], 0, request->key);
    }

  if (self->queued->len > 0)
    start_batch (self);
}

static gboolean
start_batch (HearthPhotoCache *self)
{
  g_autoptr(GTask) task = NULL;

  self->idle_id = 0;
  if (self->running || self->queued->len == 0)
    return G_SOURCE_REMOVE;

  task = g_task_new (self, self->cancellable, batch_read_cb, NULL);
  g_task_set_source_tag (task, start_batch);
  g_task_set_task_data (task, g_steal_pointer (&self->queued), (GDestroyNotify) g_ptr_array_unref);
  self->queued = g_ptr_array_new_with_free_func ((GDestroyNotify) request_free);
  self->running = TRUE;
  g_task_run_in_thread (task, read_batch_thread);
  return G_SOURCE_REMOVE;
}

/* A changed record may have a new photo: the one shown stays until the new one is read. */
static void
record_changed_cb (HearthPhotoCache *self,
                   HearthRecord     *record)
{
  g_autofree char *key = key_for (record);
  Entry *entry = g_hash_table_lookup (self->entries, key);

  if (entry != NULL)
    queue_read (self, record, entry);
}

static void
record_erased_cb (HearthPhotoCache *self,
                  HearthRecord     *record)
{
  g_autofree char *key = key_for (record);

  if (g_hash_table_remove (self->entries, key))
    g_signal_emit (self, signals[PHOTO_CHANGED], 0, key);
}

static void
scheme_gone_cb (gpointer  data,
                GObject  *where_the_scheme_was)
{
  HearthPhotoCache *self = data;

  self->scheme = NULL;
  g_hash_table_remove (caches, where_the_scheme_was);
}

static void
hearth_photo_cache_dispose (GObject *object)
{
  HearthPhotoCache *self = HEARTH_PHOTO_CACHE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->scheme != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->scheme, self);
      g_object_weak_unref (G_OBJECT (self->scheme), scheme_gone_cb, self);
      self->scheme = NULL;
    }

  G_OBJECT_CLASS (hearth_photo_cache_parent_class)->dispose (object);
}

static void
hearth_photo_cache_finalize (GObject *object)
{
  HearthPhotoCache *self = HEARTH_PHOTO_CACHE (object);

  g_clear_object (&self->reader);
  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_clear_pointer (&self->queued, g_ptr_array_unref);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (hearth_photo_cache_parent_class)->finalize (object);
}

static void
hearth_photo_cache_class_init (HearthPhotoCacheClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hearth_photo_cache_dispose;
  object_class->finalize = hearth_photo_cache_finalize;

  /**
   * HearthPhotoCache::photo-changed:
   * @key: "kind:id", as in "person:12"
   *
   * The photo of that record has been read, or changed, or its record is gone.
   */
  signals[PHOTO_CHANGED] =
    g_signal_new ("photo-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
hearth_photo_cache_init (HearthPhotoCache *self)
{
  self->entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) entry_free);
  self->queued = g_ptr_array_new_with_free_func ((GDestroyNotify) request_free);
  self->cancellable = g_cancellable_new ();
}

/**
 * hearth_photo_cache_get_for_scheme:
 *
 * Returns: (transfer full): the cache of @scheme's photos, made on first use
 */
HearthPhotoCache *
hearth_photo_cache_get_for_scheme (HearthScheme *scheme)
{
  HearthPhotoCache *self;

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);

  if (caches == NULL)
    caches = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self = g_hash_table_lookup (caches, scheme);
  if (self != NULL)
    return g_object_ref (self);

  self = g_object_new (HEARTH_TYPE_PHOTO_CACHE, NULL);
  self->scheme = scheme;
  self->reader = hearth_photo_reader_new (scheme);
  g_object_weak_ref (G_OBJECT (scheme), scheme_gone_cb, self);
  g_hash_table_insert (caches, scheme, self);
  g_signal_connect_object (scheme, "record-changed", G_CALLBACK (record_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (scheme, "record-erased", G_CALLBACK (record_erased_cb), self,
                           G_CONNECT_SWAPPED);
  return g_object_ref (self);
}

/**
 * hearth_photo_cache_lookup:
 *
 * Asks for the photo of @record (a person or a carer), reading it if it has not been read.
 *
 * Returns: (transfer none) (nullable): the photo as far as it is known now; ::photo-changed
 *   says when that changes
 */
GdkPaintable *
hearth_photo_cache_lookup (HearthPhotoCache *self,
                           HearthRecord     *record)
{
  g_autofree char *key = NULL;
  Entry *entry;

  g_return_val_if_fail (HEARTH_IS_PHOTO_CACHE (self), NULL);
  g_return_val_if_fail (HEARTH_IS_PERSON (record) || HEARTH_IS_CARER (record), NULL);

  key = key_for (record);
  entry = g_hash_table_lookup (self->entries, key);
  if (entry == NULL)
    {
      entry = g_new0 (Entry, 1);
      g_hash_table_insert (self->entries, g_steal_pointer (&key), entry);
      queue_read (self, record, entry);
    }
  return entry->photo;
}

/**
 * hearth_photo_cache_get_n_reads:
 *
 * Returns: how many photos have been read from the scheme file so far
 */
guint
hearth_photo_cache_get_n_reads (HearthPhotoCache *self)
{
  g_return_val_if_fail (HEARTH_IS_PHOTO_CACHE (self), 0);

  return (guint) g_atomic_int_get (&self->n_reads);
}

/**
 * hearth_photo_cache_get_loading:
 *
 * Returns: %TRUE while photos are waiting to be read or being read
 */
gboolean
hearth_photo_cache_get_loading (HearthPhotoCache *self)
{
  g_return_val_if_fail (HEARTH_IS_PHOTO_CACHE (self), FALSE);

  return self->running || self->queued->len > 0;
}
