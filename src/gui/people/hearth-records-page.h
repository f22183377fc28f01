/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-records-page.h: the People and Carers views: a searchable list beside the
 * profile of the chosen record. */

#pragma once

#include "hearth-list-pane.h"
#include "hearth-page.h"
#include "hearth-profile-pane.h"
#include "hearth-record-editor.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_RECORDS_PAGE (hearth_records_page_get_type ())

G_DECLARE_FINAL_TYPE (HearthRecordsPage, hearth_records_page, HEARTH, RECORDS_PAGE, HearthPage)

HearthPage        *hearth_records_page_new_people  (HearthScheme       *scheme,
                                                    GError            **error);
HearthPage        *hearth_records_page_new_carers  (HearthScheme       *scheme,
                                                    GError            **error);
HearthListPane    *hearth_records_page_get_list    (HearthRecordsPage  *self);
HearthProfilePane *hearth_records_page_get_profile (HearthRecordsPage  *self);
HearthRecordEditor *hearth_records_page_get_editor (HearthRecordsPage  *self);

G_END_DECLS
