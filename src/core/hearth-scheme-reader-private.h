/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-scheme-reader-private.h: a read-only connection of its own to a scheme's file, for
 * work done in a worker thread while the window goes on using the scheme's connection. */

#pragma once

#include "hearth-scheme.h"

G_BEGIN_DECLS

typedef struct _HearthSchemeReader HearthSchemeReader;

HearthSchemeReader *_hearth_scheme_reader_new        (HearthScheme        *scheme);
void                _hearth_scheme_reader_free       (HearthSchemeReader  *self);
GPtrArray          *_hearth_scheme_reader_load       (HearthSchemeReader  *self,
                                                      GType                type,
                                                      const char          *where,
                                                      GError             **error);
GBytes             *_hearth_scheme_reader_load_photo (HearthSchemeReader  *self,
                                                      GType                type,
                                                      gint64               id,
                                                      GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthSchemeReader, _hearth_scheme_reader_free)

G_END_DECLS
