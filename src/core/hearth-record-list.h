/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-record-list.h: every record of one kind in a scheme, as a live GListModel. */

#pragma once

#include <gio/gio.h>

#include "hearth-scheme.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_RECORD_LIST (hearth_record_list_get_type ())

G_DECLARE_FINAL_TYPE (HearthRecordList, hearth_record_list, HEARTH, RECORD_LIST, GObject)

HearthRecordList *hearth_record_list_new           (HearthScheme     *scheme,
                                                    GType             type,
                                                    GError          **error);
HearthRecordList *hearth_record_list_get_shared    (HearthScheme     *scheme,
                                                    GType             type,
                                                    GError          **error);
HearthScheme     *hearth_record_list_get_scheme    (HearthRecordList *self);
HearthRecord     *hearth_record_list_find          (HearthRecordList *self,
                                                    gint64            id);
gboolean          hearth_record_list_find_position (HearthRecordList *self,
                                                    gint64            id,
                                                    guint            *position);

G_END_DECLS
