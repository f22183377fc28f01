/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-scheme-file.c: what lies at a scheme's path, checked before SQLite may change it.
 *
 * Opening a database lets SQLite merge a write-ahead log into the file, or roll a hot
 * journal back into it, before Hearth has seen what either holds. A log left by another
 * scheme, or one that would make the file a newer version's or another program's, would be
 * merged and deleted and only then refused. So anything that would be merged is first read
 * where nothing can be written: the log through a read-only connection that never
 * checkpoints, a hot journal by rolling back a private copy. Only then is the file opened. */

#define G_LOG_DOMAIN "hearth-scheme-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hearth-error.h"
#include "hearth-scheme.h"
#include "hearth-scheme-file.h"

static gboolean
query_int (sqlite3    *db,
           const char *sql,
           gint64     *value)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  ok = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
       sqlite3_step (stmt) == SQLITE_ROW;
  if (ok)
    *value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return ok;
}

/**
 * _hearth_file_identity:
 * @version: (out) (optional): the file's schema version
 *
 * Whose file @db is, through SQLite (so a log's newer header counts): Hearth's, of a version
 * this Hearth reads, or not.
 */
HearthFileIdentity
_hearth_file_identity (sqlite3 *db,
                       gint64  *version)
{
  gint64 app_id = 0, user_version = 0;

  if (!query_int (db, "PRAGMA application_id", &app_id) ||
      !query_int (db, "PRAGMA user_version", &user_version))
    return HEARTH_FILE_IDENTITY_UNREADABLE;

  if (version != NULL)
    *version = user_version;

  if (app_id != (gint64) HEARTH_APPLICATION_ID)
    return HEARTH_FILE_IDENTITY_NOT_HEARTH;

  if (user_version > HEARTH_SCHEMA_VERSION)
    return HEARTH_FILE_IDENTITY_TOO_NEW;

  return HEARTH_FILE_IDENTITY_OK;
}

/**
 * _hearth_scheme_file_resolve:
 * @path: where the scheme was asked for
 * @name: the name to say in messages
 *
 * A symbolic link is followed on purpose, to the file it names, so that SQLite's log and
 * lock files sit beside the real file and two names can never mean two logs. Anything but
 * a plain file (a folder, a pipe, a device) is refused before it is opened: reading a pipe
 * would wait for ever.
 *
 * Returns: (transfer full) (nullable): the path of the plain file to open
 */
char *
_hearth_scheme_file_resolve (const char  *path,
                             const char  *name,
                             GError     **error)
{
  g_autofree char *real = NULL;
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    {
      int saved = errno;

      g_set_error (error, HEARTH_ERROR,
                   saved == ENOENT ? HEARTH_ERROR_NOT_FOUND : HEARTH_ERROR_READ_ONLY,
                   _("“%s” could not be opened: %s."), name, g_strerror (saved));
      return NULL;
    }

  if (S_ISLNK (st.st_mode))
    {
      if ((real = realpath (path, NULL)) == NULL || g_stat (real, &st) != 0)
        {
          int saved = errno;

          g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND,
                       _("“%s” is a link to a file that could not be found: %s."), name,
                       g_strerror (saved));
          return NULL;
        }
    }

  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_SQLITE,
                   _("“%s” is a folder, not a Hearth scheme. It has been left unchanged."),
                   name);
      return NULL;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_SQLITE,
                   _("“%s” is not a file but a pipe, a socket or a device, so it is not a "
                     "Hearth scheme. It has been left unchanged."), name);
      return NULL;
    }

  return real != NULL ? g_steal_pointer (&real) : g_strdup (path);
}

static gboolean
has_content (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 && S_ISREG (st.st_mode) && st.st_size > 0;
}

/* The checks opening makes, on a connection that sees what merging would give. */
static gboolean
check_connection (sqlite3     *db,
                  const char  *name,
                  const char  *what,
                  GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  const char *result = NULL;
  gboolean whole;

  switch (_hearth_file_identity (db, NULL))
    {
    case HEARTH_FILE_IDENTITY_OK:
      break;
    case HEARTH_FILE_IDENTITY_NOT_HEARTH:
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_HEARTH,
                   _("“%s” has %s that would make it another program’s database, not a Hearth "
                     "scheme. The file, its log and its journal have been left unchanged."),
                   name, what);
      return FALSE;
    case HEARTH_FILE_IDENTITY_TOO_NEW:
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_TOO_NEW,
                   _("“%s” has %s written by a newer version of Hearth. Update Hearth to open "
                     "it. The file, its log and its journal have been left unchanged."),
                   name, what);
      return FALSE;
    case HEARTH_FILE_IDENTITY_UNREADABLE:
    default:
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_DAMAGED,
                   _("“%s” has %s that does not belong to it (%s). The file, its log and its "
                     "journal have been left unchanged; open your newest backup instead."),
                   name, what, sqlite3_errmsg (db));
      return FALSE;
    }

  whole = sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL) == SQLITE_OK &&
          sqlite3_step (stmt) == SQLITE_ROW &&
          (result = (const char *) sqlite3_column_text (stmt, 0)) != NULL &&
          (g_str_equal (result, "ok") ||
           g_str_has_prefix (result, "CHECK constraint failed") ||
           g_str_has_prefix (result, "NOT NULL constraint failed"));
  if (!whole)
    g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_DAMAGED,
                 _("“%s” has %s that does not belong to it: with it the scheme would be "
                   "damaged (%s). The file, its log and its journal have been left unchanged; "
                   "open your newest backup instead."),
                 name, what, result != NULL ? result : sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  return whole;
}

/* Reads the file with its log, as SQLite would after merging it, but never merges: the
 * connection is read-only and does not checkpoint when it closes. */
static gboolean
check_with_log (const char  *path,
                const char  *name,
                GError     **error)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *read_only = g_strconcat (uri, "?mode=ro", NULL);
  sqlite3 *db = NULL;
  gboolean ok;

  if (sqlite3_open_v2 (read_only, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) != SQLITE_OK)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY,
                   _("“%s” could not be read: %s."), name, sqlite3_errmsg (db));
      sqlite3_close (db);
      return FALSE;
    }

  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  sqlite3_busy_timeout (db, 3000);
  ok = check_connection (db, name, _("a write-ahead log"), error);
  sqlite3_close (db);
  return ok;
}

/**
 * _hearth_copy_private:
 *
 * Copies the file at @from to a new file at @to that only its owner can read (0600); never
 * over an existing file.
 */
gboolean
_hearth_copy_private (const char  *from,
                      const char  *to,
                      GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length;
  int fd;

  if (!g_file_get_contents (from, &contents, &length, error))
    return FALSE;

  if ((fd = g_open (to, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600)) < 0 ||
      write (fd, contents, length) != (ssize_t) length)
    {
      int saved = errno;

      if (fd >= 0)
        close (fd);
      g_set_error (error, HEARTH_ERROR, saved == ENOSPC ? HEARTH_ERROR_DISK_FULL : HEARTH_ERROR_IO,
                   _("A private copy of the scheme could not be made to check it: %s."),
                   g_strerror (saved));
      return FALSE;
    }

  close (fd);
  return TRUE;
}

/* A hot journal is rolled back into a private copy of the file, never into the file: what
 * comes out is checked before the real file is opened. */
static gboolean
check_with_journal (const char  *path,
                    const char  *name,
                    GError     **error)
{
  g_autofree char *dir = g_dir_make_tmp ("hearth-check-XXXXXX", error);
  g_autofree char *copy = NULL;
  g_autofree char *copy_journal = NULL;
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  sqlite3 *db = NULL;
  gboolean ok = FALSE;

  if (dir == NULL)
    return FALSE;

  copy = g_build_filename (dir, "scheme.hearth", NULL);
  copy_journal = g_strconcat (copy, "-journal", NULL);

  if (_hearth_copy_private (path, copy, error) &&
      _hearth_copy_private (journal, copy_journal, error))
    {
      if (sqlite3_open_v2 (copy, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK)
        ok = check_connection (db, name, _("an unfinished change in its journal"), error);
      else
        g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_DAMAGED,
                     _("“%s” could not be read with its journal: %s."), name,
                     sqlite3_errmsg (db));
      sqlite3_close (db);
    }

  g_unlink (copy_journal);
  g_unlink (copy);
  g_rmdir (dir);
  return ok;
}

/**
 * _hearth_scheme_file_preflight:
 * @path: a plain file, whose header has passed
 * @name: the name to say in messages
 *
 * Checks what a write-ahead log or a hot journal beside @path would do to it, without
 * changing either or the file.
 */
gboolean
_hearth_scheme_file_preflight (const char  *path,
                               const char  *name,
                               GError     **error)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);

  if (has_content (wal) && !check_with_log (path, name, error))
    return FALSE;

  if (has_content (journal) && !check_with_journal (path, name, error))
    return FALSE;

  return TRUE;
}
