/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-trial-question.h: the base of the Trials view's questions. */

#pragma once

#include "hearth-page.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_TRIAL_QUESTION (hearth_trial_question_get_type ())

G_DECLARE_DERIVABLE_TYPE (HearthTrialQuestion, hearth_trial_question, HEARTH, TRIAL_QUESTION,
                          GtkWindow)

/**
 * HearthTrialQuestionClass:
 * @answer: gives the answer in the fields to the core: returns %TRUE with what it did in a
 *   sentence for a toast, or %FALSE with the refusal in @error (or nothing to add to it)
 * @done: the class handler of #HearthTrialQuestion::done: the sentence is the page's toast
 *
 * A question is a window template class with an answer button (action `trial.answer`, also
 * Ctrl+Return) and a hidden label with the id `error_label` for a refusal; its template is
 * set with hearth_trial_question_class_set_template().
 */
struct _HearthTrialQuestionClass
{
  GtkWindowClass parent_class;

  gboolean (*answer) (HearthTrialQuestion  *self,
                      char                **sentence,
                      GError              **error);
  void     (*done)   (HearthTrialQuestion  *self,
                      const char           *sentence);
};

void          hearth_trial_question_class_set_template (GtkWidgetClass      *widget_class,
                                                        const char          *resource);

HearthScheme *hearth_trial_question_get_scheme         (HearthTrialQuestion *self);
HearthTrial  *hearth_trial_question_get_trial          (HearthTrialQuestion *self);
void          hearth_trial_question_present            (HearthTrialQuestion *self,
                                                        HearthPage          *page);

G_END_DECLS
