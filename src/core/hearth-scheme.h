/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-scheme.h: one Shared Lives scheme, kept in one SQLite file (NAME.hearth). */

#pragma once

#include <gio/gio.h>

#include "hearth-record.h"
#include "hearth-scheme-details.h"

G_BEGIN_DECLS

/* "HRTH": PRAGMA application_id, at byte 68 of the file's header. */
#define HEARTH_APPLICATION_ID 0x48525448
/* PRAGMA user_version: the schema version this Hearth writes. */
#define HEARTH_SCHEMA_VERSION 7
/* The first version whose audit trail carries a hash chain. */
#define HEARTH_AUDIT_CHAIN_VERSION 6

#define HEARTH_TYPE_SCHEME (hearth_scheme_get_type ())

G_DECLARE_FINAL_TYPE (HearthScheme, hearth_scheme, HEARTH, SCHEME, GObject)

HearthScheme       *hearth_scheme_open          (GFile         *file,
                                                 GCancellable  *cancellable,
                                                 GError       **error);
HearthScheme       *hearth_scheme_create        (GFile         *file,
                                                 const char    *name,
                                                 GCancellable  *cancellable,
                                                 GError       **error);
void                hearth_scheme_open_async    (GFile               *file,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
HearthScheme       *hearth_scheme_open_finish   (GAsyncResult  *result,
                                                 GError       **error);
void                hearth_scheme_create_async  (GFile               *file,
                                                 const char          *name,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
HearthScheme       *hearth_scheme_create_finish (GAsyncResult  *result,
                                                 GError       **error);
HearthScheme       *hearth_scheme_open_reader   (HearthScheme  *self,
                                                 GError       **error);
GFile              *hearth_scheme_get_file      (HearthScheme  *self);
const char         *hearth_scheme_get_name      (HearthScheme  *self);
gboolean            hearth_scheme_get_read_only (HearthScheme  *self);
const char         *hearth_scheme_get_user      (HearthScheme  *self);
void                hearth_scheme_set_user      (HearthScheme  *self,
                                                 const char    *user);
int                 hearth_scheme_get_schema_version (HearthScheme *self);
HearthSchemeDetails *hearth_scheme_get_details  (HearthScheme  *self);
void                hearth_scheme_close         (HearthScheme  *self);
const char         *hearth_scheme_get_other_writer (HearthScheme *self);
char               *hearth_scheme_dup_journal_mode (HearthScheme *self);
char               *hearth_scheme_dup_take_over_warning (HearthScheme *self);
gboolean            hearth_scheme_take_over     (HearthScheme  *self,
                                                 GError       **error);

HearthRecord       *hearth_scheme_load          (HearthScheme  *self,
                                                 GType          type,
                                                 gint64         id,
                                                 GError       **error);
GPtrArray          *hearth_scheme_load_all      (HearthScheme  *self,
                                                 GType          type,
                                                 GError       **error);
GPtrArray          *hearth_scheme_load_related  (HearthScheme  *self,
                                                 GType          type,
                                                 const char    *property,
                                                 gint64         id,
                                                 GError       **error);
gboolean            hearth_scheme_insert        (HearthScheme  *self,
                                                 HearthRecord  *record,
                                                 GError       **error);
gboolean            hearth_scheme_update        (HearthScheme  *self,
                                                 HearthRecord  *record,
                                                 GError       **error);
gboolean            hearth_scheme_archive       (HearthScheme  *self,
                                                 HearthRecord  *record,
                                                 const char    *reason,
                                                 GError       **error);
gboolean            hearth_scheme_restore       (HearthScheme  *self,
                                                 HearthRecord  *record,
                                                 GError       **error);

GArray             *hearth_scheme_search        (HearthScheme  *self,
                                                 GType          type,
                                                 const char    *text,
                                                 GError       **error);
GArray             *hearth_scheme_search_unranked (HearthScheme *self,
                                                 GType          type,
                                                 const char    *text,
                                                 GError       **error);
gboolean            hearth_scheme_integrity_check (HearthScheme *self,
                                                 GPtrArray    **problems,
                                                 GError       **error);

gboolean            hearth_scheme_check_audit_chain (HearthScheme  *self,
                                                     gint64        *broken_at,
                                                     GError       **error);
void                hearth_scheme_check_audit_chain_async  (HearthScheme        *self,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
gboolean            hearth_scheme_check_audit_chain_finish (HearthScheme        *self,
                                                            GAsyncResult        *result,
                                                            gint64              *broken_at,
                                                            GError             **error);

G_END_DECLS
