/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-document.c: lays blocks of text out line by line, so a block that does not fit at
 * the foot of a page carries on at the top of the next: nothing is ever cut off. */

#define G_LOG_DOMAIN "hearth-document"

#include "config.h"

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "hearth-document.h"
#include "hearth-private-file.h"
#include "hearth-record.h"

#define MARGIN 56.0       /* 2 cm */
#define GAP 6.0
#define PHOTO_SIZE 110.0
#define FOOTER_SPACE 28.0

typedef enum
{
  BLOCK_SUBTITLE,
  BLOCK_HEADING,
  BLOCK_PARAGRAPH,
  BLOCK_FIELD,
  BLOCK_PART,       /* another document's title, and photo, at the top of a new page */
} BlockKind;

typedef struct
{
  BlockKind        kind;
  char            *text;
  PangoLayout     *layout;
  cairo_surface_t *photo;   /* (nullable): for a part */
} Block;

/* One line of one block, placed on a page. */
typedef struct
{
  Block *block;
  int    line;
  double y;      /* top of the line */
} Placed;

struct _HearthDocument
{
  GObject          parent_instance;

  char            *title;
  char            *footer;
  cairo_surface_t *photo;
  GPtrArray       *blocks;   /* Block */
  GPtrArray       *pages;    /* GArray of Placed */
  PangoLayout     *title_layout;
  double           width;
  double           height;
};

G_DEFINE_FINAL_TYPE (HearthDocument, hearth_document, G_TYPE_OBJECT)

static void
block_free (gpointer data)
{
  Block *block = data;

  g_clear_object (&block->layout);
  g_clear_pointer (&block->photo, cairo_surface_destroy);
  g_free (block->text);
  g_free (block);
}

static void
hearth_document_finalize (GObject *object)
{
  HearthDocument *self = HEARTH_DOCUMENT (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->footer, g_free);
  g_clear_pointer (&self->photo, cairo_surface_destroy);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_object (&self->title_layout);

  G_OBJECT_CLASS (hearth_document_parent_class)->finalize (object);
}

static void
hearth_document_class_init (HearthDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hearth_document_finalize;
}

static void
hearth_document_init (HearthDocument *self)
{
  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
}

HearthDocument *
hearth_document_new (const char *title)
{
  HearthDocument *self = g_object_new (HEARTH_TYPE_DOCUMENT, NULL);

  self->title = g_strdup (title);
  return self;
}

void
hearth_document_set_footer (HearthDocument *self,
                            const char     *footer)
{
  g_return_if_fail (HEARTH_IS_DOCUMENT (self));

  g_free (self->footer);
  self->footer = g_strdup (footer);
}

static cairo_status_t
read_bytes (void          *closure,
            unsigned char *data,
            unsigned int   length)
{
  GInputStream *stream = closure;
  gsize read = 0;

  if (!g_input_stream_read_all (stream, data, length, &read, NULL, NULL) || read != length)
    return CAIRO_STATUS_READ_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

/* A photo for the top corner of the first page, as PNG. */
void
hearth_document_add_photo (HearthDocument *self,
                           GBytes         *png)
{
  g_autoptr(GInputStream) stream = NULL;
  cairo_surface_t *surface;

  g_return_if_fail (HEARTH_IS_DOCUMENT (self));

  if (png == NULL)
    return;

  stream = g_memory_input_stream_new_from_bytes (png);
  surface = cairo_image_surface_create_from_png_stream (read_bytes, stream);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      return;
    }

  g_clear_pointer (&self->photo, cairo_surface_destroy);
  self->photo = surface;
}

static Block *
add_block (HearthDocument *self,
           BlockKind       kind,
           char           *text)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->text = text;
  g_ptr_array_add (self->blocks, block);
  return block;
}

void
hearth_document_add_subtitle (HearthDocument *self,
                              const char     *text)
{
  g_return_if_fail (HEARTH_IS_DOCUMENT (self));

  add_block (self, BLOCK_SUBTITLE, g_markup_escape_text (text, -1));
}

void
hearth_document_add_heading (HearthDocument *self,
                             const char     *text)
{
  g_return_if_fail (HEARTH_IS_DOCUMENT (self));

  add_block (self, BLOCK_HEADING, g_markup_escape_text (text, -1));
}

/* A paragraph; empty ones are left out. */
void
hearth_document_add_paragraph (HearthDocument *self,
                               const char     *text)
{
  g_return_if_fail (HEARTH_IS_DOCUMENT (self));

  if (hearth_record_text_is_blank (text))
    return;

  add_block (self, BLOCK_PARAGRAPH, g_markup_escape_text (text, -1));
}

/* "Label: value"; fields with no value are left out. */
void
hearth_document_add_field (HearthDocument *self,
                           const char     *label,
                           const char     *value)
{
  g_autofree char *l = NULL;
  g_autofree char *v = NULL;

  g_return_if_fail (HEARTH_IS_DOCUMENT (self));

  if (value == NULL || value[0] == '\0')
    return;

  l = g_markup_escape_text (label, -1);
  v = g_markup_escape_text (value, -1);
  add_block (self, BLOCK_FIELD, g_strdup_printf ("<b>%s:</b> %s", l, v));
}

/**
 * hearth_document_append:
 * @other: a document to follow this one
 *
 * Adds a copy of @other after what @self holds, starting on a new page with @other's title
 * and photo, so that two documents print in one go.
 */
void
hearth_document_append (HearthDocument *self,
                        HearthDocument *other)
{
  Block *part;

  g_return_if_fail (HEARTH_IS_DOCUMENT (self));
  g_return_if_fail (HEARTH_IS_DOCUMENT (other));
  g_return_if_fail (self != other);

  part = add_block (self, BLOCK_PART, g_markup_escape_text (other->title != NULL ? other->title
                                                                                 : "", -1));
  if (other->photo != NULL)
    part->photo = cairo_surface_reference (other->photo);

  for (guint i = 0; i < other->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (other->blocks, i);
      Block *copy = add_block (self, block->kind, g_strdup (block->text));

      if (block->photo != NULL)
        copy->photo = cairo_surface_reference (block->photo);
    }
}

static PangoLayout *
make_layout (cairo_t    *cr,
             const char *font,
             const char *markup,
             double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) desc = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, desc);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

static const char *
font_for (BlockKind kind)
{
  switch (kind)
    {
    case BLOCK_SUBTITLE:
      return "Sans 13";
    case BLOCK_HEADING:
      return "Sans Bold 13";
    case BLOCK_PART:
      return "Sans Bold 22";
    case BLOCK_PARAGRAPH:
    case BLOCK_FIELD:
    default:
      return "Serif 11";
    }
}

static double
line_height (PangoLayout *layout,
             int          line)
{
  PangoLayoutLine *l = pango_layout_get_line_readonly (layout, line);
  PangoRectangle logical;

  pango_layout_line_get_extents (l, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

static GArray *
new_page (HearthDocument *self)
{
  GArray *page = g_array_new (FALSE, FALSE, sizeof (Placed));

  g_ptr_array_add (self->pages, page);
  return page;
}

/**
 * hearth_document_paginate:
 *
 * Lays the document out for pages of @width by @height points.
 *
 * Returns: the number of pages
 */
guint
hearth_document_paginate (HearthDocument *self,
                          cairo_t        *cr,
                          double          width,
                          double          height)
{
  g_autofree char *title_markup = NULL;
  double content = width - 2 * MARGIN;
  double bottom = height - MARGIN - FOOTER_SPACE;
  double title_width = content - PHOTO_SIZE - 12;
  double y = MARGIN;
  cairo_surface_t *photo = self->photo;   /* of the part being laid out */
  guint photo_page = 0;
  PangoRectangle logical;
  GArray *page;

  g_return_val_if_fail (HEARTH_IS_DOCUMENT (self), 0);

  self->width = width;
  self->height = height;
  g_ptr_array_set_size (self->pages, 0);
  page = new_page (self);

  title_markup = g_markup_printf_escaped ("%s", self->title);
  g_clear_object (&self->title_layout);
  self->title_layout = make_layout (cr, "Sans Bold 22", title_markup,
                                   photo != NULL ? title_width : content);
  pango_layout_get_extents (self->title_layout, NULL, &logical);
  y += (double) logical.height / PANGO_SCALE + GAP;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      gboolean beside_photo;
      int n_lines;

      /* A part starts a page of its own, with its photo. */
      if (block->kind == BLOCK_PART)
        {
          page = new_page (self);
          y = MARGIN;
          photo = block->photo;
          photo_page = self->pages->len - 1;
        }

      /* Beside the photo, text is narrower; the photo only stands on its part's first page. */
      beside_photo = photo != NULL && self->pages->len - 1 == photo_page &&
                     y < MARGIN + PHOTO_SIZE + GAP;

      g_clear_object (&block->layout);
      block->layout = make_layout (cr, font_for (block->kind), block->text,
                                   beside_photo ? title_width : content);
      if (block->kind == BLOCK_HEADING)
        y += GAP * 2;

      n_lines = pango_layout_get_line_count (block->layout);
      for (int line = 0; line < n_lines; line++)
        {
          double h = line_height (block->layout, line);
          /* A heading never stands alone at the foot of a page. */
          double need = block->kind == BLOCK_HEADING ? h * 3 : h;
          Placed placed;

          if (y + need > bottom && page->len > 0)
            {
              page = new_page (self);
              y = MARGIN;
            }

          placed.block = block;
          placed.line = line;
          placed.y = y;
          g_array_append_val (page, placed);
          y += h;
        }
      y += GAP;
    }

  return self->pages->len;
}

static void
draw_footer (HearthDocument *self,
             cairo_t        *cr,
             guint           page)
{
  g_autofree char *text = NULL;
  g_autoptr(PangoLayout) layout = NULL;

  /* Translators: the foot of a printed page: what it is, and "page 1 of 2" */
  text = g_markup_printf_escaped (_("%s — page %u of %u"),
                                  self->footer != NULL ? self->footer : "", page + 1,
                                  self->pages->len);
  layout = make_layout (cr, "Sans 8", text, self->width - 2 * MARGIN);
  cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
  cairo_move_to (cr, MARGIN, self->height - MARGIN);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_photo (HearthDocument  *self,
            cairo_t         *cr,
            cairo_surface_t *photo)
{
  double w = cairo_image_surface_get_width (photo);
  double h = cairo_image_surface_get_height (photo);
  double scale = PHOTO_SIZE / MAX (w, h);

  cairo_save (cr);
  cairo_translate (cr, self->width - MARGIN - PHOTO_SIZE, MARGIN);
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, photo, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
}

void
hearth_document_draw_page (HearthDocument *self,
                           cairo_t        *cr,
                           guint           page)
{
  GArray *placed;

  g_return_if_fail (HEARTH_IS_DOCUMENT (self));
  g_return_if_fail (page < self->pages->len);

  cairo_save (cr);
  if (page == 0)
    {
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      cairo_move_to (cr, MARGIN, MARGIN);
      pango_cairo_show_layout (cr, self->title_layout);
      if (self->photo != NULL)
        draw_photo (self, cr, self->photo);
    }

  placed = g_ptr_array_index (self->pages, page);
  for (guint i = 0; i < placed->len; i++)
    {
      Placed *p = &g_array_index (placed, Placed, i);
      PangoLayoutLine *line = pango_layout_get_line_readonly (p->block->layout, p->line);
      PangoRectangle logical;

      if (p->block->kind == BLOCK_PART && p->line == 0 && p->block->photo != NULL)
        draw_photo (self, cr, p->block->photo);

      pango_layout_line_get_extents (line, NULL, &logical);
      cairo_set_source_rgb (cr, p->block->kind == BLOCK_HEADING ? 0.55 : 0.1,
                            p->block->kind == BLOCK_HEADING ? 0.2 : 0.1,
                            p->block->kind == BLOCK_HEADING ? 0.1 : 0.1);
      /* Lines are drawn from their baseline. */
      cairo_move_to (cr, MARGIN, p->y - (double) logical.y / PANGO_SCALE);
      pango_cairo_show_layout_line (cr, line);
    }

  draw_footer (self, cr, page);
  cairo_restore (cr);
}

static cairo_status_t
append_bytes_cb (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * hearth_document_write_pdf:
 *
 * Writes the document as an A4 PDF at @path, readable by its owner only: a pen portrait or
 * a report is personal data. The PDF is made in memory first, so that the file is written
 * whole or not at all.
 */
gboolean
hearth_document_write_pdf (HearthDocument  *self,
                           const char      *path,
                           GError         **error)
{
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  g_autoptr(GFile) file = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint pages;

  g_return_val_if_fail (HEARTH_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  surface = cairo_pdf_surface_create_for_stream (append_bytes_cb, pdf, HEARTH_PAGE_WIDTH,
                                                 HEARTH_PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Hearth");
  cr = cairo_create (surface);

  pages = hearth_document_paginate (self, cr, HEARTH_PAGE_WIDTH, HEARTH_PAGE_HEIGHT);
  for (guint i = 0; i < pages; i++)
    {
      hearth_document_draw_page (self, cr, i);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The PDF could not be written: %s."),
                   cairo_status_to_string (status));
      return FALSE;
    }

  file = g_file_new_for_path (path);
  return hearth_private_file_replace (file, (const char *) pdf->data, pdf->len, error);
}
