/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-trial-dialogs.h: the questions the Trials view asks before it changes a trial:
 * moving on, recording one side's choice, withdrawing. */

#pragma once

#include "hearth-page.h"

G_BEGIN_DECLS

void       hearth_trials_dup_names    (HearthScheme  *scheme,
                                       HearthTrial   *trial,
                                       char         **person,
                                       char         **carer);
GtkWindow *hearth_trials_ask_move_on  (HearthPage    *page,
                                       HearthTrial   *trial);
GtkWindow *hearth_trials_ask_choice   (HearthPage    *page,
                                       HearthTrial   *trial);
GtkWindow *hearth_trials_ask_withdraw (HearthPage    *page,
                                       HearthTrial   *trial);

G_END_DECLS
