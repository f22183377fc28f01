/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-preferences.h: the window's remembered preferences, from an installed or built schema. */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GSettings *hearth_preferences_new (void);

G_END_DECLS
