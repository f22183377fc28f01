/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-backups-window.h: a scheme's backups: when, how big, back up now, restore. */

#pragma once

#include <adwaita.h>

#include "hearth.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_BACKUPS_WINDOW (hearth_backups_window_get_type ())

G_DECLARE_FINAL_TYPE (HearthBackupsWindow, hearth_backups_window, HEARTH, BACKUPS_WINDOW, AdwWindow)

HearthBackupsWindow *hearth_backups_window_new           (GtkWindow           *parent,
                                                          HearthScheme        *scheme);
guint                hearth_backups_window_get_n_backups (HearthBackupsWindow *self);
void                 hearth_backups_window_back_up       (HearthBackupsWindow *self);
gboolean             hearth_backups_window_get_busy      (HearthBackupsWindow *self);

G_END_DECLS
