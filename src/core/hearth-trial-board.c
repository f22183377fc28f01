/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-trial-board.c: the facts the Trials board shows, kept live: every trial, the names
 * of both sides, and which agreed trials an arrangement already follows. A trial agreed by
 * both stays on the board until its arrangement starts; the search finds a trial by either
 * side's name. Each fact is worked out once per change of the scheme, never per row shown
 * or per key typed. */

#define G_LOG_DOMAIN "hearth-trial-board"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hearth-arrangement.h"
#include "hearth-carer.h"
#include "hearth-date.h"
#include "hearth-person.h"
#include "hearth-rules.h"
#include "hearth-scheme-details.h"
#include "hearth-trial-board.h"

struct _HearthTrialBoard
{
  GObject           parent_instance;

  HearthScheme     *scheme;
  HearthRecordList *trials;
  HearthRecordList *people;
  HearthRecordList *carers;
  HearthRecordList *arrangements;
  GHashTable       *started;       /* ids of trials an arrangement follows */
  GHashTable       *folded_names;  /* "p" or "c" and id → casefolded name, filled as asked */
};

G_DEFINE_FINAL_TYPE (HearthTrialBoard, hearth_trial_board, G_TYPE_OBJECT)

enum {
  STARTED_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gint64 *
id_key (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static char *
dup_name (HearthRecordList *list,
          gint64            id)
{
  HearthRecord *record = list != NULL ? hearth_record_list_find (list, id) : NULL;

  if (HEARTH_IS_PERSON (record))
    return hearth_person_dup_display_name (HEARTH_PERSON (record));
  if (HEARTH_IS_CARER (record))
    return hearth_carer_dup_display_name (HEARTH_CARER (record));
  return g_strdup (_("Unknown"));
}

static gboolean
contains_folded (const char *name,
                 const char *needle)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  return strstr (folded, needle) != NULL;
}

/**
 * hearth_trial_is_open:
 *
 * Returns: whether neither side has decided nor anyone withdrawn the trial yet
 */
gboolean
hearth_trial_is_open (HearthTrial *trial)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL (trial), FALSE);

  return g_strcmp0 (hearth_trial_get_outcome (trial), "open") == 0;
}

/**
 * hearth_trial_days_in_stage:
 *
 * Returns: the whole days from the trial reaching its stage to @today, never fewer than 0
 */
int
hearth_trial_days_in_stage (HearthTrial *trial,
                            const char  *today)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL (trial), 0);
  g_return_val_if_fail (today != NULL, 0);

  return MAX (hearth_date_days_between (hearth_trial_get_stage_since (trial), today), 0);
}

/**
 * hearth_trial_matches:
 * @needle: (nullable): the search, casefolded with g_utf8_casefold()
 * @people: the people of the scheme, for the person's name
 * @carers: the carers of the scheme, for the carer's name
 *
 * Returns: whether the person's or the carer's name, as a card shows it, contains @needle
 *   whatever its case; an empty search finds every trial
 */
gboolean
hearth_trial_matches (HearthTrial      *trial,
                      const char       *needle,
                      HearthRecordList *people,
                      HearthRecordList *carers)
{
  g_autofree char *person = NULL;
  g_autofree char *carer = NULL;

  g_return_val_if_fail (HEARTH_IS_TRIAL (trial), FALSE);

  if (needle == NULL || needle[0] == '\0')
    return TRUE;

  person = dup_name (people, hearth_trial_get_person_id (trial));
  carer = dup_name (carers, hearth_trial_get_carer_id (trial));
  return contains_folded (person, needle) || contains_folded (carer, needle);
}

static int
compare_ids (HearthTrial *a,
             HearthTrial *b)
{
  gint64 x = hearth_record_get_id (HEARTH_RECORD (a));
  gint64 y = hearth_record_get_id (HEARTH_RECORD (b));

  return (x > y) - (x < y);
}

/**
 * hearth_trial_compare_waiting:
 *
 * The order of a column of the board: the trial longest in its stage first, as those are
 * the ones to chase; the older trial first on the same day.
 */
int
hearth_trial_compare_waiting (HearthTrial *a,
                              HearthTrial *b)
{
  int order;

  g_return_val_if_fail (HEARTH_IS_TRIAL (a) && HEARTH_IS_TRIAL (b), 0);

  order = g_strcmp0 (hearth_trial_get_stage_since (a), hearth_trial_get_stage_since (b));
  return order != 0 ? order : compare_ids (a, b);
}

/**
 * hearth_trial_compare_closed:
 *
 * The order of the closed trials: the most recently closed first; the newer trial first on
 * the same day.
 */
int
hearth_trial_compare_closed (HearthTrial *a,
                             HearthTrial *b)
{
  int order;

  g_return_val_if_fail (HEARTH_IS_TRIAL (a) && HEARTH_IS_TRIAL (b), 0);

  order = g_strcmp0 (hearth_trial_get_closed_on (b), hearth_trial_get_closed_on (a));
  return order != 0 ? order : compare_ids (b, a);
}

static GHashTable *
collect_started (HearthRecordList *arrangements)
{
  GHashTable *started = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (arrangements));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthArrangement) arrangement = g_list_model_get_item (G_LIST_MODEL (arrangements), i);
      gint64 trial_id = hearth_arrangement_get_trial_id (arrangement);

      if (trial_id > 0)
        g_hash_table_add (started, id_key (trial_id));
    }
  return started;
}

static gboolean
same_ids (GHashTable *a,
          GHashTable *b)
{
  GHashTableIter iter;
  gpointer key;

  if (g_hash_table_size (a) != g_hash_table_size (b))
    return FALSE;
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (b, key))
      return FALSE;
  return TRUE;
}

/* An arrangement started from a trial takes the trial off the board. Arrangements added are
 * looked at alone; anything else (rare: an erasure) counts them all again. */
static void
arrangements_changed_cb (HearthTrialBoard *self,
                         guint             position,
                         guint             removed,
                         guint             added)
{
  gboolean changed = FALSE;

  if (removed == 0)
    {
      for (guint i = position; i < position + added; i++)
        {
          g_autoptr(HearthArrangement) arrangement =
            g_list_model_get_item (G_LIST_MODEL (self->arrangements), i);
          gint64 trial_id = hearth_arrangement_get_trial_id (arrangement);

          if (trial_id > 0 && !g_hash_table_contains (self->started, &trial_id))
            {
              g_hash_table_add (self->started, id_key (trial_id));
              changed = TRUE;
            }
        }
    }
  else
    {
      g_autoptr(GHashTable) started = collect_started (self->arrangements);

      changed = !same_ids (started, self->started);
      g_hash_table_unref (self->started);
      self->started = g_steal_pointer (&started);
    }

  if (changed)
    g_signal_emit (self, signals[STARTED_CHANGED], 0);
}

/* A name edited, or someone added: their names are folded again when next searched. */
static void
names_changed_cb (HearthTrialBoard *self)
{
  g_hash_table_remove_all (self->folded_names);
}

static void
hearth_trial_board_dispose (GObject *object)
{
  HearthTrialBoard *self = HEARTH_TRIAL_BOARD (object);

  g_clear_object (&self->trials);
  g_clear_object (&self->people);
  g_clear_object (&self->carers);
  g_clear_object (&self->arrangements);
  g_clear_object (&self->scheme);

  G_OBJECT_CLASS (hearth_trial_board_parent_class)->dispose (object);
}

static void
hearth_trial_board_finalize (GObject *object)
{
  HearthTrialBoard *self = HEARTH_TRIAL_BOARD (object);

  g_clear_pointer (&self->started, g_hash_table_unref);
  g_clear_pointer (&self->folded_names, g_hash_table_unref);

  G_OBJECT_CLASS (hearth_trial_board_parent_class)->finalize (object);
}

static void
hearth_trial_board_class_init (HearthTrialBoardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hearth_trial_board_dispose;
  object_class->finalize = hearth_trial_board_finalize;

  /**
   * HearthTrialBoard::started-changed:
   *
   * An arrangement started from an agreed trial, or one was erased: which trials wait on
   * the board changed.
   */
  signals[STARTED_CHANGED] = g_signal_new ("started-changed", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 0);
}

static void
hearth_trial_board_init (HearthTrialBoard *self)
{
  self->folded_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/**
 * hearth_trial_board_new:
 *
 * Returns: (transfer full): the board of @scheme's trials, on the scheme's shared lists of
 *   trials, people, carers and arrangements, or %NULL with @error set
 */
HearthTrialBoard *
hearth_trial_board_new (HearthScheme  *scheme,
                        GError       **error)
{
  g_autoptr(HearthTrialBoard) self = NULL;

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);

  self = g_object_new (HEARTH_TYPE_TRIAL_BOARD, NULL);
  self->scheme = g_object_ref (scheme);
  if (!(self->trials = hearth_record_list_get_shared (scheme, HEARTH_TYPE_TRIAL, error)) ||
      !(self->people = hearth_record_list_get_shared (scheme, HEARTH_TYPE_PERSON, error)) ||
      !(self->carers = hearth_record_list_get_shared (scheme, HEARTH_TYPE_CARER, error)) ||
      !(self->arrangements = hearth_record_list_get_shared (scheme, HEARTH_TYPE_ARRANGEMENT,
                                                            error)))
    return NULL;

  self->started = collect_started (self->arrangements);
  g_signal_connect_object (self->arrangements, "items-changed",
                           G_CALLBACK (arrangements_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->people, "items-changed", G_CALLBACK (names_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->carers, "items-changed", G_CALLBACK (names_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return g_steal_pointer (&self);
}

HearthScheme *
hearth_trial_board_get_scheme (HearthTrialBoard *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL_BOARD (self), NULL);

  return self->scheme;
}

/**
 * hearth_trial_board_get_trials:
 *
 * Returns: (transfer none): every trial of the scheme, live
 */
GListModel *
hearth_trial_board_get_trials (HearthTrialBoard *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL_BOARD (self), NULL);

  return G_LIST_MODEL (self->trials);
}

/**
 * hearth_trial_board_get_people:
 *
 * Returns: (transfer none): every person of the scheme, live
 */
HearthRecordList *
hearth_trial_board_get_people (HearthTrialBoard *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL_BOARD (self), NULL);

  return self->people;
}

/**
 * hearth_trial_board_get_carers:
 *
 * Returns: (transfer none): every carer of the scheme, live
 */
HearthRecordList *
hearth_trial_board_get_carers (HearthTrialBoard *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL_BOARD (self), NULL);

  return self->carers;
}

/**
 * hearth_trial_board_is_started:
 *
 * Returns: whether an arrangement follows @trial
 */
gboolean
hearth_trial_board_is_started (HearthTrialBoard *self,
                               HearthTrial      *trial)
{
  gint64 id;

  g_return_val_if_fail (HEARTH_IS_TRIAL_BOARD (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_TRIAL (trial), FALSE);

  id = hearth_record_get_id (HEARTH_RECORD (trial));
  return g_hash_table_contains (self->started, &id);
}

/**
 * hearth_trial_board_is_ready:
 *
 * Returns: whether both sides agreed to @trial and its arrangement is still to start
 */
gboolean
hearth_trial_board_is_ready (HearthTrialBoard *self,
                             HearthTrial      *trial)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL_BOARD (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_TRIAL (trial), FALSE);

  return g_strcmp0 (hearth_trial_get_outcome (trial), "agreed") == 0 &&
         !hearth_trial_board_is_started (self, trial);
}

/**
 * hearth_trial_board_is_on_board:
 *
 * Returns: whether @trial is a card on the board: open, or agreed and waiting
 */
gboolean
hearth_trial_board_is_on_board (HearthTrialBoard *self,
                                HearthTrial      *trial)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL_BOARD (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_TRIAL (trial), FALSE);

  return hearth_trial_is_open (trial) || hearth_trial_board_is_ready (self, trial);
}

/**
 * hearth_trial_board_is_in_stage:
 * @stage: a trial stage, such as "first-meeting"
 *
 * Returns: whether @trial is a card in the column of @stage
 */
gboolean
hearth_trial_board_is_in_stage (HearthTrialBoard *self,
                                HearthTrial      *trial,
                                const char       *stage)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL_BOARD (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_TRIAL (trial), FALSE);
  g_return_val_if_fail (stage != NULL, FALSE);

  return g_strcmp0 (hearth_trial_get_stage (trial), stage) == 0 &&
         hearth_trial_board_is_on_board (self, trial);
}

/**
 * hearth_trial_board_get_stall_days:
 *
 * Returns: after how many days in one stage an open trial has stalled, as the scheme says
 */
int
hearth_trial_board_get_stall_days (HearthTrialBoard *self)
{
  HearthSchemeDetails *details;
  gint64 days;

  g_return_val_if_fail (HEARTH_IS_TRIAL_BOARD (self), HEARTH_TRIAL_DEFAULT_STALL_DAYS);

  details = hearth_scheme_get_details (self->scheme);
  days = details != NULL ? hearth_scheme_details_get_trial_stall_days (details) : 0;
  return days > 0 ? (int) days : HEARTH_TRIAL_DEFAULT_STALL_DAYS;
}

/**
 * hearth_trial_board_is_stalled:
 *
 * Returns: whether @trial is open and has been in its stage longer than the stall days
 */
gboolean
hearth_trial_board_is_stalled (HearthTrialBoard *self,
                               HearthTrial      *trial,
                               const char       *today)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL_BOARD (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_TRIAL (trial), FALSE);

  return hearth_trial_is_open (trial) &&
         hearth_trial_days_in_stage (trial, today) > hearth_trial_board_get_stall_days (self);
}

char *
hearth_trial_board_dup_person_name (HearthTrialBoard *self,
                                    HearthTrial      *trial)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL_BOARD (self), NULL);
  g_return_val_if_fail (HEARTH_IS_TRIAL (trial), NULL);

  return dup_name (self->people, hearth_trial_get_person_id (trial));
}

char *
hearth_trial_board_dup_carer_name (HearthTrialBoard *self,
                                   HearthTrial      *trial)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL_BOARD (self), NULL);
  g_return_val_if_fail (HEARTH_IS_TRIAL (trial), NULL);

  return dup_name (self->carers, hearth_trial_get_carer_id (trial));
}

/**
 * hearth_trial_board_dup_pair:
 *
 * Returns: (transfer full): "Person ↔ Carer", as the card's heading
 */
char *
hearth_trial_board_dup_pair (HearthTrialBoard *self,
                             HearthTrial      *trial)
{
  g_autofree char *person = hearth_trial_board_dup_person_name (self, trial);
  g_autofree char *carer = hearth_trial_board_dup_carer_name (self, trial);

  return g_strdup_printf (_("%s ↔ %s"), person, carer);
}

static const char *
folded_name (HearthTrialBoard *self,
             HearthRecordList *list,
             gint64            id)
{
  char key[32];
  char *folded;

  g_snprintf (key, sizeof key, "%c%" G_GINT64_FORMAT, list == self->people ? 'p' : 'c', id);
  folded = g_hash_table_lookup (self->folded_names, key);
  if (folded == NULL)
    {
      g_autofree char *name = dup_name (list, id);

      folded = g_utf8_casefold (name, -1);
      g_hash_table_insert (self->folded_names, g_strdup (key), folded);
    }
  return folded;
}

/**
 * hearth_trial_board_matches:
 * @needle: (nullable): the search, casefolded with g_utf8_casefold()
 *
 * Like hearth_trial_matches(), with each name folded once rather than at every key typed.
 */
gboolean
hearth_trial_board_matches (HearthTrialBoard *self,
                            HearthTrial      *trial,
                            const char       *needle)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL_BOARD (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_TRIAL (trial), FALSE);

  if (needle == NULL || needle[0] == '\0')
    return TRUE;

  return strstr (folded_name (self, self->people, hearth_trial_get_person_id (trial)), needle) ||
         strstr (folded_name (self, self->carers, hearth_trial_get_carer_id (trial)), needle);
}
