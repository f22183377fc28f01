/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-date.h: calendar dates as ISO 8601 text (YYYY-MM-DD), the way the scheme file keeps them. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  hearth_date_is_valid        (const char *iso);
gboolean  hearth_date_parse           (const char *iso,
                                       GDate      *out);
char     *hearth_date_format          (const GDate *date);
char     *hearth_date_today           (void);
void      hearth_date_set_today       (const char *iso);
char     *hearth_date_add_days        (const char *iso,
                                       int         days);
char     *hearth_date_add_weeks       (const char *iso,
                                       int         weeks);
char     *hearth_date_add_months      (const char *iso,
                                       int         months);
char     *hearth_date_add_years       (const char *iso,
                                       int         years);
char     *hearth_date_add_working_days (const char *iso,
                                       int         days);
int       hearth_date_days_between    (const char *from,
                                       const char *to);
int       hearth_date_age_on          (const char *birth,
                                       const char *on);
char     *hearth_date_to_display      (const char *iso);
char     *hearth_timestamp_now        (void);
gboolean  hearth_date_parse_input     (const char  *text,
                                       char       **iso,
                                       GError     **error);
char     *hearth_date_to_input        (const char *iso);

G_END_DECLS
