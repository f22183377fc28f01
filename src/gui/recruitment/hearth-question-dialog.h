/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-question-dialog.h: the base of the Recruitment view's questions. */

#pragma once

#include "hearth-page.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_QUESTION_DIALOG (hearth_question_dialog_get_type ())

G_DECLARE_DERIVABLE_TYPE (HearthQuestionDialog, hearth_question_dialog, HEARTH, QUESTION_DIALOG,
                          AdwMessageDialog)

/**
 * HearthQuestionDialogClass:
 * @answer: gives the answer in the fields to the core: returns %TRUE, with what it did in a
 *   sentence for a toast (or %NULL when there is nothing to say), or %FALSE with the core's
 *   refusal in @error
 * @done: the class handler of #HearthQuestionDialog::done: the sentence is the page's toast
 *
 * A question is an AdwMessageDialog template class whose extra child holds the fields and
 * whose default response is the answer; any other response just closes it.
 */
struct _HearthQuestionDialogClass
{
  AdwMessageDialogClass parent_class;

  gboolean (*answer) (HearthQuestionDialog  *self,
                      char                 **sentence,
                      GError               **error);
  void     (*done)   (HearthQuestionDialog  *self,
                      const char            *sentence);
};

HearthScheme *hearth_question_dialog_get_scheme (HearthQuestionDialog *self);
HearthRecord *hearth_question_dialog_get_record (HearthQuestionDialog *self);
HearthPage   *hearth_question_dialog_get_page   (HearthQuestionDialog *self);
void          hearth_question_dialog_present    (HearthQuestionDialog *self,
                                                 HearthPage           *page);

G_END_DECLS
