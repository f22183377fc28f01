/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-private-file.c: writing a file that holds personal data: made owner-only (0600)
 * before a byte of it is written, and put in place whole or not at all, like the scheme. */

#define G_LOG_DOMAIN "hearth-private-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "hearth-private-file.h"

static gboolean
write_all (int          fd,
           const char  *contents,
           gsize        length)
{
  while (length > 0)
    {
      gssize n = write (fd, contents, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n == 0)
        errno = EIO;
      if (n <= 0)
        return FALSE;
      contents += n;
      length -= (gsize) n;
    }

  return TRUE;
}

/* A new owner-only file beside @path, written, flushed to disk and renamed over it. */
static gboolean
replace_local (const char  *path,
               const char  *contents,
               gsize        length,
               GError     **error)
{
  g_autofree char *partial = g_strconcat (path, ".XXXXXX", NULL);
  int fd = g_mkstemp_full (partial, O_WRONLY | O_CLOEXEC, 0600);
  gboolean ok;
  int saved = errno;

  if (fd >= 0)
    {
      ok = write_all (fd, contents, length) && fsync (fd) == 0;
      saved = errno;
      if (close (fd) != 0 && ok)
        {
          ok = FALSE;
          saved = errno;
        }
      if (ok && g_rename (partial, path) == 0)
        return TRUE;
      if (ok)
        saved = errno;
      g_unlink (partial);
    }

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
               _("“%s” could not be written: %s."), path, g_strerror (saved));
  return FALSE;
}

/**
 * hearth_private_file_replace:
 *
 * Writes @contents to @file, readable and writable by its owner only. The data goes to a
 * new owner-only file beside it, which then takes its place: an earlier file that others
 * could read is replaced, not reused, and a failure leaves it as it was.
 */
gboolean
hearth_private_file_replace (GFile       *file,
                             const char  *contents,
                             gsize        length,
                             GError     **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (contents != NULL || length == 0, FALSE);

  if ((path = g_file_get_path (file)) != NULL)
    return replace_local (path, contents != NULL ? contents : "", length, error);

  /* A place GIO reaches without a local path: its own owner-only replacement. */
  return g_file_replace_contents (file, contents, length, NULL, FALSE,
                                  G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, NULL, error);
}
