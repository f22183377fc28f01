/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-cli-portrait.c: a pen portrait as PDF from the command line, in full or for
 * introductions: the same pages the window prints. */

#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-cli-private.h"
#include "hearth-portrait-document.h"

int
hearth_cli_pen_portrait (const HearthCliCommand *command,
                         int                     argc,
                         char                  **argv)
{
  gint64 person_id = 0;
  gint64 carer_id = 0;
  gboolean for_introductions = FALSE;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_INT64, &person_id, N_("The person’s number"), N_("ID") },
    { "carer", 0, 0, G_OPTION_ARG_INT64, &carer_id, N_("The carer’s number"), N_("ID") },
    { "for-introductions", 0, 0, G_OPTION_ARG_NONE, &for_introductions,
      N_("Leave out surname, date of birth, address and contact details"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF file to write"),
      N_("OUT.pdf") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(HearthRecord) subject = NULL;
  g_autoptr(HearthDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      (status = hearth_cli_require (command, output, "-o")) != HEARTH_CLI_OK)
    return status;

  if ((person_id != 0) == (carer_id != 0))
    return hearth_cli_usage_error (command, "%s", _("Give either --person or --carer."));

  if (!(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  subject = person_id != 0 ? hearth_cli_load (scheme, HEARTH_TYPE_PERSON, person_id, &error)
                           : hearth_cli_load (scheme, HEARTH_TYPE_CARER, carer_id, &error);
  if (subject == NULL ||
      !(doc = hearth_pen_portrait_document_new (scheme, subject, for_introductions, &error)) ||
      !hearth_document_write_pdf (doc, output, &error))
    return hearth_cli_refused (error);

  g_print (for_introductions ? _("Wrote the pen portrait for introductions to %s\n")
                             : _("Wrote the pen portrait to %s\n"), output);
  return HEARTH_CLI_OK;
}
