/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-scheme.c: opening, creating and migrating a scheme file, and the store every record
 * goes through: load, insert, update and archive, each with its audit row in the same
 * transaction.
 */

#define G_LOG_DOMAIN "hearth-scheme"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "hearth-audit-chain.h"
#include "hearth-backup.h"
#include "hearth-checked-files.h"
#include "hearth-date.h"
#include "hearth-error.h"
#include "hearth-record-private.h"
#include "hearth-scheme-file.h"
#include "hearth-scheme-private.h"
#include "hearth-text.h"
#include "hearth-writer-lock.h"

struct _HearthScheme
{
  GObject              parent_instance;

  GFile               *file;
  char                *path;
  char                *create_name;
  char                *user;
  char                *token;        /* ours, in the writer lock */
  char                *other_writer; /* who has the scheme open, when we only read it */
  char                *read_only_reason;
  char                *private_copy; /* a folder holding what a read-only drive had */
  sqlite3             *db;
  HearthSchemeDetails *details;
  GPtrArray           *pending;      /* PendingSignal, emitted when the outermost commit lands */
  guint                depth;        /* transaction nesting */
  int                  schema_version;
  guint                read_only : 1;
  guint                chained : 1;   /* the audit trail has its hash chain (version 6 on) */
  guint                bulk : 1;      /* a bulk load: no signals, nobody is listening */
  guint                written : 1;   /* opening has begun to change the file */
  guint                had_log : 1;   /* a write-ahead log with something in it, at opening */
  guint                known_whole : 1; /* just as Hearth left it at a clean close */
  guint                saw_damage : 1;  /* SQLite found the file damaged while it was open */
};

typedef struct
{
  guint         signal_id;
  HearthRecord *record;
} PendingSignal;

static void hearth_scheme_initable_iface_init (GInitableIface *iface);
static void hearth_scheme_async_initable_iface_init (GAsyncInitableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HearthScheme, hearth_scheme, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_INITABLE,
                                                      hearth_scheme_initable_iface_init)
                               G_IMPLEMENT_INTERFACE (G_TYPE_ASYNC_INITABLE,
                                                      hearth_scheme_async_initable_iface_init))

enum {
  PROP_0,
  PROP_FILE,
  PROP_CREATE_NAME,
  PROP_NAME,
  PROP_READ_ONLY,
  N_PROPS
};

enum {
  RECORD_ADDED,
  RECORD_CHANGED,
  RECORD_ERASED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];
static HearthOpenStepHook open_step_hook;

/* Each migration is applied in its own transaction, in order. */
static const char * const migrations[] = {
  "/io/github/hearthapp/Hearth/core/migrations/0001-initial.sql",
  "/io/github/hearthapp/Hearth/core/migrations/0002-writer.sql",
  "/io/github/hearthapp/Hearth/core/migrations/0003-erasure.sql",
  "/io/github/hearthapp/Hearth/core/migrations/0004-stage-targets.sql",
  "/io/github/hearthapp/Hearth/core/migrations/0005-matching.sql",
  "/io/github/hearthapp/Hearth/core/migrations/0006-audit-chain.sql",
  "/io/github/hearthapp/Hearth/core/migrations/0007-writer-started.sql",
};
G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == HEARTH_SCHEMA_VERSION);

static void
pending_signal_free (gpointer data)
{
  PendingSignal *ps = data;

  g_clear_object (&ps->record);
  g_free (ps);
}

static char *
display_name (HearthScheme *self)
{
  return g_file_get_basename (self->file);
}

void
_hearth_scheme_set_error (HearthScheme  *self,
                          GError       **error,
                          int            rc)
{
  const char *detail = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_DISK_FULL,
                   _("The disk is full, so the change was not saved. Free some space and try again."));
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY,
                   _("The scheme file cannot be written here, so the change was not saved. "
                     "Check that the drive is connected and the folder can be written to."));
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      self->saw_damage = TRUE;
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_DAMAGED,
                   _("The scheme file is damaged (%s). It has been left as it is; "
                     "open your newest backup instead."), detail);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_BUSY,
                   _("Another program is using the scheme file. Try again in a moment."));
      break;
    case SQLITE_IOERR:
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_IO,
                   _("The scheme file could not be read or written (%s). "
                     "Check that the drive is still connected."), detail);
      break;
    case SQLITE_CONSTRAINT:
      /* The core checks every rule first; this is the schema's last line of defence. */
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("The change breaks one of the scheme's rules: %s"), detail);
      break;
    default:
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_FAILED,
                   _("The scheme file could not be used: %s"), detail);
      break;
    }
}

sqlite3 *
_hearth_scheme_get_db (HearthScheme *self)
{
  return self->db;
}

/* Runs @thread in a worker with a reader of @self as the task's data, so that the worker
 * reads while the window goes on using the scheme; a reader that cannot be opened ends
 * @task with why. @task is consumed. */
void
_hearth_scheme_run_on_reader (HearthScheme    *self,
                              GTask           *task,
                              GTaskThreadFunc  thread)
{
  GError *error = NULL;
  HearthScheme *reader = hearth_scheme_open_reader (self, &error);

  if (reader == NULL)
    g_task_return_error (task, error);
  else
    {
      g_task_set_task_data (task, reader, g_object_unref);
      g_task_run_in_thread (task, thread);
    }
  g_object_unref (task);
}

/* Whether opening read the whole file to check it, rather than knowing it from a clean close. */
gboolean
_hearth_scheme_get_checked_in_full (HearthScheme *self)
{
  return !self->known_whole;
}

sqlite3_stmt *
_hearth_scheme_prepare (HearthScheme  *self,
                        const char    *sql,
                        GError       **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_assert (self->db != NULL);

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _hearth_scheme_set_error (self, error, rc);
      return NULL;
    }

  return stmt;
}

gboolean
_hearth_scheme_exec (HearthScheme  *self,
                     const char    *sql,
                     GError       **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _hearth_scheme_set_error (self, error, rc);
      return FALSE;
    }

  return TRUE;
}

gboolean
_hearth_scheme_step_done (HearthScheme  *self,
                          sqlite3_stmt  *stmt,
                          GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      _hearth_scheme_set_error (self, error, rc);
      return FALSE;
    }

  return TRUE;
}

gint64
_hearth_scheme_query_int (HearthScheme  *self,
                          const char    *sql,
                          gint64         param,
                          GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_scheme_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return -1;

  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, param);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc == SQLITE_DONE)
    return 0;

  _hearth_scheme_set_error (self, error, rc);
  return -1;
}

/* Transactions nest: the outermost is BEGIN IMMEDIATE, so a writer never waits half-way
 * through a change; inner ones are savepoints that a failing step can undo on its own. */
gboolean
_hearth_scheme_begin (HearthScheme  *self,
                      GError       **error)
{
  g_autofree char *sql = NULL;

  if (self->read_only)
    {
      if (self->other_writer != NULL)
        g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY,
                     _("%s has this scheme open, so it is open read-only here and nothing "
                       "can be changed."), self->other_writer);
      else if (self->read_only_reason != NULL)
        g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY,
                     _("This scheme is open read-only, so nothing can be changed. %s"),
                     self->read_only_reason);
      else
        g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY,
                     _("This scheme is open read-only, so nothing can be changed."));
      return FALSE;
    }

  sql = self->depth == 0 ? g_strdup ("BEGIN IMMEDIATE")
                         : g_strdup_printf ("SAVEPOINT hearth_%u", self->depth);
  if (!_hearth_scheme_exec (self, sql, error))
    return FALSE;

  self->depth++;
  return TRUE;
}

static void
emit_pending (HearthScheme *self)
{
  g_autoptr(GPtrArray) pending = g_steal_pointer (&self->pending);

  self->pending = g_ptr_array_new_with_free_func (pending_signal_free);
  for (guint i = 0; i < pending->len; i++)
    {
      PendingSignal *ps = g_ptr_array_index (pending, i);

      g_signal_emit (self, ps->signal_id, 0, ps->record);
    }
}

gboolean
_hearth_scheme_commit (HearthScheme  *self,
                       GError       **error)
{
  g_autofree char *sql = NULL;

  g_assert (self->depth > 0);

  sql = self->depth == 1 ? g_strdup ("COMMIT")
                         : g_strdup_printf ("RELEASE hearth_%u", self->depth - 1);
  if (!_hearth_scheme_exec (self, sql, error))
    {
      _hearth_scheme_rollback (self);
      return FALSE;
    }

  self->depth--;
  if (self->depth == 0)
    emit_pending (self);

  return TRUE;
}

void
_hearth_scheme_rollback (HearthScheme *self)
{
  g_autofree char *sql = NULL;

  g_assert (self->depth > 0);

  if (self->depth == 1)
    {
      /* A failed COMMIT may already have ended the transaction. */
      if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      g_ptr_array_set_size (self->pending, 0);
    }
  else
    {
      sql = g_strdup_printf ("ROLLBACK TO hearth_%u; RELEASE hearth_%u",
                             self->depth - 1, self->depth - 1);
      sqlite3_exec (self->db, sql, NULL, NULL, NULL);
    }

  self->depth--;
}

static void
queue_signal (HearthScheme *self,
              guint         signal_id,
              HearthRecord *record)
{
  PendingSignal *ps;

  if (self->bulk)
    return;

  ps = g_new0 (PendingSignal, 1);
  ps->signal_id = signals[signal_id];
  ps->record = g_object_ref (record);
  g_ptr_array_add (self->pending, ps);
}

/* Announces @record as changed once the transaction commits. */
void
_hearth_scheme_queue_changed (HearthScheme *self,
                              HearthRecord *record)
{
  queue_signal (self, RECORD_CHANGED, record);
}

/* For writing many records at once (the demo scheme): no change signals are queued. */
void
_hearth_scheme_set_bulk (HearthScheme *self,
                         gboolean      bulk)
{
  self->bulk = !!bulk;
}

void
_hearth_scheme_emit_erased (HearthScheme *self,
                            HearthRecord *record)
{
  g_signal_emit (self, signals[RECORD_ERASED], 0, record);
}

void
_hearth_json_append_string (GString    *json,
                            const char *value)
{
  if (value == NULL)
    {
      g_string_append (json, "null");
      return;
    }

  g_string_append_c (json, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c == '"' || c == '\\')
        g_string_append_printf (json, "\\%c", c);
      else if (c == '\n')
        g_string_append (json, "\\n");
      else if (c == '\t')
        g_string_append (json, "\\t");
      else if (c == '\r')
        g_string_append (json, "\\r");
      else if (c < 0x20)
        g_string_append_printf (json, "\\u%04x", c);
      else
        g_string_append_c (json, (char) c);
    }
  g_string_append_c (json, '"');
}

/* A column of @record as a JSON value: its text, true or false, its number, or null. */
void
_hearth_json_append_column (GString      *json,
                            HearthRecord *record,
                            GParamSpec   *pspec)
{
  gint64 number;

  if (pspec->value_type == G_TYPE_STRING)
    {
      _hearth_json_append_string (json, hearth_record_peek_text (record, pspec));
      return;
    }

  number = hearth_record_peek_number (record, pspec);
  if (pspec->value_type == G_TYPE_BOOLEAN)
    g_string_append (json, number ? "true" : "false");
  else if ((hearth_record_column_flags (pspec) & HEARTH_COLUMN_NULL_IF_ZERO) && number == 0)
    g_string_append (json, "null");
  else
    g_string_append_printf (json, "%" G_GINT64_FORMAT, number);
}

gboolean
_hearth_scheme_audit (HearthScheme  *self,
                      const char    *action,
                      const char    *record_type,
                      gint64         record_id,
                      const char    *changes_json,
                      GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) last = NULL;
  g_autofree char *now = hearth_timestamp_now ();
  g_autofree char *hash = NULL;
  const char *changes = changes_json != NULL ? changes_json : "{}";
  gint64 id = 1;

  /* Chained to the entry before: its number follows, and its hash covers that entry's. */
  if (self->chained)
    {
      const char *previous = NULL;

      if (!(last = _hearth_scheme_prepare (self, "SELECT id, hash FROM audit ORDER BY id DESC"
                                                 " LIMIT 1", error)))
        return FALSE;
      if (sqlite3_step (last) == SQLITE_ROW)
        {
          id = sqlite3_column_int64 (last, 0) + 1;
          previous = (const char *) sqlite3_column_text (last, 1);
        }
      hash = _hearth_audit_hash (previous, id, now, self->user, action, record_type, record_id,
                                 changes);
    }

  stmt = _hearth_scheme_prepare (self,
                                 self->chained
                                 ? "INSERT INTO audit (at, who, action, record_type, record_id,"
                                   " changes, id, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                                 : "INSERT INTO audit (at, who, action, record_type, record_id,"
                                   " changes) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
  if (stmt == NULL)
    return FALSE;

  if (self->chained)
    {
      sqlite3_bind_int64 (stmt, 7, id);
      sqlite3_bind_text (stmt, 8, hash, -1, SQLITE_TRANSIENT);
    }

  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, self->user, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, action, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, record_type, -1, SQLITE_STATIC);
  if (record_id > 0)
    sqlite3_bind_int64 (stmt, 5, record_id);
  sqlite3_bind_text (stmt, 6, changes, -1, SQLITE_TRANSIENT);

  return _hearth_scheme_step_done (self, stmt, error);
}

static void
bind_column (sqlite3_stmt *stmt,
             int           index,
             HearthRecord *record,
             GParamSpec   *pspec)
{
  gint64 number;

  if (pspec->value_type == G_TYPE_STRING)
    {
      const char *s = hearth_record_peek_text (record, pspec);

      if (s == NULL)
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_text (stmt, index, s, -1, SQLITE_TRANSIENT);
      return;
    }

  number = hearth_record_peek_number (record, pspec);
  if ((hearth_record_column_flags (pspec) & HEARTH_COLUMN_NULL_IF_ZERO) && number == 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, number);
}

static void
read_column (sqlite3_stmt *stmt,
             int           index,
             HearthRecord *record,
             GParamSpec   *pspec)
{
  if (pspec->value_type == G_TYPE_STRING)
    _hearth_record_load_text (record, pspec, (const char *) sqlite3_column_text (stmt, index));
  else
    _hearth_record_load_number (record, pspec, sqlite3_column_int64 (stmt, index));
}

static char *
select_sql (HearthRecordClass *klass)
{
  GString *sql = g_string_new ("SELECT ");

  for (guint i = 0; i < klass->columns->len; i++)
    g_string_append_printf (sql, "%s%s", i > 0 ? ", " : "",
                            hearth_record_column_name (g_ptr_array_index (klass->columns, i)));
  g_string_append_printf (sql, " FROM %s", klass->table);

  return g_string_free (sql, FALSE);
}

/* Loads the rows of @type matching @where (which may use one parameter, ?1). */
GPtrArray *
_hearth_scheme_load_where (HearthScheme  *self,
                           GType          type,
                           const char    *where,
                           gint64         param,
                           GError       **error)
{
  g_autoptr(HearthRecordClass) klass = g_type_class_ref (type);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *base = select_sql (klass);
  g_autofree char *sql = g_strdup_printf ("%s %s", base, where != NULL ? where : "ORDER BY id");
  int rc;

  if ((stmt = _hearth_scheme_prepare (self, sql, error)) == NULL)
    return NULL;

  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, param);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HearthRecord *record = g_object_new (type, NULL);

      for (guint i = 0; i < klass->columns->len; i++)
        read_column (stmt, (int) i, record, g_ptr_array_index (klass->columns, i));
      g_ptr_array_add (records, record);
    }

  if (rc != SQLITE_DONE)
    {
      _hearth_scheme_set_error (self, error, rc);
      return NULL;
    }

  return g_steal_pointer (&records);
}

/**
 * hearth_scheme_load:
 *
 * Returns: (transfer full): the record of @type with @id, or %NULL with
 *   %HEARTH_ERROR_NOT_FOUND
 */
HearthRecord *
hearth_scheme_load (HearthScheme  *self,
                    GType          type,
                    gint64         id,
                    GError       **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, HEARTH_TYPE_RECORD), NULL);

  if (!(rows = _hearth_scheme_load_where (self, type, "WHERE id = ?1", id, error)))
    return NULL;

  if (rows->len == 0)
    {
      g_autoptr(HearthRecordClass) klass = g_type_class_ref (type);
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND,
                   _("There is no %s with number %s in this scheme."), klass->kind, number);
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (rows, 0));
}

/**
 * hearth_scheme_load_all:
 *
 * Returns: (transfer container) (element-type HearthRecord): every record of @type,
 *   archived ones too, in the order they were added
 */
GPtrArray *
hearth_scheme_load_all (HearthScheme  *self,
                        GType          type,
                        GError       **error)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, HEARTH_TYPE_RECORD), NULL);

  return _hearth_scheme_load_where (self, type, "ORDER BY id", 0, error);
}

/**
 * hearth_scheme_load_related:
 * @property: a link column of @type, such as "carer-id"
 *
 * Returns: (transfer container) (element-type HearthRecord): the records of @type whose
 *   @property is @id
 */
GPtrArray *
hearth_scheme_load_related (HearthScheme  *self,
                            GType          type,
                            const char    *property,
                            gint64         id,
                            GError       **error)
{
  g_autoptr(HearthRecordClass) klass = NULL;
  g_autofree char *where = NULL;
  GParamSpec *pspec;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, HEARTH_TYPE_RECORD), NULL);

  klass = g_type_class_ref (type);
  pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), property);
  g_return_val_if_fail (pspec != NULL && hearth_record_column_name (pspec) != NULL, NULL);

  where = g_strdup_printf ("WHERE %s = ?1 ORDER BY id", hearth_record_column_name (pspec));
  return _hearth_scheme_load_where (self, type, where, id, error);
}

static void
stamp (HearthScheme *self,
       HearthRecord *record,
       gboolean      creating)
{
  g_autofree char *now = NULL;

  if (!hearth_record_has_column (record, "updated-at"))
    return;

  now = hearth_timestamp_now ();
  if (creating)
    hearth_record_set_string (record, "created-at", now);
  hearth_record_set_string (record, "updated-at", now);
  hearth_record_set_string (record, "updated-by", self->user);
}

/* Inserts @record inside the current transaction and writes its audit row. */
gboolean
_hearth_scheme_insert (HearthScheme  *self,
                       HearthRecord  *record,
                       GError       **error)
{
  HearthRecordClass *klass = HEARTH_RECORD_GET_CLASS (record);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GString) values = g_string_new (NULL);
  g_autoptr(GString) json = g_string_new ("{");
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean first = TRUE;
  int n = 0;

  g_assert (self->depth > 0);

  if (!hearth_record_validate (record, error))
    return FALSE;

  stamp (self, record, TRUE);

  g_string_printf (sql, "INSERT INTO %s (", klass->table);
  for (guint i = 1; i < klass->columns->len; i++) /* every column but id */
    {
      GParamSpec *pspec = g_ptr_array_index (klass->columns, i);

      g_string_append_printf (sql, "%s%s", i > 1 ? ", " : "", hearth_record_column_name (pspec));
      g_string_append_printf (values, "%s?%u", i > 1 ? ", " : "", i);
    }
  g_string_append_printf (sql, ") VALUES (%s)", values->str);

  if (!(stmt = _hearth_scheme_prepare (self, sql->str, error)))
    return FALSE;

  for (guint i = 1; i < klass->columns->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (klass->columns, i);

      bind_column (stmt, (int) i, record, pspec);
      if (hearth_record_column_flags (pspec) & HEARTH_COLUMN_BOOKKEEPING)
        continue;
      g_string_append_printf (json, "%s\"%s\": ", first ? "" : ", ",
                              hearth_record_column_name (pspec));
      _hearth_json_append_column (json, record, pspec);
      first = FALSE;
      n++;
    }
  g_string_append_c (json, '}');

  if (!_hearth_scheme_step_done (self, stmt, error))
    return FALSE;

  hearth_record_set_id (record, sqlite3_last_insert_rowid (self->db));

  if (!_hearth_scheme_audit (self, "insert", klass->kind, hearth_record_get_id (record),
                             json->str, error))
    return FALSE;

  queue_signal (self, RECORD_ADDED, record);
  return TRUE;
}

/* Writes the columns of @record that differ from the stored row, inside the current
 * transaction, with an audit row of every field before and after. Columns that belong to a
 * workflow (a carer's stage, a trial's decisions) change only when @workflow is set. */
gboolean
_hearth_scheme_update (HearthScheme  *self,
                       HearthRecord  *record,
                       gboolean       workflow,
                       GError       **error)
{
  HearthRecordClass *klass = HEARTH_RECORD_GET_CLASS (record);
  g_autoptr(HearthRecord) stored = NULL;
  g_autoptr(GPtrArray) changed = g_ptr_array_new ();
  g_autoptr(GString) sql = NULL;
  g_autoptr(GString) json = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *action = "update";

  g_assert (self->depth > 0);

  stored = hearth_scheme_load (self, G_OBJECT_TYPE (record), hearth_record_get_id (record), error);
  if (stored == NULL)
    return FALSE;

  for (guint i = 1; i < klass->columns->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (klass->columns, i);
      HearthColumnFlags flags = hearth_record_column_flags (pspec);

      if (hearth_record_column_equal (record, stored, pspec))
        continue;

      if (flags & HEARTH_COLUMN_BOOKKEEPING)
        {
          if (g_str_equal (pspec->name, "archived-at"))
            action = hearth_record_get_string (record, "archived-at") ? "archive" : "restore";
          else if (!g_str_equal (pspec->name, "archive-reason"))
            continue;
        }
      else if ((flags & HEARTH_COLUMN_WORKFLOW) && !workflow)
        {
          g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                       _("“%s” is changed by its own step in Hearth, not by editing the record."),
                       hearth_record_column_name (pspec));
          return FALSE;
        }

      g_ptr_array_add (changed, pspec);
    }

  if (changed->len == 0)
    return TRUE;

  if (!hearth_record_validate (record, error))
    return FALSE;

  stamp (self, record, FALSE);
  sql = g_string_new (NULL);
  json = g_string_new ("{");
  g_string_printf (sql, "UPDATE %s SET ", klass->table);
  for (guint i = 0; i < changed->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (changed, i);

      g_string_append_printf (sql, "%s%s = ?%u", i > 0 ? ", " : "",
                              hearth_record_column_name (pspec), i + 1);
      g_string_append_printf (json, "%s\"%s\": [", i > 0 ? ", " : "",
                              hearth_record_column_name (pspec));
      _hearth_json_append_column (json, stored, pspec);
      g_string_append (json, ", ");
      _hearth_json_append_column (json, record, pspec);
      g_string_append_c (json, ']');
    }
  g_string_append_c (json, '}');

  if (hearth_record_has_column (record, "updated-at"))
    g_string_append_printf (sql, ", updated_at = ?%u, updated_by = ?%u",
                            changed->len + 1, changed->len + 2);
  g_string_append_printf (sql, " WHERE id = ?%u", changed->len + 3);

  if (!(stmt = _hearth_scheme_prepare (self, sql->str, error)))
    return FALSE;

  for (guint i = 0; i < changed->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (changed, i);

      bind_column (stmt, (int) i + 1, record, pspec);
    }
  if (hearth_record_has_column (record, "updated-at"))
    {
      sqlite3_bind_text (stmt, (int) changed->len + 1,
                         hearth_record_get_string (record, "updated-at"), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, (int) changed->len + 2, self->user, -1, SQLITE_TRANSIENT);
    }
  sqlite3_bind_int64 (stmt, (int) changed->len + 3, hearth_record_get_id (record));

  if (!_hearth_scheme_step_done (self, stmt, error))
    return FALSE;

  if (!_hearth_scheme_audit (self, action, klass->kind, hearth_record_get_id (record),
                             json->str, error))
    return FALSE;

  queue_signal (self, RECORD_CHANGED, record);
  return TRUE;
}

static gboolean
has_workflow_values (HearthRecord *record)
{
  HearthRecordClass *klass = HEARTH_RECORD_GET_CLASS (record);
  g_autoptr(HearthRecord) fresh = g_object_new (G_OBJECT_TYPE (record), NULL);

  for (guint i = 1; i < klass->columns->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (klass->columns, i);

      if ((hearth_record_column_flags (pspec) & HEARTH_COLUMN_WORKFLOW) &&
          !hearth_record_column_equal (record, fresh, pspec))
        return TRUE;
    }

  return FALSE;
}

/**
 * hearth_scheme_insert:
 *
 * Adds a record that no workflow owns (a training course, a staff member, a pen portrait).
 * Carers, people, trials, arrangements and reviews are added through their workflows, which
 * check the domain rules; inserting one here with workflow columns set is refused.
 */
gboolean
hearth_scheme_insert (HearthScheme  *self,
                      HearthRecord  *record,
                      GError       **error)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_RECORD (record), FALSE);
  g_return_val_if_fail (hearth_record_get_id (record) == 0, FALSE);

  if (has_workflow_values (record))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("A new %s is added through its own step in Hearth."),
                   hearth_record_get_kind (record));
      return FALSE;
    }

  if (!_hearth_scheme_begin (self, error))
    return FALSE;

  if (!_hearth_scheme_insert (self, record, error))
    {
      hearth_record_set_id (record, 0);
      _hearth_scheme_rollback (self);
      return FALSE;
    }

  return _hearth_scheme_commit (self, error);
}

/**
 * hearth_scheme_update:
 *
 * Saves the edited fields of @record, with an audit row of what changed. Fields that belong
 * to a workflow (a carer's recruitment stage, a person's status) are refused here.
 */
gboolean
hearth_scheme_update (HearthScheme  *self,
                      HearthRecord  *record,
                      GError       **error)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_RECORD (record), FALSE);
  g_return_val_if_fail (hearth_record_get_id (record) > 0, FALSE);

  if (!_hearth_scheme_begin (self, error))
    return FALSE;

  if (!_hearth_scheme_update (self, record, FALSE, error))
    {
      _hearth_scheme_rollback (self);
      return FALSE;
    }

  if (!_hearth_scheme_commit (self, error))
    return FALSE;

  if (HEARTH_IS_SCHEME_DETAILS (record) && record != HEARTH_RECORD (self->details))
    {
      g_clear_object (&self->details);
      self->details = HEARTH_SCHEME_DETAILS (hearth_record_copy (record));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
    }

  return TRUE;
}

static gboolean
set_archived (HearthScheme  *self,
              HearthRecord  *record,
              const char    *reason,
              GError       **error)
{
  g_autoptr(HearthRecord) copy = hearth_record_copy (record);
  g_autofree char *today = reason != NULL ? hearth_date_today () : NULL;

  hearth_record_set_string (copy, "archived-at", today);
  hearth_record_set_string (copy, "archive-reason", reason);

  if (!_hearth_scheme_begin (self, error))
    return FALSE;

  if (!_hearth_scheme_update (self, copy, FALSE, error))
    {
      _hearth_scheme_rollback (self);
      return FALSE;
    }

  if (!_hearth_scheme_commit (self, error))
    return FALSE;

  hearth_record_set_string (record, "archived-at", today);
  hearth_record_set_string (record, "archive-reason", reason);
  hearth_record_set_string (record, "updated-at", hearth_record_get_string (copy, "updated-at"));
  hearth_record_set_string (record, "updated-by", hearth_record_get_string (copy, "updated-by"));
  return TRUE;
}

/**
 * hearth_scheme_archive:
 * @reason: why, in the coordinator's words; required
 *
 * Archives @record: it stays in the scheme file and its history, hidden from everyday lists.
 */
gboolean
hearth_scheme_archive (HearthScheme  *self,
                       HearthRecord  *record,
                       const char    *reason,
                       GError       **error)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_RECORD (record), FALSE);
  g_return_val_if_fail (hearth_record_has_column (record, "archived-at"), FALSE);

  if (hearth_record_text_is_blank (reason))
    {
      g_autofree char *title = hearth_record_dup_title (record);

      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_ARCHIVE_REASON,
                   _("Say why %s is being archived; records are never put away without a reason."),
                   title);
      return FALSE;
    }

  if (hearth_record_is_archived (record))
    {
      g_autofree char *title = hearth_record_dup_title (record);

      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID, _("%s is already archived."), title);
      return FALSE;
    }

  return set_archived (self, record, reason, error);
}

gboolean
hearth_scheme_restore (HearthScheme  *self,
                       HearthRecord  *record,
                       GError       **error)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_RECORD (record), FALSE);
  g_return_val_if_fail (hearth_record_has_column (record, "archived-at"), FALSE);

  if (!hearth_record_is_archived (record))
    return TRUE;

  return set_archived (self, record, NULL, error);
}

/* Turns what a coordinator types into an FTS5 query: every word must match, as a prefix, so
 * "mar gard" finds Mariam who loves gardening. Quotes keep FTS5's own syntax out of reach. */
static char *
fts_query (const char *text)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) query = g_string_new (NULL);

  /* NULL when @text is not UTF-8: search() refuses such text before it comes here. */
  words = g_regex_split_simple ("[^\\p{L}\\p{N}]+", text, 0, 0);
  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    {
      g_autofree char *folded = NULL;

      if (words[i][0] == '\0')
        continue;

      folded = g_utf8_casefold (words[i], -1);
      g_string_append_printf (query, "%s\"%s\"*", query->len > 0 ? " " : "", folded);
    }

  return query->len > 0 ? g_string_free (g_steal_pointer (&query), FALSE) : NULL;
}

static GArray *
search (HearthScheme  *self,
        GType          type,
        const char    *text,
        gboolean       ranked,
        GError       **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *query = NULL;
  g_autoptr(HearthRecordClass) klass = NULL;
  gboolean carers;
  int rc;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);

  klass = g_type_class_ref (type);
  carers = g_str_equal (klass->kind, "carer");
  g_return_val_if_fail (carers || g_str_equal (klass->kind, "person"), NULL);

  if (!hearth_text_check_utf8 (text, -1, _("The search text"), error))
    return NULL;

  query = fts_query (text != NULL ? text : "");
  if (query == NULL)
    stmt = _hearth_scheme_prepare (self, carers ? "SELECT id FROM carer ORDER BY id"
                                                : "SELECT id FROM person ORDER BY id", error);
  else
    stmt = _hearth_scheme_prepare (self,
                                   ranked ? "SELECT rowid / 2 FROM search WHERE search MATCH ?1"
                                            " AND rowid % 2 = ?2 ORDER BY rank"
                                          : "SELECT rowid / 2 FROM search WHERE search MATCH ?1"
                                            " AND rowid % 2 = ?2", error);
  if (stmt == NULL)
    return NULL;

  if (query != NULL)
    {
      sqlite3_bind_text (stmt, 1, query, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 2, carers ? 1 : 0);
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }

  if (rc != SQLITE_DONE)
    {
      _hearth_scheme_set_error (self, error, rc);
      return NULL;
    }

  return g_steal_pointer (&ids);
}

/**
 * hearth_scheme_search:
 * @type: %HEARTH_TYPE_PERSON or %HEARTH_TYPE_CARER
 * @text: what the coordinator typed
 *
 * Searches names, pen portraits, interests and support needs.
 *
 * Returns: (transfer full) (element-type gint64): the ids that match, best first; all of
 *   them when @text has no words
 */
GArray *
hearth_scheme_search (HearthScheme  *self,
                      GType          type,
                      const char    *text,
                      GError       **error)
{
  return search (self, type, text, TRUE, error);
}

/**
 * hearth_scheme_search_unranked:
 *
 * The same matches as hearth_scheme_search(), in no particular order. Ranking a short prefix
 * that matches most of a large scheme costs more than finding it, and a list that keeps its
 * own order has no use for it.
 *
 * Returns: (transfer full) (element-type gint64): the ids that match
 */
GArray *
hearth_scheme_search_unranked (HearthScheme  *self,
                               GType          type,
                               const char    *text,
                               GError       **error)
{
  return search (self, type, text, FALSE, error);
}

/**
 * hearth_scheme_integrity_check:
 * @problems: (out) (transfer container) (element-type utf8): what SQLite found wrong
 *
 * Returns: %TRUE when the file is sound
 */
gboolean
hearth_scheme_integrity_check (HearthScheme  *self,
                               GPtrArray    **problems,
                               GError       **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);

  if (!(stmt = _hearth_scheme_prepare (self, "PRAGMA integrity_check", error)))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (line, "ok") != 0)
        g_ptr_array_add (found, g_strdup (line));
    }
  if (rc != SQLITE_DONE)
    {
      _hearth_scheme_set_error (self, error, rc);
      return FALSE;
    }

  sqlite3_finalize (g_steal_pointer (&stmt));
  if (!(stmt = _hearth_scheme_prepare (self, "PRAGMA foreign_key_check", error)))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (found, g_strdup_printf (_("%s row %lld links to a missing %s"),
                                             sqlite3_column_text (stmt, 0),
                                             (long long) sqlite3_column_int64 (stmt, 1),
                                             sqlite3_column_text (stmt, 2)));

  /* Hearth's erasures never commit their guard: a row there was put by hand, and opens the
   * way to deleting records. */
  if (_hearth_scheme_query_int (self, "SELECT count(*) FROM erasure_in_progress", 0, NULL) > 0)
    g_ptr_array_add (found, g_strdup (_("The guard that lets an erasure delete records was left "
                                        "open outside Hearth (a row in erasure_in_progress).")));

  if (self->chained)
    {
      gint64 broken_at = 0;

      if (!hearth_scheme_check_audit_chain (self, &broken_at, error))
        {
          if (broken_at == 0)
            return FALSE;
          g_ptr_array_add (found, g_strdup_printf (_("The audit trail was changed outside Hearth, "
                                                     "from entry %lld on: what it says from "
                                                     "there cannot be trusted."),
                                                   (long long) broken_at));
        }
    }

  if (problems != NULL)
    *problems = g_ptr_array_ref (found);

  return found->len == 0;
}

/* Reads the 100-byte header without SQLite, so a file that is not ours is never touched. */
static gboolean
check_header (HearthScheme  *self,
              GError       **error)
{
  g_autofree char *name = display_name (self);
  guchar header[100];
  guint32 app_id, version;
  ssize_t n;
  int fd;

  if ((fd = g_open (self->path, O_RDONLY | O_CLOEXEC, 0)) < 0)
    {
      int saved = errno;

      g_set_error (error, HEARTH_ERROR,
                   saved == ENOENT ? HEARTH_ERROR_NOT_FOUND : HEARTH_ERROR_READ_ONLY,
                   _("“%s” could not be opened: %s."), name, g_strerror (saved));
      return FALSE;
    }
  n = read (fd, header, sizeof header);
  close (fd);

  if (n < (ssize_t) sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_SQLITE,
                   _("“%s” is not a Hearth scheme: it is not a database file at all. "
                     "It has been left unchanged."), name);
      return FALSE;
    }

  app_id = (guint32) header[68] << 24 | header[69] << 16 | header[70] << 8 | header[71];
  version = (guint32) header[60] << 24 | header[61] << 16 | header[62] << 8 | header[63];

  if (app_id != HEARTH_APPLICATION_ID)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_HEARTH,
                   _("“%s” is a database, but not a Hearth scheme. It has been left unchanged."),
                   name);
      return FALSE;
    }

  if (version > HEARTH_SCHEMA_VERSION)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_TOO_NEW,
                   _("“%s” was saved by a newer version of Hearth (scheme format %u; this "
                     "version reads up to %d). Update Hearth to open it. The file has been "
                     "left unchanged."), name, version, HEARTH_SCHEMA_VERSION);
      return FALSE;
    }

  return TRUE;
}

static gboolean
apply_migration (HearthScheme  *self,
                 int            version,
                 GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *pragma = NULL;
  g_autofree char *changes = NULL;

  bytes = g_resources_lookup_data (migrations[version - 1], G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;

  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  pragma = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;",
                            (int) HEARTH_APPLICATION_ID, version);
  changes = g_strdup_printf ("{\"schema_version\": %d}", version);

  if (!_hearth_scheme_begin (self, error))
    return FALSE;

  if (!_hearth_scheme_exec (self, sql, error) ||
      !_hearth_scheme_exec (self, pragma, error) ||
      (version == HEARTH_AUDIT_CHAIN_VERSION && !_hearth_audit_seal (self->db, error)))
    {
      _hearth_scheme_rollback (self);
      return FALSE;
    }

  self->chained = version >= HEARTH_AUDIT_CHAIN_VERSION;
  if (!_hearth_scheme_audit (self, "migrate", "scheme", 0, changes, error))
    {
      _hearth_scheme_rollback (self);
      return FALSE;
    }

  return _hearth_scheme_commit (self, error);
}

static gboolean
migrate (HearthScheme  *self,
         GError       **error)
{
  gint64 version = _hearth_scheme_query_int (self, "PRAGMA user_version", 0, error);

  if (version < 0)
    return FALSE;

  /* Always a verified backup before a migration changes an existing scheme. */
  if (version > 0 && version < HEARTH_SCHEMA_VERSION)
    {
      g_autoptr(HearthBackup) backup = hearth_scheme_back_up (self, NULL, error);

      if (backup == NULL)
        return FALSE;
    }

  for (int v = (int) version + 1; v <= HEARTH_SCHEMA_VERSION; v++)
    if (!apply_migration (self, v, error))
      return FALSE;

  self->schema_version = HEARTH_SCHEMA_VERSION;
  return TRUE;
}

static gboolean
create_details (HearthScheme  *self,
                GError       **error)
{
  g_autoptr(HearthSchemeDetails) details = hearth_scheme_details_new ();

  hearth_record_set_string (HEARTH_RECORD (details), "name", self->create_name);

  if (!_hearth_scheme_begin (self, error))
    return FALSE;

  if (!_hearth_scheme_insert (self, HEARTH_RECORD (details), error))
    {
      _hearth_scheme_rollback (self);
      return FALSE;
    }

  return _hearth_scheme_commit (self, error);
}

static gboolean
load_details (HearthScheme  *self,
              GError       **error)
{
  g_autoptr(GPtrArray) rows = _hearth_scheme_load_where (self, HEARTH_TYPE_SCHEME_DETAILS,
                                                         "ORDER BY id LIMIT 1", 0, error);

  if (rows == NULL)
    return FALSE;

  if (rows->len == 0)
    {
      g_autofree char *name = display_name (self);

      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_DAMAGED,
                   _("“%s” is missing its scheme details; it may be damaged. "
                     "It has been left unchanged."), name);
      return FALSE;
    }

  g_set_object (&self->details, g_ptr_array_index (rows, 0));
  return TRUE;
}

static gboolean
create_empty_file (HearthScheme  *self,
                   GError       **error)
{
  g_autofree char *name = display_name (self);
  int fd;

  /* Owner only: a scheme file holds sensitive personal data. */
  fd = g_open (self->path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, HEARTH_ERROR,
                   saved == EEXIST ? HEARTH_ERROR_EXISTS : HEARTH_ERROR_READ_ONLY,
                   saved == EEXIST ? _("“%s” already exists; choose another name.")
                                   : _("“%s” could not be created: %s."),
                   name, g_strerror (saved));
      return FALSE;
    }

  close (fd);
  return TRUE;
}

/* When the scheme has a write-ahead log with something in it: a private copy of the file
 * and its log, removed when the scheme closes. @copy is %NULL when there is no log. */
static gboolean
copy_with_log (HearthScheme  *self,
               char         **copy,
               GError       **error)
{
  g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
  g_autofree char *dir = NULL;
  g_autofree char *main_copy = NULL;
  g_autofree char *wal_copy = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) local_error = NULL;
  GStatBuf st;

  *copy = NULL;
  if (g_stat (wal, &st) != 0 || st.st_size == 0)
    return TRUE;

  if ((dir = g_dir_make_tmp ("hearth-read-only-XXXXXX", &local_error)) != NULL)
    {
      main_copy = g_build_filename (dir, "scheme.hearth", NULL);
      wal_copy = g_strconcat (main_copy, "-wal", NULL);
      if (_hearth_copy_private (self->path, main_copy, &local_error) &&
          _hearth_copy_private (wal, wal_copy, &local_error))
        {
          self->private_copy = g_steal_pointer (&dir);
          *copy = g_steal_pointer (&main_copy);
          return TRUE;
        }
      g_unlink (main_copy);
      g_unlink (wal_copy);
      g_rmdir (dir);
    }

  name = display_name (self);
  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY,
               _("“%s” is on a drive that cannot be written, and its latest changes could not "
                 "be read from it: %s."), name, local_error->message);
  return FALSE;
}

static void
remove_private_copy (HearthScheme *self)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (self->private_copy == NULL)
    return;

  if ((dir = g_dir_open (self->private_copy, 0, NULL)) != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = g_build_filename (self->private_copy, name, NULL);

        g_unlink (path);
      }
  g_rmdir (self->private_copy);
  g_clear_pointer (&self->private_copy, g_free);
}

static gboolean
open_database (HearthScheme  *self,
               GError       **error)
{
  int flags = SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_URI;
  g_autofree char *folder = g_path_get_dirname (self->path);
  g_autofree char *escaped = g_uri_escape_string (self->path, "/", FALSE);
  g_autofree char *uri = NULL;
  int rc;

  self->read_only = g_access (self->path, W_OK) != 0;
  flags |= self->read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;

  /* A folder that cannot be written (a read-only drive) cannot hold the write-ahead log's
   * shared-memory file. Without a log nothing can change the scheme there, so SQLite may
   * read it as it is; with one, the file and its log are read from a private copy, so
   * what was committed to the log before the drive became read-only is seen. */
  if (self->read_only && g_access (folder, W_OK) != 0)
    {
      g_autofree char *copy = NULL;

      if (!copy_with_log (self, &copy, error))
        return FALSE;
      if (copy != NULL)
        {
          g_autofree char *escaped_copy = g_uri_escape_string (copy, "/", FALSE);

          uri = g_strdup_printf ("file:%s", escaped_copy);
        }
      else
        uri = g_strdup_printf ("file:%s?immutable=1", escaped);
    }
  else
    uri = g_strdup_printf ("file:%s", escaped);

  rc = sqlite3_open_v2 (uri, &self->db, flags, NULL);
  if (rc != SQLITE_OK)
    {
      _hearth_scheme_set_error (self, error, rc);
      g_clear_pointer (&self->db, sqlite3_close);
      return FALSE;
    }

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 3000);
  return TRUE;
}

/* Checks, through SQLite this time, what the header said: the header may lag behind a
 * write-ahead log that has not been checkpointed. */
static gboolean
verify_identity (HearthScheme  *self,
                 GError       **error)
{
  g_autofree char *name = display_name (self);
  g_autoptr(GError) local_error = NULL;
  gint64 app_id, version;

  app_id = _hearth_scheme_query_int (self, "PRAGMA application_id", 0, &local_error);
  if (local_error == NULL)
    version = _hearth_scheme_query_int (self, "PRAGMA user_version", 0, &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (app_id != (gint64) HEARTH_APPLICATION_ID)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_HEARTH,
                   _("“%s” is a database, but not a Hearth scheme. It has been left unchanged."),
                   name);
      return FALSE;
    }

  if (version > HEARTH_SCHEMA_VERSION)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_TOO_NEW,
                   _("“%s” was saved by a newer version of Hearth. Update Hearth to open it. "
                     "The file has been left unchanged."), name);
      return FALSE;
    }

  self->schema_version = (int) version;
  self->chained = version >= HEARTH_AUDIT_CHAIN_VERSION;
  return TRUE;
}

/* Lets a long check of a large file stop as soon as the open is cancelled. */
static int
check_interrupted (void *data)
{
  return g_cancellable_is_cancelled (data);
}

/* A damaged file is refused before anything is written to it. */
static gboolean
quick_check (HearthScheme  *self,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *name = display_name (self);
  const char *result;
  int rc;

  if (!(stmt = _hearth_scheme_prepare (self, "PRAGMA quick_check(1)", error)))
    return FALSE;

  if (cancellable != NULL)
    sqlite3_progress_handler (self->db, 1000, check_interrupted, cancellable);
  rc = sqlite3_step (stmt);
  sqlite3_progress_handler (self->db, 0, NULL, NULL);
  if (rc != SQLITE_ROW)
    {
      if (!g_cancellable_set_error_if_cancelled (cancellable, error))
        _hearth_scheme_set_error (self, error, rc);
      return FALSE;
    }

  result = (const char *) sqlite3_column_text (stmt, 0);
  if (g_strcmp0 (result, "ok") == 0)
    return TRUE;

  /* A row that breaks a constraint was written behind Hearth's back, but the file is whole
   * and readable: hearth-cli check reports such rows; only real damage is refused. */
  if (g_str_has_prefix (result, "CHECK constraint failed") ||
      g_str_has_prefix (result, "NOT NULL constraint failed"))
    return TRUE;

  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_DAMAGED,
               _("“%s” is damaged (%s). It has been left unchanged; open your newest "
                 "backup instead."), name, result);
  return FALSE;
}

/* Claims the writer lock, or opens read-only and remembers who has the scheme. */
static gboolean
claim_writer (HearthScheme  *self,
              gboolean       take_over,
              GError       **error)
{
  g_autoptr(HearthWriter) holder = NULL;

  g_autoptr(GError) local_error = NULL;

  if (hearth_writer_lock_claim (self->db, self->user, self->token, take_over, &holder,
                                &local_error))
    {
      self->read_only = FALSE;
      g_clear_pointer (&self->other_writer, g_free);
      g_clear_pointer (&self->read_only_reason, g_free);
      return TRUE;
    }

  if (holder == NULL)
    {
      /* A full disk or a drive gone read-only: the records can still be read. */
      if (take_over)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      self->read_only = TRUE;
      g_free (self->read_only_reason);
      self->read_only_reason = g_strdup (local_error->message);
      return TRUE;
    }

  self->read_only = TRUE;
  g_free (self->other_writer);
  self->other_writer = hearth_writer_describe (holder);
  return TRUE;
}

/* SQLite's write-ahead log keeps its index in shared memory, which two computers sharing a
 * folder over the network do not share: each could believe it holds the newest data. In a
 * network folder (NFS, SMB, sshfs and the like) the scheme uses a rollback journal, which
 * needs only file locks. */
static gboolean
folder_is_remote (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autoptr(GFileInfo) info = NULL;

  info = g_file_query_filesystem_info (folder, G_FILE_ATTRIBUTE_FILESYSTEM_REMOTE, NULL, NULL);
  return info != NULL &&
         g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_FILESYSTEM_REMOTE);
}

/**
 * hearth_scheme_dup_journal_mode:
 *
 * Returns: "wal" for a scheme in a local folder, "delete" in a network folder (or for a
 *   scheme open read-only, whatever the file was last written with)
 */
char *
hearth_scheme_dup_journal_mode (HearthScheme *self)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);

  if (self->db == NULL || !(stmt = _hearth_scheme_prepare (self, "PRAGMA journal_mode", NULL)) ||
      sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;

  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

/* Between the steps of an open: stops a cancelled open, but only while nothing has been
 * written, so a cancelled open leaves the file byte for byte as it was. A new file is
 * removed whole when its creation is cancelled. */
static gboolean
open_cancelled (HearthScheme  *self,
                const char    *step,
                GCancellable  *cancellable,
                GError       **error)
{
  if (open_step_hook != NULL)
    open_step_hook (step, cancellable);

  if (self->written && self->create_name == NULL)
    return FALSE;

  return g_cancellable_set_error_if_cancelled (cancellable, error);
}

/* Finds the file, and reads its header and any log beside it, all without SQLite writing. */
static gboolean
check_before_opening (HearthScheme  *self,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autofree char *name = display_name (self);
  g_autofree char *folder = NULL;
  char *resolved;

  if (open_cancelled (self, "resolve", cancellable, error))
    return FALSE;
  if ((resolved = _hearth_scheme_file_resolve (self->path, name, error)) == NULL)
    return FALSE;
  g_free (self->path);
  self->path = resolved;

  if (open_cancelled (self, "header", cancellable, error) || !check_header (self, error))
    return FALSE;

  /* Where SQLite could merge a log or roll back a journal, see first what it would do. */
  if (open_cancelled (self, "preflight", cancellable, error))
    return FALSE;
  {
    g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
    g_autofree char *journal = g_strconcat (self->path, "-journal", NULL);
    GStatBuf st;

    self->had_log = g_stat (wal, &st) == 0 && st.st_size > 0;
    self->known_whole = !self->had_log &&
                        !(g_stat (journal, &st) == 0 && st.st_size > 0) &&
                        _hearth_checked_files_is_unchanged (self->path);
  }
  folder = g_path_get_dirname (self->path);
  if (g_access (self->path, W_OK) == 0 && g_access (folder, W_OK) == 0 &&
      !_hearth_scheme_file_preflight (self->path, name, error))
    return FALSE;

  return TRUE;
}

/* The journal mode for where the scheme is; changing it rewrites the file's header. */
static gboolean
set_journal_mode (HearthScheme  *self,
                  GError       **error)
{
  const char *wanted = folder_is_remote (self->path) ? "delete" : "wal";
  g_autofree char *mode = hearth_scheme_dup_journal_mode (self);
  g_autofree char *sql = NULL;

  if (g_strcmp0 (mode, wanted) != 0)
    self->written = TRUE;

  sql = g_strdup_printf ("PRAGMA journal_mode = %s; PRAGMA synchronous = FULL;", wanted);
  return _hearth_scheme_exec (self, sql, error);
}

/* When a scheme was saved by an older Hearth: a migration writes, and cannot be cancelled. */
static gboolean
needs_migration (HearthScheme *self)
{
  return _hearth_scheme_query_int (self, "PRAGMA user_version", 0, NULL) < HEARTH_SCHEMA_VERSION;
}

/* After a cancelled open that found a log beside the file: SQLite would merge the log into the
 * file as it closes; it stays beside it instead, as it was. */
static void
keep_log_on_close (HearthScheme *self,
                   GError       *error)
{
  if (self->db != NULL && self->had_log &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
}

/* Runs on whichever thread opens the scheme: the open touches only its own connection and
 * files, never the main context, settings or signals (bulk is set, so nothing is queued). */
static gboolean
hearth_scheme_initable_init (GInitable     *initable,
                             GCancellable  *cancellable,
                             GError       **error)
{
  HearthScheme *self = HEARTH_SCHEME (initable);
  gboolean creating = self->create_name != NULL;
  g_autoptr(GError) local_error = NULL;

  if (self->file == NULL || (self->path = g_file_get_path (self->file)) == NULL)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND,
                   _("Hearth opens scheme files on this computer only."));
      return FALSE;
    }

  if (creating)
    {
      if (hearth_record_text_is_blank (self->create_name))
        {
          g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID, _("A scheme needs a name."));
          return FALSE;
        }
      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          !create_empty_file (self, error))
        return FALSE;
    }
  else if (!check_before_opening (self, cancellable, error))
    return FALSE;

  self->bulk = TRUE;

  if (open_cancelled (self, "quick-check", cancellable, &local_error) ||
      !open_database (self, &local_error))
    goto failed;

  /* A file just as Hearth left it whole was checked when it was last opened. */
  if (!creating && (!verify_identity (self, &local_error) ||
                    (!self->known_whole && !quick_check (self, cancellable, &local_error))))
    goto failed;

  if (open_cancelled (self, "migrations", cancellable, &local_error))
    goto failed;

  if (!self->read_only && !set_journal_mode (self, &local_error))
    goto failed;

  /* Freed pages are overwritten, so an erased person leaves no trace in the file. */
  if (!_hearth_scheme_exec (self, "PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON",
                            &local_error))
    goto failed;

  if (!self->read_only && needs_migration (self))
    self->written = TRUE;
  if (!self->read_only && !migrate (self, &local_error))
    goto failed;

  if (self->read_only && self->schema_version < HEARTH_SCHEMA_VERSION && !creating)
    {
      g_autofree char *name = display_name (self);

      g_set_error (&local_error, HEARTH_ERROR, HEARTH_ERROR_READ_ONLY,
                   _("“%s” was saved by an older version of Hearth and needs updating, but it "
                     "cannot be written here. Copy it to a folder you can write to and open "
                     "the copy."), name);
      goto failed;
    }

  if (creating && !create_details (self, &local_error))
    goto failed;

  if (open_cancelled (self, "details", cancellable, &local_error) ||
      !load_details (self, &local_error))
    goto failed;

  if (open_cancelled (self, "writer", cancellable, &local_error))
    goto failed;
  if (!self->read_only && !claim_writer (self, FALSE, &local_error))
    goto failed;

  /* Keep the header current, so the file identifies itself even before the log is merged. */
  if (creating)
    sqlite3_wal_checkpoint_v2 (self->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);

  self->bulk = FALSE;
  return TRUE;

failed:
  self->bulk = FALSE;
  keep_log_on_close (self, local_error);
  g_clear_pointer (&self->db, sqlite3_close);
  if (creating)
    {
      g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (self->path, "-shm", NULL);

      /* Only ever removes the file this call created. */
      g_unlink (self->path);
      g_unlink (wal);
      g_unlink (shm);
    }
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static void
hearth_scheme_initable_iface_init (GInitableIface *iface)
{
  iface->init = hearth_scheme_initable_init;
}

static void
init_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;

  if (hearth_scheme_initable_init (G_INITABLE (source_object), cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* The same open in a worker thread, so the window goes on drawing while a large scheme is
 * checked and migrated. */
static void
hearth_scheme_init_async (GAsyncInitable      *initable,
                          int                  io_priority,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (initable, cancellable, callback, user_data);

  g_task_set_source_tag (task, hearth_scheme_init_async);
  g_task_set_priority (task, io_priority);
  /* A cancel that comes once the open has begun to write is too late: the open finishes
   * and stands, rather than leave a file half-changed. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, init_thread);
}

static gboolean
hearth_scheme_init_finish (GAsyncInitable  *initable,
                           GAsyncResult    *result,
                           GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, initable), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
hearth_scheme_async_initable_iface_init (GAsyncInitableIface *iface)
{
  iface->init_async = hearth_scheme_init_async;
  iface->init_finish = hearth_scheme_init_finish;
}

static void
hearth_scheme_dispose (GObject *object)
{
  HearthScheme *self = HEARTH_SCHEME (object);

  hearth_scheme_close (self);
  g_clear_object (&self->details);

  G_OBJECT_CLASS (hearth_scheme_parent_class)->dispose (object);
}

static void
hearth_scheme_finalize (GObject *object)
{
  HearthScheme *self = HEARTH_SCHEME (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->create_name, g_free);
  g_clear_pointer (&self->user, g_free);
  g_clear_pointer (&self->token, g_free);
  g_clear_pointer (&self->other_writer, g_free);
  g_clear_pointer (&self->read_only_reason, g_free);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  remove_private_copy (self);

  G_OBJECT_CLASS (hearth_scheme_parent_class)->finalize (object);
}

static void
hearth_scheme_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HearthScheme *self = HEARTH_SCHEME (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_NAME:
      g_value_set_string (value, hearth_scheme_get_name (self));
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_scheme_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  HearthScheme *self = HEARTH_SCHEME (object);

  switch (prop_id)
    {
    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;
    case PROP_CREATE_NAME:
      self->create_name = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_scheme_class_init (HearthSchemeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hearth_scheme_dispose;
  object_class->finalize = hearth_scheme_finalize;
  object_class->get_property = hearth_scheme_get_property;
  object_class->set_property = hearth_scheme_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREATE_NAME] =
    g_param_spec_string ("create-name", NULL, NULL, NULL,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HearthScheme::record-added:
   * @record: the record, as saved
   *
   * Emitted after the transaction that added @record has committed.
   */
  signals[RECORD_ADDED] =
    g_signal_new ("record-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HEARTH_TYPE_RECORD);

  /**
   * HearthScheme::record-changed:
   * @record: the record, as saved
   *
   * Emitted after the transaction that changed, archived or restored @record has committed.
   */
  signals[RECORD_CHANGED] =
    g_signal_new ("record-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HEARTH_TYPE_RECORD);

  /**
   * HearthScheme::record-erased:
   * @record: the record as it was; it is no longer in the scheme
   *
   * Emitted after a person or carer was erased at the end of their retention period.
   */
  signals[RECORD_ERASED] =
    g_signal_new ("record-erased", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, HEARTH_TYPE_RECORD);
}

static void
hearth_scheme_init (HearthScheme *self)
{
  const char *real = g_get_real_name ();

  self->user = g_strdup (real != NULL && real[0] != '\0' && !g_str_equal (real, "Unknown")
                         ? real : g_get_user_name ());
  self->pending = g_ptr_array_new_with_free_func (pending_signal_free);
  /* The process id too: a forked process starts with its parent's random state. */
  {
    g_autofree char *uuid = g_uuid_string_random ();

    self->token = g_strdup_printf ("%s-%d", uuid, (int) getpid ());
  }
}

/**
 * hearth_scheme_open:
 * @file: an existing scheme file
 *
 * Opens @file, migrating it to the current schema. A file that is not SQLite, a SQLite
 * file that is not a Hearth scheme, and a scheme from a newer Hearth are refused and left
 * byte-for-byte as they were.
 */
HearthScheme *
hearth_scheme_open (GFile         *file,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return g_initable_new (HEARTH_TYPE_SCHEME, cancellable, error, "file", file, NULL);
}

/**
 * hearth_scheme_open_async:
 * @file: an existing scheme file
 * @cancellable: (nullable): honoured between the steps of the open until the file is first
 *   written; a cancelled open leaves @file byte for byte as it was
 *
 * Opens @file as hearth_scheme_open() does, in a worker thread.
 */
void
hearth_scheme_open_async (GFile               *file,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_return_if_fail (G_IS_FILE (file));

  g_async_initable_new_async (HEARTH_TYPE_SCHEME, G_PRIORITY_DEFAULT, cancellable, callback,
                              user_data, "file", file, NULL);
}

/**
 * hearth_scheme_open_finish:
 *
 * Returns: (transfer full): the open scheme, or %NULL with @error set
 *   (%G_IO_ERROR_CANCELLED for a cancelled open)
 */
HearthScheme *
hearth_scheme_open_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_autoptr(GObject) source = NULL;

  g_return_val_if_fail (G_IS_TASK (result), NULL);

  source = g_async_result_get_source_object (result);
  return HEARTH_SCHEME (g_async_initable_new_finish (G_ASYNC_INITABLE (source), result, error));
}

/**
 * hearth_scheme_create_async:
 *
 * Creates a scheme as hearth_scheme_create() does, in a worker thread. A cancelled creation
 * leaves nothing behind.
 */
void
hearth_scheme_create_async (GFile               *file,
                            const char          *name,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (name != NULL);

  g_async_initable_new_async (HEARTH_TYPE_SCHEME, G_PRIORITY_DEFAULT, cancellable, callback,
                              user_data, "file", file, "create-name", name, NULL);
}

HearthScheme *
hearth_scheme_create_finish (GAsyncResult  *result,
                             GError       **error)
{
  return hearth_scheme_open_finish (result, error);
}

/* For tests: called before each step of every open, with the step's name and the open's
 * cancellable: "resolve", "header", "preflight", "quick-check", "migrations", "details",
 * "writer". */
void
_hearth_scheme_set_open_step_hook (HearthOpenStepHook hook)
{
  open_step_hook = hook;
}

/**
 * hearth_scheme_create:
 * @file: where the new scheme file goes; nothing may be there yet
 * @name: the scheme's name
 */
HearthScheme *
hearth_scheme_create (GFile         *file,
                      const char    *name,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return g_initable_new (HEARTH_TYPE_SCHEME, cancellable, error,
                         "file", file, "create-name", name, NULL);
}

/**
 * hearth_scheme_open_reader:
 *
 * Opens a second connection to the file @self has open, for reading only, to be used by
 * one worker thread at a time: summaries a view needs are computed on it while the window
 * goes on with @self. It sees what @self has committed; it holds no writer lock, emits no
 * signals and never migrates. Opening one costs about a millisecond.
 *
 * Returns: (transfer full): the reader, or %NULL with @error set
 */
HearthScheme *
hearth_scheme_open_reader (HearthScheme  *self,
                           GError       **error)
{
  g_autoptr(HearthScheme) reader = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *folder = NULL;
  const char *path;
  gboolean immutable;
  int rc;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);

  if (self->db == NULL || (path = sqlite3_db_filename (self->db, "main")) == NULL ||
      path[0] == '\0')
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_FOUND, _("The scheme is closed."));
      return NULL;
    }

  /* A file read in place from a read-only drive, without a log, is read the same way. */
  folder = g_path_get_dirname (path);
  immutable = self->read_only && self->private_copy == NULL && g_access (folder, W_OK) != 0;
  escaped = g_uri_escape_string (path, "/", FALSE);
  uri = g_strdup_printf (immutable ? "file:%s?immutable=1" : "file:%s", escaped);

  reader = g_object_new (HEARTH_TYPE_SCHEME, "file", self->file, NULL);
  reader->path = g_strdup (path);
  reader->read_only = TRUE;
  reader->schema_version = self->schema_version;
  reader->chained = self->chained;

  rc = sqlite3_open_v2 (uri, &reader->db,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc != SQLITE_OK)
    {
      _hearth_scheme_set_error (reader, error, rc);
      g_clear_pointer (&reader->db, sqlite3_close);
      return NULL;
    }
  sqlite3_extended_result_codes (reader->db, 1);
  sqlite3_busy_timeout (reader->db, 3000);

  if (!_hearth_scheme_exec (reader, "PRAGMA query_only = ON", error) ||
      !load_details (reader, error))
    return NULL;

  return g_steal_pointer (&reader);
}

GFile *
hearth_scheme_get_file (HearthScheme *self)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);

  return self->file;
}

const char *
hearth_scheme_get_name (HearthScheme *self)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);

  if (self->details == NULL)
    return NULL;

  return hearth_scheme_details_get_name (self->details);
}

gboolean
hearth_scheme_get_read_only (HearthScheme *self)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (self), TRUE);

  return self->read_only;
}

const char *
hearth_scheme_get_user (HearthScheme *self)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);

  return self->user;
}

/* Who the audit trail says made the changes from now on. */
void
hearth_scheme_set_user (HearthScheme *self,
                        const char   *user)
{
  g_return_if_fail (HEARTH_IS_SCHEME (self));
  g_return_if_fail (user != NULL && user[0] != '\0');

  g_free (self->user);
  self->user = g_strdup (user);

  /* The lock says who has the scheme open: keep it in step. */
  if (self->db != NULL && !self->read_only)
    claim_writer (self, FALSE, NULL);
}

int
hearth_scheme_get_schema_version (HearthScheme *self)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (self), 0);

  return self->schema_version;
}

/**
 * hearth_scheme_get_details:
 *
 * Returns: (transfer none): the scheme's name, contacts and policies. Edit a copy
 *   (hearth_record_copy()) and save it with hearth_scheme_update().
 */
HearthSchemeDetails *
hearth_scheme_get_details (HearthScheme *self)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);

  return self->details;
}

/* Closes the file; SQLite merges the write-ahead log back into it. */
void
hearth_scheme_close (HearthScheme *self)
{
  gboolean whole = FALSE;
  gboolean closed;

  g_return_if_fail (HEARTH_IS_SCHEME (self));

  if (self->db == NULL)
    return;

  while (self->depth > 0)
    _hearth_scheme_rollback (self);

  if (!self->read_only)
    {
      hearth_writer_lock_release (self->db, self->token);
      /* The log goes into the file and is emptied, so the next open has nothing to merge;
       * a reader still inside a transaction keeps it, and the next open checks in full. */
      whole = !self->saw_damage && self->private_copy == NULL &&
              sqlite3_wal_checkpoint_v2 (self->db, NULL, SQLITE_CHECKPOINT_TRUNCATE,
                                         NULL, NULL) == SQLITE_OK;
    }

  closed = sqlite3_close (self->db) == SQLITE_OK;
  self->db = NULL;
  remove_private_copy (self);
  if (whole && closed && self->path != NULL)
    _hearth_checked_files_remember (self->path);
}

/**
 * hearth_scheme_get_other_writer:
 *
 * Returns: (nullable): who has the scheme open for writing, when this opener only reads it:
 *   "Sam Carter on office-laptop, since 22 November 2026 09:12"
 */
const char *
hearth_scheme_get_other_writer (HearthScheme *self)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);

  return self->other_writer;
}

/**
 * hearth_scheme_dup_take_over_warning:
 *
 * Returns: (transfer full) (nullable): what to say before taking the scheme over from whoever
 *   holds it, or %NULL when nobody else does
 */
char *
hearth_scheme_dup_take_over_warning (HearthScheme *self)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);

  return self->other_writer != NULL ? hearth_writer_take_over_warning (self->other_writer) : NULL;
}

/**
 * hearth_scheme_take_over:
 *
 * Takes the writer lock from whoever holds it: for a lock left by a computer that crashed,
 * after warning the user that two people writing one scheme can lose work.
 */
gboolean
hearth_scheme_take_over (HearthScheme  *self,
                         GError       **error)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);

  if (self->other_writer == NULL)
    return TRUE;

  if (!claim_writer (self, TRUE, error))
    return FALSE;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
  return TRUE;
}
