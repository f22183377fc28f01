/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-approval-review-dialog.c: records a review of a carer's approval, held today:
 * who reviewed it, the outcome, the terms (which count only when they change), and notes. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date-row.h"
#include "hearth-gui-util.h"
#include "hearth-approval-review-dialog.h"
#include "hearth-recruitment-dialogs.h"

struct _HearthApprovalReviewDialog
{
  AdwMessageDialog  parent_instance;

  HearthScheme    *scheme;
  HearthCarer     *carer;

  AdwEntryRow     *reviewer_row;
  AdwComboRow     *outcome_row;
  HearthTermsFields  terms;
  AdwEntryRow     *notes_row;
};

G_DEFINE_FINAL_TYPE (HearthApprovalReviewDialog, hearth_approval_review_dialog,
                     ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_SCHEME,
  PROP_CARER,
  N_PROPS
};

enum {
  DONE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char * const review_outcomes[] = { "continue", "change-terms", "end-approval" };

static gboolean
answer (HearthApprovalReviewDialog  *self,
        char                       **summary,
        GError                     **error)
{
  guint i = adw_combo_row_get_selected (self->outcome_row);
  HearthApprovalTerms terms = hearth_recruitment_terms_read (&self->terms);

  g_assert (i < G_N_ELEMENTS (review_outcomes));
  if (!hearth_scheme_record_approval_review (self->scheme, self->carer, NULL,
                                             hearth_recruitment_entry_text (self->reviewer_row),
                                             review_outcomes[i], &terms,
                                             hearth_recruitment_entry_text (self->notes_row),
                                             error))
    return FALSE;
  *summary = g_strdup (_("Approval review recorded"));
  return TRUE;
}

static void
hearth_approval_review_dialog_response (AdwMessageDialog *dialog,
                                        const char       *response)
{
  HearthApprovalReviewDialog *self = HEARTH_APPROVAL_REVIEW_DIALOG (dialog);
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  if (g_strcmp0 (response, "record") != 0)
    return;
  if (!answer (self, &summary, &error))
    {
      hearth_recruitment_show_error (gtk_window_get_transient_for (GTK_WINDOW (self)), error);
      return;
    }
  g_signal_emit (self, signals[DONE], 0, summary);
}

static void
hearth_approval_review_dialog_constructed (GObject *object)
{
  HearthApprovalReviewDialog *self = HEARTH_APPROVAL_REVIEW_DIALOG (object);
  g_autofree char *name = hearth_carer_dup_display_name (self->carer);
  g_autofree char *heading = g_strdup_printf (_("Review %s’s Approval"), name);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  G_OBJECT_CLASS (hearth_approval_review_dialog_parent_class)->constructed (object);

  for (guint i = 0; i < G_N_ELEMENTS (review_outcomes); i++)
    gtk_string_list_append (labels, hearth_values_label (HEARTH_VALUES_APPROVAL_OUTCOME,
                                                         review_outcomes[i]));
  adw_combo_row_set_model (self->outcome_row, G_LIST_MODEL (labels));
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  gtk_editable_set_text (GTK_EDITABLE (self->reviewer_row), hearth_scheme_get_user (self->scheme));
  hearth_recruitment_terms_name (&self->terms);
  hearth_recruitment_terms_set (&self->terms, self->carer);
}

static void
hearth_approval_review_dialog_dispose (GObject *object)
{
  HearthApprovalReviewDialog *self = HEARTH_APPROVAL_REVIEW_DIALOG (object);

  g_clear_object (&self->scheme);
  g_clear_object (&self->carer);

  G_OBJECT_CLASS (hearth_approval_review_dialog_parent_class)->dispose (object);
}

static void
hearth_approval_review_dialog_set_property (GObject      *object,
                                            guint         prop_id,
                                            const GValue *value,
                                            GParamSpec   *pspec)
{
  HearthApprovalReviewDialog *self = HEARTH_APPROVAL_REVIEW_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SCHEME:
      self->scheme = g_value_dup_object (value);
      break;
    case PROP_CARER:
      self->carer = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_approval_review_dialog_get_property (GObject    *object,
                                            guint       prop_id,
                                            GValue     *value,
                                            GParamSpec *pspec)
{
  HearthApprovalReviewDialog *self = HEARTH_APPROVAL_REVIEW_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SCHEME:
      g_value_set_object (value, self->scheme);
      break;
    case PROP_CARER:
      g_value_set_object (value, self->carer);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_approval_review_dialog_class_init (HearthApprovalReviewDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->constructed = hearth_approval_review_dialog_constructed;
  object_class->dispose = hearth_approval_review_dialog_dispose;
  object_class->set_property = hearth_approval_review_dialog_set_property;
  object_class->get_property = hearth_approval_review_dialog_get_property;
  dialog_class->response = hearth_approval_review_dialog_response;

  properties[PROP_SCHEME] =
    g_param_spec_object ("scheme", NULL, NULL, HEARTH_TYPE_SCHEME,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CARER] =
    g_param_spec_object ("carer", NULL, NULL, HEARTH_TYPE_CARER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HearthApprovalReviewDialog::done:
   * @summary: (nullable): what was done, in a sentence for a toast
   *
   * The core recorded the review.
   */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (HEARTH_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, HEARTH_RESOURCE_PATH
                                               "/ui/recruitment/hearth-approval-review-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthApprovalReviewDialog, reviewer_row);
  gtk_widget_class_bind_template_child (widget_class, HearthApprovalReviewDialog, outcome_row);
  gtk_widget_class_bind_template_child_full (widget_class, "long_term", FALSE,
                                             G_STRUCT_OFFSET (HearthApprovalReviewDialog,
                                                              terms.long_term));
  gtk_widget_class_bind_template_child_full (widget_class, "short_breaks", FALSE,
                                             G_STRUCT_OFFSET (HearthApprovalReviewDialog,
                                                              terms.short_breaks));
  gtk_widget_class_bind_template_child_full (widget_class, "day_support", FALSE,
                                             G_STRUCT_OFFSET (HearthApprovalReviewDialog,
                                                              terms.day_support));
  gtk_widget_class_bind_template_child_full (widget_class, "emergency", FALSE,
                                             G_STRUCT_OFFSET (HearthApprovalReviewDialog,
                                                              terms.emergency));
  gtk_widget_class_bind_template_child_full (widget_class, "places", FALSE,
                                             G_STRUCT_OFFSET (HearthApprovalReviewDialog,
                                                              terms.places));
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

  return g_object_new (HEARTH_TYPE_APPROVAL_REVIEW_DIALOG, "scheme", scheme, "carer", carer, NULL);
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
  hearth_recruitment_present_question (page, ADW_MESSAGE_DIALOG (self), NULL);
}
