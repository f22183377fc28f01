/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-panel-decision-dialog.c: records a panel's decision to defer, or not to
 * approve, with the panel's reasons. An approval is the Approval dialog's, with its terms. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date-row.h"
#include "hearth-gui-util.h"
#include "hearth-panel-decision-dialog.h"
#include "hearth-question-dialog.h"
#include "hearth-recruitment-dialogs.h"
#include "hearth-approval-dialog.h"

struct _HearthPanelDecisionDialog
{
  HearthQuestionDialog  parent_instance;

  char                 *outcome;

  AdwEntryRow          *reasons_row;
};

G_DEFINE_FINAL_TYPE (HearthPanelDecisionDialog, hearth_panel_decision_dialog,
                     HEARTH_TYPE_QUESTION_DIALOG)

enum {
  PROP_0,
  PROP_OUTCOME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The decision the question is about. */
static HearthPanelDecision *
decision_of (gpointer self)
{
  return HEARTH_PANEL_DECISION (hearth_question_dialog_get_record (self));
}

static gboolean
hearth_panel_decision_dialog_answer (HearthQuestionDialog  *question,
                                     char                 **summary,
                                     GError               **error)
{
  HearthPanelDecisionDialog *self = HEARTH_PANEL_DECISION_DIALOG (question);
  HearthScheme *scheme = hearth_question_dialog_get_scheme (question);
  if (!hearth_scheme_decide_panel (scheme, decision_of (self), self->outcome, NULL,
                                   hearth_recruitment_entry_text (self->reasons_row), error))
    return FALSE;
  *summary = g_strdup (_("The panel’s decision is recorded"));
  return TRUE;
}

static void
hearth_panel_decision_dialog_constructed (GObject *object)
{
  HearthPanelDecisionDialog *self = HEARTH_PANEL_DECISION_DIALOG (object);
  gboolean deferred = g_strcmp0 (self->outcome, "deferred") == 0;

  G_OBJECT_CLASS (hearth_panel_decision_dialog_parent_class)->constructed (object);

  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self),
                                  deferred ? _("Defer the Decision") : _("Record Not Approved"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "record",
                                              deferred ? ADW_RESPONSE_SUGGESTED
                                                       : ADW_RESPONSE_DESTRUCTIVE);
}

static void
hearth_panel_decision_dialog_dispose (GObject *object)
{
  HearthPanelDecisionDialog *self = HEARTH_PANEL_DECISION_DIALOG (object);

  g_clear_pointer (&self->outcome, g_free);

  G_OBJECT_CLASS (hearth_panel_decision_dialog_parent_class)->dispose (object);
}

static void
hearth_panel_decision_dialog_set_property (GObject      *object,
                                           guint         prop_id,
                                           const GValue *value,
                                           GParamSpec   *pspec)
{
  HearthPanelDecisionDialog *self = HEARTH_PANEL_DECISION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_OUTCOME:
      self->outcome = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_panel_decision_dialog_get_property (GObject    *object,
                                           guint       prop_id,
                                           GValue     *value,
                                           GParamSpec *pspec)
{
  HearthPanelDecisionDialog *self = HEARTH_PANEL_DECISION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_OUTCOME:
      g_value_set_string (value, self->outcome);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_panel_decision_dialog_class_init (HearthPanelDecisionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthQuestionDialogClass *question_class = HEARTH_QUESTION_DIALOG_CLASS (klass);

  object_class->constructed = hearth_panel_decision_dialog_constructed;
  object_class->dispose = hearth_panel_decision_dialog_dispose;
  object_class->set_property = hearth_panel_decision_dialog_set_property;
  object_class->get_property = hearth_panel_decision_dialog_get_property;
  question_class->answer = hearth_panel_decision_dialog_answer;

  properties[PROP_OUTCOME] =
    g_param_spec_string ("outcome", NULL, NULL, "deferred",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HEARTH_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, HEARTH_RESOURCE_PATH
                                               "/ui/recruitment/hearth-panel-decision-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthPanelDecisionDialog, reasons_row);
}

static void
hearth_panel_decision_dialog_init (HearthPanelDecisionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hearth_panel_decision_dialog_new:
 *
 * Returns: (transfer none): the question, not yet shown
 */
HearthPanelDecisionDialog *
hearth_panel_decision_dialog_new (HearthScheme        *scheme,
                                  HearthPanelDecision *decision,
                                  const char          *outcome)
{
  g_return_val_if_fail (g_strcmp0 (outcome, "deferred") == 0 ||
                        g_strcmp0 (outcome, "not-approved") == 0, NULL);
  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);
  g_return_val_if_fail (HEARTH_IS_PANEL_DECISION (decision), NULL);

  return g_object_new (HEARTH_TYPE_PANEL_DECISION_DIALOG, "scheme", scheme, "record", decision,
                       "outcome", outcome, NULL);
}

/**
 * hearth_panel_decision_dialog_present:
 * @page: the page whose window the question belongs to, where the answer's toast goes
 * @outcome: "approved", "deferred" or "not-approved"
 *
 * Records the panel's decision on a carer; an approval asks for its terms.
 */
void
hearth_panel_decision_dialog_present (HearthPage          *page,
                                      HearthPanelDecision *decision,
                                      const char          *outcome)
{
  g_autoptr(HearthRecord) carer = NULL;
  HearthPanelDecisionDialog *self;

  g_return_if_fail (HEARTH_IS_PAGE (page));
  g_return_if_fail (HEARTH_IS_PANEL_DECISION (decision));
  g_return_if_fail (outcome != NULL);

  carer = hearth_scheme_load (hearth_page_get_scheme (page), HEARTH_TYPE_CARER,
                              hearth_panel_decision_get_carer_id (decision), NULL);
  if (carer == NULL)
    return;
  if (g_str_equal (outcome, "approved"))
    {
      hearth_approval_dialog_present (page, HEARTH_CARER (carer), decision);
      return;
    }

  self = hearth_panel_decision_dialog_new (hearth_page_get_scheme (page), decision, outcome);
  hearth_question_dialog_present (HEARTH_QUESTION_DIALOG (self), page);
}
