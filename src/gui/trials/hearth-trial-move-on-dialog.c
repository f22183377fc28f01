/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-trial-move-on-dialog.c: moves an open trial on to one of its later stages; the trial
 * period asks for its start and planned end too. A refusal is shown inside the window in the
 * core's own words, so everything typed stays where it was and can be corrected. */

#define G_LOG_DOMAIN "hearth-trials"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date-row.h"
#include "hearth-gui-util.h"
#include "hearth-trial-dialogs.h"
#include "hearth-trial-question.h"
#include "hearth-trial-move-on-dialog.h"

struct _HearthTrialMoveOnDialog
{
  HearthTrialQuestion  parent_instance;

  GStrv                stages;    /* the later stages, as the choice lists them */

  GtkLabel            *heading_label;
  AdwComboRow         *stage_row;
  HearthDateRow       *on_row;
  HearthDateRow       *start_row;
  HearthDateRow       *end_row;
  AdwEntryRow         *notes_row;
};

G_DEFINE_FINAL_TYPE (HearthTrialMoveOnDialog, hearth_trial_move_on_dialog,
                     HEARTH_TYPE_TRIAL_QUESTION)

static const char *
chosen_stage (HearthTrialMoveOnDialog *self)
{
  guint i = adw_combo_row_get_selected (self->stage_row);

  return i < g_strv_length (self->stages) ? self->stages[i] : NULL;
}

static const char *
notes_text (HearthTrialMoveOnDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->notes_row));

  return text[0] != '\0' ? text : NULL;
}

static gboolean
read_trial_period (HearthTrialMoveOnDialog  *self,
                   HearthTrial              *copy,
                   GError                  **error)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  if (!hearth_date_row_read (self->start_row, &start, error) ||
      !hearth_date_row_read (self->end_row, &end, error))
    return FALSE;
  if (start != NULL && end != NULL && g_strcmp0 (end, start) <= 0)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("The trial period’s planned end must come after its start."));
      return FALSE;
    }
  g_object_set (copy, "trial-start", start, "trial-planned-end", end, NULL);
  return TRUE;
}

static gboolean
hearth_trial_move_on_dialog_answer (HearthTrialQuestion  *question,
                                    char                **sentence,
                                    GError              **error)
{
  HearthTrialMoveOnDialog *self = HEARTH_TRIAL_MOVE_ON_DIALOG (question);
  HearthScheme *scheme = hearth_trial_question_get_scheme (question);
  HearthTrial *trial = hearth_trial_question_get_trial (question);
  const char *stage = chosen_stage (self);
  g_autoptr(HearthTrial) copy = HEARTH_TRIAL (hearth_record_copy (HEARTH_RECORD (trial)));
  g_autofree char *on = NULL;
  g_autofree char *pair = NULL;

  /* The dates go on a copy, so a refusal leaves the trial as the page shows it. */
  if (stage == NULL || !hearth_date_row_read (self->on_row, &on, error) ||
      (g_str_equal (stage, "trial-period") && !read_trial_period (self, copy, error)) ||
      !hearth_scheme_advance_trial (scheme, copy, stage, on, notes_text (self), error))
    return FALSE;

  hearth_record_assign (HEARTH_RECORD (trial), HEARTH_RECORD (copy));
  pair = hearth_trials_dup_pair (scheme, trial);
  *sentence = g_strdup_printf (_("%s moved on to “%s”"), pair,
                               hearth_values_label (HEARTH_VALUES_TRIAL_STAGE,
                                                    hearth_trial_get_stage (trial)));
  return TRUE;
}

static void
stage_chosen_cb (HearthTrialMoveOnDialog *self)
{
  gboolean period = g_strcmp0 (chosen_stage (self), "trial-period") == 0;

  gtk_widget_set_visible (GTK_WIDGET (self->start_row), period);
  gtk_widget_set_visible (GTK_WIDGET (self->end_row), period);
}

/* The stages after the trial's own, for the choice. */
static void
load_stages (HearthTrialMoveOnDialog *self)
{
  HearthTrial *trial = hearth_trial_question_get_trial (HEARTH_TRIAL_QUESTION (self));
  guint n;
  const HearthValue *stages = hearth_values_get (HEARTH_VALUES_TRIAL_STAGE, &n);
  int from = hearth_values_index (HEARTH_VALUES_TRIAL_STAGE, hearth_trial_get_stage (trial));
  g_autoptr(GStrvBuilder) values = g_strv_builder_new ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint s = (guint) (from + 1); s < n; s++)
    {
      g_strv_builder_add (values, stages[s].value);
      gtk_string_list_append (labels, hearth_values_label (HEARTH_VALUES_TRIAL_STAGE,
                                                           stages[s].value));
    }
  self->stages = g_strv_builder_end (values);
  adw_combo_row_set_model (self->stage_row, G_LIST_MODEL (labels));
}

static void
hearth_trial_move_on_dialog_constructed (GObject *object)
{
  HearthTrialMoveOnDialog *self = HEARTH_TRIAL_MOVE_ON_DIALOG (object);
  HearthTrialQuestion *question = HEARTH_TRIAL_QUESTION (object);
  g_autofree char *pair = hearth_trials_dup_pair (hearth_trial_question_get_scheme (question),
                                                  hearth_trial_question_get_trial (question));
  g_autofree char *heading = g_strdup_printf (_("Move %s On"), pair);
  g_autofree char *today = hearth_date_today ();
  g_autofree char *six_weeks = hearth_date_add_weeks (today, 6);

  G_OBJECT_CLASS (hearth_trial_move_on_dialog_parent_class)->constructed (object);

  gtk_label_set_label (self->heading_label, heading);
  load_stages (self);
  hearth_date_row_set_date (self->on_row, today);
  hearth_date_row_set_date (self->start_row, today);
  hearth_date_row_set_date (self->end_row, six_weeks);
  g_signal_connect_object (self->stage_row, "notify::selected", G_CALLBACK (stage_chosen_cb),
                           self, G_CONNECT_SWAPPED);
  stage_chosen_cb (self);
  hearth_name_mnemonic_buttons (GTK_WIDGET (self));
  hearth_name_composite_rows (GTK_WIDGET (self));
}

static void
hearth_trial_move_on_dialog_dispose (GObject *object)
{
  HearthTrialMoveOnDialog *self = HEARTH_TRIAL_MOVE_ON_DIALOG (object);

  g_clear_pointer (&self->stages, g_strfreev);

  G_OBJECT_CLASS (hearth_trial_move_on_dialog_parent_class)->dispose (object);
}

static void
hearth_trial_move_on_dialog_class_init (HearthTrialMoveOnDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthTrialQuestionClass *question_class = HEARTH_TRIAL_QUESTION_CLASS (klass);

  object_class->constructed = hearth_trial_move_on_dialog_constructed;
  object_class->dispose = hearth_trial_move_on_dialog_dispose;
  question_class->answer = hearth_trial_move_on_dialog_answer;

  g_type_ensure (HEARTH_TYPE_DATE_ROW);
  hearth_trial_question_class_set_template (widget_class, HEARTH_RESOURCE_PATH
                                            "/ui/trials/hearth-trial-move-on-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthTrialMoveOnDialog, heading_label);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialMoveOnDialog, stage_row);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialMoveOnDialog, on_row);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialMoveOnDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialMoveOnDialog, end_row);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialMoveOnDialog, notes_row);
}

static void
hearth_trial_move_on_dialog_init (HearthTrialMoveOnDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hearth_trial_move_on_dialog_can_ask:
 *
 * Returns: whether @trial is open and has a later stage to move on to
 */
gboolean
hearth_trial_move_on_dialog_can_ask (HearthTrial *trial)
{
  guint n;

  g_return_val_if_fail (HEARTH_IS_TRIAL (trial), FALSE);

  hearth_values_get (HEARTH_VALUES_TRIAL_STAGE, &n);
  return g_strcmp0 (hearth_trial_get_outcome (trial), "open") == 0 &&
         hearth_values_index (HEARTH_VALUES_TRIAL_STAGE, hearth_trial_get_stage (trial)) + 1 <
         (int) n;
}

/**
 * hearth_trial_move_on_dialog_new:
 * @trial: an open trial with a later stage; it takes the new stage when the core agrees
 *
 * Returns: (transfer none): the question, not yet shown
 */
HearthTrialMoveOnDialog *
hearth_trial_move_on_dialog_new (HearthScheme *scheme,
                                 HearthTrial  *trial)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);
  g_return_val_if_fail (hearth_trial_move_on_dialog_can_ask (trial), NULL);

  return g_object_new (HEARTH_TYPE_TRIAL_MOVE_ON_DIALOG, "scheme", scheme, "trial", trial, NULL);
}

/**
 * hearth_trial_move_on_dialog_present:
 * @page: the page whose window the question belongs to, where the toast goes
 *
 * Returns: (transfer none) (nullable): the question, or %NULL when the trial cannot move on
 */
GtkWindow *
hearth_trial_move_on_dialog_present (HearthPage  *page,
                                     HearthTrial *trial)
{
  HearthTrialMoveOnDialog *self;

  g_return_val_if_fail (HEARTH_IS_PAGE (page), NULL);
  g_return_val_if_fail (HEARTH_IS_TRIAL (trial), NULL);

  if (!hearth_trial_move_on_dialog_can_ask (trial))
    return NULL;
  self = hearth_trial_move_on_dialog_new (hearth_page_get_scheme (page), trial);
  hearth_trial_question_present (HEARTH_TRIAL_QUESTION (self), page);
  return GTK_WINDOW (self);
}
