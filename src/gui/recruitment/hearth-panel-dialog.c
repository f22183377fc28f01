/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-panel-dialog.c: schedules a panel: its date and who chairs it. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date-row.h"
#include "hearth-gui-util.h"
#include "hearth-panel-dialog.h"
#include "hearth-question-dialog.h"
#include "hearth-recruitment-dialogs.h"

struct _HearthPanelDialog
{
  HearthQuestionDialog  parent_instance;

  HearthDateRow        *on_row;
  AdwEntryRow          *chair_row;
};

G_DEFINE_FINAL_TYPE (HearthPanelDialog, hearth_panel_dialog, HEARTH_TYPE_QUESTION_DIALOG)

static gboolean
hearth_panel_dialog_answer (HearthQuestionDialog  *question,
                            char                 **summary,
                            GError               **error)
{
  HearthPanelDialog *self = HEARTH_PANEL_DIALOG (question);
  HearthScheme *scheme = hearth_question_dialog_get_scheme (question);
  g_autoptr(HearthPanel) panel = NULL;
  g_autofree char *on = NULL;

  if (!hearth_date_row_read (self->on_row, &on, error))
    return FALSE;
  panel = hearth_scheme_schedule_panel (scheme, on,
                                        hearth_recruitment_entry_text (self->chair_row), error);
  if (panel == NULL)
    return FALSE;
  *summary = g_strdup (_("Panel scheduled"));
  return TRUE;
}

static void
hearth_panel_dialog_constructed (GObject *object)
{
  HearthPanelDialog *self = HEARTH_PANEL_DIALOG (object);
  g_autofree char *today = hearth_date_today ();

  G_OBJECT_CLASS (hearth_panel_dialog_parent_class)->constructed (object);

  hearth_date_row_set_date (self->on_row, today);
}

static void
hearth_panel_dialog_class_init (HearthPanelDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthQuestionDialogClass *question_class = HEARTH_QUESTION_DIALOG_CLASS (klass);

  object_class->constructed = hearth_panel_dialog_constructed;
  question_class->answer = hearth_panel_dialog_answer;

  g_type_ensure (HEARTH_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, HEARTH_RESOURCE_PATH
                                               "/ui/recruitment/hearth-panel-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthPanelDialog, on_row);
  gtk_widget_class_bind_template_child (widget_class, HearthPanelDialog, chair_row);
}

static void
hearth_panel_dialog_init (HearthPanelDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hearth_panel_dialog_new:
 *
 * Returns: (transfer none): the question, not yet shown
 */
HearthPanelDialog *
hearth_panel_dialog_new (HearthScheme *scheme)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);

  return g_object_new (HEARTH_TYPE_PANEL_DIALOG, "scheme", scheme, NULL);
}

/**
 * hearth_panel_dialog_present:
 * @page: the page whose window the question belongs to, where the answer's toast goes
 *
 * Schedules a panel.
 */
void
hearth_panel_dialog_present (HearthPage *page)
{
  HearthPanelDialog *self;

  g_return_if_fail (HEARTH_IS_PAGE (page));

  self = hearth_panel_dialog_new (hearth_page_get_scheme (page));
  hearth_question_dialog_present (HEARTH_QUESTION_DIALOG (self), page);
}
