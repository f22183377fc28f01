/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-portrait-print.h: printing a pen portrait, or saving it as PDF, from a page. */

#pragma once

#include "hearth-page.h"

G_BEGIN_DECLS

void hearth_portrait_print (HearthPage   *page,
                            HearthRecord *subject,
                            gboolean      for_introductions,
                            gboolean      to_pdf);

G_END_DECLS
