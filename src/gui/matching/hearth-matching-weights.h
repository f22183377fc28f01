/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-matching-weights.h: the Matching Weights window: how many points each factor can
 * add to a carer's score, a setting of the scheme. */

#pragma once

#include <adwaita.h>

#include "hearth.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_MATCHING_WEIGHTS (hearth_matching_weights_get_type ())

G_DECLARE_FINAL_TYPE (HearthMatchingWeights, hearth_matching_weights, HEARTH, MATCHING_WEIGHTS,
                      AdwWindow)

HearthMatchingWeights *hearth_matching_weights_new        (GtkWindow             *parent,
                                                           HearthScheme          *scheme,
                                                           GError               **error);
GtkSpinButton         *hearth_matching_weights_get_button (HearthMatchingWeights *self,
                                                           HearthMatchFactor      factor);

G_END_DECLS
