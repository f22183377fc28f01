/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-subject-access-export.c: everything held about one person, as a PDF to read and a
 * JSON file for machines, written where only their owner can read them. The window and
 * hearth-cli both answer a request through here. */

#define G_LOG_DOMAIN "hearth-subject-access"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "hearth-portrait-document.h"
#include "hearth-subject-access-export.h"

/**
 * hearth_subject_access_export:
 * @folder: where to write; made (owner-only) if it does not exist
 * @pdf_path: (out) (optional): the PDF's path
 * @json_path: (out) (optional): the JSON file's path
 *
 * Writes `subject-access-person-ID.pdf` and `.json` into @folder, each readable by its
 * owner only, replacing earlier ones for the same person.
 */
gboolean
hearth_subject_access_export (HearthScheme  *scheme,
                              HearthPerson  *person,
                              const char    *folder,
                              char         **pdf_path,
                              char         **json_path,
                              GError       **error)
{
  g_autoptr(HearthDocument) document = NULL;
  g_autofree char *json = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *base = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *data = NULL;

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), FALSE);
  g_return_val_if_fail (HEARTH_IS_PERSON (person), FALSE);
  g_return_val_if_fail (folder != NULL, FALSE);

  if (!(json = hearth_scheme_dup_subject_access_json (scheme, person, error)) ||
      !(document = hearth_subject_access_document_new (scheme, HEARTH_RECORD (person), error)))
    return FALSE;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   "%s: %s", folder, g_strerror (saved));
      return FALSE;
    }

  stem = g_strdup_printf ("subject-access-person-%" G_GINT64_FORMAT,
                          hearth_record_get_id (HEARTH_RECORD (person)));
  base = g_build_filename (folder, stem, NULL);
  data = g_strconcat (base, ".json", NULL);
  pdf = g_strconcat (base, ".pdf", NULL);

  if (!g_file_set_contents_full (data, json, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error) ||
      !hearth_document_write_pdf (document, pdf, error))
    return FALSE;

  if (pdf_path != NULL)
    *pdf_path = g_steal_pointer (&pdf);
  if (json_path != NULL)
    *json_path = g_steal_pointer (&data);
  return TRUE;
}
