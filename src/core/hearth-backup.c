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
#include <string.h>
#include <unistd.h>

#include "hearth-backup.h"
#include "hearth-error.h"
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

/**
 * hearth_backup_find_newest_good:
 *
 * For a scheme that will not open: the newest backup in its default folder that passes
 * its check.
 *
 * Returns: (transfer full) (nullable): that backup, or %NULL when there is none
 */
HearthBackup *
hearth_backup_find_newest_good (GFile *scheme_file)
{
  g_autoptr(GFile) folder = hearth_backup_folder_for (scheme_file);
  g_autofree char *stem = stem_of (scheme_file);
  g_autoptr(GListStore) backups = hearth_backup_list (folder, stem, NULL);
  guint n = backups != NULL ? g_list_model_get_n_items (G_LIST_MODEL (backups)) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthBackup) backup = g_list_model_get_item (G_LIST_MODEL (backups), i);

      if (hearth_backup_verify (hearth_backup_get_file (backup), NULL))
        return g_steal_pointer (&backup);
    }

  return NULL;
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

/**
 * hearth_backup_verify:
 *
 * Checks that @file is a whole, readable scheme: SQLite's integrity check finds nothing.
 */
gboolean
hearth_backup_verify (GFile   *file,
                      GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = g_file_get_basename (file);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
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

static char *
free_path (GFile      *folder,
           const char *stem,
           GDateTime  *when)
{
  g_autofree char *stamp = g_date_time_format (when, STAMP_FORMAT);

  for (guint n = 1; ; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup_printf ("%s %s.hearth", stem, stamp)
                                     : g_strdup_printf ("%s %s (%u).hearth", stem, stamp, n);
      g_autoptr(GFile) child = g_file_get_child (folder, name);
      g_autofree char *path = g_file_get_path (child);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&path);
    }
}

/* Copies @from into @folder as a backup named after @stem and now, checks the copy, and only
 * then gives it its name: a backup that is listed is a backup that passed. */
static HearthBackup *
back_up_into (sqlite3     *from,
              GFile       *folder,
              const char  *stem,
              GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GFile) file = NULL;
  g_autofree char *folder_path = g_file_get_path (folder);
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

  path = free_path (folder, stem, now);
  partial = g_strconcat (path, ".partial", NULL);

  if (!copy_database (from, partial, error))
    return NULL;

  file = g_file_new_for_path (partial);
  if (!hearth_backup_verify (file, error) || g_rename (partial, path) != 0)
    {
      g_unlink (partial);
      if (error != NULL && *error == NULL)
        g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_IO, _("The backup could not be named."));
      return NULL;
    }

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
  return back_up_into (_hearth_scheme_get_db (self), folder, stem, error);
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
      backup = back_up_into (from, job->folder, job->stem, &error);
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
 * Backs the scheme up, checks the copy and thins older backups, in a worker thread.
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

/* Merges any write-ahead log into the file, so the file alone is the whole scheme. */
static void
checkpoint (const char *path)
{
  sqlite3 *db = NULL;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK)
    sqlite3_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
  sqlite3_close (db);
}

/**
 * hearth_backup_restore:
 * @backup: a backup, checked before anything happens
 * @scheme_file: the scheme to restore; it must be closed
 * @set_aside: (out) (optional) (transfer full): where the current file was put
 *
 * Sets the current scheme file aside under a new name beside it, then puts a copy of the
 * backup in its place. Nothing is overwritten.
 */
gboolean
hearth_backup_restore (GFile   *backup,
                       GFile   *scheme_file,
                       GFile  **set_aside,
                       GError **error)
{
  g_autofree char *path = g_file_get_path (scheme_file);
  g_autofree char *backup_path = g_file_get_path (backup);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GFile) parent = g_file_get_parent (scheme_file);
  g_autofree char *stem = stem_of (scheme_file);
  g_autofree char *aside_stem = g_strdup_printf (_("%s before restore"), stem);
  g_autofree char *aside = free_path (parent, aside_stem, now);
  sqlite3 *from = NULL;
  gboolean ok;

  g_return_val_if_fail (G_IS_FILE (backup) && G_IS_FILE (scheme_file), FALSE);

  if (!hearth_backup_verify (backup, error))
    return FALSE;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      checkpoint (path);
      if (g_rename (path, aside) != 0)
        {
          int saved = errno;

          g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY,
                       _("The current scheme file could not be set aside: %s."),
                       g_strerror (saved));
          return FALSE;
        }
      if (set_aside != NULL)
        *set_aside = g_file_new_for_path (aside);
    }

  sqlite3_open_v2 (backup_path, &from, SQLITE_OPEN_READONLY, NULL);
  ok = copy_database (from, path, error);
  sqlite3_close (from);
  return ok;
}
