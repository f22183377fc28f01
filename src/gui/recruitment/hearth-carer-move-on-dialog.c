/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-carer-move-on-dialog.c: moves a carer on to the next stage, on a day
 * that can be changed, by the scheme's user, with a note. From ready for panel the next step
 * is the panel's approval, which the Approval dialog asks. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date-row.h"
#include "hearth-gui-util.h"
#include "hearth-carer-move-on-dialog.h"
#include "hearth-question-dialog.h"
#include "hearth-recruitment-dialogs.h"
#include "hearth-approval-dialog.h"

struct _HearthCarerMoveOnDialog
{
  HearthQuestionDialog  parent_instance;

  HearthDateRow        *on_row;
  AdwEntryRow          *note_row;
};

G_DEFINE_FINAL_TYPE (HearthCarerMoveOnDialog, hearth_carer_move_on_dialog,
                     HEARTH_TYPE_QUESTION_DIALOG)

/* The carer the question is about. */
static HearthCarer *
carer_of (gpointer self)
{
  return HEARTH_CARER (hearth_question_dialog_get_record (self));
}

static gboolean
hearth_carer_move_on_dialog_answer (HearthQuestionDialog  *question,
                                    char                 **summary,
                                    GError               **error)
{
  HearthCarerMoveOnDialog *self = HEARTH_CARER_MOVE_ON_DIALOG (question);
  HearthScheme *scheme = hearth_question_dialog_get_scheme (question);
  const char *next = hearth_recruitment_stage_next (hearth_carer_get_stage (carer_of (self)));
  g_autofree char *on = NULL;

  if (!hearth_date_row_read (self->on_row, &on, error) ||
      !hearth_scheme_move_carer (scheme, carer_of (self), next, on,
                                 hearth_recruitment_entry_text (self->note_row), error))
    return FALSE;
  *summary = hearth_recruitment_dup_moved (carer_of (self));
  return TRUE;
}

static void
hearth_carer_move_on_dialog_constructed (GObject *object)
{
  HearthCarerMoveOnDialog *self = HEARTH_CARER_MOVE_ON_DIALOG (object);
  const char *next = hearth_recruitment_stage_next (hearth_carer_get_stage (carer_of (self)));
  g_autofree char *name = hearth_carer_dup_display_name (carer_of (self));
  g_autofree char *heading = g_strdup_printf (_("Move %s On?"), name);
  g_autofree char *body = NULL;
  g_autofree char *today = hearth_date_today ();
  HearthScheme *scheme = hearth_question_dialog_get_scheme (HEARTH_QUESTION_DIALOG (self));

  G_OBJECT_CLASS (hearth_carer_move_on_dialog_parent_class)->constructed (object);

  body = g_strdup_printf (_("%s moves to “%s”, recorded by %s."), name,
                          hearth_values_label (HEARTH_VALUES_CARER_STAGE, next),
                          hearth_scheme_get_user (scheme));
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  hearth_date_row_set_date (self->on_row, today);
}

static void
hearth_carer_move_on_dialog_class_init (HearthCarerMoveOnDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthQuestionDialogClass *question_class = HEARTH_QUESTION_DIALOG_CLASS (klass);

  object_class->constructed = hearth_carer_move_on_dialog_constructed;
  question_class->answer = hearth_carer_move_on_dialog_answer;

  g_type_ensure (HEARTH_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, HEARTH_RESOURCE_PATH
                                               "/ui/recruitment/hearth-carer-move-on-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthCarerMoveOnDialog, on_row);
  gtk_widget_class_bind_template_child (widget_class, HearthCarerMoveOnDialog, note_row);
}

static void
hearth_carer_move_on_dialog_init (HearthCarerMoveOnDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hearth_carer_move_on_dialog_new:
 *
 * Returns: (transfer none): the question, not yet shown
 */
HearthCarerMoveOnDialog *
hearth_carer_move_on_dialog_new (HearthScheme *scheme,
                                 HearthCarer  *carer)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);
  g_return_val_if_fail (HEARTH_IS_CARER (carer), NULL);
  g_return_val_if_fail (hearth_recruitment_stage_next (hearth_carer_get_stage (carer)) != NULL,
                        NULL);

  return g_object_new (HEARTH_TYPE_CARER_MOVE_ON_DIALOG, "scheme", scheme, "record", carer, NULL);
}

/**
 * hearth_carer_move_on_dialog_present:
 * @page: the page whose window the question belongs to, where the answer's toast goes
 *
 * Moves @carer on to the next stage; from ready for panel, records the panel's approval.
 */
void
hearth_carer_move_on_dialog_present (HearthPage  *page,
                                     HearthCarer *carer)
{
  HearthCarerMoveOnDialog *self;
  const char *next;

  g_return_if_fail (HEARTH_IS_PAGE (page));
  g_return_if_fail (HEARTH_IS_CARER (carer));

  next = hearth_recruitment_stage_next (hearth_carer_get_stage (carer));
  if (next == NULL)
    return;
  if (g_str_equal (next, "approved"))
    {
      hearth_approval_dialog_present (page, carer, NULL);
      return;
    }

  self = hearth_carer_move_on_dialog_new (hearth_page_get_scheme (page), carer);
  hearth_question_dialog_present (HEARTH_QUESTION_DIALOG (self), page);
}
