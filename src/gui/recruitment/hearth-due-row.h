/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-due-row.h: one thing falling due for an approved carer. */

#pragma once

#include <gtk/gtk.h>

#include "hearth.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_DUE_ROW (hearth_due_row_get_type ())

G_DECLARE_FINAL_TYPE (HearthDueRow, hearth_due_row, HEARTH, DUE_ROW, GtkWidget)

HearthCarerDue *hearth_due_row_get_item (HearthDueRow   *self);
void            hearth_due_row_set_item (HearthDueRow   *self,
                                         HearthCarerDue *item);

G_END_DECLS
