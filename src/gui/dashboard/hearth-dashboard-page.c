/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-dashboard-page.c: the Dashboard. Everything on it comes from hearth-dashboard.c,
 * the same queries the scheme report uses; it is read again whenever the scheme changes
 * and the page is shown, so that a review recorded elsewhere clears its item here. */

#define G_LOG_DOMAIN "hearth-dashboard-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-report-document.h"
#include "hearth-dashboard-page.h"
#include "hearth-date-row.h"
#include "hearth-gui-util.h"

#define BAR_HEIGHT 22
#define BAR_GAP 10
#define LABEL_WIDTH 220
/* The most pressing items; the rest behind "Show More", a page at a time, so the rest of the
 * page is seen, and a large scheme's thousands of items are not all built at once. */
#define ATTENTION_SHOWN 8

struct _HearthDashboardPage
{
  HearthPage            parent_instance;

  GPtrArray            *attention;   /* HearthAttention */
  GArray               *outcomes;    /* HearthOutcomeShare */
  char                 *from;
  char                 *to;
  guint                 reload_source;
  gboolean              stale;
  guint                 attention_wanted;  /* items to show, when more were asked for */
  GtkFileChooserNative *chooser;

  GtkStack             *attention_stack;
  GtkListBox           *attention_list;
  AdwPreferencesGroup  *attention_group;
  GtkListBox           *today_list;
  HearthDateRow        *from_entry;
  HearthDateRow        *to_entry;
  GtkLabel             *range_error;
  GtkDrawingArea       *chart;
  GtkListBox           *outcomes_list;
};

G_DEFINE_FINAL_TYPE (HearthDashboardPage, hearth_dashboard_page, HEARTH_TYPE_PAGE)

static GtkWidget *
attention_row_new (HearthAttention *item)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", hearth_attention_kind_label (item->kind),
                                               item->detail);
  GtkWidget *icon = gtk_image_new_from_icon_name (item->overdue ? "dialog-warning-symbolic"
                                                                : "alarm-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  item->overdue ? _("Overdue") : _("Due soon"), -1);
  if (item->overdue)
    gtk_widget_add_css_class (icon, "error");
  else
    gtk_widget_add_css_class (icon, "warning");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), hearth_decorative_image_new ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-record");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", item->record);
  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
show_attention (HearthDashboardPage *self,
                const char          *today)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  guint overdue = 0;
  guint wanted;

  g_clear_pointer (&self->attention, g_ptr_array_unref);
  self->attention = hearth_dashboard_needs_attention (hearth_page_get_scheme (HEARTH_PAGE (self)),
                                                      today, &error);
  clear_list (self->attention_list);
  if (self->attention == NULL)
    {
      hearth_page_add_toast (HEARTH_PAGE (self), adw_toast_new (error->message));
      return;
    }

  wanted = MAX (self->attention_wanted, ATTENTION_SHOWN);
  for (guint i = 0; i < self->attention->len; i++)
    {
      HearthAttention *item = g_ptr_array_index (self->attention, i);

      overdue += item->overdue;
      if (i < wanted)
        gtk_list_box_append (self->attention_list, attention_row_new (item));
    }
  if (self->attention->len > wanted)
    gtk_list_box_append (self->attention_list,
                         hearth_more_row_new (self->attention->len - wanted, "dashboard.show-more",
                                              NULL));

  if (self->attention->len > 0)
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item, %u of them overdue",
                                                "%u items, %u of them overdue",
                                                self->attention->len),
                                   self->attention->len, overdue);
  adw_preferences_group_set_description (self->attention_group, description);
  gtk_stack_set_visible_child_name (self->attention_stack,
                                    self->attention->len > 0 ? "list" : "empty");
}

static char *
tallies_text (HearthValueSet  set,
              GArray         *tallies,
              gboolean        skip_zero)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < tallies->len; i++)
    {
      HearthTally *t = &g_array_index (tallies, HearthTally, i);

      if (skip_zero && t->count == 0)
        continue;
      /* Translators: a count and what it counts, as in "Matching: 16" */
      g_string_append_printf (text, _("%s%s: %" G_GINT64_FORMAT), text->len > 0 ? " · " : "",
                              hearth_values_label (set, t->code), t->count);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Archived records are in no status: say how many, so that the counts add up. */
static char *
with_archived (char   *text,
               gint64  archived)
{
  char *joined;

  if (archived == 0)
    return text;

  joined = g_strdup_printf (_("%s · Archived: %" G_GINT64_FORMAT), text, archived);
  g_free (text);
  return joined;
}

static void
add_today_row (HearthDashboardPage *self,
               const char          *title,
               char                *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle[0] != '\0' ? subtitle : _("None"));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  gtk_widget_add_css_class (row, "property");
  gtk_list_box_append (self->today_list, row);
  g_free (subtitle);
}

static void
show_today (HearthDashboardPage *self,
            const char          *today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthSchemeToday) t = hearth_dashboard_scheme_today (hearth_page_get_scheme (HEARTH_PAGE (self)),
                                                                  today, &error);

  clear_list (self->today_list);
  if (t == NULL)
    {
      hearth_page_add_toast (HEARTH_PAGE (self), adw_toast_new (error->message));
      return;
    }

  add_today_row (self, _("People"),
                 with_archived (tallies_text (HEARTH_VALUES_PERSON_STATUS, t->people_by_status, TRUE),
                                t->people_archived));
  add_today_row (self, _("Current Arrangements"),
                 tallies_text (HEARTH_VALUES_ARRANGEMENT_TYPE, t->arrangements_by_type, FALSE));
  add_today_row (self, _("Funding of Current Arrangements"),
                 tallies_text (HEARTH_VALUES_FUNDING_ROUTE, t->arrangements_by_funding, TRUE));
  add_today_row (self, _("Carers"),
                 with_archived (tallies_text (HEARTH_VALUES_CARER_STAGE, t->carers_by_stage, TRUE),
                                t->carers_archived));
  /* A carer approved for more than one type offers each free place under every one. */
  add_today_row (self, _("Free Places, by What Carers Are Approved For"),
                 tallies_text (HEARTH_VALUES_ARRANGEMENT_TYPE, t->free_places_by_type, FALSE));
  add_today_row (self, _("Weekly Fees"), hearth_money_format (t->weekly_fee_pence));
}

/* One row per area: the counts in words under its name, the share said better at the end.
 * Rows rather than a six-column table, so the figures fit a phone-sized window. */
static GtkWidget *
outcome_row_new (HearthOutcomeShare *s)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *share = gtk_label_new (NULL);
  g_autofree char *counts = NULL;
  g_autofree char *percent = s->answered > 0
    ? g_strdup_printf ("%d%%", hearth_outcome_share_percent (s)) : g_strdup ("—");

  /* Translators: how many people answered each way about one area of life */
  counts = g_strdup_printf (_("Better: %" G_GINT64_FORMAT " · No different: %" G_GINT64_FORMAT
                              " · Worse: %" G_GINT64_FORMAT " · Answered: %" G_GINT64_FORMAT),
                            s->better, s->no_different, s->worse, s->answered);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 hearth_values_label (HEARTH_VALUES_OUTCOME_AREA, s->area));
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
show_outcome_table (HearthDashboardPage *self)
{
  clear_list (self->outcomes_list);
  for (guint i = 0; i < self->outcomes->len; i++)
    gtk_list_box_append (self->outcomes_list,
                         outcome_row_new (&g_array_index (self->outcomes, HearthOutcomeShare, i)));
}

static void
show_outcomes (HearthDashboardPage *self)
{
  g_autoptr(GError) error = NULL;
  GArray *outcomes = hearth_dashboard_outcomes (hearth_page_get_scheme (HEARTH_PAGE (self)),
                                                self->from, self->to, &error);

  if (outcomes == NULL)
    {
      hearth_page_add_toast (HEARTH_PAGE (self), adw_toast_new (error->message));
      return;
    }

  g_clear_pointer (&self->outcomes, g_array_unref);
  self->outcomes = outcomes;
  show_outcome_table (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->chart));
}

static char *
figure_text (HearthOutcomeShare *s)
{
  if (s->answered == 0)
    return g_strdup (_("no answers"));
  return g_strdup_printf (_("%d%% of %" G_GINT64_FORMAT), hearth_outcome_share_percent (s),
                          s->answered);
}

/* The widest figure drawn after the bars, so that none runs past the chart's edge. */
static int
figures_width (HearthDashboardPage *self,
               GtkWidget           *area)
{
  int widest = 0;

  for (guint i = 0; i < self->outcomes->len; i++)
    {
      g_autofree char *value = figure_text (&g_array_index (self->outcomes, HearthOutcomeShare, i));
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

  if (self->outcomes == NULL)
    return;

  figure_width = figures_width (self, GTK_WIDGET (area));
  bar_space = MAX (width - label_width - figure_width - 8 - 12, 0);
  gtk_style_context_get_color (style, &fg);
  for (guint i = 0; i < self->outcomes->len; i++)
    {
      HearthOutcomeShare *s = &g_array_index (self->outcomes, HearthOutcomeShare, i);
      double y = 12 + i * (BAR_HEIGHT + BAR_GAP);
      double share = s->answered > 0 ? (double) s->better / (double) s->answered : 0;
      g_autofree char *value = figure_text (s);
      g_autoptr(PangoLayout) label = gtk_widget_create_pango_layout (GTK_WIDGET (area),
                                                                     hearth_values_label (HEARTH_VALUES_OUTCOME_AREA, s->area));
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

static void
reload (HearthDashboardPage *self)
{
  g_autofree char *today = hearth_date_today ();

  self->stale = FALSE;
  show_attention (self, today);
  show_today (self, today);
  show_outcomes (self);
}

static gboolean
reload_cb (gpointer data)
{
  HearthDashboardPage *self = data;

  self->reload_source = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* A workflow writes several records at once: reload once, when idle, or on next showing. */
static void
scheme_changed_cb (HearthDashboardPage *self)
{
  self->stale = TRUE;
  if (self->reload_source == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->reload_source = g_idle_add (reload_cb, self);
}

static void
mapped_cb (HearthDashboardPage *self)
{
  if (self->stale)
    reload (self);
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
  show_outcomes (self);
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
show_more_action (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  HearthDashboardPage *self = HEARTH_DASHBOARD_PAGE (widget);
  g_autofree char *today = hearth_date_today ();
  guint first = MAX (self->attention_wanted, ATTENTION_SHOWN);
  GtkListBoxRow *row;

  self->attention_wanted = first + HEARTH_PAGE_ROWS;
  show_attention (self, today);
  /* The keyboard goes to the first new item, as the row that asked for it is gone. */
  if ((row = gtk_list_box_get_row_at_index (self->attention_list, (int) first)) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
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

  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_pointer (&self->attention, g_ptr_array_unref);
  g_clear_pointer (&self->outcomes, g_array_unref);
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

  g_signal_connect_object (scheme, "record-added", G_CALLBACK (scheme_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (scheme, "record-changed", G_CALLBACK (scheme_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (scheme, "record-erased", G_CALLBACK (scheme_changed_cb), self, G_CONNECT_SWAPPED);
  reload (self);
}

static void
hearth_dashboard_page_class_init (HearthDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_dashboard_page_dispose;
  object_class->constructed = hearth_dashboard_page_constructed;

  g_type_ensure (HEARTH_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               HEARTH_RESOURCE_PATH "/ui/dashboard/hearth-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthDashboardPage, attention_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthDashboardPage, attention_list);
  gtk_widget_class_bind_template_child (widget_class, HearthDashboardPage, attention_group);
  gtk_widget_class_bind_template_child (widget_class, HearthDashboardPage, today_list);
  gtk_widget_class_bind_template_child (widget_class, HearthDashboardPage, from_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthDashboardPage, to_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthDashboardPage, range_error);
  gtk_widget_class_bind_template_child (widget_class, HearthDashboardPage, chart);
  gtk_widget_class_bind_template_child (widget_class, HearthDashboardPage, outcomes_list);

  gtk_widget_class_install_action (widget_class, "dashboard.save-report", NULL, save_report_action);
  gtk_widget_class_install_action (widget_class, "dashboard.show-more", NULL, show_more_action);
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

void
hearth_dashboard_page_reload (HearthDashboardPage *self)
{
  g_return_if_fail (HEARTH_IS_DASHBOARD_PAGE (self));

  reload (self);
}

guint
hearth_dashboard_page_get_n_attention (HearthDashboardPage *self)
{
  g_return_val_if_fail (HEARTH_IS_DASHBOARD_PAGE (self), 0);

  return self->attention != NULL ? self->attention->len : 0;
}

/* Whether an item about @record ("table:id") needs attention now. */
gboolean
hearth_dashboard_page_has_attention (HearthDashboardPage *self,
                                     const char          *record)
{
  g_return_val_if_fail (HEARTH_IS_DASHBOARD_PAGE (self), FALSE);

  for (guint i = 0; self->attention != NULL && i < self->attention->len; i++)
    if (g_strcmp0 (((HearthAttention *) g_ptr_array_index (self->attention, i))->record, record) == 0)
      return TRUE;

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
