/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-photo.c: profile photos. A photo is not one of the record's properties, so lists of
 * thousands of people never load thousands of images; it is read when a profile is shown.
 * Setting or removing one is a change like any other: stamped, audited and announced. */

#define G_LOG_DOMAIN "hearth-photo"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hearth-carer.h"
#include "hearth-date.h"
#include "hearth-error.h"
#include "hearth-person.h"
#include "hearth-photo.h"
#include "hearth-scheme-private.h"

static gboolean
has_photo_column (HearthRecord *record)
{
  const char *kind = hearth_record_get_kind (record);

  return g_strcmp0 (kind, "person") == 0 || g_strcmp0 (kind, "carer") == 0;
}

/**
 * hearth_photo_check:
 *
 * Photos are kept as PNG, the one format the window, the printed pen portrait and the
 * command line all read; the window converts whatever image a coordinator chooses.
 *
 * Returns: %TRUE when @photo is a PNG image small enough to keep in a scheme file
 */
gboolean
hearth_photo_check (GBytes  *photo,
                    GError **error)
{
  static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  gsize size;
  const guint8 *data;

  g_return_val_if_fail (photo != NULL, FALSE);

  data = g_bytes_get_data (photo, &size);
  if (!(size >= sizeof png && memcmp (data, png, sizeof png) == 0))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("This is not a PNG image, so Hearth cannot keep it as a photo."));
      return FALSE;
    }

  if (size > HEARTH_PHOTO_MAX_BYTES)
    {
      g_autofree char *have = g_format_size (size);
      g_autofree char *most = g_format_size (HEARTH_PHOTO_MAX_BYTES);

      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("This photo is too large to keep in the scheme file (%s; at most %s)."),
                   have, most);
      return FALSE;
    }

  return TRUE;
}

/* The photo in row @id of @table; %NULL, with @error unset, when it has none. The statement
 * is finalized before this returns, so a reader is left outside any transaction. */
static GBytes *
read_photo (HearthScheme  *self,
            const char    *table,
            gint64         id,
            GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT photo FROM %s WHERE id = ?1", table);
  int rc;

  if (!(stmt = _hearth_scheme_prepare (self, sql, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      if (sqlite3_column_type (stmt, 0) != SQLITE_BLOB)
        return NULL;
      return g_bytes_new (sqlite3_column_blob (stmt, 0), (gsize) sqlite3_column_bytes (stmt, 0));
    }
  if (rc != SQLITE_DONE)
    _hearth_scheme_set_error (self, error, rc);
  return NULL;
}

/**
 * hearth_scheme_load_photo:
 *
 * Returns: (transfer full) (nullable): the record's photo, or %NULL when it has none (and
 *   @error is not set) or it could not be read
 */
GBytes *
hearth_scheme_load_photo (HearthScheme  *self,
                          HearthRecord  *record,
                          GError       **error)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);
  g_return_val_if_fail (HEARTH_IS_RECORD (record), NULL);

  if (!has_photo_column (record))
    return NULL;

  return read_photo (self, hearth_record_get_table (record), hearth_record_get_id (record),
                     error);
}

/**
 * hearth_scheme_load_photo_by_id:
 * @type: %HEARTH_TYPE_PERSON or %HEARTH_TYPE_CARER
 *
 * The same as hearth_scheme_load_photo(), for a worker that has only the record's number:
 * on a reader (hearth_scheme_open_reader()), photos are read off the window's thread.
 *
 * Returns: (transfer full) (nullable): the photo of record @id, or %NULL when it has none
 *   (and @error is not set) or it could not be read
 */
GBytes *
hearth_scheme_load_photo_by_id (HearthScheme  *self,
                                GType          type,
                                gint64         id,
                                GError       **error)
{
  g_autoptr(HearthRecordClass) klass = NULL;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);
  g_return_val_if_fail (type == HEARTH_TYPE_PERSON || type == HEARTH_TYPE_CARER, NULL);

  klass = g_type_class_ref (type);
  return read_photo (self, klass->table, id, error);
}

/**
 * hearth_scheme_set_photo:
 * @photo: (nullable): a PNG image, or %NULL to remove the photo
 *
 * The audit trail records that the photo was added, replaced or removed, and its size; never
 * the image itself.
 */
gboolean
hearth_scheme_set_photo (HearthScheme  *self,
                         HearthRecord  *record,
                         GBytes        *photo,
                         GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(HearthRecord) fresh = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *now = NULL;
  g_autofree char *json = NULL;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_RECORD (record), FALSE);

  if (!has_photo_column (record))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("Only people and carers have a photo."));
      return FALSE;
    }

  if (photo != NULL && !hearth_photo_check (photo, error))
    return FALSE;

  before = hearth_scheme_load_photo (self, record, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }

  if (!_hearth_scheme_begin (self, error))
    return FALSE;

  now = hearth_timestamp_now ();
  sql = g_strdup_printf ("UPDATE %s SET photo = ?1, updated_at = ?2, updated_by = ?3"
                         " WHERE id = ?4", hearth_record_get_table (record));
  if (!(stmt = _hearth_scheme_prepare (self, sql, error)))
    goto fail;

  if (photo != NULL)
    sqlite3_bind_blob (stmt, 1, g_bytes_get_data (photo, NULL), (int) g_bytes_get_size (photo),
                       SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, hearth_scheme_get_user (self), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, hearth_record_get_id (record));
  if (!_hearth_scheme_step_done (self, stmt, error))
    goto fail;

  if (sqlite3_changes (_hearth_scheme_get_db (self)) != 1)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND,
                   _("This record is no longer in the scheme."));
      goto fail;
    }

  json = g_strdup_printf ("{\"photo\": [%s, %s]}",
                          before != NULL ? "\"a photo\"" : "null",
                          photo != NULL ? "\"a new photo\"" : "null");
  if (!_hearth_scheme_audit (self, "update", hearth_record_get_kind (record),
                             hearth_record_get_id (record), json, error))
    goto fail;

  fresh = hearth_scheme_load (self, G_OBJECT_TYPE (record), hearth_record_get_id (record), error);
  if (fresh == NULL)
    goto fail;
  _hearth_scheme_queue_changed (self, fresh);

  if (!_hearth_scheme_commit (self, error))
    return FALSE;

  hearth_record_assign (record, fresh);
  return TRUE;

fail:
  _hearth_scheme_rollback (self);
  return FALSE;
}
