/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-matching-scheme.c: what the scheme keeps for matching (the weights of the score and
 * each person's shortlist) and the facts it gathers for hearth_match_rank(). */

#define G_LOG_DOMAIN "hearth-matching"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date.h"
#include "hearth-error.h"
#include "hearth-matching-private.h"
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

  if (!hearth_rules_check_match_weight (weight, error) ||
      !hearth_scheme_get_match_weights (self, &before, error))
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

/* An open trial of a person, or their last no from a carer that the coordinator has not
 * lifted. */
typedef struct
{
  gint64    person_id;
  gint64    carer_id;
  gboolean  open;
  gboolean  by_carer;   /* whose no it was */
  char     *stage;      /* of an open trial */
  char     *closed_on;  /* of a no */
} TrialFact;

/* What matching keeps of a scheme between suggestions while nothing in the file changes: a
 * coordinator tries a type, then an emergency, then the next person, and a large scheme has
 * thousands of carers to load and prepare each time. Only the pairing with the person is
 * left for each suggestion. */
typedef struct
{
  sqlite3_int64  changes;          /* the connection's total changes when it was loaded */
  gint64         data_version;     /* PRAGMA data_version then: commits by other connections */
  GPtrArray     *carers;           /* HearthMatchCarer: the approved carers, by number */
  gint64        *ids;              /* each carer's number */
  GHashTable    *by_id;            /* carer number (into ids) → index in carers */
  GArray        *trials;           /* TrialFact, by person, then by date closed, then number */
  GHashTable    *trials_by_person; /* person number → where theirs start in trials, plus 1 */
  char          *today;            /* the day people_now was counted on */
  guint         *people_now;       /* for each of carers */
} MatchCache;

static void
trial_fact_clear (gpointer data)
{
  TrialFact *fact = data;

  g_clear_pointer (&fact->stage, g_free);
  g_clear_pointer (&fact->closed_on, g_free);
}

static void
match_cache_clear (MatchCache *cache)
{
  g_clear_pointer (&cache->by_id, g_hash_table_unref);
  g_clear_pointer (&cache->ids, g_free);
  g_clear_pointer (&cache->carers, g_ptr_array_unref);
  g_clear_pointer (&cache->trials_by_person, g_hash_table_unref);
  g_clear_pointer (&cache->trials, g_array_unref);
  g_clear_pointer (&cache->today, g_free);
  g_clear_pointer (&cache->people_now, g_free);
}

static void
match_cache_free (gpointer data)
{
  MatchCache *cache = data;

  match_cache_clear (cache);
  g_free (cache);
}

/* Only approved carers are worth a coordinator's reading; those still in recruitment are in
 * the Recruitment view. */
static gboolean
load_carers (HearthScheme  *self,
             MatchCache    *cache,
             GError       **error)
{
  g_autoptr(GPtrArray) records = NULL;

  records = _hearth_scheme_load_where (self, HEARTH_TYPE_CARER,
                                       "WHERE stage = 'approved' AND archived_at IS NULL"
                                       " ORDER BY id", 0, error);
  if (records == NULL)
    return FALSE;

  cache->carers = g_ptr_array_new_full (records->len, (GDestroyNotify) _hearth_match_carer_free);
  cache->ids = g_new (gint64, MAX (records->len, 1));
  cache->by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < records->len; i++)
    {
      HearthCarer *carer = records->pdata[i];
      g_autofree char *name = hearth_carer_dup_display_name (carer);
      g_autofree char *sort_key = g_utf8_collate_key (name, -1);

      g_ptr_array_add (cache->carers, _hearth_match_carer_new (carer, sort_key));
      cache->ids[i] = hearth_record_get_id (HEARTH_RECORD (carer));
      g_hash_table_insert (cache->by_id, &cache->ids[i], GUINT_TO_POINTER (i));
    }
  _hearth_match_carers_order_by_name ((HearthMatchCarer **) cache->carers->pdata,
                                      cache->carers->len);

  return TRUE;
}

/* Every person's open trials and noes not lifted, each person's in the order that makes
 * the last of a carer's noes the one that counts. */
static gboolean
load_trials (HearthScheme  *self,
             MatchCache    *cache,
             GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = _hearth_scheme_prepare (self,
                                 "SELECT person_id, carer_id, outcome, stage, closed_on FROM trial"
                                 " WHERE outcome = 'open' OR"
                                 "  (outcome IN ('declined-by-person', 'declined-by-carer')"
                                 "   AND suggest_again = 0)"
                                 " ORDER BY person_id, closed_on, id", error);
  if (stmt == NULL)
    return FALSE;

  cache->trials = g_array_new (FALSE, TRUE, sizeof (TrialFact));
  g_array_set_clear_func (cache->trials, trial_fact_clear);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *outcome = (const char *) sqlite3_column_text (stmt, 2);
      TrialFact fact = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
                         g_str_equal (outcome, "open") };

      if (fact.open)
        fact.stage = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      else
        {
          fact.closed_on = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
          fact.by_carer = g_str_equal (outcome, "declined-by-carer");
        }
      g_array_append_val (cache->trials, fact);
    }

  if (rc != SQLITE_DONE)
    {
      _hearth_scheme_set_error (self, error, rc);
      return FALSE;
    }

  /* The keys point into the array, which no longer moves. */
  cache->trials_by_person = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < cache->trials->len; i++)
    {
      TrialFact *fact = &g_array_index (cache->trials, TrialFact, i);

      if (i == 0 || fact->person_id != (fact - 1)->person_id)
        g_hash_table_insert (cache->trials_by_person, &fact->person_id, GUINT_TO_POINTER (i + 1));
    }

  return TRUE;
}

/* How many people each carer has in arrangements now or to come: a place promised from next
 * month is not free today either. */
static gboolean
load_people_now (HearthScheme  *self,
                 MatchCache    *cache,
                 const char    *today,
                 GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = _hearth_scheme_prepare (self,
                                 "SELECT carer_id, count(*) FROM arrangement"
                                 " WHERE end_date IS NULL OR end_date > ?1 GROUP BY carer_id",
                                 error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);

  g_clear_pointer (&cache->people_now, g_free);
  g_clear_pointer (&cache->today, g_free);
  cache->people_now = g_new0 (guint, MAX (cache->carers->len, 1));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 carer_id = sqlite3_column_int64 (stmt, 0);
      gpointer index;

      if (g_hash_table_lookup_extended (cache->by_id, &carer_id, NULL, &index))
        cache->people_now[GPOINTER_TO_UINT (index)] = (guint) sqlite3_column_int (stmt, 1);
    }

  if (rc != SQLITE_DONE)
    {
      _hearth_scheme_set_error (self, error, rc);
      return FALSE;
    }

  cache->today = g_strdup (today);
  return TRUE;
}

/* Commits by other connections (another Hearth, hearth-cli) move the file's data version;
 * this connection's own changes move its total changes. */
static gboolean
read_data_version (HearthScheme  *self,
                   gint64        *version,
                   GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_scheme_prepare (self, "PRAGMA data_version", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
    {
      _hearth_scheme_set_error (self, error, rc);
      return FALSE;
    }

  *version = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/* The scheme's cache for matching, loaded again when anything in the file has changed, and
 * its counts of people again on a new day. */
static MatchCache *
get_match_cache (HearthScheme  *self,
                 const char    *today,
                 GError       **error)
{
  MatchCache *cache = g_object_get_data (G_OBJECT (self), "hearth-matching-cache");
  sqlite3_int64 changes = sqlite3_total_changes64 (_hearth_scheme_get_db (self));
  gint64 version;

  if (!read_data_version (self, &version, error))
    return NULL;

  if (cache == NULL)
    {
      cache = g_new0 (MatchCache, 1);
      g_object_set_data_full (G_OBJECT (self), "hearth-matching-cache", cache, match_cache_free);
    }

  if (cache->carers == NULL || cache->changes != changes || cache->data_version != version)
    {
      match_cache_clear (cache);
      if (!load_carers (self, cache, error) || !load_trials (self, cache, error))
        {
          match_cache_clear (cache);
          return NULL;
        }
      cache->changes = changes;
      cache->data_version = version;
    }

  if (g_strcmp0 (cache->today, today) != 0 && !load_people_now (self, cache, today, error))
    {
      match_cache_clear (cache);
      return NULL;
    }

  return cache;
}

/* The facts of every approved carer for @person. They borrow from the scheme's cache, which
 * stays as it is until the next suggestion. */
static GArray *
gather_facts (HearthScheme  *self,
              HearthPerson  *person,
              GError       **error)
{
  g_autofree char *today = hearth_date_today ();
  gint64 person_id = hearth_record_get_id (HEARTH_RECORD (person));
  MatchCache *cache;
  GArray *facts;
  gpointer first;

  if (!(cache = get_match_cache (self, today, error)))
    return NULL;

  facts = g_array_sized_new (FALSE, TRUE, sizeof (HearthMatchFacts), cache->carers->len);
  g_array_set_size (facts, cache->carers->len);
  for (guint i = 0; i < cache->carers->len; i++)
    {
      HearthMatchFacts *fact = &g_array_index (facts, HearthMatchFacts, i);

      fact->prepared = cache->carers->pdata[i];
      fact->carer = _hearth_match_carer_get_carer (fact->prepared);
      fact->people_now = cache->people_now[i];
    }

  if (!g_hash_table_lookup_extended (cache->trials_by_person, &person_id, NULL, &first))
    return facts;

  /* Later rows win: a carer's last no, and an open trial besides. */
  for (guint i = GPOINTER_TO_UINT (first) - 1; i < cache->trials->len; i++)
    {
      const TrialFact *trial = &g_array_index (cache->trials, TrialFact, i);
      gpointer index;
      HearthMatchFacts *fact;

      if (trial->person_id != person_id)
        break;
      if (!g_hash_table_lookup_extended (cache->by_id, &trial->carer_id, NULL, &index))
        continue;

      fact = &g_array_index (facts, HearthMatchFacts, GPOINTER_TO_UINT (index));
      if (trial->open)
        fact->open_trial_stage = trial->stage;
      else
        {
          fact->declined_on = trial->closed_on;
          fact->declined_by_carer = trial->by_carer;
        }
    }

  return facts;
}

/* Which trial's no keeps each carer out: the last, unless the coordinator lifted it. A
 * person has a handful of trials, so each is looked for among the carers ruled out. */
static gboolean
note_past_noes (HearthScheme  *self,
                HearthPerson  *person,
                GPtrArray     *suggestions,
                GError       **error)
{
  g_autoptr(GPtrArray) trials = NULL;

  if (hearth_record_get_id (HEARTH_RECORD (person)) == 0)
    return TRUE;
  if (!(trials = hearth_scheme_load_related (self, HEARTH_TYPE_TRIAL, "person-id",
                                             hearth_record_get_id (HEARTH_RECORD (person)),
                                             error)))
    return FALSE;

  for (guint i = 0; i < trials->len; i++)
    {
      HearthTrial *trial = trials->pdata[i];
      const char *outcome = hearth_trial_get_outcome (trial);

      if (hearth_trial_get_suggest_again (trial) ||
          (g_strcmp0 (outcome, "declined-by-person") != 0 &&
           g_strcmp0 (outcome, "declined-by-carer") != 0))
        continue;

      for (guint j = 0; j < suggestions->len; j++)
        if (hearth_suggestion_get_carer_id (suggestions->pdata[j]) ==
              hearth_trial_get_carer_id (trial) &&
            hearth_suggestion_is_ruled_out (suggestions->pdata[j]))
          hearth_suggestion_set_past_no (suggestions->pdata[j],
                                         hearth_record_get_id (HEARTH_RECORD (trial)));
    }
  return TRUE;
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
  HearthMatchWeights weights;
  GPtrArray *suggestions;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);
  g_return_val_if_fail (HEARTH_IS_PERSON (person), NULL);

  if (!hearth_rules_check_arrangement_type (arrangement_type, error) ||
      !hearth_scheme_get_match_weights (self, &weights, error) ||
      !(facts = gather_facts (self, person, error)) ||
      !(shortlist = hearth_scheme_get_shortlist (self, person, error)))
    return NULL;

  suggestions = hearth_match_rank (person, arrangement_type, emergency, &weights,
                                   (const HearthMatchFacts *) facts->data, facts->len);

  for (guint i = 0; i < suggestions->len; i++)
    for (guint j = 0; j < shortlist->len; j++)
      if (hearth_suggestion_get_carer_id (suggestions->pdata[i]) ==
          g_array_index (shortlist, gint64, j))
        hearth_suggestion_set_shortlisted (suggestions->pdata[i], TRUE);

  if (!note_past_noes (self, person, suggestions, error))
    {
      g_ptr_array_unref (suggestions);
      return NULL;
    }

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

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_TRIAL (trial), FALSE);

  if (!hearth_rules_check_suggest_again (trial, error))
    return FALSE;

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

  if (!hearth_rules_check_can_shortlist (carer, error))
    return FALSE;

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
