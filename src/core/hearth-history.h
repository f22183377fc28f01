/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-history.h: reading the audit trail back: the whole scheme's or one record's
 * changes, newest first, filtered, in words a coordinator can follow. */

#pragma once

#include "hearth-scheme.h"

G_BEGIN_DECLS

/**
 * HearthHistoryFilter:
 * @kind: (nullable): only records of this kind ("person", "carer", "trial", ...)
 * @record_id: with @kind, only that record and the records that belong to it (a person's
 *   pen portrait, a carer's checks, training, household and stages, a trial's stages, a
 *   review's outcomes and actions); 0 for every record of @kind
 * @who: (nullable): only changes by someone whose name contains this
 * @action: (nullable): only this action ("insert", "update", "archive", ...)
 * @from: (nullable): only changes on or after this date (YYYY-MM-DD)
 * @to: (nullable): only changes on or before this date
 * @text: (nullable): only changes whose fields or values contain this
 */
typedef struct
{
  const char *kind;
  gint64      record_id;
  const char *who;
  const char *action;
  const char *from;
  const char *to;
  const char *text;
} HearthHistoryFilter;

typedef struct
{
  gint64  id;
  char   *at;       /* YYYY-MM-DDTHH:MM:SSZ */
  char   *who;
  char   *action;
  char   *kind;
  gint64  record_id;
  char   *title;    /* whom it is about, or NULL when that record is gone */
  char   *fields;   /* the changed columns, comma-separated */
} HearthHistoryItem;

typedef struct
{
  char *field;      /* the column, as stored */
  char *label;      /* what the editor calls the field */
  char *before;     /* NULL for a new record or an empty value */
  char *after;
} HearthHistoryChange;

void        hearth_history_item_free        (HearthHistoryItem   *item);
void        hearth_history_change_free      (HearthHistoryChange *change);

GPtrArray  *hearth_scheme_list_history      (HearthScheme              *self,
                                             const HearthHistoryFilter *filter,
                                             guint                      limit,
                                             GError                   **error);
GPtrArray  *hearth_scheme_list_changes      (HearthScheme              *self,
                                             gint64                     audit_id,
                                             GError                   **error);
GStrv       hearth_scheme_list_history_who  (HearthScheme              *self,
                                             GError                   **error);
void        hearth_scheme_list_history_who_async  (HearthScheme        *self,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
GStrv       hearth_scheme_list_history_who_finish (HearthScheme        *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

const char *hearth_history_kind_label       (const char                *kind);
const char *hearth_history_action_label     (const char                *action);
char       *hearth_history_field_label      (const char                *kind,
                                             const char                *column);
char       *hearth_history_item_dup_summary (const HearthHistoryItem   *item);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthHistoryItem, hearth_history_item_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthHistoryChange, hearth_history_change_free)

G_END_DECLS
