/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-matching-scheme.c: what the scheme keeps for matching (the weights of the score and
 * each person's shortlist) and the facts it gathers for hearth_match_rank(). */

#define G_LOG_DOMAIN "hearth-matching"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date.h"
#include "hearth-error.h"
#include "hearth-matching.h"
#include "hearth-rules.h"
#include "hearth-scheme-private.h"
#include "hearth-values.h"

/* Weights */

/**
 * hearth_scheme_get_match_weights:
 * @weights: (out caller-allocates): the points each factor of a match is worth
 */
gboolean
hearth_scheme_get_match_weights (HearthScheme        *self,
                                 HearthMatchWeights  *weights,
                                 GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);
  g_return_val_if_fail (weights != NULL, FALSE);

  hearth_match_weights_init_default (weights);
  if (!(stmt = _hearth_scheme_prepare (self, "SELECT factor, weight FROM match_weight", error)))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int factor = hearth_match_factor_from_name ((const char *) sqlite3_column_text (stmt, 0));

      if (factor >= 0)
        weights->weight[factor] = sqlite3_column_int64 (stmt, 1);
    }

  if (rc != SQLITE_DONE)
    {
      _hearth_scheme_set_error (self, error, rc);
      return FALSE;
    }

  return TRUE;
}

/**
 * hearth_scheme_set_match_weight:
 * @weight: from 0 (the factor is left out of the score) to 10
 *
 * Sets the points one factor of a match is worth; the change is in the audit trail.
 */
gboolean
hearth_scheme_set_match_weight (HearthScheme       *self,
                                HearthMatchFactor   factor,
                                gint64              weight,
                                GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) json = g_string_new ("{\"factor\":");
  HearthMatchWeights before;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);
  g_return_val_if_fail (factor < HEARTH_N_MATCH_FACTORS, FALSE);

  if (weight < 0 || weight > 10)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("A weight is from 0 to 10 points, not %" G_GINT64_FORMAT "."), weight);
      return FALSE;
    }

  if (!hearth_scheme_get_match_weights (self, &before, error))
    return FALSE;

  _hearth_json_append_string (json, hearth_match_factor_name (factor));
  g_string_append_printf (json, ",\"weight\":[%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT "]}",
                          before.weight[factor], weight);

  if (!_hearth_scheme_begin (self, error))
    return FALSE;

  stmt = _hearth_scheme_prepare (self, "INSERT INTO match_weight (factor, weight) VALUES (?1, ?2)"
                                       " ON CONFLICT (factor) DO UPDATE SET weight = ?2", error);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, hearth_match_factor_name (factor), -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, weight);
    }

  if (stmt == NULL || !_hearth_scheme_step_done (self, stmt, error) ||
      !_hearth_scheme_audit (self, "update", "match-weight", 0, json->str, error))
    {
      _hearth_scheme_rollback (self);
      return FALSE;
    }

  return _hearth_scheme_commit (self, error);
}

/* Facts */

static void
facts_clear (gpointer data)
{
  HearthMatchFacts *facts = data;

  g_clear_object (&facts->carer);
  g_clear_pointer (&facts->declined_on, g_free);
  g_clear_pointer (&facts->open_trial_stage, g_free);
}

static GHashTable *
load_people_now (HearthScheme  *self,
                 const char    *today,
                 GError       **error)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  /* Now or to come: a place promised from next month is not free today either. */
  stmt = _hearth_scheme_prepare (self,
                                 "SELECT carer_id, count(*) FROM arrangement"
                                 " WHERE end_date IS NULL OR end_date > ?1 GROUP BY carer_id",
                                 error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *key = g_new (gint64, 1);

      *key = sqlite3_column_int64 (stmt, 0);
      g_hash_table_insert (counts, key, GINT_TO_POINTER (sqlite3_column_int (stmt, 1)));
    }

  if (rc != SQLITE_DONE)
    {
      _hearth_scheme_set_error (self, error, rc);
      return NULL;
    }

  return g_steal_pointer (&counts);
}

/* Trials of this person: the open ones, and the last no from each carer not lifted since. */
static gboolean
add_trial_facts (HearthScheme  *self,
                 gint64         person_id,
                 GArray        *facts,
                 GHashTable    *by_carer,
                 GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = _hearth_scheme_prepare (self,
                                 "SELECT carer_id, outcome, stage, closed_on FROM trial"
                                 " WHERE person_id = ?1 AND (outcome = 'open' OR"
                                 "  (outcome IN ('declined-by-person', 'declined-by-carer')"
                                 "   AND suggest_again = 0))"
                                 " ORDER BY closed_on", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 carer_id = sqlite3_column_int64 (stmt, 0);
      const char *outcome = (const char *) sqlite3_column_text (stmt, 1);
      gpointer index;
      HearthMatchFacts *fact;

      if (!g_hash_table_lookup_extended (by_carer, &carer_id, NULL, &index))
        continue;

      fact = &g_array_index (facts, HearthMatchFacts, GPOINTER_TO_UINT (index));
      if (g_str_equal (outcome, "open"))
        {
          g_free (fact->open_trial_stage);
          fact->open_trial_stage = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
        }
      else
        {
          g_free (fact->declined_on);
          fact->declined_on = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
          fact->declined_by_carer = g_str_equal (outcome, "declined-by-carer");
        }
    }

  if (rc != SQLITE_DONE)
    {
      _hearth_scheme_set_error (self, error, rc);
      return FALSE;
    }

  return TRUE;
}

/* The approved carers, kept between suggestions while nothing in the file changes: a
 * coordinator tries a type, then an emergency, then the next person, and a large scheme has
 * thousands of carers to load each time. */
typedef struct
{
  GPtrArray      *carers;
  GPtrArray      *sort_keys; /* each carer's name as a collation key, to sort thousands */
  sqlite3_int64   changes;   /* the connection's total changes when they were loaded */
} CarerCache;

static void
carer_cache_free (gpointer data)
{
  CarerCache *cache = data;

  g_clear_pointer (&cache->carers, g_ptr_array_unref);
  g_clear_pointer (&cache->sort_keys, g_ptr_array_unref);
  g_free (cache);
}

static GPtrArray *
load_approved_carers (HearthScheme  *self,
                      GPtrArray    **sort_keys,
                      GError       **error)
{
  CarerCache *cache = g_object_get_data (G_OBJECT (self), "hearth-matching-carers");
  sqlite3_int64 changes = sqlite3_total_changes64 (_hearth_scheme_get_db (self));

  if (cache == NULL)
    {
      cache = g_new0 (CarerCache, 1);
      g_object_set_data_full (G_OBJECT (self), "hearth-matching-carers", cache, carer_cache_free);
    }

  if (cache->carers == NULL || cache->changes != changes)
    {
      GPtrArray *carers = _hearth_scheme_load_where (self, HEARTH_TYPE_CARER,
                                                     "WHERE stage = 'approved'"
                                                     " AND archived_at IS NULL ORDER BY id",
                                                     0, error);

      if (carers == NULL)
        return NULL;
      g_clear_pointer (&cache->carers, g_ptr_array_unref);
      g_clear_pointer (&cache->sort_keys, g_ptr_array_unref);
      cache->carers = carers;
      cache->changes = changes;
      cache->sort_keys = g_ptr_array_new_full (carers->len, g_free);
      for (guint i = 0; i < carers->len; i++)
        {
          g_autofree char *name = hearth_carer_dup_display_name (carers->pdata[i]);

          g_ptr_array_add (cache->sort_keys, g_utf8_collate_key (name, -1));
        }
    }

  *sort_keys = g_ptr_array_ref (cache->sort_keys);
  return g_ptr_array_ref (cache->carers);
}

/* @sort_keys: (out): the names' collation keys, which the facts point into */
static GArray *
gather_facts (HearthScheme  *self,
              HearthPerson  *person,
              GPtrArray    **sort_keys,
              GError       **error)
{
  g_autoptr(GArray) facts = g_array_new (FALSE, TRUE, sizeof (HearthMatchFacts));
  g_autoptr(GHashTable) by_carer = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) carers = NULL;
  g_autoptr(GHashTable) people_now = NULL;
  g_autofree char *today = hearth_date_today ();
  g_autofree gint64 *ids = NULL;

  g_array_set_clear_func (facts, facts_clear);

  /* Only approved carers are worth a coordinator's reading; those still in recruitment are
   * in the Recruitment view. */
  carers = load_approved_carers (self, sort_keys, error);
  if (carers == NULL || !(people_now = load_people_now (self, today, error)))
    return NULL;

  g_array_set_size (facts, carers->len);
  ids = g_new (gint64, MAX (carers->len, 1));
  for (guint i = 0; i < carers->len; i++)
    {
      HearthMatchFacts *fact = &g_array_index (facts, HearthMatchFacts, i);
      HearthRecord *carer = g_ptr_array_index (carers, i);

      ids[i] = hearth_record_get_id (carer);
      fact->carer = g_object_ref (HEARTH_CARER (carer));
      fact->sort_key = g_ptr_array_index (*sort_keys, i);
      fact->people_now = GPOINTER_TO_UINT (g_hash_table_lookup (people_now, &ids[i]));
      g_hash_table_insert (by_carer, &ids[i], GUINT_TO_POINTER (i));
    }

  if (!add_trial_facts (self, hearth_record_get_id (HEARTH_RECORD (person)), facts, by_carer,
                        error))
    return NULL;

  return g_steal_pointer (&facts);
}

/**
 * hearth_scheme_suggest_carers:
 * @person: who needs a match
 * @arrangement_type: the type of arrangement wanted
 * @emergency: whether it is an emergency placement
 *
 * Every approved carer, judged for @person: the candidates first, best first, each with the
 * parts of their score; then those ruled out, each with the rules that removed them.
 * Shortlisted carers say so.
 *
 * Returns: (transfer full) (element-type HearthSuggestion): the suggestions, or %NULL
 */
GPtrArray *
hearth_scheme_suggest_carers (HearthScheme  *self,
                              HearthPerson  *person,
                              const char    *arrangement_type,
                              gboolean       emergency,
                              GError       **error)
{
  g_autoptr(GArray) facts = NULL;
  g_autoptr(GArray) shortlist = NULL;
  g_autoptr(GPtrArray) sort_keys = NULL;
  HearthMatchWeights weights;
  GPtrArray *suggestions;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);
  g_return_val_if_fail (HEARTH_IS_PERSON (person), NULL);

  if (!hearth_values_contains (HEARTH_VALUES_ARRANGEMENT_TYPE, arrangement_type))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("Choose the type of arrangement: long-term, short breaks or day support."));
      return NULL;
    }

  if (!hearth_scheme_get_match_weights (self, &weights, error) ||
      !(facts = gather_facts (self, person, &sort_keys, error)) ||
      !(shortlist = hearth_scheme_get_shortlist (self, person, error)))
    return NULL;

  suggestions = hearth_match_rank (person, arrangement_type, emergency, &weights,
                                   (const HearthMatchFacts *) facts->data, facts->len);

  for (guint i = 0; i < suggestions->len; i++)
    for (guint j = 0; j < shortlist->len; j++)
      if (hearth_suggestion_get_carer_id (suggestions->pdata[i]) ==
          g_array_index (shortlist, gint64, j))
        hearth_suggestion_set_shortlisted (suggestions->pdata[i], TRUE);

  return suggestions;
}

/**
 * hearth_scheme_suggest_again:
 * @trial: a trial closed by a no from either side
 *
 * Lifts that no, so the carer is suggested for the person again: the coordinator's choice,
 * kept in the audit trail.
 */
gboolean
hearth_scheme_suggest_again (HearthScheme  *self,
                             HearthTrial   *trial,
                             GError       **error)
{
  g_autoptr(HearthTrial) copy = NULL;
  const char *outcome;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_TRIAL (trial), FALSE);

  outcome = hearth_trial_get_outcome (trial);
  if (g_strcmp0 (outcome, "declined-by-person") != 0 &&
      g_strcmp0 (outcome, "declined-by-carer") != 0)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_TRIAL_STATE,
                   _("Only a trial that ended with a no keeps a carer from being suggested."));
      return FALSE;
    }

  copy = HEARTH_TRIAL (hearth_record_copy (HEARTH_RECORD (trial)));
  g_object_set (copy, "suggest-again", TRUE, NULL);

  if (!_hearth_scheme_begin (self, error))
    return FALSE;
  if (!_hearth_scheme_update (self, HEARTH_RECORD (copy), TRUE, error))
    {
      _hearth_scheme_rollback (self);
      return FALSE;
    }
  if (!_hearth_scheme_commit (self, error))
    return FALSE;

  hearth_record_assign (HEARTH_RECORD (trial), HEARTH_RECORD (copy));
  return TRUE;
}

/* The shortlist */

static gboolean
write_shortlist (HearthScheme  *self,
                 HearthPerson  *person,
                 HearthCarer   *carer,
                 gboolean       on,
                 GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) json = g_string_new ("{\"shortlist\":");
  g_autofree char *today = hearth_date_today ();
  g_autofree char *name = hearth_carer_dup_display_name (carer);
  gint64 person_id = hearth_record_get_id (HEARTH_RECORD (person));

  g_string_append_printf (json, "[%s,%s],\"carer\":", on ? "null" : "true", on ? "true" : "null");
  _hearth_json_append_string (json, name);
  g_string_append_c (json, '}');

  if (!_hearth_scheme_begin (self, error))
    return FALSE;

  stmt = _hearth_scheme_prepare (self, on
    ? "INSERT INTO shortlist (person_id, carer_id, added_on, added_by) VALUES (?1, ?2, ?3, ?4)"
      " ON CONFLICT (person_id, carer_id) DO UPDATE SET added_on = ?3, added_by = ?4,"
      " removed_on = NULL"
    : "UPDATE shortlist SET removed_on = ?3 WHERE person_id = ?1 AND carer_id = ?2"
      " AND removed_on IS NULL AND ?4 IS NOT NULL", error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, person_id);
      sqlite3_bind_int64 (stmt, 2, hearth_record_get_id (HEARTH_RECORD (carer)));
      sqlite3_bind_text (stmt, 3, today, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, hearth_scheme_get_user (self), -1, SQLITE_TRANSIENT);
    }

  /* The shortlist is part of the person's record, so its history is theirs. */
  if (stmt == NULL || !_hearth_scheme_step_done (self, stmt, error) ||
      !_hearth_scheme_audit (self, "update", "person", person_id, json->str, error))
    {
      _hearth_scheme_rollback (self);
      return FALSE;
    }

  return _hearth_scheme_commit (self, error);
}

/**
 * hearth_scheme_shortlist_carer:
 *
 * Puts @carer on @person's shortlist of carers worth introducing. Only a carer who could be
 * suggested (approved, with no rule against them) can be shortlisted.
 */
gboolean
hearth_scheme_shortlist_carer (HearthScheme  *self,
                               HearthPerson  *person,
                               HearthCarer   *carer,
                               GError       **error)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_PERSON (person), FALSE);
  g_return_val_if_fail (HEARTH_IS_CARER (carer), FALSE);

  if (g_strcmp0 (hearth_carer_get_stage (carer), "approved") != 0 ||
      hearth_record_is_archived (HEARTH_RECORD (carer)))
    {
      g_autofree char *name = hearth_carer_dup_display_name (carer);

      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_APPROVED,
                   _("%s is not an approved carer, so cannot be shortlisted."), name);
      return FALSE;
    }

  return write_shortlist (self, person, carer, TRUE, error);
}

gboolean
hearth_scheme_unshortlist_carer (HearthScheme  *self,
                                 HearthPerson  *person,
                                 HearthCarer   *carer,
                                 GError       **error)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_PERSON (person), FALSE);
  g_return_val_if_fail (HEARTH_IS_CARER (carer), FALSE);

  return write_shortlist (self, person, carer, FALSE, error);
}

/**
 * hearth_scheme_get_shortlist:
 *
 * Returns: (transfer full) (element-type gint64): the carers on @person's shortlist, in the
 *   order they were added
 */
GArray *
hearth_scheme_get_shortlist (HearthScheme  *self,
                             HearthPerson  *person,
                             GError       **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);
  g_return_val_if_fail (HEARTH_IS_PERSON (person), NULL);

  stmt = _hearth_scheme_prepare (self, "SELECT carer_id FROM shortlist WHERE person_id = ?1"
                                       " AND removed_on IS NULL ORDER BY added_on, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, hearth_record_get_id (HEARTH_RECORD (person)));

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
