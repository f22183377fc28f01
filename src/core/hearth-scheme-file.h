/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-scheme-file.h: what lies at a scheme's path, checked before SQLite may change it. */

#pragma once

#include <sqlite3.h>
#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  HEARTH_FILE_IDENTITY_OK,
  HEARTH_FILE_IDENTITY_UNREADABLE,
  HEARTH_FILE_IDENTITY_NOT_HEARTH,
  HEARTH_FILE_IDENTITY_TOO_NEW,
} HearthFileIdentity;

HearthFileIdentity  _hearth_file_identity      (sqlite3     *db,
                                                gint64      *version);
char               *_hearth_scheme_file_resolve (const char  *path,
                                                const char  *name,
                                                GError     **error);
gboolean            _hearth_copy_private       (const char  *from,
                                                const char  *to,
                                                GError     **error);
gboolean            _hearth_scheme_file_preflight (const char  *path,
                                                const char  *name,
                                                GError     **error);

G_END_DECLS
