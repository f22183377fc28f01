/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-records-page.c: the People and Carers views. The list and the profile sit side by
 * side in a leaflet of their own; narrow, the profile slides over the list. */

#define G_LOG_DOMAIN "hearth-records-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-records-page.h"

struct _HearthRecordsPage
{
  HearthPage         parent_instance;

  GType              type;
  HearthListPane    *list;
  HearthProfilePane *profile;

  AdwLeaflet        *leaflet;
  GtkWidget         *list_box;
  GtkWidget         *profile_box;
  AdwWindowTitle    *list_title;
  AdwWindowTitle    *profile_title;
  GtkMenuButton     *record_menu_button;
};

G_DEFINE_FINAL_TYPE (HearthRecordsPage, hearth_records_page, HEARTH_TYPE_PAGE)

static void
update_titles (HearthRecordsPage *self)
{
  g_autofree char *count = hearth_list_pane_dup_count_text (self->list);
  const char *name = hearth_profile_pane_get_title (self->profile);

  adw_window_title_set_title (self->list_title,
                              self->type == HEARTH_TYPE_PERSON ? _("People") : _("Carers"));
  adw_window_title_set_subtitle (self->list_title, count);
  adw_window_title_set_title (self->profile_title, name != NULL ? name : "");
}

/* The record's own menu: its history of changes and, for a person, a subject access request. */
static void
update_record_menu (HearthRecordsPage *self,
                    HearthRecord      *record)
{
  g_autoptr(GMenu) menu = NULL;
  g_autoptr(GMenuItem) history = NULL;
  g_autofree char *reference = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->record_menu_button), record != NULL);
  if (record == NULL)
    return;

  reference = g_strdup_printf ("%s:%" G_GINT64_FORMAT, hearth_record_get_table (record),
                               hearth_record_get_id (record));
  menu = g_menu_new ();
  history = g_menu_item_new (_("Show _History"), NULL);
  g_menu_item_set_action_and_target_value (history, "win.show-history",
                                           g_variant_new_string (reference));
  g_menu_append_item (menu, history);
  if (HEARTH_IS_PERSON (record))
    {
      g_autoptr(GMenuItem) access = g_menu_item_new (_("_Subject Access Request…"), NULL);

      g_menu_item_set_action_and_target_value (access, "win.subject-access",
                                               g_variant_new_string (reference));
      g_menu_append_item (menu, access);
    }
  gtk_menu_button_set_menu_model (self->record_menu_button, G_MENU_MODEL (menu));
}

static void
open_profile (HearthRecordsPage *self,
              HearthRecord      *record)
{
  hearth_profile_pane_set_record (self->profile, record);
  update_record_menu (self, record);
  update_titles (self);
  if (record != NULL)
    adw_leaflet_set_visible_child (self->leaflet, self->profile_box);
}

static void
selected_changed_cb (HearthRecordsPage *self)
{
  open_profile (self, hearth_list_pane_get_selected (self->list));
}

static gboolean
hearth_records_page_show_record (HearthPage   *page,
                                 HearthRecord *record)
{
  HearthRecordsPage *self = HEARTH_RECORDS_PAGE (page);

  if (!G_TYPE_CHECK_INSTANCE_TYPE (record, self->type))
    return FALSE;

  open_profile (self, record);
  return TRUE;
}

static void
hearth_records_page_focus_search (HearthPage *page)
{
  HearthRecordsPage *self = HEARTH_RECORDS_PAGE (page);

  adw_leaflet_set_visible_child (self->leaflet, self->list_box);
  hearth_list_pane_focus_search (self->list);
}

static void
back_action (GtkWidget  *widget,
             const char *action,
             GVariant   *parameter)
{
  HearthRecordsPage *self = HEARTH_RECORDS_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_box);
}

static void
hearth_records_page_class_init (HearthRecordsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthPageClass *page_class = HEARTH_PAGE_CLASS (klass);

  page_class->show_record = hearth_records_page_show_record;
  page_class->focus_search = hearth_records_page_focus_search;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               HEARTH_RESOURCE_PATH "/ui/people/hearth-records-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthRecordsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordsPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordsPage, profile_box);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordsPage, list_title);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordsPage, profile_title);
  gtk_widget_class_bind_template_child (widget_class, HearthRecordsPage, record_menu_button);

  gtk_widget_class_install_action (widget_class, "records.back", NULL, back_action);
}

static void
hearth_records_page_init (HearthRecordsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Returns: (transfer floating): the page, or %NULL when its list cannot be loaded */
static HearthPage *
records_page_new (HearthScheme  *scheme,
                  GType          type,
                  GError       **error)
{
  HearthRecordsPage *self;
  HearthListPane *list;

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);

  list = hearth_list_pane_new (scheme, type, error);
  if (list == NULL)
    return NULL;

  self = g_object_new (HEARTH_TYPE_RECORDS_PAGE, "scheme", scheme, NULL);
  self->type = type;
  self->list = list;
  self->profile = hearth_profile_pane_new (scheme, type);
  gtk_widget_set_vexpand (GTK_WIDGET (self->list), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->profile), TRUE);
  gtk_box_append (GTK_BOX (self->list_box), GTK_WIDGET (self->list));
  gtk_box_append (GTK_BOX (self->profile_box), GTK_WIDGET (self->profile));

  g_signal_connect_object (list, "notify::selected", G_CALLBACK (selected_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (list, "notify::count-text", G_CALLBACK (update_titles), self,
                           G_CONNECT_SWAPPED);
  update_titles (self);

  return HEARTH_PAGE (self);
}

HearthPage *
hearth_records_page_new_people (HearthScheme  *scheme,
                                GError       **error)
{
  return records_page_new (scheme, HEARTH_TYPE_PERSON, error);
}

HearthPage *
hearth_records_page_new_carers (HearthScheme  *scheme,
                                GError       **error)
{
  return records_page_new (scheme, HEARTH_TYPE_CARER, error);
}

HearthListPane *
hearth_records_page_get_list (HearthRecordsPage *self)
{
  g_return_val_if_fail (HEARTH_IS_RECORDS_PAGE (self), NULL);

  return self->list;
}

HearthProfilePane *
hearth_records_page_get_profile (HearthRecordsPage *self)
{
  g_return_val_if_fail (HEARTH_IS_RECORDS_PAGE (self), NULL);

  return self->profile;
}
