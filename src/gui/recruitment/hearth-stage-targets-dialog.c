/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-stage-targets-dialog.c: the scheme's target length for each stage before
 * approval, in days. Targets are not records: when they are saved the page looks again. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date-row.h"
#include "hearth-gui-util.h"
#include "hearth-stage-targets-dialog.h"
#include "hearth-question-dialog.h"
#include "hearth-recruitment-dialogs.h"

struct _HearthStageTargetsDialog
{
  HearthQuestionDialog  parent_instance;

  GPtrArray            *spins;   /* a spin button for each stage before approval, in order */

  GtkListBox           *fields;
};

G_DEFINE_FINAL_TYPE (HearthStageTargetsDialog, hearth_stage_targets_dialog,
                     HEARTH_TYPE_QUESTION_DIALOG)

static gboolean
hearth_stage_targets_dialog_answer (HearthQuestionDialog  *question,
                                    char                 **summary,
                                    GError               **error)
{
  HearthStageTargetsDialog *self = HEARTH_STAGE_TARGETS_DIALOG (question);
  HearthScheme *scheme = hearth_question_dialog_get_scheme (question);
  gboolean ok = TRUE;

  for (guint k = 0; ok && k < self->spins->len; k++)
    {
      const char *stage = hearth_recruitment_stage (k);
      gint64 days = gtk_spin_button_get_value_as_int (g_ptr_array_index (self->spins, k));

      if (days != hearth_scheme_get_stage_target (scheme, stage, NULL))
        ok = hearth_scheme_set_stage_target (scheme, stage, days, error);
    }
  return ok;
}

/* A row for each stage before approval, with its target in days. */
static void
add_stage_rows (HearthStageTargetsDialog *self)
{
  HearthScheme *scheme = hearth_question_dialog_get_scheme (HEARTH_QUESTION_DIALOG (self));

  for (guint k = 0; hearth_recruitment_stage_has_target (hearth_recruitment_stage (k)); k++)
    {
      const char *stage = hearth_recruitment_stage (k);
      const char *label = hearth_recruitment_stage_label (stage);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *spin = gtk_spin_button_new_with_range (1, 365, 1);

      gtk_widget_set_name (spin, stage);
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin),
                                 hearth_scheme_get_stage_target (scheme, stage, NULL));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Days"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
      hearth_set_spoken_name (spin, label);
      gtk_list_box_append (self->fields, row);
      g_ptr_array_add (self->spins, spin);
    }
}

static void
hearth_stage_targets_dialog_constructed (GObject *object)
{
  HearthStageTargetsDialog *self = HEARTH_STAGE_TARGETS_DIALOG (object);
  HearthScheme *scheme = hearth_question_dialog_get_scheme (HEARTH_QUESTION_DIALOG (self));
  HearthRecord *details = HEARTH_RECORD (hearth_scheme_get_details (scheme));
  gint64 overall = hearth_record_get_int (details, "recruitment-target-days");
  g_autofree char *body = g_strdup_printf (_("Cards past a target are flagged. The whole process "
                                             "has a target of %" G_GINT64_FORMAT " days, set in "
                                             "the scheme’s settings."), overall);

  G_OBJECT_CLASS (hearth_stage_targets_dialog_parent_class)->constructed (object);

  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  self->spins = g_ptr_array_new ();
  add_stage_rows (self);
}

static void
hearth_stage_targets_dialog_dispose (GObject *object)
{
  HearthStageTargetsDialog *self = HEARTH_STAGE_TARGETS_DIALOG (object);

  g_clear_pointer (&self->spins, g_ptr_array_unref);

  G_OBJECT_CLASS (hearth_stage_targets_dialog_parent_class)->dispose (object);
}

static void
hearth_stage_targets_dialog_class_init (HearthStageTargetsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthQuestionDialogClass *question_class = HEARTH_QUESTION_DIALOG_CLASS (klass);

  object_class->constructed = hearth_stage_targets_dialog_constructed;
  object_class->dispose = hearth_stage_targets_dialog_dispose;
  question_class->answer = hearth_stage_targets_dialog_answer;

  g_type_ensure (HEARTH_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, HEARTH_RESOURCE_PATH
                                               "/ui/recruitment/hearth-stage-targets-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthStageTargetsDialog, fields);
}

static void
hearth_stage_targets_dialog_init (HearthStageTargetsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hearth_stage_targets_dialog_new:
 *
 * Returns: (transfer none): the question, not yet shown
 */
HearthStageTargetsDialog *
hearth_stage_targets_dialog_new (HearthScheme *scheme)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);

  return g_object_new (HEARTH_TYPE_STAGE_TARGETS_DIALOG, "scheme", scheme, NULL);
}

/* Targets are not records, so the view is told to look again, even after a refusal: the
 * targets before it were saved. */
static void
answered_cb (AdwMessageDialog *self,
             const char       *response,
             HearthPage       *page)
{
  if (g_strcmp0 (response, "save") == 0)
    gtk_widget_activate_action (GTK_WIDGET (page), "recruitment.targets-saved", NULL);
}

/**
 * hearth_stage_targets_dialog_present:
 * @page: the Recruitment page, which computes its cards again once the targets are saved
 *
 * The scheme's target length for each stage before approval, in days.
 */
void
hearth_stage_targets_dialog_present (HearthPage *page)
{
  HearthStageTargetsDialog *self;

  g_return_if_fail (HEARTH_IS_PAGE (page));

  self = hearth_stage_targets_dialog_new (hearth_page_get_scheme (page));
  g_signal_connect_object (self, "response", G_CALLBACK (answered_cb), page, G_CONNECT_AFTER);
  hearth_question_dialog_present (HEARTH_QUESTION_DIALOG (self), page);
}
