/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-application.c: opens scheme files given on the command line or by the desktop,
 * makes the demo scheme, and holds the app-wide actions: new, open, demo, shortcuts, about,
 * quit. */

#define G_LOG_DOMAIN "hearth-application"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "hearth-application.h"
#include "hearth-demo.h"
#include "hearth-window.h"

struct _HearthApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (HearthApplication, hearth_application, ADW_TYPE_APPLICATION)

static HearthWindow *
new_window (HearthApplication *self)
{
  return hearth_window_new (self);
}

static HearthWindow *
active_window (HearthApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  return window != NULL ? HEARTH_WINDOW (window) : new_window (self);
}

/* Where the demo scheme lives: the user's data folder, which in Flatpak is the app's own. */
GFile *
hearth_application_dup_demo_file (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "hearth",
                                            _("Demo scheme.hearth"), NULL);

  return g_file_new_for_path (path);
}

static void
demo_created_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      data)
{
  g_autoptr(GTask) task = data;
  g_autoptr(HearthScheme) scheme = NULL;
  GError *error = NULL;

  if ((scheme = hearth_demo_create_finish (result, NULL, &error)) == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* Made as the demo coordinator; opened again as whoever is using Hearth. */
  hearth_scheme_close (scheme);
  g_task_return_pointer (task, g_object_ref (g_task_get_task_data (task)), g_object_unref);
}

/**
 * hearth_application_make_demo_async:
 *
 * Makes a fresh demo scheme, replacing the last one (it is only demo data), in a worker
 * thread. The caller makes sure no window has the old one open.
 */
void
hearth_application_make_demo_async (GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "hearth", NULL);
  g_autoptr(GFile) demo = hearth_application_dup_demo_file ();
  g_autofree char *path = g_file_get_path (demo);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  GTask *task;

  g_mkdir_with_parents (folder, 0700);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, hearth_application_make_demo_async);
  g_task_set_task_data (task, g_object_ref (demo), g_object_unref);
  hearth_demo_create_async (demo, 1, HEARTH_DEMO_DEFAULT_SEED, cancellable, demo_created_cb, task);
}

/**
 * hearth_application_make_demo_finish:
 *
 * Returns: (transfer full): the demo scheme's file, closed, or %NULL with @error set
 */
GFile *
hearth_application_make_demo_finish (GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
activate_demo (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  HearthApplication *self = user_data;
  HearthWindow *window = active_window (self);

  /* The window first, saying what it is doing; the demo is made behind it. */
  gtk_window_present (GTK_WINDOW (window));
  hearth_window_open_demo (window);
}

static void
activate_new (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  HearthWindow *window = active_window (user_data);

  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-scheme", NULL);
}

static void
activate_open (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  HearthWindow *window = active_window (user_data);

  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-scheme", NULL);
}

static void
activate_about (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkApplication *app = user_data;
  const char *developers[] = { _("The Hearth developers"), NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Hearth"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Hearth developers"),
                         "developers", developers,
                         "comments", _("Recruit and approve carers, write pen portraits, match "
                                       "people with carers and review every arrangement: the "
                                       "work of a Shared Lives scheme, in one file on your "
                                       "computer."),
                         "website", "https://github.com/hearthapp/hearth",
                         "issue-url", "https://github.com/hearthapp/hearth/issues",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", "© 2026 The Hearth developers",
                         NULL);
}

static void
activate_quit (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  /* A copy: closing a window removes it from the application's own list as we walk it. */
  g_autolist(GtkWindow) windows =
    g_list_copy_deep (gtk_application_get_windows (GTK_APPLICATION (user_data)),
                      (GCopyFunc) g_object_ref, NULL);

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static const GActionEntry app_actions[] = {
  { "new-scheme", activate_new },
  { "open-scheme", activate_open },
  { "open-demo", activate_demo },
  { "about", activate_about },
  { "quit", activate_quit },
};

static void
hearth_application_activate (GApplication *app)
{
  gtk_window_present (GTK_WINDOW (active_window (HEARTH_APPLICATION (app))));
}

/* Opening a scheme that is already open, or opening, shows its window again. */
static HearthWindow *
window_for_file (GtkApplication *app,
                 GFile          *file)
{
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (HEARTH_IS_WINDOW (l->data) && hearth_window_shows_file (l->data, file))
      return HEARTH_WINDOW (l->data);

  return NULL;
}

static void
hearth_application_open (GApplication  *app,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      HearthWindow *window = window_for_file (GTK_APPLICATION (app), files[i]);

      if (window != NULL)
        {
          gtk_window_present (GTK_WINDOW (window));
          continue;
        }

      window = new_window (HEARTH_APPLICATION (app));
      gtk_window_present (GTK_WINDOW (window));
      hearth_window_open_file (window, files[i]);
    }
}

static int
hearth_application_handle_local_options (GApplication *app,
                                         GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("hearth %s\n", PACKAGE_VERSION);
      g_print ("GTK %u.%u.%u\n", gtk_get_major_version (), gtk_get_minor_version (),
               gtk_get_micro_version ());
      g_print ("libadwaita %u.%u.%u\n", adw_get_major_version (), adw_get_minor_version (),
               adw_get_micro_version ());
      g_print ("SQLite %s\n", sqlite3_libversion ());
      return 0;
    }

  return -1;
}

static int
hearth_application_command_line (GApplication            *app,
                                 GApplicationCommandLine *command_line)
{
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_auto(GStrv) files = NULL;

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^aay", &files);

  if (g_variant_dict_contains (options, "demo"))
    g_action_group_activate_action (G_ACTION_GROUP (app), "open-demo", NULL);
  else if (files != NULL && files[0] != NULL)
    {
      for (guint i = 0; files[i] != NULL; i++)
        {
          g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line,
                                                                                files[i]);
          hearth_application_open (app, &file, 1, "");
        }
    }
  else
    g_application_activate (app);

  return 0;
}

static void
hearth_application_startup (GApplication *app)
{
  static const struct { const char *action; const char *accels[2]; } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.new-scheme", { "<Control>n", NULL } },
    { "app.open-scheme", { "<Control>o", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "win.search", { "<Control>f", NULL } },
  };

  G_APPLICATION_CLASS (hearth_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action,
                                           accels[i].accels);
}

static void
hearth_application_class_init (HearthApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = hearth_application_activate;
  app_class->open = hearth_application_open;
  app_class->startup = hearth_application_startup;
  app_class->command_line = hearth_application_command_line;
  app_class->handle_local_options = hearth_application_handle_local_options;
}

static void
hearth_application_init (HearthApplication *self)
{
  static const GOptionEntry entries[] = {
    { "demo", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Open a fresh demo scheme of fictional people and carers"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the versions of Hearth, GTK, libadwaita and SQLite"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
}

HearthApplication *
hearth_application_new (void)
{
  return g_object_new (HEARTH_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", HEARTH_RESOURCE_PATH,
                       NULL);
}
