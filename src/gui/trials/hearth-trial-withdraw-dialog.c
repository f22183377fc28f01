/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-trial-withdraw-dialog.c: withdraws an open trial, with the reason the core asks for.
 * A refusal is shown inside the window in the core's own words, so everything typed stays
 * where it was and can be corrected. */

#define G_LOG_DOMAIN "hearth-trials"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date-row.h"
#include "hearth-gui-util.h"
#include "hearth-trial-dialogs.h"
#include "hearth-trial-question.h"
#include "hearth-trial-withdraw-dialog.h"

struct _HearthTrialWithdrawDialog
{
  HearthTrialQuestion  parent_instance;

  GtkLabel            *heading_label;
  GtkLabel            *body_label;
  AdwEntryRow         *reason_row;
  HearthDateRow       *on_row;
};

G_DEFINE_FINAL_TYPE (HearthTrialWithdrawDialog, hearth_trial_withdraw_dialog,
                     HEARTH_TYPE_TRIAL_QUESTION)

static gboolean
hearth_trial_withdraw_dialog_answer (HearthTrialQuestion  *question,
                                     char                **sentence,
                                     GError              **error)
{
  HearthTrialWithdrawDialog *self = HEARTH_TRIAL_WITHDRAW_DIALOG (question);
  HearthScheme *scheme = hearth_trial_question_get_scheme (question);
  HearthTrial *trial = hearth_trial_question_get_trial (question);
  const char *reason = gtk_editable_get_text (GTK_EDITABLE (self->reason_row));
  g_autofree char *on = NULL;
  g_autofree char *person = NULL;
  g_autofree char *carer = NULL;

  if (!hearth_date_row_read (self->on_row, &on, error) ||
      !hearth_scheme_withdraw_trial (scheme, trial, reason[0] != '\0' ? reason : NULL, on, error))
    return FALSE;

  hearth_trials_dup_names (scheme, trial, &person, &carer);
  *sentence = g_strdup_printf (_("Trial withdrawn; %s is back in matching"), person);
  return TRUE;
}

static void
hearth_trial_withdraw_dialog_constructed (GObject *object)
{
  HearthTrialWithdrawDialog *self = HEARTH_TRIAL_WITHDRAW_DIALOG (object);
  g_autofree char *person = NULL;
  g_autofree char *carer = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *today = hearth_date_today ();
  HearthScheme *scheme = hearth_trial_question_get_scheme (HEARTH_TRIAL_QUESTION (self));
  HearthTrial *trial = hearth_trial_question_get_trial (HEARTH_TRIAL_QUESTION (self));

  G_OBJECT_CLASS (hearth_trial_withdraw_dialog_parent_class)->constructed (object);

  hearth_trials_dup_names (scheme, trial, &person, &carer);
  heading = g_strdup_printf (_("Withdraw the Trial of %s ↔ %s"), person, carer);
  body = g_strdup_printf (_("The trial closes and %s goes back to matching. The reason is kept "
                            "with the trial."), person);
  gtk_label_set_label (self->heading_label, heading);
  gtk_label_set_label (self->body_label, body);
  hearth_date_row_set_date (self->on_row, today);
  hearth_name_mnemonic_buttons (GTK_WIDGET (self));
  hearth_name_composite_rows (GTK_WIDGET (self));
}

static void
hearth_trial_withdraw_dialog_class_init (HearthTrialWithdrawDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthTrialQuestionClass *question_class = HEARTH_TRIAL_QUESTION_CLASS (klass);

  object_class->constructed = hearth_trial_withdraw_dialog_constructed;
  question_class->answer = hearth_trial_withdraw_dialog_answer;

  g_type_ensure (HEARTH_TYPE_DATE_ROW);
  hearth_trial_question_class_set_template (widget_class, HEARTH_RESOURCE_PATH
                                            "/ui/trials/hearth-trial-withdraw-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthTrialWithdrawDialog, heading_label);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialWithdrawDialog, body_label);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialWithdrawDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialWithdrawDialog, on_row);
}

static void
hearth_trial_withdraw_dialog_init (HearthTrialWithdrawDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hearth_trial_withdraw_dialog_new:
 * @trial: an open trial; it closes when the core agrees
 *
 * Returns: (transfer none): the question, not yet shown
 */
HearthTrialWithdrawDialog *
hearth_trial_withdraw_dialog_new (HearthScheme *scheme,
                                  HearthTrial  *trial)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);
  g_return_val_if_fail (HEARTH_IS_TRIAL (trial), NULL);
  g_return_val_if_fail (g_strcmp0 (hearth_trial_get_outcome (trial), "open") == 0, NULL);

  return g_object_new (HEARTH_TYPE_TRIAL_WITHDRAW_DIALOG, "scheme", scheme, "trial", trial, NULL);
}

/**
 * hearth_trial_withdraw_dialog_present:
 * @page: the page whose window the question belongs to, where the toast goes
 *
 * Withdraws an open trial, with the reason the core asks for.
 *
 * Returns: (transfer none) (nullable): the question, or %NULL when the trial has closed
 */
GtkWindow *
hearth_trial_withdraw_dialog_present (HearthPage  *page,
                                      HearthTrial *trial)
{
  HearthTrialWithdrawDialog *self;

  g_return_val_if_fail (HEARTH_IS_PAGE (page), NULL);
  g_return_val_if_fail (HEARTH_IS_TRIAL (trial), NULL);

  if (g_strcmp0 (hearth_trial_get_outcome (trial), "open") != 0)
    return NULL;
  self = hearth_trial_withdraw_dialog_new (hearth_page_get_scheme (page), trial);
  hearth_trial_question_present (HEARTH_TRIAL_QUESTION (self), page);
  return GTK_WINDOW (self);
}
