/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-dashboard-page.h: the Dashboard, the first view when a scheme opens: what needs
 * attention, the scheme today, and the outcomes people report. */

#pragma once

#include "hearth-page.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_DASHBOARD_PAGE (hearth_dashboard_page_get_type ())

G_DECLARE_FINAL_TYPE (HearthDashboardPage, hearth_dashboard_page, HEARTH, DASHBOARD_PAGE, HearthPage)

HearthPage *hearth_dashboard_page_new              (HearthScheme         *scheme,
                                                    GError              **error);
void        hearth_dashboard_page_refresh          (HearthDashboardPage  *self);
GListModel *hearth_dashboard_page_get_attention    (HearthDashboardPage  *self);
guint       hearth_dashboard_page_get_n_attention  (HearthDashboardPage  *self);
gboolean    hearth_dashboard_page_has_attention    (HearthDashboardPage  *self,
                                                    const char           *record);
void        hearth_dashboard_page_set_range        (HearthDashboardPage  *self,
                                                    const char           *from,
                                                    const char           *to);

G_END_DECLS
