/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-suggestion-row.h: one carer in the Matching view, worth introducing or ruled out. */

#pragma once

#include <adwaita.h>

#include "hearth.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_SUGGESTION_ROW (hearth_suggestion_row_get_type ())

G_DECLARE_FINAL_TYPE (HearthSuggestionRow, hearth_suggestion_row, HEARTH, SUGGESTION_ROW, GtkWidget)

HearthSuggestion *hearth_suggestion_row_get_item     (HearthSuggestionRow *self);
void              hearth_suggestion_row_set_item     (HearthSuggestionRow *self,
                                                      HearthSuggestion    *item);
void              hearth_suggestion_row_toggle       (HearthSuggestionRow *self);

G_END_DECLS
