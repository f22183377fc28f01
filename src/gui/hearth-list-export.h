/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-list-export.h: asks where to save one of the scheme's lists as CSV, and saves it. */

#pragma once

#include <gtk/gtk.h>

#include "hearth.h"

G_BEGIN_DECLS

void hearth_list_export_run (GtkWindow    *parent,
                             HearthScheme *scheme,
                             const char   *list);

G_END_DECLS
