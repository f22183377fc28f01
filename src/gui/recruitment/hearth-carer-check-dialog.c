/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-carer-check-dialog.c: records one item of the checklist a carer needs before
 * panel: which check, when it was completed, and its detail. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date-row.h"
#include "hearth-gui-util.h"
#include "hearth-carer-check-dialog.h"
#include "hearth-recruitment-dialogs.h"

struct _HearthCarerCheckDialog
{
  AdwMessageDialog  parent_instance;

  HearthScheme    *scheme;
  HearthCarer     *carer;

  AdwComboRow     *kind_row;
  HearthDateRow   *on_row;
  AdwEntryRow     *detail_row;
};

G_DEFINE_FINAL_TYPE (HearthCarerCheckDialog, hearth_carer_check_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_SCHEME,
  PROP_CARER,
  N_PROPS
};

enum {
  DONE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char * const check_kinds[] = {
  "application", "reference", "dbs", "home-safety", "household-agreement",
  "preparation-training", "assessment-report",
};

static gboolean
answer (HearthCarerCheckDialog  *self,
        char                   **summary,
        GError                 **error)
{
  guint i = adw_combo_row_get_selected (self->kind_row);
  g_autoptr(HearthCarerCheck) check = hearth_carer_check_new ();
  g_autofree char *on = NULL;

  g_assert (i < G_N_ELEMENTS (check_kinds));
  if (!hearth_date_row_read (self->on_row, &on, error))
    return FALSE;
  g_object_set (check, "carer-id", hearth_record_get_id (HEARTH_RECORD (self->carer)),
                "kind", check_kinds[i], "completed-on", on,
                "detail", hearth_recruitment_entry_text (self->detail_row), NULL);
  if (!hearth_scheme_insert (self->scheme, HEARTH_RECORD (check), error))
    return FALSE;
  *summary = g_strdup (_("Check recorded"));
  return TRUE;
}

static void
hearth_carer_check_dialog_response (AdwMessageDialog *dialog,
                                    const char       *response)
{
  HearthCarerCheckDialog *self = HEARTH_CARER_CHECK_DIALOG (dialog);
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  if (g_strcmp0 (response, "record") != 0)
    return;
  if (!answer (self, &summary, &error))
    {
      hearth_recruitment_show_error (gtk_window_get_transient_for (GTK_WINDOW (self)), error);
      return;
    }
  g_signal_emit (self, signals[DONE], 0, summary);
}

static void
hearth_carer_check_dialog_constructed (GObject *object)
{
  HearthCarerCheckDialog *self = HEARTH_CARER_CHECK_DIALOG (object);
  g_autofree char *name = hearth_carer_dup_display_name (self->carer);
  g_autofree char *heading = g_strdup_printf (_("Record a Check for %s"), name);
  g_autofree char *today = hearth_date_today ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  G_OBJECT_CLASS (hearth_carer_check_dialog_parent_class)->constructed (object);

  for (guint i = 0; i < G_N_ELEMENTS (check_kinds); i++)
    gtk_string_list_append (labels, hearth_values_label (HEARTH_VALUES_CHECK_KIND,
                                                         check_kinds[i]));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (labels));
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  hearth_date_row_set_date (self->on_row, today);
}

static void
hearth_carer_check_dialog_dispose (GObject *object)
{
  HearthCarerCheckDialog *self = HEARTH_CARER_CHECK_DIALOG (object);

  g_clear_object (&self->scheme);
  g_clear_object (&self->carer);

  G_OBJECT_CLASS (hearth_carer_check_dialog_parent_class)->dispose (object);
}

static void
hearth_carer_check_dialog_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  HearthCarerCheckDialog *self = HEARTH_CARER_CHECK_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SCHEME:
      self->scheme = g_value_dup_object (value);
      break;
    case PROP_CARER:
      self->carer = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_carer_check_dialog_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  HearthCarerCheckDialog *self = HEARTH_CARER_CHECK_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SCHEME:
      g_value_set_object (value, self->scheme);
      break;
    case PROP_CARER:
      g_value_set_object (value, self->carer);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_carer_check_dialog_class_init (HearthCarerCheckDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->constructed = hearth_carer_check_dialog_constructed;
  object_class->dispose = hearth_carer_check_dialog_dispose;
  object_class->set_property = hearth_carer_check_dialog_set_property;
  object_class->get_property = hearth_carer_check_dialog_get_property;
  dialog_class->response = hearth_carer_check_dialog_response;

  properties[PROP_SCHEME] =
    g_param_spec_object ("scheme", NULL, NULL, HEARTH_TYPE_SCHEME,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CARER] =
    g_param_spec_object ("carer", NULL, NULL, HEARTH_TYPE_CARER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HearthCarerCheckDialog::done:
   * @summary: (nullable): what was done, in a sentence for a toast
   *
   * The core recorded the check.
   */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (HEARTH_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, HEARTH_RESOURCE_PATH
                                               "/ui/recruitment/hearth-carer-check-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthCarerCheckDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, HearthCarerCheckDialog, on_row);
  gtk_widget_class_bind_template_child (widget_class, HearthCarerCheckDialog, detail_row);
}

static void
hearth_carer_check_dialog_init (HearthCarerCheckDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hearth_carer_check_dialog_new:
 *
 * Returns: (transfer none): the question, not yet shown
 */
HearthCarerCheckDialog *
hearth_carer_check_dialog_new (HearthScheme *scheme,
                               HearthCarer  *carer)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);
  g_return_val_if_fail (HEARTH_IS_CARER (carer), NULL);

  return g_object_new (HEARTH_TYPE_CARER_CHECK_DIALOG, "scheme", scheme, "carer", carer, NULL);
}

/**
 * hearth_carer_check_dialog_present:
 * @page: the page whose window the question belongs to, where the answer's toast goes
 *
 * Records one item of the checklist @carer needs before panel.
 */
void
hearth_carer_check_dialog_present (HearthPage  *page,
                                   HearthCarer *carer)
{
  HearthCarerCheckDialog *self;

  g_return_if_fail (HEARTH_IS_PAGE (page));
  g_return_if_fail (HEARTH_IS_CARER (carer));

  self = hearth_carer_check_dialog_new (hearth_page_get_scheme (page), carer);
  hearth_recruitment_present_question (page, ADW_MESSAGE_DIALOG (self), NULL);
}
