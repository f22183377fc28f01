/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-gui-util.c: names for controls, as a screen reader should speak them.
 *
 * GTK 4.8 speaks a button made with gtk_button_new_with_mnemonic() as its raw label and its
 * text together ("_Save Save"), and a drop-down's inner button as its class name. These
 * helpers build the widgets so each is spoken once, plainly. HearthRowPool, at the end, keeps
 * a list view's rows for the next items it shows. */

#define G_LOG_DOMAIN "hearth-gui-util"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-gui-util.h"

/* A button whose mnemonic label is its own child, so its name is the label's text alone. */
GtkWidget *
hearth_button_new_with_mnemonic (const char *label)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *text = gtk_label_new_with_mnemonic (label);

  gtk_label_set_mnemonic_widget (GTK_LABEL (text), button);
  gtk_button_set_child (GTK_BUTTON (button), text);
  return button;
}

/* Names a drop-down and the button inside it that takes the keyboard focus. */
void
hearth_drop_down_set_name (GtkDropDown *drop_down,
                           const char  *name)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));

  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (drop_down)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
}

/* Names the list boxes a composite row keeps inside it (an AdwExpanderRow has two), which
 * GTK 4.8 would otherwise speak by their class name. */
void
hearth_name_inner_lists (GtkWidget  *widget,
                         const char *name)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        name, -1);
      hearth_name_inner_lists (child, name);
    }
}

/* Gives each button below @widget whose text has a mnemonic its text as its name, once. */
void
hearth_name_mnemonic_buttons (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  /* GTK 4.8 speaks the raw label ("_Archive") before the text; the text alone will do. */
  if (GTK_IS_BUTTON (widget) && gtk_button_get_use_underline (GTK_BUTTON (widget)) &&
      gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_label_get_use_underline (GTK_LABEL (child)) &&
          gtk_label_get_mnemonic_widget (GTK_LABEL (child)) == NULL)
        {
          GtkWidget *button = gtk_widget_get_ancestor (child, GTK_TYPE_BUTTON);

          if (button != NULL)
            gtk_label_set_mnemonic_widget (GTK_LABEL (child), button);
        }
      hearth_name_mnemonic_buttons (child);
    }
}

/**
 * hearth_set_spoken_name:
 * @widget: a control
 * @name: the sentence a screen reader should speak for it
 *
 * Names @widget with @name alone. GTK 4.8 speaks a control's label property followed by the
 * text of the labels it is labelled by (its mnemonic label, a row's title), so a control
 * named in a full sentence would say its visible label a second time ("Move Jo Bloggs on
 * Move On…"); the sentence already says what the label says.
 */
void
hearth_set_spoken_name (GtkWidget  *widget,
                        const char *name)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (name != NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

/* Names an AdwExpanderRow and the header row inside it: both take the keyboard focus, and
 * GTK 4.8 would leave the outer one without a name at all. */
void
hearth_name_expander_row (GtkWidget  *expander_row,
                          const char *name)
{
  g_return_if_fail (ADW_IS_EXPANDER_ROW (expander_row));

  hearth_set_spoken_name (expander_row, name);
  for (GtkWidget *child = gtk_widget_get_first_child (expander_row); child != NULL;
       child = gtk_widget_get_first_child (child))
    if (GTK_IS_LIST_BOX_ROW (child))
      {
        hearth_set_spoken_name (child, name);
        return;
      }
}

/**
 * hearth_decorative_image_new:
 * @icon_name: the icon
 *
 * An icon that only repeats what the text beside it says (a row's arrow, a view's symbol),
 * which a screen reader passes over.
 *
 * Returns: (transfer floating): a new #GtkImage
 */
GtkWidget *
hearth_decorative_image_new (const char *icon_name)
{
  return g_object_new (GTK_TYPE_IMAGE,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                       "icon-name", icon_name,
                       NULL);
}

/* Hides from a screen reader the icons a composite libadwaita widget makes for itself (an
 * entry row's pencil, a view switcher button's symbol beside its title): they say nothing
 * the text beside them does not, and GTK 4.8 would speak them as "GtkImage". */
void
hearth_hide_inner_images (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_IMAGE (child))
        gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                                     -1);
      hearth_hide_inner_images (child);
    }
}

/* Names every view switcher below @widget with @name, and hides its icons: each switcher
 * button says its page's title, which its icon only repeats, and GTK 4.8 would speak the
 * switcher itself by its class name. */
void
hearth_name_switchers (GtkWidget  *widget,
                       const char *name)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (ADW_IS_VIEW_SWITCHER (child))
      {
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        name, -1);
        hearth_hide_inner_images (child);
      }
    else
      hearth_name_switchers (child, name);
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

/* The first widget of @type strictly below @widget. */
static GtkWidget *
find_below (GtkWidget *widget,
            GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = hearth_widget_find (child, is_of_type, GSIZE_TO_POINTER (type));

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Names each choice of a combo row's list by its text: GTK 4.8 names no list item after what
 * it shows. The choices are made when the list is first laid out, and made again as it
 * scrolls, so they are named again each time the list is shown. */
static void
name_choices (GtkWidget *list_view)
{
  for (GtkWidget *item = gtk_widget_get_first_child (list_view); item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *label = find_below (item, GTK_TYPE_LABEL);

      hearth_hide_inner_images (item);
      if (label != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        gtk_label_get_text (GTK_LABEL (label)), -1);
    }
}

static void
choices_mapped_cb (GtkWidget *list_view)
{
  name_choices (list_view);
}

/* A choice shown again for another item (as the list scrolls, or the selection changes) is
 * named again. The same factory shows the chosen item in the row itself: that one is left,
 * as the row says it. */
static void
choice_bound_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item)
{
  GtkWidget *child = gtk_list_item_get_child (list_item);
  GtkWidget *item = child != NULL ? gtk_widget_get_parent (child) : NULL;
  GtkWidget *label;

  if (item == NULL || gtk_widget_get_ancestor (item, GTK_TYPE_LIST_VIEW) == NULL)
    return;

  hearth_hide_inner_images (item);
  label = hearth_widget_find (child, is_of_type, GSIZE_TO_POINTER (GTK_TYPE_LABEL));
  if (label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    gtk_label_get_text (GTK_LABEL (label)), -1);
}

static void
name_bound_choices (GtkListItemFactory *factory)
{
  /* Once for each factory: the handler itself says it is done. */
  if (!GTK_IS_SIGNAL_LIST_ITEM_FACTORY (factory) ||
      g_signal_handler_find (factory, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, choice_bound_cb, NULL) != 0)
    return;

  g_signal_connect_after (factory, "bind", G_CALLBACK (choice_bound_cb), NULL);
}

/* A title as it reads, without the underscore that marks its mnemonic. */
static char *
without_mnemonic (const char *text)
{
  GString *plain = g_string_new (NULL);

  for (const char *c = text; *c != '\0'; c++)
    {
      if (*c == '_' && *++c == '\0')
        break;
      g_string_append_c (plain, *c);
    }
  return g_string_free (plain, FALSE);
}

static void
name_combo_row (AdwComboRow *row)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
  GtkWidget *list_view = find_below (GTK_WIDGET (row), GTK_TYPE_LIST_VIEW);

  hearth_hide_inner_images (GTK_WIDGET (row));
  name_bound_choices (adw_combo_row_get_factory (row));
  name_bound_choices (adw_combo_row_get_list_factory (row));
  if (list_view == NULL)
    return;

  /* The list says what it chooses: the row's title. Once: the handler says it is done. */
  if (g_signal_handler_find (list_view, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, choices_mapped_cb,
                             NULL) == 0)
    {
      g_autofree char *plain = adw_preferences_row_get_use_underline (ADW_PREFERENCES_ROW (row))
                               ? without_mnemonic (title) : g_strdup (title);

      gtk_accessible_update_property (GTK_ACCESSIBLE (list_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      plain, -1);
      g_signal_connect (list_view, "map", G_CALLBACK (choices_mapped_cb), NULL);
    }
  name_choices (list_view);
}

/**
 * hearth_name_composite_rows:
 * @widget: where to start
 *
 * Makes the rows libadwaita builds out of several widgets, @widget and below, speak once and
 * plainly. An entry row's pencil, a combo row's arrow and an expander row's arrow only
 * repeat what the row already says, and GTK 4.8 would speak each as "GtkImage"; a combo
 * row's list and its choices would have no name at all. Call it again after adding rows.
 */
void
hearth_name_composite_rows (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (ADW_IS_ENTRY_ROW (widget))
    hearth_hide_inner_images (widget);
  else if (ADW_IS_COMBO_ROW (widget))
    name_combo_row (ADW_COMBO_ROW (widget));
  else if (ADW_IS_EXPANDER_ROW (widget))
    {
      GtkWidget *header = find_below (widget, GTK_TYPE_LIST_BOX_ROW);

      if (header != NULL)
        hearth_hide_inner_images (header);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    hearth_name_composite_rows (child);
}

/**
 * hearth_widget_find:
 * @widget: where to start
 * @match: what is looked for
 * @data: passed to @match
 *
 * Returns: (transfer none) (nullable): @widget, or the first widget below it in depth-first
 *   order, for which @match holds
 */
GtkWidget *
hearth_widget_find (GtkWidget         *widget,
                    HearthWidgetMatch  match,
                    gconstpointer      data)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  if (match (widget, data))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = hearth_widget_find (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A HearthWidgetMatch for the widget named @data (gtk_widget_set_name()). */
gboolean
hearth_widget_is_named (GtkWidget     *widget,
                        gconstpointer  data)
{
  return g_strcmp0 (gtk_widget_get_name (widget), data) == 0;
}

static gboolean
is_label (GtkWidget     *widget,
          gconstpointer  data)
{
  return GTK_IS_LABEL (widget);
}

/* The toasts on show are libadwaita's own widgets, which GTK 4.8 speaks by their type name
 * ("AdwToastWidget"): each is named by its message instead, and its button by its word. */
static void
name_toasts (AdwToastOverlay *overlay)
{
  GtkWidget *content = adw_toast_overlay_get_child (overlay);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (overlay)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *title;

      if (child == content)
        continue;

      title = hearth_widget_find (child, is_label, NULL);
      if (title != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        gtk_label_get_text (GTK_LABEL (title)),
                                        -1);
      hearth_name_mnemonic_buttons (child);
    }
}

static gboolean
name_toasts_when_idle (gpointer data)
{
  GWeakRef *ref = data;
  g_autoptr(AdwToastOverlay) overlay = g_weak_ref_get (ref);

  if (overlay != NULL)
    name_toasts (overlay);

  return G_SOURCE_REMOVE;
}

static void
free_weak_ref (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

/* A toast waiting behind another is shown when that one goes: name the overlay's toasts
 * again then, once libadwaita has made the next one's widget. */
static void
toast_dismissed_cb (AdwToast *toast,
                    gpointer  user_data)
{
  AdwToastOverlay *overlay = user_data;
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, overlay);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, name_toasts_when_idle, ref, free_weak_ref);
}

/**
 * hearth_show_toast:
 * @overlay: where the toast is shown
 * @toast: (transfer full): the toast
 *
 * Shows @toast as adw_toast_overlay_add_toast() does, and gives it, and the toasts queued
 * behind it, names a screen reader can speak.
 */
void
hearth_show_toast (AdwToastOverlay *overlay,
                   AdwToast        *toast)
{
  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (ADW_IS_TOAST (toast));

  g_signal_connect_object (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), overlay,
                           G_CONNECT_AFTER);
  adw_toast_overlay_add_toast (overlay, toast);
  name_toasts (overlay);
}

/* Presents a message dialog whose buttons a screen reader speaks by their words alone, and
 * whose fields each once. */
void
hearth_present_dialog (AdwMessageDialog *dialog)
{
  g_return_if_fail (ADW_IS_MESSAGE_DIALOG (dialog));

  hearth_name_mnemonic_buttons (GTK_WIDGET (dialog));
  hearth_name_composite_rows (GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * hearth_wrap_box_new:
 * @spacing: the space between its children
 * @name: what a screen reader calls it
 *
 * A row of controls or tables that wraps onto more lines when the window is narrow, so a
 * view still fits a phone-sized window. Nothing in it is selectable: focus goes straight to
 * the controls inside. Add to it with hearth_wrap_box_append().
 *
 * Returns: (transfer floating): a new #GtkFlowBox
 */
GtkWidget *
hearth_wrap_box_new (guint       spacing,
                     const char *name)
{
  GtkWidget *flow = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), FALSE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), spacing);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 8);
  gtk_widget_add_css_class (flow, "hearth-wrap-box");
  gtk_accessible_update_property (GTK_ACCESSIBLE (flow), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  return flow;
}

/* Adds @child, its cell named by @name: the cell is made by GTK, which would speak it by its
 * class name. */
void
hearth_wrap_box_append (GtkWidget  *wrap_box,
                        GtkWidget  *child,
                        const char *name)
{
  GtkWidget *item;

  g_return_if_fail (GTK_IS_FLOW_BOX (wrap_box));
  g_return_if_fail (name != NULL);

  gtk_flow_box_append (GTK_FLOW_BOX (wrap_box), child);
  item = gtk_widget_get_parent (child);
  gtk_accessible_update_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_set_focusable (item, FALSE);
  gtk_widget_set_valign (item, GTK_ALIGN_CENTER);
}

/**
 * hearth_more_row_new:
 * @n_left: how many rows the list has not built yet, or 0 when it cannot tell
 * @action: the page's action that builds the next page of rows
 * @target: (nullable): its target, saying which list
 *
 * The last row of a list that builds its rows a page at a time: a button, "Show 25 More",
 * that builds the next page. Enter on the row does the same, through the row's action.
 *
 * Returns: (transfer floating): a new #AdwPreferencesRow named "show-more"
 */
GtkWidget *
hearth_more_row_new (guint       n_left,
                     const char *action,
                     GVariant   *target)
{
  /* A preferences row, so that a preferences group takes it into its list too. */
  GtkWidget *row = adw_preferences_row_new ();
  guint next = n_left > 0 ? MIN (n_left, HEARTH_PAGE_ROWS) : HEARTH_PAGE_ROWS;
  g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show %u More",
                                                         "Show %u More", next), next);
  g_autofree char *left = n_left > 0
    ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u not shown yet", "%u not shown yet",
                                    n_left), n_left)
    : NULL;
  GtkWidget *button = gtk_button_new_with_label (label);

  g_return_val_if_fail (action != NULL, NULL);

  if (target != NULL)
    g_variant_ref_sink (target);
  gtk_widget_set_name (row, "show-more");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), target);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  if (left != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    left, -1);

  gtk_widget_set_name (button, "show-more-button");
  gtk_widget_set_tooltip_text (button, left);
  gtk_widget_set_focusable (button, FALSE);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), button);

  if (target != NULL)
    g_variant_unref (target);
  return row;
}

/* Whether @row is the "Show More" row of its list. */
gboolean
hearth_is_more_row (GtkWidget *row)
{
  g_return_val_if_fail (GTK_IS_WIDGET (row), FALSE);

  return GTK_IS_LIST_BOX_ROW (row) && g_strcmp0 (gtk_widget_get_name (row), "show-more") == 0;
}

/**
 * hearth_list_row_set_spoken_name:
 * @row: the child a list view's row shows
 * @name: the sentence a screen reader should speak for the row
 *
 * In a #GtkListView the keyboard focus is on the row GTK makes around @row, which GTK 4.8
 * offers no way to name: it is named here, and again whenever @row moves to another.
 */
void
hearth_list_row_set_spoken_name (GtkWidget  *row,
                                 const char *name)
{
  GtkWidget *parent;

  g_return_if_fail (GTK_IS_WIDGET (row));
  g_return_if_fail (name != NULL);

  if ((parent = gtk_widget_get_parent (row)) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (parent), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                    -1);
}

/* Rows kept between a list view dropping one and asking for another. */
struct _HearthRowPool
{
  HearthRowNew   new_row;
  gpointer       data;
  GPtrArray     *rows;   /* every row made, a reference each */
  GPtrArray     *free;   /* those no list item holds now */
};

static void
row_parent_changed_cb (GtkWidget     *row,
                       GParamSpec    *pspec,
                       HearthRowPool *pool)
{
  if (gtk_widget_get_parent (row) == NULL)
    g_ptr_array_add (pool->free, row);
}

/**
 * hearth_row_pool_new:
 * @new_row: makes a row when none is free
 *
 * GTK 4.8's list views make a new row for each item that comes into their window of about
 * two hundred, and destroy the row of each that leaves it: a search that changes what the
 * list shows would build and measure up to two hundred rows per key typed. Rows taken from
 * the pool with hearth_row_pool_take() in a factory's setup go back to it when their list
 * item is torn down, and are given the next item instead.
 *
 * Returns: (transfer full): a pool, freed with hearth_row_pool_free()
 */
HearthRowPool *
hearth_row_pool_new (HearthRowNew new_row,
                     gpointer     data)
{
  HearthRowPool *pool;

  g_return_val_if_fail (new_row != NULL, NULL);

  pool = g_new0 (HearthRowPool, 1);
  pool->new_row = new_row;
  pool->data = data;
  pool->rows = g_ptr_array_new ();
  pool->free = g_ptr_array_new ();
  return pool;
}

/**
 * hearth_row_pool_take:
 *
 * Returns: (transfer none): a row no list item holds: one given back, or a new one
 */
GtkWidget *
hearth_row_pool_take (HearthRowPool *pool)
{
  GtkWidget *row;

  g_return_val_if_fail (pool != NULL, NULL);

  while (pool->free->len > 0)
    {
      row = g_ptr_array_steal_index (pool->free, pool->free->len - 1);
      /* Given back and taken again within one change of the list. */
      if (gtk_widget_get_parent (row) == NULL)
        return row;
    }

  row = pool->new_row (pool->data);
  g_ptr_array_add (pool->rows, g_object_ref_sink (row));
  g_signal_connect (row, "notify::parent", G_CALLBACK (row_parent_changed_cb), pool);
  return row;
}

void
hearth_row_pool_free (HearthRowPool *pool)
{
  if (pool == NULL)
    return;

  for (guint i = 0; i < pool->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (pool->rows, i);

      g_signal_handlers_disconnect_by_data (row, pool);
      g_object_unref (row);
    }
  g_ptr_array_unref (pool->rows);
  g_ptr_array_unref (pool->free);
  g_free (pool);
}
