/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-review-summary.c: the reviews of a scheme for the Reviews view. Arrangement reviews
 * are scheduled rows; a carer's approval review is due from the carer's own date, so one
 * that is due appears here as a new review, ready to record. */

#define G_LOG_DOMAIN "hearth-review-summary"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-arrangement.h"
#include "hearth-carer.h"
#include "hearth-date.h"
#include "hearth-person.h"
#include "hearth-rules.h"

#include "hearth-review-summary.h"

void
hearth_review_summary_free (HearthReviewSummary *summary)
{
  if (summary == NULL)
    return;

  g_clear_object (&summary->review);
  g_free (summary->title);
  g_free (summary);
}

static GHashTable *
by_id (GPtrArray *records)
{
  GHashTable *table = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < records->len; i++)
    {
      HearthRecord *record = g_ptr_array_index (records, i);

      /* The key lives in the record: ids do not change while it is loaded. */
      g_object_set_data_full (G_OBJECT (record), "hearth-summary-id",
                              g_memdup2 (&(gint64) { hearth_record_get_id (record) }, sizeof (gint64)),
                              g_free);
      g_hash_table_insert (table, g_object_get_data (G_OBJECT (record), "hearth-summary-id"), record);
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
  HearthReviewSummary *s = g_new0 (HearthReviewSummary, 1);

  s->review = g_object_ref (review);
  s->title = title;
  s->state = state;
  g_ptr_array_add (summaries, s);
}

/* Overdue, then due soon, then due later, each by date; then held, newest first; then
 * those an ended arrangement no longer needs. */
static int
compare (gconstpointer a,
         gconstpointer b)
{
  const HearthReviewSummary *x = *(HearthReviewSummary **) a;
  const HearthReviewSummary *y = *(HearthReviewSummary **) b;

  /* The states' order on screen: overdue, due soon, due, held, not needed. */
  static const int rank[] = {
    [HEARTH_REVIEW_STATE_OVERDUE] = 0, [HEARTH_REVIEW_STATE_DUE_SOON] = 1,
    [HEARTH_REVIEW_STATE_UPCOMING] = 2, [HEARTH_REVIEW_STATE_HELD] = 3,
    [HEARTH_REVIEW_STATE_NOT_NEEDED] = 4,
  };

  if (x->state != y->state)
    return rank[x->state] - rank[y->state];
  if (x->state == HEARTH_REVIEW_STATE_HELD)
    return -g_strcmp0 (hearth_review_get_held_on (x->review), hearth_review_get_held_on (y->review));
  return g_strcmp0 (hearth_review_get_due_on (x->review), hearth_review_get_due_on (y->review));
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
  g_autoptr(GPtrArray) summaries = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_review_summary_free);

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
  g_ptr_array_sort (summaries, compare);
  return g_steal_pointer (&summaries);
}
