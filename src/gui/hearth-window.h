/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-window.h: a window on one scheme, or the welcome page before one is open. */

#pragma once

#include <adwaita.h>

#include "hearth.h"
#include "hearth-application.h"
#include "hearth-page.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_WINDOW (hearth_window_get_type ())

G_DECLARE_FINAL_TYPE (HearthWindow, hearth_window, HEARTH, WINDOW, AdwApplicationWindow)

HearthWindow *hearth_window_new          (HearthApplication *application);
void          hearth_window_open_file    (HearthWindow      *self,
                                          GFile             *file);
void          hearth_window_open_demo    (HearthWindow      *self);
HearthWindow *hearth_window_find_for_file (HearthWindow     *self,
                                          GFile             *file);
gboolean      hearth_window_shows_file   (HearthWindow      *self,
                                          GFile             *file);
gboolean      hearth_window_get_busy     (HearthWindow      *self);
gboolean      hearth_window_set_scheme   (HearthWindow      *self,
                                          HearthScheme      *scheme);
HearthScheme *hearth_window_get_scheme   (HearthWindow      *self);
GtkWidget    *hearth_window_get_list_pane (HearthWindow     *self,
                                          const char        *view);
GtkWidget    *hearth_window_get_profile_pane (HearthWindow  *self,
                                          const char        *view);
void          hearth_window_show_view    (HearthWindow      *self,
                                          const char        *view);
HearthPage   *hearth_window_get_page     (HearthWindow      *self,
                                          const char        *view);
gboolean      hearth_window_show_record  (HearthWindow      *self,
                                          HearthRecord      *record);

G_END_DECLS
