/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-demo.h: a realistic, plainly fictional scheme for trainers, tests and benchmarks. */

#pragma once

#include "hearth-scheme.h"

G_BEGIN_DECLS

#define HEARTH_DEMO_DEFAULT_SEED 1
/* Scale 200 is the size of all England's Shared Lives (about 12,000 people); five times that
 * is the most a demo, or a benchmark, has any use for. */
#define HEARTH_DEMO_MAX_SCALE 1000

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
void          hearth_demo_create_async (GFile               *file,
                                        guint                scale,
                                        guint64              seed,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
HearthScheme *hearth_demo_create_finish (GAsyncResult      *result,
                                         HearthDemoCounts  *counts,
                                         GError           **error);
gboolean      hearth_demo_populate (HearthScheme      *scheme,
                                    guint              scale,
                                    guint64            seed,
                                    HearthDemoCounts  *counts,
                                    GCancellable      *cancellable,
                                    GError           **error);

G_END_DECLS
