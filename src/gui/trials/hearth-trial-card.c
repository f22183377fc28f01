/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-trial-card.c: one trial, as a card on the Trials board (both sides, the arrangement
 * type, days in the stage, a stalled flag, each side's choice, the next step) or as a row
 * of the closed trials (both sides and the outcome). Its buttons select the card, then ask
 * the Trials view to act on the selected trial, as its keyboard shortcuts do. */

#define G_LOG_DOMAIN "hearth-trials"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-trial-card.h"

struct _HearthTrialCard
{
  GtkWidget         parent_instance;

  HearthTrialBoard *board;
  HearthTrial      *item;
  gboolean          closed;

  GtkWidget        *box;
  GtkLabel         *pair_label;
  GtkLabel         *type_label;
  GtkLabel         *ready_label;
  GtkLabel         *days_label;
  GtkLabel         *stalled_label;
  GtkLabel         *period_label;
  GtkLabel         *choices_label;
  GtkLabel         *outcome_label;
  GtkWidget        *start_button;
  GtkWidget        *move_on_button;
  GtkWidget        *choice_button;
  GtkMenuButton    *actions_button;
  GMenuModel       *card_menu;
};

G_DEFINE_FINAL_TYPE (HearthTrialCard, hearth_trial_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_BOARD,
  PROP_CLOSED,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
choice_word (const char *decision)
{
  if (g_strcmp0 (decision, "yes") == 0)
    return _("yes");
  if (g_strcmp0 (decision, "no") == 0)
    return _("no");
  return _("waiting");
}

static char *
describe_choices (HearthTrial *trial)
{
  return g_strdup_printf (_("Person: %s · Carer: %s"),
                          choice_word (hearth_trial_get_person_decision (trial)),
                          choice_word (hearth_trial_get_carer_decision (trial)));
}

static char *
describe_period (HearthTrial *trial)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  if (hearth_trial_get_trial_start (trial) == NULL ||
      hearth_trial_get_trial_planned_end (trial) == NULL)
    return NULL;
  start = hearth_date_to_display (hearth_trial_get_trial_start (trial));
  end = hearth_date_to_display (hearth_trial_get_trial_planned_end (trial));
  return g_strdup_printf (_("Trial period: %s to %s"), start, end);
}

/* "Outcome on date: reason", as the closed list shows it. */
static char *
describe_closed (HearthTrialCard *self)
{
  HearthTrial *trial = self->item;
  const char *outcome = hearth_values_label (HEARTH_VALUES_TRIAL_OUTCOME,
                                             hearth_trial_get_outcome (trial));
  g_autofree char *on = hearth_date_to_display (hearth_trial_get_closed_on (trial));
  const char *reason = hearth_trial_get_closed_reason (trial);

  if (g_str_equal (hearth_trial_get_outcome (trial), "agreed"))
    reason = hearth_trial_board_is_ready (self->board, trial) ? _("Ready to start the arrangement")
                                                              : _("The arrangement has started");
  if (reason == NULL)
    return g_strdup_printf (_("%s on %s"), outcome, on);
  return g_strdup_printf (_("%s on %s: %s"), outcome, on, reason);
}

static void
set_text (GtkLabel   *label,
          const char *text)
{
  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && text[0] != '\0');
}

/* A button's name for a screen reader says which trial it acts on. */
static void
name_button (GtkWidget  *button,
             const char *spoken)
{
  gtk_widget_set_tooltip_text (button, spoken);
  hearth_set_spoken_name (button, spoken);
}

static void
show_board_card (HearthTrialCard *self,
                 const char      *pair,
                 const char      *today)
{
  HearthTrial *trial = self->item;
  gboolean ready = hearth_trial_board_is_ready (self->board, trial);
  gboolean last = g_strcmp0 (hearth_trial_get_stage (trial), "decision") == 0;
  int days = hearth_trial_days_in_stage (trial, today);
  g_autofree char *in_stage = NULL;
  g_autofree char *stalled = NULL;
  g_autofree char *period = describe_period (trial);
  g_autofree char *choices = describe_choices (trial);
  g_autofree char *spoken = NULL;

  in_stage = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day in this stage",
                                           "%d days in this stage", days), days);
  if (hearth_trial_board_is_stalled (self->board, trial, today))
    stalled = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Stalled: %d day without a move",
                                            "Stalled: %d days without a move", days), days);

  set_text (self->type_label, hearth_values_label (HEARTH_VALUES_ARRANGEMENT_TYPE,
                                                   hearth_trial_get_arrangement_type (trial)));
  gtk_widget_set_visible (GTK_WIDGET (self->ready_label), ready);
  set_text (self->days_label, ready ? NULL : in_stage);
  set_text (self->stalled_label, stalled);
  set_text (self->period_label, period);
  set_text (self->choices_label, choices);

  gtk_widget_set_visible (self->start_button, ready);
  gtk_widget_set_visible (self->move_on_button, !ready && !last);
  gtk_widget_set_visible (self->choice_button, !ready);
  if (last)
    gtk_widget_add_css_class (self->choice_button, "suggested-action");
  else
    gtk_widget_remove_css_class (self->choice_button, "suggested-action");
  name_button (self->start_button, (spoken = g_strdup_printf (_("Start the arrangement of %s"),
                                                              pair)));
  g_free (spoken);
  name_button (self->move_on_button, (spoken = g_strdup_printf (_("Move %s on"), pair)));
  g_free (spoken);
  name_button (self->choice_button, (spoken = g_strdup_printf (_("Record a choice for %s"), pair)));
}

static void
show_closed_row (HearthTrialCard *self)
{
  g_autofree char *outcome = describe_closed (self);

  set_text (self->outcome_label, outcome);
}

/**
 * hearth_trial_card_refresh:
 *
 * Shows the card's trial again: after a day passed, or an arrangement started from it.
 */
void
hearth_trial_card_refresh (HearthTrialCard *self)
{
  g_autofree char *pair = NULL;
  g_autofree char *more = NULL;
  g_autofree char *name = NULL;
  g_autofree char *today = hearth_date_today ();

  g_return_if_fail (HEARTH_IS_TRIAL_CARD (self));

  if (self->item == NULL)
    {
      gtk_widget_set_name (GTK_WIDGET (self), NULL);
      return;
    }

  pair = hearth_trial_board_dup_pair (self->board, self->item);
  name = g_strdup_printf ("%s%" G_GINT64_FORMAT, self->closed ? "closed-trial-" : "trial-",
                          hearth_record_get_id (HEARTH_RECORD (self->item)));
  gtk_widget_set_name (GTK_WIDGET (self), name);
  gtk_label_set_label (self->pair_label, pair);
  if (self->closed)
    show_closed_row (self);
  else
    show_board_card (self, pair, today);

  more = g_strdup_printf (_("More actions for %s"), pair);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->actions_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, more, -1);

  /* A screen reader hears the row that holds the card, as a person would read the card. */
  if (gtk_widget_get_parent (GTK_WIDGET (self)) != NULL)
    {
      g_autofree char *spoken = hearth_trial_card_dup_spoken (self);

      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (GTK_WIDGET (self))),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
    }
}

/* Select this card, then act as the view's action does on the selected trial. */
static void
act_action (GtkWidget  *widget,
            const char *action,
            GVariant   *parameter)
{
  gtk_widget_activate_action (widget, "listitem.select", "(bb)", FALSE, FALSE);
  gtk_widget_activate_action (widget, g_variant_get_string (parameter, NULL), NULL);
}

/* The menu's actions act on the selected trial: this one. */
static void
menu_shown_cb (HearthTrialCard *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "listitem.select", "(bb)", FALSE, FALSE);
}

/* The menu is built when first opened: a board shows hundreds of cards, and a menu's
 * popover is many widgets. */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       data)
{
  HearthTrialCard *self = HEARTH_TRIAL_CARD (data);

  gtk_menu_button_set_create_popup_func (button, NULL, NULL, NULL);
  gtk_menu_button_set_menu_model (button, self->card_menu);
  g_signal_connect_object (gtk_menu_button_get_popover (button), "show",
                           G_CALLBACK (menu_shown_cb), self, G_CONNECT_SWAPPED);
}

static void
started_changed_cb (HearthTrialCard *self)
{
  if (self->item != NULL && g_strcmp0 (hearth_trial_get_outcome (self->item), "agreed") == 0)
    hearth_trial_card_refresh (self);
}

static void
hearth_trial_card_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HearthTrialCard *self = HEARTH_TRIAL_CARD (object);

  switch (prop_id)
    {
    case PROP_BOARD:
      g_value_set_object (value, self->board);
      break;
    case PROP_CLOSED:
      g_value_set_boolean (value, self->closed);
      break;
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_trial_card_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HearthTrialCard *self = HEARTH_TRIAL_CARD (object);

  switch (prop_id)
    {
    case PROP_BOARD:
      self->board = g_value_dup_object (value);
      break;
    case PROP_CLOSED:
      self->closed = g_value_get_boolean (value);
      break;
    case PROP_ITEM:
      hearth_trial_card_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_trial_card_constructed (GObject *object)
{
  HearthTrialCard *self = HEARTH_TRIAL_CARD (object);
  gboolean board = !self->closed;

  G_OBJECT_CLASS (hearth_trial_card_parent_class)->constructed (object);

  g_assert (HEARTH_IS_TRIAL_BOARD (self->board));
  g_signal_connect_object (self->board, "started-changed", G_CALLBACK (started_changed_cb), self,
                           G_CONNECT_SWAPPED);
  if (board)
    gtk_widget_add_css_class (GTK_WIDGET (self->pair_label), "heading");
  gtk_widget_set_visible (GTK_WIDGET (self->outcome_label), !board);
  for (GtkWidget *part = gtk_widget_get_next_sibling (GTK_WIDGET (self->pair_label));
       part != GTK_WIDGET (self->outcome_label); part = gtk_widget_get_next_sibling (part))
    gtk_widget_set_visible (part, board);
  gtk_widget_set_visible (self->start_button, FALSE);
  gtk_widget_set_visible (self->move_on_button, board);
  gtk_widget_set_visible (self->choice_button, board);
}

static void
hearth_trial_card_dispose (GObject *object)
{
  HearthTrialCard *self = HEARTH_TRIAL_CARD (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_TRIAL_CARD);
  g_clear_object (&self->item);
  g_clear_object (&self->board);

  G_OBJECT_CLASS (hearth_trial_card_parent_class)->dispose (object);
}

static void
hearth_trial_card_class_init (HearthTrialCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = hearth_trial_card_get_property;
  object_class->set_property = hearth_trial_card_set_property;
  object_class->constructed = hearth_trial_card_constructed;
  object_class->dispose = hearth_trial_card_dispose;

  properties[PROP_BOARD] =
    g_param_spec_object ("board", NULL, NULL, HEARTH_TYPE_TRIAL_BOARD,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLOSED] =
    g_param_spec_boolean ("closed", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, HEARTH_TYPE_TRIAL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, HEARTH_RESOURCE_PATH
                                               "/ui/trials/hearth-trial-card.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthTrialCard, box);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialCard, pair_label);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialCard, type_label);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialCard, ready_label);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialCard, days_label);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialCard, stalled_label);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialCard, period_label);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialCard, choices_label);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialCard, outcome_label);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialCard, start_button);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialCard, move_on_button);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialCard, choice_button);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialCard, actions_button);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialCard, card_menu);

  gtk_widget_class_install_action (widget_class, "card.act", "s", act_action);
}

static void
hearth_trial_card_init (HearthTrialCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hearth_name_mnemonic_buttons (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->actions_button, create_menu_cb, self, NULL);
}

/**
 * hearth_trial_card_new:
 * @closed: %TRUE for a row of the closed list, %FALSE for a card on the board
 *
 * Returns: (transfer floating): a card that shows no trial until given one
 */
GtkWidget *
hearth_trial_card_new (HearthTrialBoard *board,
                       gboolean          closed)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL_BOARD (board), NULL);

  return g_object_new (HEARTH_TYPE_TRIAL_CARD, "board", board, "closed", closed, NULL);
}

/**
 * hearth_trial_card_get_item:
 *
 * Returns: (transfer none) (nullable): the trial the card shows
 */
HearthTrial *
hearth_trial_card_get_item (HearthTrialCard *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIAL_CARD (self), NULL);

  return self->item;
}

void
hearth_trial_card_set_item (HearthTrialCard *self,
                            HearthTrial     *item)
{
  g_return_if_fail (HEARTH_IS_TRIAL_CARD (self));
  g_return_if_fail (item == NULL || HEARTH_IS_TRIAL (item));

  if (!g_set_object (&self->item, item))
    return;

  hearth_trial_card_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

/**
 * hearth_trial_card_dup_spoken:
 *
 * Returns: (transfer full): what a screen reader says for the card: "Person ↔ Carer, stage,
 *   N days[, stalled]" on the board, "Person ↔ Carer, outcome" in the closed list
 */
char *
hearth_trial_card_dup_spoken (HearthTrialCard *self)
{
  g_autofree char *pair = NULL;
  g_autofree char *today = hearth_date_today ();
  g_autofree char *spoken = NULL;
  const char *stage;
  int days;

  g_return_val_if_fail (HEARTH_IS_TRIAL_CARD (self), NULL);

  if (self->item == NULL)
    return g_strdup ("");

  pair = hearth_trial_board_dup_pair (self->board, self->item);
  if (self->closed)
    {
      g_autofree char *outcome = describe_closed (self);

      return g_strdup_printf ("%s, %s", pair, outcome);
    }

  days = hearth_trial_days_in_stage (self->item, today);
  stage = hearth_trial_board_is_ready (self->board, self->item)
    ? _("agreed by both")
    : hearth_values_label (HEARTH_VALUES_TRIAL_STAGE, hearth_trial_get_stage (self->item));
  spoken = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %s, %d day", "%s, %s, %d days",
                                         days), pair, stage, days);
  if (!hearth_trial_board_is_stalled (self->board, self->item, today))
    return g_steal_pointer (&spoken);
  return g_strdup_printf (_("%s, stalled"), spoken);
}

/* Opens the card's menu of actions, as Enter on the card does. */
void
hearth_trial_card_popup_menu (HearthTrialCard *self)
{
  g_return_if_fail (HEARTH_IS_TRIAL_CARD (self));

  gtk_menu_button_popup (self->actions_button);
}
