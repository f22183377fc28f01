/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-private-file.h: files that hold personal data (exports, reports, pen portraits),
 * written so that only their owner can read them, whatever the umask. */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean  hearth_private_file_replace  (GFile       *file,
                                        const char  *contents,
                                        gsize        length,
                                        GError     **error);

G_END_DECLS
