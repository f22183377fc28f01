/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-audit-chain.c: the audit trail's hash chain.
 *
 * Each entry's hash is SHA-256 over the previous entry's hash and the entry's own columns,
 * each written with its length so no two entries can run together. Anyone with the file
 * can still rewrite it all; what the chain gives is that an entry changed, removed or added
 * behind Hearth's back, with the triggers dropped or the erasure guard abused, is seen, and
 * from which entry. An erased entry keeps its hash with its content gone; it counts only
 * when a later erasure entry lists it. */

#define G_LOG_DOMAIN "hearth-audit-chain"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-audit-chain.h"
#include "hearth-error.h"
#include "hearth-scheme-private.h"

static void
add_field (GChecksum  *checksum,
           const char *text)
{
  g_autofree char *length = g_strdup_printf ("%zu:", text != NULL ? strlen (text) : 0);

  g_checksum_update (checksum, (const guchar *) length, -1);
  if (text != NULL)
    g_checksum_update (checksum, (const guchar *) text, -1);
}

char *
_hearth_audit_hash (const char *previous,
                    gint64      id,
                    const char *at,
                    const char *who,
                    const char *action,
                    const char *record_type,
                    gint64      record_id,
                    const char *changes)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  g_autofree char *record_text = record_id > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, record_id)
                                               : g_strdup ("");

  add_field (checksum, previous != NULL ? previous : "");
  add_field (checksum, id_text);
  add_field (checksum, at);
  add_field (checksum, who);
  add_field (checksum, action);
  add_field (checksum, record_type);
  add_field (checksum, record_text);
  add_field (checksum, changes);
  return g_strdup (g_checksum_get_string (checksum));
}

static const char *
text_at (sqlite3_stmt *stmt,
         int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

#define ENTRY_COLUMNS "id, at, who, action, record_type, record_id, changes, hash, erased"

static char *
hash_of_row (const char   *previous,
             sqlite3_stmt *stmt)
{
  return _hearth_audit_hash (previous, sqlite3_column_int64 (stmt, 0), text_at (stmt, 1),
                             text_at (stmt, 2), text_at (stmt, 3), text_at (stmt, 4),
                             sqlite3_column_int64 (stmt, 5), text_at (stmt, 6));
}

/**
 * _hearth_audit_seal:
 *
 * Gives every entry written before the chain existed its hash, in order. Runs inside the
 * migration's transaction.
 */
gboolean
_hearth_audit_seal (sqlite3  *db,
                    GError  **error)
{
  sqlite3_stmt *rows = NULL;
  sqlite3_stmt *update = NULL;
  g_autofree char *previous = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT " ENTRY_COLUMNS " FROM audit ORDER BY id", -1, &rows, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "UPDATE audit SET hash = ?2 WHERE id = ?1", -1, &update, NULL);

  while (rc == SQLITE_OK && sqlite3_step (rows) == SQLITE_ROW)
    {
      char *hash = text_at (rows, 7) != NULL ? g_strdup (text_at (rows, 7))
                                             : hash_of_row (previous, rows);

      if (text_at (rows, 7) == NULL)
        {
          sqlite3_bind_int64 (update, 1, sqlite3_column_int64 (rows, 0));
          sqlite3_bind_text (update, 2, hash, -1, SQLITE_TRANSIENT);
          rc = sqlite3_step (update) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode (db);
          sqlite3_reset (update);
        }
      g_free (previous);
      previous = hash;
    }

  sqlite3_finalize (rows);
  sqlite3_finalize (update);

  if (rc != SQLITE_OK)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_FAILED,
                   _("The audit trail could not be sealed: %s"), sqlite3_errmsg (db));
      return FALSE;
    }

  return TRUE;
}

/* The entries erasures say they emptied. */
static GHashTable *
listed_as_erased (HearthScheme  *self,
                  GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GHashTable *listed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  int rc;

  stmt = _hearth_scheme_prepare (self,
                                 "SELECT j.value FROM audit a, json_each(a.changes, '$.entries') j"
                                 " WHERE a.action = 'erase' AND a.erased = 0", error);
  if (stmt == NULL)
    {
      g_hash_table_unref (listed);
      return NULL;
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *id = g_new (gint64, 1);

      *id = sqlite3_column_int64 (stmt, 0);
      g_hash_table_add (listed, id);
    }

  return listed;
}

/**
 * hearth_scheme_check_audit_chain:
 * @broken_at: (out): the first entry that does not follow from the one before, or 0
 *
 * Works the chain out again from the first entry to the last.
 *
 * Returns: %TRUE when the whole trail is as Hearth wrote it; %FALSE with @broken_at set when
 *   it was changed outside Hearth, or with @error set when it could not be read
 */
gboolean
hearth_scheme_check_audit_chain (HearthScheme  *self,
                                 gint64        *broken_at,
                                 GError       **error)
{
  g_autoptr(sqlite3_stmt) rows = NULL;
  g_autoptr(GHashTable) erased = NULL;
  g_autofree char *previous = NULL;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);
  g_return_val_if_fail (broken_at != NULL, FALSE);

  *broken_at = 0;
  if ((erased = listed_as_erased (self, error)) == NULL ||
      (rows = _hearth_scheme_prepare (self, "SELECT " ENTRY_COLUMNS " FROM audit ORDER BY id",
                                      error)) == NULL)
    return FALSE;

  while (sqlite3_step (rows) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (rows, 0);
      const char *stored = text_at (rows, 7);
      g_autofree char *expected = NULL;

      if (stored == NULL)
        {
          *broken_at = id;
          return FALSE;
        }

      if (sqlite3_column_int64 (rows, 8) != 0)
        {
          if (!g_hash_table_contains (erased, &id))
            {
              *broken_at = id;
              return FALSE;
            }
        }
      else if (!g_str_equal ((expected = hash_of_row (previous, rows)), stored))
        {
          *broken_at = id;
          return FALSE;
        }

      g_free (previous);
      previous = g_strdup (stored);
    }

  return TRUE;
}

static void
check_chain_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  GError *error = NULL;
  gint64 broken_at = 0;

  if (!hearth_scheme_check_audit_chain (task_data, &broken_at, &error) && broken_at == 0)
    g_task_return_error (task, error);
  else
    g_task_return_int (task, broken_at);
}

/**
 * hearth_scheme_check_audit_chain_async:
 *
 * Works the chain out again, as hearth_scheme_check_audit_chain() does, on a read-only
 * connection of its own in a worker thread: it reads every entry of the history.
 */
void
hearth_scheme_check_audit_chain_async (HearthScheme        *self,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (HEARTH_IS_SCHEME (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, hearth_scheme_check_audit_chain_async);
  _hearth_scheme_run_on_reader (self, task, check_chain_thread);
}

/**
 * hearth_scheme_check_audit_chain_finish:
 * @broken_at: (out): the first entry that does not follow from the one before, or 0
 *
 * Returns: %TRUE when the chain could be read, with @broken_at set; %FALSE with @error set
 */
gboolean
hearth_scheme_check_audit_chain_finish (HearthScheme  *self,
                                        GAsyncResult  *result,
                                        gint64        *broken_at,
                                        GError       **error)
{
  GError *local_error = NULL;
  gssize found;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (broken_at != NULL, FALSE);

  found = g_task_propagate_int (G_TASK (result), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      *broken_at = 0;
      return FALSE;
    }
  *broken_at = found;
  return TRUE;
}
