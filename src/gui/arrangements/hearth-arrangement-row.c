/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-arrangement-row.c: a row of the Arrangements list: who with whom, the type and
 * dates, the fee, an emergency placement's limit and the next review. It shows its `item`
 * as the view describes it, and names itself and its list item as one sentence. */

#define G_LOG_DOMAIN "hearth-arrangement-row"

#include "config.h"

#include "hearth-arrangement-row.h"

struct _HearthArrangementRow
{
  GtkBox                        parent_instance;

  HearthArrangement            *item;
  HearthArrangementDescribeFunc describe;
  gpointer                      describe_data;
  char                         *spoken;

  GtkLabel                     *title;
  GtkLabel                     *type;
  GtkLabel                     *terms;
  GtkWidget                    *flags;
  GtkLabel                     *emergency;
  GtkLabel                     *review;
};

G_DEFINE_FINAL_TYPE (HearthArrangementRow, hearth_arrangement_row, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
hearth_arrangement_text_clear (HearthArrangementText *text)
{
  g_clear_pointer (&text->title, g_free);
  g_clear_pointer (&text->line, g_free);
  g_clear_pointer (&text->terms, g_free);
  g_clear_pointer (&text->emergency, g_free);
  g_clear_pointer (&text->review, g_free);
  g_clear_pointer (&text->spoken, g_free);
  text->overdue = FALSE;
}

static void
set_part (GtkLabel   *label,
          const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);
}

/* GTK 4.8 has no label for a list item: the row widget that takes the focus gets it too. */
static void
update_spoken (HearthArrangementRow *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  if (self->spoken == NULL)
    return;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->spoken, -1);
  if (parent != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (parent), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    self->spoken, -1);
}

static void
hearth_arrangement_row_dispose (GObject *object)
{
  HearthArrangementRow *self = HEARTH_ARRANGEMENT_ROW (object);

  g_clear_object (&self->item);
  g_clear_pointer (&self->spoken, g_free);

  G_OBJECT_CLASS (hearth_arrangement_row_parent_class)->dispose (object);
}

static void
hearth_arrangement_row_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  HearthArrangementRow *self = HEARTH_ARRANGEMENT_ROW (object);

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
hearth_arrangement_row_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  HearthArrangementRow *self = HEARTH_ARRANGEMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      hearth_arrangement_row_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_arrangement_row_class_init (HearthArrangementRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_arrangement_row_dispose;
  object_class->get_property = hearth_arrangement_row_get_property;
  object_class->set_property = hearth_arrangement_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, HEARTH_TYPE_ARRANGEMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/ui/arrangements/"
                                               "hearth-arrangement-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementRow, title);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementRow, type);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementRow, terms);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementRow, flags);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementRow, emergency);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementRow, review);
}

static void
hearth_arrangement_row_init (HearthArrangementRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::parent", G_CALLBACK (update_spoken), NULL);
}

/**
 * hearth_arrangement_row_new:
 * @describe: words the row for an arrangement
 * @data: for @describe; it must outlive the row
 *
 * Returns: (transfer floating): a row showing nothing until its item is set
 */
GtkWidget *
hearth_arrangement_row_new (HearthArrangementDescribeFunc describe,
                            gpointer                      data)
{
  HearthArrangementRow *self;

  g_return_val_if_fail (describe != NULL, NULL);

  self = g_object_new (HEARTH_TYPE_ARRANGEMENT_ROW, NULL);
  self->describe = describe;
  self->describe_data = data;
  return GTK_WIDGET (self);
}

/**
 * hearth_arrangement_row_get_item:
 *
 * Returns: (transfer none) (nullable): the arrangement the row shows
 */
HearthArrangement *
hearth_arrangement_row_get_item (HearthArrangementRow *self)
{
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENT_ROW (self), NULL);

  return self->item;
}

void
hearth_arrangement_row_set_item (HearthArrangementRow *self,
                                 HearthArrangement    *item)
{
  g_return_if_fail (HEARTH_IS_ARRANGEMENT_ROW (self));
  g_return_if_fail (item == NULL || HEARTH_IS_ARRANGEMENT (item));

  if (!g_set_object (&self->item, item))
    return;

  hearth_arrangement_row_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

/**
 * hearth_arrangement_row_update:
 *
 * Words the row again, when what it says depends on more than its item (a name, a review).
 */
void
hearth_arrangement_row_update (HearthArrangementRow *self)
{
  g_auto(HearthArrangementText) text = { 0 };

  g_return_if_fail (HEARTH_IS_ARRANGEMENT_ROW (self));

  g_clear_pointer (&self->spoken, g_free);
  if (self->item == NULL || self->describe == NULL)
    return;

  self->describe (self->item, &text, self->describe_data);
  set_part (self->title, text.title);
  set_part (self->type, text.line);
  set_part (self->terms, text.terms);
  set_part (self->emergency, text.emergency);
  set_part (self->review, text.review);
  gtk_widget_add_css_class (GTK_WIDGET (self->review), text.overdue ? "error" : "dim-label");
  gtk_widget_remove_css_class (GTK_WIDGET (self->review), text.overdue ? "dim-label" : "error");
  gtk_widget_set_visible (self->flags, text.emergency != NULL || text.review != NULL);
  self->spoken = g_steal_pointer (&text.spoken);
  update_spoken (self);
}
