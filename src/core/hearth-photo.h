/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-photo.h: a photo on a person's or a carer's profile, kept in the scheme file. */

#pragma once

#include "hearth-scheme.h"

G_BEGIN_DECLS

/* Photos are scaled down before they are stored; this is the most a scheme file takes. */
#define HEARTH_PHOTO_MAX_BYTES (512 * 1024)

gboolean  hearth_photo_check             (GBytes        *photo,
                                          GError       **error);
GBytes   *hearth_scheme_load_photo       (HearthScheme  *self,
                                          HearthRecord  *record,
                                          GError       **error);
GBytes   *hearth_scheme_load_photo_by_id (HearthScheme  *self,
                                          GType          type,
                                          gint64         id,
                                          GError       **error);
gboolean  hearth_scheme_set_photo        (HearthScheme  *self,
                                          HearthRecord  *record,
                                          GBytes        *photo,
                                          GError       **error);

G_END_DECLS
