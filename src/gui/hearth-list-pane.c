/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-list-pane.c: search as you type over a live list of records. The list is the
 * core's HearthRecordList, filtered (archived records, and the ids the full-text search
 * returns for what was typed) and sorted by name, shown in a GtkListView so a scheme of
 * twelve thousand people scrolls as quickly as one of sixty. */

#define G_LOG_DOMAIN "hearth-list-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-list-pane.h"

struct _HearthListPane
{
  GtkBox              parent_instance;

  HearthScheme       *scheme;
  GType               type;
  HearthRecordList   *records;
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;
  GtkCustomFilter    *filter;
  GHashTable         *matches;      /* ids found by the search, or NULL for all */
  char               *today;

  GtkSearchEntry     *search_entry;
  GtkCheckButton     *archived_check;
  GtkStack           *stack;
  GtkListView        *list_view;
  AdwStatusPage      *empty_page;
  GtkLabel           *count_label;
};

G_DEFINE_FINAL_TYPE (HearthListPane, hearth_list_pane, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_SELECTED,
  PROP_COUNT_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_people (HearthListPane *self)
{
  return self->type == HEARTH_TYPE_PERSON;
}

static char *
display_name (HearthRecord *record)
{
  if (HEARTH_IS_PERSON (record))
    return hearth_person_dup_display_name (HEARTH_PERSON (record));

  return hearth_carer_dup_display_name (HEARTH_CARER (record));
}

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

/* What needs a coordinator's attention, in a few words, or NULL. */
static const char *
attention (HearthListPane *self,
           HearthRecord   *record)
{
  if (HEARTH_IS_PERSON (record))
    return hearth_rules_risk_review_overdue (HEARTH_PERSON (record), self->today)
           ? _("Risk assessment review overdue") : NULL;

  if (g_strcmp0 (hearth_carer_get_stage (HEARTH_CARER (record)), "approved") == 0 &&
      g_strcmp0 (hearth_carer_get_next_approval_review (HEARTH_CARER (record)), self->today) < 0)
    return _("Approval review overdue");

  return NULL;
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HearthListPane           *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *avatar = adw_avatar_new (36, NULL, TRUE);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *badge = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (badge, "warning");
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_widget_set_valign (labels, GTK_ALIGN_CENTER);

  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), subtitle);
  gtk_box_append (GTK_BOX (box), avatar);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_box_append (GTK_BOX (box), badge);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             HearthListPane           *self)
{
  HearthRecord *record = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *avatar = gtk_widget_get_first_child (box);
  GtkWidget *labels = gtk_widget_get_next_sibling (avatar);
  GtkWidget *badge = gtk_widget_get_next_sibling (labels);
  GtkWidget *title = gtk_widget_get_first_child (labels);
  g_autofree char *name = display_name (record);
  g_autofree char *line = describe (record);
  g_autofree char *spoken = NULL;
  const char *alert = attention (self, record);

  adw_avatar_set_text (ADW_AVATAR (avatar), name);
  gtk_label_set_label (GTK_LABEL (title), name);
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_next_sibling (title)), line);
  gtk_widget_set_visible (badge, alert != NULL);
  gtk_widget_set_tooltip_text (badge, alert);

  /* A screen reader hears the row as a person would read it. */
  spoken = alert != NULL ? g_strdup_printf ("%s, %s, %s", name, line, alert)
                         : g_strdup_printf ("%s, %s", name, line);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (box)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
}

static gboolean
keep_record (gpointer item,
             gpointer user_data)
{
  HearthListPane *self = user_data;
  HearthRecord *record = item;
  gint64 id = hearth_record_get_id (record);

  if (hearth_record_is_archived (record) &&
      !gtk_check_button_get_active (self->archived_check))
    return FALSE;

  return self->matches == NULL || g_hash_table_contains (self->matches, &id);
}

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  g_autofree char *x = display_name ((HearthRecord *) a);
  g_autofree char *y = display_name ((HearthRecord *) b);
  g_autofree char *kx = g_utf8_collate_key (x, -1);
  g_autofree char *ky = g_utf8_collate_key (y, -1);

  return strcmp (kx, ky);
}

char *
hearth_list_pane_dup_count_text (HearthListPane *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));

  return is_people (self) ? g_strdup_printf (ngettext ("%u person", "%u people", n), n)
                          : g_strdup_printf (ngettext ("%u carer", "%u carers", n), n);
}

static void
update_state (HearthListPane *self)
{
  g_autofree char *count = hearth_list_pane_dup_count_text (self);
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0;
  gboolean searching = self->matches != NULL;

  gtk_label_set_label (self->count_label, count);
  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "list");

  if (searching)
    {
      adw_status_page_set_icon_name (self->empty_page, "system-search-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Results Found"));
      adw_status_page_set_description (self->empty_page,
                                       _("Try a name, an interest, a support need or a word "
                                         "from a pen portrait."));
    }
  else
    {
      adw_status_page_set_icon_name (self->empty_page, "system-users-symbolic");
      adw_status_page_set_title (self->empty_page, is_people (self) ? _("No People Yet")
                                                                     : _("No Carers Yet"));
      adw_status_page_set_description (self->empty_page,
                                       is_people (self)
                                       ? _("People referred to the scheme appear here.")
                                       : _("Carers appear here from their first enquiry."));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT_TEXT]);
}

static void
search_changed_cb (HearthListPane *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->matches, g_hash_table_unref);
  if (!hearth_record_text_is_blank (text))
    {
      ids = hearth_scheme_search (self->scheme, self->type, text, &error);
      self->matches = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      for (guint i = 0; ids != NULL && i < ids->len; i++)
        g_hash_table_add (self->matches, g_memdup2 (&g_array_index (ids, gint64, i), sizeof (gint64)));
    }

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_state (self);
}

/* Escape clears what was typed, showing everyone again. */
static void
search_stopped_cb (HearthListPane *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
archived_toggled_cb (HearthListPane *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_state (self);
}

static void
selection_changed_cb (HearthListPane *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
row_activated_cb (HearthListPane *self,
                  guint           position)
{
  gtk_single_selection_set_selected (self->selection, position);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static GtkWidget *
build_list (HearthListPane *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkSortListModel *sorted;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);

  self->filter = gtk_custom_filter_new (keep_record, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->records)),
                                              GTK_FILTER (g_object_ref (self->filter)));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filtered)),
                                    GTK_SORTER (gtk_custom_sorter_new (compare_names, NULL, NULL)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)),
                                                      factory));
  gtk_list_view_set_single_click_activate (self->list_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  is_people (self) ? _("People") : _("Carers"), -1);
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (row_activated_cb), self);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (selection_changed_cb), self);
  g_signal_connect_swapped (self->filtered, "items-changed", G_CALLBACK (update_state), self);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list_view));
  gtk_widget_set_vexpand (scrolled, TRUE);
  return scrolled;
}

static void
build (HearthListPane *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search_entry, "placeholder-text",
                is_people (self) ? _("Search people") : _("Search carers"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  is_people (self) ? _("Search people") : _("Search carers"), -1);
  self->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "dim-label");
  gtk_widget_set_hexpand (GTK_WIDGET (self->count_label), TRUE);
  gtk_label_set_xalign (self->count_label, 0);
  self->archived_check = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("Show _archived")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->archived_check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show archived"), -1);

  gtk_box_append (GTK_BOX (row), GTK_WIDGET (self->count_label));
  gtk_box_append (GTK_BOX (row), GTK_WIDGET (self->archived_check));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->search_entry));
  gtk_box_append (GTK_BOX (bar), row);
  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  gtk_widget_set_margin_top (bar, 6);
  gtk_widget_set_margin_bottom (bar, 6);

  self->stack = GTK_STACK (gtk_stack_new ());
  self->empty_page = ADW_STATUS_PAGE (adw_status_page_new ());
  gtk_stack_add_named (self->stack, build_list (self), "list");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->empty_page), "empty");
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);

  gtk_box_append (GTK_BOX (self), bar);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->stack));

  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->search_entry, "stop-search", G_CALLBACK (search_stopped_cb), self);
  g_signal_connect_swapped (self->archived_check, "toggled", G_CALLBACK (archived_toggled_cb), self);
  update_state (self);
}

static void
hearth_list_pane_dispose (GObject *object)
{
  HearthListPane *self = HEARTH_LIST_PANE (object);

  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->records);
  g_clear_object (&self->scheme);
  g_clear_pointer (&self->matches, g_hash_table_unref);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (hearth_list_pane_parent_class)->dispose (object);
}

static void
hearth_list_pane_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HearthListPane *self = HEARTH_LIST_PANE (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_object (value, hearth_list_pane_get_selected (self));
      break;
    case PROP_COUNT_TEXT:
      g_value_take_string (value, hearth_list_pane_dup_count_text (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_list_pane_class_init (HearthListPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hearth_list_pane_dispose;
  object_class->get_property = hearth_list_pane_get_property;

  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, HEARTH_TYPE_RECORD,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNT_TEXT] =
    g_param_spec_string ("count-text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_list_pane_init (HearthListPane *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  self->today = hearth_date_today ();
}

HearthListPane *
hearth_list_pane_new (HearthScheme  *scheme,
                      GType          type,
                      GError       **error)
{
  g_autoptr(HearthRecordList) records = hearth_record_list_new (scheme, type, error);
  HearthListPane *self;

  if (records == NULL)
    return NULL;

  self = g_object_new (HEARTH_TYPE_LIST_PANE, NULL);
  self->scheme = g_object_ref (scheme);
  self->type = type;
  self->records = g_steal_pointer (&records);
  build (self);
  return self;
}

/**
 * hearth_list_pane_get_selected:
 *
 * Returns: (transfer none) (nullable): the record chosen in the list
 */
HearthRecord *
hearth_list_pane_get_selected (HearthListPane *self)
{
  g_return_val_if_fail (HEARTH_IS_LIST_PANE (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

guint
hearth_list_pane_get_n_shown (HearthListPane *self)
{
  g_return_val_if_fail (HEARTH_IS_LIST_PANE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

GListModel *
hearth_list_pane_get_model (HearthListPane *self)
{
  g_return_val_if_fail (HEARTH_IS_LIST_PANE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

void
hearth_list_pane_set_search (HearthListPane *self,
                             const char     *text)
{
  g_return_if_fail (HEARTH_IS_LIST_PANE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  search_changed_cb (self);
}

void
hearth_list_pane_focus_search (HearthListPane *self)
{
  g_return_if_fail (HEARTH_IS_LIST_PANE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
