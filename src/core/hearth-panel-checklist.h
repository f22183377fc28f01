/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-panel-checklist.h: what a prospective carer needs before panel, said once: the
 * checks of each kind, and the agreement of everyone in their household. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The kinds of check on the list, in its order. */
#define HEARTH_PANEL_CHECKLIST_N_KINDS 7

const char *hearth_panel_checklist_kind    (guint               index);
int         hearth_panel_checklist_index   (const char         *kind);
GPtrArray  *hearth_panel_checklist_missing (const gint64       *counts,
                                            const char * const *not_agreed);

G_END_DECLS
