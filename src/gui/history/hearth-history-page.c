/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-history-page.c: the History view. The list is the trail's newest changes that pass
 * the filters (hearth_history_list_new(), read by a worker and kept up to date), more of
 * them as the coordinator scrolls down. Each change is a row that opens to show its fields
 * before and after, read only when it is opened. Nothing here can change the trail. */

#define G_LOG_DOMAIN "hearth-history-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-history-page.h"
#include "hearth-history-row.h"

struct _HearthHistoryPage
{
  HearthPage      parent_instance;

  char                *record_kind;
  gint64               record_id;
  HearthAggregateList *entries;     /* the newest changes that pass the filters */
  GtkSortListModel    *shown;       /* newest first */
  HearthRowPool       *pool;
  GPtrArray           *rows;        /* HearthHistoryRow, every one the pool made */
  GHashTable          *open_ids;    /* audit ids of the changes opened */
  GCancellable        *cancellable; /* the reads of who changed the scheme and of its chain */

  AdwWindowTitle *title;
  GtkLabel       *chain_label;
  GtkWidget      *record_bar;
  GtkLabel       *record_label;
  GtkSearchEntry *search_entry;
  GtkDropDown    *kind_dropdown;
  GtkDropDown    *action_dropdown;
  GtkDropDown    *who_dropdown;
  GtkStack       *stack;
  GtkListView    *list;
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

/* Lists what the filters let through: the worker computes it, and the list view follows. */
static void
filters_changed_cb (HearthHistoryPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  HearthHistoryFilter filter = {
    .kind = self->record_kind != NULL ? self->record_kind : selected (self->kind_dropdown, kinds),
    .record_id = self->record_id,
    .action = selected (self->action_dropdown, actions),
    .who = selected_who (self),
    .text = text[0] != '\0' ? text : NULL,
  };

  gtk_widget_set_visible (GTK_WIDGET (self->kind_dropdown), self->record_kind == NULL);
  gtk_widget_set_visible (self->record_bar, self->record_kind != NULL);
  hearth_history_list_set_filter (self->entries, &filter);
}

static void
update_list_state (HearthHistoryPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->shown));

  if (!hearth_aggregate_list_get_loaded (self->entries))
    gtk_stack_set_visible_child_name (self->stack, "loading");
  else
    gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

static void
loaded_cb (HearthHistoryPage *self)
{
  const GError *error = hearth_aggregate_list_get_error (self->entries);

  if (error != NULL)
    hearth_page_add_toast (HEARTH_PAGE (self), adw_toast_new (error->message));
  update_list_state (self);
}

/* Near the end of what is listed, older changes are asked for. */
static void
scrolled_cb (GtkAdjustment     *adjustment,
             HearthHistoryPage *self)
{
  double left = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_value (adjustment) -
                gtk_adjustment_get_page_size (adjustment);
  guint limit = hearth_history_list_get_limit (self->entries);

  if (left < 2 * gtk_adjustment_get_page_size (adjustment) &&
      hearth_history_list_has_more (self->entries) &&
      !hearth_aggregate_list_get_loading (self->entries) &&
      g_list_model_get_n_items (G_LIST_MODEL (self->entries)) >= limit)
    hearth_history_list_set_limit (self->entries, limit * 2);
}

static gboolean
is_open (HearthHistoryPage  *self,
         HearthHistoryEntry *entry)
{
  gint64 id = hearth_history_entry_get_id (entry);

  return g_hash_table_contains (self->open_ids, &id);
}

/* A row given another change opens if that change was left open. */
static void
row_item_changed_cb (HearthHistoryRow  *row,
                     GParamSpec        *pspec,
                     HearthHistoryPage *self)
{
  HearthHistoryEntry *entry = hearth_history_row_get_item (row);

  if (entry != NULL)
    hearth_history_row_set_expanded (row, is_open (self, entry));
}

static GtkWidget *
new_row (gpointer data)
{
  HearthHistoryPage *self = data;
  GtkWidget *row = g_object_new (HEARTH_TYPE_HISTORY_ROW,
                                 "scheme", hearth_page_get_scheme (HEARTH_PAGE (self)), NULL);

  g_signal_connect_object (row, "notify::item", G_CALLBACK (row_item_changed_cb), self, 0);
  g_ptr_array_add (self->rows, row);
  return row;
}

/* Rows come from the page's pool: a search or a filter replaces every change listed, and
 * the rows are given the new ones rather than built again. */
static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HearthHistoryPage        *self)
{
  GtkWidget *row = hearth_row_pool_take (self->pool);

  g_object_bind_property (item, "item", row, "item", G_BINDING_SYNC_CREATE);
  gtk_list_item_set_child (item, row);
}

/* A click, Enter or Space opens a change to show its fields, or closes it. */
static void
activated_cb (GtkListView       *list,
              guint              position,
              HearthHistoryPage *self)
{
  g_autoptr(HearthHistoryEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->shown), position);
  gint64 id;

  if (entry == NULL)
    return;

  id = hearth_history_entry_get_id (entry);
  if (!g_hash_table_remove (self->open_ids, &id))
    g_hash_table_add (self->open_ids, g_memdup2 (&id, sizeof id));
  for (guint i = 0; i < self->rows->len; i++)
    {
      HearthHistoryRow *row = g_ptr_array_index (self->rows, i);

      if (hearth_history_row_get_item (row) == entry)
        hearth_history_row_set_expanded (row, is_open (self, entry));
    }
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  return hearth_history_entry_compare ((HearthHistoryEntry *) a, (HearthHistoryEntry *) b);
}

static void
who_listed_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) who = hearth_scheme_list_history_who_finish (HEARTH_SCHEME (source), result,
                                                             &error);
  HearthHistoryPage *self = data;
  g_autofree char *chosen = NULL;
  g_autoptr(GtkStringList) model = NULL;
  guint position = 0;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (who == NULL)
    {
      g_warning ("Who changed the scheme could not be listed: %s", error->message);
      return;
    }

  /* Whoever was chosen stays chosen when the list is read again. */
  chosen = g_strdup (selected_who (self));
  model = gtk_string_list_new (NULL);
  gtk_string_list_append (model, _("Anyone"));
  for (guint i = 0; who[i] != NULL; i++)
    {
      gtk_string_list_append (model, who[i]);
      if (g_strcmp0 (who[i], chosen) == 0)
        position = i + 1;
    }
  gtk_drop_down_set_model (self->who_dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->who_dropdown, position);
}

/* Who changed the scheme, read off the window's thread: it reads the whole history. */
static void
load_who (HearthHistoryPage *self)
{
  hearth_scheme_list_history_who_async (hearth_page_get_scheme (HEARTH_PAGE (self)),
                                        self->cancellable, who_listed_cb, self);
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
  hearth_aggregate_list_start (self->entries);
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

  if (self->list != NULL)
    gtk_list_view_set_model (self->list, NULL);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->shown);
  g_clear_object (&self->entries);
  g_clear_pointer (&self->pool, hearth_row_pool_free);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->open_ids, g_hash_table_unref);
  g_clear_pointer (&self->record_kind, g_free);

  G_OBJECT_CLASS (hearth_history_page_parent_class)->dispose (object);
}

/* An audit trail changed outside Hearth is said plainly, above what it says. Hearth's own
 * changes keep the chain whole, so it is checked once: the first time History is shown, not
 * while the scheme opens, since it reads every entry. */
static void
chain_checked_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      data)
{
  HearthHistoryPage *self = data;
  g_autofree char *text = NULL;
  gint64 broken_at = 0;

  if (!hearth_scheme_check_audit_chain_finish (HEARTH_SCHEME (source), result, &broken_at,
                                               NULL) || broken_at == 0)
    return;

  text = g_strdup_printf (_("This history was changed outside Hearth, from entry %lld on: what "
                            "it says from there cannot be trusted. Open a backup from before "
                            "the change to see what really happened."),
                          (long long) broken_at);
  gtk_label_set_label (self->chain_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->chain_label), TRUE);
}

static void
show_chain (HearthHistoryPage *self)
{
  g_signal_handlers_disconnect_by_func (self, show_chain, NULL);
  hearth_scheme_check_audit_chain_async (hearth_page_get_scheme (HEARTH_PAGE (self)),
                                         self->cancellable, chain_checked_cb, self);
}

static void
hearth_history_page_constructed (GObject *object)
{
  HearthHistoryPage *self = HEARTH_HISTORY_PAGE (object);
  HearthScheme *scheme = hearth_page_get_scheme (HEARTH_PAGE (self));
  g_autoptr(GtkNoSelection) selection = NULL;

  G_OBJECT_CLASS (hearth_history_page_parent_class)->constructed (object);

  g_signal_connect (self, "map", G_CALLBACK (show_chain), NULL);

  self->entries = hearth_history_list_new (scheme);
  self->shown = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->entries)),
                                         GTK_SORTER (gtk_custom_sorter_new (compare_entries, NULL,
                                                                            NULL)));
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->shown)));
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (selection));
  g_signal_connect_object (self->shown, "items-changed", G_CALLBACK (update_list_state), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->entries, "notify::loaded", G_CALLBACK (loaded_cb), self,
                           G_CONNECT_SWAPPED);
  update_list_state (self);
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
}

static void
hearth_history_page_init (HearthHistoryPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *scroller;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->rows = g_ptr_array_new ();
  self->pool = hearth_row_pool_new (new_row, self);
  self->open_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  gtk_list_view_set_factory (self->list, factory);
  g_object_unref (factory);
  g_signal_connect (self->list, "activate", G_CALLBACK (activated_cb), self);
  scroller = gtk_widget_get_ancestor (GTK_WIDGET (self->list), GTK_TYPE_SCROLLED_WINDOW);
  g_signal_connect (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)),
                    "value-changed", G_CALLBACK (scrolled_cb), self);
  g_signal_connect (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)),
                    "changed", G_CALLBACK (scrolled_cb), self);

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
  filters_changed_cb (self);
}

void
hearth_history_page_show_all (HearthHistoryPage *self)
{
  g_return_if_fail (HEARTH_IS_HISTORY_PAGE (self));

  g_clear_pointer (&self->record_kind, g_free);
  self->record_id = 0;
  adw_window_title_set_subtitle (self->title, NULL);
  filters_changed_cb (self);
}

guint
hearth_history_page_get_n_shown (HearthHistoryPage *self)
{
  g_return_val_if_fail (HEARTH_IS_HISTORY_PAGE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->shown));
}
