/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-approval-dialog.c: records a panel's approval of a carer and its terms:
 * the types of arrangement, emergencies, and 1 to 3 places. When the carer went to a panel,
 * the approval is that panel's decision. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date-row.h"
#include "hearth-gui-util.h"
#include "hearth-approval-dialog.h"
#include "hearth-recruitment-dialogs.h"

struct _HearthApprovalDialog
{
  AdwMessageDialog  parent_instance;

  HearthScheme    *scheme;
  HearthCarer     *carer;
  HearthPanelDecision*decision;

  HearthTermsFields  terms;
  AdwEntryRow     *note_row;
};

G_DEFINE_FINAL_TYPE (HearthApprovalDialog, hearth_approval_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_SCHEME,
  PROP_CARER,
  PROP_DECISION,
  N_PROPS
};

enum {
  DONE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
answer (HearthApprovalDialog  *self,
        char                 **summary,
        GError               **error)
{
  HearthApprovalTerms terms = hearth_recruitment_terms_read (&self->terms);
  const char *note = hearth_recruitment_entry_text (self->note_row);
  gboolean ok;

  if (self->decision != NULL)
    ok = hearth_scheme_decide_panel (self->scheme, self->decision, "approved", &terms, note,
                                     error);
  else
    ok = hearth_scheme_approve_carer (self->scheme, self->carer, &terms, NULL, note, error);
  if (!ok)
    return FALSE;

  /* The carer changed in the file; the page reloads it, this copy only names them. */
  g_object_set (self->carer, "stage", "approved", NULL);
  *summary = hearth_recruitment_dup_moved (self->carer);
  return TRUE;
}

static void
hearth_approval_dialog_response (AdwMessageDialog *dialog,
                                 const char       *response)
{
  HearthApprovalDialog *self = HEARTH_APPROVAL_DIALOG (dialog);
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  if (g_strcmp0 (response, "approve") != 0)
    return;
  if (!answer (self, &summary, &error))
    {
      hearth_recruitment_show_error (gtk_window_get_transient_for (GTK_WINDOW (self)), error);
      return;
    }
  g_signal_emit (self, signals[DONE], 0, summary);
}

static void
hearth_approval_dialog_constructed (GObject *object)
{
  HearthApprovalDialog *self = HEARTH_APPROVAL_DIALOG (object);
  g_autofree char *name = hearth_carer_dup_display_name (self->carer);
  g_autofree char *heading = g_strdup_printf (_("Record %s’s Approval"), name);

  G_OBJECT_CLASS (hearth_approval_dialog_parent_class)->constructed (object);

  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  hearth_recruitment_terms_name (&self->terms);
}

static void
hearth_approval_dialog_dispose (GObject *object)
{
  HearthApprovalDialog *self = HEARTH_APPROVAL_DIALOG (object);

  g_clear_object (&self->scheme);
  g_clear_object (&self->carer);
  g_clear_object (&self->decision);

  G_OBJECT_CLASS (hearth_approval_dialog_parent_class)->dispose (object);
}

static void
hearth_approval_dialog_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  HearthApprovalDialog *self = HEARTH_APPROVAL_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SCHEME:
      self->scheme = g_value_dup_object (value);
      break;
    case PROP_CARER:
      self->carer = g_value_dup_object (value);
      break;
    case PROP_DECISION:
      self->decision = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_approval_dialog_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  HearthApprovalDialog *self = HEARTH_APPROVAL_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SCHEME:
      g_value_set_object (value, self->scheme);
      break;
    case PROP_CARER:
      g_value_set_object (value, self->carer);
      break;
    case PROP_DECISION:
      g_value_set_object (value, self->decision);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_approval_dialog_class_init (HearthApprovalDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->constructed = hearth_approval_dialog_constructed;
  object_class->dispose = hearth_approval_dialog_dispose;
  object_class->set_property = hearth_approval_dialog_set_property;
  object_class->get_property = hearth_approval_dialog_get_property;
  dialog_class->response = hearth_approval_dialog_response;

  properties[PROP_SCHEME] =
    g_param_spec_object ("scheme", NULL, NULL, HEARTH_TYPE_SCHEME,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CARER] =
    g_param_spec_object ("carer", NULL, NULL, HEARTH_TYPE_CARER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DECISION] =
    g_param_spec_object ("decision", NULL, NULL, HEARTH_TYPE_PANEL_DECISION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HearthApprovalDialog::done:
   * @summary: (nullable): what was done, in a sentence for a toast
   *
   * The core recorded the approval; the carer is approved.
   */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (HEARTH_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, HEARTH_RESOURCE_PATH
                                               "/ui/recruitment/hearth-approval-dialog.ui");
  gtk_widget_class_bind_template_child_full (widget_class, "long_term", FALSE,
                                             G_STRUCT_OFFSET (HearthApprovalDialog,
                                                              terms.long_term));
  gtk_widget_class_bind_template_child_full (widget_class, "short_breaks", FALSE,
                                             G_STRUCT_OFFSET (HearthApprovalDialog,
                                                              terms.short_breaks));
  gtk_widget_class_bind_template_child_full (widget_class, "day_support", FALSE,
                                             G_STRUCT_OFFSET (HearthApprovalDialog,
                                                              terms.day_support));
  gtk_widget_class_bind_template_child_full (widget_class, "emergency", FALSE,
                                             G_STRUCT_OFFSET (HearthApprovalDialog,
                                                              terms.emergency));
  gtk_widget_class_bind_template_child_full (widget_class, "places", FALSE,
                                             G_STRUCT_OFFSET (HearthApprovalDialog,
                                                              terms.places));
  gtk_widget_class_bind_template_child (widget_class, HearthApprovalDialog, note_row);
}

static void
hearth_approval_dialog_init (HearthApprovalDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hearth_approval_dialog_new:
 *
 * Returns: (transfer none): the question, not yet shown
 */
HearthApprovalDialog *
hearth_approval_dialog_new (HearthScheme        *scheme,
                            HearthCarer         *carer,
                            HearthPanelDecision *decision)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);
  g_return_val_if_fail (HEARTH_IS_CARER (carer), NULL);
  g_return_val_if_fail (decision == NULL || HEARTH_IS_PANEL_DECISION (decision), NULL);

  return g_object_new (HEARTH_TYPE_APPROVAL_DIALOG, "scheme", scheme, "carer", carer,
                       "decision", decision, NULL);
}

/**
 * hearth_approval_dialog_present:
 * @page: the page whose window the question belongs to, where the answer's toast goes
 *
 * Records the panel's approval of @carer and its terms; @decision, when not %NULL, is the
 * panel's pending decision, when the carer went to a panel.
 */
void
hearth_approval_dialog_present (HearthPage          *page,
                                HearthCarer         *carer,
                                HearthPanelDecision *decision)
{
  HearthApprovalDialog *self;

  g_return_if_fail (HEARTH_IS_PAGE (page));
  g_return_if_fail (HEARTH_IS_CARER (carer));

  self = hearth_approval_dialog_new (hearth_page_get_scheme (page), carer, decision);
  hearth_recruitment_present_question (page, ADW_MESSAGE_DIALOG (self), NULL);
}
