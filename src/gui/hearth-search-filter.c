/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-search-filter.c: a view's search as a GtkFilter. The text is folded once per key,
 * each item is asked through a core match function, and the change is announced as stricter
 * when a letter is typed on and as less strict when one is deleted: GtkFilterListModel then
 * re-tests only the rows shown, or only those hidden, not the whole list. */

#define G_LOG_DOMAIN "hearth-search-filter"

#include "config.h"

#include <string.h>

#include "hearth.h"
#include "hearth-search-filter.h"

struct _HearthSearchFilter
{
  GtkFilter          parent_instance;

  HearthSearchMatch  match;
  gpointer           data;
  char              *needle;   /* folded, or NULL for a blank search */
};

G_DEFINE_FINAL_TYPE (HearthSearchFilter, hearth_search_filter, GTK_TYPE_FILTER)

/* How going from @before to @after changes what is found, both folded, NULL when blank. */
static GtkFilterChange
change_between (const char *before,
                const char *after)
{
  if (before == NULL)
    return GTK_FILTER_CHANGE_MORE_STRICT;
  if (after == NULL)
    return GTK_FILTER_CHANGE_LESS_STRICT;
  /* Whatever contains the longer text contains the shorter too. */
  if (strstr (after, before) != NULL)
    return GTK_FILTER_CHANGE_MORE_STRICT;
  if (strstr (before, after) != NULL)
    return GTK_FILTER_CHANGE_LESS_STRICT;
  return GTK_FILTER_CHANGE_DIFFERENT;
}

static gboolean
hearth_search_filter_match (GtkFilter *filter,
                            gpointer   item)
{
  HearthSearchFilter *self = HEARTH_SEARCH_FILTER (filter);

  return self->needle == NULL || self->match (item, self->needle, self->data);
}

static GtkFilterMatch
hearth_search_filter_get_strictness (GtkFilter *filter)
{
  return HEARTH_SEARCH_FILTER (filter)->needle == NULL ? GTK_FILTER_MATCH_ALL
                                                       : GTK_FILTER_MATCH_SOME;
}

static void
hearth_search_filter_finalize (GObject *object)
{
  g_free (HEARTH_SEARCH_FILTER (object)->needle);

  G_OBJECT_CLASS (hearth_search_filter_parent_class)->finalize (object);
}

static void
hearth_search_filter_class_init (HearthSearchFilterClass *klass)
{
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = hearth_search_filter_finalize;
  filter_class->match = hearth_search_filter_match;
  filter_class->get_strictness = hearth_search_filter_get_strictness;
}

static void
hearth_search_filter_init (HearthSearchFilter *self)
{
}

/**
 * hearth_search_filter_new:
 * @match: whether an item contains a folded search
 *
 * Returns: (transfer full): a filter letting every item through until a search is set
 */
HearthSearchFilter *
hearth_search_filter_new (HearthSearchMatch match,
                          gpointer          data)
{
  HearthSearchFilter *self;

  g_return_val_if_fail (match != NULL, NULL);

  self = g_object_new (HEARTH_TYPE_SEARCH_FILTER, NULL);
  self->match = match;
  self->data = data;
  return self;
}

/* Searches for @text, as typed; the same search again changes nothing. */
void
hearth_search_filter_set_text (HearthSearchFilter *self,
                               const char         *text)
{
  g_autofree char *before = NULL;

  g_return_if_fail (HEARTH_IS_SEARCH_FILTER (self));

  before = g_steal_pointer (&self->needle);
  self->needle = hearth_record_fold_search (text);
  if (g_strcmp0 (before, self->needle) == 0)
    return;

  gtk_filter_changed (GTK_FILTER (self), change_between (before, self->needle));
}

/* Returns: (nullable): the search folded, or %NULL when it is blank */
const char *
hearth_search_filter_get_needle (HearthSearchFilter *self)
{
  g_return_val_if_fail (HEARTH_IS_SEARCH_FILTER (self), NULL);

  return self->needle;
}
