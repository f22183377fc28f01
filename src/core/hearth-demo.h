/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-demo.h: a realistic, plainly fictional scheme for trainers, tests and benchmarks. */

#pragma once

#include "hearth-scheme.h"

G_BEGIN_DECLS

#define HEARTH_DEMO_DEFAULT_SEED 1

typedef struct
{
  guint people;
  guint carers;
  guint trials;
  guint arrangements;
  guint reviews;
} HearthDemoCounts;

HearthScheme *hearth_demo_create   (GFile             *file,
                                    guint              scale,
                                    guint64            seed,
                                    HearthDemoCounts  *counts,
                                    GCancellable      *cancellable,
                                    GError           **error);
gboolean      hearth_demo_populate (HearthScheme      *scheme,
                                    guint              scale,
                                    guint64            seed,
                                    HearthDemoCounts  *counts,
                                    GCancellable      *cancellable,
                                    GError           **error);

G_END_DECLS
