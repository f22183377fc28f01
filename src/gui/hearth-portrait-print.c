/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-portrait-print.c: a pen portrait to paper through the print dialog, or to a PDF
 * file the coordinator chooses. The pages are the same ones hearth-cli writes: laid out once
 * by the print library, drawn on whatever cairo surface is given. */

#define G_LOG_DOMAIN "hearth-portrait-print"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-gui-util.h"
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
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  hearth_present_dialog (dialog);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                HearthDocument    *doc)
{
  guint pages = hearth_document_paginate (doc, gtk_print_context_get_cairo_context (context),
                                          gtk_print_context_get_width (context),
                                          gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, (int) MAX (pages, 1));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              HearthDocument    *doc)
{
  hearth_document_draw_page (doc, gtk_print_context_get_cairo_context (context), (guint) page);
}

static const HearthPrintWords portrait_words = {
  N_("Save Pen Portrait as PDF"),
  N_("The Pen Portrait Could Not Be Printed"),
  N_("The Pen Portrait Could Not Be Saved"),
  N_("Pen portrait saved as PDF"),
};

static void
print_document (HearthPage             *page,
                HearthDocument         *doc,
                const char             *job_name,
                const HearthPrintWords *words)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (page));
  GtkPrintOperationResult result;

  /* The document lays out its own A4 margins, in points. */
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), doc);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), doc);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_refusal (page, _(words->print_failed), error->message);
}

/* What the file chooser's answer needs: the page, the document, and the words. */
typedef struct
{
  HearthPage             *page;
  HearthDocument         *doc;
  const HearthPrintWords *words;
} PdfSave;

static void
pdf_save_free (gpointer  data,
               GClosure *closure)
{
  PdfSave *save = data;

  g_clear_object (&save->page);
  g_clear_object (&save->doc);
  g_free (save);
}

static void
pdf_chosen_cb (GtkNativeDialog *chooser,
               int              response,
               PdfSave         *save)
{
  HearthPage *page = save->page;
  HearthDocument *doc = save->doc;
  const HearthPrintWords *words = save->words;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  AdwToast *toast;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file == NULL)
    goto out;

  path = g_file_get_path (file);
  if (path == NULL || !hearth_document_write_pdf (doc, path, &error))
    {
      show_refusal (page, _(words->save_failed),
                    error != NULL ? error->message
                                  : _("This place cannot be written to. Choose a folder on "
                                      "this computer."));
      goto out;
    }

  folder = g_file_get_parent (file);
  uri = g_file_get_uri (folder);
  toast = adw_toast_new (_(words->saved));
  adw_toast_set_button_label (toast, _("_Open Folder"));
  adw_toast_set_action_name (toast, "win.open-folder");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  hearth_page_add_toast (page, toast);

out:
  g_object_unref (chooser);
}

static void
save_pdf (HearthPage             *page,
          HearthDocument         *doc,
          const char             *suggested,
          const HearthPrintWords *words)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (page));
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();
  PdfSave *save = g_new0 (PdfSave, 1);

  chooser = gtk_file_chooser_native_new (_(words->save_title),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (pdf, _("PDF documents"));
  gtk_file_filter_add_mime_type (pdf, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  save->page = g_object_ref (page);
  save->doc = g_object_ref (doc);
  save->words = words;
  g_signal_connect_data (chooser, "response", G_CALLBACK (pdf_chosen_cb), save, pdf_save_free, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * hearth_page_print_document:
 * @file_name: the job's name, and the name a saved PDF is offered
 * @words: (not nullable): static, untranslated words for the dialogs and the toast
 * @to_pdf: ask where to save a PDF, rather than open the print dialog
 *
 * Prints any of the print library's documents from @page, or saves it as PDF.
 */
void
hearth_page_print_document (HearthPage             *page,
                            HearthDocument         *doc,
                            const char             *file_name,
                            const HearthPrintWords *words,
                            gboolean                to_pdf)
{
  g_return_if_fail (HEARTH_IS_PAGE (page));
  g_return_if_fail (doc != NULL && words != NULL);

  if (to_pdf)
    save_pdf (page, doc, file_name, words);
  else
    print_document (page, doc, file_name, words);
}

/**
 * hearth_portrait_print:
 * @subject: a person or a carer
 * @for_introductions: leave out surname, date of birth, address and contact details
 * @to_pdf: ask where to save a PDF, rather than open the print dialog
 */
void
hearth_portrait_print (HearthPage   *page,
                       HearthRecord *subject,
                       gboolean      for_introductions,
                       gboolean      to_pdf)
{
  g_autoptr(HearthDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *file_name = NULL;

  g_return_if_fail (HEARTH_IS_PAGE (page));
  g_return_if_fail (HEARTH_IS_PERSON (subject) || HEARTH_IS_CARER (subject));

  doc = hearth_pen_portrait_document_new (hearth_page_get_scheme (page), subject,
                                          for_introductions, &error);
  if (doc == NULL)
    {
      show_refusal (page, _("The Pen Portrait Could Not Be Made"), error->message);
      return;
    }

  /* An introduction copy is named by the preferred name only, like the page itself. */
  name = for_introductions ? g_strdup (hearth_record_get_string (subject, "preferred-name"))
                           : NULL;
  if (hearth_record_text_is_blank (name))
    {
      g_free (name);
      name = for_introductions ? g_strdup (hearth_record_get_string (subject, "first-name"))
                               : hearth_record_dup_title (subject);
    }
  /* Translators: a file name; keep the .pdf */
  file_name = for_introductions ? g_strdup_printf (_("Pen portrait for introductions - %s.pdf"), name)
                                : g_strdup_printf (_("Pen portrait - %s.pdf"), name);

  hearth_page_print_document (page, doc, file_name, &portrait_words, to_pdf);
}
