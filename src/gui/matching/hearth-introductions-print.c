/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-introductions-print.c: the two pen portraits "for introductions" of a shortlisted
 * pair, in one go: through the print dialog, or saved as one PDF. The pages come from the
 * print library, the same ones hearth-cli writes. */

#define G_LOG_DOMAIN "hearth-introductions-print"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-introductions-print.h"
#include "hearth-portrait-document.h"
#include "hearth-portrait-print.h"

static void
show_refusal (HearthPage *page,
              const char *heading,
              const char *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (page));
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                            : NULL,
                                                       heading, message));
  gtk_widget_set_name (GTK_WIDGET (dialog), "matching-error");
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  hearth_present_dialog (dialog);
}

static const HearthPrintWords introductions_words = {
  N_("Save Pen Portraits for Introductions as PDF"),
  N_("The Pen Portraits Could Not Be Printed"),
  N_("The Pen Portraits Could Not Be Saved"),
  N_("Pen portraits for introductions saved as PDF"),
};

/* The name an introduction copy goes by: the preferred name, else the first name. */
static const char *
called (HearthRecord *subject)
{
  const char *name = hearth_record_get_string (subject, "preferred-name");

  return hearth_record_text_is_blank (name) ? hearth_record_get_string (subject, "first-name")
                                            : name;
}

/**
 * hearth_introductions_print:
 * @to_pdf: ask where to save a PDF, rather than open the print dialog
 *
 * Prints the pen portraits for introductions of @person and @carer, each from the top of a
 * page, leaving out surnames, dates of birth, addresses and contact details.
 */
void
hearth_introductions_print (HearthPage   *page,
                            HearthPerson *person,
                            HearthCarer  *carer,
                            gboolean      to_pdf)
{
  g_autoptr(HearthDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *file_name = NULL;

  g_return_if_fail (HEARTH_IS_PAGE (page));
  g_return_if_fail (HEARTH_IS_PERSON (person));
  g_return_if_fail (HEARTH_IS_CARER (carer));

  doc = hearth_introductions_document_new (hearth_page_get_scheme (page), person, carer, &error);
  if (doc == NULL)
    {
      show_refusal (page, _("The Pen Portraits Could Not Be Made"), error->message);
      return;
    }

  /* Translators: a file name; keep the .pdf. The two names are first or preferred names. */
  file_name = g_strdup_printf (_("Introductions - %s and %s.pdf"),
                               called (HEARTH_RECORD (person)), called (HEARTH_RECORD (carer)));
  hearth_page_print_document (page, doc, file_name, &introductions_words, to_pdf);
}
