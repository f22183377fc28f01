/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-fields.h: each field's name in words, and checks of one field at a time, so an
 * editor can point at the field that is wrong while the coordinator types, with the same
 * words the core uses when it refuses. */

#pragma once

#include "hearth-record.h"

G_BEGIN_DECLS

GType       hearth_record_type_for_kind  (const char    *kind);
const char *hearth_record_get_field_label (GType        type,
                                          const char    *property);
gboolean    hearth_record_column_is_date (HearthRecord  *record,
                                          const char    *property);
gboolean    hearth_record_check_field    (HearthRecord  *record,
                                          const char    *property,
                                          GError       **error);
gboolean    hearth_record_check_fields   (HearthRecord  *record,
                                          const char   **property,
                                          GError       **error);
const char *hearth_record_field_for_error (HearthRecord *record,
                                          const GError  *error);

G_END_DECLS
