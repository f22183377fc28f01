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
#include "hearth-question-dialog.h"
#include "hearth-recruitment-dialogs.h"

struct _HearthApprovalDialog
{
  HearthQuestionDialog  parent_instance;

  HearthPanelDecision  *decision;

  HearthTermsFields     terms;
  AdwEntryRow          *note_row;
};

G_DEFINE_FINAL_TYPE (HearthApprovalDialog, hearth_approval_dialog, HEARTH_TYPE_QUESTION_DIALOG)

enum {
  PROP_0,
  PROP_DECISION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The carer the question is about. */
static HearthCarer *
carer_of (gpointer self)
{
  return HEARTH_CARER (hearth_question_dialog_get_record (self));
}

static gboolean
hearth_approval_dialog_answer (HearthQuestionDialog  *question,
                               char                 **summary,
                               GError               **error)
{
  HearthApprovalDialog *self = HEARTH_APPROVAL_DIALOG (question);
  HearthScheme *scheme = hearth_question_dialog_get_scheme (question);
  HearthApprovalTerms terms = hearth_recruitment_terms_read (&self->terms);
  const char *note = hearth_recruitment_entry_text (self->note_row);
  gboolean ok;

  if (self->decision != NULL)
    ok = hearth_scheme_decide_panel (scheme, self->decision, "approved", &terms, note,
                                     error);
  else
    ok = hearth_scheme_approve_carer (scheme, carer_of (self), &terms, NULL, note, error);
  if (!ok)
    return FALSE;

  /* The carer changed in the file; the page's list follows it, this copy only names them. */
  g_object_set (carer_of (self), "stage", "approved", NULL);
  *summary = hearth_recruitment_dup_moved (carer_of (self));
  return TRUE;
}

static void
hearth_approval_dialog_constructed (GObject *object)
{
  HearthApprovalDialog *self = HEARTH_APPROVAL_DIALOG (object);
  g_autofree char *name = hearth_carer_dup_display_name (carer_of (self));
  g_autofree char *heading = g_strdup_printf (_("Record %s’s Approval"), name);

  G_OBJECT_CLASS (hearth_approval_dialog_parent_class)->constructed (object);

  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  hearth_recruitment_terms_name (&self->terms);
}

static void
hearth_approval_dialog_dispose (GObject *object)
{
  HearthApprovalDialog *self = HEARTH_APPROVAL_DIALOG (object);

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
  HearthQuestionDialogClass *question_class = HEARTH_QUESTION_DIALOG_CLASS (klass);

  object_class->constructed = hearth_approval_dialog_constructed;
  object_class->dispose = hearth_approval_dialog_dispose;
  object_class->set_property = hearth_approval_dialog_set_property;
  object_class->get_property = hearth_approval_dialog_get_property;
  question_class->answer = hearth_approval_dialog_answer;

  properties[PROP_DECISION] =
    g_param_spec_object ("decision", NULL, NULL, HEARTH_TYPE_PANEL_DECISION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HEARTH_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, HEARTH_RESOURCE_PATH
                                               "/ui/recruitment/hearth-approval-dialog.ui");
  hearth_recruitment_terms_bind (widget_class, G_STRUCT_OFFSET (HearthApprovalDialog, terms));
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

  return g_object_new (HEARTH_TYPE_APPROVAL_DIALOG, "scheme", scheme, "record", carer,
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
  hearth_question_dialog_present (HEARTH_QUESTION_DIALOG (self), page);
}
