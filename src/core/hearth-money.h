/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-money.h: pounds and pence, read and written as a coordinator would. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean hearth_money_parse  (const char  *text,
                              gint64      *pence,
                              GError     **error);
char    *hearth_money_format (gint64       pence);

G_END_DECLS
