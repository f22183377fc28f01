/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-writer-lock.h: one writer at a time, recorded inside the scheme file itself. */

#pragma once

#include <sqlite3.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char   *user;
  char   *host;
  char   *since;
  gint64  pid;
} HearthWriter;

void          hearth_writer_free         (HearthWriter *writer);
char         *hearth_writer_describe     (HearthWriter *writer);
gboolean      hearth_writer_lock_claim   (sqlite3       *db,
                                          const char    *user,
                                          const char    *token,
                                          gboolean       take_over,
                                          HearthWriter **holder,
                                          GError       **error);
void          hearth_writer_lock_release (sqlite3       *db,
                                          const char    *token);

char         *hearth_writer_take_over_warning (const char *writer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthWriter, hearth_writer_free)

G_END_DECLS
