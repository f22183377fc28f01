/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-review-summary.c: the reviews of a scheme for the Reviews view. Arrangement reviews
 * are scheduled rows; a carer's approval review is due from the carer's own date, so one
 * that is due appears here as a new review, ready to record. */

#define G_LOG_DOMAIN "hearth-review-summary"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hearth-arrangement.h"
#include "hearth-carer.h"
#include "hearth-date.h"
#include "hearth-person.h"
#include "hearth-rules.h"

#include "hearth-review-summary.h"

struct _HearthReviewSummary
{
  GObject            parent_instance;

  HearthReview      *review;  /* scheduled or held; an approval review due is a new one (id 0) */
  char              *title;   /* "Ann Lee with Sam Carter", "Approval of Sam Carter" */
  char              *folded;  /* the title casefolded, for the search */
  HearthReviewState  state;
};

G_DEFINE_FINAL_TYPE (HearthReviewSummary, hearth_review_summary, G_TYPE_OBJECT)

static void
hearth_review_summary_finalize (GObject *object)
{
  HearthReviewSummary *self = HEARTH_REVIEW_SUMMARY (object);

  g_clear_object (&self->review);
  g_free (self->title);
  g_free (self->folded);

  G_OBJECT_CLASS (hearth_review_summary_parent_class)->finalize (object);
}

static void
hearth_review_summary_class_init (HearthReviewSummaryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hearth_review_summary_finalize;
}

static void
hearth_review_summary_init (HearthReviewSummary *self)
{
}

/**
 * hearth_review_summary_new:
 *
 * Returns: (transfer full): one line of the Reviews view
 */
HearthReviewSummary *
hearth_review_summary_new (HearthReview      *review,
                           const char        *title,
                           HearthReviewState  state)
{
  HearthReviewSummary *self;

  g_return_val_if_fail (HEARTH_IS_REVIEW (review), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (HEARTH_TYPE_REVIEW_SUMMARY, NULL);
  self->review = g_object_ref (review);
  self->title = g_strdup (title);
  self->folded = g_utf8_casefold (title, -1);
  self->state = state;
  return self;
}

/* Returns: (transfer none): the review, held or to hold; an approval review due has id 0 */
HearthReview *
hearth_review_summary_get_review (HearthReviewSummary *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW_SUMMARY (self), NULL);

  return self->review;
}

const char *
hearth_review_summary_get_title (HearthReviewSummary *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW_SUMMARY (self), NULL);

  return self->title;
}

HearthReviewState
hearth_review_summary_get_state (HearthReviewSummary *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW_SUMMARY (self), HEARTH_REVIEW_STATE_UPCOMING);

  return self->state;
}

/* "review:12", or "approval-due:3" for the next approval review of carer 3, not held yet. */
char *
hearth_review_summary_dup_key (HearthReviewSummary *self)
{
  gint64 id;

  g_return_val_if_fail (HEARTH_IS_REVIEW_SUMMARY (self), NULL);

  id = hearth_record_get_id (HEARTH_RECORD (self->review));
  if (id != 0)
    return g_strdup_printf ("review:%" G_GINT64_FORMAT, id);
  return g_strdup_printf ("approval-due:%" G_GINT64_FORMAT,
                          hearth_review_get_carer_id (self->review));
}

/* Whether a row showing @a would show the same for @b. */
gboolean
hearth_review_summary_same (HearthReviewSummary *a,
                            HearthReviewSummary *b)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW_SUMMARY (a), FALSE);
  g_return_val_if_fail (HEARTH_IS_REVIEW_SUMMARY (b), FALSE);

  return a->state == b->state && g_str_equal (a->title, b->title) &&
         hearth_record_equal (HEARTH_RECORD (a->review), HEARTH_RECORD (b->review));
}

/**
 * hearth_review_summary_shows_in:
 * @which: "needs-review" (overdue and due soon), "overdue", "due" (not yet held), "held"
 *   or "all"
 *
 * Returns: whether the Reviews view lists @self under @which, whatever was searched
 */
gboolean
hearth_review_summary_shows_in (HearthReviewSummary *self,
                                const char          *which)
{
  HearthReviewState state;

  g_return_val_if_fail (HEARTH_IS_REVIEW_SUMMARY (self), FALSE);

  state = self->state;
  if (g_strcmp0 (which, "needs-review") == 0)
    return state == HEARTH_REVIEW_STATE_OVERDUE || state == HEARTH_REVIEW_STATE_DUE_SOON;
  if (g_strcmp0 (which, "overdue") == 0)
    return state == HEARTH_REVIEW_STATE_OVERDUE;
  if (g_strcmp0 (which, "due") == 0)
    return state == HEARTH_REVIEW_STATE_OVERDUE || state == HEARTH_REVIEW_STATE_DUE_SOON ||
           state == HEARTH_REVIEW_STATE_UPCOMING;
  if (g_strcmp0 (which, "held") == 0)
    return state == HEARTH_REVIEW_STATE_HELD;
  return TRUE;
}

/**
 * hearth_review_summary_matches_folded:
 * @needle: (nullable): a search folded with hearth_record_fold_search()
 *
 * The title is folded once, when the summary is made, so a key typed costs a strstr() a
 * review.
 *
 * Returns: whether the title contains @needle; a %NULL needle finds every review
 */
gboolean
hearth_review_summary_matches_folded (HearthReviewSummary *self,
                                      const char          *needle)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW_SUMMARY (self), FALSE);

  return needle == NULL || strstr (self->folded, needle) != NULL;
}

/**
 * hearth_review_summary_matches:
 * @which: as for hearth_review_summary_shows_in()
 * @search: (nullable): words typed in the search, matched against the title
 *
 * Returns: whether the Reviews view lists @self
 */
gboolean
hearth_review_summary_matches (HearthReviewSummary *self,
                               const char          *which,
                               const char          *search)
{
  g_autofree char *needle = NULL;

  g_return_val_if_fail (HEARTH_IS_REVIEW_SUMMARY (self), FALSE);

  if (!hearth_review_summary_shows_in (self, which))
    return FALSE;
  needle = hearth_record_fold_search (search);
  return hearth_review_summary_matches_folded (self, needle);
}

/* Whether @self is @record (a review) or the review due next of @record (an arrangement). */
gboolean
hearth_review_summary_is_of (HearthReviewSummary *self,
                             HearthRecord        *record)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW_SUMMARY (self), FALSE);
  g_return_val_if_fail (HEARTH_IS_RECORD (record), FALSE);

  if (HEARTH_IS_ARRANGEMENT (record))
    return hearth_review_get_arrangement_id (self->review) == hearth_record_get_id (record) &&
           hearth_review_get_held_on (self->review) == NULL;
  return HEARTH_IS_REVIEW (record) &&
         hearth_record_get_id (HEARTH_RECORD (self->review)) == hearth_record_get_id (record);
}

static GHashTable *
by_id (GPtrArray *records)
{
  GHashTable *table = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < records->len; i++)
    {
      HearthRecord *record = g_ptr_array_index (records, i);
      gint64 id = hearth_record_get_id (record);

      g_hash_table_insert (table, g_memdup2 (&id, sizeof id), record);
    }

  return table;
}

static char *
name_in (GHashTable *table,
         gint64      id)
{
  HearthRecord *record = g_hash_table_lookup (table, &id);

  if (record == NULL)
    return g_strdup ("?");
  if (HEARTH_IS_PERSON (record))
    return hearth_person_dup_display_name (HEARTH_PERSON (record));
  return hearth_carer_dup_display_name (HEARTH_CARER (record));
}

static void
add (GPtrArray         *summaries,
     HearthReview      *review,
     char              *title,
     HearthReviewState  state)
{
  g_ptr_array_add (summaries, hearth_review_summary_new (review, title, state));
  g_free (title);
}

/**
 * hearth_review_summary_compare:
 *
 * The Reviews view's order: overdue, then due soon, then due later, each by date; then
 * held, newest first; then those an ended arrangement no longer needs; the title breaks ties.
 */
int
hearth_review_summary_compare (HearthReviewSummary *x,
                               HearthReviewSummary *y)
{
  int by_date;

  /* The states' order on screen: overdue, due soon, due, held, not needed. */
  static const int rank[] = {
    [HEARTH_REVIEW_STATE_OVERDUE] = 0, [HEARTH_REVIEW_STATE_DUE_SOON] = 1,
    [HEARTH_REVIEW_STATE_UPCOMING] = 2, [HEARTH_REVIEW_STATE_HELD] = 3,
    [HEARTH_REVIEW_STATE_NOT_NEEDED] = 4,
  };

  if (x->state != y->state)
    return rank[x->state] - rank[y->state];
  if (x->state == HEARTH_REVIEW_STATE_HELD)
    by_date = -g_strcmp0 (hearth_review_get_held_on (x->review),
                          hearth_review_get_held_on (y->review));
  else
    by_date = g_strcmp0 (hearth_review_get_due_on (x->review), hearth_review_get_due_on (y->review));
  return by_date != 0 ? by_date : g_utf8_collate (x->title, y->title);
}

static int
compare_in_array (gconstpointer a,
                  gconstpointer b)
{
  return hearth_review_summary_compare (*(HearthReviewSummary **) a, *(HearthReviewSummary **) b);
}

static void
add_approvals_due (GPtrArray  *summaries,
                   GPtrArray  *carers,
                   const char *today)
{
  for (guint i = 0; i < carers->len; i++)
    {
      HearthCarer *carer = g_ptr_array_index (carers, i);
      g_autoptr(HearthReview) review = NULL;
      g_autofree char *name = NULL;

      if (g_strcmp0 (hearth_carer_get_stage (carer), "approved") != 0 ||
          hearth_record_is_archived (HEARTH_RECORD (carer)) ||
          hearth_carer_get_next_approval_review (carer) == NULL)
        continue;

      review = hearth_review_new ();
      g_object_set (review, "subject", "approval",
                    "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)),
                    "due-on", hearth_carer_get_next_approval_review (carer), NULL);
      name = hearth_carer_dup_display_name (carer);
      add (summaries, review, g_strdup_printf (_("Approval of %s"), name),
           hearth_review_state (review, NULL, today));
    }
}

/**
 * hearth_scheme_summarize_reviews:
 *
 * Returns: (transfer full) (element-type HearthReviewSummary): every review of an
 *   arrangement, every approval review held, and the next approval review of each approved
 *   carer; overdue first
 */
GPtrArray *
hearth_scheme_summarize_reviews (HearthScheme  *scheme,
                                 const char    *today,
                                 GError       **error)
{
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(GPtrArray) arrangements = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) carers = NULL;
  g_autoptr(GHashTable) arrangement_by_id = NULL;
  g_autoptr(GHashTable) person_by_id = NULL;
  g_autoptr(GHashTable) carer_by_id = NULL;
  g_autoptr(GPtrArray) summaries = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);
  g_return_val_if_fail (hearth_date_is_valid (today), NULL);

  if (!(reviews = hearth_scheme_load_all (scheme, HEARTH_TYPE_REVIEW, error)) ||
      !(arrangements = hearth_scheme_load_all (scheme, HEARTH_TYPE_ARRANGEMENT, error)) ||
      !(people = hearth_scheme_load_all (scheme, HEARTH_TYPE_PERSON, error)) ||
      !(carers = hearth_scheme_load_all (scheme, HEARTH_TYPE_CARER, error)))
    return NULL;

  arrangement_by_id = by_id (arrangements);
  person_by_id = by_id (people);
  carer_by_id = by_id (carers);

  for (guint i = 0; i < reviews->len; i++)
    {
      HearthReview *review = g_ptr_array_index (reviews, i);
      gint64 id = hearth_review_get_arrangement_id (review);
      HearthArrangement *a = id != 0 ? g_hash_table_lookup (arrangement_by_id, &id) : NULL;
      g_autofree char *person = NULL;
      g_autofree char *carer = NULL;

      if (a == NULL)
        {
          carer = name_in (carer_by_id, hearth_review_get_carer_id (review));
          add (summaries, review, g_strdup_printf (_("Approval of %s"), carer),
               hearth_review_state (review, NULL, today));
          continue;
        }

      person = name_in (person_by_id, hearth_arrangement_get_person_id (a));
      carer = name_in (carer_by_id, hearth_arrangement_get_carer_id (a));
      add (summaries, review, g_strdup_printf (_("%s with %s"), person, carer),
           hearth_review_state (review, hearth_arrangement_get_end_date (a), today));
    }

  add_approvals_due (summaries, carers, today);
  g_ptr_array_sort (summaries, compare_in_array);
  return g_steal_pointer (&summaries);
}

static GPtrArray *
load_summaries (HearthScheme  *reader,
                gpointer       user_data,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autofree char *today = hearth_date_today ();

  return hearth_scheme_summarize_reviews (reader, today, error);
}

/**
 * hearth_review_summary_list_new:
 *
 * Returns: (transfer full): every #HearthReviewSummary of @scheme, computed by a worker once
 *   started and again after each change; unsorted (sort with hearth_review_summary_compare())
 */
HearthAggregateList *
hearth_review_summary_list_new (HearthScheme *scheme)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);

  return hearth_aggregate_list_new (scheme, HEARTH_TYPE_REVIEW_SUMMARY, load_summaries,
                                    (HearthAggregateKeyFunc) hearth_review_summary_dup_key,
                                    (HearthAggregateSameFunc) hearth_review_summary_same,
                                    NULL, NULL);
}
