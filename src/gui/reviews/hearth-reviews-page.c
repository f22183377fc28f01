/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-reviews-page.c: the Reviews view. The list comes from
 * hearth_scheme_summarize_reviews(), most pressing first; a row opens the Record Review
 * form (or, for a review held, what was recorded). The list shown exports to CSV. It builds
 * a page of rows at a time, with a row at its end for the next page. */

#define G_LOG_DOMAIN "hearth-reviews-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hearth-gui-util.h"
#include "hearth-reviews-page.h"

struct _HearthReviewsPage
{
  HearthPage            parent_instance;

  GPtrArray            *summaries;   /* HearthReviewSummary, all of them */
  GPtrArray            *shown;       /* borrowed from summaries, as listed */
  guint                 built;       /* rows built of them: a page at a time */
  HearthReviewEditor   *editor;
  GtkFileChooserNative *chooser;
  guint                 reload_source;
  gboolean              stale;

  AdwWindowTitle       *title;
  GtkStack             *stack;
  GtkStack             *list_stack;
  GtkListBox           *list;
  GtkSearchEntry       *search_entry;
  GtkDropDown          *state_dropdown;
  AdwClamp             *editor_clamp;
};

G_DEFINE_FINAL_TYPE (HearthReviewsPage, hearth_reviews_page, HEARTH_TYPE_PAGE)

/* The filter's choices, in the drop-down's order. */
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

static gboolean
passes_filter (HearthReviewState state,
               const char       *filter)
{
  if (g_str_equal (filter, "needs-review"))
    return state == HEARTH_REVIEW_STATE_OVERDUE || state == HEARTH_REVIEW_STATE_DUE_SOON;
  if (g_str_equal (filter, "overdue"))
    return state == HEARTH_REVIEW_STATE_OVERDUE;
  if (g_str_equal (filter, "due"))
    return state == HEARTH_REVIEW_STATE_OVERDUE || state == HEARTH_REVIEW_STATE_DUE_SOON ||
           state == HEARTH_REVIEW_STATE_UPCOMING;
  if (g_str_equal (filter, "held"))
    return state == HEARTH_REVIEW_STATE_HELD;
  return TRUE;
}

static char *
row_subtitle (HearthReviewSummary *s)
{
  HearthReview *r = s->review;
  g_autofree char *due = hearth_date_to_display (hearth_review_get_due_on (r));
  g_autofree char *held = hearth_date_to_display (hearth_review_get_held_on (r));

  switch (s->state)
    {
    case HEARTH_REVIEW_STATE_HELD:
      return g_strdup_printf (_("Held on %s by %s"), held, hearth_review_get_reviewer (r));
    case HEARTH_REVIEW_STATE_OVERDUE:
      return g_strdup_printf (_("Overdue since %s"), due);
    case HEARTH_REVIEW_STATE_NOT_NEEDED:
      return g_strdup_printf (_("Was due on %s; the arrangement ended"), due);
    case HEARTH_REVIEW_STATE_DUE_SOON:
    case HEARTH_REVIEW_STATE_UPCOMING:
    default:
      return g_strdup_printf (_("Due on %s"), due);
    }
}

static GtkWidget *
summary_row_new (HearthReviewSummary *s,
                 guint                index)
{
  static const char * const icons[] = {
    [HEARTH_REVIEW_STATE_HELD] = "emblem-ok-symbolic",
    [HEARTH_REVIEW_STATE_OVERDUE] = "dialog-warning-symbolic",
    [HEARTH_REVIEW_STATE_DUE_SOON] = "alarm-symbolic",
    [HEARTH_REVIEW_STATE_UPCOMING] = "x-office-calendar-symbolic",
    [HEARTH_REVIEW_STATE_NOT_NEEDED] = "window-close-symbolic",
  };
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (icons[s->state]);
  g_autofree char *subtitle = row_subtitle (s);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), s->title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  hearth_review_state_label (s->state), -1);
  if (s->state == HEARTH_REVIEW_STATE_OVERDUE)
    gtk_widget_add_css_class (icon, "error");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), hearth_decorative_image_new ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "index", GUINT_TO_POINTER (index));
  return row;
}

static const char *
current_filter (HearthReviewsPage *self)
{
  guint i = gtk_drop_down_get_selected (self->state_dropdown);

  return i < G_N_ELEMENTS (filters) ? filters[i].name : "all";
}

/* Builds the rows @from to @to of those listed (fewer when there are fewer), and a row to
 * show more when some are left; returns the first row built. */
static GtkWidget *
build_rows (HearthReviewsPage *self,
            guint              from,
            guint              to)
{
  GtkWidget *last = gtk_widget_get_last_child (GTK_WIDGET (self->list));
  GtkWidget *first = NULL;

  if (last != NULL && hearth_is_more_row (last))
    gtk_list_box_remove (self->list, last);

  to = MIN (to, self->shown->len);
  for (guint i = from; i < to; i++)
    {
      GtkWidget *row = summary_row_new (g_ptr_array_index (self->shown, i), i);

      gtk_list_box_append (self->list, row);
      first = first != NULL ? first : row;
    }
  self->built = to;
  if (to < self->shown->len)
    gtk_list_box_append (self->list, hearth_more_row_new (self->shown->len - to,
                                                          "reviews.show-more", NULL));
  return first;
}

static void
show_list (HearthReviewsPage *self)
{
  const char *filter = current_filter (self);
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *needle = g_utf8_casefold (search, -1);
  g_autofree char *subtitle = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_ptr_array_set_size (self->shown, 0);

  for (guint i = 0; self->summaries != NULL && i < self->summaries->len; i++)
    {
      HearthReviewSummary *s = g_ptr_array_index (self->summaries, i);
      g_autofree char *title = g_utf8_casefold (s->title, -1);

      if (!passes_filter (s->state, filter) || (needle[0] != '\0' && !strstr (title, needle)))
        continue;
      g_ptr_array_add (self->shown, s);
    }
  build_rows (self, 0, MAX (self->built, HEARTH_PAGE_ROWS));

  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u review", "%u reviews",
                                           self->shown->len), self->shown->len);
  adw_window_title_set_subtitle (self->title, subtitle);
  gtk_stack_set_visible_child_name (self->list_stack, self->shown->len > 0 ? "list" : "empty");
}

static void
reload (HearthReviewsPage *self)
{
  g_autofree char *today = hearth_date_today ();
  g_autoptr(GError) error = NULL;
  GPtrArray *summaries;

  self->stale = FALSE;
  summaries = hearth_scheme_summarize_reviews (hearth_page_get_scheme (HEARTH_PAGE (self)), today,
                                               &error);
  if (summaries == NULL)
    {
      hearth_page_add_toast (HEARTH_PAGE (self), adw_toast_new (error->message));
      return;
    }

  g_ptr_array_set_size (self->shown, 0);
  g_clear_pointer (&self->summaries, g_ptr_array_unref);
  self->summaries = summaries;
  show_list (self);
}

static gboolean
reload_cb (gpointer data)
{
  HearthReviewsPage *self = data;

  self->reload_source = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

static void
scheme_changed_cb (HearthReviewsPage *self)
{
  self->stale = TRUE;
  if (self->reload_source == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->reload_source = g_idle_add (reload_cb, self);
}

static void
mapped_cb (HearthReviewsPage *self)
{
  if (self->stale)
    reload (self);
}

static void
open_summary (HearthReviewsPage   *self,
              HearthReviewSummary *s)
{
  /* The form works on its own copy: the list may reload underneath it. */
  g_autoptr(HearthRecord) copy = hearth_record_copy (HEARTH_RECORD (s->review));

  hearth_record_set_id (copy, hearth_record_get_id (HEARTH_RECORD (s->review)));
  hearth_review_editor_set_review (self->editor, HEARTH_REVIEW (copy), s->title);
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

/* A new search or filter lists from its first page. */
static void
filter_changed_cb (HearthReviewsPage *self)
{
  self->built = 0;
  show_list (self);
}

static void
show_more_action (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  HearthReviewsPage *self = HEARTH_REVIEWS_PAGE (widget);
  GtkWidget *first = build_rows (self, self->built, self->built + HEARTH_PAGE_ROWS);

  /* The keyboard goes to the first new row, as the row that asked for it is gone. */
  if (first != NULL)
    gtk_widget_grab_focus (first);
}

static void
row_activated_cb (GtkListBox        *list,
                  GtkListBoxRow     *row,
                  HearthReviewsPage *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "index"));

  if (index < self->shown->len)
    open_summary (self, g_ptr_array_index (self->shown, index));
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
  reload (self);
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

  gboolean arrangement = HEARTH_IS_ARRANGEMENT (record);

  /* An arrangement is its next review here, when no other view shows arrangements. */
  if (!HEARTH_IS_REVIEW (record) && !arrangement)
    return FALSE;

  /* A review half-typed is never replaced under the coordinator's hands. */
  if (hearth_reviews_page_is_editing (self) && hearth_review_editor_get_changed (self->editor))
    {
      hearth_page_add_toast (page, adw_toast_new (_("Record or leave the review being "
                                                    "written first")));
      return TRUE;
    }

  if (self->stale || self->summaries == NULL)
    reload (self);
  for (guint i = 0; i < self->summaries->len; i++)
    {
      HearthReviewSummary *s = g_ptr_array_index (self->summaries, i);
      gboolean match = arrangement
        ? hearth_review_get_arrangement_id (s->review) == hearth_record_get_id (record) &&
          hearth_review_get_held_on (s->review) == NULL
        : hearth_record_get_id (HEARTH_RECORD (s->review)) == hearth_record_get_id (record);

      if (match)
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

  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_pointer (&self->shown, g_ptr_array_unref);
  g_clear_pointer (&self->summaries, g_ptr_array_unref);
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

  G_OBJECT_CLASS (hearth_reviews_page_parent_class)->constructed (object);

  self->editor = hearth_review_editor_new (scheme);
  adw_clamp_set_child (self->editor_clamp, GTK_WIDGET (self->editor));
  g_signal_connect_object (self->editor, "recorded", G_CALLBACK (recorded_cb), self, 0);
  g_signal_connect_object (self->editor, "cancelled", G_CALLBACK (cancelled_cb), self, 0);

  g_signal_connect_object (scheme, "record-added", G_CALLBACK (scheme_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (scheme, "record-changed", G_CALLBACK (scheme_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (scheme, "record-erased", G_CALLBACK (scheme_changed_cb), self, G_CONNECT_SWAPPED);
  /* Summarising every review takes a second on a large scheme: it waits until the view is
   * first shown, rather than hold up the window opening on another view. */
  self->stale = TRUE;
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
  gtk_widget_class_install_action (widget_class, "reviews.show-more", NULL, show_more_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_E, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "reviews.export", NULL);
}

static void
hearth_reviews_page_init (HearthReviewsPage *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->shown = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    gtk_string_list_append (labels, _(filters[i].label));
  gtk_drop_down_set_model (self->state_dropdown, G_LIST_MODEL (labels));
  hearth_drop_down_set_name (self->state_dropdown, _("Which reviews"));

  g_signal_connect (self->list, "row-activated", G_CALLBACK (row_activated_cb), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (filter_changed_cb),
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

  return self->shown->len;
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
  for (guint i = 0; i < self->shown->len; i++)
    g_ptr_array_add (records, g_object_ref (((HearthReviewSummary *) self->shown->pdata[i])->review));
  return records;
}
