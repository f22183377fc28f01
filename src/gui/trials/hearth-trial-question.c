/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-trial-question.c: what every Trials question does the same way: it is shown over its
 * page's window, its answer goes to the core, a refusal is shown inside the window in the
 * core's own words (so everything typed stays where it was and can be corrected), and "done"
 * says what was done as the window closes. */

#define G_LOG_DOMAIN "hearth-trials"

#include "config.h"

#include "hearth-trial-dialogs.h"
#include "hearth-trial-question.h"

typedef struct
{
  HearthScheme *scheme;
  HearthTrial  *trial;
  HearthPage   *page;         /* weak: where the toast goes, once shown over it */

  GtkLabel     *error_label;
} HearthTrialQuestionPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (HearthTrialQuestion, hearth_trial_question, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_SCHEME,
  PROP_TRIAL,
  N_PROPS
};

enum {
  DONE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
answer_action (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  HearthTrialQuestion *self = HEARTH_TRIAL_QUESTION (widget);
  HearthTrialQuestionPrivate *priv = hearth_trial_question_get_instance_private (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *sentence = NULL;

  if (!HEARTH_TRIAL_QUESTION_GET_CLASS (self)->answer (self, &sentence, &error))
    {
      gtk_label_set_label (priv->error_label, error != NULL ? error->message : "");
      gtk_widget_set_visible (GTK_WIDGET (priv->error_label), TRUE);
      return;
    }

  g_object_ref (self);
  g_signal_emit (self, signals[DONE], 0, sentence);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
hearth_trial_question_real_done (HearthTrialQuestion *self,
                                 const char          *sentence)
{
  HearthTrialQuestionPrivate *priv = hearth_trial_question_get_instance_private (self);

  if (priv->page != NULL)
    hearth_trials_toast (priv->page, sentence);
}

/* The focus goes back to the card the question was about, as it would from a dialog. */
static void
question_destroyed_cb (HearthPage *page)
{
  gtk_widget_activate_action (GTK_WIDGET (page), "trials.focus-selected", NULL);
}

static void
hearth_trial_question_dispose (GObject *object)
{
  HearthTrialQuestion *self = HEARTH_TRIAL_QUESTION (object);
  HearthTrialQuestionPrivate *priv = hearth_trial_question_get_instance_private (self);

  g_clear_object (&priv->scheme);
  g_clear_object (&priv->trial);
  g_clear_weak_pointer (&priv->page);

  G_OBJECT_CLASS (hearth_trial_question_parent_class)->dispose (object);
}

static void
hearth_trial_question_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  HearthTrialQuestion *self = HEARTH_TRIAL_QUESTION (object);
  HearthTrialQuestionPrivate *priv = hearth_trial_question_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_SCHEME:
      priv->scheme = g_value_dup_object (value);
      break;
    case PROP_TRIAL:
      priv->trial = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_trial_question_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HearthTrialQuestion *self = HEARTH_TRIAL_QUESTION (object);

  switch (prop_id)
    {
    case PROP_SCHEME:
      g_value_set_object (value, hearth_trial_question_get_scheme (self));
      break;
    case PROP_TRIAL:
      g_value_set_object (value, hearth_trial_question_get_trial (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_trial_question_class_init (HearthTrialQuestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_trial_question_dispose;
  object_class->set_property = hearth_trial_question_set_property;
  object_class->get_property = hearth_trial_question_get_property;
  klass->done = hearth_trial_question_real_done;

  properties[PROP_SCHEME] =
    g_param_spec_object ("scheme", NULL, NULL, HEARTH_TYPE_SCHEME,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TRIAL] =
    g_param_spec_object ("trial", NULL, NULL, HEARTH_TYPE_TRIAL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HearthTrialQuestion::done:
   * @sentence: what was done, in a sentence for a toast
   *
   * The core took the answer, and the window closes.
   */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                G_STRUCT_OFFSET (HearthTrialQuestionClass, done), NULL, NULL,
                                NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "trial.answer", NULL, answer_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  /* Ctrl+Return answers from anywhere, a choice row too, where Enter opens its list. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "trial.answer", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "trial.answer", NULL);
}

static void
hearth_trial_question_init (HearthTrialQuestion *self)
{
}

/**
 * hearth_trial_question_class_set_template:
 * @resource: the question's template, with a label `error_label` for a refusal
 *
 * Sets a question's template, from its class_init.
 */
void
hearth_trial_question_class_set_template (GtkWidgetClass *widget_class,
                                          const char     *resource)
{
  g_return_if_fail (g_type_is_a (G_TYPE_FROM_CLASS (widget_class), HEARTH_TYPE_TRIAL_QUESTION));

  gtk_widget_class_set_template_from_resource (widget_class, resource);
  /* The label is the base's, wherever the question's template puts it. */
  gtk_widget_class_bind_template_child_full (widget_class, "error_label", FALSE,
                                             G_PRIVATE_OFFSET (HearthTrialQuestion,
                                                               error_label));
}

HearthScheme *
hearth_trial_question_get_scheme (HearthTrialQuestion *self)
{
  HearthTrialQuestionPrivate *priv = hearth_trial_question_get_instance_private (self);

  g_return_val_if_fail (HEARTH_IS_TRIAL_QUESTION (self), NULL);

  return priv->scheme;
}

/**
 * hearth_trial_question_get_trial:
 *
 * Returns: (transfer none): the trial the question is about, as the page shows it
 */
HearthTrial *
hearth_trial_question_get_trial (HearthTrialQuestion *self)
{
  HearthTrialQuestionPrivate *priv = hearth_trial_question_get_instance_private (self);

  g_return_val_if_fail (HEARTH_IS_TRIAL_QUESTION (self), NULL);

  return priv->trial;
}

/**
 * hearth_trial_question_present:
 * @page: the page whose window the question belongs to, where the toast goes
 *
 * Shows the question over @page's window; once it closes, the focus goes back to the card.
 */
void
hearth_trial_question_present (HearthTrialQuestion *self,
                               HearthPage          *page)
{
  HearthTrialQuestionPrivate *priv = hearth_trial_question_get_instance_private (self);
  GtkRoot *root;

  g_return_if_fail (HEARTH_IS_TRIAL_QUESTION (self));
  g_return_if_fail (HEARTH_IS_PAGE (page));

  root = gtk_widget_get_root (GTK_WIDGET (page));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
  g_set_weak_pointer (&priv->page, page);
  g_signal_connect_object (self, "destroy", G_CALLBACK (question_destroyed_cb), page,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (self));
}
