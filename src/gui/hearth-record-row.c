/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-record-row.c: a row of the People or Carers list: photo or initials, name, status
 * and town, and a badge for what needs attention. It shows its `item`; the photo comes from
 * the scheme's photo cache and the badge from the list's attention map, so showing a row
 * never queries the scheme. The list item it sits in is named as the whole row reads. */

#define G_LOG_DOMAIN "hearth-record-row"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-record-row.h"

struct _HearthRecordRow
{
  GtkBox              parent_instance;

  HearthRecord       *item;
  HearthPhotoCache   *photos;
  HearthAttentionMap *attention;
  char               *photo_key;   /* "kind:id" of the item, as the photo cache names it */
  char               *spoken;

  AdwAvatar          *avatar;
  GtkLabel           *title;
  GtkLabel           *subtitle;
  GtkImage           *badge;
};

G_DEFINE_FINAL_TYPE (HearthRecordRow, hearth_record_row, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_ITEM,
  PROP_PHOTO_CACHE,
  PROP_ATTENTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
display_name (HearthRecord *record)
{
  if (HEARTH_IS_PERSON (record))
    return hearth_person_dup_display_name (HEARTH_PERSON (record));

  return hearth_carer_dup_display_name (HEARTH_CARER (record));
}

/* "In trial · Millbrook", "Approved · archived" */
static char *
describe (HearthRecord *record)
{
  const char *area = hearth_record_get_string (record, "area");
  const char *state;

  if (HEARTH_IS_PERSON (record))
    state = hearth_values_label (HEARTH_VALUES_PERSON_STATUS,
                                 hearth_person_get_status (HEARTH_PERSON (record)));
  else
    state = hearth_values_label (HEARTH_VALUES_CARER_STAGE,
                                 hearth_carer_get_stage (HEARTH_CARER (record)));

  if (hearth_record_is_archived (record))
    return g_strdup_printf (_("%s · archived"), state);
  if (area == NULL)
    return g_strdup (state);
  /* Translators: a status or stage, then a town: "In trial · Millbrook" */
  return g_strdup_printf (_("%s · %s"), state, area);
}

/* GTK 4.8 has no label for a list item: the list item widget, which a screen reader walks
 * and which takes the focus, is named as the row reads. */
static void
update_spoken (HearthRecordRow *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  if (parent != NULL && self->spoken != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (parent), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    self->spoken, -1);
}

static void
update_texts (HearthRecordRow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *line = NULL;
  const char *alert = NULL;

  g_clear_pointer (&self->spoken, g_free);
  if (self->item == NULL)
    return;

  name = display_name (self->item);
  line = describe (self->item);
  if (self->attention != NULL)
    alert = hearth_attention_map_lookup (self->attention, hearth_record_get_id (self->item));

  adw_avatar_set_text (self->avatar, name);
  gtk_label_set_label (self->title, name);
  gtk_label_set_label (self->subtitle, line);
  gtk_widget_set_visible (GTK_WIDGET (self->badge), alert != NULL);
  /* Setting a tooltip, even the same one, costs more than the rest of a new row. */
  if (g_strcmp0 (gtk_widget_get_tooltip_text (GTK_WIDGET (self->badge)), alert) != 0)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->badge), alert);

  /* A screen reader hears the row as a person would read it. */
  self->spoken = alert != NULL ? g_strdup_printf ("%s, %s, %s", name, line, alert)
                               : g_strdup_printf ("%s, %s", name, line);
  update_spoken (self);
}

static void
update_photo (HearthRecordRow *self)
{
  GdkPaintable *photo = NULL;

  if (self->item != NULL && self->photos != NULL)
    photo = hearth_photo_cache_lookup (self->photos, self->item);
  adw_avatar_set_custom_image (self->avatar, photo);
}

static void
attention_changed_cb (HearthRecordRow *self,
                      gint64           id)
{
  if (self->item != NULL && hearth_record_get_id (self->item) == id)
    update_texts (self);
}

static void
photo_changed_cb (HearthRecordRow *self,
                  const char      *key)
{
  if (g_strcmp0 (key, self->photo_key) == 0)
    update_photo (self);
}

static void
hearth_record_row_dispose (GObject *object)
{
  HearthRecordRow *self = HEARTH_RECORD_ROW (object);

  g_clear_object (&self->item);
  g_clear_object (&self->photos);
  g_clear_object (&self->attention);
  g_clear_pointer (&self->photo_key, g_free);
  g_clear_pointer (&self->spoken, g_free);

  G_OBJECT_CLASS (hearth_record_row_parent_class)->dispose (object);
}

static void
hearth_record_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HearthRecordRow *self = HEARTH_RECORD_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    case PROP_PHOTO_CACHE:
      g_value_set_object (value, self->photos);
      break;
    case PROP_ATTENTION:
      g_value_set_object (value, self->attention);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_record_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HearthRecordRow *self = HEARTH_RECORD_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      hearth_record_row_set_item (self, g_value_get_object (value));
      break;
    case PROP_PHOTO_CACHE:
      if ((self->photos = g_value_dup_object (value)) != NULL)
        g_signal_connect_object (self->photos, "photo-changed", G_CALLBACK (photo_changed_cb),
                                 self, G_CONNECT_SWAPPED);
      break;
    case PROP_ATTENTION:
      if ((self->attention = g_value_dup_object (value)) != NULL)
        g_signal_connect_object (self->attention, "changed", G_CALLBACK (attention_changed_cb),
                                 self, G_CONNECT_SWAPPED);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_record_row_class_init (HearthRecordRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_record_row_dispose;
  object_class->get_property = hearth_record_row_get_property;
  object_class->set_property = hearth_record_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, HEARTH_TYPE_RECORD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PHOTO_CACHE] =
    g_param_spec_object ("photo-cache", NULL, NULL, HEARTH_TYPE_PHOTO_CACHE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ATTENTION] =
    g_param_spec_object ("attention", NULL, NULL, HEARTH_TYPE_ATTENTION_MAP,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hearthapp/Hearth/ui/hearth-record-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthRecordRow, avatar);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordRow, title);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordRow, subtitle);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordRow, badge);
}

static void
hearth_record_row_init (HearthRecordRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The list item it is put in is named once there is one. */
  g_signal_connect (self, "notify::parent", G_CALLBACK (update_spoken), NULL);
}

/**
 * hearth_record_row_new:
 * @photos: (nullable): where the row's photo comes from, or %NULL for initials only
 * @attention: (nullable): what the row's badge says, or %NULL for no badge
 *
 * Returns: (transfer floating): a row showing nothing until its item is set
 */
GtkWidget *
hearth_record_row_new (HearthPhotoCache   *photos,
                       HearthAttentionMap *attention)
{
  return g_object_new (HEARTH_TYPE_RECORD_ROW,
                       "photo-cache", photos,
                       "attention", attention,
                       NULL);
}

/**
 * hearth_record_row_get_item:
 *
 * Returns: (transfer none) (nullable): the person or carer the row shows
 */
HearthRecord *
hearth_record_row_get_item (HearthRecordRow *self)
{
  g_return_val_if_fail (HEARTH_IS_RECORD_ROW (self), NULL);

  return self->item;
}

void
hearth_record_row_set_item (HearthRecordRow *self,
                            HearthRecord    *item)
{
  g_return_if_fail (HEARTH_IS_RECORD_ROW (self));
  g_return_if_fail (item == NULL || HEARTH_IS_PERSON (item) || HEARTH_IS_CARER (item));

  if (!g_set_object (&self->item, item))
    return;

  g_clear_pointer (&self->photo_key, g_free);
  if (item != NULL)
    self->photo_key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, hearth_record_get_kind (item),
                                       hearth_record_get_id (item));
  update_texts (self);
  update_photo (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

/**
 * hearth_record_row_get_spoken:
 *
 * Returns: (nullable): what a screen reader says for the row
 */
const char *
hearth_record_row_get_spoken (HearthRecordRow *self)
{
  g_return_val_if_fail (HEARTH_IS_RECORD_ROW (self), NULL);

  return self->spoken;
}
