/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-add-to-panel-dialog.c: adds a carer in preparation training or ready for
 * panel to a scheduled panel. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date-row.h"
#include "hearth-gui-util.h"
#include "hearth-add-to-panel-dialog.h"
#include "hearth-recruitment-dialogs.h"

struct _HearthAddToPanelDialog
{
  AdwMessageDialog  parent_instance;

  HearthScheme    *scheme;
  HearthPanel     *panel;
  GPtrArray       *carers;  /* who could go, as the choice lists them */

  AdwComboRow     *carer_row;
};

G_DEFINE_FINAL_TYPE (HearthAddToPanelDialog, hearth_add_to_panel_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_SCHEME,
  PROP_PANEL,
  N_PROPS
};

enum {
  DONE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

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

static gboolean
answer (HearthAddToPanelDialog  *self,
        char                   **summary,
        GError                 **error)
{
  guint i = adw_combo_row_get_selected (self->carer_row);
  g_autoptr(HearthPanelDecision) decision = NULL;

  /* Nobody to add: the only choice says so, and the answer does nothing. */
  if (i >= self->carers->len)
    return TRUE;
  decision = hearth_scheme_add_to_panel (self->scheme, self->panel,
                                         g_ptr_array_index (self->carers, i), error);
  return decision != NULL;
}

static void
hearth_add_to_panel_dialog_response (AdwMessageDialog *dialog,
                                     const char       *response)
{
  HearthAddToPanelDialog *self = HEARTH_ADD_TO_PANEL_DIALOG (dialog);
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  if (g_strcmp0 (response, "add") != 0)
    return;
  if (!answer (self, &summary, &error))
    {
      hearth_recruitment_show_error (gtk_window_get_transient_for (GTK_WINDOW (self)), error);
      return;
    }
  g_signal_emit (self, signals[DONE], 0, summary);
}

static void
hearth_add_to_panel_dialog_constructed (GObject *object)
{
  HearthAddToPanelDialog *self = HEARTH_ADD_TO_PANEL_DIALOG (object);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  G_OBJECT_CLASS (hearth_add_to_panel_dialog_parent_class)->constructed (object);

  self->carers = panel_candidates (self->scheme);
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

  g_clear_object (&self->scheme);
  g_clear_object (&self->panel);
  g_clear_pointer (&self->carers, g_ptr_array_unref);

  G_OBJECT_CLASS (hearth_add_to_panel_dialog_parent_class)->dispose (object);
}

static void
hearth_add_to_panel_dialog_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  HearthAddToPanelDialog *self = HEARTH_ADD_TO_PANEL_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SCHEME:
      self->scheme = g_value_dup_object (value);
      break;
    case PROP_PANEL:
      self->panel = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_add_to_panel_dialog_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  HearthAddToPanelDialog *self = HEARTH_ADD_TO_PANEL_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SCHEME:
      g_value_set_object (value, self->scheme);
      break;
    case PROP_PANEL:
      g_value_set_object (value, self->panel);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_add_to_panel_dialog_class_init (HearthAddToPanelDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->constructed = hearth_add_to_panel_dialog_constructed;
  object_class->dispose = hearth_add_to_panel_dialog_dispose;
  object_class->set_property = hearth_add_to_panel_dialog_set_property;
  object_class->get_property = hearth_add_to_panel_dialog_get_property;
  dialog_class->response = hearth_add_to_panel_dialog_response;

  properties[PROP_SCHEME] =
    g_param_spec_object ("scheme", NULL, NULL, HEARTH_TYPE_SCHEME,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PANEL] =
    g_param_spec_object ("panel", NULL, NULL, HEARTH_TYPE_PANEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HearthAddToPanelDialog::done:
   * @summary: (nullable): what was done, in a sentence for a toast
   *
   * The core added the carer to the panel; there is nothing to say about it.
   */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

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

  return g_object_new (HEARTH_TYPE_ADD_TO_PANEL_DIALOG, "scheme", scheme, "panel", panel, NULL);
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
  hearth_recruitment_present_question (page, ADW_MESSAGE_DIALOG (self), NULL);
}
