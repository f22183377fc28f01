/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-add-to-panel-dialog.c: adds a carer in preparation training or ready for
 * panel to a scheduled panel. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date-row.h"
#include "hearth-gui-util.h"
#include "hearth-add-to-panel-dialog.h"
#include "hearth-question-dialog.h"
#include "hearth-recruitment-dialogs.h"

struct _HearthAddToPanelDialog
{
  HearthQuestionDialog  parent_instance;

  GPtrArray            *carers;  /* who could go, as the choice lists them */

  AdwComboRow          *carer_row;
};

G_DEFINE_FINAL_TYPE (HearthAddToPanelDialog, hearth_add_to_panel_dialog,
                     HEARTH_TYPE_QUESTION_DIALOG)

/* Carers who could go to a panel: in preparation or ready for it. */
static GPtrArray *
panel_candidates (HearthScheme *scheme)
{
  g_autoptr(GPtrArray) all = hearth_scheme_load_all (scheme, HEARTH_TYPE_CARER, NULL);
  GPtrArray *carers = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; all != NULL && i < all->len; i++)
    {
      HearthCarer *carer = g_ptr_array_index (all, i);

      if (!hearth_record_is_archived (HEARTH_RECORD (carer)) &&
          hearth_rules_carer_can_go_to_panel (carer))
        g_ptr_array_add (carers, g_object_ref (carer));
    }
  return carers;
}

/* The panel the question is about. */
static HearthPanel *
panel_of (gpointer self)
{
  return HEARTH_PANEL (hearth_question_dialog_get_record (self));
}

static gboolean
hearth_add_to_panel_dialog_answer (HearthQuestionDialog  *question,
                                   char                 **summary,
                                   GError               **error)
{
  HearthAddToPanelDialog *self = HEARTH_ADD_TO_PANEL_DIALOG (question);
  HearthScheme *scheme = hearth_question_dialog_get_scheme (question);
  guint i = adw_combo_row_get_selected (self->carer_row);
  g_autoptr(HearthPanelDecision) decision = NULL;

  /* Nobody to add: the only choice says so, and the answer does nothing. */
  if (i >= self->carers->len)
    return TRUE;
  decision = hearth_scheme_add_to_panel (scheme, panel_of (self),
                                         g_ptr_array_index (self->carers, i), error);
  return decision != NULL;
}

static void
hearth_add_to_panel_dialog_constructed (GObject *object)
{
  HearthAddToPanelDialog *self = HEARTH_ADD_TO_PANEL_DIALOG (object);
  HearthScheme *scheme = hearth_question_dialog_get_scheme (HEARTH_QUESTION_DIALOG (self));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  G_OBJECT_CLASS (hearth_add_to_panel_dialog_parent_class)->constructed (object);

  self->carers = panel_candidates (scheme);
  for (guint i = 0; i < self->carers->len; i++)
    {
      g_autofree char *name = hearth_carer_dup_display_name (g_ptr_array_index (self->carers, i));

      gtk_string_list_append (names, name);
    }
  if (self->carers->len == 0)
    gtk_string_list_append (names, _("Nobody is in preparation or ready for panel"));
  adw_combo_row_set_model (self->carer_row, G_LIST_MODEL (names));
}

static void
hearth_add_to_panel_dialog_dispose (GObject *object)
{
  HearthAddToPanelDialog *self = HEARTH_ADD_TO_PANEL_DIALOG (object);

  g_clear_pointer (&self->carers, g_ptr_array_unref);

  G_OBJECT_CLASS (hearth_add_to_panel_dialog_parent_class)->dispose (object);
}

static void
hearth_add_to_panel_dialog_class_init (HearthAddToPanelDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthQuestionDialogClass *question_class = HEARTH_QUESTION_DIALOG_CLASS (klass);

  object_class->constructed = hearth_add_to_panel_dialog_constructed;
  object_class->dispose = hearth_add_to_panel_dialog_dispose;
  question_class->answer = hearth_add_to_panel_dialog_answer;

  g_type_ensure (HEARTH_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, HEARTH_RESOURCE_PATH
                                               "/ui/recruitment/hearth-add-to-panel-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthAddToPanelDialog, carer_row);
}

static void
hearth_add_to_panel_dialog_init (HearthAddToPanelDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hearth_add_to_panel_dialog_new:
 *
 * Returns: (transfer none): the question, not yet shown
 */
HearthAddToPanelDialog *
hearth_add_to_panel_dialog_new (HearthScheme *scheme,
                                HearthPanel  *panel)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);
  g_return_val_if_fail (HEARTH_IS_PANEL (panel), NULL);

  return g_object_new (HEARTH_TYPE_ADD_TO_PANEL_DIALOG, "scheme", scheme, "record", panel, NULL);
}

/**
 * hearth_add_to_panel_dialog_present:
 * @page: the page whose window the question belongs to, where the answer's toast goes
 *
 * Adds a carer to @panel.
 */
void
hearth_add_to_panel_dialog_present (HearthPage  *page,
                                    HearthPanel *panel)
{
  HearthAddToPanelDialog *self;

  g_return_if_fail (HEARTH_IS_PAGE (page));
  g_return_if_fail (HEARTH_IS_PANEL (panel));

  self = hearth_add_to_panel_dialog_new (hearth_page_get_scheme (page), panel);
  hearth_question_dialog_present (HEARTH_QUESTION_DIALOG (self), page);
}
