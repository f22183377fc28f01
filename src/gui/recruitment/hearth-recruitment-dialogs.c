/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-recruitment-dialogs.c: what the Recruitment view's questions use besides their base
 * class: the stages a carer can go back to, the terms of an approval, how a refusal is said,
 * and the summary's export. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-recruitment-dialogs.h"

/**
 * hearth_recruitment_back_or_out_stages:
 *
 * Returns: (transfer full): where a carer at @stage can go back or out to: earlier stages,
 *   on hold, withdrawn, declined
 */
GStrv
hearth_recruitment_back_or_out_stages (const char *stage)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  int i = hearth_recruitment_stage_position (stage);

  /* From on hold a carer resumes at any stage before panel; once out, only a new enquiry. */
  if (g_strcmp0 (stage, "on-hold") == 0)
    for (guint k = 0; k + 1 < HEARTH_RECRUITMENT_N_STAGES; k++)
      g_strv_builder_add (builder, hearth_recruitment_stage (k));
  else if (i < 0)
    g_strv_builder_add (builder, hearth_recruitment_stage (0));
  for (int k = 0; k < i; k++)
    g_strv_builder_add (builder, hearth_recruitment_stage ((guint) k));
  if (g_strcmp0 (stage, "on-hold") != 0)
    g_strv_builder_add (builder, "on-hold");
  if (g_strcmp0 (stage, "withdrawn") != 0)
    g_strv_builder_add (builder, "withdrawn");
  if (g_strcmp0 (stage, "declined") != 0)
    g_strv_builder_add (builder, "declined");
  return g_strv_builder_end (builder);
}

/* Returns: (transfer full): "Sam Carter is now at “Assessment”" */
char *
hearth_recruitment_dup_moved (HearthCarer *carer)
{
  g_autofree char *name = hearth_carer_dup_display_name (carer);

  return g_strdup_printf (_("%s is now at “%s”"), name,
                          hearth_values_label (HEARTH_VALUES_CARER_STAGE,
                                               hearth_carer_get_stage (carer)));
}

/* Returns: (nullable): the row's text, or %NULL when it is empty */
const char *
hearth_recruitment_entry_text (AdwEntryRow *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  return text[0] != '\0' ? text : NULL;
}

/* GTK 4.8 does not name a check button from a labelled-by row: each is given its name. */
void
hearth_recruitment_terms_name (HearthTermsFields *terms)
{
  hearth_set_spoken_name (GTK_WIDGET (terms->long_term), _("Long-term"));
  hearth_set_spoken_name (GTK_WIDGET (terms->short_breaks), _("Short breaks"));
  hearth_set_spoken_name (GTK_WIDGET (terms->day_support), _("Day support"));
  hearth_set_spoken_name (GTK_WIDGET (terms->emergency), _("Emergency placements"));
  hearth_set_spoken_name (GTK_WIDGET (terms->places), _("Places (1 to 3)"));
}

/**
 * hearth_recruitment_terms_bind:
 * @offset: where a question's #HearthTermsFields stand in its instance
 *
 * Binds the terms' rows of a question's template (long_term, short_breaks, day_support,
 * emergency, places) to its fields.
 */
void
hearth_recruitment_terms_bind (GtkWidgetClass *widget_class,
                               gssize          offset)
{
  static const struct { const char *id; gssize field; } rows[] = {
    { "long_term", G_STRUCT_OFFSET (HearthTermsFields, long_term) },
    { "short_breaks", G_STRUCT_OFFSET (HearthTermsFields, short_breaks) },
    { "day_support", G_STRUCT_OFFSET (HearthTermsFields, day_support) },
    { "emergency", G_STRUCT_OFFSET (HearthTermsFields, emergency) },
    { "places", G_STRUCT_OFFSET (HearthTermsFields, places) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_widget_class_bind_template_child_full (widget_class, rows[i].id, FALSE,
                                               offset + rows[i].field);
}

/* The terms @carer is approved on now. */
void
hearth_recruitment_terms_set (HearthTermsFields *terms,
                              HearthCarer       *carer)
{
  gtk_check_button_set_active (terms->long_term, hearth_carer_get_approved_long_term (carer));
  gtk_check_button_set_active (terms->short_breaks,
                               hearth_carer_get_approved_short_breaks (carer));
  gtk_check_button_set_active (terms->day_support, hearth_carer_get_approved_day_support (carer));
  gtk_check_button_set_active (terms->emergency, hearth_carer_get_approved_emergency (carer));
  gtk_spin_button_set_value (terms->places, hearth_carer_get_approved_places (carer));
}

HearthApprovalTerms
hearth_recruitment_terms_read (HearthTermsFields *terms)
{
  HearthApprovalTerms read = {
    .long_term = gtk_check_button_get_active (terms->long_term),
    .short_breaks = gtk_check_button_get_active (terms->short_breaks),
    .day_support = gtk_check_button_get_active (terms->day_support),
    .emergency = gtk_check_button_get_active (terms->emergency),
    .places = gtk_spin_button_get_value_as_int (terms->places),
  };

  return read;
}

/**
 * hearth_recruitment_show_error:
 * @parent: (nullable): the window the refused question belonged to
 *
 * Says why the core refused an answer, in its own words.
 */
void
hearth_recruitment_show_error (GtkWindow    *parent,
                               const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _("Not Saved"), error->message);

  gtk_widget_set_name (dialog, "recruitment-error");
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  hearth_present_dialog (ADW_MESSAGE_DIALOG (dialog));
}

/* The file chooser's answer needs the page and the summary's text. */
typedef struct
{
  GWeakRef  page;
  char     *csv;
} Export;

static void
export_free (gpointer  data,
             GClosure *closure)
{
  Export *export = data;

  g_weak_ref_clear (&export->page);
  g_free (export->csv);
  g_free (export);
}

static void
export_chosen_cb (GtkNativeDialog *chooser,
                  int              response,
                  Export          *export)
{
  g_autoptr(HearthPage) page = g_weak_ref_get (&export->page);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (page != NULL && response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      if (!hearth_private_file_replace (file, export->csv, strlen (export->csv), &error))
        hearth_recruitment_show_error (gtk_native_dialog_get_transient_for (chooser), error);
      else
        hearth_page_add_toast (page, adw_toast_new (_("Summary exported")));
    }
  g_object_unref (chooser);
}

/* Saves the recruitment summary as CSV where the coordinator chooses. */
void
hearth_recruitment_ask_export (HearthPage                     *page,
                               const HearthRecruitmentSummary *summary)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (page));
  GtkFileChooserNative *chooser;
  g_autofree char *name = g_strdup_printf ("recruitment-%s-to-%s.csv", summary->from, summary->to);
  Export *export = g_new0 (Export, 1);

  g_weak_ref_init (&export->page, page);
  export->csv = hearth_recruitment_summary_to_csv (summary);
  chooser = gtk_file_chooser_native_new (_("Export the Recruitment Summary"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_data (chooser, "response", G_CALLBACK (export_chosen_cb), export, export_free,
                         0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
