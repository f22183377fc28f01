/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-backup.h: verified backups of a scheme file, thinned over time, and restoring one
 * without ever overwriting anything. */

#pragma once

#include <gio/gio.h>

#include "hearth-scheme.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_BACKUP (hearth_backup_get_type ())

G_DECLARE_FINAL_TYPE (HearthBackup, hearth_backup, HEARTH, BACKUP, GObject)

/* Erases one record from an open copy of a scheme (struct sqlite3 *), in one transaction. */
typedef gboolean (*HearthBackupEraser) (gpointer   db,
                                        gpointer   data,
                                        GError   **error);

GFile        *hearth_backup_get_file        (HearthBackup  *self);
GDateTime    *hearth_backup_get_taken_at    (HearthBackup  *self);
goffset       hearth_backup_get_size        (HearthBackup  *self);

GFile        *hearth_scheme_get_backup_folder (HearthScheme *self);
HearthBackup *hearth_scheme_back_up         (HearthScheme  *self,
                                             GCancellable  *cancellable,
                                             GError       **error);
void          hearth_scheme_back_up_async   (HearthScheme        *self,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
HearthBackup *hearth_scheme_back_up_finish  (HearthScheme  *self,
                                             GAsyncResult  *result,
                                             GError       **error);
guint         hearth_scheme_thin_backups    (HearthScheme  *self,
                                             GError       **error);
GListStore   *hearth_backup_list            (GFile         *folder,
                                             const char    *scheme_name,
                                             GError       **error);
GPtrArray    *hearth_backup_choose_to_remove (GPtrArray    *taken_at,
                                             GDateTime     *now);
guint         hearth_backup_thin            (GFile         *folder,
                                             const char    *scheme_name,
                                             GDateTime     *now,
                                             GError       **error);
gboolean      hearth_backup_restore         (GFile         *backup,
                                             GFile         *scheme_file,
                                             GFile        **set_aside,
                                             GError       **error);
void          hearth_backup_restore_async   (GFile               *backup,
                                             GFile               *scheme_file,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean      hearth_backup_restore_finish  (GAsyncResult  *result,
                                             GFile        **set_aside,
                                             GError       **error);
gboolean      hearth_backup_verify          (GFile         *file,
                                             GError       **error);
GFile        *hearth_backup_folder_for      (GFile         *scheme_file);
HearthBackup *hearth_backup_find_newest_good (GFile        *scheme_file);
void          hearth_backup_find_newest_good_async (GFile               *scheme_file,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
HearthBackup *hearth_backup_find_newest_good_finish (GAsyncResult  *result,
                                                     GError       **error);
void          hearth_scheme_erase_from_backups (HearthScheme       *self,
                                             HearthBackupEraser  erase,
                                             gpointer            data,
                                             guint              *cleaned,
                                             GPtrArray         **dropped);
guint         hearth_backup_remove_leftovers (GFile        *folder,
                                             const char   *prefix);

G_END_DECLS
