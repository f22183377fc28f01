/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-trials-page.c: the Trials view. Every open trial is a card in the column of its
 * stage, with days in the stage, a flag when it has stalled, and each side's choice; a trial
 * both sides agreed waits in the Decision column until its arrangement starts. The closed
 * trials are a list with their outcome and reason. Each column and the closed list is a list
 * view on the scheme's live list of trials, filtered by the core's rules for its column and
 * by the search: a change anywhere moves just the cards it concerns, and only the cards in
 * sight are built. The view keeps only which trial is selected. */

#define G_LOG_DOMAIN "hearth-trials"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-arrangement-dialog.h"
#include "hearth-gui-util.h"
#include "hearth-trial-card.h"
#include "hearth-trial-choice-dialog.h"
#include "hearth-trial-dialogs.h"
#include "hearth-trial-move-on-dialog.h"
#include "hearth-trial-withdraw-dialog.h"
#include "hearth-trials-page.h"

#define COLUMN_WIDTH 280
/* A stage's column builds the cards in sight and a few more, and more as it is scrolled:
 * GTK 4.8's list view builds two hundred of every list it is given, whatever is in sight,
 * and a board of eight columns of cards took seconds to show. */
#define FIRST_CARDS 6
#define MORE_CARDS 8

typedef struct _HearthTrialsPage HearthTrialsPage;

/* A column of the board, or (with no stage) the closed list. */
typedef struct
{
  HearthTrialsPage   *page;
  const char         *stage;
  GtkWidget          *column;
  GtkLabel           *heading;
  GtkWidget          *placeholder;
  GtkListView        *list_view;
  GtkFilter          *filter;       /* its trials, as the core says */
  GListModel         *shown;        /* those, in order, as searched */
  GtkSliceListModel  *slice;        /* a stage's first cards: as many as are built */
  GtkAdjustment      *adjustment;   /* its scrolling, which asks for more */
  guint               grow_source;
  GtkSingleSelection *selection;
} Column;

struct _HearthTrialsPage
{
  HearthPage         parent_instance;

  HearthTrialBoard  *board;
  GtkFilter         *search;
  char              *needle;           /* the search, casefolded */
  gint64             selected_id;
  gboolean           focus_selected;   /* the selected card had the focus before a change */
  gboolean           focus_on_map;     /* chosen from elsewhere: focus it once shown */
  gboolean           selecting;
  guint              disabled;         /* the actions disabled, a bit each */
  Column            *columns;          /* the board's, then the closed list */
  guint              n_columns;        /* the board's */
  int                scroll_column;    /* the column to bring into view, or -1 */
  guint              scroll_tick;
  guint              scroll_frames;
  Column            *focus_column;     /* a card to focus once its list has built it */
  guint              focus_position;
  guint              focus_tick;
  guint              focus_frames;

  AdwWindowTitle    *title;
  GtkSearchEntry    *search_entry;
  GtkStack          *stack;
  GtkScrolledWindow *board_scroller;
  GtkBox            *board_box;
  GtkListView       *closed_list;
  GtkLabel          *closed_placeholder;
  GtkToggleButton   *closed_toggle;
};

G_DEFINE_FINAL_TYPE (HearthTrialsPage, hearth_trials_page, HEARTH_TYPE_PAGE)

static void update_actions (HearthTrialsPage *self);

static Column *
closed_column (HearthTrialsPage *self)
{
  return &self->columns[self->n_columns];
}

static gboolean
showing_closed (HearthTrialsPage *self)
{
  return gtk_toggle_button_get_active (self->closed_toggle);
}

static HearthTrial *
selected (HearthTrialsPage *self)
{
  GListModel *trials = hearth_trial_board_get_trials (self->board);

  if (self->selected_id <= 0)
    return NULL;
  return HEARTH_TRIAL (hearth_record_list_find (HEARTH_RECORD_LIST (trials), self->selected_id));
}

static gboolean
is_searching (HearthTrialsPage *self)
{
  return self->needle != NULL && self->needle[0] != '\0';
}

/* The card of the row at @position of @column, if it is built. */
static GtkWidget *
row_at (Column *column,
        guint   position)
{
  g_autoptr(HearthTrial) trial = g_list_model_get_item (column->shown, position);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (column->list_view)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *card = gtk_widget_get_first_child (row);

      if (trial != NULL && HEARTH_IS_TRIAL_CARD (card) &&
          hearth_trial_card_get_item (HEARTH_TRIAL_CARD (card)) == trial)
        return row;
    }
  return NULL;
}

static gboolean
find_shown (Column *column,
            gint64  id,
            guint  *position)
{
  guint n = g_list_model_get_n_items (column->shown);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthRecord) record = g_list_model_get_item (column->shown, i);

      if (hearth_record_get_id (record) == id)
        {
          *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

/* The column of the layout shown that holds the trial, and where. */
static Column *
find_column (HearthTrialsPage *self,
             gint64            id,
             guint            *position)
{
  HearthTrial *trial = HEARTH_TRIAL (hearth_record_list_find (
    HEARTH_RECORD_LIST (hearth_trial_board_get_trials (self->board)), id));

  if (trial == NULL)
    return NULL;
  if (showing_closed (self))
    return find_shown (closed_column (self), id, position) ? closed_column (self) : NULL;

  for (guint c = 0; c < self->n_columns; c++)
    if (hearth_trial_board_is_in_stage (self->board, trial, self->columns[c].stage))
      return find_shown (&self->columns[c], id, position) ? &self->columns[c] : NULL;
  return NULL;
}

/* Brings the selected trial's column into view, once the board has its width; a focused
 * card scrolls itself into view inside its column. */
static void
scroll_to_pending (HearthTrialsPage *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (self->board_scroller);
  GtkWidget *column;
  graphene_rect_t bounds;

  if (self->scroll_column < 0)
    return;
  column = self->columns[self->scroll_column].column;
  /* Wait until the whole column fits in the board, or the adjustment would clamp to a board
   * still too narrow and leave the card unseen. */
  if (gtk_widget_get_width (column) == 0 ||
      !gtk_widget_compute_bounds (column, GTK_WIDGET (self->board_box), &bounds) ||
      gtk_adjustment_get_upper (adjustment) < bounds.origin.x + bounds.size.width)
    return;
  gtk_adjustment_set_value (adjustment, bounds.origin.x);
  self->scroll_column = -1;
}

/* A board not laid out yet has no width to scroll: try again each frame, for a while. */
static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  HearthTrialsPage *self = HEARTH_TRIALS_PAGE (widget);

  scroll_to_pending (self);
  if (self->scroll_column >= 0 && ++self->scroll_frames < 120)
    return G_SOURCE_CONTINUE;

  self->scroll_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
scroll_to_column (HearthTrialsPage *self,
                  Column           *column)
{
  if (column == closed_column (self))
    return;
  self->scroll_column = (int) (column - self->columns);
  self->scroll_frames = 0;
  scroll_to_pending (self);
  if (self->scroll_column >= 0 && self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_tick_cb, NULL,
                                                      NULL);
}

/* A list scrolled to a card builds it when next laid out: focus it then. */
static gboolean
focus_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       data)
{
  HearthTrialsPage *self = HEARTH_TRIALS_PAGE (widget);
  GtkWidget *row = row_at (self->focus_column, self->focus_position);

  if (row == NULL && ++self->focus_frames < 60)
    return G_SOURCE_CONTINUE;

  if (row != NULL)
    gtk_widget_grab_focus (row);
  self->focus_tick = 0;
  return G_SOURCE_REMOVE;
}

/* Selects the card at @position of @column and, when @focus, gives it the keyboard. */
static void
select_at (HearthTrialsPage *self,
           Column           *column,
           guint             position,
           gboolean          focus)
{
  GtkWidget *row;

  /* A card past those built is built first. */
  if (column->slice != NULL && position >= gtk_slice_list_model_get_size (column->slice))
    gtk_slice_list_model_set_size (column->slice, position + MORE_CARDS);
  gtk_single_selection_set_selected (column->selection, position);
  if (!focus)
    return;

  gtk_widget_activate_action (GTK_WIDGET (column->list_view), "list.scroll-to-item", "u",
                              position);
  if ((row = row_at (column, position)) != NULL)
    gtk_widget_grab_focus (row);
  else
    {
      self->focus_column = column;
      self->focus_position = position;
      self->focus_frames = 0;
      if (self->focus_tick == 0)
        self->focus_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), focus_tick_cb, NULL,
                                                         NULL);
    }
  scroll_to_column (self, column);
}

/* Keeps the selected trial selected wherever it went, its card focused if it was; a trial
 * gone from the layout shown sends the focus to the search, to find the next one. */
static void
restore_selection (HearthTrialsPage *self,
                   gboolean          focus)
{
  guint position;
  Column *column = self->selected_id > 0 ? find_column (self, self->selected_id, &position)
                                         : NULL;

  if (column == NULL)
    {
      if (focus && gtk_widget_get_mapped (GTK_WIDGET (self)))
        gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
      update_actions (self);
      return;
    }

  self->selecting = TRUE;
  for (guint c = 0; c <= self->n_columns; c++)
    if (&self->columns[c] != column)
      gtk_single_selection_set_selected (self->columns[c].selection, GTK_INVALID_LIST_POSITION);
  select_at (self, column, position, focus);
  self->selecting = FALSE;
  update_actions (self);
}

static gboolean
focus_is_on_card (HearthTrialsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (gtk_widget_is_ancestor (focus, GTK_WIDGET (self->board_box)) ||
                           gtk_widget_is_ancestor (focus, GTK_WIDGET (self->closed_list)));
}

/* A list view given its cards before it is laid out builds two hundred of them: the lists
 * of the layout shown get theirs as they are first shown, then keep them. */
static void
attach_lists (HearthTrialsPage *self,
              gboolean          closed)
{
  guint from = closed ? self->n_columns : 0;
  guint to = closed ? self->n_columns + 1 : self->n_columns;

  for (guint c = from; c < to; c++)
    if (gtk_list_view_get_model (self->columns[c].list_view) == NULL)
      gtk_list_view_set_model (self->columns[c].list_view,
                               GTK_SELECTION_MODEL (self->columns[c].selection));
}

static void
show_layout (HearthTrialsPage *self)
{
  gboolean closed = showing_closed (self);
  guint found = 0;
  g_autofree char *count = NULL;

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    attach_lists (self, closed);

  if (g_list_model_get_n_items (hearth_trial_board_get_trials (self->board)) == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->stack, closed ? "closed" : "board");

  /* While searching, the title says how many the search found where the coordinator looks. */
  if (!is_searching (self))
    {
      adw_window_title_set_subtitle (self->title, NULL);
      return;
    }
  for (guint c = closed ? self->n_columns : 0; c < (closed ? self->n_columns + 1 : self->n_columns);
       c++)
    found += g_list_model_get_n_items (self->columns[c].shown);
  count = g_strdup_printf (closed ? g_dngettext (GETTEXT_PACKAGE, "%u closed trial found",
                                                 "%u closed trials found", found)
                                  : g_dngettext (GETTEXT_PACKAGE, "%u trial found",
                                                 "%u trials found", found),
                           found);
  adw_window_title_set_subtitle (self->title, count);
}

/* A column says how many cards it holds, and says so when it holds none. */
static void
column_changed_cb (Column *column)
{
  guint n = g_list_model_get_n_items (column->shown);
  HearthTrialsPage *self = column->page;

  if (column->stage != NULL)
    {
      g_autofree char *heading = g_strdup_printf ("%s (%u)",
                                                  hearth_values_label (HEARTH_VALUES_TRIAL_STAGE,
                                                                       column->stage), n);

      gtk_label_set_label (column->heading, heading);
    }
  else
    gtk_label_set_label (GTK_LABEL (column->placeholder),
                         is_searching (self) ? _("No closed trial of anyone by that name.")
                                             : _("No trial has closed yet."));
  gtk_widget_set_visible (column->placeholder, n == 0);
}

/* Whether the focus was on a card, asked before any column follows a change of trials. */
static void
trials_changing_cb (HearthTrialsPage *self)
{
  self->focus_selected = focus_is_on_card (self);
}

/* Every column followed the change: the selection follows its trial. */
static void
trials_changed_cb (HearthTrialsPage *self)
{
  show_layout (self);
  restore_selection (self, self->focus_selected);
  self->focus_selected = FALSE;
}

static void
started_changed_cb (HearthTrialsPage *self)
{
  gboolean focus = focus_is_on_card (self);
  Column *decision = &self->columns[self->n_columns - 1];

  /* Only an agreed trial waits for its arrangement, in the last column. */
  gtk_filter_changed (decision->filter, GTK_FILTER_CHANGE_DIFFERENT);
  show_layout (self);
  restore_selection (self, focus);
}

/* One card is selected on the whole board, whichever column it is in. */
static void
selection_changed_cb (Column *column)
{
  HearthTrialsPage *self = column->page;
  HearthRecord *trial = gtk_single_selection_get_selected_item (column->selection);

  if (self->selecting || trial == NULL)
    return;

  self->selected_id = hearth_record_get_id (trial);
  self->selecting = TRUE;
  for (guint c = 0; c <= self->n_columns; c++)
    if (&self->columns[c] != column)
      gtk_single_selection_set_selected (self->columns[c].selection, GTK_INVALID_LIST_POSITION);
  self->selecting = FALSE;
  update_actions (self);
}

/* Enter on a card opens its actions. */
static void
activated_cb (GtkListView *list_view,
              guint        position,
              Column      *column)
{
  GtkWidget *row = row_at (column, position);

  gtk_single_selection_set_selected (column->selection, position);
  if (row != NULL)
    hearth_trial_card_popup_menu (HEARTH_TRIAL_CARD (gtk_widget_get_first_child (row)));
}

static void
setup_card_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               Column                   *column)
{
  gtk_list_item_set_child (item, hearth_trial_card_new (column->page->board,
                                                        column->stage == NULL));
}

static void
bind_card_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              Column                   *column)
{
  hearth_trial_card_set_item (HEARTH_TRIAL_CARD (gtk_list_item_get_child (item)),
                              gtk_list_item_get_item (item));
}

static void
unbind_card_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                Column                   *column)
{
  hearth_trial_card_set_item (HEARTH_TRIAL_CARD (gtk_list_item_get_child (item)), NULL);
}

static gboolean
in_column (gpointer item,
           gpointer data)
{
  Column *column = data;

  if (column->stage == NULL)
    return !hearth_trial_is_open (item);
  return hearth_trial_board_is_in_stage (column->page->board, item, column->stage);
}

static int
compare_waiting (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  return hearth_trial_compare_waiting ((HearthTrial *) a, (HearthTrial *) b);
}

static int
compare_closed (gconstpointer a,
                gconstpointer b,
                gpointer      data)
{
  return hearth_trial_compare_closed ((HearthTrial *) a, (HearthTrial *) b);
}

static gboolean
matches_search (gpointer item,
                gpointer data)
{
  HearthTrialsPage *self = data;

  return hearth_trial_board_matches (self->board, item, self->needle);
}

/* The trials of the board, filtered by the column's rule, sorted once, then searched: typing
 * looks at each trial once, in the one column it is in. */
static void
build_column (HearthTrialsPage *self,
              Column           *column)
{
  GListModel *trials = hearth_trial_board_get_trials (self->board);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkFilterListModel *in_column_model;
  GtkSortListModel *sorted;
  GtkSorter *sorter;

  column->page = self;
  column->filter = GTK_FILTER (gtk_custom_filter_new (in_column, column, NULL));
  in_column_model = gtk_filter_list_model_new (g_object_ref (trials), g_object_ref (column->filter));
  sorter = GTK_SORTER (gtk_custom_sorter_new (column->stage != NULL ? compare_waiting
                                                                    : compare_closed, NULL, NULL));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (in_column_model), sorter);
  column->shown = G_LIST_MODEL (gtk_filter_list_model_new (G_LIST_MODEL (sorted),
                                                           g_object_ref (self->search)));
  if (column->stage != NULL)
    {
      column->slice = gtk_slice_list_model_new (g_object_ref (column->shown), 0, FIRST_CARDS);
      column->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (column->slice)));
    }
  else
    column->selection = gtk_single_selection_new (g_object_ref (column->shown));
  gtk_single_selection_set_autoselect (column->selection, FALSE);
  gtk_single_selection_set_can_unselect (column->selection, TRUE);
  gtk_single_selection_set_selected (column->selection, GTK_INVALID_LIST_POSITION);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_card_cb), column);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_card_cb), column);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_card_cb), column);
  gtk_list_view_set_factory (column->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_single_click_activate (column->list_view, FALSE);
  g_signal_connect (column->list_view, "activate", G_CALLBACK (activated_cb), column);
  g_signal_connect_swapped (column->selection, "notify::selected",
                            G_CALLBACK (selection_changed_cb), column);
  g_signal_connect_swapped (column->shown, "items-changed", G_CALLBACK (column_changed_cb), column);
  column_changed_cb (column);
}

static GtkWidget *
label_new (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_widget_add_css_class (label, css_class);
  return label;
}

/* A column scrolled to within a screen of its end, or not filling its height, builds more;
 * when idle, as the scrolling changes while the column is laid out. */
static gboolean
grow_cb (gpointer data)
{
  Column *column = data;
  double value = gtk_adjustment_get_value (column->adjustment);
  double page = gtk_adjustment_get_page_size (column->adjustment);
  double upper = gtk_adjustment_get_upper (column->adjustment);
  guint size = gtk_slice_list_model_get_size (column->slice);

  column->grow_source = 0;
  if (page > 0 && value + 2 * page >= upper && size < g_list_model_get_n_items (column->shown))
    gtk_slice_list_model_set_size (column->slice, size + MORE_CARDS);
  return G_SOURCE_REMOVE;
}

static void
queue_grow (Column *column)
{
  if (column->slice != NULL && column->grow_source == 0)
    column->grow_source = g_idle_add (grow_cb, column);
}

/* A column of the board: its heading, its cards scrolling on their own, and a word when
 * it holds none. */
static void
add_column (HearthTrialsPage *self,
            Column           *column,
            const char       *stage)
{
  const char *label = hearth_values_label (HEARTH_VALUES_TRIAL_STAGE, stage);
  GtkWidget *scroller = gtk_scrolled_window_new ();

  column->stage = stage;
  column->column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_size_request (column->column, COLUMN_WIDTH, -1);
  gtk_widget_set_name (column->column, stage);
  column->heading = GTK_LABEL (label_new (label, "title-4"));
  column->placeholder = label_new (_("No trials at this stage"), "dim-label");
  column->list_view = GTK_LIST_VIEW (gtk_list_view_new (NULL, NULL));
  gtk_widget_add_css_class (GTK_WIDGET (column->list_view), "card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (column->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  /* As tall as the board, not as its cards: a list view builds only the cards in sight. */
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (column->list_view));
  gtk_box_append (GTK_BOX (column->column), GTK_WIDGET (column->heading));
  gtk_box_append (GTK_BOX (column->column), column->placeholder);
  gtk_box_append (GTK_BOX (column->column), scroller);
  gtk_box_append (self->board_box, column->column);
  column->adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  g_object_ref (column->adjustment);
  g_signal_connect_swapped (column->adjustment, "changed", G_CALLBACK (queue_grow), column);
  g_signal_connect_swapped (column->adjustment, "value-changed", G_CALLBACK (queue_grow), column);
  build_column (self, column);
}

/* The board's columns, one a stage, and the closed list: made once, as the page is. */
static void
build_board (HearthTrialsPage *self)
{
  guint n_stages;
  const HearthValue *stages = hearth_values_get (HEARTH_VALUES_TRIAL_STAGE, &n_stages);
  GListModel *trials = hearth_trial_board_get_trials (self->board);
  Column *closed;

  self->n_columns = n_stages;
  self->columns = g_new0 (Column, n_stages + 1);
  /* Before any column looks at a change of trials: where the focus was. */
  g_signal_connect_object (trials, "items-changed", G_CALLBACK (trials_changing_cb), self,
                           G_CONNECT_SWAPPED);
  for (guint s = 0; s < n_stages; s++)
    add_column (self, &self->columns[s], stages[s].value);

  closed = closed_column (self);
  closed->column = GTK_WIDGET (self->closed_list);
  closed->list_view = self->closed_list;
  closed->placeholder = GTK_WIDGET (self->closed_placeholder);
  build_column (self, closed);

  /* After every column followed it. */
  g_signal_connect_object (trials, "items-changed", G_CALLBACK (trials_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->board, "started-changed", G_CALLBACK (started_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
closed_toggled_cb (HearthTrialsPage *self)
{
  show_layout (self);
  /* The selection follows to the other layout when the trial is there too. */
  restore_selection (self, FALSE);
}

/* From the search to the cards: the first one found is selected and takes the focus. */
static gboolean
focus_first_shown (HearthTrialsPage *self)
{
  guint from = showing_closed (self) ? self->n_columns : 0;
  guint to = showing_closed (self) ? self->n_columns + 1 : self->n_columns;

  for (guint c = from; c < to; c++)
    if (g_list_model_get_n_items (self->columns[c].shown) > 0)
      {
        select_at (self, &self->columns[c], 0, TRUE);
        return TRUE;
      }
  return FALSE;
}

static void
search_changed_cb (HearthTrialsPage *self)
{
  g_autofree char *before = g_steal_pointer (&self->needle);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  self->needle = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  /* Typing on narrows what was found, and deleting widens it: only those are looked at. */
  if (before != NULL && strstr (self->needle, before) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (before != NULL && strstr (before, self->needle) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  gtk_filter_changed (self->search, change);
  show_layout (self);
  restore_selection (self, FALSE);
}

static void
search_stopped_cb (HearthTrialsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* Enter in the search chooses the first trial found. */
static void
search_activated_cb (HearthTrialsPage *self)
{
  focus_first_shown (self);
}

/* Down from the search moves to the cards, to walk them with the arrows. */
static gboolean
search_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       HearthTrialsPage      *self)
{
  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return GDK_EVENT_PROPAGATE;

  return focus_first_shown (self) ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;
}

/* Tells GTK only of a change: GTK announces each one to every card on the board. */
static void
set_enabled (HearthTrialsPage *self,
             guint             index,
             const char       *action,
             gboolean          enabled)
{
  guint bit = 1u << index;

  if (((self->disabled & bit) == 0) == (enabled != FALSE))
    return;
  self->disabled ^= bit;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), action, enabled);
}

static void
update_actions (HearthTrialsPage *self)
{
  HearthTrial *trial = selected (self);
  gboolean open = trial != NULL && hearth_trial_is_open (trial);

  set_enabled (self, 0, "trials.move-on",
               open && !g_str_equal (hearth_trial_get_stage (trial), "decision"));
  set_enabled (self, 1, "trials.record-choice", open);
  set_enabled (self, 2, "trials.withdraw", open);
  set_enabled (self, 3, "trials.start-arrangement",
               trial != NULL && hearth_trial_board_is_ready (self->board, trial));
  set_enabled (self, 4, "trials.open-person", trial != NULL);
  set_enabled (self, 5, "trials.open-carer", trial != NULL);
}

/* Shown again, perhaps on another day: the cards in sight count their days afresh, and a
 * trial chosen from elsewhere takes the focus. */
static void
mapped_cb (HearthTrialsPage *self)
{
  show_layout (self);
  hearth_trials_page_refresh (self);
  if (self->focus_on_map)
    {
      self->focus_on_map = FALSE;
      restore_selection (self, TRUE);
    }
}

static void
move_on_action (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  HearthTrialsPage *self = HEARTH_TRIALS_PAGE (widget);

  if (selected (self) != NULL)
    hearth_trial_move_on_dialog_present (HEARTH_PAGE (self), selected (self));
}

static void
record_choice_action (GtkWidget  *widget,
                      const char *action,
                      GVariant   *parameter)
{
  HearthTrialsPage *self = HEARTH_TRIALS_PAGE (widget);

  if (selected (self) != NULL)
    hearth_trial_choice_dialog_present (HEARTH_PAGE (self), selected (self));
}

static void
withdraw_action (GtkWidget  *widget,
                 const char *action,
                 GVariant   *parameter)
{
  HearthTrialsPage *self = HEARTH_TRIALS_PAGE (widget);

  if (selected (self) != NULL)
    hearth_trial_withdraw_dialog_present (HEARTH_PAGE (self), selected (self));
}

static void
start_arrangement_action (GtkWidget  *widget,
                          const char *action,
                          GVariant   *parameter)
{
  HearthTrialsPage *self = HEARTH_TRIALS_PAGE (widget);
  HearthTrial *trial = selected (self);

  if (trial != NULL && hearth_trial_board_is_ready (self->board, trial))
    hearth_arrangement_dialog_present (widget, hearth_page_get_scheme (HEARTH_PAGE (self)), trial);
}

static void
open_side (HearthTrialsPage *self,
           const char       *table,
           gint64            id)
{
  g_autofree char *reference = g_strdup_printf ("%s:%" G_GINT64_FORMAT, table, id);

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-record", "s", reference);
}

static void
open_person_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *parameter)
{
  HearthTrialsPage *self = HEARTH_TRIALS_PAGE (widget);

  if (selected (self) != NULL)
    open_side (self, "person", hearth_trial_get_person_id (selected (self)));
}

static void
open_carer_action (GtkWidget  *widget,
                   const char *action,
                   GVariant   *parameter)
{
  HearthTrialsPage *self = HEARTH_TRIALS_PAGE (widget);

  if (selected (self) != NULL)
    open_side (self, "carer", hearth_trial_get_carer_id (selected (self)));
}

static void
toggle_closed_action (GtkWidget  *widget,
                      const char *action,
                      GVariant   *parameter)
{
  HearthTrialsPage *self = HEARTH_TRIALS_PAGE (widget);

  gtk_toggle_button_set_active (self->closed_toggle, !showing_closed (self));
}

/* After a dialog about the selected trial: the keyboard goes back to its card. */
static void
focus_selected_action (GtkWidget  *widget,
                       const char *action,
                       GVariant   *parameter)
{
  restore_selection (HEARTH_TRIALS_PAGE (widget), TRUE);
}

static gboolean
hearth_trials_page_show_record (HearthPage   *page,
                                HearthRecord *record)
{
  HearthTrialsPage *self = HEARTH_TRIALS_PAGE (page);

  if (!HEARTH_IS_TRIAL (record))
    return FALSE;

  hearth_trials_page_select (self, hearth_record_get_id (record));
  return TRUE;
}

static void
hearth_trials_page_focus_search (HearthPage *page)
{
  HearthTrialsPage *self = HEARTH_TRIALS_PAGE (page);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
hearth_trials_page_dispose (GObject *object)
{
  HearthTrialsPage *self = HEARTH_TRIALS_PAGE (object);

  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
  self->scroll_tick = 0;
  if (self->focus_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->focus_tick);
  self->focus_tick = 0;
  if (self->board != NULL)
    {
      g_signal_handlers_disconnect_by_data (hearth_trial_board_get_trials (self->board), self);
      g_signal_handlers_disconnect_by_data (self->board, self);
    }
  for (guint c = 0; self->columns != NULL && c <= self->n_columns; c++)
    {
      Column *column = &self->columns[c];

      g_clear_handle_id (&column->grow_source, g_source_remove);
      if (column->adjustment != NULL)
        g_signal_handlers_disconnect_by_data (column->adjustment, column);
      g_clear_object (&column->adjustment);
      g_signal_handlers_disconnect_by_data (column->selection, column);
      g_signal_handlers_disconnect_by_data (column->shown, column);
      gtk_list_view_set_model (column->list_view, NULL);
      gtk_list_view_set_factory (column->list_view, NULL);
      g_clear_object (&column->selection);
      g_clear_object (&column->slice);
      g_clear_object (&column->shown);
      g_clear_object (&column->filter);
    }
  g_clear_pointer (&self->columns, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), HEARTH_TYPE_TRIALS_PAGE);
  g_clear_object (&self->search);
  g_clear_object (&self->board);
  g_clear_pointer (&self->needle, g_free);

  G_OBJECT_CLASS (hearth_trials_page_parent_class)->dispose (object);
}

static void
hearth_trials_page_constructed (GObject *object)
{
  HearthTrialsPage *self = HEARTH_TRIALS_PAGE (object);
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (hearth_trials_page_parent_class)->constructed (object);

  self->board = hearth_trial_board_new (hearth_page_get_scheme (HEARTH_PAGE (self)), &error);
  if (self->board == NULL)
    {
      /* The columns stay empty; the coordinator is told why. */
      hearth_page_add_toast (HEARTH_PAGE (self), adw_toast_new (error->message));
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  build_board (self);
  show_layout (self);
  update_actions (self);
}

static void
hearth_trials_page_class_init (HearthTrialsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthPageClass *page_class = HEARTH_PAGE_CLASS (klass);

  object_class->dispose = hearth_trials_page_dispose;
  object_class->constructed = hearth_trials_page_constructed;
  page_class->show_record = hearth_trials_page_show_record;
  page_class->focus_search = hearth_trials_page_focus_search;

  g_type_ensure (HEARTH_TYPE_TRIAL_CARD);
  gtk_widget_class_set_template_from_resource (widget_class, HEARTH_RESOURCE_PATH
                                               "/ui/trials/hearth-trials-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthTrialsPage, title);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialsPage, board_scroller);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialsPage, board_box);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialsPage, closed_list);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialsPage, closed_placeholder);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialsPage, closed_toggle);

  gtk_widget_class_install_action (widget_class, "trials.move-on", NULL, move_on_action);
  gtk_widget_class_install_action (widget_class, "trials.record-choice", NULL,
                                   record_choice_action);
  gtk_widget_class_install_action (widget_class, "trials.withdraw", NULL, withdraw_action);
  gtk_widget_class_install_action (widget_class, "trials.start-arrangement", NULL,
                                   start_arrangement_action);
  gtk_widget_class_install_action (widget_class, "trials.open-person", NULL, open_person_action);
  gtk_widget_class_install_action (widget_class, "trials.open-carer", NULL, open_carer_action);
  gtk_widget_class_install_action (widget_class, "trials.toggle-closed", NULL,
                                   toggle_closed_action);
  gtk_widget_class_install_action (widget_class, "trials.focus-selected", NULL,
                                   focus_selected_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK,
                                       "trials.move-on", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "trials.record-choice", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, GDK_CONTROL_MASK,
                                       "trials.toggle-closed", NULL);
}

static void
hearth_trials_page_init (HearthTrialsPage *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  hearth_name_mnemonic_buttons (GTK_WIDGET (self));

  self->scroll_column = -1;
  self->search = GTK_FILTER (gtk_custom_filter_new (matches_search, self, NULL));

  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->board_scroller), "changed",
                           G_CALLBACK (scroll_to_pending), self, G_CONNECT_SWAPPED);
  g_signal_connect_swapped (self->closed_toggle, "toggled", G_CALLBACK (closed_toggled_cb), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb),
                            self);
  g_signal_connect_swapped (self->search_entry, "stop-search", G_CALLBACK (search_stopped_cb),
                            self);
  g_signal_connect_swapped (self->search_entry, "activate", G_CALLBACK (search_activated_cb),
                            self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  g_signal_connect (self, "map", G_CALLBACK (mapped_cb), NULL);
}

/**
 * hearth_trials_page_new:
 *
 * Returns: (transfer floating): the Trials view of @scheme
 */
HearthPage *
hearth_trials_page_new (HearthScheme  *scheme,
                        GError       **error)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);

  return g_object_new (HEARTH_TYPE_TRIALS_PAGE, "scheme", scheme, NULL);
}

/**
 * hearth_trials_page_refresh:
 *
 * Shows the cards in sight again for today: their days in the stage and stalled flags. The
 * trials themselves follow the scheme by themselves.
 */
void
hearth_trials_page_refresh (HearthTrialsPage *self)
{
  g_return_if_fail (HEARTH_IS_TRIALS_PAGE (self));

  for (guint c = 0; self->columns != NULL && c <= self->n_columns; c++)
    for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->columns[c].list_view));
         row != NULL; row = gtk_widget_get_next_sibling (row))
      if (HEARTH_IS_TRIAL_CARD (gtk_widget_get_first_child (row)))
        hearth_trial_card_refresh (HEARTH_TRIAL_CARD (gtk_widget_get_first_child (row)));
}

/**
 * hearth_trials_page_get_selected:
 *
 * Returns: (transfer none) (nullable): the trial whose card is selected
 */
HearthTrial *
hearth_trials_page_get_selected (HearthTrialsPage *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIALS_PAGE (self), NULL);

  return self->board != NULL ? selected (self) : NULL;
}

/**
 * hearth_trials_page_select:
 *
 * Selects the trial's card and moves the focus to it, on the board while it is open or
 * waiting for its arrangement, otherwise in the closed list.
 *
 * Returns: %TRUE if the scheme has that trial
 */
gboolean
hearth_trials_page_select (HearthTrialsPage *self,
                           gint64            trial_id)
{
  HearthTrial *trial;
  gboolean mapped;

  g_return_val_if_fail (HEARTH_IS_TRIALS_PAGE (self), FALSE);

  if (self->board == NULL)
    return FALSE;
  self->selected_id = trial_id;
  if ((trial = selected (self)) == NULL)
    {
      self->selected_id = 0;
      return FALSE;
    }

  /* Set the layout without the toggle's handler looking for the selection first. */
  g_signal_handlers_block_by_func (self->closed_toggle, closed_toggled_cb, self);
  gtk_toggle_button_set_active (self->closed_toggle,
                                !hearth_trial_board_is_on_board (self->board, trial));
  g_signal_handlers_unblock_by_func (self->closed_toggle, closed_toggled_cb, self);
  show_layout (self);
  mapped = gtk_widget_get_mapped (GTK_WIDGET (self));
  /* Before the page is shown, the focus waits until it is. */
  self->focus_on_map = !mapped;
  restore_selection (self, mapped);
  return TRUE;
}

/**
 * hearth_trials_page_set_show_closed:
 *
 * Shows the closed trials instead of the board, or the board again.
 */
void
hearth_trials_page_set_show_closed (HearthTrialsPage *self,
                                    gboolean          show_closed)
{
  g_return_if_fail (HEARTH_IS_TRIALS_PAGE (self));

  gtk_toggle_button_set_active (self->closed_toggle, show_closed);
}
