/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-end-arrangement-dialog.h: the End Arrangement dialog: when, why, and a last look
 * at what ending means before it is done. */

#pragma once

#include "hearth-page.h"

G_BEGIN_DECLS

void hearth_end_arrangement_dialog_present (HearthPage        *page,
                                            HearthArrangement *arrangement,
                                            const char        *title);

G_END_DECLS
