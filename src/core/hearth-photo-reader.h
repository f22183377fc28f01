/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-photo-reader.h: profile photos read in a worker thread, for lists that show many. */

#pragma once

#include "hearth-scheme.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PHOTO_READER (hearth_photo_reader_get_type ())

G_DECLARE_FINAL_TYPE (HearthPhotoReader, hearth_photo_reader, HEARTH, PHOTO_READER, GObject)

HearthPhotoReader *hearth_photo_reader_new  (HearthScheme       *scheme);
GBytes            *hearth_photo_reader_read (HearthPhotoReader  *self,
                                             GType               type,
                                             gint64              id,
                                             GError            **error);

G_END_DECLS
