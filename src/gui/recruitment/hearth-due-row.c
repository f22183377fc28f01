/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-due-row.c: one thing falling due for an approved carer (an approval review, a DBS
 * renewal, training that expires), whose and when; an approval review can be recorded from
 * it. A list view gives each row its due through #HearthDueRow:item. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-approval-review-dialog.h"
#include "hearth-due-row.h"
#include "hearth-gui-util.h"
#include "hearth-page.h"

struct _HearthDueRow
{
  GtkWidget       parent_instance;

  HearthCarerDue *item;

  GtkLabel       *title_label;
  GtkLabel       *subtitle_label;
  GtkWidget      *review_button;
};

G_DEFINE_FINAL_TYPE (HearthDueRow, hearth_due_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
dup_subtitle (HearthCarerDue *item)
{
  g_autofree char *when = hearth_date_to_display (hearth_carer_due_get_due_on (item));

  return g_strdup_printf ("%s · %s", hearth_carer_due_get_carer_name (item), when);
}

/* A screen reader hears what falls due, whose and when, as the row reads. */
static void
speak (HearthDueRow *self)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *spoken = NULL;

  if (self->item == NULL)
    return;
  subtitle = dup_subtitle (self->item);
  spoken = g_strdup_printf ("%s, %s", hearth_carer_due_get_what (self->item), subtitle);
  hearth_list_row_set_spoken_name (GTK_WIDGET (self), spoken);
}

static void
show_item (HearthDueRow *self)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *review = NULL;
  gboolean reviewable;

  if (self->item == NULL)
    return;

  subtitle = dup_subtitle (self->item);
  reviewable = g_strcmp0 (hearth_carer_due_get_kind (self->item), "approval-review") == 0;
  gtk_label_set_label (self->title_label, hearth_carer_due_get_what (self->item));
  gtk_label_set_label (self->subtitle_label, subtitle);
  gtk_widget_set_visible (self->review_button, reviewable);
  review = g_strdup_printf (_("Record a review of %s’s approval"),
                            hearth_carer_due_get_carer_name (self->item));
  gtk_widget_set_tooltip_text (self->review_button, review);
  hearth_set_spoken_name (self->review_button, review);
  speak (self);
}

/* The review is of the carer as saved now, read when asked for. */
static void
review_action (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  HearthDueRow *self = HEARTH_DUE_ROW (widget);
  GtkWidget *page = gtk_widget_get_ancestor (widget, HEARTH_TYPE_PAGE);
  g_autoptr(HearthRecord) carer = NULL;
  g_autoptr(GError) error = NULL;

  if (self->item == NULL || page == NULL)
    return;

  carer = hearth_scheme_load (hearth_page_get_scheme (HEARTH_PAGE (page)), HEARTH_TYPE_CARER,
                              hearth_carer_due_get_carer_id (self->item), &error);
  if (carer == NULL)
    {
      hearth_page_add_toast (HEARTH_PAGE (page), adw_toast_new (error->message));
      return;
    }
  hearth_approval_review_dialog_present (HEARTH_PAGE (page), HEARTH_CARER (carer));
}

static void
parent_changed_cb (HearthDueRow *self)
{
  speak (self);
}

static void
hearth_due_row_dispose (GObject *object)
{
  HearthDueRow *self = HEARTH_DUE_ROW (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (hearth_due_row_parent_class)->dispose (object);
}

static void
hearth_due_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HearthDueRow *self = HEARTH_DUE_ROW (object);

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
hearth_due_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  HearthDueRow *self = HEARTH_DUE_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      hearth_due_row_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_due_row_class_init (HearthDueRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_due_row_dispose;
  object_class->get_property = hearth_due_row_get_property;
  object_class->set_property = hearth_due_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, HEARTH_TYPE_CARER_DUE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, HEARTH_RESOURCE_PATH
                                               "/ui/recruitment/hearth-due-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthDueRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, HearthDueRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, HearthDueRow, review_button);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);

  gtk_widget_class_install_action (widget_class, "due.review", NULL, review_action);
}

static void
hearth_due_row_init (HearthDueRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::parent", G_CALLBACK (parent_changed_cb), NULL);
}

HearthCarerDue *
hearth_due_row_get_item (HearthDueRow *self)
{
  g_return_val_if_fail (HEARTH_IS_DUE_ROW (self), NULL);

  return self->item;
}

void
hearth_due_row_set_item (HearthDueRow   *self,
                         HearthCarerDue *item)
{
  g_return_if_fail (HEARTH_IS_DUE_ROW (self));
  g_return_if_fail (item == NULL || HEARTH_IS_CARER_DUE (item));

  if (!g_set_object (&self->item, item))
    return;

  show_item (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}
