/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-gui-test.h: what the gui tests share: letting the window catch up, and finding
 * controls, dialogs and fields by the names the pages give them. */

#pragma once

#include <adwaita.h>

#include "hearth-window.h"

G_BEGIN_DECLS

void          hearth_gui_test_init        (int           *argc,
                                           char        ***argv);
void          hearth_gui_test_settle      (void);
void          hearth_gui_test_wait_for_window (HearthWindow *window);
HearthWindow *hearth_gui_test_open_demo   (const char    *file_name,
                                           HearthScheme **scheme);
HearthWindow *hearth_gui_test_open_demo_scaled (const char    *file_name,
                                                guint          scale,
                                                HearthScheme **scheme);
HearthScheme *hearth_gui_test_demo_scheme (const char    *file_name);

GtkWidget *hearth_gui_test_find_row    (GtkWidget  *widget,
                                        const char *title);
GtkWidget *hearth_gui_test_find_button (GtkWidget  *widget,
                                        const char *text);
GtkWidget *hearth_gui_test_find        (GtkWidget  *widget,
                                        const char *name);
GtkWidget *hearth_gui_test_field       (GtkWidget  *widget,
                                        const char *name);
GtkWidget *hearth_gui_test_find_window (const char *name);
void       hearth_gui_test_set_text    (GtkWidget  *widget,
                                        const char *name,
                                        const char *text);
void       hearth_gui_test_click       (GtkWidget  *widget,
                                        const char *name);

G_END_DECLS
