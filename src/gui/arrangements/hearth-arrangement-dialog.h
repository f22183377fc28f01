/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-arrangement-dialog.h: the Start Arrangement dialog, for a trial both sides agreed
 * or, with no trial, for an emergency arrangement the registered manager approved. */

#pragma once

#include <adwaita.h>

#include "hearth.h"

G_BEGIN_DECLS

/**
 * hearth_arrangement_dialog_present:
 * @parent: a widget in the window the dialog belongs to
 * @scheme: the scheme to start the arrangement in
 * @trial: (nullable): the agreed trial the arrangement follows, or %NULL for an
 *   emergency arrangement
 *
 * Opens the Start Arrangement dialog, modal to @parent's window. It calls
 * hearth_scheme_start_arrangement() when the user presses Start; a refusal is shown in the
 * dialog, which stays open with everything typed kept. The new arrangement reaches every
 * page through the scheme's record-added signal.
 */
void hearth_arrangement_dialog_present (GtkWidget    *parent,
                                        HearthScheme *scheme,
                                        HearthTrial  *trial);

G_END_DECLS
