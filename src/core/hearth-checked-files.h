/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-checked-files.h: the schemes this user's Hearth last closed whole, as it left them. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean _hearth_checked_files_is_unchanged (const char *path);
void     _hearth_checked_files_remember     (const char *path);
void     _hearth_checked_files_forget       (const char *path);

G_END_DECLS
