/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-recruitment-page.c: the Recruitment view. The pipeline shows every prospective
 * carer as a card in the column of their stage (or as one list), with days in the stage,
 * their assessor and what they still need before panel; panels, what falls due for approved
 * carers, and the recruitment summary are the other pages. Each list is a list view on a
 * core list a worker computes and keeps up to date (hearth_recruitment_card_list_new(),
 * hearth_panel_summary_list_new(), hearth_carer_due_list_new()): a change moves just the
 * cards it concerns, and only the cards in sight are built. The summary is worked out in a
 * worker when asked for. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date-row.h"
#include "hearth-due-row.h"
#include "hearth-gui-util.h"
#include "hearth-panel-dialog.h"
#include "hearth-panel-row.h"
#include "hearth-recruitment-card-row.h"
#include "hearth-recruitment-chart.h"
#include "hearth-recruitment-dialogs.h"
#include "hearth-recruitment-page.h"
#include "hearth-stage-targets-dialog.h"

#define COLUMN_WIDTH 250
/* GTK 4.8 builds two hundred rows of any list view, in sight or not: a list holds the rows
 * that fill it and a screen more, and grows as it is scrolled down. */
#define FIRST_ROWS 4
#define MORE_ROWS 12

typedef struct _HearthRecruitmentPage HearthRecruitmentPage;

/* A column of the board: one stage's cards. */
typedef struct
{
  HearthRecruitmentPage *page;
  const char            *stage;
  GtkLabel              *heading;
  GtkWidget             *placeholder;
  GtkWidget             *scroller;
  GtkListView           *list_view;
  GListModel            *shown;      /* the stage's cards, in the board's order */
  GtkSelectionModel     *selection;  /* as many of those as are built */
} Column;

/* A list that grows as it is scrolled: its slice of the whole, and the scrolling. */
typedef struct
{
  GtkSliceListModel     *slice;
  GtkAdjustment         *adjustment;
} Growing;

struct _HearthRecruitmentPage
{
  HearthPage                parent_instance;

  HearthAggregateList      *cards;     /* HearthRecruitmentCard, everyone on the board */
  HearthAggregateList      *panels;    /* HearthPanelSummary */
  HearthAggregateList      *dues;      /* HearthCarerDue */
  GtkSelectionModel        *all_selection;
  GtkSelectionModel        *panel_selection;
  GtkSelectionModel        *overdue_selection;
  GtkSelectionModel        *soon_selection;
  GListModel               *overdue;   /* every overdue due, of which the list shows a slice */
  GListModel               *soon;
  GPtrArray                *growing;   /* Growing, of every list but the panels' */
  guint                     update_source;
  Column                   *columns;
  guint                     n_columns;
  char                     *computed_on;  /* the day the lists were last asked for */
  HearthRecruitmentSummary *summary;
  GCancellable             *summary_cancellable;

  AdwViewStack             *view_stack;
  GtkStack                 *pipeline_stack;
  GtkStack                 *panels_stack;
  GtkStack                 *due_stack;
  GtkStack                 *summary_stack;
  GtkStack                 *layout_stack;
  GtkBox                   *board_box;
  GtkListView              *all_list;
  GtkListView              *panels_list;
  GtkWidget                *overdue_section;
  GtkListView              *overdue_list;
  GtkWidget                *soon_section;
  GtkListView              *soon_list;
  GtkBox                   *summary_box;
  GtkToggleButton          *list_toggle;

  HearthDateRow            *from_entry;
  HearthDateRow            *to_entry;
  GtkBox                   *figures_box;
  GtkWidget                *chart;
};

G_DEFINE_FINAL_TYPE (HearthRecruitmentPage, hearth_recruitment_page, HEARTH_TYPE_PAGE)

static void load_summary (HearthRecruitmentPage *self);

static HearthScheme *
scheme_of (HearthRecruitmentPage *self)
{
  return hearth_page_get_scheme (HEARTH_PAGE (self));
}

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static GtkWidget *
label_new (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* Wrapped text asks for no more than a card's width, so the board's columns stay narrow. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static gboolean
showing_list (HearthRecruitmentPage *self)
{
  return gtk_toggle_button_get_active (self->list_toggle);
}

static void queue_update (HearthRecruitmentPage *self);

static void
adjustment_changed_cb (GtkAdjustment         *adjustment,
                       HearthRecruitmentPage *self)
{
  queue_update (self);
}

static void
growing_free (gpointer data)
{
  Growing *growing = data;

  g_signal_handlers_disconnect_matched (growing->adjustment, G_SIGNAL_MATCH_FUNC, 0, 0, NULL,
                                        adjustment_changed_cb, NULL);
  g_clear_object (&growing->slice);
  g_clear_object (&growing->adjustment);
  g_free (growing);
}

/* The first rows of @model, more as @list_view is scrolled down. */
static GtkSelectionModel *
growing_new (HearthRecruitmentPage *self,
             GListModel            *model,
             GtkWidget             *list_view)
{
  Growing *growing = g_new0 (Growing, 1);
  GtkWidget *scroller = gtk_widget_get_ancestor (list_view, GTK_TYPE_SCROLLED_WINDOW);

  g_assert (scroller != NULL);
  growing->slice = gtk_slice_list_model_new (model, 0, FIRST_ROWS);
  growing->adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  g_object_ref (growing->adjustment);
  g_signal_connect_object (growing->adjustment, "changed", G_CALLBACK (adjustment_changed_cb),
                           self, 0);
  g_signal_connect_object (growing->adjustment, "value-changed",
                           G_CALLBACK (adjustment_changed_cb), self, 0);
  g_ptr_array_add (self->growing, growing);
  return GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_object_ref (growing->slice))));
}

/* A list scrolled to within a screen of its end, or not filling its height, takes more. */
static void
grow (Growing *growing)
{
  double value = gtk_adjustment_get_value (growing->adjustment);
  double page = gtk_adjustment_get_page_size (growing->adjustment);
  double upper = gtk_adjustment_get_upper (growing->adjustment);
  guint size = gtk_slice_list_model_get_size (growing->slice);
  GListModel *all = gtk_slice_list_model_get_model (growing->slice);

  if (page > 0 && value + 2 * page >= upper && size < g_list_model_get_n_items (all))
    gtk_slice_list_model_set_size (growing->slice, size + MORE_ROWS);
}

/* Whether the board's scrolling shows some of column @index; before the board is laid out,
 * whether it would show at first. */
static gboolean
in_sight (HearthRecruitmentPage *self,
          guint                  index)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (self->board_box),
                                                 GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller));
  double left = gtk_adjustment_get_value (adjustment);
  double right = left + gtk_adjustment_get_page_size (adjustment);
  graphene_rect_t bounds;

  if (gtk_adjustment_get_page_size (adjustment) <= 0)
    return index * COLUMN_WIDTH < (guint) MAX (gtk_widget_get_width (GTK_WIDGET (self)), 0) ||
           gtk_widget_get_width (GTK_WIDGET (self)) == 0;
  if (!gtk_widget_compute_bounds (gtk_widget_get_parent (self->columns[index].scroller),
                                  GTK_WIDGET (self->board_box),
                                  &bounds))
    return FALSE;
  return bounds.origin.x < right && bounds.origin.x + bounds.size.width > left;
}

/* A list view gets its rows once it is shown, then keeps them; it holds only the first
 * rows of its list, so it never builds many. */
static void
attach (GtkListView       *list_view,
        GtkSelectionModel *model)
{
  if (gtk_list_view_get_model (list_view) == NULL)
    gtk_list_view_set_model (list_view, model);
}

static int compare_cards (gconstpointer a,
                          gconstpointer b,
                          gpointer      data);

/* The one list sorts every card: only once it is first shown. */
static GtkSelectionModel *
all_selection (HearthRecruitmentPage *self)
{
  GtkSortListModel *all;

  if (self->all_selection != NULL)
    return self->all_selection;

  all = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->cards)),
                                 GTK_SORTER (gtk_custom_sorter_new (compare_cards, NULL, NULL)));
  self->all_selection = growing_new (self, G_LIST_MODEL (all), GTK_WIDGET (self->all_list));
  return self->all_selection;
}

/* The lists of the page shown get their rows; the board's columns out of sight wait until
 * they are scrolled to. Done as soon as there is something to show, before the frame that
 * shows it is laid out. */
static void
attach_lists (HearthRecruitmentPage *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  if (g_strcmp0 (page, "pipeline") == 0 && showing_list (self))
    attach (self->all_list, all_selection (self));
  else if (g_strcmp0 (page, "pipeline") == 0)
    for (guint c = 0; c < self->n_columns; c++)
      {
        if (in_sight (self, c))
          attach (self->columns[c].list_view, self->columns[c].selection);
      }
  else if (g_strcmp0 (page, "due") == 0)
    {
      attach (self->overdue_list, self->overdue_selection);
      attach (self->soon_list, self->soon_selection);
    }
}

/* Once laid out, or scrolled: the columns come into sight get their rows, and lists near
 * their end take more. */
static gboolean
update_cb (gpointer data)
{
  HearthRecruitmentPage *self = data;

  self->update_source = 0;
  attach_lists (self);
  for (guint i = 0; i < self->growing->len; i++)
    grow (g_ptr_array_index (self->growing, i));
  return G_SOURCE_REMOVE;
}

/* After the frame being laid out: lists change their rows between frames. */
static void
queue_update (HearthRecruitmentPage *self)
{
  if (self->update_source == 0)
    self->update_source = g_idle_add_full (G_PRIORITY_DEFAULT, update_cb, self, NULL);
}

/* The spinner until a list is first computed, then the list or its empty state. */
static void
show_state (GtkStack            *stack,
            HearthAggregateList *list,
            guint                n)
{
  if (!hearth_aggregate_list_get_loaded (list))
    gtk_stack_set_visible_child_name (stack, "loading");
  else
    gtk_stack_set_visible_child_name (stack, n > 0 ? "content" : "empty");
}

static void
cards_changed_cb (HearthRecruitmentPage *self)
{
  show_state (self->pipeline_stack, self->cards,
              g_list_model_get_n_items (G_LIST_MODEL (self->cards)));
  attach_lists (self);
  queue_update (self);
}

static void
panels_changed_cb (HearthRecruitmentPage *self)
{
  show_state (self->panels_stack, self->panels,
              g_list_model_get_n_items (G_LIST_MODEL (self->panels)));
  queue_update (self);
}

static void
dues_changed_cb (HearthRecruitmentPage *self)
{
  guint overdue = g_list_model_get_n_items (self->overdue);
  guint soon = g_list_model_get_n_items (self->soon);

  gtk_widget_set_visible (self->overdue_section, overdue > 0);
  gtk_widget_set_visible (self->soon_section, soon > 0);
  show_state (self->due_stack, self->dues, overdue + soon);
  attach_lists (self);
  queue_update (self);
}

/* A list that failed to compute keeps what it showed; the coordinator is told why. */
static void
loaded_cb (HearthAggregateList   *list,
           GParamSpec            *pspec,
           HearthRecruitmentPage *self)
{
  const GError *error = hearth_aggregate_list_get_error (list);

  if (error != NULL)
    hearth_page_add_toast (HEARTH_PAGE (self), adw_toast_new (error->message));
  cards_changed_cb (self);
  panels_changed_cb (self);
  dues_changed_cb (self);
}

/* A column says how many cards it holds, and says so when it holds none. */
static void
column_changed_cb (Column *column)
{
  guint n = g_list_model_get_n_items (column->shown);
  g_autofree char *heading = g_strdup_printf ("%s (%u)",
                                              hearth_recruitment_stage_label (column->stage), n);

  gtk_label_set_label (column->heading, heading);
  gtk_widget_set_visible (column->placeholder, n == 0);
  /* An empty column keeps its list, for a screen reader to find it and hear it is empty. */
  if (n > 0)
    gtk_widget_add_css_class (GTK_WIDGET (column->list_view), "card");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (column->list_view), "card");
  queue_update (column->page);
}

static gboolean
in_column (gpointer item,
           gpointer data)
{
  Column *column = data;

  return hearth_recruitment_card_is_in_stage (item, column->stage);
}

static int
compare_cards (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  return hearth_recruitment_card_compare ((HearthRecruitmentCard *) a, (HearthRecruitmentCard *) b);
}

static int
compare_panels (gconstpointer a,
                gconstpointer b,
                gpointer      data)
{
  return hearth_panel_summary_compare ((HearthPanelSummary *) a, (HearthPanelSummary *) b);
}

static int
compare_dues (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  return hearth_carer_due_compare ((HearthCarerDue *) a, (HearthCarerDue *) b);
}

static gboolean
is_overdue (gpointer item,
            gpointer data)
{
  return hearth_carer_due_is_overdue (item) == GPOINTER_TO_INT (data);
}

static GtkListItemFactory *
factory_new (const char *resource)
{
  g_autofree char *path = g_strconcat (HEARTH_RESOURCE_PATH "/ui/recruitment/", resource, NULL);

  return gtk_builder_list_item_factory_new_from_resource (NULL, path);
}

/* The stage's cards: filtered from every card, then sorted, so that a carer who moves
 * leaves one column and enters another and no other card is touched. */
static void
build_column (HearthRecruitmentPage *self,
              Column                *column,
              const char            *stage)
{
  const char *label = hearth_recruitment_stage_label (stage);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkFilterListModel *filtered;
  GtkListItemFactory *factory;
  GtkFilter *filter;
  GtkSorter *sorter;

  column->scroller = scroller;
  column->page = self;
  column->stage = stage;
  gtk_widget_set_size_request (box, COLUMN_WIDTH, -1);
  gtk_widget_set_name (box, stage);
  column->heading = GTK_LABEL (label_new (label, "title-4"));
  column->placeholder = label_new (_("Nobody"), "dim-label");
  factory = factory_new ("hearth-recruitment-card-item.ui");
  column->list_view = GTK_LIST_VIEW (gtk_list_view_new (NULL, factory));
  gtk_accessible_update_property (GTK_ACCESSIBLE (column->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  /* As tall as the board, not as its cards: a list view builds only the cards in sight. */
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (column->list_view));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (column->heading));
  gtk_box_append (GTK_BOX (box), column->placeholder);
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_box_append (self->board_box, box);

  filter = GTK_FILTER (gtk_custom_filter_new (in_column, column, NULL));
  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cards, NULL, NULL));
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->cards)), filter);
  column->shown = G_LIST_MODEL (gtk_sort_list_model_new (G_LIST_MODEL (filtered), sorter));
  column->selection = growing_new (self, g_object_ref (column->shown),
                                   GTK_WIDGET (column->list_view));
  g_signal_connect_swapped (column->shown, "items-changed", G_CALLBACK (column_changed_cb), column);
  column_changed_cb (column);
}

/* The board's columns, one for each stage it shows, in the flow's order, then the one list:
 * made once, as the page is. */
static void
build_pipeline (HearthRecruitmentPage *self)
{
  guint n_stages;
  const HearthValue *stages = hearth_values_get (HEARTH_VALUES_CARER_STAGE, &n_stages);

  self->columns = g_new0 (Column, n_stages);
  for (guint s = 0; s < n_stages; s++)
    if (hearth_recruitment_stage_is_shown (stages[s].value))
      build_column (self, &self->columns[self->n_columns++], stages[s].value);

  gtk_list_view_set_factory (self->all_list, factory_new ("hearth-recruitment-list-item.ui"));
}

static void
build_panels (HearthRecruitmentPage *self)
{
  GtkSortListModel *sorted;

  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->panels)),
                                    GTK_SORTER (gtk_custom_sorter_new (compare_panels, NULL,
                                                                       NULL)));
  self->panel_selection = GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (sorted)));
  gtk_list_view_set_factory (self->panels_list, factory_new ("hearth-panel-list-item.ui"));
  /* A scheme holds a panel a month or so: they are all built at once, shown or not. */
  gtk_list_view_set_model (self->panels_list, self->panel_selection);
}

static GListModel *
dues_of (HearthRecruitmentPage *self,
         gboolean               overdue)
{
  GtkFilter *filter = GTK_FILTER (gtk_custom_filter_new (is_overdue, GINT_TO_POINTER (overdue),
                                                         NULL));
  GtkFilterListModel *filtered;

  filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->dues)), filter);
  return G_LIST_MODEL (gtk_sort_list_model_new (G_LIST_MODEL (filtered),
                                                GTK_SORTER (gtk_custom_sorter_new (compare_dues,
                                                                                   NULL, NULL))));
}

static void
build_dues (HearthRecruitmentPage *self)
{
  self->overdue = dues_of (self, TRUE);
  self->soon = dues_of (self, FALSE);
  self->overdue_selection = growing_new (self, g_object_ref (self->overdue),
                                         GTK_WIDGET (self->overdue_list));
  self->soon_selection = growing_new (self, g_object_ref (self->soon),
                                      GTK_WIDGET (self->soon_list));
  gtk_list_view_set_factory (self->overdue_list, factory_new ("hearth-due-list-item.ui"));
  gtk_list_view_set_factory (self->soon_list, factory_new ("hearth-due-list-item.ui"));
  g_signal_connect_object (self->overdue, "items-changed",
                           G_CALLBACK (dues_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->soon, "items-changed",
                           G_CALLBACK (dues_changed_cb), self, G_CONNECT_SWAPPED);
}

/* The cards and the few panels are computed when the view is first shown, what falls due
 * when its page is (a large scheme has thousands of approved carers), the summary when first
 * asked for. Shown on another day, the lists count their days afresh. */
static void
page_shown_cb (HearthRecruitmentPage *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);
  g_autofree char *today = NULL;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  today = hearth_date_today ();
  hearth_aggregate_list_start (self->cards);
  hearth_aggregate_list_start (self->panels);
  if (g_strcmp0 (page, "due") == 0)
    hearth_aggregate_list_start (self->dues);
  else if (g_strcmp0 (page, "summary") == 0 && self->summary == NULL &&
           self->summary_cancellable == NULL)
    load_summary (self);

  if (self->computed_on != NULL && g_strcmp0 (self->computed_on, today) != 0)
    {
      hearth_aggregate_list_refresh (self->cards);
      hearth_aggregate_list_refresh (self->panels);
      hearth_aggregate_list_refresh (self->dues);
    }
  g_free (self->computed_on);
  self->computed_on = g_steal_pointer (&today);
  attach_lists (self);
  queue_update (self);
}

static void
list_toggled_cb (HearthRecruitmentPage *self)
{
  gtk_stack_set_visible_child_name (self->layout_stack, showing_list (self) ? "list" : "board");
  attach_lists (self);
  queue_update (self);
}

static void
grid_row (GtkGrid             *grid,
          int                  row,
          const char * const  *cells,
          guint                n_cells,
          gboolean             heading)
{
  for (guint i = 0; i < n_cells; i++)
    {
      GtkWidget *label = label_new (cells[i], heading ? "heading" : NULL);

      gtk_label_set_xalign (GTK_LABEL (label), i == 0 ? 0 : 1);
      gtk_widget_set_hexpand (label, i == 0);
      /* A long source or stage name breaks rather than push the figures off a narrow window. */
      if (i == 0)
        gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_grid_attach (grid, label, (int) i, row, 1, 1);
    }
}

static GtkWidget *
sources_grid (const HearthRecruitmentSummary *summary)
{
  const char *headings[] = { _("Source"), _("Enquiries"), _("Approved"), _("Conversion") };
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Enquiries by source"), -1);
  grid_row (GTK_GRID (grid), 0, headings, 4, TRUE);
  for (guint i = 0; i < summary->sources->len; i++)
    {
      const HearthSourceFigures *f = g_ptr_array_index (summary->sources, i);
      g_autofree char *n = g_strdup_printf ("%u", f->enquiries);
      g_autofree char *a = g_strdup_printf ("%u", f->approved);
      g_autofree char *c = g_strdup_printf ("%.1f%%", hearth_source_figures_conversion (f));
      const char *cells[] = { f->source, n, a, c };

      grid_row (GTK_GRID (grid), (int) i + 1, cells, 4, FALSE);
    }
  return grid;
}

static GtkWidget *
stages_grid (const HearthRecruitmentSummary *summary)
{
  const char *headings[] = { _("Stage"), _("Reached"), _("Dropped out") };
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("How far enquiries got"), -1);
  grid_row (GTK_GRID (grid), 0, headings, 3, TRUE);
  for (guint k = 0; k < HEARTH_RECRUITMENT_N_STAGES; k++)
    {
      g_autofree char *r = g_strdup_printf ("%u", summary->reached[k]);
      g_autofree char *d = g_strdup_printf ("%u", summary->dropped[k]);
      const char *cells[] = {
        hearth_values_label (HEARTH_VALUES_CARER_STAGE, hearth_recruitment_stage (k)), r, d,
      };

      grid_row (GTK_GRID (grid), (int) k + 1, cells, 3, FALSE);
    }
  return grid;
}

static void
show_figures (HearthRecruitmentPage *self)
{
  const HearthRecruitmentSummary *s = self->summary;
  g_autofree char *totals = g_strdup_printf (_("%u enquiries, %u approved"), s->enquiries,
                                             s->approved);
  g_autofree char *median = s->median_days >= 0
    ? g_strdup_printf (_("Median days from enquiry to approval: %.1f"), s->median_days)
    : g_strdup (_("Median days from enquiry to approval: nobody approved yet"));
  g_autofree char *drop = s->most_dropped >= 0
    ? g_strdup_printf (_("Most drop-outs at: %s (%u)"),
                       hearth_values_label (HEARTH_VALUES_CARER_STAGE,
                                            hearth_recruitment_stage (s->most_dropped)),
                       s->dropped[s->most_dropped])
    : g_strdup (_("Most drop-outs at: nobody dropped out"));
  GtkWidget *columns = hearth_wrap_box_new (36, _("Enquiries in this range"));

  clear_box (self->figures_box);
  gtk_box_append (self->figures_box, label_new (totals, "title-3"));
  if (s->enquiries == 0)
    {
      gtk_box_append (self->figures_box, label_new (_("No enquiries in this range."), "dim-label"));
      return;
    }
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (columns), 2);
  hearth_wrap_box_append (columns, sources_grid (s), _("Enquiries by source"));
  hearth_wrap_box_append (columns, stages_grid (s), _("How far enquiries got"));
  gtk_box_append (self->figures_box, columns);
  gtk_box_append (self->figures_box, label_new (median, NULL));
  gtk_box_append (self->figures_box, label_new (drop, NULL));
  gtk_box_append (self->figures_box, self->chart);
  gtk_box_append (self->figures_box,
                  label_new (_("Each bar is how many reached the stage; its red end, how many "
                               "withdrew or were declined there."), "dim-label"));
  gtk_box_append (self->figures_box,
                  label_new (_("The enquiries dated in the range, followed to today through "
                               "their stage history: a carer who withdrew or was declined counts "
                               "at the furthest stage they reached."), "dim-label"));
  hearth_recruitment_chart_set_summary (HEARTH_RECRUITMENT_CHART (self->chart), s);
}

/* What a worker needs to sum up a range: its own connection, and the range. */
typedef struct
{
  HearthScheme *reader;
  char         *from;
  char         *to;
} SummaryJob;

static void
summary_job_free (SummaryJob *job)
{
  g_clear_object (&job->reader);
  g_free (job->from);
  g_free (job->to);
  g_free (job);
}

static void
summary_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  SummaryJob *job = task_data;
  HearthRecruitmentSummary *summary;
  GError *error = NULL;

  summary = hearth_scheme_recruitment_summary (job->reader, job->from, job->to, &error);
  if (summary == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, summary, (GDestroyNotify) hearth_recruitment_summary_free);
}

static void
summary_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      data)
{
  g_autoptr(HearthRecruitmentPage) self = data;
  g_autoptr(GError) error = NULL;
  HearthRecruitmentSummary *summary = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->summary_cancellable);
  if (summary == NULL)
    {
      hearth_page_add_toast (HEARTH_PAGE (self), adw_toast_new (error->message));
      return;
    }
  g_clear_pointer (&self->summary, hearth_recruitment_summary_free);
  self->summary = summary;
  show_figures (self);
}

/* The summary of the range asked for, worked out in a worker on a connection of its own:
 * it follows every enquiry's history, which takes a while on a large scheme. */
static void
load_summary (HearthRecruitmentPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  SummaryJob *job;

  if (!hearth_date_row_read (self->from_entry, &from, &error) ||
      !hearth_date_row_read (self->to_entry, &to, &error))
    {
      hearth_page_add_toast (HEARTH_PAGE (self), adw_toast_new (error->message));
      return;
    }

  job = g_new0 (SummaryJob, 1);
  if (!(job->reader = hearth_scheme_open_reader (scheme_of (self), &error)))
    {
      summary_job_free (job);
      hearth_page_add_toast (HEARTH_PAGE (self), adw_toast_new (error->message));
      return;
    }
  job->from = g_steal_pointer (&from);
  job->to = g_steal_pointer (&to);

  g_cancellable_cancel (self->summary_cancellable);
  g_clear_object (&self->summary_cancellable);
  self->summary_cancellable = g_cancellable_new ();
  task = g_task_new (NULL, self->summary_cancellable, summary_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, load_summary);
  g_task_set_task_data (task, job, (GDestroyNotify) summary_job_free);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, summary_thread);
}

static void
export_clicked_cb (HearthRecruitmentPage *self)
{
  if (self->summary != NULL)
    hearth_recruitment_ask_export (HEARTH_PAGE (self), self->summary);
}

static HearthDateRow *
range_row (GtkWidget  *list,
           const char *name,
           const char *label,
           const char *iso)
{
  GtkWidget *row = hearth_date_row_new (label);

  gtk_widget_set_name (row, name);
  hearth_date_row_set_date (HEARTH_DATE_ROW (row), iso);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return HEARTH_DATE_ROW (row);
}

/* The range of enquiry dates, the export, the figures and the chart. */
static void
build_summary (HearthRecruitmentPage *self)
{
  GtkWidget *bar = hearth_wrap_box_new (6, _("Show or export"));
  GtkWidget *range = gtk_list_box_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *show = hearth_button_new_with_mnemonic (_("_Show"));
  GtkWidget *export = hearth_button_new_with_mnemonic (_("_Export CSV…"));
  g_autofree char *today = hearth_date_today ();
  g_autofree char *year_start = g_strdup_printf ("%.4s-01-01", today);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (range), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (range, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (range), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Enquiries between"), -1);
  self->from_entry = range_row (range, "from", _("Enquiries from"), year_start);
  self->to_entry = range_row (range, "to", _("Enquiries to"), today);
  gtk_box_append (GTK_BOX (buttons), show);
  gtk_box_append (GTK_BOX (buttons), export);
  hearth_wrap_box_append (bar, buttons, _("Show or export"));
  gtk_box_append (self->summary_box, range);
  gtk_box_append (self->summary_box, bar);

  self->figures_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 12));
  gtk_box_append (self->summary_box, GTK_WIDGET (self->figures_box));
  self->chart = g_object_ref_sink (hearth_recruitment_chart_new ());

  g_signal_connect_object (show, "clicked", G_CALLBACK (load_summary), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->from_entry, "entry-activated", G_CALLBACK (load_summary), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->to_entry, "entry-activated", G_CALLBACK (load_summary), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (export, "clicked", G_CALLBACK (export_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_stack_set_visible_child_name (self->summary_stack, "content");
}

static void
schedule_panel_action (GtkWidget  *widget,
                       const char *action,
                       GVariant   *parameter)
{
  hearth_panel_dialog_present (HEARTH_PAGE (widget));
}

static void
targets_action (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  hearth_stage_targets_dialog_present (HEARTH_PAGE (widget));
}

/* Stage targets are not records, so saving them is no change the lists hear of: the
 * targets' question asks for the cards to be computed again. */
static void
targets_saved_action (GtkWidget  *widget,
                      const char *action,
                      GVariant   *parameter)
{
  hearth_aggregate_list_refresh (HEARTH_RECRUITMENT_PAGE (widget)->cards);
}

static void
toggle_list_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *parameter)
{
  HearthRecruitmentPage *self = HEARTH_RECRUITMENT_PAGE (widget);

  gtk_toggle_button_set_active (self->list_toggle, !showing_list (self));
}

static void
hearth_recruitment_page_dispose (GObject *object)
{
  HearthRecruitmentPage *self = HEARTH_RECRUITMENT_PAGE (object);

  /* The list views let go of their models, and the models of the scheme's lists, before
   * the columns their filters look at are freed: the lists are then freed with the page,
   * and no worker's result reaches a column that is gone. */
  g_clear_handle_id (&self->update_source, g_source_remove);
  for (guint c = 0; c < self->n_columns; c++)
    gtk_list_view_set_model (self->columns[c].list_view, NULL);
  if (self->all_list != NULL)
    {
      gtk_list_view_set_model (self->all_list, NULL);
      gtk_list_view_set_model (self->panels_list, NULL);
      gtk_list_view_set_model (self->overdue_list, NULL);
      gtk_list_view_set_model (self->soon_list, NULL);
    }
  g_clear_pointer (&self->growing, g_ptr_array_unref);
  for (guint c = 0; c < self->n_columns; c++)
    {
      g_clear_object (&self->columns[c].selection);
      if (self->columns[c].shown != NULL)
        g_signal_handlers_disconnect_by_data (self->columns[c].shown, &self->columns[c]);
      g_clear_object (&self->columns[c].shown);
    }
  self->n_columns = 0;
  g_clear_pointer (&self->columns, g_free);
  g_clear_object (&self->all_selection);
  g_clear_object (&self->panel_selection);
  g_clear_object (&self->overdue_selection);
  g_clear_object (&self->soon_selection);
  g_clear_object (&self->overdue);
  g_clear_object (&self->soon);
  g_clear_object (&self->cards);
  g_clear_object (&self->panels);
  g_clear_object (&self->dues);
  g_cancellable_cancel (self->summary_cancellable);
  g_clear_object (&self->summary_cancellable);
  g_clear_pointer (&self->summary, hearth_recruitment_summary_free);
  g_clear_pointer (&self->computed_on, g_free);
  g_clear_object (&self->chart);

  G_OBJECT_CLASS (hearth_recruitment_page_parent_class)->dispose (object);
}

static void
hearth_recruitment_page_constructed (GObject *object)
{
  HearthRecruitmentPage *self = HEARTH_RECRUITMENT_PAGE (object);
  HearthScheme *scheme = hearth_page_get_scheme (HEARTH_PAGE (self));

  G_OBJECT_CLASS (hearth_recruitment_page_parent_class)->constructed (object);

  self->cards = hearth_recruitment_card_list_new (scheme);
  self->panels = hearth_panel_summary_list_new (scheme);
  self->dues = hearth_carer_due_list_new (scheme);
  build_pipeline (self);
  build_panels (self);
  {
    GtkWidget *board = gtk_widget_get_ancestor (GTK_WIDGET (self->board_box),
                                                GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *across = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (board));

    g_signal_connect_object (across, "changed", G_CALLBACK (adjustment_changed_cb), self, 0);
    g_signal_connect_object (across, "value-changed", G_CALLBACK (adjustment_changed_cb), self,
                             0);
  }
  build_dues (self);
  build_summary (self);

  g_signal_connect_object (self->cards, "items-changed", G_CALLBACK (cards_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->panels, "items-changed", G_CALLBACK (panels_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->cards, "notify::loaded", G_CALLBACK (loaded_cb), self, 0);
  g_signal_connect_object (self->panels, "notify::loaded", G_CALLBACK (loaded_cb), self, 0);
  g_signal_connect_object (self->dues, "notify::loaded", G_CALLBACK (loaded_cb), self, 0);
  loaded_cb (self->cards, NULL, self);
}

static void
hearth_recruitment_page_class_init (HearthRecruitmentPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_recruitment_page_dispose;
  object_class->constructed = hearth_recruitment_page_constructed;

  g_type_ensure (HEARTH_TYPE_RECRUITMENT_CARD_ROW);
  g_type_ensure (HEARTH_TYPE_PANEL_ROW);
  g_type_ensure (HEARTH_TYPE_DUE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, HEARTH_RESOURCE_PATH
                                               "/ui/recruitment/hearth-recruitment-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentPage, pipeline_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentPage, panels_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentPage, due_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentPage, summary_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentPage, layout_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentPage, board_box);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentPage, all_list);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentPage, panels_list);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentPage, overdue_section);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentPage, overdue_list);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentPage, soon_section);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentPage, soon_list);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentPage, summary_box);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentPage, list_toggle);

  gtk_widget_class_install_action (widget_class, "recruitment.schedule-panel", NULL,
                                   schedule_panel_action);
  gtk_widget_class_install_action (widget_class, "recruitment.toggle-list", NULL,
                                   toggle_list_action);
  gtk_widget_class_install_action (widget_class, "recruitment.targets", NULL, targets_action);
  gtk_widget_class_install_action (widget_class, "recruitment.targets-saved", NULL,
                                   targets_saved_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK,
                                       "recruitment.toggle-list", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "recruitment.schedule-panel", NULL);
}

static void
hearth_recruitment_page_init (HearthRecruitmentPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hearth_name_switchers (GTK_WIDGET (self), _("Recruitment views"));
  hearth_name_mnemonic_buttons (GTK_WIDGET (self));

  self->growing = g_ptr_array_new_with_free_func (growing_free);
  g_signal_connect_swapped (self->list_toggle, "toggled", G_CALLBACK (list_toggled_cb), self);
  g_signal_connect_swapped (self->view_stack, "notify::visible-child",
                            G_CALLBACK (page_shown_cb), self);
  g_signal_connect (self, "map", G_CALLBACK (page_shown_cb), NULL);
}

/**
 * hearth_recruitment_page_new:
 *
 * Returns: (transfer floating): the Recruitment view of @scheme
 */
HearthPage *
hearth_recruitment_page_new (HearthScheme  *scheme,
                             GError       **error)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);

  return g_object_new (HEARTH_TYPE_RECRUITMENT_PAGE, "scheme", scheme, NULL);
}

/**
 * hearth_recruitment_page_set_range:
 *
 * Shows the summary for the enquiries made from @from to @to, once worked out.
 */
void
hearth_recruitment_page_set_range (HearthRecruitmentPage *self,
                                   const char            *from,
                                   const char            *to)
{
  g_return_if_fail (HEARTH_IS_RECRUITMENT_PAGE (self));

  hearth_date_row_set_date (self->from_entry, from);
  hearth_date_row_set_date (self->to_entry, to);
  load_summary (self);
}
