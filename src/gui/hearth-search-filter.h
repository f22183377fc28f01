/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-search-filter.h: a view's search as a GtkFilter that tells its list model how the
 * search changed, so typing one more letter re-tests only the rows still shown. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Whether @item contains @needle, a search folded with hearth_record_fold_search(). */
typedef gboolean (*HearthSearchMatch) (gpointer    item,
                                       const char *needle,
                                       gpointer    data);

#define HEARTH_TYPE_SEARCH_FILTER (hearth_search_filter_get_type ())

G_DECLARE_FINAL_TYPE (HearthSearchFilter, hearth_search_filter, HEARTH, SEARCH_FILTER, GtkFilter)

HearthSearchFilter *hearth_search_filter_new        (HearthSearchMatch   match,
                                                     gpointer            data);
void                hearth_search_filter_set_text   (HearthSearchFilter *self,
                                                     const char         *text);
const char         *hearth_search_filter_get_needle (HearthSearchFilter *self);

G_END_DECLS
