/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-review-row.c: one line of the Reviews view: the review's state as an icon, what it
 * is of, and when it is due or was held. A list view makes a few of these and gives each
 * the summary it shows through #HearthReviewRow:item. */

#define G_LOG_DOMAIN "hearth-review-row"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-review-row.h"

struct _HearthReviewRow
{
  GtkWidget            parent_instance;

  HearthReviewSummary *item;

  GtkImage            *state_icon;
  GtkLabel            *title;
  GtkLabel            *subtitle;
};

G_DEFINE_FINAL_TYPE (HearthReviewRow, hearth_review_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const state_icons[] = {
  [HEARTH_REVIEW_STATE_HELD] = "emblem-ok-symbolic",
  [HEARTH_REVIEW_STATE_OVERDUE] = "dialog-warning-symbolic",
  [HEARTH_REVIEW_STATE_DUE_SOON] = "alarm-symbolic",
  [HEARTH_REVIEW_STATE_UPCOMING] = "x-office-calendar-symbolic",
  [HEARTH_REVIEW_STATE_NOT_NEEDED] = "window-close-symbolic",
};

/* A screen reader names the row by what the review is of, as the form's heading does, and
 * describes it by when it is due or was held. The state is in those words, so the icon is
 * not read. */
static void
speak (HearthReviewRow *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));
  g_autofree char *subtitle = NULL;

  if (self->item == NULL)
    return;

  subtitle = hearth_review_row_dup_subtitle (self->item);
  hearth_list_row_set_spoken_name (GTK_WIDGET (self), hearth_review_summary_get_title (self->item));
  if (parent != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (parent), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    subtitle, -1);
}

static void
show_item (HearthReviewRow *self)
{
  HearthReviewState state;
  g_autofree char *subtitle = NULL;

  if (self->item == NULL)
    return;

  state = hearth_review_summary_get_state (self->item);
  subtitle = hearth_review_row_dup_subtitle (self->item);
  gtk_image_set_from_icon_name (self->state_icon, state_icons[state]);
  if (state == HEARTH_REVIEW_STATE_OVERDUE)
    gtk_widget_add_css_class (GTK_WIDGET (self->state_icon), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->state_icon), "error");
  gtk_label_set_label (self->title, hearth_review_summary_get_title (self->item));
  gtk_label_set_label (self->subtitle, subtitle);
  speak (self);
}

static void
parent_changed_cb (HearthReviewRow *self)
{
  speak (self);
}

static void
hearth_review_row_dispose (GObject *object)
{
  HearthReviewRow *self = HEARTH_REVIEW_ROW (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (hearth_review_row_parent_class)->dispose (object);
}

static void
hearth_review_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HearthReviewRow *self = HEARTH_REVIEW_ROW (object);

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
hearth_review_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HearthReviewRow *self = HEARTH_REVIEW_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      hearth_review_row_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_review_row_class_init (HearthReviewRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_review_row_dispose;
  object_class->get_property = hearth_review_row_get_property;
  object_class->set_property = hearth_review_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, HEARTH_TYPE_REVIEW_SUMMARY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               HEARTH_RESOURCE_PATH "/ui/reviews/hearth-review-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthReviewRow, state_icon);
  gtk_widget_class_bind_template_child (widget_class, HearthReviewRow, title);
  gtk_widget_class_bind_template_child (widget_class, HearthReviewRow, subtitle);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
hearth_review_row_init (HearthReviewRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::parent", G_CALLBACK (parent_changed_cb), NULL);
}

HearthReviewSummary *
hearth_review_row_get_item (HearthReviewRow *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW_ROW (self), NULL);

  return self->item;
}

void
hearth_review_row_set_item (HearthReviewRow     *self,
                            HearthReviewSummary *item)
{
  g_return_if_fail (HEARTH_IS_REVIEW_ROW (self));
  g_return_if_fail (item == NULL || HEARTH_IS_REVIEW_SUMMARY (item));

  if (!g_set_object (&self->item, item))
    return;

  show_item (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

/* "Overdue since 3 October 2026", "Held on 2 March 2026 by Sam Carter"... */
char *
hearth_review_row_dup_subtitle (HearthReviewSummary *item)
{
  HearthReview *r = hearth_review_summary_get_review (item);
  g_autofree char *due = hearth_date_to_display (hearth_review_get_due_on (r));
  g_autofree char *held = hearth_date_to_display (hearth_review_get_held_on (r));

  switch (hearth_review_summary_get_state (item))
    {
    case HEARTH_REVIEW_STATE_HELD:
      return g_strdup_printf (_("Held on %s by %s"), held, hearth_review_get_reviewer (r));
    case HEARTH_REVIEW_STATE_OVERDUE:
      return g_strdup_printf (_("Overdue since %s"), due);
    case HEARTH_REVIEW_STATE_NOT_NEEDED:
      return g_strdup_printf (_("Was due on %s; the arrangement ended"), due);
    case HEARTH_REVIEW_STATE_DUE_SOON:
    case HEARTH_REVIEW_STATE_UPCOMING:
    default:
      return g_strdup_printf (_("Due on %s"), due);
    }
}
