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
#include "hearth-recruitment-dialogs.h"
#include "hearth-approval-dialog.h"

struct _HearthCarerMoveOnDialog
{
  AdwMessageDialog  parent_instance;

  HearthScheme    *scheme;
  HearthCarer     *carer;

  HearthDateRow   *on_row;
  AdwEntryRow     *note_row;
};

G_DEFINE_FINAL_TYPE (HearthCarerMoveOnDialog, hearth_carer_move_on_dialog, ADW_TYPE_MESSAGE_DIALOG)

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

static gboolean
answer (HearthCarerMoveOnDialog  *self,
        char                    **summary,
        GError                  **error)
{
  const char *next = hearth_recruitment_stage_next (hearth_carer_get_stage (self->carer));
  g_autofree char *on = NULL;

  if (!hearth_date_row_read (self->on_row, &on, error) ||
      !hearth_scheme_move_carer (self->scheme, self->carer, next, on,
                                 hearth_recruitment_entry_text (self->note_row), error))
    return FALSE;
  *summary = hearth_recruitment_dup_moved (self->carer);
  return TRUE;
}

static void
hearth_carer_move_on_dialog_response (AdwMessageDialog *dialog,
                                      const char       *response)
{
  HearthCarerMoveOnDialog *self = HEARTH_CARER_MOVE_ON_DIALOG (dialog);
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  if (g_strcmp0 (response, "move") != 0)
    return;
  if (!answer (self, &summary, &error))
    {
      hearth_recruitment_show_error (gtk_window_get_transient_for (GTK_WINDOW (self)), error);
      return;
    }
  g_signal_emit (self, signals[DONE], 0, summary);
}

static void
hearth_carer_move_on_dialog_constructed (GObject *object)
{
  HearthCarerMoveOnDialog *self = HEARTH_CARER_MOVE_ON_DIALOG (object);
  const char *next = hearth_recruitment_stage_next (hearth_carer_get_stage (self->carer));
  g_autofree char *name = hearth_carer_dup_display_name (self->carer);
  g_autofree char *heading = g_strdup_printf (_("Move %s On?"), name);
  g_autofree char *body = NULL;
  g_autofree char *today = hearth_date_today ();

  G_OBJECT_CLASS (hearth_carer_move_on_dialog_parent_class)->constructed (object);

  body = g_strdup_printf (_("%s moves to “%s”, recorded by %s."), name,
                          hearth_values_label (HEARTH_VALUES_CARER_STAGE, next),
                          hearth_scheme_get_user (self->scheme));
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  hearth_date_row_set_date (self->on_row, today);
}

static void
hearth_carer_move_on_dialog_dispose (GObject *object)
{
  HearthCarerMoveOnDialog *self = HEARTH_CARER_MOVE_ON_DIALOG (object);

  g_clear_object (&self->scheme);
  g_clear_object (&self->carer);

  G_OBJECT_CLASS (hearth_carer_move_on_dialog_parent_class)->dispose (object);
}

static void
hearth_carer_move_on_dialog_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  HearthCarerMoveOnDialog *self = HEARTH_CARER_MOVE_ON_DIALOG (object);

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
hearth_carer_move_on_dialog_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  HearthCarerMoveOnDialog *self = HEARTH_CARER_MOVE_ON_DIALOG (object);

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
hearth_carer_move_on_dialog_class_init (HearthCarerMoveOnDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->constructed = hearth_carer_move_on_dialog_constructed;
  object_class->dispose = hearth_carer_move_on_dialog_dispose;
  object_class->set_property = hearth_carer_move_on_dialog_set_property;
  object_class->get_property = hearth_carer_move_on_dialog_get_property;
  dialog_class->response = hearth_carer_move_on_dialog_response;

  properties[PROP_SCHEME] =
    g_param_spec_object ("scheme", NULL, NULL, HEARTH_TYPE_SCHEME,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CARER] =
    g_param_spec_object ("carer", NULL, NULL, HEARTH_TYPE_CARER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HearthCarerMoveOnDialog::done:
   * @summary: (nullable): what was done, in a sentence for a toast
   *
   * The core moved the carer on.
   */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

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

  return g_object_new (HEARTH_TYPE_CARER_MOVE_ON_DIALOG, "scheme", scheme, "carer", carer, NULL);
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
  hearth_recruitment_present_question (page, ADW_MESSAGE_DIALOG (self), NULL);
}
