/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-dashboard-page.c: the Dashboard. Its lists are core models that workers compute
 * and keep up to date as the scheme changes (what needs attention, the scheme today, the
 * outcomes over the dates chosen), so the window never waits for the Dashboard's queries:
 * a review recorded elsewhere clears its item here by itself. */

#define G_LOG_DOMAIN "hearth-dashboard-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-attention-row.h"
#include "hearth-dashboard-figure.h"
#include "hearth-outcome-item.h"
#include "hearth-report-document.h"
#include "hearth-dashboard-page.h"
#include "hearth-date-row.h"
#include "hearth-gui-util.h"

#define BAR_HEIGHT 22
#define BAR_GAP 10
#define LABEL_WIDTH 220
/* The Needs Attention list is as tall as its rows, up to about eight of them; more scroll
 * within it, so the rest of the page is seen however much needs attention. */
#define ATTENTION_ROW_HEIGHT 52
#define ATTENTION_MAX_HEIGHT 420

struct _HearthDashboardPage
{
  HearthPage            parent_instance;

  HearthAggregateList  *attention;   /* HearthAttentionItem */
  HearthAggregateList  *figures;     /* HearthDashboardFigure */
  HearthAggregateList  *outcomes;    /* HearthOutcomeItem, over from..to */
  GListModel           *attention_sorted;
  GListModel           *outcomes_sorted;
  char                 *from;
  char                 *to;
  GtkFileChooserNative *chooser;

  GtkStack             *attention_stack;
  GtkScrolledWindow    *attention_scroller;
  GtkListView          *attention_list;
  AdwPreferencesGroup  *attention_group;
  GtkListBox           *today_list;
  HearthDateRow        *from_entry;
  HearthDateRow        *to_entry;
  GtkLabel             *range_error;
  GtkDrawingArea       *chart;
  GtkListBox           *outcomes_list;
};

G_DEFINE_FINAL_TYPE (HearthDashboardPage, hearth_dashboard_page, HEARTH_TYPE_PAGE)

static int
compare_attention (gconstpointer a,
                   gconstpointer b,
                   gpointer      data)
{
  return hearth_attention_item_compare ((HearthAttentionItem *) a, (HearthAttentionItem *) b);
}

static int
compare_figures (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  return hearth_dashboard_figure_compare ((HearthDashboardFigure *) a, (HearthDashboardFigure *) b);
}

static int
compare_outcomes (gconstpointer a,
                  gconstpointer b,
                  gpointer      data)
{
  return hearth_outcome_item_compare ((HearthOutcomeItem *) a, (HearthOutcomeItem *) b);
}

static GListModel *
sorted (HearthAggregateList *list,
        GCompareDataFunc     compare)
{
  GtkSorter *sorter = GTK_SORTER (gtk_custom_sorter_new (compare, NULL, NULL));

  return G_LIST_MODEL (gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (list)), sorter));
}

/* How many need attention and how many are overdue; the list, its loading state or its
 * empty state. */
static void
update_attention (HearthDashboardPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->attention));
  g_autofree char *description = NULL;

  if (!hearth_aggregate_list_get_loaded (self->attention))
    {
      gtk_stack_set_visible_child_name (self->attention_stack, "loading");
      adw_preferences_group_set_description (self->attention_group, NULL);
      return;
    }

  if (n > 0)
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item, %u of them overdue",
                                                "%u items, %u of them overdue", n),
                                   n, hearth_attention_list_count_overdue (G_LIST_MODEL (self->attention)));
  adw_preferences_group_set_description (self->attention_group, description);
  gtk_scrolled_window_set_min_content_height (self->attention_scroller,
                                              MIN (n * ATTENTION_ROW_HEIGHT, ATTENTION_MAX_HEIGHT));
  gtk_stack_set_visible_child_name (self->attention_stack, n > 0 ? "list" : "empty");
}

static void
attention_loaded_cb (HearthDashboardPage *self)
{
  const GError *error = hearth_aggregate_list_get_error (self->attention);

  if (error != NULL)
    hearth_page_add_toast (HEARTH_PAGE (self), adw_toast_new (error->message));
  update_attention (self);
}

static void
attention_activated_cb (GtkListView         *list,
                        guint                position,
                        HearthDashboardPage *self)
{
  g_autoptr(HearthAttentionItem) item = g_list_model_get_item (self->attention_sorted, position);

  if (item != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-record", "s",
                                hearth_attention_item_get_record (item));
}

static GtkWidget *
figure_row_new (gpointer item,
                gpointer data)
{
  HearthDashboardFigure *figure = item;
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hearth_dashboard_figure_get_title (figure));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), hearth_dashboard_figure_get_text (figure));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  gtk_widget_add_css_class (row, "property");
  return row;
}

/* One row per area: the counts in words under its name, the share said better at the end.
 * Rows rather than a six-column table, so the figures fit a phone-sized window. */
static GtkWidget *
outcome_row_new (gpointer item,
                 gpointer data)
{
  HearthOutcomeItem *outcome = item;
  const HearthOutcomeShare *s = hearth_outcome_item_get_share (outcome);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *share = gtk_label_new (NULL);
  g_autofree char *counts = hearth_outcome_item_dup_counts (outcome);
  g_autofree char *percent = s->answered > 0
    ? g_strdup_printf ("%d%%", hearth_outcome_share_percent (s)) : g_strdup ("—");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hearth_outcome_item_get_label (outcome));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), counts);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_label_set_label (GTK_LABEL (share), percent);
  gtk_widget_add_css_class (share, "numeric");
  gtk_widget_set_tooltip_text (share, _("Share better"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), share);
  gtk_widget_add_css_class (row, "property");
  return row;
}

static void
list_loaded_cb (HearthAggregateList *list,
                GParamSpec          *pspec,
                HearthDashboardPage *self)
{
  const GError *error = hearth_aggregate_list_get_error (list);

  if (error != NULL)
    hearth_page_add_toast (HEARTH_PAGE (self), adw_toast_new (error->message));
}

static void
outcomes_changed_cb (HearthDashboardPage *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self->chart));
}

/* The widest figure drawn after the bars, so that none runs past the chart's edge. */
static int
figures_width (HearthDashboardPage *self,
               GtkWidget           *area)
{
  int widest = 0;

  for (guint i = 0; i < g_list_model_get_n_items (self->outcomes_sorted); i++)
    {
      g_autoptr(HearthOutcomeItem) item = g_list_model_get_item (self->outcomes_sorted, i);
      g_autofree char *value = hearth_outcome_item_dup_figure (item);
      g_autoptr(PangoLayout) figure = gtk_widget_create_pango_layout (area, value);
      int width;

      pango_layout_get_pixel_size (figure, &width, NULL);
      widest = MAX (widest, width);
    }
  return widest;
}

/* One bar per area: the share who said better, with how many answered. The names take a
 * third of the width at most, the figures what they need, and the bars the rest. */
static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        data)
{
  HearthDashboardPage *self = data;
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (area));
  int label_width = MIN (LABEL_WIDTH, width / 3);
  int figure_width;
  int bar_space;
  GdkRGBA fg;

  figure_width = figures_width (self, GTK_WIDGET (area));
  bar_space = MAX (width - label_width - figure_width - 8 - 12, 0);
  gtk_style_context_get_color (style, &fg);
  for (guint i = 0; i < g_list_model_get_n_items (self->outcomes_sorted); i++)
    {
      g_autoptr(HearthOutcomeItem) item = g_list_model_get_item (self->outcomes_sorted, i);
      const HearthOutcomeShare *s = hearth_outcome_item_get_share (item);
      double y = 12 + i * (BAR_HEIGHT + BAR_GAP);
      double share = s->answered > 0 ? (double) s->better / (double) s->answered : 0;
      g_autofree char *value = hearth_outcome_item_dup_figure (item);
      g_autoptr(PangoLayout) label = gtk_widget_create_pango_layout (GTK_WIDGET (area),
                                                                     hearth_outcome_item_get_label (item));
      g_autoptr(PangoLayout) figure = gtk_widget_create_pango_layout (GTK_WIDGET (area), value);

      pango_layout_set_width (label, (label_width - 18) * PANGO_SCALE);
      pango_layout_set_ellipsize (label, PANGO_ELLIPSIZE_END);
      gdk_cairo_set_source_rgba (cr, &fg);
      cairo_move_to (cr, 12, y + 2);
      pango_cairo_show_layout (cr, label);

      /* The track, then the share in the accent blue. */
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.12);
      cairo_rectangle (cr, label_width, y, bar_space, BAR_HEIGHT);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0.208, 0.518, 0.894);
      cairo_rectangle (cr, label_width, y, bar_space * share, BAR_HEIGHT);
      cairo_fill (cr);

      gdk_cairo_set_source_rgba (cr, &fg);
      cairo_move_to (cr, label_width + bar_space + 8, y + 2);
      pango_cairo_show_layout (cr, figure);
    }
}

/* Each list is computed when the Dashboard is first shown, in a worker, and from then on
 * after every change: a large scheme opens on another view without waiting for them. */
static void
mapped_cb (HearthDashboardPage *self)
{
  hearth_aggregate_list_start (self->attention);
  hearth_aggregate_list_start (self->figures);
  hearth_aggregate_list_start (self->outcomes);
}

static void
range_changed_cb (HearthDashboardPage *self)
{
  const char *from = hearth_date_row_get_date (self->from_entry);
  const char *to = hearth_date_row_get_date (self->to_entry);
  const char *problem = hearth_date_row_get_problem (self->from_entry);

  /* Text on its way to a date is left alone: a row says what is wrong as it is left. */
  if (problem == NULL)
    problem = hearth_date_row_get_problem (self->to_entry);
  if (problem == NULL && from != NULL && to != NULL && g_strcmp0 (from, to) > 0)
    problem = _("The first date comes after the last.");
  if (problem == NULL &&
      (hearth_record_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (self->from_entry))) ||
       hearth_record_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (self->to_entry)))))
    problem = _("Enter both dates, such as 1/4/2026 and 31/3/2027.");

  gtk_label_set_label (self->range_error, problem);
  gtk_widget_set_visible (GTK_WIDGET (self->range_error), problem != NULL);
  if (problem != NULL || from == NULL || to == NULL)
    return;

  g_free (self->from);
  g_free (self->to);
  self->from = g_strdup (from);
  self->to = g_strdup (to);
  hearth_outcome_list_set_range (self->outcomes, from, to);
}

static void
report_chosen_cb (GtkNativeDialog     *chooser,
                  int                  response,
                  HearthDashboardPage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(HearthSchemeReport) report = NULL;
  g_autoptr(HearthDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    return;

  report = hearth_scheme_report_new (hearth_page_get_scheme (HEARTH_PAGE (self)), self->from,
                                     self->to, &error);
  if (report != NULL)
    document = hearth_report_document_new (report);
  if (document == NULL || !hearth_document_write_pdf (document, path, &error))
    {
      AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (
        adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                _("The Report Could Not Be Saved"), error->message));

      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      hearth_present_dialog (dialog);
      return;
    }

  {
    g_autoptr(GFile) folder = g_file_get_parent (file);
    g_autofree char *uri = g_file_get_uri (folder);
    AdwToast *toast = adw_toast_new (_("Scheme report saved as PDF"));

    adw_toast_set_button_label (toast, _("_Open Folder"));
    adw_toast_set_action_name (toast, "win.open-folder");
    adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
    hearth_page_add_toast (HEARTH_PAGE (self), toast);
  }
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                HearthDocument    *doc)
{
  guint pages = hearth_document_paginate (doc, gtk_print_context_get_cairo_context (context),
                                          gtk_print_context_get_width (context),
                                          gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, (int) MAX (pages, 1));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              HearthDocument    *doc)
{
  hearth_document_draw_page (doc, gtk_print_context_get_cairo_context (context), (guint) page);
}

/* The same pages as the PDF, through the print dialog, on A4. */
static void
print_report_action (GtkWidget  *widget,
                     const char *action,
                     GVariant   *parameter)
{
  HearthDashboardPage *self = HEARTH_DASHBOARD_PAGE (widget);
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(HearthSchemeReport) report = NULL;
  g_autoptr(HearthDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  report = hearth_scheme_report_new (hearth_page_get_scheme (HEARTH_PAGE (self)), self->from,
                                     self->to, &error);
  if (report == NULL)
    {
      hearth_page_add_toast (HEARTH_PAGE (self), adw_toast_new (error->message));
      return;
    }

  doc = hearth_report_document_new (report);
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, _("Scheme report"));
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), doc);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), doc);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    hearth_page_add_toast (HEARTH_PAGE (self), adw_toast_new (error->message));
}

static void
save_report_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *parameter)
{
  HearthDashboardPage *self = HEARTH_DASHBOARD_PAGE (widget);
  g_autofree char *name = g_strdup_printf (_("Scheme report %s to %s.pdf"), self->from, self->to);

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Save the Scheme Report"),
                                               GTK_WINDOW (gtk_widget_get_root (widget)),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (report_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
hearth_dashboard_page_dispose (GObject *object)
{
  HearthDashboardPage *self = HEARTH_DASHBOARD_PAGE (object);

  if (self->attention_list != NULL)
    gtk_list_view_set_model (self->attention_list, NULL);
  g_clear_object (&self->attention_sorted);
  g_clear_object (&self->outcomes_sorted);
  g_clear_object (&self->attention);
  g_clear_object (&self->figures);
  g_clear_object (&self->outcomes);
  g_clear_pointer (&self->from, g_free);
  g_clear_pointer (&self->to, g_free);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  G_OBJECT_CLASS (hearth_dashboard_page_parent_class)->dispose (object);
}

static void
hearth_dashboard_page_constructed (GObject *object)
{
  HearthDashboardPage *self = HEARTH_DASHBOARD_PAGE (object);
  HearthScheme *scheme = hearth_page_get_scheme (HEARTH_PAGE (self));

  G_OBJECT_CLASS (hearth_dashboard_page_parent_class)->constructed (object);

  self->attention = hearth_attention_list_new (scheme);
  self->attention_sorted = sorted (self->attention, compare_attention);
  {
    g_autoptr(GtkNoSelection) selection = gtk_no_selection_new (g_object_ref (self->attention_sorted));

    gtk_list_view_set_model (self->attention_list, GTK_SELECTION_MODEL (selection));
  }
  g_signal_connect_object (self->attention, "items-changed", G_CALLBACK (update_attention), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->attention, "notify::loaded", G_CALLBACK (attention_loaded_cb),
                           self, G_CONNECT_SWAPPED);

  self->figures = hearth_dashboard_figure_list_new (scheme);
  {
    g_autoptr(GListModel) figures = sorted (self->figures, compare_figures);

    gtk_list_box_bind_model (self->today_list, figures, figure_row_new, NULL, NULL);
  }
  g_signal_connect_object (self->figures, "notify::loaded", G_CALLBACK (list_loaded_cb), self, 0);

  self->outcomes = hearth_outcome_list_new (scheme, self->from, self->to);
  self->outcomes_sorted = sorted (self->outcomes, compare_outcomes);
  gtk_list_box_bind_model (self->outcomes_list, self->outcomes_sorted, outcome_row_new, NULL,
                           NULL);
  g_signal_connect_object (self->outcomes_sorted, "items-changed",
                           G_CALLBACK (outcomes_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->outcomes, "notify::loaded", G_CALLBACK (list_loaded_cb), self, 0);
  update_attention (self);
}

static void
hearth_dashboard_page_class_init (HearthDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_dashboard_page_dispose;
  object_class->constructed = hearth_dashboard_page_constructed;

  g_type_ensure (HEARTH_TYPE_DATE_ROW);
  g_type_ensure (HEARTH_TYPE_ATTENTION_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               HEARTH_RESOURCE_PATH "/ui/dashboard/hearth-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthDashboardPage, attention_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthDashboardPage, attention_scroller);
  gtk_widget_class_bind_template_child (widget_class, HearthDashboardPage, attention_list);
  gtk_widget_class_bind_template_child (widget_class, HearthDashboardPage, attention_group);
  gtk_widget_class_bind_template_child (widget_class, HearthDashboardPage, today_list);
  gtk_widget_class_bind_template_child (widget_class, HearthDashboardPage, from_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthDashboardPage, to_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthDashboardPage, range_error);
  gtk_widget_class_bind_template_child (widget_class, HearthDashboardPage, chart);
  gtk_widget_class_bind_template_child (widget_class, HearthDashboardPage, outcomes_list);

  gtk_widget_class_install_action (widget_class, "dashboard.save-report", NULL, save_report_action);
  gtk_widget_class_install_action (widget_class, "dashboard.print-report", NULL, print_report_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "dashboard.print-report", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_S, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "dashboard.save-report", NULL);
}

static void
hearth_dashboard_page_init (HearthDashboardPage *self)
{
  g_autofree char *today = hearth_date_today ();
  g_autofree char *year_ago = hearth_date_add_years (today, -1);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The last twelve months, ending today. */
  self->to = g_strdup (today);
  self->from = hearth_date_add_days (year_ago, 1);
  hearth_date_row_set_date (self->from_entry, self->from);
  hearth_date_row_set_date (self->to_entry, self->to);
  gtk_drawing_area_set_content_height (self->chart, 12 + 8 * (BAR_HEIGHT + BAR_GAP));
  gtk_drawing_area_set_draw_func (self->chart, draw_chart, self, NULL);

  g_signal_connect_swapped (self->from_entry, "notify::date", G_CALLBACK (range_changed_cb), self);
  g_signal_connect_swapped (self->to_entry, "notify::date", G_CALLBACK (range_changed_cb), self);
  g_signal_connect_swapped (self->from_entry, "notify::problem", G_CALLBACK (range_changed_cb),
                            self);
  g_signal_connect_swapped (self->to_entry, "notify::problem", G_CALLBACK (range_changed_cb),
                            self);
  g_signal_connect (self->attention_list, "activate", G_CALLBACK (attention_activated_cb), self);
  g_signal_connect (self, "map", G_CALLBACK (mapped_cb), NULL);
}

/**
 * hearth_dashboard_page_new:
 *
 * Returns: (transfer floating): the Dashboard of @scheme
 */
HearthPage *
hearth_dashboard_page_new (HearthScheme  *scheme,
                           GError       **error)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);

  return g_object_new (HEARTH_TYPE_DASHBOARD_PAGE, "scheme", scheme, NULL);
}

/**
 * hearth_dashboard_page_refresh:
 *
 * Computes the Dashboard again, in workers: what falls due depends on today's date, which
 * no change to the scheme says has moved on.
 */
void
hearth_dashboard_page_refresh (HearthDashboardPage *self)
{
  g_return_if_fail (HEARTH_IS_DASHBOARD_PAGE (self));

  hearth_aggregate_list_refresh (self->attention);
  hearth_aggregate_list_refresh (self->figures);
  hearth_aggregate_list_refresh (self->outcomes);
}

/* Returns: (transfer none): the items needing attention, a #HearthAggregateList of
 *   #HearthAttentionItem */
GListModel *
hearth_dashboard_page_get_attention (HearthDashboardPage *self)
{
  g_return_val_if_fail (HEARTH_IS_DASHBOARD_PAGE (self), NULL);

  return G_LIST_MODEL (self->attention);
}

guint
hearth_dashboard_page_get_n_attention (HearthDashboardPage *self)
{
  g_return_val_if_fail (HEARTH_IS_DASHBOARD_PAGE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->attention));
}

/* Whether an item about @record ("table:id") needs attention now. */
gboolean
hearth_dashboard_page_has_attention (HearthDashboardPage *self,
                                     const char          *record)
{
  GListModel *items;

  g_return_val_if_fail (HEARTH_IS_DASHBOARD_PAGE (self), FALSE);

  items = G_LIST_MODEL (self->attention);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(HearthAttentionItem) item = g_list_model_get_item (items, i);

      if (hearth_attention_item_is_of (item, record))
        return TRUE;
    }

  return FALSE;
}

void
hearth_dashboard_page_set_range (HearthDashboardPage *self,
                                 const char          *from,
                                 const char          *to)
{
  g_return_if_fail (HEARTH_IS_DASHBOARD_PAGE (self));

  hearth_date_row_set_date (self->from_entry, from);
  hearth_date_row_set_date (self->to_entry, to);
}
