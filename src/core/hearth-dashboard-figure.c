/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-dashboard-figure.c: "The Scheme Today" on the Dashboard, line by line: what
 * hearth_dashboard_scheme_today() counts, said in words, and the list of those lines a
 * worker keeps up to date. */

#define G_LOG_DOMAIN "hearth-dashboard-figure"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hearth-date.h"
#include "hearth-money.h"
#include "hearth-values.h"

#include "hearth-dashboard-figure.h"

struct _HearthDashboardFigure
{
  GObject  parent_instance;

  char    *key;     /* "people", "weekly-fees"... */
  guint    order;   /* its place on the Dashboard */
  char    *title;   /* "People" */
  char    *text;    /* "Referred: 4 · Matching: 16 · Archived: 2" */
};

G_DEFINE_FINAL_TYPE (HearthDashboardFigure, hearth_dashboard_figure, G_TYPE_OBJECT)

static void
hearth_dashboard_figure_finalize (GObject *object)
{
  HearthDashboardFigure *self = HEARTH_DASHBOARD_FIGURE (object);

  g_free (self->key);
  g_free (self->title);
  g_free (self->text);

  G_OBJECT_CLASS (hearth_dashboard_figure_parent_class)->finalize (object);
}

static void
hearth_dashboard_figure_class_init (HearthDashboardFigureClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hearth_dashboard_figure_finalize;
}

static void
hearth_dashboard_figure_init (HearthDashboardFigure *self)
{
}

/**
 * hearth_dashboard_figure_new:
 * @order: where the line comes on the Dashboard, from 0
 *
 * Returns: (transfer full): one line of "The Scheme Today"
 */
HearthDashboardFigure *
hearth_dashboard_figure_new (const char *key,
                             guint       order,
                             const char *title,
                             const char *text)
{
  HearthDashboardFigure *self;

  g_return_val_if_fail (key != NULL && title != NULL && text != NULL, NULL);

  self = g_object_new (HEARTH_TYPE_DASHBOARD_FIGURE, NULL);
  self->key = g_strdup (key);
  self->order = order;
  self->title = g_strdup (title);
  self->text = g_strdup (text);
  return self;
}

const char *
hearth_dashboard_figure_get_title (HearthDashboardFigure *self)
{
  g_return_val_if_fail (HEARTH_IS_DASHBOARD_FIGURE (self), NULL);

  return self->title;
}

const char *
hearth_dashboard_figure_get_text (HearthDashboardFigure *self)
{
  g_return_val_if_fail (HEARTH_IS_DASHBOARD_FIGURE (self), NULL);

  return self->text;
}

char *
hearth_dashboard_figure_dup_key (HearthDashboardFigure *self)
{
  g_return_val_if_fail (HEARTH_IS_DASHBOARD_FIGURE (self), NULL);

  return g_strdup (self->key);
}

gboolean
hearth_dashboard_figure_same (HearthDashboardFigure *a,
                              HearthDashboardFigure *b)
{
  g_return_val_if_fail (HEARTH_IS_DASHBOARD_FIGURE (a), FALSE);
  g_return_val_if_fail (HEARTH_IS_DASHBOARD_FIGURE (b), FALSE);

  return a->order == b->order && g_str_equal (a->title, b->title) &&
         g_str_equal (a->text, b->text);
}

/* The Dashboard's order: people, arrangements, their funding, carers, places, fees. */
int
hearth_dashboard_figure_compare (HearthDashboardFigure *a,
                                 HearthDashboardFigure *b)
{
  g_return_val_if_fail (HEARTH_IS_DASHBOARD_FIGURE (a), 0);
  g_return_val_if_fail (HEARTH_IS_DASHBOARD_FIGURE (b), 0);

  return a->order < b->order ? -1 : a->order > b->order;
}

/* Whether @search is in the line's title or figures. */
gboolean
hearth_dashboard_figure_matches (HearthDashboardFigure *self,
                                 const char            *search)
{
  g_autofree char *needle = NULL;
  g_autofree char *line = NULL;

  g_return_val_if_fail (HEARTH_IS_DASHBOARD_FIGURE (self), FALSE);

  if (search == NULL || hearth_record_text_is_blank (search))
    return TRUE;

  needle = g_utf8_casefold (search, -1);
  {
    g_autofree char *both = g_strdup_printf ("%s\n%s", self->title, self->text);

    line = g_utf8_casefold (both, -1);
  }
  return strstr (line, g_strstrip (needle)) != NULL;
}

/* "Matching: 16 · In trial: 2": every count of @tallies, or only those above 0. */
static char *
tallies_text (HearthValueSet  set,
              GArray         *tallies,
              gboolean        skip_zero)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < tallies->len; i++)
    {
      HearthTally *t = &g_array_index (tallies, HearthTally, i);

      if (skip_zero && t->count == 0)
        continue;
      /* Translators: a count and what it counts, as in "Matching: 16" */
      g_string_append_printf (text, _("%s%s: %" G_GINT64_FORMAT), text->len > 0 ? " · " : "",
                              hearth_values_label (set, t->code), t->count);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Archived records are in no status: say how many, so that the counts add up. */
static char *
with_archived (char   *text,
               gint64  archived)
{
  char *joined;

  if (archived == 0)
    return text;

  joined = g_strdup_printf (_("%s · Archived: %" G_GINT64_FORMAT), text, archived);
  g_free (text);
  return joined;
}

static void
add (GPtrArray  *figures,
     const char *key,
     const char *title,
     char       *text)
{
  g_ptr_array_add (figures, hearth_dashboard_figure_new (key, figures->len, title,
                                                         text[0] != '\0' ? text : _("None")));
  g_free (text);
}

/**
 * hearth_dashboard_figures_from:
 *
 * Returns: (transfer full) (element-type HearthDashboardFigure): @today in words, a line
 *   for each of people, current arrangements, their funding, carers, free places and fees
 */
GPtrArray *
hearth_dashboard_figures_from (const HearthSchemeToday *t)
{
  GPtrArray *figures = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (t != NULL, NULL);

  add (figures, "people", _("People"),
       with_archived (tallies_text (HEARTH_VALUES_PERSON_STATUS, t->people_by_status, TRUE),
                      t->people_archived));
  add (figures, "arrangements", _("Current Arrangements"),
       tallies_text (HEARTH_VALUES_ARRANGEMENT_TYPE, t->arrangements_by_type, FALSE));
  add (figures, "funding", _("Funding of Current Arrangements"),
       tallies_text (HEARTH_VALUES_FUNDING_ROUTE, t->arrangements_by_funding, TRUE));
  add (figures, "carers", _("Carers"),
       with_archived (tallies_text (HEARTH_VALUES_CARER_STAGE, t->carers_by_stage, TRUE),
                      t->carers_archived));
  /* A carer approved for more than one type offers each free place under every one. */
  add (figures, "free-places", _("Free Places, by What Carers Are Approved For"),
       tallies_text (HEARTH_VALUES_ARRANGEMENT_TYPE, t->free_places_by_type, FALSE));
  add (figures, "weekly-fees", _("Weekly Fees"), hearth_money_format (t->weekly_fee_pence));
  return figures;
}

static GPtrArray *
load_figures (HearthScheme  *reader,
              gpointer       user_data,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autofree char *today = hearth_date_today ();
  g_autoptr(HearthSchemeToday) t = hearth_dashboard_scheme_today (reader, today, error);

  return t != NULL ? hearth_dashboard_figures_from (t) : NULL;
}

/**
 * hearth_dashboard_figure_list_new:
 *
 * Returns: (transfer full): the lines of "The Scheme Today" for @scheme, computed by a
 *   worker once started and again after each change; sort with
 *   hearth_dashboard_figure_compare()
 */
HearthAggregateList *
hearth_dashboard_figure_list_new (HearthScheme *scheme)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);

  return hearth_aggregate_list_new (scheme, HEARTH_TYPE_DASHBOARD_FIGURE, load_figures,
                                    (HearthAggregateKeyFunc) hearth_dashboard_figure_dup_key,
                                    (HearthAggregateSameFunc) hearth_dashboard_figure_same,
                                    NULL, NULL);
}
