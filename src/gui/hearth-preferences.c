/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-preferences.c: finds the settings schema that holds the window's preferences.
 *
 * An installed Hearth finds its schema where GLib looks. A Hearth run from its build folder
 * finds the schema that build compiled, with nothing set in the environment, so the README's
 * first command works on a fresh machine. Without a schema Hearth still runs and says why
 * nothing will be remembered, rather than aborting as g_settings_new() would. */

#define G_LOG_DOMAIN "hearth-preferences"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "hearth-preferences.h"

/* TRUE when this is the hearth that meson built in HEARTH_BUILD_ROOT, not an installed copy. */
static gboolean
running_from_build_tree (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *root = realpath (HEARTH_BUILD_ROOT, NULL);
  g_autofree char *prefix = NULL;

  if (exe == NULL || root == NULL)
    return FALSE;

  prefix = g_strconcat (root, G_DIR_SEPARATOR_S, NULL);
  return g_str_has_prefix (exe, prefix);
}

/* The build's own schema comes first, so an older installed one cannot shadow it. */
static GSettingsSchema *
lookup_built_schema (void)
{
  g_autofree char *folder = g_build_filename (HEARTH_BUILD_ROOT, "data", NULL);
  g_autoptr(GSettingsSchemaSource) source = NULL;

  if (!running_from_build_tree ())
    return NULL;

  source = g_settings_schema_source_new_from_directory (folder,
                                                        g_settings_schema_source_get_default (),
                                                        FALSE, NULL);
  return source != NULL ? g_settings_schema_source_lookup (source, APP_ID, FALSE) : NULL;
}

/**
 * hearth_preferences_new:
 *
 * Returns: (transfer full) (nullable): the window's preferences, or %NULL when no settings
 *   schema for Hearth can be found; the reason is then said once on standard error
 */
GSettings *
hearth_preferences_new (void)
{
  static gsize said;
  GSettingsSchemaSource *installed = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = lookup_built_schema ();

  if (schema == NULL && installed != NULL)
    schema = g_settings_schema_source_lookup (installed, APP_ID, TRUE);

  if (schema != NULL)
    return g_settings_new_full (schema, NULL, NULL);

  if (g_once_init_enter (&said))
    {
      g_printerr (_("Hearth’s settings schema %s is not installed, so the window’s size and the "
                    "recent schemes will not be remembered. Install Hearth with “meson install”, "
                    "or run the hearth that meson built.\n"), APP_ID);
      g_once_init_leave (&said, 1);
    }

  return NULL;
}
