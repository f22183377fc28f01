/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-approval-review-dialog.c: records a review of a carer's approval, held today:
 * who reviewed it, the outcome, the terms (which count only when they change), and notes. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date-row.h"
#include "hearth-gui-util.h"
#include "hearth-approval-review-dialog.h"
#include "hearth-question-dialog.h"
#include "hearth-recruitment-dialogs.h"

struct _HearthApprovalReviewDialog
{
  HearthQuestionDialog  parent_instance;

  AdwEntryRow          *reviewer_row;
  AdwComboRow          *outcome_row;
  HearthTermsFields     terms;
  AdwEntryRow          *notes_row;
};

G_DEFINE_FINAL_TYPE (HearthApprovalReviewDialog, hearth_approval_review_dialog,
                     HEARTH_TYPE_QUESTION_DIALOG)

static const char * const review_outcomes[] = { "continue", "change-terms", "end-approval" };

/* The carer the question is about. */
static HearthCarer *
carer_of (gpointer self)
{
  return HEARTH_CARER (hearth_question_dialog_get_record (self));
}

static gboolean
hearth_approval_review_dialog_answer (HearthQuestionDialog  *question,
                                      char                 **summary,
                                      GError               **error)
{
  HearthApprovalReviewDialog *self = HEARTH_APPROVAL_REVIEW_DIALOG (question);
  HearthScheme *scheme = hearth_question_dialog_get_scheme (question);
  guint i = adw_combo_row_get_selected (self->outcome_row);
  HearthApprovalTerms terms = hearth_recruitment_terms_read (&self->terms);

  g_assert (i < G_N_ELEMENTS (review_outcomes));
  if (!hearth_scheme_record_approval_review (scheme, carer_of (self), NULL,
                                             hearth_recruitment_entry_text (self->reviewer_row),
                                             review_outcomes[i], &terms,
                                             hearth_recruitment_entry_text (self->notes_row),
                                             error))
    return FALSE;
  *summary = g_strdup (_("Approval review recorded"));
  return TRUE;
}

static void
hearth_approval_review_dialog_constructed (GObject *object)
{
  HearthApprovalReviewDialog *self = HEARTH_APPROVAL_REVIEW_DIALOG (object);
  g_autofree char *name = hearth_carer_dup_display_name (carer_of (self));
  g_autofree char *heading = g_strdup_printf (_("Review %s’s Approval"), name);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  HearthScheme *scheme = hearth_question_dialog_get_scheme (HEARTH_QUESTION_DIALOG (self));

  G_OBJECT_CLASS (hearth_approval_review_dialog_parent_class)->constructed (object);

  for (guint i = 0; i < G_N_ELEMENTS (review_outcomes); i++)
    gtk_string_list_append (labels, hearth_values_label (HEARTH_VALUES_APPROVAL_OUTCOME,
                                                         review_outcomes[i]));
  adw_combo_row_set_model (self->outcome_row, G_LIST_MODEL (labels));
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  gtk_editable_set_text (GTK_EDITABLE (self->reviewer_row), hearth_scheme_get_user (scheme));
  hearth_recruitment_terms_name (&self->terms);
  hearth_recruitment_terms_set (&self->terms, carer_of (self));
}

static void
hearth_approval_review_dialog_class_init (HearthApprovalReviewDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthQuestionDialogClass *question_class = HEARTH_QUESTION_DIALOG_CLASS (klass);

  object_class->constructed = hearth_approval_review_dialog_constructed;
  question_class->answer = hearth_approval_review_dialog_answer;

  g_type_ensure (HEARTH_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, HEARTH_RESOURCE_PATH
                                               "/ui/recruitment/hearth-approval-review-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthApprovalReviewDialog, reviewer_row);
  gtk_widget_class_bind_template_child (widget_class, HearthApprovalReviewDialog, outcome_row);
  hearth_recruitment_terms_bind (widget_class, G_STRUCT_OFFSET (HearthApprovalReviewDialog, terms));
  gtk_widget_class_bind_template_child (widget_class, HearthApprovalReviewDialog, notes_row);
}

static void
hearth_approval_review_dialog_init (HearthApprovalReviewDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hearth_approval_review_dialog_new:
 *
 * Returns: (transfer none): the question, not yet shown
 */
HearthApprovalReviewDialog *
hearth_approval_review_dialog_new (HearthScheme *scheme,
                                   HearthCarer  *carer)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);
  g_return_val_if_fail (HEARTH_IS_CARER (carer), NULL);

  return g_object_new (HEARTH_TYPE_APPROVAL_REVIEW_DIALOG, "scheme", scheme, "record", carer, NULL);
}

/**
 * hearth_approval_review_dialog_present:
 * @page: the page whose window the question belongs to, where the answer's toast goes
 *
 * Records a review of @carer's approval, held today.
 */
void
hearth_approval_review_dialog_present (HearthPage  *page,
                                       HearthCarer *carer)
{
  HearthApprovalReviewDialog *self;

  g_return_if_fail (HEARTH_IS_PAGE (page));
  g_return_if_fail (HEARTH_IS_CARER (carer));

  self = hearth_approval_review_dialog_new (hearth_page_get_scheme (page), carer);
  hearth_question_dialog_present (HEARTH_QUESTION_DIALOG (self), page);
}
