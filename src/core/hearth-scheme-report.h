/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-scheme-report.h: the figures a registered manager brings to an inspection or
 * sends to a commissioner, for a range of dates. */

#pragma once

#include "hearth-dashboard.h"

G_BEGIN_DECLS

typedef struct
{
  char   *name;
  gint64  count;
} HearthSourceCount;

typedef struct
{
  char              *from;
  char              *to;
  char              *scheme_name;
  HearthSchemeToday *at_end;          /* the scheme as it stood on @to */
  gint64             enquiries;       /* carers who first enquired in the range */
  GArray            *enquiries_by_source;  /* HearthSourceCount, most first */
  gint64             approved;        /* carers approved by panel in the range */
  gint64             withdrawn;
  gint64             declined;
  gint64             started;         /* arrangements started in the range */
  GArray            *started_by_type; /* HearthTally */
  gint64             ended;
  GArray            *ended_by_reason; /* HearthTally */
  gint64             reviews_on_time; /* held in the range, on or before the day due */
  gint64             reviews_late;
  gint64             reviews_overdue; /* arrangement reviews not held by @to, due before it */
  GArray            *outcomes;        /* HearthOutcomeShare */
} HearthSchemeReport;

HearthSchemeReport *hearth_scheme_report_new  (HearthScheme        *scheme,
                                               const char          *from,
                                               const char          *to,
                                               GError             **error);
void                hearth_scheme_report_free (HearthSchemeReport  *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthSchemeReport, hearth_scheme_report_free)

G_END_DECLS
