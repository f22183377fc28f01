/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-dashboard-private.h: what the dashboard shares with the scheme report. */

#pragma once

#include "hearth-dashboard.h"
#include "hearth-values.h"

G_BEGIN_DECLS

GArray *_hearth_dashboard_tally (HearthScheme    *scheme,
                                 HearthValueSet   set,
                                 const char      *sql,
                                 const char      *first,
                                 const char      *second,
                                 GError         **error);

G_END_DECLS
