/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-trial-dialogs.h: what the Trials view's questions share: the names of a trial's two
 * sides, and the one toast that says what the last answer did. */

#pragma once

#include "hearth-page.h"

G_BEGIN_DECLS

void  hearth_trials_dup_names (HearthScheme  *scheme,
                               HearthTrial   *trial,
                               char         **person,
                               char         **carer);
char *hearth_trials_dup_pair  (HearthScheme  *scheme,
                               HearthTrial   *trial);
void  hearth_trials_toast     (HearthPage    *page,
                               const char    *text);

G_END_DECLS
