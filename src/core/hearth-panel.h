/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-panel.h: An approval panel meeting. */

#pragma once

#include "hearth-record.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PANEL (hearth_panel_get_type ())

G_DECLARE_FINAL_TYPE (HearthPanel, hearth_panel, HEARTH, PANEL, HearthRecord)

HearthPanel *hearth_panel_new (void);

const char *hearth_panel_get_held_on (HearthPanel *self);
const char *hearth_panel_get_chair (HearthPanel *self);
const char *hearth_panel_get_notes (HearthPanel *self);

G_END_DECLS
