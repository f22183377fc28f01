/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-recruitment-chart.h: a small bar chart of how many enquiries reached each stage. */

#pragma once

#include <gtk/gtk.h>

#include "hearth.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_RECRUITMENT_CHART (hearth_recruitment_chart_get_type ())

G_DECLARE_FINAL_TYPE (HearthRecruitmentChart, hearth_recruitment_chart, HEARTH, RECRUITMENT_CHART,
                      GtkWidget)

GtkWidget *hearth_recruitment_chart_new         (void);
void       hearth_recruitment_chart_set_summary (HearthRecruitmentChart         *self,
                                                 const HearthRecruitmentSummary *summary);

G_END_DECLS
