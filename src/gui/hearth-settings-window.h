/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-settings-window.h: the scheme's own details and policies. */

#pragma once

#include <adwaita.h>

#include "hearth.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_SETTINGS_WINDOW (hearth_settings_window_get_type ())

G_DECLARE_FINAL_TYPE (HearthSettingsWindow, hearth_settings_window, HEARTH, SETTINGS_WINDOW, AdwPreferencesWindow)

HearthSettingsWindow *hearth_settings_window_new        (GtkWindow            *parent,
                                                         HearthScheme         *scheme);
gboolean              hearth_settings_window_save       (HearthSettingsWindow *self,
                                                         GError              **error);
HearthSchemeDetails  *hearth_settings_window_get_edited (HearthSettingsWindow *self);

G_END_DECLS
