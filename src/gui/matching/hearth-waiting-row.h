/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-waiting-row.h: one person who needs a match, in the Matching view's list. */

#pragma once

#include <adwaita.h>

#include "hearth.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_WAITING_ROW (hearth_waiting_row_get_type ())

G_DECLARE_FINAL_TYPE (HearthWaitingRow, hearth_waiting_row, HEARTH, WAITING_ROW, GtkWidget)

HearthPerson *hearth_waiting_row_get_item (HearthWaitingRow *self);
void          hearth_waiting_row_set_item (HearthWaitingRow *self,
                                           HearthPerson     *item);
char         *hearth_waiting_row_dup_line (HearthPerson     *person);

G_END_DECLS
