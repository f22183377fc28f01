/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-history.c: the audit trail read back for the History view and hearth-cli. The
 * trail itself is written by hearth-scheme.c in the same transaction as each change, and
 * triggers refuse to update or delete it; this file only ever reads. */

#define G_LOG_DOMAIN "hearth-history"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date.h"
#include "hearth-fields.h"
#include "hearth-history.h"
#include "hearth-scheme-private.h"

/* Records that belong to another, so that a person's or a carer's history shows them too. */
static const struct {
  const char *parent;
  const char *kind;
  const char *table;
  const char *column;
} children[] = {
  { "person", "pen-portrait", "pen_portrait", "person_id" },
  { "carer", "pen-portrait", "pen_portrait", "carer_id" },
  { "carer", "carer-check", "carer_check", "carer_id" },
  { "carer", "training", "training", "carer_id" },
  { "carer", "household-member", "household_member", "carer_id" },
  { "carer", "stage-change", "carer_stage_change", "carer_id" },
  { "trial", "trial-stage", "trial_stage", "trial_id" },
  { "review", "review-outcome", "review_outcome", "review_id" },
  { "review", "review-action", "review_action", "review_id" },
};

/* Whom a change is about, by name, while that record is still there. */
#define NAME_OF(table, id) \
  "(SELECT coalesce(nullif(trim(preferred_name), ''), first_name) || ' ' || last_name" \
  " FROM " table " WHERE id = " id ")"

static const char title_sql[] =
  "CASE a.record_type"
  " WHEN 'person' THEN " NAME_OF ("person", "a.record_id")
  " WHEN 'carer' THEN " NAME_OF ("carer", "a.record_id")
  " WHEN 'pen-portrait' THEN (SELECT coalesce(" NAME_OF ("person", "p.person_id") ", "
                                             NAME_OF ("carer", "p.carer_id") ")"
  "                          FROM pen_portrait p WHERE p.id = a.record_id)"
  " WHEN 'trial' THEN (SELECT " NAME_OF ("person", "t.person_id") " || ' – ' || "
                                NAME_OF ("carer", "t.carer_id")
  "                    FROM trial t WHERE t.id = a.record_id)"
  " WHEN 'arrangement' THEN (SELECT " NAME_OF ("person", "r.person_id") " || ' – ' || "
                                      NAME_OF ("carer", "r.carer_id")
  "                          FROM arrangement r WHERE r.id = a.record_id)"
  " WHEN 'review' THEN (SELECT coalesce((SELECT " NAME_OF ("person", "r.person_id")
  "                                      FROM arrangement r WHERE r.id = v.arrangement_id), "
                                       NAME_OF ("carer", "v.carer_id") ")"
  "                     FROM review v WHERE v.id = a.record_id)"
  " WHEN 'scheme' THEN (SELECT name FROM scheme)"
  " WHEN 'staff' THEN (SELECT name FROM staff WHERE id = a.record_id)"
  " END";

void
hearth_history_item_free (HearthHistoryItem *item)
{
  if (item == NULL)
    return;

  g_free (item->at);
  g_free (item->who);
  g_free (item->action);
  g_free (item->kind);
  g_free (item->title);
  g_free (item->fields);
  g_free (item);
}

void
hearth_history_change_free (HearthHistoryChange *change)
{
  if (change == NULL)
    return;

  g_free (change->field);
  g_free (change->label);
  g_free (change->before);
  g_free (change->after);
  g_free (change);
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/* The record and, for a person, carer, trial or review, the records that belong to it. */
static void
append_record_condition (GString    *sql,
                         const char *kind)
{
  g_string_append (sql, " AND ((a.record_type = ?1 AND a.record_id = ?2)");
  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    if (g_str_equal (children[i].parent, kind))
      g_string_append_printf (sql,
                              " OR (a.record_type = '%s' AND a.record_id IN"
                              " (SELECT id FROM %s WHERE %s = ?2))",
                              children[i].kind, children[i].table, children[i].column);
  g_string_append (sql, ")");
}

static char *
history_sql (const HearthHistoryFilter *filter)
{
  GString *sql = g_string_new (NULL);

  g_string_append_printf (sql,
                          "SELECT a.id, a.at, a.who, a.action, a.record_type, a.record_id, %s,"
                          " CASE a.action WHEN 'erase' THEN NULL"
                          " ELSE (SELECT group_concat(key, ', ') FROM json_each(a.changes)) END"
                          " FROM audit a WHERE a.erased = 0",
                          title_sql);

  if (filter->kind != NULL && filter->record_id > 0)
    append_record_condition (sql, filter->kind);
  else if (filter->kind != NULL)
    g_string_append (sql, " AND a.record_type = ?1");
  if (filter->who != NULL)
    g_string_append (sql, " AND instr(lower(a.who), lower(?3)) > 0");
  if (filter->action != NULL)
    g_string_append (sql, " AND a.action = ?4");
  if (filter->from != NULL)
    g_string_append (sql, " AND a.at >= ?5");
  if (filter->to != NULL)
    g_string_append (sql, " AND substr(a.at, 1, 10) <= ?6");
  if (filter->text != NULL)
    g_string_append (sql, " AND instr(lower(a.changes), lower(?7)) > 0");
  g_string_append (sql, " ORDER BY a.id DESC LIMIT ?8");

  return g_string_free (sql, FALSE);
}

static void
bind_optional (sqlite3_stmt *stmt,
               int           index,
               const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

/**
 * hearth_scheme_list_history:
 * @filter: (nullable): which changes; %NULL for all
 * @limit: at most this many, newest first; 0 for no limit
 *
 * Returns: (transfer full) (element-type HearthHistoryItem): the changes, newest first
 */
GPtrArray *
hearth_scheme_list_history (HearthScheme              *self,
                            const HearthHistoryFilter *filter,
                            guint                      limit,
                            GError                   **error)
{
  static const HearthHistoryFilter everything = { NULL };
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_history_item_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = NULL;
  int rc;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);

  if (filter == NULL)
    filter = &everything;
  sql = history_sql (filter);
  if (!(stmt = _hearth_scheme_prepare (self, sql, error)))
    return NULL;

  bind_optional (stmt, 1, filter->kind);
  sqlite3_bind_int64 (stmt, 2, filter->record_id);
  bind_optional (stmt, 3, filter->who);
  bind_optional (stmt, 4, filter->action);
  bind_optional (stmt, 5, filter->from);
  bind_optional (stmt, 6, filter->to);
  bind_optional (stmt, 7, filter->text);
  sqlite3_bind_int64 (stmt, 8, limit > 0 ? (gint64) limit : -1);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HearthHistoryItem *item = g_new0 (HearthHistoryItem, 1);

      item->id = sqlite3_column_int64 (stmt, 0);
      item->at = dup_column (stmt, 1);
      item->who = dup_column (stmt, 2);
      item->action = dup_column (stmt, 3);
      item->kind = dup_column (stmt, 4);
      item->record_id = sqlite3_column_int64 (stmt, 5);
      item->title = dup_column (stmt, 6);
      item->fields = dup_column (stmt, 7);
      g_ptr_array_add (items, item);
    }

  if (rc != SQLITE_DONE)
    {
      _hearth_scheme_set_error (self, error, rc);
      return NULL;
    }

  return g_steal_pointer (&items);
}

/**
 * hearth_scheme_list_changes:
 *
 * What one change did, field by field: a new record's values, or each changed field
 * before and after.
 *
 * Returns: (transfer full) (element-type HearthHistoryChange): the fields, in order
 */
GPtrArray *
hearth_scheme_list_changes (HearthScheme  *self,
                            gint64         audit_id,
                            GError       **error)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_history_change_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);

  stmt = _hearth_scheme_prepare (self,
                                 "SELECT a.record_type, j.key,"
                                 " CASE WHEN j.type = 'array' THEN json_extract(j.value, '$[0]') END,"
                                 " CASE WHEN j.type = 'array' THEN json_extract(j.value, '$[1]')"
                                 "      ELSE j.value END"
                                 " FROM audit a, json_each(a.changes) j WHERE a.id = ?1"
                                 " ORDER BY j.id", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, audit_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HearthHistoryChange *change = g_new0 (HearthHistoryChange, 1);

      change->field = dup_column (stmt, 1);
      change->label = hearth_history_field_label ((const char *) sqlite3_column_text (stmt, 0),
                                                  change->field);
      change->before = dup_column (stmt, 2);
      change->after = dup_column (stmt, 3);
      g_ptr_array_add (changes, change);
    }

  if (rc != SQLITE_DONE)
    {
      _hearth_scheme_set_error (self, error, rc);
      return NULL;
    }

  return g_steal_pointer (&changes);
}

/**
 * hearth_scheme_list_history_who:
 *
 * Returns: (transfer full): everyone who has changed the scheme, by name
 */
GStrv
hearth_scheme_list_history_who (HearthScheme  *self,
                                GError       **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);

  if (!(stmt = _hearth_scheme_prepare (self, "SELECT DISTINCT who FROM audit ORDER BY who", error)))
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));

  if (rc != SQLITE_DONE)
    {
      _hearth_scheme_set_error (self, error, rc);
      return NULL;
    }

  return g_strv_builder_end (builder);
}

static void
list_who_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  GError *error = NULL;
  GStrv who = hearth_scheme_list_history_who (task_data, &error);

  if (who == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, who, (GDestroyNotify) g_strfreev);
}

/**
 * hearth_scheme_list_history_who_async:
 *
 * Lists everyone who has changed the scheme, as hearth_scheme_list_history_who() does, on a
 * read-only connection of its own in a worker thread: on a large scheme it reads the whole
 * history.
 */
void
hearth_scheme_list_history_who_async (HearthScheme        *self,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (HEARTH_IS_SCHEME (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, hearth_scheme_list_history_who_async);
  _hearth_scheme_run_on_reader (self, task, list_who_thread);
}

/**
 * hearth_scheme_list_history_who_finish:
 *
 * Returns: (transfer full): everyone who has changed the scheme, by name, or %NULL with
 *   @error set
 */
GStrv
hearth_scheme_list_history_who_finish (HearthScheme  *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

const char *
hearth_history_kind_label (const char *kind)
{
  static const struct { const char *kind; const char *label; } labels[] = {
    { "person", N_("Person") },
    { "carer", N_("Carer") },
    { "pen-portrait", N_("Pen portrait") },
    { "carer-check", N_("Check") },
    { "training", N_("Training") },
    { "household-member", N_("Household member") },
    { "stage-change", N_("Recruitment stage") },
    { "panel", N_("Panel") },
    { "panel-decision", N_("Panel decision") },
    { "trial", N_("Trial") },
    { "trial-stage", N_("Trial stage") },
    { "arrangement", N_("Arrangement") },
    { "review", N_("Review") },
    { "review-outcome", N_("Review outcome") },
    { "review-action", N_("Review action") },
    { "scheme", N_("Scheme") },
    { "staff", N_("Staff") },
    { "enquiry-source", N_("Enquiry source") },
  };

  g_return_val_if_fail (kind != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].kind, kind))
      return _(labels[i].label);
  return kind;
}

const char *
hearth_history_action_label (const char *action)
{
  static const struct { const char *action; const char *label; } labels[] = {
    { "insert", N_("Added") },
    { "update", N_("Changed") },
    { "archive", N_("Archived") },
    { "restore", N_("Restored") },
    { "stage", N_("Moved on") },
    { "erase", N_("Erased") },
    { "migrate", N_("File updated") },
  };

  g_return_val_if_fail (action != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].action, action))
      return _(labels[i].label);
  return action;
}

/**
 * hearth_history_field_label:
 * @kind: the kind of record changed, as the audit trail names it
 * @column: a column of its table, as the audit trail names it
 *
 * The field in the words the editor uses: a person's "referral_date" reads "Referred on".
 * A column Hearth no longer has is read from its name: "old_column" reads "Old column".
 *
 * Returns: (transfer full): the label
 */
char *
hearth_history_field_label (const char *kind,
                            const char *column)
{
  GType type = kind != NULL ? hearth_record_type_for_kind (kind) : G_TYPE_INVALID;
  g_autofree char *property = NULL;
  const char *known = NULL;
  char *label;

  g_return_val_if_fail (column != NULL, NULL);

  property = g_strdelimit (g_strdup (column), "_", '-');
  if (type != G_TYPE_INVALID)
    known = hearth_record_get_field_label (type, property);
  if (known != NULL)
    return g_strdup (known);

  label = g_strdelimit (g_strdup (column), "_-", ' ');
  if (g_str_has_suffix (label, " id"))
    label[strlen (label) - 3] = '\0';
  label[0] = g_ascii_toupper (label[0]);
  return label;
}

/* "Changed Person Chidi Varga: status, area", in one line. */
char *
hearth_history_item_dup_summary (const HearthHistoryItem *item)
{
  const char *kind;

  g_return_val_if_fail (item != NULL, NULL);

  kind = hearth_history_kind_label (item->kind);
  if (g_str_equal (item->action, "erase"))
    return g_strdup_printf (_("Erased a record (%s %" G_GINT64_FORMAT ") past its retention period"),
                            kind, item->record_id);
  if (item->title == NULL)
    return g_strdup_printf ("%s %s %" G_GINT64_FORMAT, hearth_history_action_label (item->action),
                            kind, item->record_id);
  return g_strdup_printf ("%s %s: %s", hearth_history_action_label (item->action), kind,
                          item->title);
}
