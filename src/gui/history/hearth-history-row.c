/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-history-row.c: one change in the History view: what was changed, by whom and when;
 * opened (a click, Enter, or Space), the fields it changed, before and after, read from the
 * trail only then. A list view makes a few rows and hands each the entry it shows. */

#define G_LOG_DOMAIN "hearth-history-row"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-history-row.h"

struct _HearthHistoryRow
{
  GtkWidget           parent_instance;

  HearthHistoryEntry *item;
  HearthScheme       *scheme;
  gboolean            expanded;

  GtkLabel           *title;
  GtkLabel           *subtitle;
  GtkImage           *arrow;
  GtkRevealer        *revealer;
  GtkBox             *fields;
};

G_DEFINE_FINAL_TYPE (HearthHistoryRow, hearth_history_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  PROP_SCHEME,
  PROP_EXPANDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
format_when (const char *at)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (at, NULL);
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

  /* Translators: when a change was made, as in "22 November 2026, 14:36" */
  return local != NULL ? g_date_time_format (local, _("%-d %B %Y, %H:%M")) : g_strdup (at);
}

static gboolean
has_fields (const HearthHistoryItem *item)
{
  return item->fields != NULL && item->fields[0] != '\0';
}

/* "Status, Area": the changed columns in the form's words. A new record's would be every
 * column, so only a change names them. */
static char *
dup_field_labels (const HearthHistoryItem *item)
{
  g_auto(GStrv) columns = NULL;
  GString *fields = g_string_new (NULL);

  if (!g_str_equal (item->action, "update") || !has_fields (item))
    return g_string_free (fields, TRUE);

  columns = g_strsplit (item->fields, ", ", -1);
  for (guint i = 0; columns[i] != NULL; i++)
    {
      g_autofree char *label = hearth_history_field_label (item->kind, columns[i]);

      g_string_append_printf (fields, "%s%s", i > 0 ? ", " : "", label);
    }
  return g_string_free (fields, FALSE);
}

/* A date as a coordinator reads it; any other value as it was saved. */
static char *
dup_value (const char *value)
{
  if (value == NULL)
    return g_strdup (_("(empty)"));
  if (hearth_date_is_valid (value))
    return hearth_date_to_display (value);
  return g_strdup (value);
}

static GtkWidget *
field_new (HearthHistoryChange *change)
{
  const char *field = change->label;
  g_autofree char *before = dup_value (change->before);
  g_autofree char *after = dup_value (change->after);
  g_autofree char *text = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (field);
  GtkWidget *value;

  if (change->before != NULL)
    /* Translators: a field's value before and after a change */
    text = g_strdup_printf (_("%s → %s"), before, after);
  else
    text = g_strdup (after);

  value = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_xalign (GTK_LABEL (value), 0);
  gtk_label_set_wrap (GTK_LABEL (value), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (value), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (value), FALSE);
  gtk_widget_add_css_class (name, "caption");
  gtk_widget_add_css_class (name, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), value);
  return box;
}

static void
clear_fields (HearthHistoryRow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->fields))) != NULL)
    gtk_box_remove (self->fields, child);
}

/* A change's fields are read when its row is opened, and only then. */
static void
load_fields (HearthHistoryRow *self)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;

  clear_fields (self);
  if (self->item == NULL || self->scheme == NULL)
    return;

  changes = hearth_scheme_list_changes (self->scheme, hearth_history_entry_get_id (self->item),
                                        &error);
  if (changes == NULL)
    {
      gtk_box_append (self->fields, gtk_label_new (error->message));
      return;
    }
  for (guint i = 0; i < changes->len; i++)
    gtk_box_append (self->fields, field_new (g_ptr_array_index (changes, i)));
}

static void
speak (HearthHistoryRow *self)
{
  const HearthHistoryItem *item;
  g_autofree char *summary = NULL;
  g_autofree char *when = NULL;
  g_autofree char *fields = NULL;
  g_autofree char *spoken = NULL;
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  if (self->item == NULL)
    return;

  item = hearth_history_entry_get_item (self->item);
  summary = hearth_history_item_dup_summary (item);
  when = format_when (item->at);
  fields = dup_field_labels (item);
  spoken = fields != NULL
    /* Translators: a change as a screen reader speaks it: "Changed Person: Jo Bloggs, by Sam
     * Carter, 22 November 2026, 14:36; fields changed: Status, Area" */
    ? g_strdup_printf (_("%s, by %s, %s; fields changed: %s"), summary, item->who, when, fields)
    /* Translators: a change as a screen reader speaks it, when no fields are listed */
    : g_strdup_printf (_("%s, by %s, %s"), summary, item->who, when);
  hearth_list_row_set_spoken_name (GTK_WIDGET (self), spoken);
  if (parent != NULL)
    gtk_accessible_update_state (GTK_ACCESSIBLE (parent), GTK_ACCESSIBLE_STATE_EXPANDED,
                                 has_fields (item) ? self->expanded : GTK_ACCESSIBLE_VALUE_UNDEFINED,
                                 -1);
}

static void
show_item (HearthHistoryRow *self)
{
  const HearthHistoryItem *item = hearth_history_entry_get_item (self->item);
  g_autofree char *summary = hearth_history_item_dup_summary (item);
  g_autofree char *when = format_when (item->at);
  g_autofree char *fields = dup_field_labels (item);
  g_autofree char *subtitle = fields != NULL ? g_strdup_printf ("%s · %s · %s", item->who, when, fields)
                                             : g_strdup_printf ("%s · %s", item->who, when);

  gtk_label_set_label (self->title, summary);
  gtk_label_set_label (self->subtitle, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->arrow), has_fields (item));
}

static void
parent_changed_cb (HearthHistoryRow *self)
{
  speak (self);
}

static void
hearth_history_row_dispose (GObject *object)
{
  HearthHistoryRow *self = HEARTH_HISTORY_ROW (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->item);
  g_clear_object (&self->scheme);

  G_OBJECT_CLASS (hearth_history_row_parent_class)->dispose (object);
}

static void
hearth_history_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HearthHistoryRow *self = HEARTH_HISTORY_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    case PROP_SCHEME:
      g_value_set_object (value, self->scheme);
      break;
    case PROP_EXPANDED:
      g_value_set_boolean (value, self->expanded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_history_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HearthHistoryRow *self = HEARTH_HISTORY_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      hearth_history_row_set_item (self, g_value_get_object (value));
      break;
    case PROP_SCHEME:
      hearth_history_row_set_scheme (self, g_value_get_object (value));
      break;
    case PROP_EXPANDED:
      hearth_history_row_set_expanded (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_history_row_class_init (HearthHistoryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_history_row_dispose;
  object_class->get_property = hearth_history_row_get_property;
  object_class->set_property = hearth_history_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, HEARTH_TYPE_HISTORY_ENTRY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Where the fields of a change are read from when the row is opened. */
  properties[PROP_SCHEME] =
    g_param_spec_object ("scheme", NULL, NULL, HEARTH_TYPE_SCHEME,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXPANDED] =
    g_param_spec_boolean ("expanded", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               HEARTH_RESOURCE_PATH "/ui/history/hearth-history-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthHistoryRow, title);
  gtk_widget_class_bind_template_child (widget_class, HearthHistoryRow, subtitle);
  gtk_widget_class_bind_template_child (widget_class, HearthHistoryRow, arrow);
  gtk_widget_class_bind_template_child (widget_class, HearthHistoryRow, revealer);
  gtk_widget_class_bind_template_child (widget_class, HearthHistoryRow, fields);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
hearth_history_row_init (HearthHistoryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  g_signal_connect (self, "notify::parent", G_CALLBACK (parent_changed_cb), NULL);
}

HearthHistoryEntry *
hearth_history_row_get_item (HearthHistoryRow *self)
{
  g_return_val_if_fail (HEARTH_IS_HISTORY_ROW (self), NULL);

  return self->item;
}

/* A row given another change shows it closed. */
void
hearth_history_row_set_item (HearthHistoryRow   *self,
                             HearthHistoryEntry *item)
{
  g_return_if_fail (HEARTH_IS_HISTORY_ROW (self));
  g_return_if_fail (item == NULL || HEARTH_IS_HISTORY_ENTRY (item));

  if (self->item == item)
    return;

  if (self->item != NULL && item != NULL &&
      hearth_history_entry_get_id (self->item) != hearth_history_entry_get_id (item))
    hearth_history_row_set_expanded (self, FALSE);
  g_set_object (&self->item, item);
  if (item != NULL)
    {
      show_item (self);
      if (self->expanded)
        load_fields (self);
      speak (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

void
hearth_history_row_set_scheme (HearthHistoryRow *self,
                               HearthScheme     *scheme)
{
  g_return_if_fail (HEARTH_IS_HISTORY_ROW (self));

  if (g_set_object (&self->scheme, scheme))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHEME]);
}

gboolean
hearth_history_row_get_expanded (HearthHistoryRow *self)
{
  g_return_val_if_fail (HEARTH_IS_HISTORY_ROW (self), FALSE);

  return self->expanded;
}

/* Opens the row to show the fields the change set, or closes it. A new record lists none. */
void
hearth_history_row_set_expanded (HearthHistoryRow *self,
                                 gboolean          expanded)
{
  g_return_if_fail (HEARTH_IS_HISTORY_ROW (self));

  expanded = !!expanded && gtk_widget_get_visible (GTK_WIDGET (self->arrow));
  if (self->expanded == expanded)
    return;

  self->expanded = expanded;
  if (expanded)
    load_fields (self);
  else
    clear_fields (self);
  gtk_revealer_set_reveal_child (self->revealer, expanded);
  gtk_image_set_from_icon_name (self->arrow, expanded ? "pan-down-symbolic" : "pan-end-symbolic");
  speak (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPANDED]);
}
