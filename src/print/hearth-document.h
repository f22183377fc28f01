/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-document.h: a printable document (title, headings, paragraphs, labelled fields, a
 * photo) laid out with Pango on A4 pages, drawn with cairo: the same pages go to a printer
 * through GtkPrintOperation and to a PDF from hearth-cli. */

#pragma once

#include <cairo.h>
#include <glib-object.h>

G_BEGIN_DECLS

#define HEARTH_TYPE_DOCUMENT (hearth_document_get_type ())

G_DECLARE_FINAL_TYPE (HearthDocument, hearth_document, HEARTH, DOCUMENT, GObject)

/* A4, in points. */
#define HEARTH_PAGE_WIDTH  595.2756
#define HEARTH_PAGE_HEIGHT 841.8898

HearthDocument *hearth_document_new          (const char      *title);
void            hearth_document_set_footer   (HearthDocument  *self,
                                              const char      *footer);
void            hearth_document_add_photo    (HearthDocument  *self,
                                              GBytes          *png);
void            hearth_document_add_subtitle (HearthDocument  *self,
                                              const char      *text);
void            hearth_document_add_heading  (HearthDocument  *self,
                                              const char      *text);
void            hearth_document_add_paragraph (HearthDocument *self,
                                              const char      *text);
void            hearth_document_add_field    (HearthDocument  *self,
                                              const char      *label,
                                              const char      *value);
void            hearth_document_append       (HearthDocument  *self,
                                              HearthDocument  *other);
guint           hearth_document_paginate     (HearthDocument  *self,
                                              cairo_t         *cr,
                                              double           width,
                                              double           height);
void            hearth_document_draw_page    (HearthDocument  *self,
                                              cairo_t         *cr,
                                              guint            page);
gboolean        hearth_document_write_pdf    (HearthDocument  *self,
                                              const char      *path,
                                              GError         **error);

G_END_DECLS
