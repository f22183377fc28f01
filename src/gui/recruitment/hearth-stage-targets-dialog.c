/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-stage-targets-dialog.c: the scheme's target length for each stage before
 * approval, in days. Targets are not records: when they are saved the page looks again. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date-row.h"
#include "hearth-gui-util.h"
#include "hearth-stage-targets-dialog.h"
#include "hearth-recruitment-dialogs.h"

struct _HearthStageTargetsDialog
{
  AdwMessageDialog  parent_instance;

  HearthScheme    *scheme;
  GPtrArray       *spins;   /* a spin button for each stage before approval, in order */

  GtkListBox      *fields;
};

G_DEFINE_FINAL_TYPE (HearthStageTargetsDialog, hearth_stage_targets_dialog, ADW_TYPE_MESSAGE_DIALOG)

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
answer (HearthStageTargetsDialog  *self,
        char                     **summary,
        GError                   **error)
{
  gboolean ok = TRUE;

  for (guint k = 0; ok && k < self->spins->len; k++)
    {
      const char *stage = hearth_recruitment_stage (k);
      gint64 days = gtk_spin_button_get_value_as_int (g_ptr_array_index (self->spins, k));

      if (days != hearth_scheme_get_stage_target (self->scheme, stage, NULL))
        ok = hearth_scheme_set_stage_target (self->scheme, stage, days, error);
    }
  return ok;
}

/* A row for each stage before approval, with its target in days. */
static void
add_stage_rows (HearthStageTargetsDialog *self)
{
  for (guint k = 0; hearth_recruitment_stage_has_target (hearth_recruitment_stage (k)); k++)
    {
      const char *stage = hearth_recruitment_stage (k);
      const char *label = hearth_recruitment_stage_label (stage);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *spin = gtk_spin_button_new_with_range (1, 365, 1);

      gtk_widget_set_name (spin, stage);
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin),
                                 hearth_scheme_get_stage_target (self->scheme, stage, NULL));
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
hearth_stage_targets_dialog_response (AdwMessageDialog *dialog,
                                      const char       *response)
{
  HearthStageTargetsDialog *self = HEARTH_STAGE_TARGETS_DIALOG (dialog);
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  if (g_strcmp0 (response, "save") != 0)
    return;
  if (!answer (self, &summary, &error))
    {
      hearth_recruitment_show_error (gtk_window_get_transient_for (GTK_WINDOW (self)), error);
      return;
    }
  g_signal_emit (self, signals[DONE], 0, summary);
}

static void
hearth_stage_targets_dialog_constructed (GObject *object)
{
  HearthStageTargetsDialog *self = HEARTH_STAGE_TARGETS_DIALOG (object);
  HearthRecord *details = HEARTH_RECORD (hearth_scheme_get_details (self->scheme));
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

  g_clear_object (&self->scheme);
  g_clear_pointer (&self->spins, g_ptr_array_unref);

  G_OBJECT_CLASS (hearth_stage_targets_dialog_parent_class)->dispose (object);
}

static void
hearth_stage_targets_dialog_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  HearthStageTargetsDialog *self = HEARTH_STAGE_TARGETS_DIALOG (object);

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
hearth_stage_targets_dialog_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  HearthStageTargetsDialog *self = HEARTH_STAGE_TARGETS_DIALOG (object);

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
hearth_stage_targets_dialog_class_init (HearthStageTargetsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->constructed = hearth_stage_targets_dialog_constructed;
  object_class->dispose = hearth_stage_targets_dialog_dispose;
  object_class->set_property = hearth_stage_targets_dialog_set_property;
  object_class->get_property = hearth_stage_targets_dialog_get_property;
  dialog_class->response = hearth_stage_targets_dialog_response;

  properties[PROP_SCHEME] =
    g_param_spec_object ("scheme", NULL, NULL, HEARTH_TYPE_SCHEME,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HearthStageTargetsDialog::done:
   * @summary: (nullable): what was done, in a sentence for a toast
   *
   * The targets that changed are saved; a refusal stops at the first one refused.
   */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

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
    gtk_widget_activate_action (GTK_WIDGET (page), "recruitment.reload", NULL);
}

/**
 * hearth_stage_targets_dialog_present:
 * @page: the Recruitment page, which reloads once the targets are saved
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
  hearth_recruitment_present_question (page, ADW_MESSAGE_DIALOG (self), NULL);
}
