/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-scheme-reader.c: a read-only SQLite connection to the file a scheme has open, made
 * on the UI thread and used by one worker thread at a time. It sees what the scheme has
 * committed; it never writes, so it cannot hold up a save. */

#define G_LOG_DOMAIN "hearth-scheme-reader"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-error.h"
#include "hearth-record.h"
#include "hearth-scheme-private.h"
#include "hearth-scheme-reader-private.h"

struct _HearthSchemeReader
{
  char    *uri;     /* NULL when the scheme has no file to read beside it */
  sqlite3 *db;      /* opened by the first worker to read */
};

static gboolean
set_error (HearthSchemeReader  *self,
           int                  rc,
           GError             **error)
{
  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_IO,
               _("Hearth could not read the scheme file (%s)."),
               self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
  return FALSE;
}

static gboolean
ensure_open (HearthSchemeReader  *self,
             GError             **error)
{
  int rc;

  if (self->db != NULL)
    return TRUE;
  if (self->uri == NULL)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND,
                   _("The scheme is not kept in a file, so it cannot be read from here."));
      return FALSE;
    }

  rc = sqlite3_open_v2 (self->uri, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (rc != SQLITE_OK)
    {
      set_error (self, rc, error);
      g_clear_pointer (&self->db, sqlite3_close);
      return FALSE;
    }
  sqlite3_busy_timeout (self->db, 5000);
  return TRUE;
}

/**
 * _hearth_scheme_reader_new:
 *
 * Called on the thread that owns @scheme. The reader reads the same file the scheme does
 * (its private copy, when it was opened from a read-only drive), and as immutably.
 */
HearthSchemeReader *
_hearth_scheme_reader_new (HearthScheme *scheme)
{
  HearthSchemeReader *self = g_new0 (HearthSchemeReader, 1);
  sqlite3 *db = _hearth_scheme_get_db (scheme);
  const char *path = db != NULL ? sqlite3_db_filename (db, "main") : NULL;

  if (path != NULL && path[0] != '\0')
    {
      g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);

      self->uri = g_strdup_printf ("file:%s?mode=ro%s", escaped,
                                   sqlite3_uri_boolean (path, "immutable", 0) ? "&immutable=1"
                                                                               : "");
    }
  return self;
}

void
_hearth_scheme_reader_free (HearthSchemeReader *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->db, sqlite3_close);
  g_free (self->uri);
  g_free (self);
}

/* Every record of @type matching @where (SQL after the FROM, with no parameters). */
GPtrArray *
_hearth_scheme_reader_load (HearthSchemeReader  *self,
                            GType                type,
                            const char          *where,
                            GError             **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *base = _hearth_record_select_sql (type);
  g_autofree char *sql = g_strdup_printf ("%s %s", base, where != NULL ? where : "");
  int rc;

  if (!ensure_open (self, error))
    return NULL;
  if ((rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL)) != SQLITE_OK)
    {
      set_error (self, rc, error);
      return NULL;
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (records, _hearth_record_new_from_row (type, stmt));
  if (rc != SQLITE_DONE)
    {
      set_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&records);
}

/* The photo of the person or carer @id, or %NULL (with @error unset) when they have none. */
GBytes *
_hearth_scheme_reader_load_photo (HearthSchemeReader  *self,
                                  GType                type,
                                  gint64               id,
                                  GError             **error)
{
  g_autoptr(HearthRecordClass) klass = g_type_class_ref (type);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT photo FROM %s WHERE id = ?1", klass->table);
  int rc;

  if (!ensure_open (self, error))
    return NULL;
  if ((rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL)) != SQLITE_OK)
    {
      set_error (self, rc, error);
      return NULL;
    }

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_type (stmt, 0) == SQLITE_BLOB
           ? g_bytes_new (sqlite3_column_blob (stmt, 0), (gsize) sqlite3_column_bytes (stmt, 0))
           : NULL;
  if (rc != SQLITE_DONE)
    set_error (self, rc, error);
  return NULL;
}
