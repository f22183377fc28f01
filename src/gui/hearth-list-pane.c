/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-list-pane.c: search as you type over a live list of records. The list is the
 * core's HearthRecordList, filtered (archived records, and the ids the full-text search
 * returns for what was typed) and sorted by name, shown in a GtkListView of HearthRecordRows
 * so a scheme of twelve thousand people scrolls as quickly as one of sixty. */

#define G_LOG_DOMAIN "hearth-list-pane"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hearth-gui-util.h"
#include "hearth-list-pane.h"
#include "hearth-record-row.h"

struct _HearthListPane
{
  GtkBox              parent_instance;

  HearthScheme       *scheme;
  GType               type;
  HearthRecordList   *records;
  HearthRecordView   *view;
  GtkSingleSelection *selection;
  HearthPhotoCache   *photos;
  HearthAttentionMap *attention;
  HearthRowPool      *rows;

  GtkSearchEntry     *search_entry;
  GtkCheckButton     *archived_check;
  GtkMenuButton      *filter_button;
  GtkDropDown        *sort_choice;
  GtkDropDown        *filter_choices[HEARTH_N_RECORD_FILTERS];
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

static GtkWidget *
new_row (gpointer data)
{
  HearthListPane *self = data;

  return hearth_record_row_new (self->photos, self->attention);
}

/* The row comes from the pane's pool and follows the item: binding sets a property, and
 * what the row shows is already in memory. */
static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HearthListPane           *self)
{
  GtkWidget *row = hearth_row_pool_take (self->rows);

  gtk_list_item_set_child (item, row);
  g_object_bind_property (item, "item", row, "item", G_BINDING_SYNC_CREATE);
}

char *
hearth_list_pane_dup_count_text (HearthListPane *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->view));
  guint all = g_list_model_get_n_items (G_LIST_MODEL (self->records));

  if (hearth_record_view_count_filters (self->view) > 0 ||
      !hearth_record_text_is_blank (hearth_record_view_get_search (self->view)))
    /* Translators: while searching or filtering: "3 of 120 people" */
    return is_people (self) ? g_strdup_printf (ngettext ("%u of %u person", "%u of %u people", all),
                                               n, all)
                            : g_strdup_printf (ngettext ("%u of %u carer", "%u of %u carers", all),
                                               n, all);

  return is_people (self) ? g_strdup_printf (ngettext ("%u person", "%u people", n), n)
                          : g_strdup_printf (ngettext ("%u carer", "%u carers", n), n);
}

static void
update_state (HearthListPane *self)
{
  g_autofree char *count = hearth_list_pane_dup_count_text (self);
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->view)) == 0;
  gboolean filtering = hearth_record_view_count_filters (self->view) > 0;
  gboolean searching = filtering ||
                       !hearth_record_text_is_blank (hearth_record_view_get_search (self->view));

  gtk_label_set_label (self->count_label, count);
  if (filtering)
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "list");

  if (searching)
    {
      adw_status_page_set_icon_name (self->empty_page, "system-search-symbolic");
      adw_status_page_set_title (self->empty_page, _("No Results Found"));
      adw_status_page_set_description (self->empty_page,
                                       filtering
                                       ? _("Try fewer filters, or a name, an interest, a support "
                                           "need or a word from a pen portrait.")
                                       : _("Try a name, an interest, a support need or a word "
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
  g_autoptr(GError) error = NULL;

  if (!hearth_record_view_set_search (self->view, text, &error))
    g_warning ("Could not search: %s", error->message);
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
  hearth_record_view_set_show_archived (self->view,
                                        gtk_check_button_get_active (self->archived_check));
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

/* Enter in the search opens the first match, as a coordinator expects after typing a name. */
static void
search_activate_cb (HearthListPane *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->view)) == 0)
    return;

  row_activated_cb (self, 0);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);
}

/* Down from the search moves into the results, so they can be walked with the arrows. */
static gboolean
search_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       HearthListPane        *self)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) ||
      g_list_model_get_n_items (G_LIST_MODEL (self->view)) == 0)
    return GDK_EVENT_PROPAGATE;

  return gtk_widget_child_focus (GTK_WIDGET (self->list_view), GTK_DIR_TAB_FORWARD)
         ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;
}


/* The filters each list offers: which values, and how the choice is named. */
typedef struct
{
  HearthRecordFilter filter;
  int                set;       /* a HearthValueSet, or -1 for a yes/no choice */
  const char        *label;
  const char        *any;
} FilterChoice;

static const FilterChoice people_filters[] = {
  { HEARTH_RECORD_FILTER_STATUS, HEARTH_VALUES_PERSON_STATUS, N_("_Status"), N_("Any status") },
  { HEARTH_RECORD_FILTER_SUPPORT_NEED, HEARTH_VALUES_SUPPORT_NEED, N_("Support _need"),
    N_("Any support need") },
  { HEARTH_RECORD_FILTER_FUNDING_ROUTE, HEARTH_VALUES_FUNDING_ROUTE, N_("_Funding"),
    N_("Any funding") },
};

static const FilterChoice carer_filters[] = {
  { HEARTH_RECORD_FILTER_STATUS, HEARTH_VALUES_CARER_STAGE, N_("_Stage"), N_("Any stage") },
  { HEARTH_RECORD_FILTER_APPROVED_FOR, HEARTH_VALUES_ARRANGEMENT_TYPE, N_("_Approved for"),
    N_("Anything") },
  { HEARTH_RECORD_FILTER_VACANCY, -1, N_("_Places"), N_("Any") },
};

/* The stored value behind the item chosen in a filter's drop-down, or NULL for any. */
static const char *
choice_value (const FilterChoice *choice,
              guint               selected)
{
  guint n_values;
  const HearthValue *values;

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  if (choice->set < 0)
    return "yes";

  values = hearth_values_get (choice->set, &n_values);
  if (selected - 1 < n_values)
    return values[selected - 1].value;
  /* The one item after the arrangement types. */
  return "emergency";
}

static const FilterChoice *
filter_choices (HearthListPane *self,
                guint          *n_choices)
{
  *n_choices = is_people (self) ? G_N_ELEMENTS (people_filters) : G_N_ELEMENTS (carer_filters);
  return is_people (self) ? people_filters : carer_filters;
}

static void
filter_changed_cb (HearthListPane *self)
{
  guint n_choices;
  const FilterChoice *choices = filter_choices (self, &n_choices);

  for (guint i = 0; i < n_choices; i++)
    hearth_record_view_set_filter (self->view, choices[i].filter,
                                   choice_value (&choices[i],
                                                 gtk_drop_down_get_selected (self->filter_choices[choices[i].filter])));
  update_state (self);
}

static void
sort_changed_cb (HearthListPane *self)
{
  hearth_record_view_set_sort (self->view, gtk_drop_down_get_selected (self->sort_choice));
}

static void
clear_filters_cb (HearthListPane *self)
{
  guint n_choices;
  const FilterChoice *choices = filter_choices (self, &n_choices);

  for (guint i = 0; i < n_choices; i++)
    gtk_drop_down_set_selected (self->filter_choices[choices[i].filter], 0);
}

/* Takes @items. */
static GtkWidget *
labelled_drop_down (GtkGrid     *grid,
                    int          row,
                    const char  *label,
                    GtkStringList *items,
                    GtkDropDown **out)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);
  GtkWidget *drop_down = gtk_drop_down_new (G_LIST_MODEL (items), NULL);
  g_autofree char *spoken = NULL;
  char *p;

  /* The accessible name is the label without its mnemonic underscore. */
  spoken = g_strdup (label);
  if ((p = strchr (spoken, '_')) != NULL)
    memmove (p, p + 1, strlen (p));
  hearth_drop_down_set_name (GTK_DROP_DOWN (drop_down), spoken);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), drop_down);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (drop_down, TRUE);
  gtk_grid_attach (grid, title, 0, row, 1, 1);
  gtk_grid_attach (grid, drop_down, 1, row, 1, 1);
  *out = GTK_DROP_DOWN (drop_down);
  return drop_down;
}

static GtkWidget *
build_filters (HearthListPane *self)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *clear = hearth_button_new_with_mnemonic (_("_Clear Filters"));
  GtkStringList *sorts = gtk_string_list_new (NULL);
  guint n_choices;
  const FilterChoice *choices = filter_choices (self, &n_choices);
  int row = 0;

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_margin_top (grid, 6);
  gtk_widget_set_margin_bottom (grid, 6);
  gtk_widget_set_margin_start (grid, 6);
  gtk_widget_set_margin_end (grid, 6);

  /* The same order as HearthRecordSort. */
  gtk_string_list_append (sorts, _("Name"));
  gtk_string_list_append (sorts, is_people (self) ? _("Status") : _("Stage"));
  gtk_string_list_append (sorts, is_people (self) ? _("Newest referral") : _("Newest enquiry"));
  labelled_drop_down (GTK_GRID (grid), row++, _("S_ort by"), sorts, &self->sort_choice);
  g_signal_connect_swapped (self->sort_choice, "notify::selected", G_CALLBACK (sort_changed_cb), self);

  for (guint i = 0; i < n_choices; i++)
    {
      GtkStringList *items = gtk_string_list_new (NULL);
      GtkDropDown *drop_down;

      gtk_string_list_append (items, _(choices[i].any));
      if (choices[i].set < 0)
        gtk_string_list_append (items, _("A place free today"));
      else
        {
          guint n_values;
          const HearthValue *values = hearth_values_get (choices[i].set, &n_values);

          for (guint j = 0; j < n_values; j++)
            gtk_string_list_append (items, _(values[j].label));
          if (choices[i].filter == HEARTH_RECORD_FILTER_APPROVED_FOR)
            gtk_string_list_append (items, _("Emergencies"));
        }

      labelled_drop_down (GTK_GRID (grid), row++, _(choices[i].label), items, &drop_down);
      self->filter_choices[choices[i].filter] = drop_down;
      g_signal_connect_swapped (drop_down, "notify::selected", G_CALLBACK (filter_changed_cb), self);
    }

  g_signal_connect_swapped (clear, "clicked", G_CALLBACK (clear_filters_cb), self);
  gtk_widget_set_halign (clear, GTK_ALIGN_END);
  gtk_grid_attach (GTK_GRID (grid), clear, 0, row, 2, 1);
  gtk_popover_set_child (GTK_POPOVER (popover), grid);

  self->filter_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->filter_button, "view-sort-descending-symbolic");
  gtk_menu_button_set_popover (self->filter_button, popover);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->filter_button), _("Filter and Sort"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->filter_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Filter and Sort"), -1);
  return GTK_WIDGET (self->filter_button);
}

static GtkWidget *
build_list (HearthListPane *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);

  self->view = hearth_record_view_new (self->records);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->view)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)),
                                                      factory));
  /* A click chooses a row through the selection. Single-click activation would also choose
   * whichever row the pointer merely passes over, changing the profile under the reader. */
  gtk_list_view_set_single_click_activate (self->list_view, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  is_people (self) ? _("People") : _("Carers"), -1);
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (row_activated_cb), self);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (selection_changed_cb), self);
  g_signal_connect_swapped (self->view, "items-changed", G_CALLBACK (update_state), self);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list_view));
  gtk_widget_set_vexpand (scrolled, TRUE);
  return scrolled;
}

static void
build (HearthListPane *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *search_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

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
  gtk_widget_set_hexpand (GTK_WIDGET (self->search_entry), TRUE);
  gtk_box_append (GTK_BOX (search_row), GTK_WIDGET (self->search_entry));
  gtk_box_append (GTK_BOX (bar), search_row);
  gtk_box_append (GTK_BOX (bar), row);
  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  gtk_widget_set_margin_top (bar, 6);
  gtk_widget_set_margin_bottom (bar, 6);

  self->stack = GTK_STACK (gtk_stack_new ());
  self->empty_page = ADW_STATUS_PAGE (adw_status_page_new ());
  gtk_stack_add_named (self->stack, build_list (self), "list");
  gtk_box_append (GTK_BOX (search_row), build_filters (self));
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->empty_page), "empty");
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);

  gtk_box_append (GTK_BOX (self), bar);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->stack));

  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->search_entry, "stop-search", G_CALLBACK (search_stopped_cb), self);
  g_signal_connect_swapped (self->search_entry, "activate", G_CALLBACK (search_activate_cb), self);
  {
    GtkEventController *keys = gtk_event_controller_key_new ();

    g_signal_connect (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  }
  g_signal_connect_swapped (self->archived_check, "toggled", G_CALLBACK (archived_toggled_cb), self);
  update_state (self);
}

static void
hearth_list_pane_dispose (GObject *object)
{
  HearthListPane *self = HEARTH_LIST_PANE (object);

  g_clear_object (&self->selection);
  g_clear_pointer (&self->rows, hearth_row_pool_free);
  g_clear_object (&self->view);
  g_clear_object (&self->records);
  g_clear_object (&self->attention);
  g_clear_object (&self->photos);
  g_clear_object (&self->scheme);

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
}

HearthListPane *
hearth_list_pane_new (HearthScheme  *scheme,
                      GType          type,
                      GError       **error)
{
  g_autoptr(HearthRecordList) records = hearth_record_list_get_shared (scheme, type, error);
  HearthListPane *self;

  if (records == NULL)
    return NULL;

  self = g_object_new (HEARTH_TYPE_LIST_PANE, NULL);
  self->scheme = g_object_ref (scheme);
  self->type = type;
  self->records = g_steal_pointer (&records);
  self->photos = hearth_photo_cache_get_for_scheme (scheme);
  self->attention = hearth_attention_map_new (scheme, type);
  self->rows = hearth_row_pool_new (new_row, self);
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

  return g_list_model_get_n_items (G_LIST_MODEL (self->view));
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

/* Chooses the record with @id when the list shows it, and otherwise chooses nothing. */
void
hearth_list_pane_select_id (HearthListPane *self,
                            gint64          id)
{
  guint position = GTK_INVALID_LIST_POSITION;

  g_return_if_fail (HEARTH_IS_LIST_PANE (self));

  if (id == 0 || !hearth_record_view_find_position (self->view, id, &position))
    position = GTK_INVALID_LIST_POSITION;
  if (gtk_single_selection_get_selected (self->selection) == position)
    return;

  gtk_single_selection_set_selected (self->selection, position);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}
