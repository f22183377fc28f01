/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-outcome-item.c: the Dashboard's outcomes, one item per area of life, from
 * hearth_dashboard_outcomes() over the dates chosen, computed by a worker. */

#define G_LOG_DOMAIN "hearth-outcome-item"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-values.h"

#include "hearth-outcome-item.h"

struct _HearthOutcomeItem
{
  GObject             parent_instance;

  HearthOutcomeShare  share;   /* area points into the static value set */
  guint               order;
};

G_DEFINE_FINAL_TYPE (HearthOutcomeItem, hearth_outcome_item, G_TYPE_OBJECT)

/* The dates the list is computed for: set on the main thread, read by the worker. */
typedef struct
{
  GMutex  lock;
  char   *from;
  char   *to;
} Range;

static void
hearth_outcome_item_class_init (HearthOutcomeItemClass *klass)
{
}

static void
hearth_outcome_item_init (HearthOutcomeItem *self)
{
}

/**
 * hearth_outcome_item_new:
 * @order: the area's place among the areas
 *
 * Returns: (transfer full): the answers about one area of life
 */
HearthOutcomeItem *
hearth_outcome_item_new (const HearthOutcomeShare *share,
                         guint                     order)
{
  HearthOutcomeItem *self;

  g_return_val_if_fail (share != NULL && share->area != NULL, NULL);

  self = g_object_new (HEARTH_TYPE_OUTCOME_ITEM, NULL);
  self->share = *share;
  self->order = order;
  return self;
}

const HearthOutcomeShare *
hearth_outcome_item_get_share (HearthOutcomeItem *self)
{
  g_return_val_if_fail (HEARTH_IS_OUTCOME_ITEM (self), NULL);

  return &self->share;
}

/* "Relationships": the area, as a coordinator reads it */
const char *
hearth_outcome_item_get_label (HearthOutcomeItem *self)
{
  g_return_val_if_fail (HEARTH_IS_OUTCOME_ITEM (self), NULL);

  return hearth_values_label (HEARTH_VALUES_OUTCOME_AREA, self->share.area);
}

/* "Better: 3 · No different: 1 · Worse: 0 · Answered: 4" */
char *
hearth_outcome_item_dup_counts (HearthOutcomeItem *self)
{
  const HearthOutcomeShare *s;

  g_return_val_if_fail (HEARTH_IS_OUTCOME_ITEM (self), NULL);

  s = &self->share;
  /* Translators: how many people answered each way about one area of life */
  return g_strdup_printf (_("Better: %" G_GINT64_FORMAT " · No different: %" G_GINT64_FORMAT
                            " · Worse: %" G_GINT64_FORMAT " · Answered: %" G_GINT64_FORMAT),
                          s->better, s->no_different, s->worse, s->answered);
}

/* "75% of 4", or "no answers": the figure drawn after the area's bar */
char *
hearth_outcome_item_dup_figure (HearthOutcomeItem *self)
{
  g_return_val_if_fail (HEARTH_IS_OUTCOME_ITEM (self), NULL);

  if (self->share.answered == 0)
    return g_strdup (_("no answers"));
  return g_strdup_printf (_("%d%% of %" G_GINT64_FORMAT),
                          hearth_outcome_share_percent (&self->share), self->share.answered);
}

char *
hearth_outcome_item_dup_key (HearthOutcomeItem *self)
{
  g_return_val_if_fail (HEARTH_IS_OUTCOME_ITEM (self), NULL);

  return g_strdup (self->share.area);
}

gboolean
hearth_outcome_item_same (HearthOutcomeItem *a,
                          HearthOutcomeItem *b)
{
  g_return_val_if_fail (HEARTH_IS_OUTCOME_ITEM (a), FALSE);
  g_return_val_if_fail (HEARTH_IS_OUTCOME_ITEM (b), FALSE);

  return a->order == b->order && g_strcmp0 (a->share.area, b->share.area) == 0 &&
         a->share.answered == b->share.answered && a->share.better == b->share.better &&
         a->share.no_different == b->share.no_different && a->share.worse == b->share.worse;
}

/* The areas in the order of their value set, as the report has them. */
int
hearth_outcome_item_compare (HearthOutcomeItem *a,
                             HearthOutcomeItem *b)
{
  g_return_val_if_fail (HEARTH_IS_OUTCOME_ITEM (a), 0);
  g_return_val_if_fail (HEARTH_IS_OUTCOME_ITEM (b), 0);

  return a->order < b->order ? -1 : a->order > b->order;
}

/* Whether a list shows @self: every area, or only those someone answered about. */
gboolean
hearth_outcome_item_matches (HearthOutcomeItem *self,
                             gboolean           answered_only)
{
  g_return_val_if_fail (HEARTH_IS_OUTCOME_ITEM (self), FALSE);

  return !answered_only || self->share.answered > 0;
}

static void
range_free (Range *range)
{
  g_mutex_clear (&range->lock);
  g_free (range->from);
  g_free (range->to);
  g_free (range);
}

static GPtrArray *
load_outcomes (HearthScheme  *reader,
               gpointer       user_data,
               GCancellable  *cancellable,
               GError       **error)
{
  Range *range = user_data;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autoptr(GArray) shares = NULL;
  GPtrArray *items;

  g_mutex_lock (&range->lock);
  from = g_strdup (range->from);
  to = g_strdup (range->to);
  g_mutex_unlock (&range->lock);

  if (!(shares = hearth_dashboard_outcomes (reader, from, to, error)))
    return NULL;

  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < shares->len; i++)
    g_ptr_array_add (items, hearth_outcome_item_new (&g_array_index (shares, HearthOutcomeShare, i),
                                                     i));
  return items;
}

/**
 * hearth_outcome_list_new:
 * @from: the first day of the range
 * @to: the last day of the range
 *
 * Returns: (transfer full): a #HearthOutcomeItem per area of life, computed by a worker once
 *   started, again after each change to @scheme and when the range changes
 */
HearthAggregateList *
hearth_outcome_list_new (HearthScheme *scheme,
                         const char   *from,
                         const char   *to)
{
  Range *range;

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);

  range = g_new0 (Range, 1);
  g_mutex_init (&range->lock);
  range->from = g_strdup (from);
  range->to = g_strdup (to);
  return hearth_aggregate_list_new (scheme, HEARTH_TYPE_OUTCOME_ITEM, load_outcomes,
                                    (HearthAggregateKeyFunc) hearth_outcome_item_dup_key,
                                    (HearthAggregateSameFunc) hearth_outcome_item_same,
                                    range, (GDestroyNotify) range_free);
}

/**
 * hearth_outcome_list_set_range:
 * @list: a list made by hearth_outcome_list_new()
 *
 * Computes @list again, in a worker, over the days from @from to @to.
 */
void
hearth_outcome_list_set_range (HearthAggregateList *list,
                               const char          *from,
                               const char          *to)
{
  Range *range;

  g_return_if_fail (HEARTH_IS_AGGREGATE_LIST (list));

  range = hearth_aggregate_list_get_user_data (list);
  g_return_if_fail (range != NULL);

  g_mutex_lock (&range->lock);
  g_free (range->from);
  g_free (range->to);
  range->from = g_strdup (from);
  range->to = g_strdup (to);
  g_mutex_unlock (&range->lock);
  hearth_aggregate_list_refresh (list);
}
