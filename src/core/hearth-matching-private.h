/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-matching-private.h: what the ranking (hearth-matching.c) shares with the scheme's
 * side of matching (hearth-matching-scheme.c), which keeps each carer's prepared facts. */

#pragma once

#include "hearth-matching.h"

G_BEGIN_DECLS

HearthMatchCarer *_hearth_match_carer_new           (HearthCarer             *carer,
                                                     const char              *sort_key);
void              _hearth_match_carer_free          (HearthMatchCarer        *self);
HearthCarer      *_hearth_match_carer_get_carer     (const HearthMatchCarer  *self);
void              _hearth_match_carers_order_by_name (HearthMatchCarer      **carers,
                                                      guint                   n_carers);

G_END_DECLS
