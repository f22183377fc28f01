/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-waiting-row.c: one person who needs a match, in the Matching view's list: their
 * avatar, name, status and town, shown through #HearthWaitingRow:item. */

#define G_LOG_DOMAIN "hearth-waiting-row"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-waiting-row.h"

struct _HearthWaitingRow
{
  GtkWidget     parent_instance;

  HearthPerson *item;

  AdwAvatar    *avatar;
  GtkLabel     *title;
  GtkLabel     *subtitle;
};

G_DEFINE_FINAL_TYPE (HearthWaitingRow, hearth_waiting_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "Ann Lee, Matching · Millbrook", as a screen reader speaks the row. */
static void
speak (HearthWaitingRow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *line = NULL;
  g_autofree char *spoken = NULL;

  if (self->item == NULL)
    return;

  name = hearth_person_dup_display_name (self->item);
  line = hearth_waiting_row_dup_line (self->item);
  spoken = g_strdup_printf ("%s, %s", name, line);
  hearth_list_row_set_spoken_name (GTK_WIDGET (self), spoken);
}

static void
show_item (HearthWaitingRow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *line = NULL;

  if (self->item == NULL)
    return;

  name = hearth_person_dup_display_name (self->item);
  line = hearth_waiting_row_dup_line (self->item);
  adw_avatar_set_text (self->avatar, name);
  gtk_label_set_label (self->title, name);
  gtk_label_set_label (self->subtitle, line);
  speak (self);
}

static void
parent_changed_cb (HearthWaitingRow *self)
{
  speak (self);
}

static void
hearth_waiting_row_dispose (GObject *object)
{
  HearthWaitingRow *self = HEARTH_WAITING_ROW (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (hearth_waiting_row_parent_class)->dispose (object);
}

static void
hearth_waiting_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HearthWaitingRow *self = HEARTH_WAITING_ROW (object);

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
hearth_waiting_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HearthWaitingRow *self = HEARTH_WAITING_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      hearth_waiting_row_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_waiting_row_class_init (HearthWaitingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_waiting_row_dispose;
  object_class->get_property = hearth_waiting_row_get_property;
  object_class->set_property = hearth_waiting_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, HEARTH_TYPE_PERSON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               HEARTH_RESOURCE_PATH "/ui/matching/hearth-waiting-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthWaitingRow, avatar);
  gtk_widget_class_bind_template_child (widget_class, HearthWaitingRow, title);
  gtk_widget_class_bind_template_child (widget_class, HearthWaitingRow, subtitle);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
hearth_waiting_row_init (HearthWaitingRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::parent", G_CALLBACK (parent_changed_cb), NULL);
}

HearthPerson *
hearth_waiting_row_get_item (HearthWaitingRow *self)
{
  g_return_val_if_fail (HEARTH_IS_WAITING_ROW (self), NULL);

  return self->item;
}

void
hearth_waiting_row_set_item (HearthWaitingRow *self,
                             HearthPerson     *item)
{
  g_return_if_fail (HEARTH_IS_WAITING_ROW (self));
  g_return_if_fail (item == NULL || HEARTH_IS_PERSON (item));

  if (!g_set_object (&self->item, item))
    return;

  show_item (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

/* "Matching · Millbrook", or the status alone when the town is not known. */
char *
hearth_waiting_row_dup_line (HearthPerson *person)
{
  const char *status;
  const char *area;

  g_return_val_if_fail (HEARTH_IS_PERSON (person), NULL);

  status = hearth_values_label (HEARTH_VALUES_PERSON_STATUS, hearth_person_get_status (person));
  area = hearth_person_get_area (person);
  if (hearth_record_text_is_blank (area))
    return g_strdup (status);
  /* Translators: a status, then a town: "Matching · Millbrook" */
  return g_strdup_printf (_("%s · %s"), status, area);
}
