/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-portrait-print.h: printing a pen portrait, or saving it as PDF, from a page. */

#pragma once

#include "hearth-document.h"
#include "hearth-page.h"

G_BEGIN_DECLS

/* What the dialogs and the toast say of one kind of document, untranslated (N_()). */
typedef struct
{
  const char *save_title;    /* the file chooser's title */
  const char *print_failed;
  const char *save_failed;
  const char *saved;         /* the toast */
} HearthPrintWords;

void hearth_page_print_document (HearthPage             *page,
                                 HearthDocument         *doc,
                                 const char             *file_name,
                                 const HearthPrintWords *words,
                                 gboolean                to_pdf);
void hearth_portrait_print (HearthPage   *page,
                            HearthRecord *subject,
                            gboolean      for_introductions,
                            gboolean      to_pdf);

G_END_DECLS
