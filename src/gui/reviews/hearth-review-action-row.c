/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-review-action-row.c: one action of a review in the Record Review form: what is to
 * be done, who does it, and by when, stacked so that it reads well in a narrow window. The
 * action it was filled from, if any, stays with the row. */

#define G_LOG_DOMAIN "hearth-review-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-review-action-row.h"

struct _HearthReviewActionRow
{
  GtkListBoxRow       parent_instance;

  HearthReviewAction *action;     /* (nullable) the stored action the row shows */
  gboolean            read_only;

  GtkWidget          *what;
  GtkWidget          *who;
  HearthDateRow      *due;
  GtkWidget          *line;
};

G_DEFINE_FINAL_TYPE (HearthReviewActionRow, hearth_review_action_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_ACTION,
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
entry_new (const char *placeholder,
           const char *text)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  placeholder, -1);
  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_widget_set_hexpand (entry, TRUE);
  return entry;
}

static void
remove_clicked_cb (HearthReviewActionRow *self)
{
  gtk_list_box_remove (GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (self))),
                       GTK_WIDGET (self));
}

/* The date has a row of its own, with its calendar, below who does it. */
static GtkWidget *
due_list_new (HearthReviewActionRow *self)
{
  GtkWidget *due_list = gtk_list_box_new ();

  self->due = HEARTH_DATE_ROW (hearth_date_row_new (_("Due by")));
  hearth_date_row_set_date (self->due,
                            self->action ? hearth_review_action_get_due_on (self->action) : NULL);
  gtk_editable_set_editable (GTK_EDITABLE (self->due), !self->read_only);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (due_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (due_list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (due_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Due by"), -1);
  gtk_list_box_append (GTK_LIST_BOX (due_list), GTK_WIDGET (self->due));
  return due_list;
}

static GtkWidget *
remove_button_new (HearthReviewActionRow *self)
{
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_tooltip_text (remove, _("Remove this action"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove this action"), -1);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_visible (remove, !self->read_only);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  return remove;
}

static void
hearth_review_action_row_constructed (GObject *object)
{
  HearthReviewActionRow *self = HEARTH_REVIEW_ACTION_ROW (object);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  G_OBJECT_CLASS (hearth_review_action_row_parent_class)->constructed (object);

  self->what = entry_new (_("What is to be done"),
                          self->action ? hearth_review_action_get_action (self->action) : NULL);
  self->who = entry_new (_("Who does it"),
                         self->action ? hearth_review_action_get_owner (self->action) : NULL);
  self->line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_editable_set_editable (GTK_EDITABLE (self->what), !self->read_only);
  gtk_editable_set_editable (GTK_EDITABLE (self->who), !self->read_only);
  gtk_box_append (GTK_BOX (self->line), self->who);
  gtk_box_append (GTK_BOX (self->line), remove_button_new (self));

  gtk_box_append (GTK_BOX (box), self->what);
  gtk_box_append (GTK_BOX (box), self->line);
  gtk_box_append (GTK_BOX (box), due_list_new (self));
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
}

static void
hearth_review_action_row_dispose (GObject *object)
{
  HearthReviewActionRow *self = HEARTH_REVIEW_ACTION_ROW (object);

  g_clear_object (&self->action);

  G_OBJECT_CLASS (hearth_review_action_row_parent_class)->dispose (object);
}

static void
hearth_review_action_row_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  HearthReviewActionRow *self = HEARTH_REVIEW_ACTION_ROW (object);

  switch (prop_id)
    {
    case PROP_ACTION:
      g_value_set_object (value, self->action);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_review_action_row_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  HearthReviewActionRow *self = HEARTH_REVIEW_ACTION_ROW (object);

  switch (prop_id)
    {
    case PROP_ACTION:
      self->action = g_value_dup_object (value);
      break;
    case PROP_READ_ONLY:
      self->read_only = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_review_action_row_class_init (HearthReviewActionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = hearth_review_action_row_constructed;
  object_class->dispose = hearth_review_action_row_dispose;
  object_class->get_property = hearth_review_action_row_get_property;
  object_class->set_property = hearth_review_action_row_set_property;

  properties[PROP_ACTION] =
    g_param_spec_object ("action", NULL, NULL, HEARTH_TYPE_REVIEW_ACTION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_review_action_row_init (HearthReviewActionRow *self)
{
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
}

/**
 * hearth_review_action_row_new:
 * @action: (nullable): the stored action to show, or %NULL for a new, empty one
 * @read_only: whether the review is held, and the row only shows it
 */
GtkWidget *
hearth_review_action_row_new (HearthReviewAction *action,
                              gboolean            read_only)
{
  g_return_val_if_fail (action == NULL || HEARTH_IS_REVIEW_ACTION (action), NULL);

  return g_object_new (HEARTH_TYPE_REVIEW_ACTION_ROW, "action", action, "read-only", read_only,
                       NULL);
}

/* Returns: (transfer none) (nullable): the stored action the row shows */
HearthReviewAction *
hearth_review_action_row_get_action (HearthReviewActionRow *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW_ACTION_ROW (self), NULL);

  return self->action;
}

/* Returns: (transfer none): the entry for what is to be done */
GtkWidget *
hearth_review_action_row_get_what (HearthReviewActionRow *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW_ACTION_ROW (self), NULL);

  return self->what;
}

/* Returns: (transfer none): the entry for who does it */
GtkWidget *
hearth_review_action_row_get_who (HearthReviewActionRow *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW_ACTION_ROW (self), NULL);

  return self->who;
}

/* Returns: (transfer none): the row for the date it is due by */
HearthDateRow *
hearth_review_action_row_get_due (HearthReviewActionRow *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW_ACTION_ROW (self), NULL);

  return self->due;
}

/* Puts @state, whether the action is done, after who does it. */
void
hearth_review_action_row_add_state (HearthReviewActionRow *self,
                                    GtkWidget             *state)
{
  g_return_if_fail (HEARTH_IS_REVIEW_ACTION_ROW (self));
  g_return_if_fail (GTK_IS_WIDGET (state));

  gtk_box_append (GTK_BOX (self->line), state);
}
