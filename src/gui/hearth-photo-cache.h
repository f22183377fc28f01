/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-photo-cache.h: the photos a scheme's lists show, each read and decoded once. */

#pragma once

#include <gtk/gtk.h>

#include "hearth.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PHOTO_CACHE (hearth_photo_cache_get_type ())

G_DECLARE_FINAL_TYPE (HearthPhotoCache, hearth_photo_cache, HEARTH, PHOTO_CACHE, GObject)

HearthPhotoCache *hearth_photo_cache_get_for_scheme (HearthScheme     *scheme);
GdkPaintable     *hearth_photo_cache_lookup         (HearthPhotoCache *self,
                                                     HearthRecord     *record);
guint             hearth_photo_cache_get_n_reads    (HearthPhotoCache *self);
gboolean          hearth_photo_cache_get_loading    (HearthPhotoCache *self);

G_END_DECLS
