/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-record-row.h: one person or carer in the People or Carers list. */

#pragma once

#include <adwaita.h>

#include "hearth.h"
#include "hearth-photo-cache.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_RECORD_ROW (hearth_record_row_get_type ())

G_DECLARE_FINAL_TYPE (HearthRecordRow, hearth_record_row, HEARTH, RECORD_ROW, GtkBox)

GtkWidget    *hearth_record_row_new        (HearthPhotoCache   *photos,
                                            HearthAttentionMap *attention);
HearthRecord *hearth_record_row_get_item   (HearthRecordRow    *self);
void          hearth_record_row_set_item   (HearthRecordRow    *self,
                                            HearthRecord       *item);
const char   *hearth_record_row_get_spoken (HearthRecordRow    *self);

G_END_DECLS
