/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-open.c: any bytes, opened as a scheme file. Hearth must refuse what it cannot read,
 * with an error, never a crash; whatever it accepts it must be able to list and search. */

#define G_LOG_DOMAIN "fuzz-open"

#include "config.h"

#include <glib/gstdio.h>
#include <stdint.h>
#include <unistd.h>

#include "hearth.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static char *dir;
  g_autofree char *path = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *shm = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GError) error = NULL;

  if (dir == NULL)
    dir = g_dir_make_tmp ("hearth-fuzz-XXXXXX", NULL);

  path = g_build_filename (dir, "input.hearth", NULL);
  wal = g_strconcat (path, "-wal", NULL);
  shm = g_strconcat (path, "-shm", NULL);
  g_assert_true (g_file_set_contents (path, (const char *) data, (gssize) size, NULL));
  file = g_file_new_for_path (path);

  scheme = hearth_scheme_open (file, NULL, &error);
  if (scheme == NULL)
    g_assert_nonnull (error);
  else
    {
      g_autoptr(GPtrArray) people = hearth_scheme_load_all (scheme, HEARTH_TYPE_PERSON, NULL);
      g_autoptr(GArray) found = hearth_scheme_search (scheme, HEARTH_TYPE_CARER, "a", NULL);

      (void) people;
      (void) found;
    }

  g_clear_object (&scheme);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  return 0;
}
