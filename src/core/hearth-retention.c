/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-retention.c: the scheme keeps records of people and carers for a set number of
 * years after they leave (eight by default). Past that, a record can be erased: after the
 * coordinator types the full name, it is removed from every table and the search index,
 * freed pages are overwritten, and the audit trail keeps only that an erasure happened. */

#define G_LOG_DOMAIN "hearth-retention"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-audit-chain.h"
#include "hearth-backup.h"
#include "hearth-carer.h"
#include "hearth-date.h"
#include "hearth-error.h"
#include "hearth-person.h"
#include "hearth-retention.h"
#include "hearth-scheme-private.h"

/* When someone left the scheme: archived, moved on or closed, or out of recruitment. */
#define PERSON_LEFT_ON \
  "CASE WHEN archived_at IS NOT NULL THEN archived_at" \
  "     WHEN status IN ('moved-on', 'closed')" \
  "     THEN coalesce((SELECT max(end_date) FROM arrangement WHERE person_id = person.id)," \
  "                   substr(updated_at, 1, 10)) END"
#define CARER_LEFT_ON \
  "coalesce(archived_at, CASE WHEN stage IN ('withdrawn', 'declined', 'approval-ended')" \
  "                           THEN stage_since END)"

static gboolean
is_person (HearthRecord *record)
{
  return HEARTH_IS_PERSON (record);
}

/**
 * hearth_scheme_dup_left_on:
 *
 * Returns: (nullable): the date @record's person or carer left the scheme, or %NULL while
 *   they are still with it
 */
char *
hearth_scheme_dup_left_on (HearthScheme  *self,
                           HearthRecord  *record,
                           GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *sql;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);
  g_return_val_if_fail (HEARTH_IS_PERSON (record) || HEARTH_IS_CARER (record), NULL);

  sql = is_person (record) ? "SELECT " PERSON_LEFT_ON " FROM person WHERE id = ?1"
                           : "SELECT " CARER_LEFT_ON " FROM carer WHERE id = ?1";
  if (!(stmt = _hearth_scheme_prepare (self, sql, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, hearth_record_get_id (record));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;

  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

static char *
keep_until (HearthScheme *self,
            const char   *left_on)
{
  gint64 years = hearth_scheme_details_get_retention_years (hearth_scheme_get_details (self));

  return hearth_date_add_years (left_on, (int) years);
}

/**
 * hearth_scheme_list_past_retention:
 * @today: the date to measure from
 *
 * Returns: (transfer container) (element-type HearthRecord): the people and carers whose
 *   records have been kept for the scheme's retention period since they left
 */
GPtrArray *
hearth_scheme_list_past_retention (HearthScheme  *self,
                                   const char    *today,
                                   GError       **error)
{
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) carers = NULL;
  g_autofree char *limit = NULL;
  gint64 years;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);
  g_return_val_if_fail (hearth_date_is_valid (today), NULL);

  /* Left on or before this date: kept long enough. */
  years = hearth_scheme_details_get_retention_years (hearth_scheme_get_details (self));
  limit = hearth_date_add_years (today, (int) -years);

  people = _hearth_scheme_load_where (self, HEARTH_TYPE_PERSON,
                                      "WHERE " PERSON_LEFT_ON " IS NOT NULL ORDER BY id", 0,
                                      error);
  if (people == NULL)
    return NULL;
  carers = _hearth_scheme_load_where (self, HEARTH_TYPE_CARER,
                                      "WHERE " CARER_LEFT_ON " IS NOT NULL ORDER BY id", 0,
                                      error);
  if (carers == NULL)
    return NULL;

  /* Everyone who has left; keep those who left on or before the limit. */
  g_ptr_array_extend_and_steal (people, g_steal_pointer (&carers));
  for (guint i = people->len; i > 0; i--)
    {
      g_autofree char *left = hearth_scheme_dup_left_on (self, g_ptr_array_index (people, i - 1),
                                                         NULL);

      if (left == NULL || g_strcmp0 (left, limit) > 0)
        g_ptr_array_remove_index (people, i - 1);
    }

  return g_steal_pointer (&people);
}

static gboolean
check_erasable (HearthScheme  *self,
                HearthRecord  *record,
                const char    *typed_name,
                GError       **error)
{
  g_autofree char *full = g_strdup_printf ("%s %s",
                                           hearth_record_get_string (record, "first-name"),
                                           hearth_record_get_string (record, "last-name"));
  g_autofree char *typed = g_strstrip (g_strdup (typed_name != NULL ? typed_name : ""));
  g_autofree char *left = hearth_scheme_dup_left_on (self, record, NULL);
  g_autofree char *today = hearth_date_today ();
  g_autofree char *until = NULL;

  if (left == NULL)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("%s is still with the scheme; only the records of people and carers who "
                     "have left can be erased."), full);
      return FALSE;
    }

  until = keep_until (self, left);
  if (g_strcmp0 (until, today) > 0)
    {
      g_autofree char *shown = hearth_date_to_display (until);

      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("%s’s records must be kept until %s."), full, shown);
      return FALSE;
    }

  if (g_strcmp0 (typed, full) != 0)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("Type “%s” to confirm. Erasing cannot be undone."), full);
      return FALSE;
    }

  return TRUE;
}

static gboolean
exec_with_id (HearthScheme        *self,
              const char * const  *statements,
              gint64               id,
              GError             **error)
{
  for (guint i = 0; statements[i] != NULL; i++)
    {
      g_autoptr(sqlite3_stmt) stmt = _hearth_scheme_prepare (self, statements[i], error);

      if (stmt == NULL)
        return FALSE;
      if (sqlite3_bind_parameter_count (stmt) > 0)
        sqlite3_bind_int64 (stmt, 1, id);
      if (!_hearth_scheme_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* Everything recorded about one person, then the person. */
static const char * const erase_person_sql[] = {
  "INSERT INTO temp.erased SELECT 'person', ?1",
  "INSERT INTO temp.erased SELECT 'pen-portrait', id FROM pen_portrait WHERE person_id = ?1",
  "INSERT INTO temp.erased SELECT 'trial', id FROM trial WHERE person_id = ?1",
  "INSERT INTO temp.erased SELECT 'trial-stage', id FROM trial_stage"
  " WHERE trial_id IN (SELECT id FROM trial WHERE person_id = ?1)",
  "INSERT INTO temp.erased SELECT 'arrangement', id FROM arrangement WHERE person_id = ?1",
  "INSERT INTO temp.erased SELECT 'review', id FROM review"
  " WHERE arrangement_id IN (SELECT id FROM arrangement WHERE person_id = ?1)",
  "INSERT INTO temp.erased SELECT 'review-outcome', id FROM review_outcome"
  " WHERE review_id IN (SELECT id FROM temp.erased WHERE kind = 'review')",
  "INSERT INTO temp.erased SELECT 'review-action', id FROM review_action"
  " WHERE review_id IN (SELECT id FROM temp.erased WHERE kind = 'review')",
  "DELETE FROM review_outcome WHERE id IN (SELECT id FROM temp.erased WHERE kind = 'review-outcome')",
  "DELETE FROM review_action WHERE id IN (SELECT id FROM temp.erased WHERE kind = 'review-action')",
  "DELETE FROM review WHERE id IN (SELECT id FROM temp.erased WHERE kind = 'review')",
  "DELETE FROM arrangement WHERE person_id = ?1",
  "DELETE FROM trial_stage WHERE id IN (SELECT id FROM temp.erased WHERE kind = 'trial-stage')",
  "DELETE FROM trial WHERE person_id = ?1",
  "DELETE FROM pen_portrait WHERE person_id = ?1",
  "DELETE FROM shortlist WHERE person_id = ?1",
  "DELETE FROM search WHERE rowid = ?1 * 2",
  "DELETE FROM person WHERE id = ?1",
  NULL
};

/* A carer's own records; the people they supported keep theirs. */
static const char * const erase_carer_sql[] = {
  "INSERT INTO temp.erased SELECT 'carer', ?1",
  "INSERT INTO temp.erased SELECT 'carer-check', id FROM carer_check WHERE carer_id = ?1",
  "INSERT INTO temp.erased SELECT 'training', id FROM training WHERE carer_id = ?1",
  "INSERT INTO temp.erased SELECT 'household-member', id FROM household_member WHERE carer_id = ?1",
  "INSERT INTO temp.erased SELECT 'stage-change', id FROM carer_stage_change WHERE carer_id = ?1",
  "INSERT INTO temp.erased SELECT 'panel-decision', id FROM panel_decision WHERE carer_id = ?1",
  "INSERT INTO temp.erased SELECT 'pen-portrait', id FROM pen_portrait WHERE carer_id = ?1",
  "INSERT INTO temp.erased SELECT 'review', id FROM review WHERE carer_id = ?1",
  "DELETE FROM carer_check WHERE carer_id = ?1",
  "DELETE FROM training WHERE carer_id = ?1",
  "DELETE FROM household_member WHERE carer_id = ?1",
  "DELETE FROM carer_stage_change WHERE carer_id = ?1",
  "DELETE FROM panel_decision WHERE carer_id = ?1",
  "DELETE FROM pen_portrait WHERE carer_id = ?1",
  "DELETE FROM shortlist WHERE carer_id = ?1",
  "DELETE FROM review WHERE carer_id = ?1",
  "DELETE FROM search WHERE rowid = ?1 * 2 + 1",
  "DELETE FROM carer WHERE id = ?1",
  NULL
};

static const char * const erase_begin_sql[] = {
  "CREATE TEMP TABLE IF NOT EXISTS erased (kind TEXT NOT NULL, id INTEGER NOT NULL)",
  "DELETE FROM temp.erased",
  "INSERT INTO erasure_in_progress (id) VALUES (1)",
  NULL
};

/* Before the audit trail was chained (a backup of an older version): its entries go. */
static const char * const erase_end_unchained_sql[] = {
  "DELETE FROM audit WHERE (record_type, record_id) IN (SELECT kind, id FROM temp.erased)",
  "DELETE FROM erasure_in_progress",
  "DELETE FROM temp.erased",
  NULL
};

/* A chained trail keeps each entry's place and hash, with its content gone. */
static const char * const erase_audit_sql[] = {
  "UPDATE audit SET changes = '{}', erased = 1"
  " WHERE (record_type, record_id) IN (SELECT kind, id FROM temp.erased) AND erased = 0",
  NULL
};

/* What the erasure's own entry says: which entries it emptied, by number only. */
#define ERASED_ENTRIES_SQL \
  "SELECT json_object('entries', json_group_array(id)) FROM (SELECT id FROM audit" \
  " WHERE erased = 1 AND (record_type, record_id) IN (SELECT kind, id FROM temp.erased)" \
  " ORDER BY id)"

static const char * const erase_end_sql[] = {
  "DELETE FROM erasure_in_progress",
  "DELETE FROM temp.erased",
  NULL
};

static gboolean
check_carer_history (HearthScheme  *self,
                     HearthRecord  *carer,
                     GError       **error)
{
  gint64 linked = _hearth_scheme_query_int (self,
                                            "SELECT (SELECT count(*) FROM arrangement WHERE carer_id = ?1)"
                                            " + (SELECT count(*) FROM trial WHERE carer_id = ?1)",
                                            hearth_record_get_id (carer), error);
  g_autofree char *title = NULL;

  if (linked <= 0)
    return linked == 0;

  title = hearth_record_dup_title (carer);
  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
               _("%s was matched with people whose records are still kept, so their record "
                 "stays as part of those people’s history."), title);
  return FALSE;
}

static gboolean
exec_raw (sqlite3             *db,
          const char * const  *statements,
          gint64               id,
          GError             **error)
{
  for (guint i = 0; statements[i] != NULL; i++)
    {
      sqlite3_stmt *stmt = NULL;
      int rc = sqlite3_prepare_v2 (db, statements[i], -1, &stmt, NULL);

      if (rc == SQLITE_OK && sqlite3_bind_parameter_count (stmt) > 0)
        sqlite3_bind_int64 (stmt, 1, id);
      if (rc == SQLITE_OK)
        rc = sqlite3_step (stmt);
      sqlite3_finalize (stmt);

      if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        {
          g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_FAILED,
                       _("The backup could not be cleaned: %s"), sqlite3_errmsg (db));
          return FALSE;
        }
    }

  return TRUE;
}

typedef struct
{
  gboolean    person;
  gint64      id;
  const char *kind;
  const char *who;
} Erasure;

static char *
query_text (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

/* In a chained copy, the erasure's own entry, chained like any other. */
static gboolean
add_erase_entry (sqlite3        *db,
                 const Erasure  *erasure,
                 GError        **error)
{
  g_autofree char *entries = query_text (db, ERASED_ENTRIES_SQL);
  g_autofree char *previous = query_text (db, "SELECT hash FROM audit ORDER BY id DESC LIMIT 1");
  g_autofree char *last = query_text (db, "SELECT max(id) FROM audit");
  g_autofree char *now = hearth_timestamp_now ();
  g_autofree char *hash = NULL;
  gint64 id = (last != NULL ? g_ascii_strtoll (last, NULL, 10) : 0) + 1;
  sqlite3_stmt *stmt = NULL;
  int rc;

  hash = _hearth_audit_hash (previous, id, now, erasure->who, "erase", erasure->kind,
                             erasure->id, entries != NULL ? entries : "{}");
  rc = sqlite3_prepare_v2 (db, "INSERT INTO audit (id, at, who, action, record_type, record_id,"
                               " changes, hash) VALUES (?1, ?2, ?3, 'erase', ?4, ?5, ?6, ?7)",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_text (stmt, 2, now, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, erasure->who, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, erasure->kind, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 5, erasure->id);
      sqlite3_bind_text (stmt, 6, entries != NULL ? entries : "{}", -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 7, hash, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt) == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_FAILED,
                 _("The backup could not be cleaned: %s"), sqlite3_errmsg (db));
  return rc == SQLITE_OK;
}

/* The same erase, on a copy of the scheme that a backup holds, whatever its version. */
static gboolean
erase_in_copy (gpointer   db,
               gpointer   data,
               GError   **error)
{
  const Erasure *erasure = data;
  static const char * const begin[] = { "BEGIN IMMEDIATE", NULL };
  static const char * const commit[] = {
    "INSERT INTO search (search) VALUES ('optimize')",
    "COMMIT",
    NULL
  };
  g_autofree char *version = query_text (db, "PRAGMA user_version");
  gboolean chained = version != NULL &&
                     g_ascii_strtoll (version, NULL, 10) >= HEARTH_AUDIT_CHAIN_VERSION;
  gboolean ok;

  ok = exec_raw (db, begin, 0, error) &&
       exec_raw (db, erase_begin_sql, erasure->id, error) &&
       exec_raw (db, erasure->person ? erase_person_sql : erase_carer_sql, erasure->id, error) &&
       (chained ? exec_raw (db, erase_audit_sql, erasure->id, error) &&
                  add_erase_entry (db, erasure, error) &&
                  exec_raw (db, erase_end_sql, erasure->id, error)
                : exec_raw (db, erase_end_unchained_sql, erasure->id, error)) &&
       exec_raw (db, commit, 0, error);
  if (!ok)
    sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  return ok;
}

static char *
describe_backups (guint      cleaned,
                  GPtrArray *dropped)
{
  g_autofree char *names = NULL;

  if (dropped->len == 0)
    return cleaned == 0 ? NULL
                        : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                        "It was also erased from %u backup.",
                                                        "It was also erased from %u backups.",
                                                        cleaned), cleaned);

  g_ptr_array_add (dropped, NULL);
  names = g_strjoinv (", ", (char **) dropped->pdata);
  g_ptr_array_remove_index (dropped, dropped->len - 1);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "It was also erased from %u backups; %u backup that could "
                                       "not be cleaned was removed: %s.",
                                       "It was also erased from %u backups; %u backups that "
                                       "could not be cleaned were removed: %s.",
                                       dropped->len),
                          cleaned, dropped->len, names);
}

/**
 * hearth_scheme_erase:
 * @record: a person or a carer past the scheme's retention period
 * @typed_name: the full name, as the coordinator typed it to confirm
 *
 * @report: (out) (optional) (nullable) (transfer full): what happened to the backups, in
 *   words, or %NULL when there were none
 *
 * Erases @record and everything recorded about them, everywhere in the scheme file, and
 * then in every backup Hearth keeps of it: each is rewritten through the same erase and
 * checked, or removed (and named in @report) when it cannot be. The audit trail keeps only
 * that an erasure happened, by whom and when.
 */
gboolean
hearth_scheme_erase (HearthScheme  *self,
                     HearthRecord  *record,
                     const char    *typed_name,
                     char         **report,
                     GError       **error)
{
  g_autoptr(GPtrArray) dropped = NULL;
  g_autofree char *entries = NULL;
  Erasure erasure;
  guint cleaned;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_PERSON (record) || HEARTH_IS_CARER (record), FALSE);

  if (!check_erasable (self, record, typed_name, error) ||
      (!is_person (record) && !check_carer_history (self, record, error)))
    return FALSE;

  id = hearth_record_get_id (record);
  if (!_hearth_scheme_begin (self, error))
    return FALSE;

  ok = exec_with_id (self, erase_begin_sql, id, error) &&
       exec_with_id (self, is_person (record) ? erase_person_sql : erase_carer_sql, id, error) &&
       exec_with_id (self, erase_audit_sql, id, error) &&
       (entries = query_text (_hearth_scheme_get_db (self), ERASED_ENTRIES_SQL)) != NULL &&
       _hearth_scheme_audit (self, "erase", hearth_record_get_kind (record), id, entries, error) &&
       exec_with_id (self, erase_end_sql, id, error);
  if (!ok)
    {
      _hearth_scheme_rollback (self);
      return FALSE;
    }

  if (!_hearth_scheme_commit (self, error))
    return FALSE;

  /* Merge the search index's segments and the log, so no old copy of the text remains. */
  _hearth_scheme_exec (self, "INSERT INTO search (search) VALUES ('optimize')", NULL);
  sqlite3_wal_checkpoint_v2 (_hearth_scheme_get_db (self), NULL, SQLITE_CHECKPOINT_TRUNCATE,
                             NULL, NULL);
  _hearth_scheme_emit_erased (self, record);

  erasure.person = is_person (record);
  erasure.id = id;
  erasure.kind = hearth_record_get_kind (record);
  erasure.who = hearth_scheme_get_user (self);
  hearth_scheme_erase_from_backups (self, erase_in_copy, &erasure, &cleaned, &dropped);
  if (report != NULL)
    *report = describe_backups (cleaned, dropped);
  return TRUE;
}
