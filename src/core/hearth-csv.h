/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-csv.h: comma-separated values as RFC 4180 has them, in UTF-8. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* UTF-8's byte order mark: spreadsheets read it as "this file is UTF-8". */
#define HEARTH_CSV_BOM "\xef\xbb\xbf"

void  hearth_csv_append_field (GString            *csv,
                               const char         *text);
void  hearth_csv_append_row   (GString            *csv,
                               const char * const *fields,
                               guint               n_fields);

G_END_DECLS
