/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-writer-lock.c: the writer lock. Whoever opens a scheme first writes who they are
 * into it; whoever comes second gets it read-only and is told who has it. A lock left by a
 * crash on this computer (same boot, process gone) is recognised and cleared. */

#define G_LOG_DOMAIN "hearth-writer-lock"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <signal.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include "hearth-date.h"
#include "hearth-error.h"
#include "hearth-writer-lock.h"

void
hearth_writer_free (HearthWriter *writer)
{
  if (writer == NULL)
    return;

  g_free (writer->user);
  g_free (writer->host);
  g_free (writer->since);
  g_free (writer);
}

/* "Sam Carter on office-laptop, since 22 November 2026 09:12" */
char *
hearth_writer_describe (HearthWriter *writer)
{
  g_autoptr(GDateTime) since = g_date_time_new_from_iso8601 (writer->since, NULL);
  g_autoptr(GDateTime) local = since != NULL ? g_date_time_to_local (since) : NULL;
  g_autofree char *when = local != NULL ? g_date_time_format (local, "%-d %B %Y %H:%M")
                                        : g_strdup (writer->since);

  return g_strdup_printf (_("%s on %s, since %s"), writer->user, writer->host, when);
}

static char *
boot_id (void)
{
  g_autofree char *id = NULL;

  if (!g_file_get_contents ("/proc/sys/kernel/random/boot_id", &id, NULL, NULL))
    return g_strdup ("unknown");

  return g_strdup (g_strstrip (id));
}

/* A process's state and start time, from /proc/PID/stat (fields 3 and 22, counted after the
 * command name, which may itself hold spaces or brackets). */
static gboolean
read_process (gint64  pid,
              char   *state,
              gint64 *started)
{
  g_autofree char *path = g_strdup_printf ("/proc/%" G_GINT64_FORMAT "/stat", pid);
  g_autofree char *stat = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after;

  if (!g_file_get_contents (path, &stat, NULL, NULL) || (after = strrchr (stat, ')')) == NULL)
    return FALSE;

  fields = g_strsplit (after + 2, " ", -1);
  if (g_strv_length (fields) < 20)
    return FALSE;

  *state = fields[0][0];
  *started = g_ascii_strtoll (fields[19], NULL, 10);
  return TRUE;
}

static gint64
process_started (gint64 pid)
{
  gint64 started = 0;
  char state;

  return read_process (pid, &state, &started) ? started : 0;
}

/* Only a lock from this computer is known to be stale: left before the last restart, or by
 * a process that has gone, is a zombie, or whose number now belongs to another program. */
static gboolean
is_stale (const char *host,
          gint64      pid,
          const char *boot,
          gint64      started)
{
  g_autofree char *my_boot = boot_id ();
  gint64 now_started = 0;
  char state = '?';

  if (g_strcmp0 (host, g_get_host_name ()) != 0)
    return FALSE;

  if (g_strcmp0 (boot, my_boot) != 0)
    return TRUE;

  if (pid <= 0 || (kill ((pid_t) pid, 0) != 0 && errno == ESRCH))
    return TRUE;

  if (!read_process (pid, &state, &now_started))
    return FALSE;

  return state == 'Z' || state == 'X' || (started > 0 && started != now_started);
}

/* Which programs on this computer have @path open, for a message: "sqlite3 (process 812)". */
static char *
describe_openers (const char *path)
{
  g_autoptr(GString) found = g_string_new (NULL);
  g_autoptr(GDir) proc = g_dir_open ("/proc", 0, NULL);
  const char *pid;

  while (proc != NULL && path != NULL && (pid = g_dir_read_name (proc)) != NULL)
    {
      g_autofree char *fds = g_build_filename ("/proc", pid, "fd", NULL);
      g_autoptr(GDir) dir = NULL;
      const char *fd;

      if (!g_ascii_isdigit (pid[0]) || g_ascii_strtoll (pid, NULL, 10) == getpid () ||
          (dir = g_dir_open (fds, 0, NULL)) == NULL)
        continue;

      while ((fd = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *link = g_build_filename (fds, fd, NULL);
          g_autofree char *target = g_file_read_link (link, NULL);
          g_autofree char *comm_path = NULL;
          g_autofree char *comm = NULL;

          if (g_strcmp0 (target, path) != 0)
            continue;

          comm_path = g_build_filename ("/proc", pid, "comm", NULL);
          if (g_file_get_contents (comm_path, &comm, NULL, NULL))
            g_strstrip (comm);
          if (found->len > 0)
            g_string_append (found, ", ");
          g_string_append_printf (found, _("%s (process %s)"), comm != NULL ? comm : "?", pid);
          break;
        }
    }

  return found->len > 0 ? g_strdup (found->str) : NULL;
}

static gboolean
fail (sqlite3  *db,
      GError  **error)
{
  int code = sqlite3_errcode (db) & 0xff;

  g_autofree char *detail = g_strdup (sqlite3_errmsg (db));

  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  if (code == SQLITE_FULL)
    g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_DISK_FULL,
                 _("The disk is full: free some space and open the scheme again to make changes."));
  else if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
    {
      g_autofree char *who = describe_openers (sqlite3_db_filename (db, "main"));

      if (who != NULL)
        g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_BUSY,
                     _("Another program is changing the scheme file right now: %s. It can be "
                       "read, but not changed, until that program lets it go; then open it "
                       "again."), who);
      else
        g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_BUSY,
                     _("Another program, here or on another computer, is changing the scheme "
                       "file right now. It can be read, but not changed, until that program "
                       "lets it go; then open it again."));
    }
  else
    g_set_error (error, HEARTH_ERROR,
                 code == SQLITE_READONLY ? HEARTH_ERROR_READ_ONLY : HEARTH_ERROR_IO,
                 _("The scheme file cannot be written here (%s)."), detail);
  return FALSE;
}

/**
 * hearth_writer_take_over_warning:
 * @writer: who the scheme says has it open, as hearth_writer_describe() says it
 *
 * Returns: (transfer full): what to tell someone before they take a scheme over, in the
 *   window and on the command line alike
 */
char *
hearth_writer_take_over_warning (const char *writer)
{
  return g_strdup_printf (_("The scheme says %s has it open. If Hearth is still running there, "
                            "two people changing the same file can lose each other’s work. "
                            "Take over only if you know Hearth was closed there, or that "
                            "computer has stopped."), writer);
}

static HearthWriter *
read_holder (sqlite3_stmt *stmt)
{
  HearthWriter *writer = g_new0 (HearthWriter, 1);

  writer->user = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  writer->host = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  writer->pid = sqlite3_column_int64 (stmt, 2);
  writer->since = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
  return writer;
}

/**
 * hearth_writer_lock_claim:
 * @token: this opener's own token
 * @take_over: claim the lock even from a live holder (after the user was warned)
 * @holder: (out): who holds it, when it is someone else
 *
 * Returns: %TRUE when the lock is ours; %FALSE with @holder set when someone else has it,
 *   or with @error when the file could not be written
 */
gboolean
hearth_writer_lock_claim (sqlite3       *db,
                          const char    *user,
                          const char    *token,
                          gboolean       take_over,
                          HearthWriter **holder,
                          GError       **error)
{
  g_autofree char *now = hearth_timestamp_now ();
  g_autofree char *boot = boot_id ();
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
    return fail (db, error);

  if (sqlite3_prepare_v2 (db, "SELECT user, host, pid, boot_id, token, since, started FROM writer",
                          -1, &stmt, NULL) != SQLITE_OK)
    return fail (db, error);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && !take_over &&
      g_strcmp0 ((const char *) sqlite3_column_text (stmt, 4), token) != 0 &&
      !is_stale ((const char *) sqlite3_column_text (stmt, 1), sqlite3_column_int64 (stmt, 2),
                 (const char *) sqlite3_column_text (stmt, 3), sqlite3_column_int64 (stmt, 6)))
    {
      *holder = read_holder (stmt);
      sqlite3_finalize (stmt);
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  sqlite3_finalize (stmt);

  if (sqlite3_prepare_v2 (db, "INSERT OR REPLACE INTO writer (id, user, host, pid, boot_id, token,"
                              " since, started) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7)", -1, &stmt,
                          NULL) != SQLITE_OK)
    return fail (db, error);

  sqlite3_bind_text (stmt, 1, user, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, g_get_host_name (), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, (gint64) getpid ());
  sqlite3_bind_text (stmt, 4, boot, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, token, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 7, process_started (getpid ()));
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE || sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    return fail (db, error);

  return TRUE;
}

/* Gives the lock back, if it is still ours. */
void
hearth_writer_lock_release (sqlite3    *db,
                            const char *token)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, "DELETE FROM writer WHERE token = ?1", -1, &stmt, NULL) != SQLITE_OK)
    return;

  sqlite3_bind_text (stmt, 1, token, -1, SQLITE_TRANSIENT);
  sqlite3_step (stmt);
  sqlite3_finalize (stmt);
}
