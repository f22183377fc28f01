/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-backup.c: backups with SQLite's online backup API (never a plain file copy), each
 * checked with an integrity check before it counts, kept in a folder beside the scheme
 * and thinned: every backup from today, then one a day for two weeks, one a week up to eight
 * weeks, one a month up to a year. */

#define G_LOG_DOMAIN "hearth-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hearth-backup.h"
#include "hearth-error.h"
#include "hearth-scheme-file.h"
#include "hearth-scheme-private.h"

#define STAMP_FORMAT "%Y-%m-%d %H%M%S"
#define STAMP_LENGTH 17   /* "2026-11-22 093015" */

struct _HearthBackup
{
  GObject    parent_instance;

  GFile     *file;
  GDateTime *taken_at;
  goffset    size;
};

G_DEFINE_FINAL_TYPE (HearthBackup, hearth_backup, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_TAKEN_AT,
  PROP_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hearth_backup_finalize (GObject *object)
{
  HearthBackup *self = HEARTH_BACKUP (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->taken_at, g_date_time_unref);

  G_OBJECT_CLASS (hearth_backup_parent_class)->finalize (object);
}

static void
hearth_backup_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HearthBackup *self = HEARTH_BACKUP (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_TAKEN_AT:
      g_value_set_boxed (value, self->taken_at);
      break;
    case PROP_SIZE:
      g_value_set_int64 (value, self->size);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_backup_class_init (HearthBackupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_backup_finalize;
  object_class->get_property = hearth_backup_get_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TAKEN_AT] =
    g_param_spec_boxed ("taken-at", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIZE] =
    g_param_spec_int64 ("size", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_backup_init (HearthBackup *self)
{
}

static HearthBackup *
backup_new (GFile     *file,
            GDateTime *taken_at,
            goffset    size)
{
  HearthBackup *self = g_object_new (HEARTH_TYPE_BACKUP, NULL);

  self->file = g_object_ref (file);
  self->taken_at = g_date_time_ref (taken_at);
  self->size = size;
  return self;
}

GFile *
hearth_backup_get_file (HearthBackup *self)
{
  g_return_val_if_fail (HEARTH_IS_BACKUP (self), NULL);

  return self->file;
}

GDateTime *
hearth_backup_get_taken_at (HearthBackup *self)
{
  g_return_val_if_fail (HEARTH_IS_BACKUP (self), NULL);

  return self->taken_at;
}

goffset
hearth_backup_get_size (HearthBackup *self)
{
  g_return_val_if_fail (HEARTH_IS_BACKUP (self), 0);

  return self->size;
}

/* "Brookfield.hearth" → "Brookfield" */
static char *
stem_of (GFile *file)
{
  g_autofree char *base = g_file_get_basename (file);

  if (g_str_has_suffix (base, ".hearth"))
    base[strlen (base) - strlen (".hearth")] = '\0';

  return g_steal_pointer (&base);
}

/**
 * hearth_scheme_get_backup_folder:
 *
 * Returns: (transfer full): where this scheme's backups go: the scheme's own setting (a USB
 *   drive, say), or a folder beside the scheme file named after it
 */
GFile *
hearth_scheme_get_backup_folder (HearthScheme *self)
{
  const char *setting;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);

  /* Before a migration the details are not loaded yet: then the default folder. */
  setting = hearth_scheme_get_details (self) != NULL
            ? hearth_scheme_details_get_backup_folder (hearth_scheme_get_details (self))
            : NULL;
  if (setting != NULL && setting[0] != '\0')
    return g_file_new_for_path (setting);

  return hearth_backup_folder_for (hearth_scheme_get_file (self));
}

/**
 * hearth_backup_folder_for:
 *
 * Returns: (transfer full): the default backup folder of @scheme_file: beside it, named
 *   after it
 */
GFile *
hearth_backup_folder_for (GFile *scheme_file)
{
  g_autofree char *stem = stem_of (scheme_file);
  g_autofree char *name = g_strdup_printf (_("%s backups"), stem);
  g_autoptr(GFile) parent = g_file_get_parent (scheme_file);

  return g_file_get_child (parent, name);
}

/* The backup folder a scheme's settings name, read from a file that may not open: without
 * a write, without its log (immutable), and only if it is a plain file. */
static GFile *
read_backup_folder_setting (GFile *scheme_file)
{
  g_autofree char *path = g_file_get_path (scheme_file);
  g_autofree char *uri = NULL;
  g_autofree char *immutable = NULL;
  g_autofree char *folder = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  GStatBuf st;

  if (path == NULL || g_stat (path, &st) != 0 || !S_ISREG (st.st_mode) ||
      (uri = g_filename_to_uri (path, NULL, NULL)) == NULL)
    return NULL;

  immutable = g_strconcat (uri, "?immutable=1", NULL);
  if (sqlite3_open_v2 (immutable, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, "SELECT backup_folder FROM scheme WHERE id = 1", -1, &stmt,
                          NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
    folder = g_strdup ((const char *) sqlite3_column_text (stmt, 0));

  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return folder != NULL && folder[0] != '\0' ? g_file_new_for_path (folder) : NULL;
}

static HearthBackup *
newest_good_in (GFile        *folder,
                const char   *stem,
                HearthBackup *newer_than,
                GCancellable *cancellable)
{
  g_autoptr(GListStore) backups = hearth_backup_list (folder, stem, NULL);
  guint n = backups != NULL ? g_list_model_get_n_items (G_LIST_MODEL (backups)) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthBackup) backup = g_list_model_get_item (G_LIST_MODEL (backups), i);

      if (g_cancellable_is_cancelled (cancellable))
        return NULL;
      if (newer_than != NULL &&
          g_date_time_compare (hearth_backup_get_taken_at (backup),
                               hearth_backup_get_taken_at (newer_than)) <= 0)
        return NULL;

      if (hearth_backup_verify (hearth_backup_get_file (backup), NULL))
        return g_steal_pointer (&backup);
    }

  return NULL;
}

static HearthBackup *
find_newest_good (GFile        *scheme_file,
                  GCancellable *cancellable)
{
  g_autoptr(GFile) beside = hearth_backup_folder_for (scheme_file);
  g_autoptr(GFile) chosen = read_backup_folder_setting (scheme_file);
  g_autofree char *stem = stem_of (scheme_file);
  g_autoptr(HearthBackup) newest = NULL;
  g_autoptr(HearthBackup) newer = NULL;

  if (chosen != NULL)
    newest = newest_good_in (chosen, stem, NULL, cancellable);

  if (chosen == NULL || !g_file_equal (chosen, beside))
    newer = newest_good_in (beside, stem, newest, cancellable);

  return newer != NULL ? g_steal_pointer (&newer) : g_steal_pointer (&newest);
}

/**
 * hearth_backup_find_newest_good:
 *
 * For a scheme that will not open: the newest backup that passes its check, in the backup
 * folder its settings name (when the file can still tell) and in the folder beside it.
 *
 * Returns: (transfer full) (nullable): that backup, or %NULL when there is none
 */
HearthBackup *
hearth_backup_find_newest_good (GFile *scheme_file)
{
  g_return_val_if_fail (G_IS_FILE (scheme_file), NULL);

  return find_newest_good (scheme_file, NULL);
}

static void
find_newest_good_thread (GTask        *task,
                         gpointer      source_object,
                         gpointer      task_data,
                         GCancellable *cancellable)
{
  HearthBackup *backup = find_newest_good (task_data, cancellable);

  if (g_cancellable_is_cancelled (cancellable))
    {
      g_clear_object (&backup);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               _("The search for a backup was cancelled."));
      return;
    }

  g_task_return_pointer (task, backup, g_object_unref);
}

/**
 * hearth_backup_find_newest_good_async:
 *
 * Looks for the newest good backup as hearth_backup_find_newest_good() does, in a worker
 * thread: each backup is checked whole, which takes a while for a large scheme.
 */
void
hearth_backup_find_newest_good_async (GFile               *scheme_file,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (scheme_file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, hearth_backup_find_newest_good_async);
  g_task_set_task_data (task, g_object_ref (scheme_file), g_object_unref);
  g_task_run_in_thread (task, find_newest_good_thread);
}

/**
 * hearth_backup_find_newest_good_finish:
 *
 * Returns: (transfer full) (nullable): the backup; %NULL, with @error unset, when there is
 *   none, and with %G_IO_ERROR_CANCELLED when the search was cancelled
 */
HearthBackup *
hearth_backup_find_newest_good_finish (GAsyncResult  *result,
                                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static gboolean
set_sqlite_error (sqlite3     *db,
                  int          rc,
                  GError     **error)
{
  int code = (rc & 0xff) == SQLITE_FULL ? HEARTH_ERROR_DISK_FULL
           : (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB ? HEARTH_ERROR_DAMAGED
           : HEARTH_ERROR_IO;

  g_set_error (error, HEARTH_ERROR, code, _("The backup could not be written: %s."),
               db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  return FALSE;
}

/* Copies @from into a new file at @path, page by page, through SQLite. */
static gboolean
copy_database (sqlite3     *from,
               const char  *path,
               GError     **error)
{
  sqlite3 *to = NULL;
  sqlite3_backup *backup;
  int fd, rc;

  /* Owner only, like the scheme itself; never over an existing file. */
  if ((fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600)) < 0)
    {
      int saved = errno;

      g_set_error (error, HEARTH_ERROR,
                   saved == ENOSPC ? HEARTH_ERROR_DISK_FULL : HEARTH_ERROR_READ_ONLY,
                   _("The backup could not be created: %s."), g_strerror (saved));
      return FALSE;
    }
  close (fd);

  if ((rc = sqlite3_open_v2 (path, &to, SQLITE_OPEN_READWRITE, NULL)) != SQLITE_OK)
    goto failed;

  backup = sqlite3_backup_init (to, "main", from, "main");
  if (backup == NULL)
    {
      rc = sqlite3_errcode (to);
      goto failed;
    }

  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    goto failed;

  /* A copy is held by nobody: the writer who was working when it was taken must not seem
   * to hold the scheme once it is restored. */
  if (sqlite3_exec (to, "SELECT 1 FROM writer LIMIT 0", NULL, NULL, NULL) == SQLITE_OK &&
      (rc = sqlite3_exec (to, "DELETE FROM writer", NULL, NULL, NULL)) != SQLITE_OK)
    goto failed;

  /* The copy is one self-contained file: no write-ahead log beside it, now or when read. */
  if ((rc = sqlite3_exec (to, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL)) != SQLITE_OK)
    goto failed;

  rc = sqlite3_close (to);
  return rc == SQLITE_OK || set_sqlite_error (NULL, rc, error);

failed:
  set_sqlite_error (to, rc != SQLITE_OK ? rc : SQLITE_IOERR, error);
  sqlite3_close (to);
  g_unlink (path);
  return FALSE;
}

/* What a backup, restore or demo that was killed leaves behind: "NAME.partial-PID" and the
 * like. Each name carries the process that wrote it, so a run never trips over its own
 * leftovers or removes another's work in progress. */
static const char * const leftover_markers[] = { ".partial-", ".restoring-", ".building-" };

/* The process that wrote @name, when @name is a leftover; "-journal" and the other files
 * SQLite keeps beside one count too. */
static gboolean
leftover_pid (const char *name,
              GPid       *pid)
{
  for (guint i = 0; i < G_N_ELEMENTS (leftover_markers); i++)
    {
      const char *marker = strstr (name, leftover_markers[i]);
      g_autofree char *digits = NULL;
      guint64 value;
      gsize n;

      if (marker == NULL)
        continue;

      marker += strlen (leftover_markers[i]);
      n = strspn (marker, "0123456789");
      if (n == 0 || n > 10 ||
          !(marker[n] == '\0' || g_str_equal (marker + n, "-journal") ||
            g_str_equal (marker + n, "-wal") || g_str_equal (marker + n, "-shm")))
        continue;

      digits = g_strndup (marker, n);
      if (!g_ascii_string_to_unsigned (digits, 10, 1, G_MAXINT, &value, NULL))
        continue;

      *pid = (GPid) value;
      return TRUE;
    }

  return FALSE;
}

static gboolean
process_is_gone (GPid pid)
{
  return kill (pid, 0) != 0 && errno == ESRCH;
}

/* Backups of earlier versions were written as "NAME.partial", naming no process: this
 * version never writes one, so any such file is a leftover. */
static gboolean
is_old_unnamed_partial (const char *path,
                        const char *name)
{
  GStatBuf st;

  return g_str_has_suffix (name, ".hearth.partial") &&
         g_lstat (path, &st) == 0 && S_ISREG (st.st_mode);
}

/**
 * hearth_backup_remove_leftovers:
 * @folder: a scheme's folder or a backup folder
 * @prefix: (nullable): only names starting with this, e.g. the scheme file's name
 *
 * Removes what killed backups, restores and demos left in @folder: partial copies whose
 * process has gone, with the journals beside them. Finished files are never touched.
 *
 * Returns: how many files were removed
 */
guint
hearth_backup_remove_leftovers (GFile      *folder,
                                const char *prefix)
{
  g_autofree char *folder_path = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint removed = 0;

  g_return_val_if_fail (G_IS_FILE (folder), 0);

  folder_path = g_file_get_path (folder);
  if (folder_path == NULL || (dir = g_dir_open (folder_path, 0, NULL)) == NULL)
    return 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder_path, name, NULL);
      GPid pid;

      if (prefix != NULL && !g_str_has_prefix (name, prefix))
        continue;

      if ((leftover_pid (name, &pid) && pid != getpid () && process_is_gone (pid)) ||
          is_old_unnamed_partial (path, name))
        {
          if (g_unlink (path) == 0)
            removed++;
        }
    }

  return removed;
}

/* Anything but a plain file (a folder, a pipe, a device) is refused before SQLite opens it:
 * reading a pipe would wait for ever. */
static gboolean
check_regular (const char  *path,
               const char  *name,
               GError     **error)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    {
      int saved = errno;

      g_set_error (error, HEARTH_ERROR,
                   saved == ENOENT ? HEARTH_ERROR_NOT_FOUND : HEARTH_ERROR_IO,
                   _("“%s” cannot be read: %s."), name, g_strerror (saved));
      return FALSE;
    }

  if (S_ISREG (st.st_mode))
    return TRUE;

  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_HEARTH,
               S_ISDIR (st.st_mode) ? _("“%s” is a folder, not a backup of a Hearth scheme.")
                                    : _("“%s” is not a file but a device or a pipe, so it is "
                                        "not a backup of a Hearth scheme."),
               name);
  return FALSE;
}

/* The same checks as opening a scheme: Hearth's own file, of a version this Hearth reads. */
static gboolean
check_identity (sqlite3     *db,
                const char  *name,
                GError     **error)
{
  switch (_hearth_file_identity (db, NULL))
    {
    case HEARTH_FILE_IDENTITY_OK:
      return TRUE;
    case HEARTH_FILE_IDENTITY_NOT_HEARTH:
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_HEARTH,
                   _("“%s” is not a backup of a Hearth scheme."), name);
      return FALSE;
    case HEARTH_FILE_IDENTITY_TOO_NEW:
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_TOO_NEW,
                   _("The backup “%s” was made by a newer version of Hearth. Update Hearth to "
                     "restore it."), name);
      return FALSE;
    case HEARTH_FILE_IDENTITY_UNREADABLE:
    default:
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_DAMAGED,
                   _("The backup “%s” failed its check and cannot be used."), name);
      return FALSE;
    }
}

/**
 * hearth_backup_verify:
 *
 * Checks that @file is a whole, readable Hearth scheme of a version this Hearth can open:
 * a plain file, Hearth's own, and SQLite's integrity check finds nothing.
 */
gboolean
hearth_backup_verify (GFile   *file,
                      GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *uri = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  if (path == NULL || !check_regular (path, name, error))
    return FALSE;

  /* Read only, through a URI so that a name with "?" or "#" is still a name. */
  uri = g_filename_to_uri (path, NULL, NULL);
  rc = sqlite3_open_v2 (uri != NULL ? uri : path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI,
                        NULL);
  if (rc == SQLITE_OK && !check_identity (db, name, error))
    {
      sqlite3_close (db);
      return FALSE;
    }

  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;

  sqlite3_finalize (stmt);
  sqlite3_close (db);

  if (!ok)
    g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_DAMAGED,
                 _("The backup “%s” failed its check and cannot be used."), name);
  return ok;
}

/* A rename or a new name is only sure to survive a power cut once its folder is on disk. */
static void
sync_folder (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  int fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/* Links the file at @from under the first free name for @stem and @when in @folder, never
 * replacing a file: two backups in the same second, by two programs, get two names. Where
 * the drive has no hard links (FAT, say), the file is renamed instead, after looking, when
 * @move_without_links. Returns the new path, or %NULL with errno set. */
static char *
link_free_name (const char *from,
                GFile      *folder,
                const char *stem,
                GDateTime  *when,
                gboolean    move_without_links)
{
  g_autofree char *stamp = g_date_time_format (when, STAMP_FORMAT);

  for (guint n = 1; n < 1000; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup_printf ("%s %s.hearth", stem, stamp)
                                     : g_strdup_printf ("%s %s (%u).hearth", stem, stamp, n);
      g_autoptr(GFile) child = g_file_get_child (folder, name);
      g_autofree char *path = g_file_get_path (child);

      if (link (from, path) == 0)
        {
          sync_folder (path);
          return g_steal_pointer (&path);
        }

      if (errno == EEXIST || g_file_test (path, G_FILE_TEST_EXISTS))
        continue;

      if (!move_without_links ||
          (errno != EPERM && errno != ENOSYS && errno != EOPNOTSUPP && errno != EMLINK))
        return NULL;

      if (g_rename (from, path) != 0)
        return NULL;

      sync_folder (path);
      return g_steal_pointer (&path);
    }

  errno = EEXIST;
  return NULL;
}

/* Copies @from into @folder as a backup named after @stem and now, checks the copy, and only
 * then gives it its name: a backup that is listed is a backup that passed. The copy is
 * written as "NAME.partial-PID", so a killed backup's leftover never blocks the next one. */
static HearthBackup *
back_up_into (sqlite3       *from,
              GFile         *folder,
              const char    *stem,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GFile) file = NULL;
  g_autofree char *folder_path = g_file_get_path (folder);
  g_autofree char *stamp = g_date_time_format (now, STAMP_FORMAT);
  g_autofree char *path = NULL;
  g_autofree char *partial = NULL;
  GStatBuf st;

  if (g_mkdir_with_parents (folder_path, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY,
                   _("The backup folder “%s” could not be made: %s."), folder_path,
                   g_strerror (saved));
      return NULL;
    }

  hearth_backup_remove_leftovers (folder, stem);

  partial = g_strdup_printf ("%s/%s %s.hearth.partial-%d", folder_path, stem, stamp,
                             (int) getpid ());
  if (!copy_database (from, partial, error))
    return NULL;

  file = g_file_new_for_path (partial);
  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !hearth_backup_verify (file, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_unlink (partial);
      return NULL;
    }

  if ((path = link_free_name (partial, folder, stem, now, TRUE)) == NULL)
    {
      int saved = errno;

      g_unlink (partial);
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_IO, _("The backup could not be named: %s."),
                   g_strerror (saved));
      return NULL;
    }
  g_unlink (partial);

  g_clear_object (&file);
  file = g_file_new_for_path (path);
  g_stat (path, &st);
  return backup_new (file, now, st.st_size);
}

/**
 * hearth_scheme_back_up:
 *
 * Backs the scheme up now, through SQLite's online backup, and checks the copy.
 *
 * Returns: (transfer full): the backup, or %NULL if it could not be made or failed its check
 */
HearthBackup *
hearth_scheme_back_up (HearthScheme  *self,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GFile) folder = NULL;
  g_autofree char *stem = NULL;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);

  folder = hearth_scheme_get_backup_folder (self);
  stem = stem_of (hearth_scheme_get_file (self));
  return back_up_into (_hearth_scheme_get_db (self), folder, stem, cancellable, error);
}

typedef struct
{
  char  *scheme_path;
  GFile *folder;
  char  *stem;
} BackUpJob;

static void
back_up_job_free (BackUpJob *job)
{
  g_free (job->scheme_path);
  g_clear_object (&job->folder);
  g_free (job->stem);
  g_free (job);
}

/* In a worker thread, with a connection of its own: the window's connection is never touched,
 * so the coordinator can go on working while a large scheme is copied and checked. */
static void
back_up_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  BackUpJob *job = task_data;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  HearthBackup *backup = NULL;
  GError *error = NULL;
  sqlite3 *from = NULL;
  int rc;

  rc = sqlite3_open_v2 (job->scheme_path, &from, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (from, 5000);
      backup = back_up_into (from, job->folder, job->stem, cancellable, &error);
    }
  else
    set_sqlite_error (from, rc, &error);
  sqlite3_close (from);

  if (backup == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  hearth_backup_thin (job->folder, job->stem, now, NULL);
  g_task_return_pointer (task, backup, g_object_unref);
}

/**
 * hearth_scheme_back_up_async:
 *
 * Backs the scheme up, checks the copy and thins older backups, in a worker thread. A
 * cancelled backup leaves no file behind.
 */
void
hearth_scheme_back_up_async (HearthScheme        *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  BackUpJob *job;

  g_return_if_fail (HEARTH_IS_SCHEME (self));

  job = g_new0 (BackUpJob, 1);
  job->scheme_path = g_file_get_path (hearth_scheme_get_file (self));
  job->folder = hearth_scheme_get_backup_folder (self);
  job->stem = stem_of (hearth_scheme_get_file (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, hearth_scheme_back_up_async);
  g_task_set_task_data (task, job, (GDestroyNotify) back_up_job_free);
  g_task_run_in_thread (task, back_up_thread);
}

/**
 * hearth_scheme_back_up_finish:
 *
 * Returns: (transfer full): the backup, or %NULL with @error set
 */
HearthBackup *
hearth_scheme_back_up_finish (HearthScheme  *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static GDateTime *
parse_stamp (const char *name,
             const char *stem)
{
  g_autofree char *prefix = g_strconcat (stem, " ", NULL);
  const char *stamp;
  int y, mo, d, h, mi, s;

  if (!g_str_has_prefix (name, prefix) || !g_str_has_suffix (name, ".hearth"))
    return NULL;

  stamp = name + strlen (prefix);
  if (strlen (stamp) < STAMP_LENGTH ||
      sscanf (stamp, "%4d-%2d-%2d %2d%2d%2d", &y, &mo, &d, &h, &mi, &s) != 6)
    return NULL;

  return g_date_time_new_local (y, mo, d, h, mi, s);
}

static int
newest_first (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  return g_date_time_compare (hearth_backup_get_taken_at ((HearthBackup *) b),
                              hearth_backup_get_taken_at ((HearthBackup *) a));
}

/**
 * hearth_backup_list:
 * @scheme_name: the scheme file's name without ".hearth"
 *
 * Returns: (transfer full): the backups in @folder, newest first
 */
GListStore *
hearth_backup_list (GFile       *folder,
                    const char  *scheme_name,
                    GError     **error)
{
  g_autoptr(GListStore) store = g_list_store_new (HEARTH_TYPE_BACKUP);
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;

  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  children = g_file_enumerate_children (folder,
                                        G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                        G_FILE_QUERY_INFO_NONE, NULL, error);
  if (children == NULL)
    {
      /* No folder yet: no backups yet. */
      if (error != NULL && g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          g_clear_error (error);
          return g_steal_pointer (&store);
        }
      return NULL;
    }

  while ((info = g_file_enumerator_next_file (children, NULL, error)) != NULL)
    {
      g_autoptr(GFileInfo) owned = info;
      g_autoptr(GDateTime) taken = parse_stamp (g_file_info_get_name (info), scheme_name);
      g_autoptr(GFile) child = NULL;
      g_autoptr(HearthBackup) backup = NULL;

      if (taken == NULL)
        continue;

      child = g_file_get_child (folder, g_file_info_get_name (info));
      backup = backup_new (child, taken, g_file_info_get_size (info));
      g_list_store_append (store, backup);
    }

  g_list_store_sort (store, newest_first, NULL);
  return g_steal_pointer (&store);
}

/* Which period a backup falls in; backups that share a period keep only the newest. */
static char *
period_of (GDateTime *taken,
           GDateTime *now)
{
  g_autoptr(GDateTime) day = g_date_time_new_local (g_date_time_get_year (taken),
                                                    g_date_time_get_month (taken),
                                                    g_date_time_get_day_of_month (taken), 0, 0, 0);
  g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now),
                                                      g_date_time_get_month (now),
                                                      g_date_time_get_day_of_month (now), 0, 0, 0);
  gint64 age = g_date_time_difference (today, day) / G_TIME_SPAN_DAY;

  if (age <= 0)
    return NULL;   /* today: every backup is kept */
  if (age <= 14)
    return g_strdup_printf ("day %" G_GINT64_FORMAT, age);
  if (age <= 56)
    return g_strdup_printf ("week %" G_GINT64_FORMAT, age / 7);
  if (age <= 365)
    return g_date_time_format (taken, "month %Y-%m");

  return g_strdup ("gone");
}

static int
compare_taken (gconstpointer a,
               gconstpointer b)
{
  return g_date_time_compare (*(GDateTime * const *) a, *(GDateTime * const *) b);
}

/**
 * hearth_backup_choose_to_remove:
 * @taken_at: (element-type GDateTime): when each backup was taken
 *
 * Returns: (transfer container) (element-type GDateTime): the ones thinning removes, from
 *   @taken_at
 */
GPtrArray *
hearth_backup_choose_to_remove (GPtrArray *taken_at,
                                GDateTime *now)
{
  g_autoptr(GHashTable) kept = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) sorted = g_ptr_array_sized_new (taken_at->len);
  GPtrArray *remove = g_ptr_array_new ();

  /* A copy that does not own the dates, whatever @taken_at does. */
  for (guint i = 0; i < taken_at->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (taken_at, i));

  g_ptr_array_sort (sorted, compare_taken);
  /* Newest first, so each period keeps its newest. */
  for (guint i = sorted->len; i > 0; i--)
    {
      GDateTime *taken = g_ptr_array_index (sorted, i - 1);
      g_autofree char *period = period_of (taken, now);

      if (period == NULL)
        continue;

      if (g_str_equal (period, "gone") || g_hash_table_contains (kept, period))
        g_ptr_array_add (remove, taken);
      else
        g_hash_table_add (kept, g_steal_pointer (&period));
    }

  return remove;
}

/**
 * hearth_backup_thin:
 *
 * Removes the backups in @folder that the thinning rules no longer keep.
 *
 * Returns: how many were removed
 */
guint
hearth_backup_thin (GFile       *folder,
                    const char  *scheme_name,
                    GDateTime   *now,
                    GError     **error)
{
  g_autoptr(GListStore) backups = hearth_backup_list (folder, scheme_name, error);
  g_autoptr(GPtrArray) taken = g_ptr_array_new ();
  g_autoptr(GPtrArray) remove = NULL;
  guint removed = 0;
  guint n;

  if (backups == NULL)
    return 0;

  n = g_list_model_get_n_items (G_LIST_MODEL (backups));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthBackup) backup = g_list_model_get_item (G_LIST_MODEL (backups), i);

      g_ptr_array_add (taken, hearth_backup_get_taken_at (backup));
    }

  remove = hearth_backup_choose_to_remove (taken, now);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthBackup) backup = g_list_model_get_item (G_LIST_MODEL (backups), i);

      if (g_ptr_array_find (remove, hearth_backup_get_taken_at (backup), NULL) &&
          g_file_delete (hearth_backup_get_file (backup), NULL, NULL))
        removed++;
    }

  return removed;
}

/**
 * hearth_scheme_thin_backups:
 *
 * Thins this scheme's backups as of now.
 *
 * Returns: how many were removed
 */
guint
hearth_scheme_thin_backups (HearthScheme  *self,
                            GError       **error)
{
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stem = NULL;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), 0);

  folder = hearth_scheme_get_backup_folder (self);
  stem = stem_of (hearth_scheme_get_file (self));
  return hearth_backup_thin (folder, stem, now, error);
}

/* Merges any write-ahead log into the file, so the file alone is the whole scheme; a damaged
 * file may refuse, and then its log is kept beside it when it is set aside. */
static void
checkpoint (const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  sqlite3 *db = NULL;

  if (sqlite3_open_v2 (uri != NULL ? uri : path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI,
                       NULL) == SQLITE_OK)
    sqlite3_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
  sqlite3_close (db);
}

static gboolean
has_content (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 && st.st_size > 0;
}

/* Keeps the current file under "NAME before restore DATE.hearth", as a second name for the
 * same file, so the scheme's own name is never empty; a drive without hard links gets a
 * copy. A log that could not be merged is kept beside it. */
static char *
set_current_aside (const char  *path,
                   GFile       *parent,
                   const char  *aside_stem,
                   GDateTime   *now,
                   GError     **error)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *aside = NULL;
  g_autofree char *aside_wal = NULL;

  aside = link_free_name (path, parent, aside_stem, now, FALSE);
  if (aside == NULL)
    {
      sqlite3 *from = NULL;
      g_autofree char *copy = g_strdup_printf ("%s.partial-%d", path, (int) getpid ());
      g_autoptr(GError) local_error = NULL;
      gboolean copied;

      sqlite3_open_v2 (path, &from, SQLITE_OPEN_READONLY, NULL);
      copied = copy_database (from, copy, &local_error);
      sqlite3_close (from);
      if (copied)
        aside = link_free_name (copy, parent, aside_stem, now, TRUE);
      g_unlink (copy);
      if (aside == NULL)
        {
          g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY,
                       _("The current scheme file could not be kept aside, so nothing was "
                         "restored: %s."),
                       local_error != NULL ? local_error->message : g_strerror (errno));
          return NULL;
        }
    }

  aside_wal = g_strconcat (aside, "-wal", NULL);
  if (has_content (wal) && link (wal, aside_wal) != 0)
    {
      int saved = errno;

      g_unlink (aside);
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY,
                   _("The current scheme’s log could not be kept aside, so nothing was "
                     "restored: %s."), g_strerror (saved));
      return NULL;
    }

  return g_steal_pointer (&aside);
}

static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf sa, sb;

  return g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0 &&
         sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* The restored copy, written and checked beside the scheme before it takes the name. */
static char *
write_restored_copy (const char  *backup_path,
                     const char  *path,
                     GError     **error)
{
  g_autofree char *copy = g_strdup_printf ("%s.restoring-%d", path, (int) getpid ());
  g_autoptr(GFile) file = g_file_new_for_path (copy);
  sqlite3 *from = NULL;
  gboolean ok;

  sqlite3_open_v2 (backup_path, &from, SQLITE_OPEN_READONLY, NULL);
  ok = copy_database (from, copy, error);
  sqlite3_close (from);

  if (ok && !hearth_backup_verify (file, error))
    {
      g_unlink (copy);
      ok = FALSE;
    }

  return ok ? g_steal_pointer (&copy) : NULL;
}

static gboolean restore (GFile         *backup,
                         GFile         *scheme_file,
                         GCancellable  *cancellable,
                         GFile        **set_aside,
                         GError       **error);

/**
 * hearth_backup_restore:
 * @backup: a backup, checked before anything happens
 * @scheme_file: the scheme to restore; it must be closed
 * @set_aside: (out) (optional) (transfer full): where the current file was kept
 *
 * Checks the backup as opening a scheme would, writes and checks a copy of it beside the
 * scheme, keeps the current file under a new name, and only then renames the copy over the
 * scheme. At every moment the scheme's name holds either the old file or the restored one:
 * a restore that is killed, or runs out of disk, leaves the old one. Nothing is overwritten.
 */
gboolean
hearth_backup_restore (GFile   *backup,
                       GFile   *scheme_file,
                       GFile  **set_aside,
                       GError **error)
{
  g_return_val_if_fail (G_IS_FILE (backup) && G_IS_FILE (scheme_file), FALSE);

  return restore (backup, scheme_file, NULL, set_aside, error);
}

/* Until the current file is set aside, a cancelled restore changes nothing. */
static gboolean
restore (GFile         *backup,
         GFile         *scheme_file,
         GCancellable  *cancellable,
         GFile        **set_aside,
         GError       **error)
{
  g_autofree char *path = g_file_get_path (scheme_file);
  g_autofree char *backup_path = g_file_get_path (backup);
  g_autofree char *base = g_file_get_basename (scheme_file);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GFile) parent = g_file_get_parent (scheme_file);
  g_autofree char *stem = stem_of (scheme_file);
  g_autofree char *aside_stem = g_strdup_printf (_("%s before restore"), stem);
  g_autofree char *wal = NULL;
  g_autofree char *shm = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *aside = NULL;
  GStatBuf st;
  gboolean exists;

  if (path == NULL || backup_path == NULL)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_IO,
                   _("Hearth restores scheme files on this computer only."));
      return FALSE;
    }

  exists = g_lstat (path, &st) == 0;
  if (exists && !S_ISREG (st.st_mode) && !S_ISLNK (st.st_mode))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_HEARTH,
                   _("“%s” is not a scheme file but a folder, a device or a pipe. Nothing was "
                     "restored."), base);
      return FALSE;
    }

  if (exists && same_file (path, backup_path))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("“%s” is the scheme itself, not a backup of it. Choose one of its backups. "
                     "Nothing was restored."), base);
      return FALSE;
    }

  if (!hearth_backup_verify (backup, error) ||
      g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  hearth_backup_remove_leftovers (parent, base);

  if ((copy = write_restored_copy (backup_path, path, error)) == NULL)
    return FALSE;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_unlink (copy);
      return FALSE;
    }

  wal = g_strconcat (path, "-wal", NULL);
  shm = g_strconcat (path, "-shm", NULL);
  if (exists)
    {
      checkpoint (path);
      if ((aside = set_current_aside (path, parent, aside_stem, now, error)) == NULL)
        {
          g_unlink (copy);
          return FALSE;
        }
    }

  if (g_rename (copy, path) != 0)
    {
      int saved = errno;

      g_unlink (copy);
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY,
                   _("The backup could not take the scheme’s name, so the scheme is as it was: "
                     "%s."), g_strerror (saved));
      return FALSE;
    }

  /* The old file's log and shared memory must never be read with the restored file. */
  g_unlink (wal);
  g_unlink (shm);
  sync_folder (path);

  if (set_aside != NULL && aside != NULL)
    *set_aside = g_file_new_for_path (aside);
  return TRUE;
}

typedef struct
{
  GFile *backup;
  GFile *scheme_file;
} RestoreJob;

static void
restore_job_free (RestoreJob *job)
{
  g_clear_object (&job->backup);
  g_clear_object (&job->scheme_file);
  g_free (job);
}

static void
restore_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  RestoreJob *job = task_data;
  GFile *aside = NULL;
  GError *error = NULL;

  if (!restore (job->backup, job->scheme_file, cancellable, &aside, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  /* Restored, without a file set aside when there was none to keep. */
  g_task_return_pointer (task, aside != NULL ? aside : g_object_ref (job->scheme_file),
                         g_object_unref);
}

/**
 * hearth_backup_restore_async:
 *
 * Restores @backup over @scheme_file as hearth_backup_restore() does, in a worker thread.
 * Cancelling stops it until the current file is set aside; after that it finishes.
 */
void
hearth_backup_restore_async (GFile               *backup,
                             GFile               *scheme_file,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  RestoreJob *job;

  g_return_if_fail (G_IS_FILE (backup) && G_IS_FILE (scheme_file));

  job = g_new0 (RestoreJob, 1);
  job->backup = g_object_ref (backup);
  job->scheme_file = g_object_ref (scheme_file);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, hearth_backup_restore_async);
  g_task_set_task_data (task, job, (GDestroyNotify) restore_job_free);
  /* Once the backup has taken the scheme's name, the restore has happened: say so. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, restore_thread);
}

/**
 * hearth_backup_restore_finish:
 * @set_aside: (out) (optional) (transfer full): where the current file was kept, if it was
 */
gboolean
hearth_backup_restore_finish (GAsyncResult  *result,
                              GFile        **set_aside,
                              GError       **error)
{
  g_autoptr(GFile) file = NULL;
  RestoreJob *job;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  job = g_task_get_task_data (G_TASK (result));
  if ((file = g_task_propagate_pointer (G_TASK (result), error)) == NULL)
    return FALSE;

  if (set_aside != NULL && !g_file_equal (file, job->scheme_file))
    *set_aside = g_steal_pointer (&file);
  return TRUE;
}

/* Runs @erase on a private copy of @path, compacts it so no freed page keeps a word, checks
 * it, and only then renames it over @path: a backup is always whole. */
static gboolean
scrub_one (const char          *path,
           HearthBackupEraser   erase,
           gpointer             data,
           GError             **error)
{
  g_autofree char *copy = g_strdup_printf ("%s.partial-%d", path, (int) getpid ());
  g_autoptr(GFile) copy_file = g_file_new_for_path (copy);
  sqlite3 *from = NULL;
  sqlite3 *db = NULL;
  gboolean ok;

  sqlite3_open_v2 (path, &from, SQLITE_OPEN_READONLY, NULL);
  ok = copy_database (from, copy, error);
  sqlite3_close (from);
  if (!ok)
    return FALSE;

  ok = sqlite3_open_v2 (copy, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK &&
       sqlite3_exec (db, "PRAGMA secure_delete = ON", NULL, NULL, NULL) == SQLITE_OK &&
       erase (db, data, error) &&
       sqlite3_exec (db, "VACUUM", NULL, NULL, NULL) == SQLITE_OK;
  if (!ok && error != NULL && *error == NULL)
    g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_FAILED, "%s", sqlite3_errmsg (db));
  sqlite3_close (db);

  if (ok)
    ok = hearth_backup_verify (copy_file, error) && g_rename (copy, path) == 0;

  if (!ok)
    g_unlink (copy);
  else
    sync_folder (path);
  return ok;
}

static void
scrub_listed (GFile              *folder,
              const char         *stem,
              HearthBackupEraser  erase,
              gpointer            data,
              guint              *cleaned,
              GPtrArray          *dropped)
{
  g_autoptr(GListStore) files = hearth_backup_list (folder, stem, NULL);
  guint n = files != NULL ? g_list_model_get_n_items (G_LIST_MODEL (files)) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthBackup) backup = g_list_model_get_item (G_LIST_MODEL (files), i);
      g_autofree char *path = g_file_get_path (hearth_backup_get_file (backup));
      g_autoptr(GError) error = NULL;

      if (scrub_one (path, erase, data, &error))
        {
          (*cleaned)++;
          continue;
        }

      /* A backup that cannot be cleaned must not keep what was erased. */
      g_debug ("%s could not be cleaned (%s): removed", path, error->message);
      if (g_unlink (path) == 0)
        g_ptr_array_add (dropped, g_file_get_basename (hearth_backup_get_file (backup)));
    }
}

/**
 * hearth_scheme_erase_from_backups:
 * @erase: removes the record from an open copy, in the scheme's own words
 * @cleaned: (out): how many backups were cleaned
 * @dropped: (out) (transfer full): the names of backups that could not be cleaned, and so
 *   were removed
 *
 * After an erasure, takes the record out of every file Hearth keeps of the scheme: its
 * backups (in the folder its settings name and beside it), the copies kept before a
 * restore, and what interrupted backups left. Each is rewritten through the same erase and
 * checked, or removed when it cannot be.
 */
void
hearth_scheme_erase_from_backups (HearthScheme        *self,
                                  HearthBackupEraser   erase,
                                  gpointer             data,
                                  guint               *cleaned,
                                  GPtrArray          **dropped)
{
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) beside = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *aside_stem = NULL;

  g_return_if_fail (HEARTH_IS_SCHEME (self));
  g_return_if_fail (cleaned != NULL && dropped != NULL);

  *cleaned = 0;
  *dropped = g_ptr_array_new_with_free_func (g_free);
  chosen = hearth_scheme_get_backup_folder (self);
  beside = hearth_backup_folder_for (hearth_scheme_get_file (self));
  parent = g_file_get_parent (hearth_scheme_get_file (self));
  stem = stem_of (hearth_scheme_get_file (self));
  aside_stem = g_strdup_printf (_("%s before restore"), stem);

  hearth_backup_remove_leftovers (chosen, stem);
  scrub_listed (chosen, stem, erase, data, cleaned, *dropped);
  if (!g_file_equal (chosen, beside))
    {
      hearth_backup_remove_leftovers (beside, stem);
      scrub_listed (beside, stem, erase, data, cleaned, *dropped);
    }

  hearth_backup_remove_leftovers (parent, stem);
  scrub_listed (parent, aside_stem, erase, data, cleaned, *dropped);
}
