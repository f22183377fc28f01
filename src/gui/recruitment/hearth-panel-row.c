/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-panel-row.c: a panel in the Recruitment view's list of panels: its date and chair,
 * a button to add a carer, and a row for each carer going to it, bound to the panel's seats.
 * A list view gives each row its panel through #HearthPanelRow:item. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-add-to-panel-dialog.h"
#include "hearth-gui-util.h"
#include "hearth-page.h"
#include "hearth-panel-row.h"
#include "hearth-panel-seat-row.h"

struct _HearthPanelRow
{
  GtkWidget           parent_instance;

  HearthPanelSummary *item;

  GtkLabel           *title_label;
  GtkLabel           *chair_label;
  GtkWidget          *add_button;
  GtkListBox         *seats_list;
};

G_DEFINE_FINAL_TYPE (HearthPanelRow, hearth_panel_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
create_seat_row (gpointer item,
                 gpointer data)
{
  HearthPanelRow *self = data;

  return hearth_panel_seat_row_new (item, hearth_panel_summary_has_met (self->item));
}

static char *
dup_title (HearthPanelRow *self)
{
  HearthPanel *panel = hearth_panel_summary_get_panel (self->item);
  g_autofree char *when = hearth_date_to_display (hearth_panel_get_held_on (panel));

  return g_strdup_printf (_("Panel on %s"), when);
}

static void
speak (HearthPanelRow *self)
{
  g_autofree char *title = NULL;

  if (self->item == NULL)
    return;
  title = dup_title (self);
  hearth_list_row_set_spoken_name (GTK_WIDGET (self), title);
}

static void
show_item (HearthPanelRow *self)
{
  HearthPanel *panel;
  g_autofree char *title = NULL;
  g_autofree char *chair = NULL;
  g_autofree char *when = NULL;
  g_autofree char *add = NULL;

  if (self->item == NULL)
    {
      gtk_list_box_bind_model (self->seats_list, NULL, NULL, NULL, NULL);
      return;
    }

  panel = hearth_panel_summary_get_panel (self->item);
  title = dup_title (self);
  when = hearth_date_to_display (hearth_panel_get_held_on (panel));
  chair = hearth_panel_get_chair (panel) != NULL
          ? g_strdup_printf (_("Chaired by %s"), hearth_panel_get_chair (panel)) : NULL;
  add = g_strdup_printf (_("Add a carer to the panel on %s"), when);
  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->chair_label, chair != NULL ? chair : "");
  gtk_widget_set_visible (GTK_WIDGET (self->chair_label), chair != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, add, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->seats_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_list_box_bind_model (self->seats_list, hearth_panel_summary_get_seats (self->item),
                           create_seat_row, self, NULL);
  speak (self);
}

static void
add_carer_action (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  HearthPanelRow *self = HEARTH_PANEL_ROW (widget);
  GtkWidget *page = gtk_widget_get_ancestor (widget, HEARTH_TYPE_PAGE);
  HearthRecord *panel;
  g_autoptr(HearthRecord) copy = NULL;

  if (self->item == NULL || page == NULL)
    return;

  panel = HEARTH_RECORD (hearth_panel_summary_get_panel (self->item));
  copy = hearth_record_copy (panel);
  hearth_add_to_panel_dialog_present (HEARTH_PAGE (page), HEARTH_PANEL (copy));
}

static void
parent_changed_cb (HearthPanelRow *self)
{
  speak (self);
}

static void
hearth_panel_row_dispose (GObject *object)
{
  HearthPanelRow *self = HEARTH_PANEL_ROW (object);
  GtkWidget *child;

  if (self->seats_list != NULL)
    gtk_list_box_bind_model (self->seats_list, NULL, NULL, NULL, NULL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (hearth_panel_row_parent_class)->dispose (object);
}

static void
hearth_panel_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HearthPanelRow *self = HEARTH_PANEL_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_panel_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HearthPanelRow *self = HEARTH_PANEL_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      hearth_panel_row_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_panel_row_class_init (HearthPanelRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_panel_row_dispose;
  object_class->get_property = hearth_panel_row_get_property;
  object_class->set_property = hearth_panel_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, HEARTH_TYPE_PANEL_SUMMARY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, HEARTH_RESOURCE_PATH
                                               "/ui/recruitment/hearth-panel-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthPanelRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, HearthPanelRow, chair_label);
  gtk_widget_class_bind_template_child (widget_class, HearthPanelRow, add_button);
  gtk_widget_class_bind_template_child (widget_class, HearthPanelRow, seats_list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "panel.add-carer", NULL, add_carer_action);
}

static void
hearth_panel_row_init (HearthPanelRow *self)
{
  GtkWidget *nobody;

  gtk_widget_init_template (GTK_WIDGET (self));
  nobody = gtk_label_new (_("Nobody is going to this panel yet."));
  gtk_widget_add_css_class (nobody, "dim-label");
  gtk_widget_set_margin_top (nobody, 12);
  gtk_widget_set_margin_bottom (nobody, 12);
  gtk_list_box_set_placeholder (self->seats_list, nobody);
  g_signal_connect (self, "notify::parent", G_CALLBACK (parent_changed_cb), NULL);
}

HearthPanelSummary *
hearth_panel_row_get_item (HearthPanelRow *self)
{
  g_return_val_if_fail (HEARTH_IS_PANEL_ROW (self), NULL);

  return self->item;
}

void
hearth_panel_row_set_item (HearthPanelRow     *self,
                           HearthPanelSummary *item)
{
  g_return_if_fail (HEARTH_IS_PANEL_ROW (self));
  g_return_if_fail (item == NULL || HEARTH_IS_PANEL_SUMMARY (item));

  if (!g_set_object (&self->item, item))
    return;

  show_item (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}
