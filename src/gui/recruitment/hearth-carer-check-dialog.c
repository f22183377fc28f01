/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-carer-check-dialog.c: records one item of the checklist a carer needs before
 * panel: which check, when it was completed, and its detail. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date-row.h"
#include "hearth-gui-util.h"
#include "hearth-carer-check-dialog.h"
#include "hearth-question-dialog.h"
#include "hearth-recruitment-dialogs.h"

struct _HearthCarerCheckDialog
{
  HearthQuestionDialog  parent_instance;

  AdwComboRow          *kind_row;
  HearthDateRow        *on_row;
  AdwEntryRow          *detail_row;
};

G_DEFINE_FINAL_TYPE (HearthCarerCheckDialog, hearth_carer_check_dialog, HEARTH_TYPE_QUESTION_DIALOG)

static const char * const check_kinds[] = {
  "application", "reference", "dbs", "home-safety", "household-agreement",
  "preparation-training", "assessment-report",
};

/* The carer the question is about. */
static HearthCarer *
carer_of (gpointer self)
{
  return HEARTH_CARER (hearth_question_dialog_get_record (self));
}

static gboolean
hearth_carer_check_dialog_answer (HearthQuestionDialog  *question,
                                  char                 **summary,
                                  GError               **error)
{
  HearthCarerCheckDialog *self = HEARTH_CARER_CHECK_DIALOG (question);
  HearthScheme *scheme = hearth_question_dialog_get_scheme (question);
  guint i = adw_combo_row_get_selected (self->kind_row);
  g_autoptr(HearthCarerCheck) check = hearth_carer_check_new ();
  g_autofree char *on = NULL;

  g_assert (i < G_N_ELEMENTS (check_kinds));
  if (!hearth_date_row_read (self->on_row, &on, error))
    return FALSE;
  g_object_set (check, "carer-id", hearth_record_get_id (HEARTH_RECORD (carer_of (self))),
                "kind", check_kinds[i], "completed-on", on,
                "detail", hearth_recruitment_entry_text (self->detail_row), NULL);
  if (!hearth_scheme_insert (scheme, HEARTH_RECORD (check), error))
    return FALSE;
  *summary = g_strdup (_("Check recorded"));
  return TRUE;
}

static void
hearth_carer_check_dialog_constructed (GObject *object)
{
  HearthCarerCheckDialog *self = HEARTH_CARER_CHECK_DIALOG (object);
  g_autofree char *name = hearth_carer_dup_display_name (carer_of (self));
  g_autofree char *heading = g_strdup_printf (_("Record a Check for %s"), name);
  g_autofree char *today = hearth_date_today ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  G_OBJECT_CLASS (hearth_carer_check_dialog_parent_class)->constructed (object);

  for (guint i = 0; i < G_N_ELEMENTS (check_kinds); i++)
    gtk_string_list_append (labels, hearth_values_label (HEARTH_VALUES_CHECK_KIND,
                                                         check_kinds[i]));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (labels));
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  hearth_date_row_set_date (self->on_row, today);
}

static void
hearth_carer_check_dialog_class_init (HearthCarerCheckDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthQuestionDialogClass *question_class = HEARTH_QUESTION_DIALOG_CLASS (klass);

  object_class->constructed = hearth_carer_check_dialog_constructed;
  question_class->answer = hearth_carer_check_dialog_answer;

  g_type_ensure (HEARTH_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, HEARTH_RESOURCE_PATH
                                               "/ui/recruitment/hearth-carer-check-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthCarerCheckDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, HearthCarerCheckDialog, on_row);
  gtk_widget_class_bind_template_child (widget_class, HearthCarerCheckDialog, detail_row);
}

static void
hearth_carer_check_dialog_init (HearthCarerCheckDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hearth_carer_check_dialog_new:
 *
 * Returns: (transfer none): the question, not yet shown
 */
HearthCarerCheckDialog *
hearth_carer_check_dialog_new (HearthScheme *scheme,
                               HearthCarer  *carer)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);
  g_return_val_if_fail (HEARTH_IS_CARER (carer), NULL);

  return g_object_new (HEARTH_TYPE_CARER_CHECK_DIALOG, "scheme", scheme, "record", carer, NULL);
}

/**
 * hearth_carer_check_dialog_present:
 * @page: the page whose window the question belongs to, where the answer's toast goes
 *
 * Records one item of the checklist @carer needs before panel.
 */
void
hearth_carer_check_dialog_present (HearthPage  *page,
                                   HearthCarer *carer)
{
  HearthCarerCheckDialog *self;

  g_return_if_fail (HEARTH_IS_PAGE (page));
  g_return_if_fail (HEARTH_IS_CARER (carer));

  self = hearth_carer_check_dialog_new (hearth_page_get_scheme (page), carer);
  hearth_question_dialog_present (HEARTH_QUESTION_DIALOG (self), page);
}
