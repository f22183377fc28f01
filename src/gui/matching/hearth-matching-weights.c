/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-matching-weights.c: one spin button per factor of the score, from 0 (ignored) to 10.
 * Each change is saved at once, as other preferences are; a refusal puts the old value back
 * and says why. */

#define G_LOG_DOMAIN "hearth-matching-weights"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-matching-weights.h"

struct _HearthMatchingWeights
{
  AdwWindow           parent_instance;

  HearthScheme       *scheme;
  HearthMatchWeights  saved;
  GtkSpinButton      *buttons[HEARTH_N_MATCH_FACTORS];
  AdwToastOverlay    *toasts;
  gboolean            loading;
};

G_DEFINE_FINAL_TYPE (HearthMatchingWeights, hearth_matching_weights, ADW_TYPE_WINDOW)

/* Why each factor adds points, in a coordinator's words. */
static const char * const explanations[HEARTH_N_MATCH_FACTORS] = {
  [HEARTH_MATCH_INTERESTS] = N_("Interests both have"),
  [HEARTH_MATCH_AREA] = N_("Same postcode district, postcode area or town"),
  [HEARTH_MATCH_CULTURE] = N_("Language, faith and culture, where the person asked"),
  [HEARTH_MATCH_ACCESS] = N_("Accommodation and accessibility"),
  [HEARTH_MATCH_EXPERIENCE] = N_("The carer’s experience of the person’s support needs"),
  [HEARTH_MATCH_HOUSEHOLD] = N_("Others supported, children and pets, against preferences"),
};

static void
value_changed_cb (GtkSpinButton         *button,
                  HearthMatchingWeights *self)
{
  guint factor = 0;
  gint64 weight = gtk_spin_button_get_value_as_int (button);
  g_autoptr(GError) error = NULL;

  /* The button's place among the factors' buttons is its factor. */
  while (factor < G_N_ELEMENTS (self->buttons) && self->buttons[factor] != button)
    factor++;
  g_assert (factor < G_N_ELEMENTS (self->buttons));

  if (self->loading || weight == self->saved.weight[factor])
    return;

  if (!hearth_scheme_set_match_weight (self->scheme, factor, weight, &error))
    {
      AdwMessageDialog *dialog;

      self->loading = TRUE;
      gtk_spin_button_set_value (button, (double) self->saved.weight[factor]);
      self->loading = FALSE;
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                           _("The Weight Could Not Be Saved"),
                                                           error->message));
      gtk_widget_set_name (GTK_WIDGET (dialog), "matching-error");
      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      hearth_present_dialog (dialog);
      return;
    }

  self->saved.weight[factor] = weight;
}

static GtkWidget *
factor_row_new (HearthMatchingWeights *self,
                HearthMatchFactor      factor)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_spin_button_new_with_range (0, 10, 1);
  const char *label = hearth_match_factor_label (factor);
  g_autofree char *spoken = g_strdup_printf (_("Points for %s"), label);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(explanations[factor]));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (button), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (button), (double) self->saved.weight[factor]);
  gtk_widget_set_name (button, hearth_match_factor_name (factor));
  g_signal_connect (button, "value-changed", G_CALLBACK (value_changed_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  hearth_set_spoken_name (button, spoken);
  self->buttons[factor] = GTK_SPIN_BUTTON (button);
  return row;
}

static void
build (HearthMatchingWeights *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Points for Each Factor"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("The most each factor can add to a carer’s score; 0 "
                                           "leaves it out. Everyone using this scheme shares "
                                           "these weights. The rules that rule a carer out are "
                                           "never weighed."));
  self->loading = TRUE;
  for (guint i = 0; i < HEARTH_N_MATCH_FACTORS; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), factor_row_new (self, i));
  self->loading = FALSE;
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  gtk_widget_set_vexpand (page, TRUE);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), page);
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, box);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->toasts));
}

static void
hearth_matching_weights_dispose (GObject *object)
{
  HearthMatchingWeights *self = HEARTH_MATCHING_WEIGHTS (object);

  g_clear_object (&self->scheme);

  G_OBJECT_CLASS (hearth_matching_weights_parent_class)->dispose (object);
}

static void
hearth_matching_weights_class_init (HearthMatchingWeightsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hearth_matching_weights_dispose;

  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0,
                                       "window.close", NULL);
}

static void
hearth_matching_weights_init (HearthMatchingWeights *self)
{
  gtk_window_set_title (GTK_WINDOW (self), _("Matching Weights"));
  gtk_window_set_default_size (GTK_WINDOW (self), 520, 560);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
}

/**
 * hearth_matching_weights_new:
 *
 * Returns: (transfer none): the window, owned by GTK until closed, or %NULL when the
 *   weights cannot be read
 */
HearthMatchingWeights *
hearth_matching_weights_new (GtkWindow     *parent,
                             HearthScheme  *scheme,
                             GError       **error)
{
  HearthMatchingWeights *self;

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);

  self = g_object_new (HEARTH_TYPE_MATCHING_WEIGHTS, "transient-for", parent, NULL);
  self->scheme = g_object_ref (scheme);
  if (!hearth_scheme_get_match_weights (scheme, &self->saved, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }

  build (self);
  return self;
}

GtkSpinButton *
hearth_matching_weights_get_button (HearthMatchingWeights *self,
                                    HearthMatchFactor      factor)
{
  g_return_val_if_fail (HEARTH_IS_MATCHING_WEIGHTS (self), NULL);
  g_return_val_if_fail (factor < HEARTH_N_MATCH_FACTORS, NULL);

  return self->buttons[factor];
}
