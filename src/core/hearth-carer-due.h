/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-carer-due.h: one thing that falls due for an approved carer (an approval review, a
 * DBS renewal, training that expires), as the Recruitment view lists them. */

#pragma once

#include "hearth-aggregate-list.h"
#include "hearth-recruitment.h"

G_BEGIN_DECLS

/* How far ahead the Recruitment view looks for what falls due. */
#define HEARTH_CARER_DUE_WITHIN_DAYS 60

#define HEARTH_TYPE_CARER_DUE (hearth_carer_due_get_type ())

G_DECLARE_FINAL_TYPE (HearthCarerDue, hearth_carer_due, HEARTH, CARER_DUE, GObject)

HearthCarerDue      *hearth_carer_due_new            (const HearthDueItem *item);
gint64               hearth_carer_due_get_carer_id   (HearthCarerDue      *self);
const char          *hearth_carer_due_get_carer_name (HearthCarerDue      *self);
const char          *hearth_carer_due_get_kind       (HearthCarerDue      *self);
const char          *hearth_carer_due_get_what       (HearthCarerDue      *self);
const char          *hearth_carer_due_get_due_on     (HearthCarerDue      *self);
gboolean             hearth_carer_due_is_overdue     (HearthCarerDue      *self);
char                *hearth_carer_due_dup_key        (HearthCarerDue      *self);
gboolean             hearth_carer_due_same           (HearthCarerDue      *a,
                                                      HearthCarerDue      *b);
int                  hearth_carer_due_compare        (HearthCarerDue      *a,
                                                      HearthCarerDue      *b);
HearthAggregateList *hearth_carer_due_list_new       (HearthScheme        *scheme);

G_END_DECLS
