/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-list-export.c: "Export to CSV" from the main menu: a whole list (people, carers,
 * trials, arrangements or reviews, archived records left out) in the same columns as
 * hearth-cli export. The rows are read here and written in a worker thread, the pointer
 * showing progress meanwhile. A failure is shown in words; nothing is half-written. */

#define G_LOG_DOMAIN "hearth-list-export"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-list-export.h"

typedef struct
{
  HearthScheme *scheme;
  char         *list;
  GtkWindow    *parent;
} Export;

static void
export_free (Export *export)
{
  g_clear_object (&export->scheme);
  g_clear_weak_pointer (&export->parent);
  g_free (export->list);
  g_free (export);
}

static void
show_failure (GtkWindow  *parent,
              const char *message)
{
  AdwMessageDialog *dialog;

  if (parent == NULL)
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("The List Could Not Be Exported"),
                                                       message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  hearth_present_dialog (dialog);
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  Export *export = data;
  g_autoptr(GError) error = NULL;

  if (export->parent != NULL)
    gtk_widget_set_cursor (GTK_WIDGET (export->parent), NULL);
  if (!hearth_export_csv_to_file_finish (HEARTH_SCHEME (source), result, &error))
    show_failure (export->parent, error->message);
  export_free (export);
}

static void
chosen_cb (GtkNativeDialog *chooser,
           int              response,
           Export          *export)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  GType type = hearth_export_list_type (export->list);

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (file == NULL)
    {
      export_free (export);
      return;
    }

  if (!(records = hearth_export_load_list (export->scheme, type, FALSE, &error)))
    {
      show_failure (export->parent, error->message);
      export_free (export);
      return;
    }

  if (export->parent != NULL)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (export->parent), "progress");
  hearth_export_csv_to_file_async (export->scheme, type, records, file, NULL, written_cb, export);
}

/* @list: one of hearth_export_list_names(): "people", "carers", ... */
void
hearth_list_export_run (GtkWindow    *parent,
                        HearthScheme *scheme,
                        const char   *list)
{
  static const struct { const char *list; const char *title; const char *file; } names[] = {
    { "people", N_("Export People"), N_("People.csv") },
    { "carers", N_("Export Carers"), N_("Carers.csv") },
    { "trials", N_("Export Trials"), N_("Trials.csv") },
    { "arrangements", N_("Export Arrangements"), N_("Arrangements.csv") },
    { "reviews", N_("Export Reviews"), N_("Reviews.csv") },
  };
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;
  Export *export;
  guint i;

  g_return_if_fail (HEARTH_IS_SCHEME (scheme));

  for (i = 0; i < G_N_ELEMENTS (names) && g_strcmp0 (names[i].list, list) != 0; i++)
    ;
  g_return_if_fail (i < G_N_ELEMENTS (names));

  export = g_new0 (Export, 1);
  export->scheme = g_object_ref (scheme);
  export->list = g_strdup (list);
  g_set_weak_pointer (&export->parent, parent);

  chooser = gtk_file_chooser_native_new (_(names[i].title), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), NULL);
  gtk_file_filter_set_name (csv, _("CSV files"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _(names[i].file));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (chosen_cb), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
