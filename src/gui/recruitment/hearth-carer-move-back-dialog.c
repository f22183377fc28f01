/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-carer-move-back-dialog.c: moves a carer back, on hold, or out. Every such move
 * needs a reason, which the core asks for if it is left blank; the page offers Undo. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date-row.h"
#include "hearth-gui-util.h"
#include "hearth-carer-move-back-dialog.h"
#include "hearth-recruitment-dialogs.h"

struct _HearthCarerMoveBackDialog
{
  AdwMessageDialog  parent_instance;

  HearthScheme    *scheme;
  HearthCarer     *carer;
  GStrv            stages;  /* where the carer can go, as the choice lists them */

  AdwComboRow     *stage_row;
  HearthDateRow   *on_row;
  AdwEntryRow     *reason_row;
};

G_DEFINE_FINAL_TYPE (HearthCarerMoveBackDialog, hearth_carer_move_back_dialog,
                     ADW_TYPE_MESSAGE_DIALOG)

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
answer (HearthCarerMoveBackDialog  *self,
        char                      **summary,
        GError                    **error)
{
  guint i = adw_combo_row_get_selected (self->stage_row);
  g_autofree char *on = NULL;

  g_assert (i < g_strv_length (self->stages));
  if (!hearth_date_row_read (self->on_row, &on, error) ||
      !hearth_scheme_move_carer (self->scheme, self->carer, self->stages[i], on,
                                 hearth_recruitment_entry_text (self->reason_row), error))
    return FALSE;
  *summary = hearth_recruitment_dup_moved (self->carer);
  return TRUE;
}

static void
hearth_carer_move_back_dialog_response (AdwMessageDialog *dialog,
                                        const char       *response)
{
  HearthCarerMoveBackDialog *self = HEARTH_CARER_MOVE_BACK_DIALOG (dialog);
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
hearth_carer_move_back_dialog_constructed (GObject *object)
{
  HearthCarerMoveBackDialog *self = HEARTH_CARER_MOVE_BACK_DIALOG (object);
  g_autofree char *name = hearth_carer_dup_display_name (self->carer);
  g_autofree char *heading = g_strdup_printf (_("Move %s Back or Out"), name);
  g_autofree char *today = hearth_date_today ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  G_OBJECT_CLASS (hearth_carer_move_back_dialog_parent_class)->constructed (object);

  self->stages = hearth_recruitment_back_or_out_stages (hearth_carer_get_stage (self->carer));
  for (guint i = 0; self->stages[i] != NULL; i++)
    gtk_string_list_append (labels, hearth_values_label (HEARTH_VALUES_CARER_STAGE,
                                                         self->stages[i]));
  adw_combo_row_set_model (self->stage_row, G_LIST_MODEL (labels));
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  hearth_date_row_set_date (self->on_row, today);
}

static void
hearth_carer_move_back_dialog_dispose (GObject *object)
{
  HearthCarerMoveBackDialog *self = HEARTH_CARER_MOVE_BACK_DIALOG (object);

  g_clear_object (&self->scheme);
  g_clear_object (&self->carer);
  g_clear_pointer (&self->stages, g_strfreev);

  G_OBJECT_CLASS (hearth_carer_move_back_dialog_parent_class)->dispose (object);
}

static void
hearth_carer_move_back_dialog_set_property (GObject      *object,
                                            guint         prop_id,
                                            const GValue *value,
                                            GParamSpec   *pspec)
{
  HearthCarerMoveBackDialog *self = HEARTH_CARER_MOVE_BACK_DIALOG (object);

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
hearth_carer_move_back_dialog_get_property (GObject    *object,
                                            guint       prop_id,
                                            GValue     *value,
                                            GParamSpec *pspec)
{
  HearthCarerMoveBackDialog *self = HEARTH_CARER_MOVE_BACK_DIALOG (object);

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
hearth_carer_move_back_dialog_class_init (HearthCarerMoveBackDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->constructed = hearth_carer_move_back_dialog_constructed;
  object_class->dispose = hearth_carer_move_back_dialog_dispose;
  object_class->set_property = hearth_carer_move_back_dialog_set_property;
  object_class->get_property = hearth_carer_move_back_dialog_get_property;
  dialog_class->response = hearth_carer_move_back_dialog_response;

  properties[PROP_SCHEME] =
    g_param_spec_object ("scheme", NULL, NULL, HEARTH_TYPE_SCHEME,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CARER] =
    g_param_spec_object ("carer", NULL, NULL, HEARTH_TYPE_CARER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HearthCarerMoveBackDialog::done:
   * @summary: (nullable): what was done, in a sentence for a toast
   *
   * The core moved the carer; it can still be undone.
   */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (HEARTH_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, HEARTH_RESOURCE_PATH
                                               "/ui/recruitment/hearth-carer-move-back-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthCarerMoveBackDialog, stage_row);
  gtk_widget_class_bind_template_child (widget_class, HearthCarerMoveBackDialog, on_row);
  gtk_widget_class_bind_template_child (widget_class, HearthCarerMoveBackDialog, reason_row);
}

static void
hearth_carer_move_back_dialog_init (HearthCarerMoveBackDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hearth_carer_move_back_dialog_new:
 *
 * Returns: (transfer none): the question, not yet shown
 */
HearthCarerMoveBackDialog *
hearth_carer_move_back_dialog_new (HearthScheme *scheme,
                                   HearthCarer  *carer)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);
  g_return_val_if_fail (HEARTH_IS_CARER (carer), NULL);

  return g_object_new (HEARTH_TYPE_CARER_MOVE_BACK_DIALOG, "scheme", scheme, "carer", carer, NULL);
}

/* The carer moved and the page can offer to undo it; a toast's button is outside the page, so
 * it keeps what it needs itself. */
typedef struct
{
  GWeakRef     page;
  HearthCarer *carer;
} Undo;

static void
undo_free (gpointer data,
           GClosure *closure)
{
  Undo *undo = data;

  g_weak_ref_clear (&undo->page);
  g_clear_object (&undo->carer);
  g_free (undo);
}

static void
undo_clicked_cb (AdwToast *toast,
                 Undo     *undo)
{
  g_autoptr(HearthPage) page = g_weak_ref_get (&undo->page);
  g_autoptr(GError) error = NULL;

  if (page == NULL)
    return;
  if (!hearth_scheme_undo_carer_move (hearth_page_get_scheme (page), undo->carer, &error))
    hearth_recruitment_show_error (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (page))), error);
}

/* A move back or out is the change most often made by mistake: offer to undo it. */
static void
done_cb (HearthCarerMoveBackDialog *self,
         const char                *summary,
         HearthPage                *page)
{
  AdwToast *toast = adw_toast_new (summary);
  Undo *undo = g_new0 (Undo, 1);

  g_weak_ref_init (&undo->page, page);
  undo->carer = g_object_ref (self->carer);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), undo, undo_free,
                         0);
  hearth_page_add_toast (page, toast);
}

/**
 * hearth_carer_move_back_dialog_present:
 * @page: the page whose window the question belongs to, where the Undo toast goes
 *
 * Moves @carer back, on hold, or out.
 */
void
hearth_carer_move_back_dialog_present (HearthPage  *page,
                                       HearthCarer *carer)
{
  HearthCarerMoveBackDialog *self;

  g_return_if_fail (HEARTH_IS_PAGE (page));
  g_return_if_fail (HEARTH_IS_CARER (carer));

  self = hearth_carer_move_back_dialog_new (hearth_page_get_scheme (page), carer);
  g_signal_connect_object (self, "done", G_CALLBACK (done_cb), page, 0);
  hearth_recruitment_present_question (page, ADW_MESSAGE_DIALOG (self), NULL);
}
