/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-application.h: the application: its actions, options and windows. */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HEARTH_TYPE_APPLICATION (hearth_application_get_type ())

G_DECLARE_FINAL_TYPE (HearthApplication, hearth_application, HEARTH, APPLICATION, AdwApplication)

HearthApplication *hearth_application_new        (void);
GFile             *hearth_application_dup_demo_file (void);
void               hearth_application_make_demo_async  (GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
GFile             *hearth_application_make_demo_finish (GAsyncResult  *result,
                                                        GError       **error);

G_END_DECLS
