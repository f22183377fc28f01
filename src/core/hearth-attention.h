/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-attention.h: what about a person or a carer needs a coordinator's attention now,
 * in a few words, for the badge on their row in a list. */

#pragma once

#include "hearth-scheme.h"

G_BEGIN_DECLS

/* How far ahead a renewal counts as due. */
#define HEARTH_ATTENTION_DAYS_AHEAD 60

char *hearth_scheme_dup_attention (HearthScheme *self,
                                   HearthRecord *record,
                                   const char   *today);

G_END_DECLS
