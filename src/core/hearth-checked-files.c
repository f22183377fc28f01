/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-checked-files.c: the schemes this user's Hearth last closed whole, as it left them.
 *
 * Opening a scheme reads every page of it to be sure the file is whole before anything is
 * written to it: on a large scheme that takes seconds, every time. But a scheme that Hearth
 * itself closed cleanly, and that nothing has touched since, is the file that was checked
 * when it was opened, with only Hearth's own writes since. So at a clean close Hearth notes
 * what the file is (its device, inode, size, modification time to the nanosecond and its
 * first hundred bytes); the next open that finds it exactly so, with no log or journal
 * beside it, need not read it all again. Anything else (a copy, a restore, a file written by
 * another program, a crash that left a log) is checked in full. The notes are the user's
 * own, kept 0600 in their state folder, never in the scheme. */

#define G_LOG_DOMAIN "hearth-checked-files"

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdint.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hearth-checked-files.h"

/* More than this many notes and the oldest go: each is only a saving of time. */
#define MAX_NOTES 64

static GMutex notes_lock;

static char *
notes_path (void)
{
  return g_build_filename (g_get_user_state_dir (), "hearth", "checked-schemes", NULL);
}

/* What the file at @path is now: NULL when it cannot be read or is not a plain file. */
static char *
describe_file (const char *path)
{
  struct stat st;
  guint8 header[100];
  g_autofree char *digest = NULL;
  ssize_t got;
  int fd;

  if ((fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW, 0)) < 0)
    return NULL;
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      close (fd);
      return NULL;
    }
  got = read (fd, header, sizeof header);
  close (fd);
  if (got != (ssize_t) sizeof header)
    return NULL;

  digest = g_compute_checksum_for_data (G_CHECKSUM_SHA256, header, sizeof header);
  return g_strdup_printf ("%ju:%ju:%jd:%jd.%09ld:%s", (uintmax_t) st.st_dev,
                          (uintmax_t) st.st_ino, (intmax_t) st.st_size,
                          (intmax_t) st.st_mtim.tv_sec, (long) st.st_mtim.tv_nsec, digest);
}

static GKeyFile *
load_notes (void)
{
  g_autofree char *path = notes_path ();
  GKeyFile *notes = g_key_file_new ();

  /* Missing or unreadable notes are no notes: every scheme is then checked in full. */
  g_key_file_load_from_file (notes, path, G_KEY_FILE_NONE, NULL);
  return notes;
}

static void
save_notes (GKeyFile *notes)
{
  g_autofree char *path = notes_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *data = NULL;
  gsize length;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    return;
  data = g_key_file_to_data (notes, &length, NULL);
  g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, NULL);
}

/**
 * _hearth_checked_files_is_unchanged:
 * @path: the resolved path of a scheme
 *
 * Returns: whether the file at @path is just as Hearth left it at a clean close
 */
gboolean
_hearth_checked_files_is_unchanged (const char *path)
{
  g_autoptr(GKeyFile) notes = NULL;
  g_autofree char *noted = NULL;
  g_autofree char *now = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  g_mutex_lock (&notes_lock);
  notes = load_notes ();
  g_mutex_unlock (&notes_lock);

  if (!(noted = g_key_file_get_string (notes, "checked", path, NULL)))
    return FALSE;
  now = describe_file (path);
  return now != NULL && g_str_equal (noted, now);
}

/**
 * _hearth_checked_files_remember:
 * @path: the resolved path of a scheme Hearth has just closed, whole
 *
 * Notes the file as it is now, for the next open to recognise.
 */
void
_hearth_checked_files_remember (const char *path)
{
  g_autoptr(GKeyFile) notes = NULL;
  g_autofree char *now = NULL;
  g_auto(GStrv) keys = NULL;
  gsize n_keys = 0;

  g_return_if_fail (path != NULL);

  if (!(now = describe_file (path)))
    return;

  g_mutex_lock (&notes_lock);
  notes = load_notes ();
  g_key_file_remove_key (notes, "checked", path, NULL);
  keys = g_key_file_get_keys (notes, "checked", &n_keys, NULL);
  /* Keys keep their order: the first are the longest unused. */
  for (gsize i = 0; keys != NULL && i + MAX_NOTES <= n_keys; i++)
    g_key_file_remove_key (notes, "checked", keys[i], NULL);
  g_key_file_set_string (notes, "checked", path, now);
  save_notes (notes);
  g_mutex_unlock (&notes_lock);
}

/**
 * _hearth_checked_files_forget:
 * @path: the resolved path of a scheme
 *
 * Forgets the note of @path: its next open checks it in full.
 */
void
_hearth_checked_files_forget (const char *path)
{
  g_autoptr(GKeyFile) notes = NULL;

  g_return_if_fail (path != NULL);

  g_mutex_lock (&notes_lock);
  notes = load_notes ();
  if (g_key_file_remove_key (notes, "checked", path, NULL))
    save_notes (notes);
  g_mutex_unlock (&notes_lock);
}
