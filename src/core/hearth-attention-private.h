/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-attention-private.h: the judgement behind a row's badge, shared by the one-record
 * question and the map of a whole list worked out in a worker thread. */

#pragma once

#include "hearth-carer.h"
#include "hearth-person.h"

G_BEGIN_DECLS

char *_hearth_attention_for_person (HearthPerson *person,
                                    const char   *today);
char *_hearth_attention_for_carer  (HearthCarer  *carer,
                                    GPtrArray    *checks,
                                    GPtrArray    *training,
                                    const char   *today);

G_END_DECLS
