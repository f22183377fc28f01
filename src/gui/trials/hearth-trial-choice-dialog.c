/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-trial-choice-dialog.c: records the person's or the carer's choice in a trial,
 * whichever is not recorded yet. A no closes the trial. A refusal is shown inside the window
 * in the core's own words, so everything typed stays where it was and can be corrected. */

#define G_LOG_DOMAIN "hearth-trials"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date-row.h"
#include "hearth-gui-util.h"
#include "hearth-trial-choice-dialog.h"
#include "hearth-trial-dialogs.h"
#include "hearth-trial-question.h"

struct _HearthTrialChoiceDialog
{
  HearthTrialQuestion  parent_instance;

  HearthSide           sides[2];  /* the sides whose choice is still to come, as listed */
  guint                n_sides;

  GtkLabel            *heading_label;
  GtkLabel            *body_label;
  GtkWidget           *confirm_button;
  AdwComboRow         *side_row;
  AdwComboRow         *answer_row;
  AdwEntryRow         *words_row;
  HearthDateRow       *on_row;
};

G_DEFINE_FINAL_TYPE (HearthTrialChoiceDialog, hearth_trial_choice_dialog,
                     HEARTH_TYPE_TRIAL_QUESTION)

static gboolean
said_yes (HearthTrialChoiceDialog *self)
{
  return adw_combo_row_get_selected (self->answer_row) == 0;
}

static const char *
words_text (HearthTrialChoiceDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->words_row));

  return text[0] != '\0' ? text : NULL;
}

static gboolean
hearth_trial_choice_dialog_answer (HearthTrialQuestion  *question,
                                   char                **sentence,
                                   GError              **error)
{
  HearthTrialChoiceDialog *self = HEARTH_TRIAL_CHOICE_DIALOG (question);
  HearthScheme *scheme = hearth_trial_question_get_scheme (question);
  HearthTrial *trial = hearth_trial_question_get_trial (question);
  guint i = adw_combo_row_get_selected (self->side_row);
  HearthSide side;
  gboolean yes = said_yes (self);
  g_autofree char *on = NULL;
  g_autofree char *person = NULL;
  g_autofree char *carer = NULL;

  if (i >= self->n_sides)
    {
      g_set_error_literal (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                           _("Both choices are recorded already."));
      return FALSE;
    }
  side = self->sides[i];
  if (!hearth_date_row_read (self->on_row, &on, error) ||
      !hearth_scheme_decide_trial (scheme, trial, side, yes, words_text (self), on, error))
    return FALSE;

  hearth_trials_dup_names (scheme, trial, &person, &carer);
  if (!yes)
    *sentence = g_strdup_printf (_("The trial has closed; %s is back in matching"), person);
  else if (g_str_equal (hearth_trial_get_outcome (trial), "agreed"))
    *sentence = g_strdup_printf (_("Both said yes: %s and %s can start the arrangement"), person,
                                 carer);
  else
    *sentence = g_strdup_printf (_("%s said yes"), side == HEARTH_SIDE_PERSON ? person : carer);
  return TRUE;
}

/* A no is the answer that closes the trial: the button says so in its colour. */
static void
answer_chosen_cb (HearthTrialChoiceDialog *self)
{
  gboolean yes = said_yes (self);

  gtk_widget_remove_css_class (self->confirm_button, yes ? "destructive-action"
                                                         : "suggested-action");
  gtk_widget_add_css_class (self->confirm_button, yes ? "suggested-action" : "destructive-action");
}

/* Whose choice is still to come: the person's, the carer's, or both. */
static void
load_sides (HearthTrialChoiceDialog *self,
            const char              *person,
            const char              *carer)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *person_label = g_strdup_printf (_("The person, %s"), person);
  g_autofree char *carer_label = g_strdup_printf (_("The carer, %s"), carer);
  HearthTrial *trial = hearth_trial_question_get_trial (HEARTH_TRIAL_QUESTION (self));

  self->n_sides = 0;
  if (hearth_trial_get_person_decision (trial) == NULL)
    {
      gtk_string_list_append (labels, person_label);
      self->sides[self->n_sides++] = HEARTH_SIDE_PERSON;
    }
  if (hearth_trial_get_carer_decision (trial) == NULL)
    {
      gtk_string_list_append (labels, carer_label);
      self->sides[self->n_sides++] = HEARTH_SIDE_CARER;
    }
  adw_combo_row_set_model (self->side_row, G_LIST_MODEL (labels));
}

static void
hearth_trial_choice_dialog_constructed (GObject *object)
{
  HearthTrialChoiceDialog *self = HEARTH_TRIAL_CHOICE_DIALOG (object);
  g_autofree char *person = NULL;
  g_autofree char *carer = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *today = hearth_date_today ();
  HearthScheme *scheme = hearth_trial_question_get_scheme (HEARTH_TRIAL_QUESTION (self));
  HearthTrial *trial = hearth_trial_question_get_trial (HEARTH_TRIAL_QUESTION (self));

  G_OBJECT_CLASS (hearth_trial_choice_dialog_parent_class)->constructed (object);

  hearth_trials_dup_names (scheme, trial, &person, &carer);
  heading = g_strdup_printf (_("Record a Choice: %s ↔ %s"), person, carer);
  body = g_strdup_printf (_("It is always their choice, and the trial becomes an arrangement only "
                            "when both say yes. A no closes the trial, and %s goes back to "
                            "matching."), person);
  gtk_label_set_label (self->heading_label, heading);
  gtk_label_set_label (self->body_label, body);
  load_sides (self, person, carer);
  hearth_date_row_set_date (self->on_row, today);
  g_signal_connect_object (self->answer_row, "notify::selected", G_CALLBACK (answer_chosen_cb),
                           self, G_CONNECT_SWAPPED);
  hearth_name_mnemonic_buttons (GTK_WIDGET (self));
  hearth_name_composite_rows (GTK_WIDGET (self));
}

static void
hearth_trial_choice_dialog_class_init (HearthTrialChoiceDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthTrialQuestionClass *question_class = HEARTH_TRIAL_QUESTION_CLASS (klass);

  object_class->constructed = hearth_trial_choice_dialog_constructed;
  question_class->answer = hearth_trial_choice_dialog_answer;

  g_type_ensure (HEARTH_TYPE_DATE_ROW);
  hearth_trial_question_class_set_template (widget_class, HEARTH_RESOURCE_PATH
                                            "/ui/trials/hearth-trial-choice-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthTrialChoiceDialog, heading_label);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialChoiceDialog, body_label);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialChoiceDialog, confirm_button);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialChoiceDialog, side_row);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialChoiceDialog, answer_row);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialChoiceDialog, words_row);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialChoiceDialog, on_row);
}

static void
hearth_trial_choice_dialog_init (HearthTrialChoiceDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hearth_trial_choice_dialog_new:
 * @trial: an open trial; it takes the choice when the core agrees
 *
 * Returns: (transfer none): the question, not yet shown
 */
HearthTrialChoiceDialog *
hearth_trial_choice_dialog_new (HearthScheme *scheme,
                                HearthTrial  *trial)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);
  g_return_val_if_fail (HEARTH_IS_TRIAL (trial), NULL);
  g_return_val_if_fail (g_strcmp0 (hearth_trial_get_outcome (trial), "open") == 0, NULL);

  return g_object_new (HEARTH_TYPE_TRIAL_CHOICE_DIALOG, "scheme", scheme, "trial", trial, NULL);
}

/**
 * hearth_trial_choice_dialog_present:
 * @page: the page whose window the question belongs to, where the toast goes
 *
 * Records the person's or the carer's choice, whichever is not recorded yet.
 *
 * Returns: (transfer none) (nullable): the question, or %NULL when the trial has closed
 */
GtkWindow *
hearth_trial_choice_dialog_present (HearthPage  *page,
                                    HearthTrial *trial)
{
  HearthTrialChoiceDialog *self;

  g_return_val_if_fail (HEARTH_IS_PAGE (page), NULL);
  g_return_val_if_fail (HEARTH_IS_TRIAL (trial), NULL);

  if (g_strcmp0 (hearth_trial_get_outcome (trial), "open") != 0)
    return NULL;
  self = hearth_trial_choice_dialog_new (hearth_page_get_scheme (page), trial);
  hearth_trial_question_present (HEARTH_TRIAL_QUESTION (self), page);
  return GTK_WINDOW (self);
}
