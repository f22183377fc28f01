/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-record-editor.h: the form for adding or changing a person or a carer, with their
 * pen portrait and photo. */

#pragma once

#include <adwaita.h>

#include "hearth.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_RECORD_EDITOR (hearth_record_editor_get_type ())

G_DECLARE_FINAL_TYPE (HearthRecordEditor, hearth_record_editor, HEARTH, RECORD_EDITOR, AdwBin)

HearthRecordEditor *hearth_record_editor_new         (HearthScheme        *scheme,
                                                      GType                type,
                                                      HearthRecord        *record);
HearthRecord       *hearth_record_editor_get_record  (HearthRecordEditor  *self);
gboolean            hearth_record_editor_is_new      (HearthRecordEditor  *self);
gboolean            hearth_record_editor_has_changes (HearthRecordEditor  *self);
gboolean            hearth_record_editor_save        (HearthRecordEditor  *self,
                                                      GError             **error);
void                hearth_record_editor_show_error  (HearthRecordEditor  *self,
                                                      const GError        *error);
char               *hearth_record_editor_dup_title   (HearthRecordEditor  *self);
void                hearth_record_editor_set_text    (HearthRecordEditor  *self,
                                                      const char          *property,
                                                      const char          *text);
void                hearth_record_editor_focus_first (HearthRecordEditor  *self);
const char         *hearth_record_editor_get_problem (HearthRecordEditor  *self);
GStrv               hearth_record_editor_dup_fields  (HearthRecordEditor  *self);
const char         *hearth_record_editor_get_field_title (HearthRecordEditor *self,
                                                          const char         *property);

G_END_DECLS
