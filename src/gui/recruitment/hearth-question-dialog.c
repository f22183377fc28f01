/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-question-dialog.c: what every Recruitment question does the same way: it is shown
 * over its page's window, its default response hands the answer to the core, a refusal comes
 * back in the core's own words in a dialog of its own, and "done" says what was done. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include "hearth-gui-util.h"
#include "hearth-question-dialog.h"
#include "hearth-recruitment-dialogs.h"

typedef struct
{
  HearthScheme *scheme;
  HearthRecord *record; /* what the question is about, if it is about one record */
  HearthPage   *page;   /* weak: where the toast goes, once shown over it */
} HearthQuestionDialogPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (HearthQuestionDialog, hearth_question_dialog,
                            ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_SCHEME,
  PROP_RECORD,
  N_PROPS
};

enum {
  DONE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
hearth_question_dialog_real_done (HearthQuestionDialog *self,
                                  const char           *sentence)
{
  HearthPage *page = hearth_question_dialog_get_page (self);

  if (page != NULL && sentence != NULL)
    hearth_page_add_toast (page, adw_toast_new (sentence));
}

/* Nothing typed is lost on a refusal: the core changed nothing, so the question can simply be
 * asked again. */
static void
hearth_question_dialog_response (AdwMessageDialog *dialog,
                                 const char       *response)
{
  HearthQuestionDialog *self = HEARTH_QUESTION_DIALOG (dialog);
  g_autoptr(GError) error = NULL;
  g_autofree char *sentence = NULL;

  if (g_strcmp0 (response, adw_message_dialog_get_default_response (dialog)) != 0)
    return;
  if (!HEARTH_QUESTION_DIALOG_GET_CLASS (self)->answer (self, &sentence, &error))
    {
      hearth_recruitment_show_error (gtk_window_get_transient_for (GTK_WINDOW (self)), error);
      return;
    }
  g_signal_emit (self, signals[DONE], 0, sentence);
}

static void
hearth_question_dialog_dispose (GObject *object)
{
  HearthQuestionDialog *self = HEARTH_QUESTION_DIALOG (object);
  HearthQuestionDialogPrivate *priv = hearth_question_dialog_get_instance_private (self);

  g_clear_object (&priv->scheme);
  g_clear_object (&priv->record);
  g_clear_weak_pointer (&priv->page);

  G_OBJECT_CLASS (hearth_question_dialog_parent_class)->dispose (object);
}

static void
hearth_question_dialog_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  HearthQuestionDialog *self = HEARTH_QUESTION_DIALOG (object);
  HearthQuestionDialogPrivate *priv = hearth_question_dialog_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_SCHEME:
      priv->scheme = g_value_dup_object (value);
      break;
    case PROP_RECORD:
      priv->record = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_question_dialog_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  HearthQuestionDialog *self = HEARTH_QUESTION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SCHEME:
      g_value_set_object (value, hearth_question_dialog_get_scheme (self));
      break;
    case PROP_RECORD:
      g_value_set_object (value, hearth_question_dialog_get_record (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_question_dialog_class_init (HearthQuestionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = hearth_question_dialog_dispose;
  object_class->set_property = hearth_question_dialog_set_property;
  object_class->get_property = hearth_question_dialog_get_property;
  dialog_class->response = hearth_question_dialog_response;
  klass->done = hearth_question_dialog_real_done;

  properties[PROP_SCHEME] =
    g_param_spec_object ("scheme", NULL, NULL, HEARTH_TYPE_SCHEME,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL, HEARTH_TYPE_RECORD,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HearthQuestionDialog::done:
   * @sentence: (nullable): what was done, in a sentence for a toast
   *
   * The core took the answer; the question closes.
   */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                G_STRUCT_OFFSET (HearthQuestionDialogClass, done), NULL, NULL,
                                NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
hearth_question_dialog_init (HearthQuestionDialog *self)
{
}

HearthScheme *
hearth_question_dialog_get_scheme (HearthQuestionDialog *self)
{
  HearthQuestionDialogPrivate *priv = hearth_question_dialog_get_instance_private (self);

  g_return_val_if_fail (HEARTH_IS_QUESTION_DIALOG (self), NULL);

  return priv->scheme;
}

/**
 * hearth_question_dialog_get_record:
 *
 * Returns: (transfer none) (nullable): the record the question is about: a carer, a panel,
 *   a panel's decision
 */
HearthRecord *
hearth_question_dialog_get_record (HearthQuestionDialog *self)
{
  HearthQuestionDialogPrivate *priv = hearth_question_dialog_get_instance_private (self);

  g_return_val_if_fail (HEARTH_IS_QUESTION_DIALOG (self), NULL);

  return priv->record;
}

/**
 * hearth_question_dialog_get_page:
 *
 * Returns: (transfer none) (nullable): the page the question was shown over, while it lasts
 */
HearthPage *
hearth_question_dialog_get_page (HearthQuestionDialog *self)
{
  HearthQuestionDialogPrivate *priv = hearth_question_dialog_get_instance_private (self);

  g_return_val_if_fail (HEARTH_IS_QUESTION_DIALOG (self), NULL);

  return priv->page;
}

/**
 * hearth_question_dialog_present:
 * @page: the page whose window the question belongs to, where the answer's toast goes
 *
 * Shows the question over @page's window.
 */
void
hearth_question_dialog_present (HearthQuestionDialog *self,
                                HearthPage           *page)
{
  HearthQuestionDialogPrivate *priv = hearth_question_dialog_get_instance_private (self);
  GtkRoot *root;

  g_return_if_fail (HEARTH_IS_QUESTION_DIALOG (self));
  g_return_if_fail (HEARTH_IS_PAGE (page));

  root = gtk_widget_get_root (GTK_WIDGET (page));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  g_set_weak_pointer (&priv->page, page);
  hearth_present_dialog (ADW_MESSAGE_DIALOG (self));
}
