/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-panel-seat-row.c: a carer going to a panel. While the decision is pending it says
 * how ready the carer is and, once the panel has met, offers Approve, Defer and Not Approved;
 * afterwards it says what was decided and why. The buttons act on the row's seat. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-page.h"
#include "hearth-panel-decision-dialog.h"
#include "hearth-panel-seat-row.h"

struct _HearthPanelSeatRow
{
  AdwActionRow     parent_instance;

  HearthPanelSeat *item;
  gboolean         has_met;

  GtkWidget       *waiting_label;
  GtkWidget       *approve_button;
  GtkWidget       *defer_button;
  GtkWidget       *decline_button;
};

G_DEFINE_FINAL_TYPE (HearthPanelSeatRow, hearth_panel_seat_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_ITEM,
  PROP_HAS_MET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "Ready for panel · checklist complete", "Preparation training · missing: …" */
static char *
describe_readiness (HearthPanelSeat *seat)
{
  const char *stage = hearth_values_label (HEARTH_VALUES_CARER_STAGE,
                                           hearth_panel_seat_get_stage (seat));
  const char * const *missing = hearth_panel_seat_get_missing (seat);
  g_autofree char *list = NULL;

  if (missing == NULL || missing[0] == NULL)
    return g_strdup_printf (_("%s · checklist complete"), stage);
  list = g_strjoinv (", ", (char **) missing);
  return g_strdup_printf (_("%s · missing: %s"), stage, list);
}

static char *
describe_decision (HearthPanelDecision *decision)
{
  const char *reasons = hearth_panel_decision_get_reasons (decision);
  const char *outcome = hearth_values_label (HEARTH_VALUES_DECISION,
                                             hearth_panel_decision_get_decision (decision));

  if (reasons == NULL)
    return g_strdup (outcome);
  return g_strdup_printf ("%s · %s", outcome, reasons);
}

/* Each button says whom it decides on, and is named for its outcome and the carer. */
static void
name_button (GtkWidget  *button,
             const char *outcome,
             const char *who,
             gint64      carer_id)
{
  g_autofree char *name = g_strdup_printf ("%s-%" G_GINT64_FORMAT, outcome, carer_id);
  g_autofree char *spoken = g_strdup_printf ("%s: %s", who,
                                             hearth_values_label (HEARTH_VALUES_DECISION, outcome));

  gtk_widget_set_name (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken,
                                  -1);
}

static void
show_item (HearthPanelSeatRow *self)
{
  HearthPanelDecision *decision = hearth_panel_seat_get_decision (self->item);
  const char *who = hearth_panel_seat_get_carer_name (self->item);
  gint64 carer_id = hearth_panel_decision_get_carer_id (decision);
  gboolean pending = hearth_panel_seat_is_pending (self->item);
  gboolean known = hearth_panel_seat_get_stage (self->item) != NULL;
  g_autofree char *subtitle = pending && known ? describe_readiness (self->item)
                                               : describe_decision (decision);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), who);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  gtk_widget_set_visible (self->waiting_label, pending && !self->has_met);
  gtk_widget_set_visible (self->approve_button, pending && self->has_met);
  gtk_widget_set_visible (self->defer_button, pending && self->has_met);
  gtk_widget_set_visible (self->decline_button, pending && self->has_met);
  name_button (self->approve_button, "approved", who, carer_id);
  name_button (self->defer_button, "deferred", who, carer_id);
  name_button (self->decline_button, "not-approved", who, carer_id);
}

static void
decide_action (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  HearthPanelSeatRow *self = HEARTH_PANEL_SEAT_ROW (widget);
  GtkWidget *page = gtk_widget_get_ancestor (widget, HEARTH_TYPE_PAGE);
  g_autoptr(HearthPanelDecision) decision = NULL;

  if (self->item == NULL || page == NULL)
    return;

  decision = hearth_panel_seat_dup_decision (self->item);
  hearth_panel_decision_dialog_present (HEARTH_PAGE (page), decision,
                                        g_intern_string (g_variant_get_string (parameter, NULL)));
}

static void
hearth_panel_seat_row_dispose (GObject *object)
{
  HearthPanelSeatRow *self = HEARTH_PANEL_SEAT_ROW (object);

  g_clear_object (&self->item);

  G_OBJECT_CLASS (hearth_panel_seat_row_parent_class)->dispose (object);
}

static void
hearth_panel_seat_row_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HearthPanelSeatRow *self = HEARTH_PANEL_SEAT_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    case PROP_HAS_MET:
      g_value_set_boolean (value, self->has_met);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_panel_seat_row_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  HearthPanelSeatRow *self = HEARTH_PANEL_SEAT_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      self->item = g_value_dup_object (value);
      break;
    case PROP_HAS_MET:
      self->has_met = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_panel_seat_row_constructed (GObject *object)
{
  HearthPanelSeatRow *self = HEARTH_PANEL_SEAT_ROW (object);

  G_OBJECT_CLASS (hearth_panel_seat_row_parent_class)->constructed (object);

  g_assert (HEARTH_IS_PANEL_SEAT (self->item));
  show_item (self);
}

static void
hearth_panel_seat_row_class_init (HearthPanelSeatRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_panel_seat_row_dispose;
  object_class->get_property = hearth_panel_seat_row_get_property;
  object_class->set_property = hearth_panel_seat_row_set_property;
  object_class->constructed = hearth_panel_seat_row_constructed;

  /* A panel's seats are computed anew with each change: a row shows one seat for good. */
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, HEARTH_TYPE_PANEL_SEAT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_MET] =
    g_param_spec_boolean ("has-met", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, HEARTH_RESOURCE_PATH
                                               "/ui/recruitment/hearth-panel-seat-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthPanelSeatRow, waiting_label);
  gtk_widget_class_bind_template_child (widget_class, HearthPanelSeatRow, approve_button);
  gtk_widget_class_bind_template_child (widget_class, HearthPanelSeatRow, defer_button);
  gtk_widget_class_bind_template_child (widget_class, HearthPanelSeatRow, decline_button);

  gtk_widget_class_install_action (widget_class, "seat.decide", "s", decide_action);
}

static void
hearth_panel_seat_row_init (HearthPanelSeatRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hearth_panel_seat_row_new:
 * @has_met: whether the panel has met, so that its decision can be recorded
 *
 * Returns: (transfer floating): the row of @item
 */
GtkWidget *
hearth_panel_seat_row_new (HearthPanelSeat *item,
                           gboolean         has_met)
{
  g_return_val_if_fail (HEARTH_IS_PANEL_SEAT (item), NULL);

  return g_object_new (HEARTH_TYPE_PANEL_SEAT_ROW, "item", item, "has-met", has_met, NULL);
}

HearthPanelSeat *
hearth_panel_seat_row_get_item (HearthPanelSeatRow *self)
{
  g_return_val_if_fail (HEARTH_IS_PANEL_SEAT_ROW (self), NULL);

  return self->item;
}
