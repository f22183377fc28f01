/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-suggestion-list.h: the carers suggested for one person, and those ruled out, as a
 * list a worker ranks again after every change to the scheme. */

#pragma once

#include "hearth-aggregate-list.h"
#include "hearth-matching.h"

G_BEGIN_DECLS

HearthAggregateList *hearth_suggestion_list_new         (HearthScheme        *scheme);
void                 hearth_suggestion_list_set_request (HearthAggregateList *list,
                                                         gint64               person_id,
                                                         const char          *arrangement_type,
                                                         gboolean             emergency);

G_END_DECLS
