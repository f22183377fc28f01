/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-introductions-print.h: both pen portraits for an introduction, a person's and a
 * carer's, to the printer or to one PDF. */

#pragma once

#include "hearth-page.h"

G_BEGIN_DECLS

void hearth_introductions_print (HearthPage   *page,
                                 HearthPerson *person,
                                 HearthCarer  *carer,
                                 gboolean      to_pdf);

G_END_DECLS
