/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-panel-dialog.c: schedules a panel: its date and who chairs it. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date-row.h"
#include "hearth-gui-util.h"
#include "hearth-panel-dialog.h"
#include "hearth-recruitment-dialogs.h"

struct _HearthPanelDialog
{
  AdwMessageDialog  parent_instance;

  HearthScheme    *scheme;

  HearthDateRow   *on_row;
  AdwEntryRow     *chair_row;
};

G_DEFINE_FINAL_TYPE (HearthPanelDialog, hearth_panel_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_SCHEME,
  N_PROPS
};

enum {
  DONE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
answer (HearthPanelDialog  *self,
        char              **summary,
        GError            **error)
{
  g_autoptr(HearthPanel) panel = NULL;
  g_autofree char *on = NULL;

  if (!hearth_date_row_read (self->on_row, &on, error))
    return FALSE;
  panel = hearth_scheme_schedule_panel (self->scheme, on,
                                        hearth_recruitment_entry_text (self->chair_row), error);
  if (panel == NULL)
    return FALSE;
  *summary = g_strdup (_("Panel scheduled"));
  return TRUE;
}

static void
hearth_panel_dialog_response (AdwMessageDialog *dialog,
                              const char       *response)
{
  HearthPanelDialog *self = HEARTH_PANEL_DIALOG (dialog);
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  if (g_strcmp0 (response, "schedule") != 0)
    return;
  if (!answer (self, &summary, &error))
    {
      hearth_recruitment_show_error (gtk_window_get_transient_for (GTK_WINDOW (self)), error);
      return;
    }
  g_signal_emit (self, signals[DONE], 0, summary);
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
hearth_panel_dialog_dispose (GObject *object)
{
  HearthPanelDialog *self = HEARTH_PANEL_DIALOG (object);

  g_clear_object (&self->scheme);

  G_OBJECT_CLASS (hearth_panel_dialog_parent_class)->dispose (object);
}

static void
hearth_panel_dialog_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HearthPanelDialog *self = HEARTH_PANEL_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SCHEME:
      self->scheme = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_panel_dialog_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HearthPanelDialog *self = HEARTH_PANEL_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SCHEME:
      g_value_set_object (value, self->scheme);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_panel_dialog_class_init (HearthPanelDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->constructed = hearth_panel_dialog_constructed;
  object_class->dispose = hearth_panel_dialog_dispose;
  object_class->set_property = hearth_panel_dialog_set_property;
  object_class->get_property = hearth_panel_dialog_get_property;
  dialog_class->response = hearth_panel_dialog_response;

  properties[PROP_SCHEME] =
    g_param_spec_object ("scheme", NULL, NULL, HEARTH_TYPE_SCHEME,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HearthPanelDialog::done:
   * @summary: (nullable): what was done, in a sentence for a toast
   *
   * The core scheduled the panel.
   */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

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
  hearth_recruitment_present_question (page, ADW_MESSAGE_DIALOG (self), NULL);
}
