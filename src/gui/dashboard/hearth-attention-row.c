/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-attention-row.c: one line of the Dashboard's Needs Attention list: overdue or due
 * soon as an icon, what and who, and what it is and when. A list view makes a few of these
 * and gives each the item it shows through #HearthAttentionRow:item. */

#define G_LOG_DOMAIN "hearth-attention-row"

#include "config.h"

#include "hearth-attention-row.h"
#include "hearth-gui-util.h"

struct _HearthAttentionRow
{
  GtkWidget            parent_instance;

  HearthAttentionItem *item;

  GtkImage            *state_icon;
  GtkLabel            *title;
  GtkLabel            *subtitle;
};

G_DEFINE_FINAL_TYPE (HearthAttentionRow, hearth_attention_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A screen reader speaks the row by what and who it is about; its subtitle says in words
 * what is due and when, so the icon, which says overdue or due soon, is passed over. */
static void
speak (HearthAttentionRow *self)
{
  if (self->item != NULL)
    hearth_list_row_set_spoken_name (GTK_WIDGET (self), hearth_attention_item_get_title (self->item));
}

static void
show_item (HearthAttentionRow *self)
{
  gboolean overdue;
  g_autofree char *subtitle = NULL;

  if (self->item == NULL)
    return;

  overdue = hearth_attention_item_get_overdue (self->item);
  subtitle = hearth_attention_item_dup_subtitle (self->item);
  gtk_image_set_from_icon_name (self->state_icon, overdue ? "dialog-warning-symbolic"
                                                          : "alarm-symbolic");
  gtk_widget_remove_css_class (GTK_WIDGET (self->state_icon), overdue ? "warning" : "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->state_icon), overdue ? "error" : "warning");
  gtk_label_set_label (self->title, hearth_attention_item_get_title (self->item));
  gtk_label_set_label (self->subtitle, subtitle);
  speak (self);
}

static void
parent_changed_cb (HearthAttentionRow *self)
{
  speak (self);
}

static void
hearth_attention_row_dispose (GObject *object)
{
  HearthAttentionRow *self = HEARTH_ATTENTION_ROW (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (hearth_attention_row_parent_class)->dispose (object);
}

static void
hearth_attention_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HearthAttentionRow *self = HEARTH_ATTENTION_ROW (object);

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
hearth_attention_row_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  HearthAttentionRow *self = HEARTH_ATTENTION_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      hearth_attention_row_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_attention_row_class_init (HearthAttentionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_attention_row_dispose;
  object_class->get_property = hearth_attention_row_get_property;
  object_class->set_property = hearth_attention_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, HEARTH_TYPE_ATTENTION_ITEM,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               HEARTH_RESOURCE_PATH "/ui/dashboard/hearth-attention-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthAttentionRow, state_icon);
  gtk_widget_class_bind_template_child (widget_class, HearthAttentionRow, title);
  gtk_widget_class_bind_template_child (widget_class, HearthAttentionRow, subtitle);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
hearth_attention_row_init (HearthAttentionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::parent", G_CALLBACK (parent_changed_cb), NULL);
}

HearthAttentionItem *
hearth_attention_row_get_item (HearthAttentionRow *self)
{
  g_return_val_if_fail (HEARTH_IS_ATTENTION_ROW (self), NULL);

  return self->item;
}

void
hearth_attention_row_set_item (HearthAttentionRow  *self,
                               HearthAttentionItem *item)
{
  g_return_if_fail (HEARTH_IS_ATTENTION_ROW (self));
  g_return_if_fail (item == NULL || HEARTH_IS_ATTENTION_ITEM (item));

  if (!g_set_object (&self->item, item))
    return;

  show_item (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}
