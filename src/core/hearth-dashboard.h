/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-dashboard.h: what a registered manager sees first: what needs attention, the
 * scheme today, and the outcomes people report, each from one set of queries. */

#pragma once

#include "hearth-attention.h"
#include "hearth-scheme.h"

G_BEGIN_DECLS

/* DBS renewals and training are shown this many days before they expire: the same warning
 * as the badges on people's and carers' rows. */
#define HEARTH_EXPIRY_WARNING_DAYS HEARTH_ATTENTION_DAYS_AHEAD

typedef enum
{
  HEARTH_ATTENTION_REVIEW_OVERDUE,
  HEARTH_ATTENTION_REVIEW_DUE,
  HEARTH_ATTENTION_RISK_OVERDUE,
  HEARTH_ATTENTION_ACTION_OVERDUE,
  HEARTH_ATTENTION_DBS,
  HEARTH_ATTENTION_TRAINING,
  HEARTH_ATTENTION_APPROVAL_REVIEW,
  HEARTH_ATTENTION_TRIAL_STALLED,
  HEARTH_ATTENTION_EMERGENCY_LIMIT,
} HearthAttentionKind;

typedef struct
{
  HearthAttentionKind  kind;
  char                *record;   /* "table:id", for win.show-record */
  char                *title;    /* what and who: "Review of Ann Lee with Sam Cole" */
  char                *detail;   /* when: "Overdue since 3 March 2026" */
  char                *date;     /* the date it is about, YYYY-MM-DD */
  gboolean             overdue;  /* the date has passed */
} HearthAttention;

typedef struct
{
  const char *code;    /* a value of the set it counts, or NULL for a total */
  gint64      count;
} HearthTally;

typedef struct
{
  GArray *people_by_status;         /* HearthTally, every status in order */
  GArray *arrangements_by_type;     /* current arrangements */
  GArray *arrangements_by_funding;
  GArray *carers_by_stage;
  GArray *free_places_by_type;      /* places approved carers have free, by type */
  gint64  current_arrangements;
  gint64  weekly_fee_pence;         /* of current arrangements */
  gint64  people_archived;          /* put away, so in no status above */
  gint64  carers_archived;
} HearthSchemeToday;

typedef struct
{
  const char *area;       /* HEARTH_VALUES_OUTCOME_AREA */
  gint64      answered;   /* people who answered, each person's latest answer */
  gint64      better;
  gint64      no_different;
  gint64      worse;
} HearthOutcomeShare;

void               hearth_attention_free              (HearthAttention    *item);
const char        *hearth_attention_kind_label        (HearthAttentionKind kind);
GPtrArray         *hearth_dashboard_needs_attention   (HearthScheme       *scheme,
                                                       const char         *today,
                                                       GError            **error);
HearthSchemeToday *hearth_dashboard_scheme_today      (HearthScheme       *scheme,
                                                       const char         *today,
                                                       GError            **error);
void               hearth_scheme_today_free           (HearthSchemeToday  *today);
gint64             hearth_tally_get                   (GArray             *tallies,
                                                       const char         *code);
GArray            *hearth_dashboard_outcomes          (HearthScheme       *scheme,
                                                       const char         *from,
                                                       const char         *to,
                                                       GError            **error);
int                hearth_outcome_share_percent       (const HearthOutcomeShare *share);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthAttention, hearth_attention_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthSchemeToday, hearth_scheme_today_free)

G_END_DECLS
