/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-recruitment-summary.h: where carers come from and where they drop out, for the
 * enquiries made in a date range. */

#pragma once

#include "hearth-recruitment-flow.h"
#include "hearth-scheme.h"

G_BEGIN_DECLS

typedef struct
{
  char  *source;     /* the enquiry source's name, or "Not recorded" */
  guint  enquiries;
  guint  approved;
} HearthSourceFigures;

typedef struct
{
  char      *from;
  char      *to;
  guint      enquiries;
  guint      approved;
  GPtrArray *sources;                                 /* (element-type HearthSourceFigures) */
  guint      reached[HEARTH_RECRUITMENT_N_STAGES];    /* how many reached each stage */
  guint      dropped[HEARTH_RECRUITMENT_N_STAGES];    /* withdrew or declined from each stage */
  double     median_days;                             /* enquiry to approval; < 0 when none */
  int        most_dropped;                            /* index of the stage; -1 when none */
} HearthRecruitmentSummary;

HearthRecruitmentSummary *hearth_scheme_recruitment_summary (HearthScheme           *self,
                                                          const char                *from,
                                                          const char                *to,
                                                          GError                   **error);
double                    hearth_source_figures_conversion (const HearthSourceFigures *figures);
char                     *hearth_recruitment_summary_to_csv (const HearthRecruitmentSummary *summary);
void                      hearth_recruitment_summary_free (HearthRecruitmentSummary *summary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthRecruitmentSummary, hearth_recruitment_summary_free)

G_END_DECLS
