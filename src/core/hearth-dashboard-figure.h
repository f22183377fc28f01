/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-dashboard-figure.h: one line of the Dashboard's "The Scheme Today" (people by
 * status, current arrangements, free places, weekly fees...) in words, from a worker. */

#pragma once

#include "hearth-aggregate-list.h"
#include "hearth-dashboard.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_DASHBOARD_FIGURE (hearth_dashboard_figure_get_type ())

G_DECLARE_FINAL_TYPE (HearthDashboardFigure, hearth_dashboard_figure, HEARTH, DASHBOARD_FIGURE, GObject)

HearthDashboardFigure *hearth_dashboard_figure_new       (const char            *key,
                                                          guint                  order,
                                                          const char            *title,
                                                          const char            *text);
const char            *hearth_dashboard_figure_get_title (HearthDashboardFigure *self);
const char            *hearth_dashboard_figure_get_text  (HearthDashboardFigure *self);
char                  *hearth_dashboard_figure_dup_key   (HearthDashboardFigure *self);
gboolean               hearth_dashboard_figure_same      (HearthDashboardFigure *a,
                                                          HearthDashboardFigure *b);
int                    hearth_dashboard_figure_compare   (HearthDashboardFigure *a,
                                                          HearthDashboardFigure *b);
gboolean               hearth_dashboard_figure_matches   (HearthDashboardFigure *self,
                                                          const char            *search);

GPtrArray             *hearth_dashboard_figures_from     (const HearthSchemeToday *today);
HearthAggregateList   *hearth_dashboard_figure_list_new  (HearthScheme          *scheme);

G_END_DECLS
