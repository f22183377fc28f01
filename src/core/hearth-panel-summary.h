/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-panel-summary.h: a panel as the Recruitment view lists it: its date and chair,
 * whether it has met, and a seat for each carer going to it. */

#pragma once

#include "hearth-aggregate-list.h"
#include "hearth-panel.h"
#include "hearth-panel-seat.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PANEL_SUMMARY (hearth_panel_summary_get_type ())

G_DECLARE_FINAL_TYPE (HearthPanelSummary, hearth_panel_summary, HEARTH, PANEL_SUMMARY, GObject)

HearthPanelSummary  *hearth_panel_summary_new        (HearthPanel        *panel,
                                                      GPtrArray          *seats,
                                                      gboolean            has_met);
HearthPanel         *hearth_panel_summary_get_panel  (HearthPanelSummary *self);
GListModel          *hearth_panel_summary_get_seats  (HearthPanelSummary *self);
gboolean             hearth_panel_summary_has_met    (HearthPanelSummary *self);
char                *hearth_panel_summary_dup_key    (HearthPanelSummary *self);
gboolean             hearth_panel_summary_same       (HearthPanelSummary *a,
                                                      HearthPanelSummary *b);
int                  hearth_panel_summary_compare    (HearthPanelSummary *a,
                                                      HearthPanelSummary *b);

GPtrArray           *hearth_scheme_list_panel_summaries (HearthScheme    *scheme,
                                                         const char      *today,
                                                         GError         **error);
HearthAggregateList *hearth_panel_summary_list_new   (HearthScheme       *scheme);

G_END_DECLS
