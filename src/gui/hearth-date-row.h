/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-date-row.h: a row for one date, typed the way it is written in the UK or chosen from
 * a calendar. */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HEARTH_TYPE_DATE_ROW (hearth_date_row_get_type ())

G_DECLARE_FINAL_TYPE (HearthDateRow, hearth_date_row, HEARTH, DATE_ROW, AdwEntryRow)

GtkWidget  *hearth_date_row_new         (const char     *title);
const char *hearth_date_row_get_date    (HearthDateRow  *self);
void        hearth_date_row_set_date    (HearthDateRow  *self,
                                         const char     *iso);
gboolean    hearth_date_row_read        (HearthDateRow  *self,
                                         char          **iso,
                                         GError        **error);
gboolean    hearth_date_row_check       (HearthDateRow  *self);
const char *hearth_date_row_get_problem (HearthDateRow  *self);
void        hearth_date_row_set_problem (HearthDateRow  *self,
                                         const char     *message);
GtkWidget  *hearth_date_row_get_calendar_button (HearthDateRow *self);

G_END_DECLS
