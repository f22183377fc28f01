/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-reviews-page.c: the Reviews view. The list is the scheme's review summaries
 * (hearth_review_summary_list_new(), computed by a worker and kept up to date), sorted most
 * pressing first and filtered by the core; a row opens the Record Review form (or, for a
 * review held, what was recorded). The list shown exports to CSV. */

#define G_LOG_DOMAIN "hearth-reviews-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hearth-gui-util.h"
#include "hearth-review-row.h"
#include "hearth-reviews-page.h"
#include "hearth-search-filter.h"

struct _HearthReviewsPage
{
  HearthPage            parent_instance;

  HearthAggregateList  *summaries;   /* HearthReviewSummary, every one of the scheme */
  GtkFilterListModel   *shown;       /* as searched and filtered, most pressing first */
  GtkCustomFilter      *filter;      /* the state chosen in the drop-down */
  HearthSearchFilter   *search;
  HearthRowPool        *rows;
  HearthRecord         *wanted;      /* asked for before the list was loaded */
  HearthReviewEditor   *editor;
  GtkFileChooserNative *chooser;

  AdwWindowTitle       *title;
  GtkStack             *stack;
  GtkStack             *list_stack;
  GtkListView          *list;
  GtkSearchEntry       *search_entry;
  GtkDropDown          *state_dropdown;
  AdwClamp             *editor_clamp;
};

G_DEFINE_FINAL_TYPE (HearthReviewsPage, hearth_reviews_page, HEARTH_TYPE_PAGE)

static void open_summary (HearthReviewsPage   *self,
                          HearthReviewSummary *s);

/* The filter's choices, in the drop-down's order: names hearth_review_summary_matches()
 * takes. */
static const struct {
  const char *name;
  const char *label;
} filters[] = {
  { "needs-review", N_("Overdue and due soon") },
  { "overdue", N_("Overdue") },
  { "due", N_("Due, not yet held") },
  { "held", N_("Held") },
  { "all", N_("All reviews") },
};

static const char *
current_filter (HearthReviewsPage *self)
{
  guint i = gtk_drop_down_get_selected (self->state_dropdown);

  return i < G_N_ELEMENTS (filters) ? filters[i].name : "all";
}

static gboolean
summary_shown (gpointer item,
               gpointer data)
{
  HearthReviewsPage *self = data;

  return hearth_review_summary_shows_in (item, current_filter (self));
}

static gboolean
summary_found (gpointer    item,
               const char *needle,
               gpointer    data)
{
  return hearth_review_summary_matches_folded (item, needle);
}

static int
compare_summaries (gconstpointer a,
                   gconstpointer b,
                   gpointer      data)
{
  return hearth_review_summary_compare ((HearthReviewSummary *) a, (HearthReviewSummary *) b);
}

/* The count in the title, and the list, its loading state or its empty state. */
static void
update_list_state (HearthReviewsPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->shown));
  g_autofree char *subtitle = NULL;

  if (!hearth_aggregate_list_get_loaded (self->summaries))
    {
      gtk_stack_set_visible_child_name (self->list_stack, "loading");
      adw_window_title_set_subtitle (self->title, NULL);
      return;
    }

  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u review", "%u reviews", n), n);
  adw_window_title_set_subtitle (self->title, subtitle);
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
}

/* A record asked for while the list was still being computed is opened once it is. */
static void
loaded_cb (HearthReviewsPage *self)
{
  const GError *error = hearth_aggregate_list_get_error (self->summaries);
  g_autoptr(HearthRecord) wanted = g_steal_pointer (&self->wanted);

  if (error != NULL)
    hearth_page_add_toast (HEARTH_PAGE (self), adw_toast_new (error->message));
  update_list_state (self);
  if (wanted != NULL)
    hearth_page_show_record (HEARTH_PAGE (self), wanted);
}

static void
mapped_cb (HearthReviewsPage *self)
{
  /* Summarising every review takes a second on a large scheme: it starts when the view is
   * first shown, in a worker, rather than hold up the window opening on another view. */
  hearth_aggregate_list_start (self->summaries);
}

static void
open_summary (HearthReviewsPage   *self,
              HearthReviewSummary *s)
{
  /* The form works on its own copy: the list may change underneath it. */
  HearthRecord *review = HEARTH_RECORD (hearth_review_summary_get_review (s));
  g_autoptr(HearthRecord) copy = hearth_record_copy (review);

  hearth_review_editor_set_review (self->editor, HEARTH_REVIEW (copy),
                                   hearth_review_summary_get_title (s));
  gtk_stack_set_visible_child_name (self->stack, "editor");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reviews.export", FALSE);
}

static void
close_editor (HearthReviewsPage *self)
{
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reviews.export", TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->list));
}

static GtkWidget *
new_row (gpointer data)
{
  return g_object_new (HEARTH_TYPE_REVIEW_ROW, NULL);
}

/* Rows come from the page's pool, so a search rebinds the rows it has. */
static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HearthReviewsPage        *self)
{
  GtkWidget *row = hearth_row_pool_take (self->rows);

  gtk_list_item_set_child (item, row);
  g_object_bind_property (item, "item", row, "item", G_BINDING_SYNC_CREATE);
}

static void
filter_changed_cb (HearthReviewsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
search_changed_cb (HearthReviewsPage *self)
{
  hearth_search_filter_set_text (self->search,
                                 gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
activated_cb (GtkListView       *list,
              guint              position,
              HearthReviewsPage *self)
{
  g_autoptr(HearthReviewSummary) s = g_list_model_get_item (G_LIST_MODEL (self->shown), position);

  if (s != NULL)
    open_summary (self, s);
}

static void
recorded_cb (HearthReviewEditor *editor,
             HearthReview       *review,
             HearthReviewsPage  *self)
{
  const char *next = hearth_review_get_next_due (review);
  g_autofree char *shown = hearth_date_to_display (next);
  g_autofree char *text = next != NULL ? g_strdup_printf (_("Review recorded; the next is due on %s"), shown)
                                       : g_strdup (_("Review recorded"));

  hearth_page_add_toast (HEARTH_PAGE (self), adw_toast_new (text));
  close_editor (self);
}

static void
cancelled_cb (HearthReviewEditor *editor,
              HearthReviewsPage  *self)
{
  close_editor (self);
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(HearthReviewsPage) self = data;
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (!hearth_export_csv_to_file_finish (HEARTH_SCHEME (source), result, &error))
    {
      AdwMessageDialog *dialog;

      if (root == NULL)
        return;
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (root),
                                                           _("The List Could Not Be Exported"),
                                                           error->message));
      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      hearth_present_dialog (dialog);
      return;
    }

  hearth_page_add_toast (HEARTH_PAGE (self), adw_toast_new (_("Reviews exported")));
}

/* The rows shown are gathered here; they are written in a worker thread. */
static void
export_chosen_cb (GtkNativeDialog   *chooser,
                  int                response,
                  HearthReviewsPage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) records = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;

  records = hearth_reviews_page_dup_shown (self);
  hearth_export_csv_to_file_async (hearth_page_get_scheme (HEARTH_PAGE (self)), HEARTH_TYPE_REVIEW,
                                   records, file, NULL, exported_cb, g_object_ref (self));
}

static void
export_action (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  HearthReviewsPage *self = HEARTH_REVIEWS_PAGE (widget);
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Export Reviews"),
                                               GTK_WINDOW (gtk_widget_get_root (widget)),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  gtk_file_filter_set_name (csv, _("CSV files"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), csv);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("Reviews.csv"));
  g_signal_connect (self->chooser, "response", G_CALLBACK (export_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static gboolean
hearth_reviews_page_show_record (HearthPage   *page,
                                 HearthRecord *record)
{
  HearthReviewsPage *self = HEARTH_REVIEWS_PAGE (page);

  /* An arrangement is its next review here, when no other view shows arrangements. */
  if (!HEARTH_IS_REVIEW (record) && !HEARTH_IS_ARRANGEMENT (record))
    return FALSE;

  /* A review half-typed is never replaced under the coordinator's hands. */
  if (hearth_reviews_page_is_editing (self) && hearth_review_editor_get_changed (self->editor))
    {
      hearth_page_add_toast (page, adw_toast_new (_("Record or leave the review being "
                                                    "written first")));
      return TRUE;
    }

  if (!hearth_aggregate_list_get_loaded (self->summaries))
    {
      g_set_object (&self->wanted, record);
      hearth_aggregate_list_start (self->summaries);
      return TRUE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->summaries)); i++)
    {
      g_autoptr(HearthReviewSummary) s = g_list_model_get_item (G_LIST_MODEL (self->summaries), i);

      if (hearth_review_summary_is_of (s, record))
        {
          open_summary (self, s);
          return TRUE;
        }
    }

  return FALSE;
}

/* A review half-written: the window asks before closing or opening another scheme. */
static gboolean
hearth_reviews_page_has_unsaved_changes (HearthPage *page)
{
  HearthReviewsPage *self = HEARTH_REVIEWS_PAGE (page);

  return hearth_reviews_page_is_editing (self) && hearth_review_editor_get_changed (self->editor);
}

static gboolean
hearth_reviews_page_save_changes (HearthPage *page)
{
  return hearth_review_editor_save (HEARTH_REVIEWS_PAGE (page)->editor);
}

static void
hearth_reviews_page_focus_search (HearthPage *page)
{
  HearthReviewsPage *self = HEARTH_REVIEWS_PAGE (page);

  if (hearth_reviews_page_is_editing (self) && hearth_review_editor_get_changed (self->editor))
    return;

  close_editor (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
hearth_reviews_page_dispose (GObject *object)
{
  HearthReviewsPage *self = HEARTH_REVIEWS_PAGE (object);

  if (self->list != NULL)
    gtk_list_view_set_model (self->list, NULL);
  g_clear_object (&self->shown);
  g_clear_pointer (&self->rows, hearth_row_pool_free);
  g_clear_object (&self->summaries);
  g_clear_object (&self->wanted);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  G_OBJECT_CLASS (hearth_reviews_page_parent_class)->dispose (object);
}

static void
hearth_reviews_page_constructed (GObject *object)
{
  HearthReviewsPage *self = HEARTH_REVIEWS_PAGE (object);
  HearthScheme *scheme = hearth_page_get_scheme (HEARTH_PAGE (self));
  GtkSortListModel *sorted;
  GtkEveryFilter *both;
  g_autoptr(GtkNoSelection) selection = NULL;

  G_OBJECT_CLASS (hearth_reviews_page_parent_class)->constructed (object);

  self->editor = hearth_review_editor_new (scheme);
  adw_clamp_set_child (self->editor_clamp, GTK_WIDGET (self->editor));
  g_signal_connect_object (self->editor, "recorded", G_CALLBACK (recorded_cb), self, 0);
  g_signal_connect_object (self->editor, "cancelled", G_CALLBACK (cancelled_cb), self, 0);

  self->summaries = hearth_review_summary_list_new (scheme);
  self->filter = gtk_custom_filter_new (summary_shown, self, NULL);
  self->search = hearth_search_filter_new (summary_found, NULL);
  both = gtk_every_filter_new ();
  gtk_multi_filter_append (GTK_MULTI_FILTER (both), GTK_FILTER (self->filter));
  gtk_multi_filter_append (GTK_MULTI_FILTER (both), GTK_FILTER (self->search));
  /* Sorted first, so a key typed filters a list already in order. */
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->summaries)),
                                    GTK_SORTER (gtk_custom_sorter_new (compare_summaries, NULL,
                                                                       NULL)));
  self->shown = gtk_filter_list_model_new (G_LIST_MODEL (sorted), GTK_FILTER (both));
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->shown)));
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (selection));
  g_signal_connect_object (self->shown, "items-changed", G_CALLBACK (update_list_state), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->summaries, "notify::loaded", G_CALLBACK (loaded_cb), self,
                           G_CONNECT_SWAPPED);
  update_list_state (self);
}

static void
hearth_reviews_page_class_init (HearthReviewsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthPageClass *page_class = HEARTH_PAGE_CLASS (klass);

  object_class->dispose = hearth_reviews_page_dispose;
  object_class->constructed = hearth_reviews_page_constructed;
  page_class->show_record = hearth_reviews_page_show_record;
  page_class->focus_search = hearth_reviews_page_focus_search;
  page_class->has_unsaved_changes = hearth_reviews_page_has_unsaved_changes;
  page_class->save_changes = hearth_reviews_page_save_changes;

  g_type_ensure (HEARTH_TYPE_REVIEW_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               HEARTH_RESOURCE_PATH "/ui/reviews/hearth-reviews-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthReviewsPage, title);
  gtk_widget_class_bind_template_child (widget_class, HearthReviewsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthReviewsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthReviewsPage, list);
  gtk_widget_class_bind_template_child (widget_class, HearthReviewsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthReviewsPage, state_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HearthReviewsPage, editor_clamp);

  gtk_widget_class_install_action (widget_class, "reviews.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_E, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "reviews.export", NULL);
}

static void
hearth_reviews_page_init (HearthReviewsPage *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = hearth_row_pool_new (new_row, NULL);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  gtk_list_view_set_factory (self->list, factory);

  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    gtk_string_list_append (labels, _(filters[i].label));
  gtk_drop_down_set_model (self->state_dropdown, G_LIST_MODEL (labels));
  hearth_drop_down_set_name (self->state_dropdown, _("Which reviews"));

  g_signal_connect (self->list, "activate", G_CALLBACK (activated_cb), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb),
                            self);
  g_signal_connect_swapped (self->state_dropdown, "notify::selected",
                            G_CALLBACK (filter_changed_cb), self);
  g_signal_connect (self, "map", G_CALLBACK (mapped_cb), NULL);
}

/**
 * hearth_reviews_page_new:
 *
 * Returns: (transfer floating): the Reviews view of @scheme
 */
HearthPage *
hearth_reviews_page_new (HearthScheme  *scheme,
                         GError       **error)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);

  return g_object_new (HEARTH_TYPE_REVIEWS_PAGE, "scheme", scheme, NULL);
}

guint
hearth_reviews_page_get_n_shown (HearthReviewsPage *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEWS_PAGE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->shown));
}

/* @state: "needs-review", "overdue", "due", "held" or "all" */
void
hearth_reviews_page_set_filter (HearthReviewsPage *self,
                                const char        *state)
{
  g_return_if_fail (HEARTH_IS_REVIEWS_PAGE (self));

  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    if (g_strcmp0 (filters[i].name, state) == 0)
      gtk_drop_down_set_selected (self->state_dropdown, i);
}

HearthReviewEditor *
hearth_reviews_page_get_editor (HearthReviewsPage *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEWS_PAGE (self), NULL);

  return self->editor;
}

gboolean
hearth_reviews_page_is_editing (HearthReviewsPage *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEWS_PAGE (self), FALSE);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "editor") == 0;
}

/**
 * hearth_reviews_page_dup_shown:
 *
 * Returns: (transfer container) (element-type HearthReview): the reviews listed, in order
 */
GPtrArray *
hearth_reviews_page_dup_shown (HearthReviewsPage *self)
{
  GPtrArray *records;

  g_return_val_if_fail (HEARTH_IS_REVIEWS_PAGE (self), NULL);

  records = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->shown)); i++)
    {
      g_autoptr(HearthReviewSummary) s = g_list_model_get_item (G_LIST_MODEL (self->shown), i);

      g_ptr_array_add (records, g_object_ref (hearth_review_summary_get_review (s)));
    }
  return records;
}
