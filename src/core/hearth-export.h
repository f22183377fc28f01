/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-export.h: a list of records (people, carers, trials, arrangements, reviews) as a
 * CSV file a spreadsheet opens cleanly; the window and hearth-cli export the same columns. */

#pragma once

#include "hearth-scheme.h"

G_BEGIN_DECLS

const char * const *hearth_export_list_names  (void);
GType               hearth_export_list_type   (const char    *list);
char               *hearth_export_dup_heading (GType          type,
                                               const char    *property);
GPtrArray          *hearth_export_load_list   (HearthScheme  *scheme,
                                               GType          type,
                                               gboolean       archived,
                                               GError       **error);
char               *hearth_export_csv         (HearthScheme  *scheme,
                                               GType          type,
                                               GPtrArray     *records,
                                               GError       **error);
gboolean            hearth_export_csv_to_file (HearthScheme  *scheme,
                                               GType          type,
                                               GPtrArray     *records,
                                               GFile         *file,
                                               GError       **error);
void                hearth_export_csv_to_file_async  (HearthScheme        *scheme,
                                                      GType                type,
                                                      GPtrArray           *records,
                                                      GFile               *file,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
gboolean            hearth_export_csv_to_file_finish (HearthScheme  *scheme,
                                                      GAsyncResult  *result,
                                                      GError       **error);

G_END_DECLS
