/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-photo-reader.c: reads the photos of people and carers on a reader of the scheme
 * (hearth_scheme_open_reader()), so a list can read and decode them off the UI thread. Made
 * on the thread that owns the scheme; read from any thread, one read at a time. */

#define G_LOG_DOMAIN "hearth-photo-reader"

#include "config.h"

#include "hearth-carer.h"
#include "hearth-person.h"
#include "hearth-photo.h"
#include "hearth-photo-reader.h"

struct _HearthPhotoReader
{
  GObject       parent_instance;

  GMutex        lock;
  HearthScheme *reader;   /* NULL when it could not be opened */
  GError       *error;    /* why not */
};

G_DEFINE_FINAL_TYPE (HearthPhotoReader, hearth_photo_reader, G_TYPE_OBJECT)

static void
hearth_photo_reader_finalize (GObject *object)
{
  HearthPhotoReader *self = HEARTH_PHOTO_READER (object);

  g_clear_object (&self->reader);
  g_clear_error (&self->error);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (hearth_photo_reader_parent_class)->finalize (object);
}

static void
hearth_photo_reader_class_init (HearthPhotoReaderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hearth_photo_reader_finalize;
}

static void
hearth_photo_reader_init (HearthPhotoReader *self)
{
  g_mutex_init (&self->lock);
}

/**
 * hearth_photo_reader_new:
 *
 * Opens a reader of @scheme at once, on this thread: the workers that read with it never
 * touch @scheme. When it cannot be opened, every read says why.
 *
 * Returns: (transfer full): a reader of the photos in @scheme's file
 */
HearthPhotoReader *
hearth_photo_reader_new (HearthScheme *scheme)
{
  HearthPhotoReader *self;

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);

  self = g_object_new (HEARTH_TYPE_PHOTO_READER, NULL);
  self->reader = hearth_scheme_open_reader (scheme, &self->error);
  return self;
}

/**
 * hearth_photo_reader_read:
 * @type: %HEARTH_TYPE_PERSON or %HEARTH_TYPE_CARER
 *
 * Returns: (transfer full) (nullable): the photo of record @id as committed, or %NULL when
 *   it has none (@error unset) or it could not be read
 */
GBytes *
hearth_photo_reader_read (HearthPhotoReader  *self,
                          GType               type,
                          gint64              id,
                          GError            **error)
{
  g_autoptr(GMutexLocker) locker = NULL;

  g_return_val_if_fail (HEARTH_IS_PHOTO_READER (self), NULL);
  g_return_val_if_fail (type == HEARTH_TYPE_PERSON || type == HEARTH_TYPE_CARER, NULL);

  if (self->reader == NULL)
    {
      g_propagate_error (error, g_error_copy (self->error));
      return NULL;
    }

  locker = g_mutex_locker_new (&self->lock);
  return hearth_scheme_load_photo_by_id (self->reader, type, id, error);
}
