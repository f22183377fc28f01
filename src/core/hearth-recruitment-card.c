/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-recruitment-card.c: the cards of the Recruitment board. A worker computes every
 * card of the scheme in a handful of queries (the carers on the board, the staff, the stage
 * targets, every carer's checks counted at once, the household members yet to agree) rather
 * than a few queries per carer; the view filters them into columns and sorts them here. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include "hearth-date.h"
#include "hearth-panel-checklist.h"
#include "hearth-recruitment-card.h"
#include "hearth-recruitment-flow.h"
#include "hearth-rules.h"
#include "hearth-scheme-private.h"
#include "hearth-staff.h"
#include "hearth-values.h"

struct _HearthRecruitmentCard
{
  GObject           parent_instance;

  HearthCarer      *carer;
  char             *name;
  char             *assessor;  /* nullable */
  int               days;
  HearthPastTarget  past;
  GStrv             missing;   /* NULL when the checklist is behind the carer */
};

G_DEFINE_FINAL_TYPE (HearthRecruitmentCard, hearth_recruitment_card, G_TYPE_OBJECT)

/* What the cards need of the whole scheme, read once for them all. */
typedef struct
{
  GHashTable *staff;       /* id → name */
  GHashTable *targets;     /* stage → days */
  gint64      overall;
  GHashTable *counts;      /* carer id → gint64[HEARTH_PANEL_CHECKLIST_N_KINDS] */
  GHashTable *not_agreed;  /* carer id → GPtrArray of names */
} Facts;

static void
hearth_recruitment_card_finalize (GObject *object)
{
  HearthRecruitmentCard *self = HEARTH_RECRUITMENT_CARD (object);

  g_clear_object (&self->carer);
  g_free (self->name);
  g_free (self->assessor);
  g_strfreev (self->missing);

  G_OBJECT_CLASS (hearth_recruitment_card_parent_class)->finalize (object);
}

static void
hearth_recruitment_card_class_init (HearthRecruitmentCardClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hearth_recruitment_card_finalize;
}

static void
hearth_recruitment_card_init (HearthRecruitmentCard *self)
{
}

/* Whether the card says what is missing for panel: not once the carer is approved or out. */
static gboolean
shows_checklist (const char *stage)
{
  return g_strcmp0 (stage, "approved") != 0 && g_strcmp0 (stage, "withdrawn") != 0 &&
         g_strcmp0 (stage, "declined") != 0;
}

/**
 * hearth_carer_is_on_recruitment_board:
 *
 * Returns: whether the Recruitment board shows @carer: everyone in recruitment or on hold,
 *   and those approved, withdrawn or declined in the last %HEARTH_RECRUITMENT_RECENT_DAYS
 *   days; never an archived carer or an approval that ended
 */
gboolean
hearth_carer_is_on_recruitment_board (HearthCarer *carer,
                                      const char  *today)
{
  const char *stage;

  g_return_val_if_fail (HEARTH_IS_CARER (carer), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);

  stage = hearth_carer_get_stage (carer);
  if (hearth_record_is_archived (HEARTH_RECORD (carer)) ||
      !hearth_recruitment_stage_is_shown (stage))
    return FALSE;
  if (!shows_checklist (stage))
    return hearth_date_days_between (hearth_carer_get_stage_since (carer), today) <=
           HEARTH_RECRUITMENT_RECENT_DAYS;
  return TRUE;
}

/**
 * hearth_recruitment_card_new:
 * @assessor: (nullable): the assessor's name
 * @missing: (nullable) (element-type utf8): what is missing for panel, empty when nothing
 *   is; %NULL for a carer past the checklist (approved, withdrawn, declined)
 *
 * Returns: (transfer full): the card of @carer
 */
HearthRecruitmentCard *
hearth_recruitment_card_new (HearthCarer      *carer,
                             int               days_in_stage,
                             const char       *assessor,
                             HearthPastTarget  past,
                             GPtrArray        *missing)
{
  HearthRecruitmentCard *self;

  g_return_val_if_fail (HEARTH_IS_CARER (carer), NULL);

  self = g_object_new (HEARTH_TYPE_RECRUITMENT_CARD, NULL);
  self->carer = g_object_ref (carer);
  self->name = hearth_carer_dup_display_name (carer);
  self->assessor = g_strdup (assessor);
  self->days = days_in_stage;
  self->past = past;
  if (missing != NULL)
    {
      self->missing = g_new0 (char *, missing->len + 1);
      for (guint i = 0; i < missing->len; i++)
        self->missing[i] = g_strdup (g_ptr_array_index (missing, i));
    }
  return self;
}

/* Returns: (transfer none): the carer, as the worker read them; never change it */
HearthCarer *
hearth_recruitment_card_get_carer (HearthRecruitmentCard *self)
{
  g_return_val_if_fail (HEARTH_IS_RECRUITMENT_CARD (self), NULL);

  return self->carer;
}

/**
 * hearth_recruitment_card_dup_carer:
 *
 * Returns: (transfer full): a copy of the card's carer, with its id, for a step to act on:
 *   the card itself stays as it was computed
 */
HearthCarer *
hearth_recruitment_card_dup_carer (HearthRecruitmentCard *self)
{
  g_return_val_if_fail (HEARTH_IS_RECRUITMENT_CARD (self), NULL);

  return HEARTH_CARER (hearth_record_copy (HEARTH_RECORD (self->carer)));
}

const char *
hearth_recruitment_card_get_name (HearthRecruitmentCard *self)
{
  g_return_val_if_fail (HEARTH_IS_RECRUITMENT_CARD (self), NULL);

  return self->name;
}

const char *
hearth_recruitment_card_get_stage (HearthRecruitmentCard *self)
{
  g_return_val_if_fail (HEARTH_IS_RECRUITMENT_CARD (self), NULL);

  return hearth_carer_get_stage (self->carer);
}

int
hearth_recruitment_card_get_days_in_stage (HearthRecruitmentCard *self)
{
  g_return_val_if_fail (HEARTH_IS_RECRUITMENT_CARD (self), 0);

  return self->days;
}

/* Returns: (nullable): the assessor's name, %NULL before one is given */
const char *
hearth_recruitment_card_get_assessor (HearthRecruitmentCard *self)
{
  g_return_val_if_fail (HEARTH_IS_RECRUITMENT_CARD (self), NULL);

  return self->assessor;
}

HearthPastTarget
hearth_recruitment_card_get_past_target (HearthRecruitmentCard *self)
{
  g_return_val_if_fail (HEARTH_IS_RECRUITMENT_CARD (self), HEARTH_PAST_TARGET_NONE);

  return self->past;
}

/**
 * hearth_recruitment_card_get_missing:
 *
 * Returns: (nullable) (array zero-terminated=1): what the carer still needs for panel, in
 *   words, empty when the checklist is complete; %NULL once approved, withdrawn or declined
 */
const char * const *
hearth_recruitment_card_get_missing (HearthRecruitmentCard *self)
{
  g_return_val_if_fail (HEARTH_IS_RECRUITMENT_CARD (self), NULL);

  return (const char * const *) self->missing;
}

/* "carer:12" */
char *
hearth_recruitment_card_dup_key (HearthRecruitmentCard *self)
{
  g_return_val_if_fail (HEARTH_IS_RECRUITMENT_CARD (self), NULL);

  return g_strdup_printf ("carer:%" G_GINT64_FORMAT,
                          hearth_record_get_id (HEARTH_RECORD (self->carer)));
}

static gboolean
same_strv (GStrv a,
           GStrv b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_strv_equal ((const char * const *) a, (const char * const *) b);
}

/* Whether a card showing @a would show the same for @b. */
gboolean
hearth_recruitment_card_same (HearthRecruitmentCard *a,
                              HearthRecruitmentCard *b)
{
  g_return_val_if_fail (HEARTH_IS_RECRUITMENT_CARD (a), FALSE);
  g_return_val_if_fail (HEARTH_IS_RECRUITMENT_CARD (b), FALSE);

  return a->days == b->days && a->past == b->past && g_strcmp0 (a->assessor, b->assessor) == 0 &&
         same_strv (a->missing, b->missing) &&
         hearth_record_equal (HEARTH_RECORD (a->carer), HEARTH_RECORD (b->carer));
}

/**
 * hearth_recruitment_card_compare:
 *
 * The board's order: by stage, in the order of the flow (on hold and those who left come
 * after it), then the earliest enquiry first, as the record's id says.
 */
int
hearth_recruitment_card_compare (HearthRecruitmentCard *a,
                                 HearthRecruitmentCard *b)
{
  int x, y;
  gint64 i, j;

  g_return_val_if_fail (HEARTH_IS_RECRUITMENT_CARD (a), 0);
  g_return_val_if_fail (HEARTH_IS_RECRUITMENT_CARD (b), 0);

  /* A column sorts cards of one stage: the flow's order is looked up only across stages. */
  if (g_strcmp0 (hearth_carer_get_stage (a->carer), hearth_carer_get_stage (b->carer)) != 0)
    {
      x = hearth_values_index (HEARTH_VALUES_CARER_STAGE, hearth_carer_get_stage (a->carer));
      y = hearth_values_index (HEARTH_VALUES_CARER_STAGE, hearth_carer_get_stage (b->carer));
      if (x != y)
        return x < y ? -1 : 1;
    }
  i = hearth_record_get_id (HEARTH_RECORD (a->carer));
  j = hearth_record_get_id (HEARTH_RECORD (b->carer));
  return (i > j) - (i < j);
}

/**
 * hearth_recruitment_card_is_in_stage:
 * @stage: (nullable): a carer stage, such as "assessment"; %NULL for any
 *
 * Returns: whether the card belongs in the column of @stage (or, with %NULL, on the board)
 */
gboolean
hearth_recruitment_card_is_in_stage (HearthRecruitmentCard *self,
                                     const char            *stage)
{
  g_return_val_if_fail (HEARTH_IS_RECRUITMENT_CARD (self), FALSE);

  return stage == NULL || g_strcmp0 (hearth_carer_get_stage (self->carer), stage) == 0;
}

static void
facts_clear (Facts *facts)
{
  g_clear_pointer (&facts->staff, g_hash_table_unref);
  g_clear_pointer (&facts->targets, g_hash_table_unref);
  g_clear_pointer (&facts->counts, g_hash_table_unref);
  g_clear_pointer (&facts->not_agreed, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Facts, facts_clear)

static gint64 *
id_key (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static gboolean
step_error (HearthScheme  *reader,
            int            rc,
            GError       **error)
{
  if (rc == SQLITE_DONE)
    return TRUE;
  _hearth_scheme_set_error (reader, error, rc);
  return FALSE;
}

static gboolean
read_staff (HearthScheme  *reader,
            Facts         *facts,
            GError       **error)
{
  g_autoptr(GPtrArray) staff = _hearth_scheme_load_where (reader, HEARTH_TYPE_STAFF, NULL, 0,
                                                          error);

  if (staff == NULL)
    return FALSE;
  for (guint i = 0; i < staff->len; i++)
    g_hash_table_insert (facts->staff,
                         id_key (hearth_record_get_id (g_ptr_array_index (staff, i))),
                         g_strdup (hearth_staff_get_name (g_ptr_array_index (staff, i))));
  return TRUE;
}

/* The targets as they are now: the reader's copy of the scheme's details is from its
 * opening, and a target may have changed since. */
static gboolean
read_targets (HearthScheme  *reader,
              Facts         *facts,
              GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = _hearth_scheme_prepare (reader,
                                                         "SELECT stage, days FROM stage_target",
                                                         error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (facts->targets, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         id_key (sqlite3_column_int64 (stmt, 1)));
  if (!step_error (reader, rc, error))
    return FALSE;

  facts->overall = _hearth_scheme_query_int (reader,
                                             "SELECT recruitment_target_days FROM scheme", 0,
                                             error);
  return facts->overall >= 0;
}

/* Every checklist check of every carer still working through it, counted in one query. */
static gboolean
read_counts (HearthScheme  *reader,
             Facts         *facts,
             const char    *today,
             GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = _hearth_scheme_prepare (reader,
                                 "SELECT carer_id, kind, count(*) FROM carer_check"
                                 " WHERE archived_at IS NULL"
                                 " AND (expires_on IS NULL OR expires_on >= ?1)"
                                 " AND carer_id IN (SELECT id FROM carer WHERE archived_at IS NULL"
                                 "  AND stage NOT IN ('approved', 'withdrawn', 'declined',"
                                 "                    'approval-ended'))"
                                 " GROUP BY carer_id, kind", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      int kind = hearth_panel_checklist_index ((const char *) sqlite3_column_text (stmt, 1));
      gint64 *counts = g_hash_table_lookup (facts->counts, &id);

      if (kind < 0)
        continue;
      if (counts == NULL)
        {
          counts = g_new0 (gint64, HEARTH_PANEL_CHECKLIST_N_KINDS);
          g_hash_table_insert (facts->counts, id_key (id), counts);
        }
      counts[kind] = sqlite3_column_int64 (stmt, 2);
    }
  return step_error (reader, rc, error);
}

static gboolean
read_not_agreed (HearthScheme  *reader,
                 Facts         *facts,
                 GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = _hearth_scheme_prepare (reader,
                                 "SELECT carer_id, name FROM household_member"
                                 " WHERE archived_at IS NULL AND agreed_on IS NULL"
                                 " ORDER BY carer_id, id", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      GPtrArray *names = g_hash_table_lookup (facts->not_agreed, &id);

      if (names == NULL)
        {
          names = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (facts->not_agreed, id_key (id), names);
        }
      g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  return step_error (reader, rc, error);
}

static gboolean
read_facts (HearthScheme  *reader,
            Facts         *facts,
            const char    *today,
            GError       **error)
{
  facts->staff = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  facts->targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  facts->counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  facts->not_agreed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                             (GDestroyNotify) g_ptr_array_unref);

  return read_staff (reader, facts, error) && read_targets (reader, facts, error) &&
         read_counts (reader, facts, today, error) && read_not_agreed (reader, facts, error);
}

static GPtrArray *
missing_of (Facts  *facts,
            gint64  id)
{
  static const gint64 none[HEARTH_PANEL_CHECKLIST_N_KINDS] = { 0 };
  const gint64 *counts = g_hash_table_lookup (facts->counts, &id);
  GPtrArray *names = g_hash_table_lookup (facts->not_agreed, &id);
  g_autoptr(GPtrArray) not_agreed = g_ptr_array_new ();

  for (guint i = 0; names != NULL && i < names->len; i++)
    g_ptr_array_add (not_agreed, g_ptr_array_index (names, i));
  g_ptr_array_add (not_agreed, NULL);
  return hearth_panel_checklist_missing (counts != NULL ? counts : none,
                                         (const char * const *) not_agreed->pdata);
}

static HearthRecruitmentCard *
card_of (HearthCarer *carer,
         Facts       *facts,
         const char  *today)
{
  gint64 id = hearth_record_get_id (HEARTH_RECORD (carer));
  gint64 assessor_id = hearth_carer_get_assessor_id (carer);
  const char *stage = hearth_carer_get_stage (carer);
  const gint64 *target = g_hash_table_lookup (facts->targets, stage);
  g_autoptr(GPtrArray) missing = shows_checklist (stage) ? missing_of (facts, id) : NULL;
  int days = hearth_date_days_between (hearth_carer_get_stage_since (carer), today);
  HearthPastTarget past = HEARTH_PAST_TARGET_NONE;

  if (target != NULL)
    past = hearth_carer_judge_past_target (carer, *target, facts->overall, today);
  return hearth_recruitment_card_new (carer, days, g_hash_table_lookup (facts->staff, &assessor_id),
                                      past, missing);
}

/**
 * hearth_scheme_list_recruitment_cards:
 * @today: the day the cards count their days to
 *
 * Returns: (transfer full) (element-type HearthRecruitmentCard): a card for each carer on the
 *   Recruitment board (hearth_carer_is_on_recruitment_board()), in no order
 */
GPtrArray *
hearth_scheme_list_recruitment_cards (HearthScheme  *scheme,
                                      const char    *today,
                                      GError       **error)
{
  g_auto(Facts) facts = { 0 };
  g_autoptr(GPtrArray) carers = NULL;
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *since = NULL;
  g_autofree char *where = NULL;

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);
  g_return_val_if_fail (hearth_date_is_valid (today), NULL);

  /* Those who left recruitment long ago are most of a large scheme: SQL passes them over. */
  since = hearth_date_add_days (today, -HEARTH_RECRUITMENT_RECENT_DAYS);
  where = g_strdup_printf ("WHERE archived_at IS NULL AND stage <> 'approval-ended'"
                           " AND (stage NOT IN ('approved', 'withdrawn', 'declined')"
                           "      OR stage_since >= '%s') ORDER BY id", since);
  if (!(carers = _hearth_scheme_load_where (scheme, HEARTH_TYPE_CARER, where, 0, error)) ||
      !read_facts (scheme, &facts, today, error))
    return NULL;

  for (guint i = 0; i < carers->len; i++)
    {
      HearthCarer *carer = g_ptr_array_index (carers, i);

      if (hearth_carer_is_on_recruitment_board (carer, today))
        g_ptr_array_add (cards, card_of (carer, &facts, today));
    }
  return g_steal_pointer (&cards);
}

static GPtrArray *
load_cards (HearthScheme  *reader,
            gpointer       user_data,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autofree char *today = hearth_date_today ();

  return hearth_scheme_list_recruitment_cards (reader, today, error);
}

/**
 * hearth_recruitment_card_list_new:
 *
 * Returns: (transfer full): every #HearthRecruitmentCard of @scheme, computed by a worker
 *   once started and again after each change; unsorted (sort with
 *   hearth_recruitment_card_compare())
 */
HearthAggregateList *
hearth_recruitment_card_list_new (HearthScheme *scheme)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);

  return hearth_aggregate_list_new (scheme, HEARTH_TYPE_RECRUITMENT_CARD, load_cards,
                                    (HearthAggregateKeyFunc) hearth_recruitment_card_dup_key,
                                    (HearthAggregateSameFunc) hearth_recruitment_card_same,
                                    NULL, NULL);
}
