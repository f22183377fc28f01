/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-history-page.c: the History view. Each change is a row that opens to show its
 * fields before and after; the details are read only when a row is opened, so that the
 * whole scheme's trail lists quickly. The newest changes come a page at a time, with a row
 * at the list's end for the next page. Nothing here can change the trail. */

#define G_LOG_DOMAIN "hearth-history-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-history-page.h"

struct _HearthHistoryPage
{
  HearthPage      parent_instance;

  char           *record_kind;
  gint64          record_id;
  guint           n_shown;
  guint           wanted;      /* how many rows to show: pages asked for, as filtered */
  guint           reload_source;

  AdwWindowTitle *title;
  GtkLabel       *chain_label;
  GtkWidget      *record_bar;
  GtkLabel       *record_label;
  GtkSearchEntry *search_entry;
  GtkDropDown    *kind_dropdown;
  GtkDropDown    *action_dropdown;
  GtkDropDown    *who_dropdown;
  GtkStack       *stack;
  GtkListBox     *list;
};

G_DEFINE_FINAL_TYPE (HearthHistoryPage, hearth_history_page, HEARTH_TYPE_PAGE)

/* The drop-downs' choices; NULL stands for "any". */
static const char * const kinds[] = { NULL, "person", "carer", "trial", "arrangement", "review",
                                      "pen-portrait", "stage-change", "scheme" };
static const char * const kind_labels[] = { N_("All records"), N_("People"), N_("Carers"),
                                            N_("Trials"), N_("Arrangements"), N_("Reviews"),
                                            N_("Pen portraits"), N_("Recruitment stages"),
                                            N_("Scheme settings") };
static const char * const actions[] = { NULL, "insert", "update", "archive", "restore", "stage",
                                        "erase" };
static const char * const action_labels[] = { N_("Any change"), N_("Added"), N_("Changed"),
                                              N_("Archived"), N_("Restored"), N_("Moved on"),
                                              N_("Erased") };

static char *
format_when (const char *at)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (at, NULL);
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

  /* Translators: when a change was made, as in "22 November 2026, 14:36" */
  return local != NULL ? g_date_time_format (local, _("%-d %B %Y, %H:%M")) : g_strdup (at);
}

static GtkWidget *
change_row_new (HearthHistoryChange *change)
{
  const char *field = change->label;
  g_autofree char *text = NULL;
  GtkWidget *row = adw_action_row_new ();

  if (change->before != NULL)
    /* Translators: a field's value before and after a change */
    text = g_strdup_printf (_("%s → %s"), change->before,
                            change->after != NULL ? change->after : _("(empty)"));
  else
    text = g_strdup (change->after != NULL ? change->after : _("(empty)"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), field);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 6);
  gtk_widget_add_css_class (row, "property");
  return row;
}

/* A change's fields are read when its row is first opened. */
static void
expanded_cb (AdwExpanderRow    *row,
             GParamSpec        *pspec,
             HearthHistoryPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "audit-id"));
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;

  if (!adw_expander_row_get_expanded (row) || g_object_get_data (G_OBJECT (row), "loaded"))
    return;

  g_object_set_data (G_OBJECT (row), "loaded", GINT_TO_POINTER (TRUE));
  changes = hearth_scheme_list_changes (hearth_page_get_scheme (HEARTH_PAGE (self)), id, &error);
  if (changes == NULL)
    {
      hearth_page_add_toast (HEARTH_PAGE (self), adw_toast_new (error->message));
      return;
    }

  for (guint i = 0; i < changes->len; i++)
    adw_expander_row_add_row (row, change_row_new (g_ptr_array_index (changes, i)));
}

static GtkWidget *
item_row_new (HearthHistoryPage *self,
              HearthHistoryItem *item)
{
  g_autofree char *summary = hearth_history_item_dup_summary (item);
  g_autofree char *when = format_when (item->at);
  g_autofree char *subtitle = NULL;
  g_autofree char *spoken = NULL;
  GtkWidget *row = adw_expander_row_new ();

  /* A change names its fields; a new record's fields would only be every column. */
  if (g_str_equal (item->action, "update") && item->fields != NULL)
    {
      g_auto(GStrv) columns = g_strsplit (item->fields, ", ", -1);
      g_autoptr(GString) fields = g_string_new (NULL);

      for (guint i = 0; columns[i] != NULL; i++)
        {
          g_autofree char *label = hearth_history_field_label (item->kind, columns[i]);

          g_string_append_printf (fields, "%s%s", i > 0 ? ", " : "", label);
        }
      subtitle = g_strdup_printf ("%s · %s · %s", item->who, when, fields->str);
      /* Translators: how a screen reader speaks a change: what, which fields, who and when,
       * as in "Changed Person: Ruth Whitcombe (Address), by Test Coordinator, 22 November
       * 2026, 14:36" */
      spoken = g_strdup_printf (_("%s (%s), by %s, %s"), summary, fields->str, item->who, when);
    }
  else
    {
      subtitle = g_strdup_printf ("%s · %s", item->who, when);
      /* Translators: how a screen reader speaks a change: what, who and when, as in
       * "Added Person: Ruth Whitcombe, by Test Coordinator, 22 November 2026, 14:36" */
      spoken = g_strdup_printf (_("%s, by %s, %s"), summary, item->who, when);
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), summary);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  hearth_name_inner_lists (row, summary);
  hearth_name_expander_row (row, spoken);
  hearth_name_composite_rows (row);
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row),
                                         item->fields != NULL && item->fields[0] != '\0');
  g_object_set_data (G_OBJECT (row), "audit-id", GSIZE_TO_POINTER (item->id));
  g_signal_connect_object (row, "notify::expanded", G_CALLBACK (expanded_cb), self, 0);
  return row;
}

static const char *
selected (GtkDropDown        *dropdown,
          const char * const *values)
{
  return values[gtk_drop_down_get_selected (dropdown)];
}

static const char *
selected_who (HearthHistoryPage *self)
{
  GtkStringObject *item = gtk_drop_down_get_selected_item (self->who_dropdown);

  return item != NULL && gtk_drop_down_get_selected (self->who_dropdown) > 0
    ? gtk_string_object_get_string (item) : NULL;
}

/* Lists the newest changes the filters let through, as many as wanted, rebuilding the list
 * or, from @from on, adding to it; returns the first row added. */
static GtkWidget *
load (HearthHistoryPage *self,
      guint              from)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  HearthHistoryFilter filter = {
    .kind = self->record_kind != NULL ? self->record_kind : selected (self->kind_dropdown, kinds),
    .record_id = self->record_id,
    .action = selected (self->action_dropdown, actions),
    .who = selected_who (self),
    .text = text[0] != '\0' ? text : NULL,
  };
  guint wanted = MAX (self->wanted, HEARTH_PAGE_ROWS);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child, *first = NULL;

  while ((child = gtk_widget_get_last_child (GTK_WIDGET (self->list))) != NULL &&
         (from == 0 || hearth_is_more_row (child)))
    gtk_list_box_remove (self->list, child);

  /* One more than wanted, to know whether there are more to show. */
  items = hearth_scheme_list_history (hearth_page_get_scheme (HEARTH_PAGE (self)), &filter,
                                      wanted + 1, &error);
  if (items == NULL)
    {
      hearth_page_add_toast (HEARTH_PAGE (self), adw_toast_new (error->message));
      return NULL;
    }

  self->n_shown = MIN (items->len, wanted);
  for (guint i = from; i < self->n_shown; i++)
    {
      GtkWidget *row = item_row_new (self, g_ptr_array_index (items, i));

      gtk_list_box_append (self->list, row);
      first = first != NULL ? first : row;
    }
  if (items->len > wanted)
    gtk_list_box_append (self->list, hearth_more_row_new (0, "history.show-more", NULL));

  gtk_stack_set_visible_child_name (self->stack, self->n_shown > 0 ? "list" : "empty");
  gtk_widget_set_visible (GTK_WIDGET (self->kind_dropdown), self->record_kind == NULL);
  gtk_widget_set_visible (self->record_bar, self->record_kind != NULL);
  return first;
}

static void
reload (HearthHistoryPage *self)
{
  load (self, 0);
}

/* Other filters list from the first page again. */
static void
filters_changed_cb (HearthHistoryPage *self)
{
  self->wanted = 0;
  reload (self);
}

static void
show_more_action (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  HearthHistoryPage *self = HEARTH_HISTORY_PAGE (widget);
  GtkWidget *first;

  self->wanted = self->n_shown + HEARTH_PAGE_ROWS;
  first = load (self, self->n_shown);
  /* The keyboard goes to the first new row, as the row that asked for it is gone. */
  if (first != NULL)
    gtk_widget_grab_focus (first);
}

static gboolean
reload_cb (gpointer data)
{
  HearthHistoryPage *self = data;

  self->reload_source = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* Changes arrive in bursts (a workflow writes several rows): reload once, when idle. */
static void
queue_reload (HearthHistoryPage *self)
{
  if (self->reload_source == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->reload_source = g_idle_add (reload_cb, self);
}

static void
load_who (HearthHistoryPage *self)
{
  g_auto(GStrv) who = hearth_scheme_list_history_who (hearth_page_get_scheme (HEARTH_PAGE (self)),
                                                      NULL);
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  gtk_string_list_append (model, _("Anyone"));
  for (guint i = 0; who != NULL && who[i] != NULL; i++)
    gtk_string_list_append (model, who[i]);
  gtk_drop_down_set_model (self->who_dropdown, G_LIST_MODEL (model));
}

static void
set_labels (GtkDropDown        *dropdown,
            const char * const *labels,
            guint               n_labels)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  for (guint i = 0; i < n_labels; i++)
    gtk_string_list_append (model, _(labels[i]));
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (model));
}

static void
mapped_cb (HearthHistoryPage *self)
{
  load_who (self);
  reload (self);
}

static void
show_everything_action (GtkWidget  *widget,
                        const char *action,
                        GVariant   *parameter)
{
  hearth_history_page_show_all (HEARTH_HISTORY_PAGE (widget));
}

static void
hearth_history_page_focus_search (HearthPage *page)
{
  gtk_widget_grab_focus (GTK_WIDGET (HEARTH_HISTORY_PAGE (page)->search_entry));
}

static void
hearth_history_page_dispose (GObject *object)
{
  HearthHistoryPage *self = HEARTH_HISTORY_PAGE (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_pointer (&self->record_kind, g_free);

  G_OBJECT_CLASS (hearth_history_page_parent_class)->dispose (object);
}

/* An audit trail changed outside Hearth is said plainly, above what it says. Hearth's own
 * changes keep the chain whole, so it is checked once: the first time History is shown, not
 * while the scheme opens, since it reads every entry. */
static void
show_chain (HearthHistoryPage *self)
{
  HearthScheme *scheme = hearth_page_get_scheme (HEARTH_PAGE (self));
  g_autofree char *text = NULL;
  gint64 broken_at = 0;

  g_signal_handlers_disconnect_by_func (self, show_chain, NULL);
  if (hearth_scheme_check_audit_chain (scheme, &broken_at, NULL) || broken_at == 0)
    return;

  text = g_strdup_printf (_("This history was changed outside Hearth, from entry %lld on: what "
                            "it says from there cannot be trusted. Open a backup from before "
                            "the change to see what really happened."),
                          (long long) broken_at);
  gtk_label_set_label (self->chain_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->chain_label), TRUE);
}

static void
hearth_history_page_constructed (GObject *object)
{
  HearthHistoryPage *self = HEARTH_HISTORY_PAGE (object);
  HearthScheme *scheme = hearth_page_get_scheme (HEARTH_PAGE (self));

  G_OBJECT_CLASS (hearth_history_page_parent_class)->constructed (object);

  g_signal_connect (self, "map", G_CALLBACK (show_chain), NULL);

  g_signal_connect_object (scheme, "record-added", G_CALLBACK (queue_reload), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (scheme, "record-changed", G_CALLBACK (queue_reload), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (scheme, "record-erased", G_CALLBACK (queue_reload), self, G_CONNECT_SWAPPED);
}

static void
hearth_history_page_class_init (HearthHistoryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthPageClass *page_class = HEARTH_PAGE_CLASS (klass);

  object_class->dispose = hearth_history_page_dispose;
  object_class->constructed = hearth_history_page_constructed;
  page_class->focus_search = hearth_history_page_focus_search;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               HEARTH_RESOURCE_PATH "/ui/history/hearth-history-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthHistoryPage, title);
  gtk_widget_class_bind_template_child (widget_class, HearthHistoryPage, chain_label);
  gtk_widget_class_bind_template_child (widget_class, HearthHistoryPage, record_bar);
  gtk_widget_class_bind_template_child (widget_class, HearthHistoryPage, record_label);
  gtk_widget_class_bind_template_child (widget_class, HearthHistoryPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthHistoryPage, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HearthHistoryPage, action_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HearthHistoryPage, who_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HearthHistoryPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthHistoryPage, list);

  gtk_widget_class_install_action (widget_class, "history.show-everything", NULL,
                                   show_everything_action);
  gtk_widget_class_install_action (widget_class, "history.show-more", NULL, show_more_action);
}

static void
hearth_history_page_init (HearthHistoryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  hearth_drop_down_set_name (self->kind_dropdown, _("Which records"));
  hearth_drop_down_set_name (self->action_dropdown, _("Which changes"));
  hearth_drop_down_set_name (self->who_dropdown, _("Changed by"));
  set_labels (self->kind_dropdown, kind_labels, G_N_ELEMENTS (kind_labels));
  set_labels (self->action_dropdown, action_labels, G_N_ELEMENTS (action_labels));
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (filters_changed_cb),
                            self);
  g_signal_connect_swapped (self->kind_dropdown, "notify::selected",
                            G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->action_dropdown, "notify::selected",
                            G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->who_dropdown, "notify::selected",
                            G_CALLBACK (filters_changed_cb), self);
  g_signal_connect (self, "map", G_CALLBACK (mapped_cb), NULL);
}

/**
 * hearth_history_page_new:
 *
 * Returns: (transfer floating): the History view of @scheme
 */
HearthPage *
hearth_history_page_new (HearthScheme  *scheme,
                         GError       **error)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);

  return g_object_new (HEARTH_TYPE_HISTORY_PAGE, "scheme", scheme, NULL);
}

/**
 * hearth_history_page_show_record:
 *
 * Narrows the view to one record and the records that belong to it.
 */
void
hearth_history_page_show_record (HearthHistoryPage *self,
                                 const char        *kind,
                                 gint64             id)
{
  HearthHistoryFilter filter = { .kind = kind, .record_id = id };
  g_autoptr(GPtrArray) first = NULL;
  g_autofree char *text = NULL;
  const char *name = NULL;

  g_return_if_fail (HEARTH_IS_HISTORY_PAGE (self));
  g_return_if_fail (kind != NULL && id > 0);

  g_free (self->record_kind);
  self->record_kind = g_strdup (kind);
  self->record_id = id;

  /* The record's own name, from its first entry in the trail. */
  first = hearth_scheme_list_history (hearth_page_get_scheme (HEARTH_PAGE (self)), &filter, 1, NULL);
  if (first != NULL && first->len > 0)
    name = ((HearthHistoryItem *) g_ptr_array_index (first, 0))->title;
  text = name != NULL ? g_strdup_printf (_("The history of %s"), name)
                      : g_strdup_printf (_("The history of %s %" G_GINT64_FORMAT),
                                         hearth_history_kind_label (kind), id);
  gtk_label_set_label (self->record_label, text);
  adw_window_title_set_subtitle (self->title, name);
  self->wanted = 0;
  reload (self);
}

void
hearth_history_page_show_all (HearthHistoryPage *self)
{
  g_return_if_fail (HEARTH_IS_HISTORY_PAGE (self));

  g_clear_pointer (&self->record_kind, g_free);
  self->record_id = 0;
  adw_window_title_set_subtitle (self->title, NULL);
  self->wanted = 0;
  reload (self);
}

guint
hearth_history_page_get_n_shown (HearthHistoryPage *self)
{
  g_return_val_if_fail (HEARTH_IS_HISTORY_PAGE (self), 0);

  return self->n_shown;
}
