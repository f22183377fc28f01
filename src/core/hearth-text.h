/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-text.h: text from outside Hearth (the command line, files, the keyboard) checked
 * before it is used, and stored text made safe to print on a terminal. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  hearth_text_parse_id     (const char  *text,
                                    gint64      *id,
                                    GError     **error);
gboolean  hearth_text_check_utf8   (const char  *text,
                                    gssize       length,
                                    const char  *what,
                                    GError     **error);
char     *hearth_text_dup_visible  (const char  *text,
                                    gssize       length);

G_END_DECLS
