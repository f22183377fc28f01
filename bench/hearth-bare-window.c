/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-bare-window.c: the floor for Hearth's launch figures, an empty AdwApplicationWindow
 * of Hearth's size, started and measured by launch-time.py exactly as Hearth is. */

#define G_LOG_DOMAIN "hearth-bare-window"

#include "config.h"

#include <adwaita.h>

static void
activate_cb (GApplication *application)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (application));

  /* Hearth's own default size, so both draw the same area. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_set_title (GTK_WINDOW (window), "Bare Window");
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) application = NULL;

  application = adw_application_new ("io.github.hearthapp.HearthBareWindow",
                                     G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (application, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (application), argc, argv);
}
