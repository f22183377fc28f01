/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-retention-window.h: the people and carers whose records are past the scheme's
 * retention period, and erasing them after the name is typed. */

#pragma once

#include <adwaita.h>

#include "hearth.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_RETENTION_WINDOW (hearth_retention_window_get_type ())

G_DECLARE_FINAL_TYPE (HearthRetentionWindow, hearth_retention_window, HEARTH, RETENTION_WINDOW, AdwWindow)

HearthRetentionWindow *hearth_retention_window_new         (GtkWindow             *parent,
                                                            HearthScheme          *scheme);
guint                  hearth_retention_window_get_n_shown (HearthRetentionWindow *self);
AdwMessageDialog      *hearth_retention_window_ask_erase   (HearthRetentionWindow *self,
                                                            guint                  position);

G_END_DECLS
