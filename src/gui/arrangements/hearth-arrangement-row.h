/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-arrangement-row.h: one arrangement in the Arrangements list. */

#pragma once

#include <gtk/gtk.h>

#include "hearth.h"

G_BEGIN_DECLS

/* What a row shows, as the Arrangements view words it. */
typedef struct
{
  char     *title;      /* "Alex Kim ↔ Sam Carter" */
  char     *line;       /* "Long-term, since 3 March 2026" */
  char     *terms;      /* "£650.00 a week · Council social care" */
  char     *emergency;  /* (nullable) */
  char     *review;     /* (nullable) what review is next */
  gboolean  overdue;    /* that review is late */
  char     *spoken;     /* the whole row, for a screen reader */
} HearthArrangementText;

void hearth_arrangement_text_clear (HearthArrangementText *text);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HearthArrangementText, hearth_arrangement_text_clear)

/* Fills @text for @arrangement; @data is what was given to hearth_arrangement_row_new(). */
typedef void (*HearthArrangementDescribeFunc) (HearthArrangement     *arrangement,
                                               HearthArrangementText *text,
                                               gpointer               data);

#define HEARTH_TYPE_ARRANGEMENT_ROW (hearth_arrangement_row_get_type ())

G_DECLARE_FINAL_TYPE (HearthArrangementRow, hearth_arrangement_row, HEARTH, ARRANGEMENT_ROW, GtkBox)

GtkWidget         *hearth_arrangement_row_new      (HearthArrangementDescribeFunc  describe,
                                                    gpointer                       data);
HearthArrangement *hearth_arrangement_row_get_item (HearthArrangementRow          *self);
void               hearth_arrangement_row_set_item (HearthArrangementRow          *self,
                                                    HearthArrangement             *item);
void               hearth_arrangement_row_update   (HearthArrangementRow          *self);

G_END_DECLS
