/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-record-view.h: the People or Carers list as a coordinator sees it: searched,
 * filtered, sorted, archived records hidden unless asked for. A live GListModel. */

#pragma once

#include <gio/gio.h>

#include "hearth-record-list.h"

G_BEGIN_DECLS

typedef enum
{
  HEARTH_RECORD_SORT_NAME,
  HEARTH_RECORD_SORT_STATUS,   /* a person's status or a carer's stage, in workflow order */
  HEARTH_RECORD_SORT_DATE,     /* most recent referral or enquiry first */
} HearthRecordSort;

/* What a list can be filtered on. People: status, support need, funding route. Carers:
 * recruitment stage, what they are approved for, a place free today. */
typedef enum
{
  HEARTH_RECORD_FILTER_STATUS,         /* a person's status or a carer's stage */
  HEARTH_RECORD_FILTER_SUPPORT_NEED,   /* people: one of their support needs */
  HEARTH_RECORD_FILTER_FUNDING_ROUTE,  /* people */
  HEARTH_RECORD_FILTER_APPROVED_FOR,   /* carers: an arrangement type, or "emergency" */
  HEARTH_RECORD_FILTER_VACANCY,        /* carers: "yes" for a place free today */
  HEARTH_N_RECORD_FILTERS
} HearthRecordFilter;

#define HEARTH_TYPE_RECORD_VIEW (hearth_record_view_get_type ())

G_DECLARE_FINAL_TYPE (HearthRecordView, hearth_record_view, HEARTH, RECORD_VIEW, GObject)

HearthRecordView *hearth_record_view_new               (HearthRecordList   *records);
HearthRecordList *hearth_record_view_get_records       (HearthRecordView   *self);
gboolean          hearth_record_view_set_search        (HearthRecordView   *self,
                                                        const char         *text,
                                                        GError            **error);
const char       *hearth_record_view_get_search        (HearthRecordView   *self);
void              hearth_record_view_set_filter        (HearthRecordView   *self,
                                                        HearthRecordFilter  filter,
                                                        const char         *value);
const char       *hearth_record_view_get_filter        (HearthRecordView   *self,
                                                        HearthRecordFilter  filter);
guint             hearth_record_view_count_filters     (HearthRecordView   *self);
void              hearth_record_view_clear_filters     (HearthRecordView   *self);
void              hearth_record_view_set_show_archived (HearthRecordView   *self,
                                                        gboolean            show);
gboolean          hearth_record_view_get_show_archived (HearthRecordView   *self);
void              hearth_record_view_set_sort          (HearthRecordView   *self,
                                                        HearthRecordSort    sort);
HearthRecordSort  hearth_record_view_get_sort          (HearthRecordView   *self);
gboolean          hearth_record_view_find_position     (HearthRecordView   *self,
                                                        gint64              id,
                                                        guint              *position);

G_END_DECLS
