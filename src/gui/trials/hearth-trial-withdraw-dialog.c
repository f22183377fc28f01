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
#include "hearth-trial-withdraw-dialog.h"

struct _HearthTrialWithdrawDialog
{
  GtkWindow      parent_instance;

  HearthScheme  *scheme;
  HearthTrial   *trial;

  GtkLabel      *heading_label;
  GtkLabel      *body_label;
  GtkLabel      *error_label;
  AdwEntryRow   *reason_row;
  HearthDateRow *on_row;
};

G_DEFINE_FINAL_TYPE (HearthTrialWithdrawDialog, hearth_trial_withdraw_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_SCHEME,
  PROP_TRIAL,
  N_PROPS
};

enum {
  DONE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Returns: (transfer full) (nullable): what the answer did, or %NULL with @error set */
static char *
answer (HearthTrialWithdrawDialog  *self,
        GError                    **error)
{
  const char *reason = gtk_editable_get_text (GTK_EDITABLE (self->reason_row));
  g_autofree char *on = NULL;
  g_autofree char *person = NULL;
  g_autofree char *carer = NULL;

  if (!hearth_date_row_read (self->on_row, &on, error) ||
      !hearth_scheme_withdraw_trial (self->scheme, self->trial, reason[0] != '\0' ? reason : NULL,
                                     on, error))
    return NULL;

  hearth_trials_dup_names (self->scheme, self->trial, &person, &carer);
  return g_strdup_printf (_("Trial withdrawn; %s is back in matching"), person);
}

static void
answer_action (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  HearthTrialWithdrawDialog *self = HEARTH_TRIAL_WITHDRAW_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  text = answer (self, &error);
  if (text == NULL)
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  g_object_ref (self);
  g_signal_emit (self, signals[DONE], 0, text);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
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

  G_OBJECT_CLASS (hearth_trial_withdraw_dialog_parent_class)->constructed (object);

  hearth_trials_dup_names (self->scheme, self->trial, &person, &carer);
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
hearth_trial_withdraw_dialog_dispose (GObject *object)
{
  HearthTrialWithdrawDialog *self = HEARTH_TRIAL_WITHDRAW_DIALOG (object);

  g_clear_object (&self->scheme);
  g_clear_object (&self->trial);

  G_OBJECT_CLASS (hearth_trial_withdraw_dialog_parent_class)->dispose (object);
}

static void
hearth_trial_withdraw_dialog_set_property (GObject      *object,
                                           guint         prop_id,
                                           const GValue *value,
                                           GParamSpec   *pspec)
{
  HearthTrialWithdrawDialog *self = HEARTH_TRIAL_WITHDRAW_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SCHEME:
      self->scheme = g_value_dup_object (value);
      break;
    case PROP_TRIAL:
      self->trial = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_trial_withdraw_dialog_get_property (GObject    *object,
                                           guint       prop_id,
                                           GValue     *value,
                                           GParamSpec *pspec)
{
  HearthTrialWithdrawDialog *self = HEARTH_TRIAL_WITHDRAW_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SCHEME:
      g_value_set_object (value, self->scheme);
      break;
    case PROP_TRIAL:
      g_value_set_object (value, self->trial);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_trial_withdraw_dialog_class_init (HearthTrialWithdrawDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hearth_trial_withdraw_dialog_constructed;
  object_class->dispose = hearth_trial_withdraw_dialog_dispose;
  object_class->set_property = hearth_trial_withdraw_dialog_set_property;
  object_class->get_property = hearth_trial_withdraw_dialog_get_property;

  properties[PROP_SCHEME] =
    g_param_spec_object ("scheme", NULL, NULL, HEARTH_TYPE_SCHEME,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TRIAL] =
    g_param_spec_object ("trial", NULL, NULL, HEARTH_TYPE_TRIAL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HearthTrialWithdrawDialog::done:
   * @summary: what was done, in a sentence for a toast
   *
   * The core withdrew the trial, and the window closes.
   */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (HEARTH_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, HEARTH_RESOURCE_PATH
                                               "/ui/trials/hearth-trial-withdraw-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthTrialWithdrawDialog, heading_label);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialWithdrawDialog, body_label);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialWithdrawDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialWithdrawDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialWithdrawDialog, on_row);

  gtk_widget_class_install_action (widget_class, "trial.answer", NULL, answer_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  /* Ctrl+Return answers from anywhere, a choice row too, where Enter opens its list. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "trial.answer", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "trial.answer", NULL);
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

static void
done_cb (HearthPage *page,
         const char *summary)
{
  hearth_trials_toast (page, summary);
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
  g_signal_connect_object (self, "done", G_CALLBACK (done_cb), page, G_CONNECT_SWAPPED);
  hearth_trials_present_question (page, GTK_WINDOW (self));
  return GTK_WINDOW (self);
}
