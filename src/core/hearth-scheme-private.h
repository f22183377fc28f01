/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-scheme-private.h: what the core's workflows share with the store, and nobody else. */

#pragma once

#include <sqlite3.h>

#include "hearth-scheme.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

typedef void (*HearthOpenStepHook) (const char   *step,
                                    GCancellable *cancellable);

void          _hearth_scheme_set_open_step_hook (HearthOpenStepHook hook);

sqlite3      *_hearth_scheme_get_db         (HearthScheme  *self);
gboolean      _hearth_scheme_get_checked_in_full (HearthScheme *self);
void          _hearth_scheme_run_on_reader  (HearthScheme    *self,
                                             GTask           *task,
                                             GTaskThreadFunc  thread);
sqlite3_stmt *_hearth_scheme_prepare        (HearthScheme  *self,
                                             const char    *sql,
                                             GError       **error);
gboolean      _hearth_scheme_exec           (HearthScheme  *self,
                                             const char    *sql,
                                             GError       **error);
gboolean      _hearth_scheme_step_done      (HearthScheme  *self,
                                             sqlite3_stmt  *stmt,
                                             GError       **error);
void          _hearth_scheme_set_error      (HearthScheme  *self,
                                             GError       **error,
                                             int            rc);
gboolean      _hearth_scheme_begin          (HearthScheme  *self,
                                             GError       **error);
gboolean      _hearth_scheme_commit         (HearthScheme  *self,
                                             GError       **error);
void          _hearth_scheme_rollback       (HearthScheme  *self);
gboolean      _hearth_scheme_insert         (HearthScheme  *self,
                                             HearthRecord  *record,
                                             GError       **error);
gboolean      _hearth_scheme_update         (HearthScheme  *self,
                                             HearthRecord  *record,
                                             gboolean       workflow,
                                             GError       **error);
gboolean      _hearth_scheme_audit          (HearthScheme  *self,
                                             const char    *action,
                                             const char    *record_type,
                                             gint64         record_id,
                                             const char    *changes_json,
                                             GError       **error);
GPtrArray    *_hearth_scheme_load_where     (HearthScheme  *self,
                                             GType          type,
                                             const char    *where,
                                             gint64         param,
                                             GError       **error);
gint64        _hearth_scheme_query_int      (HearthScheme  *self,
                                             const char    *sql,
                                             gint64         param,
                                             GError       **error);
void          _hearth_scheme_set_bulk       (HearthScheme  *self,
                                             gboolean       bulk);
void          _hearth_scheme_emit_erased    (HearthScheme  *self,
                                             HearthRecord  *record);
void          _hearth_scheme_queue_changed  (HearthScheme  *self,
                                             HearthRecord  *record);
void          _hearth_json_append_string    (GString       *json,
                                             const char    *value);
void          _hearth_json_append_column    (GString       *json,
                                             HearthRecord  *record,
                                             GParamSpec    *pspec);

G_END_DECLS
