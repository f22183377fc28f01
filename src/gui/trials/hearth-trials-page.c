/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-trials-page.c: the Trials view. Every open trial is a card in the column of its
 * stage, with days in the stage, a flag when it has stalled, and each side's choice; a trial
 * both sides agreed waits in the Decision column until its arrangement starts. The closed
 * trials are a list with their outcome and reason. Everything is rebuilt from the core when
 * the scheme changes: the view keeps only which trial is selected, and how far down each
 * column was shown. A column builds a page of cards at a time, with a row at its end that
 * builds the next: a large scheme has thousands of trials. */

#define G_LOG_DOMAIN "hearth-trials"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hearth-arrangement-dialog.h"
#include "hearth-gui-util.h"
#include "hearth-trial-choice-dialog.h"
#include "hearth-trial-dialogs.h"
#include "hearth-trial-move-on-dialog.h"
#include "hearth-trial-withdraw-dialog.h"
#include "hearth-trials-page.h"

/* When the scheme says nothing, a trial stalls after this many days in one stage. */
#define DEFAULT_STALL_DAYS 21
#define COLUMN_WIDTH 280

struct _HearthTrialsPage
{
  HearthPage       parent_instance;

  guint            reload_source;
  gint64           selected_id;
  gboolean         focus_selected;   /* after the next reload, focus the selected card */
  int              scroll_column;    /* the column to bring into view, or -1 */
  guint            scroll_tick;      /* tries again each frame while the board is laid out */
  guint            scroll_frames;
  GHashTable      *trials;           /* id → HearthTrial, as last loaded */
  GHashTable      *people;           /* id → display name */
  GHashTable      *carers;           /* id → display name */
  GHashTable      *started;          /* ids of trials an arrangement follows */
  GMenuModel      *card_menu;
  char            *needle;           /* the search, casefolded */
  guint            n_board;          /* cards shown on the board, as searched */
  guint            n_closed;         /* rows shown in the closed list, as searched */
  GHashTable      *built;            /* column's stage, or "closed" → how many rows it builds */

  AdwWindowTitle  *title;
  GtkSearchEntry  *search_entry;
  GtkStack        *stack;
  GtkScrolledWindow *board_scroller;
  GtkBox          *board_box;
  GtkListBox      *closed_list;
  GtkToggleButton *closed_toggle;
};

G_DEFINE_FINAL_TYPE (HearthTrialsPage, hearth_trials_page, HEARTH_TYPE_PAGE)

static HearthScheme *
scheme_of (HearthTrialsPage *self)
{
  return hearth_page_get_scheme (HEARTH_PAGE (self));
}

static HearthTrial *
find_trial (HearthTrialsPage *self,
            gint64            id)
{
  return g_hash_table_lookup (self->trials, &id);
}

static gboolean
is_open (HearthTrial *trial)
{
  return g_strcmp0 (hearth_trial_get_outcome (trial), "open") == 0;
}

/* Agreed by both, and no arrangement follows it yet: it stays on the board. */
static gboolean
is_ready (HearthTrialsPage *self,
          HearthTrial      *trial)
{
  gint64 id = hearth_record_get_id (HEARTH_RECORD (trial));

  return g_strcmp0 (hearth_trial_get_outcome (trial), "agreed") == 0 &&
         !g_hash_table_contains (self->started, &id);
}

static gboolean
on_board (HearthTrialsPage *self,
          HearthTrial      *trial)
{
  return is_open (trial) || is_ready (self, trial);
}

static const char *
name_of (GHashTable *names,
         gint64      id)
{
  const char *name = g_hash_table_lookup (names, &id);

  return name != NULL ? name : _("Unknown");
}

static char *
pair_of (HearthTrialsPage *self,
         HearthTrial      *trial)
{
  return g_strdup_printf (_("%s ↔ %s"),
                          name_of (self->people, hearth_trial_get_person_id (trial)),
                          name_of (self->carers, hearth_trial_get_carer_id (trial)));
}

/* The search finds a trial by either side's name, as its card shows them. */
static gboolean
matches_search (HearthTrialsPage *self,
                HearthTrial      *trial)
{
  g_autofree char *person = NULL;
  g_autofree char *carer = NULL;

  if (self->needle == NULL || self->needle[0] == '\0')
    return TRUE;

  person = g_utf8_casefold (name_of (self->people, hearth_trial_get_person_id (trial)), -1);
  carer = g_utf8_casefold (name_of (self->carers, hearth_trial_get_carer_id (trial)), -1);
  return strstr (person, self->needle) != NULL || strstr (carer, self->needle) != NULL;
}

static int
stall_days (HearthTrialsPage *self)
{
  HearthSchemeDetails *details = hearth_scheme_get_details (scheme_of (self));
  gint64 days = details != NULL ? hearth_scheme_details_get_trial_stall_days (details) : 0;

  return days > 0 ? (int) days : DEFAULT_STALL_DAYS;
}

static int
days_in_stage (HearthTrial *trial,
               const char  *today)
{
  return MAX (hearth_date_days_between (hearth_trial_get_stage_since (trial), today), 0);
}

static gboolean
is_stalled (HearthTrialsPage *self,
            HearthTrial      *trial,
            const char       *today)
{
  return is_open (trial) && days_in_stage (trial, today) > stall_days (self);
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_LIST_BOX (box))
        gtk_list_box_remove (GTK_LIST_BOX (box), child);
      else
        gtk_box_remove (GTK_BOX (box), child);
    }
}

static GtkWidget *
label_new (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* Wrapped text asks for no more than a card's width, so the columns stay narrow. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static const char *
choice_word (const char *decision)
{
  if (g_strcmp0 (decision, "yes") == 0)
    return _("yes");
  if (g_strcmp0 (decision, "no") == 0)
    return _("no");
  return _("waiting");
}

static char *
describe_choices (HearthTrial *trial)
{
  return g_strdup_printf (_("Person: %s · Carer: %s"),
                          choice_word (hearth_trial_get_person_decision (trial)),
                          choice_word (hearth_trial_get_carer_decision (trial)));
}

static char *
describe_days (int days)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day in this stage",
                                       "%d days in this stage", days), days);
}

/* "Person ↔ Carer, stage, N days[, stalled]", as a screen reader speaks the card. */
static char *
describe_card (HearthTrialsPage *self,
               HearthTrial      *trial,
               const char       *today)
{
  g_autofree char *pair = pair_of (self, trial);
  int days = days_in_stage (trial, today);
  const char *stage = is_ready (self, trial)
    ? _("agreed by both")
    : hearth_values_label (HEARTH_VALUES_TRIAL_STAGE, hearth_trial_get_stage (trial));
  g_autofree char *spoken = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %s, %d day",
                                                          "%s, %s, %d days", days),
                                             pair, stage, days);

  if (!is_stalled (self, trial, today))
    return g_steal_pointer (&spoken);
  return g_strdup_printf (_("%s, stalled"), spoken);
}

static void
card_button_clicked_cb (HearthTrialsPage *self,
                        GtkWidget        *button)
{
  GtkWidget *row = gtk_widget_get_ancestor (button, GTK_TYPE_LIST_BOX_ROW);
  GtkWidget *list = gtk_widget_get_parent (row);

  gtk_list_box_select_row (GTK_LIST_BOX (list), GTK_LIST_BOX_ROW (row));
  gtk_widget_activate_action (GTK_WIDGET (self), g_object_get_data (G_OBJECT (button), "action"),
                              NULL);
}

/* A button on a card, its accessible name saying which trial it acts on. */
static GtkWidget *
card_button (HearthTrialsPage *self,
             const char       *name,
             const char       *label,
             const char       *action,
             char             *spoken)
{
  GtkWidget *button = hearth_button_new_with_mnemonic (label);

  gtk_widget_set_name (button, name);
  gtk_widget_set_tooltip_text (button, spoken);
  hearth_set_spoken_name (button, spoken);
  g_object_set_data (G_OBJECT (button), "action", (gpointer) action);
  g_signal_connect_object (button, "clicked", G_CALLBACK (card_button_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  g_free (spoken);
  return button;
}

static void
menu_shown_cb (HearthTrialsPage *self,
               GtkWidget        *popover)
{
  GtkWidget *row = gtk_widget_get_ancestor (popover, GTK_TYPE_LIST_BOX_ROW);

  /* The menu's actions act on the selected trial: this one. */
  if (row != NULL)
    gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (row)), GTK_LIST_BOX_ROW (row));
}

static GtkWidget *
actions_button (HearthTrialsPage *self,
                const char       *pair)
{
  GtkWidget *button = gtk_menu_button_new ();
  g_autofree char *spoken = g_strdup_printf (_("More actions for %s"), pair);

  gtk_widget_set_name (button, "actions");
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), self->card_menu);
  gtk_widget_set_tooltip_text (button, _("More Actions"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken,
                                  -1);
  gtk_widget_set_hexpand (button, TRUE);
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  g_signal_connect_object (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)), "show",
                           G_CALLBACK (menu_shown_cb), self, G_CONNECT_SWAPPED);
  return button;
}

static GtkWidget *
card_buttons (HearthTrialsPage *self,
              HearthTrial      *trial,
              const char       *pair)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gboolean last = g_str_equal (hearth_trial_get_stage (trial), "decision");
  GtkWidget *button;

  if (is_ready (self, trial))
    {
      button = card_button (self, "start-arrangement", _("_Start Arrangement…"),
                            "trials.start-arrangement",
                            g_strdup_printf (_("Start the arrangement of %s"), pair));
      gtk_widget_add_css_class (button, "suggested-action");
      gtk_box_append (GTK_BOX (box), button);
    }
  else
    {
      if (!last)
        gtk_box_append (GTK_BOX (box),
                        card_button (self, "move-on", _("Move _On…"), "trials.move-on",
                                     g_strdup_printf (_("Move %s on"), pair)));
      button = card_button (self, "record-choice", _("Record _Choice…"), "trials.record-choice",
                            g_strdup_printf (_("Record a choice for %s"), pair));
      if (last)
        gtk_widget_add_css_class (button, "suggested-action");
      gtk_box_append (GTK_BOX (box), button);
    }
  gtk_box_append (GTK_BOX (box), actions_button (self, pair));
  return box;
}

static GtkWidget *
card_new (HearthTrialsPage *self,
          HearthTrial      *trial,
          const char       *today)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  g_autofree char *pair = pair_of (self, trial);
  g_autofree char *days = describe_days (days_in_stage (trial, today));
  g_autofree char *choices = describe_choices (trial);
  const char *type = hearth_values_label (HEARTH_VALUES_ARRANGEMENT_TYPE,
                                          hearth_trial_get_arrangement_type (trial));

  g_object_set (card, "margin-start", 10, "margin-end", 10, "margin-top", 8, "margin-bottom", 8,
                NULL);
  gtk_box_append (GTK_BOX (card), label_new (pair, "heading"));
  gtk_box_append (GTK_BOX (card), label_new (type != NULL ? type : "", "dim-label"));
  if (is_ready (self, trial))
    gtk_box_append (GTK_BOX (card), label_new (_("Agreed by both: ready to start the arrangement"),
                                               "success"));
  else
    gtk_box_append (GTK_BOX (card), label_new (days, NULL));
  if (is_stalled (self, trial, today))
    {
      int n = days_in_stage (trial, today);
      g_autofree char *stalled = NULL;

      stalled = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Stalled: %d day without a move",
                                              "Stalled: %d days without a move", n), n);

      gtk_box_append (GTK_BOX (card), label_new (stalled, "warning"));
    }
  if (hearth_trial_get_trial_start (trial) != NULL && hearth_trial_get_trial_planned_end (trial))
    {
      g_autofree char *start = hearth_date_to_display (hearth_trial_get_trial_start (trial));
      g_autofree char *end = hearth_date_to_display (hearth_trial_get_trial_planned_end (trial));
      g_autofree char *period = g_strdup_printf (_("Trial period: %s to %s"), start, end);

      gtk_box_append (GTK_BOX (card), label_new (period, "dim-label"));
    }
  gtk_box_append (GTK_BOX (card), label_new (choices, NULL));
  gtk_box_append (GTK_BOX (card), card_buttons (self, trial, pair));
  return card;
}

static GtkWidget *
trial_row_new (const char  *prefix,
               HearthTrial *trial,
               const char  *spoken,
               GtkWidget   *child)
{
  GtkWidget *row = gtk_list_box_row_new ();
  g_autofree char *name = g_strdup_printf ("%s%" G_GINT64_FORMAT, prefix,
                                           hearth_record_get_id (HEARTH_RECORD (trial)));

  gtk_widget_set_name (row, name);
  g_object_set_data (G_OBJECT (row), "trial-id",
                     GSIZE_TO_POINTER ((gsize) hearth_record_get_id (HEARTH_RECORD (trial))));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), child);
  return row;
}

static gint64
row_trial_id (GtkListBoxRow *row)
{
  return (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "trial-id"));
}

static void update_actions (HearthTrialsPage *self);

static void
row_selected_cb (HearthTrialsPage *self,
                 GtkListBoxRow    *row,
                 GtkListBox       *list)
{
  if (row == NULL)
    return;

  self->selected_id = row_trial_id (row);
  /* One card is selected on the whole board, whichever column it is in. */
  for (GtkWidget *column = gtk_widget_get_first_child (GTK_WIDGET (self->board_box));
       column != NULL; column = gtk_widget_get_next_sibling (column))
    {
      GtkListBox *other = g_object_get_data (G_OBJECT (column), "list");

      if (other != NULL && other != list)
        gtk_list_box_unselect_all (other);
    }
  update_actions (self);
}

static gboolean
is_actions_button (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) && hearth_widget_is_named (widget, "actions");
}

/* Enter on a card opens its actions. */
static void
row_activated_cb (HearthTrialsPage *self,
                  GtkListBoxRow    *row)
{
  GtkWidget *button = hearth_widget_find (GTK_WIDGET (row), is_actions_button, NULL);

  if (button != NULL)
    gtk_menu_button_popup (GTK_MENU_BUTTON (button));
}

static GtkWidget *
list_new (HearthTrialsPage *self,
          const char       *name)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_SINGLE);
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (list), FALSE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_valign (list, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_signal_connect_object (list, "row-selected", G_CALLBACK (row_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (list, "row-activated", G_CALLBACK (row_activated_cb), self,
                           G_CONNECT_SWAPPED);
  return list;
}

static GtkWidget *
column_new (HearthTrialsPage *self,
            const char       *stage,
            guint             n)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  const char *label = hearth_values_label (HEARTH_VALUES_TRIAL_STAGE, stage);
  g_autofree char *heading = g_strdup_printf ("%s (%u)", label, n);
  GtkWidget *list = list_new (self, label);

  gtk_widget_set_size_request (column, COLUMN_WIDTH, -1);
  gtk_widget_set_name (column, stage);
  gtk_box_append (GTK_BOX (column), label_new (heading, "title-4"));
  gtk_box_append (GTK_BOX (column), list);
  if (n == 0)
    gtk_list_box_set_placeholder (GTK_LIST_BOX (list), label_new (_("No trials at this stage"),
                                                                  "dim-label"));
  g_object_set_data (G_OBJECT (column), "list", list);
  return column;
}

static GtkWidget *closed_row_new (HearthTrialsPage *self,
                                  HearthTrial      *trial);

/* How many rows the list of @key builds: a page, or as many as were shown before, and at
 * least enough to hold the selected trial. */
static guint
rows_to_build (HearthTrialsPage *self,
               const char       *key,
               GPtrArray        *trials)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->built, key));

  n = MAX (n, HEARTH_PAGE_ROWS);
  for (guint i = n; self->selected_id > 0 && i < trials->len; i++)
    if (hearth_record_get_id (g_ptr_array_index (trials, i)) == self->selected_id)
      n = (i / HEARTH_PAGE_ROWS + 1) * HEARTH_PAGE_ROWS;
  return n;
}

/* Builds the rows @from to @to of @list's trials (fewer when it has fewer), with a row to
 * show more at the end when some are left; returns the first row built. */
static GtkWidget *
build_rows (HearthTrialsPage *self,
            GtkListBox       *list,
            guint             from,
            guint             to)
{
  GPtrArray *trials = g_object_get_data (G_OBJECT (list), "trials");
  const char *key = g_object_get_data (G_OBJECT (list), "key");
  g_autofree char *today = hearth_date_today ();
  GtkWidget *first = NULL;
  GtkWidget *last = gtk_widget_get_last_child (GTK_WIDGET (list));

  if (last != NULL && hearth_is_more_row (last))
    gtk_list_box_remove (list, last);

  to = MIN (to, trials->len);
  for (guint i = from; i < to; i++)
    {
      HearthTrial *trial = g_ptr_array_index (trials, i);
      GtkWidget *row;

      if (g_str_equal (key, "closed"))
        row = closed_row_new (self, trial);
      else
        {
          g_autofree char *spoken = describe_card (self, trial, today);

          row = trial_row_new ("trial-", trial, spoken, card_new (self, trial, today));
        }
      gtk_list_box_append (list, row);
      first = first != NULL ? first : row;
    }

  g_hash_table_insert (self->built, g_strdup (key), GUINT_TO_POINTER (to));
  if (to < trials->len)
    gtk_list_box_append (list, hearth_more_row_new (trials->len - to, "trials.show-more",
                                                    g_variant_new_string (key)));
  return first;
}

static int
compare_stage_since (gconstpointer a,
                     gconstpointer b)
{
  HearthTrial *ta = *(HearthTrial **) a;
  HearthTrial *tb = *(HearthTrial **) b;

  /* The longest waiting first: they are the ones to chase. */
  return g_strcmp0 (hearth_trial_get_stage_since (ta), hearth_trial_get_stage_since (tb));
}

static guint
load_board (HearthTrialsPage *self,
            GPtrArray        *trials,
            const char       *today)
{
  guint n_stages;
  const HearthValue *stages = hearth_values_get (HEARTH_VALUES_TRIAL_STAGE, &n_stages);
  guint shown = 0;

  clear_box (GTK_WIDGET (self->board_box));
  for (guint s = 0; s < n_stages; s++)
    {
      g_autoptr(GPtrArray) here = g_ptr_array_new_with_free_func (g_object_unref);
      GtkWidget *column, *list;

      for (guint i = 0; i < trials->len; i++)
        {
          HearthTrial *trial = g_ptr_array_index (trials, i);

          if (on_board (self, trial) && matches_search (self, trial) &&
              g_str_equal (hearth_trial_get_stage (trial), stages[s].value))
            g_ptr_array_add (here, g_object_ref (trial));
        }
      g_ptr_array_sort (here, compare_stage_since);

      column = column_new (self, stages[s].value, here->len);
      list = g_object_get_data (G_OBJECT (column), "list");
      g_object_set_data_full (G_OBJECT (list), "trials", g_ptr_array_ref (here),
                              (GDestroyNotify) g_ptr_array_unref);
      g_object_set_data_full (G_OBJECT (list), "key", g_strdup (stages[s].value), g_free);
      build_rows (self, GTK_LIST_BOX (list), 0, rows_to_build (self, stages[s].value, here));
      shown += here->len;
      gtk_box_append (self->board_box, column);
    }
  return shown;
}

static char *
describe_closed (HearthTrialsPage *self,
                 HearthTrial      *trial)
{
  const char *outcome = hearth_values_label (HEARTH_VALUES_TRIAL_OUTCOME,
                                             hearth_trial_get_outcome (trial));
  g_autofree char *on = hearth_date_to_display (hearth_trial_get_closed_on (trial));
  const char *reason = hearth_trial_get_closed_reason (trial);

  if (g_str_equal (hearth_trial_get_outcome (trial), "agreed"))
    reason = is_ready (self, trial) ? _("Ready to start the arrangement")
                                    : _("The arrangement has started");
  if (reason == NULL)
    return g_strdup_printf (_("%s on %s"), outcome, on);
  return g_strdup_printf (_("%s on %s: %s"), outcome, on, reason);
}

static GtkWidget *
closed_row_new (HearthTrialsPage *self,
                HearthTrial      *trial)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *subtitle_label;
  g_autofree char *pair = pair_of (self, trial);
  g_autofree char *subtitle = describe_closed (self, trial);
  g_autofree char *spoken = g_strdup_printf ("%s, %s", pair, subtitle);
  GtkWidget *actions = actions_button (self, pair);

  g_object_set (content, "margin-start", 12, "margin-end", 6, "margin-top", 8, "margin-bottom", 8,
                NULL);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (text), label_new (pair, NULL));
  subtitle_label = label_new (subtitle, "dim-label");
  gtk_label_set_max_width_chars (GTK_LABEL (subtitle_label), 80);
  gtk_widget_add_css_class (subtitle_label, "caption");
  gtk_box_append (GTK_BOX (text), subtitle_label);
  gtk_box_append (GTK_BOX (content), text);
  gtk_widget_set_hexpand (actions, FALSE);
  gtk_widget_set_valign (actions, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (content), actions);
  return trial_row_new ("closed-trial-", trial, spoken, content);
}

static int
compare_closed_on (gconstpointer a,
                   gconstpointer b)
{
  HearthTrial *ta = *(HearthTrial **) a;
  HearthTrial *tb = *(HearthTrial **) b;

  /* The most recently closed first. */
  return g_strcmp0 (hearth_trial_get_closed_on (tb), hearth_trial_get_closed_on (ta));
}

static guint
load_closed (HearthTrialsPage *self,
             GPtrArray        *trials)
{
  g_autoptr(GPtrArray) closed = g_ptr_array_new_with_free_func (g_object_unref);

  clear_box (GTK_WIDGET (self->closed_list));
  for (guint i = 0; i < trials->len; i++)
    if (!is_open (g_ptr_array_index (trials, i)) &&
        matches_search (self, g_ptr_array_index (trials, i)))
      g_ptr_array_add (closed, g_object_ref (g_ptr_array_index (trials, i)));
  g_ptr_array_sort (closed, compare_closed_on);

  g_object_set_data_full (G_OBJECT (self->closed_list), "trials", g_ptr_array_ref (closed),
                          (GDestroyNotify) g_ptr_array_unref);
  build_rows (self, self->closed_list, 0, rows_to_build (self, "closed", closed));
  return closed->len;
}

static gint64 *
id_key (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static void
load_names (HearthTrialsPage *self)
{
  g_autoptr(GPtrArray) people = hearth_scheme_load_all (scheme_of (self), HEARTH_TYPE_PERSON, NULL);
  g_autoptr(GPtrArray) carers = hearth_scheme_load_all (scheme_of (self), HEARTH_TYPE_CARER, NULL);
  g_autoptr(GPtrArray) arrangements = hearth_scheme_load_all (scheme_of (self),
                                                              HEARTH_TYPE_ARRANGEMENT, NULL);

  g_hash_table_remove_all (self->people);
  g_hash_table_remove_all (self->carers);
  g_hash_table_remove_all (self->started);
  for (guint i = 0; people != NULL && i < people->len; i++)
    g_hash_table_insert (self->people,
                         id_key (hearth_record_get_id (g_ptr_array_index (people, i))),
                         hearth_person_dup_display_name (g_ptr_array_index (people, i)));
  for (guint i = 0; carers != NULL && i < carers->len; i++)
    g_hash_table_insert (self->carers,
                         id_key (hearth_record_get_id (g_ptr_array_index (carers, i))),
                         hearth_carer_dup_display_name (g_ptr_array_index (carers, i)));
  for (guint i = 0; arrangements != NULL && i < arrangements->len; i++)
    {
      gint64 trial_id = hearth_arrangement_get_trial_id (g_ptr_array_index (arrangements, i));

      if (trial_id > 0)
        g_hash_table_add (self->started, id_key (trial_id));
    }
}

static GtkListBoxRow *
find_row (GtkWidget *within,
          gint64     id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (within); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkListBoxRow *found;

      if (GTK_IS_LIST_BOX_ROW (child) && row_trial_id (GTK_LIST_BOX_ROW (child)) == id)
        return GTK_LIST_BOX_ROW (child);
      if ((found = find_row (child, id)) != NULL)
        return found;
    }
  return NULL;
}

/* Brings the selected trial's column into view, once the board has its width; a focused
 * card scrolls itself into view inside its column. */
static void
scroll_to_pending (HearthTrialsPage *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (self->board_scroller);
  GtkWidget *column = gtk_widget_get_first_child (GTK_WIDGET (self->board_box));
  graphene_rect_t bounds;

  for (int i = 0; column != NULL && i < self->scroll_column; i++)
    column = gtk_widget_get_next_sibling (column);
  /* A rebuilt board grows back column by column: wait until the whole column fits in it,
   * or the adjustment would clamp to a board still too narrow and leave the card unseen. */
  if (column == NULL || gtk_widget_get_width (column) == 0 ||
      !gtk_widget_compute_bounds (column, GTK_WIDGET (self->board_box), &bounds) ||
      gtk_adjustment_get_upper (adjustment) < bounds.origin.x + bounds.size.width)
    return;
  /* The board's own margin stays in view before the column. */
  gtk_adjustment_set_value (adjustment, bounds.origin.x);
  self->scroll_column = -1;
}

/* Focusing a card that is not laid out yet scrolls the board to its start, and a board
 * rebuilt at the same width never says it changed: so try again each frame, for a while. */
static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  HearthTrialsPage *self = HEARTH_TRIALS_PAGE (widget);

  if (self->scroll_column >= 0)
    scroll_to_pending (self);
  if (self->scroll_column >= 0 && ++self->scroll_frames < 120)
    return G_SOURCE_CONTINUE;

  self->scroll_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
scroll_to_column (HearthTrialsPage *self,
                  GtkListBoxRow    *row)
{
  GtkWidget *column = gtk_widget_get_parent (gtk_widget_get_parent (GTK_WIDGET (row)));

  if (gtk_widget_get_parent (column) != GTK_WIDGET (self->board_box))
    return;
  self->scroll_column = 0;
  for (GtkWidget *c = gtk_widget_get_prev_sibling (column); c != NULL;
       c = gtk_widget_get_prev_sibling (c))
    self->scroll_column++;
  scroll_to_pending (self);
  self->scroll_frames = 0;
  if (self->scroll_column >= 0 && self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_tick_cb, NULL,
                                                      NULL);
}

static void
restore_selection (HearthTrialsPage *self)
{
  gboolean closed = gtk_toggle_button_get_active (self->closed_toggle);
  GtkListBoxRow *row = NULL;

  if (self->selected_id > 0)
    row = find_row (closed ? GTK_WIDGET (self->closed_list) : GTK_WIDGET (self->board_box),
                    self->selected_id);
  if (row == NULL)
    {
      /* The focused card left (its arrangement started): the focus goes to the search, to
       * find the next one, rather than to nowhere. */
      if (self->focus_selected && gtk_widget_get_mapped (GTK_WIDGET (self)))
        {
          gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
          self->focus_selected = FALSE;
        }
      self->selected_id = 0;
      return;
    }

  gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row))), row);
  if (self->focus_selected)
    {
      gtk_widget_grab_focus (GTK_WIDGET (row));
      if (!closed)
        scroll_to_column (self, row);
    }
  /* Before the page is shown, the focus waits for the reload that showing it makes. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->focus_selected = FALSE;
}

static gboolean
is_searching (HearthTrialsPage *self)
{
  return self->needle != NULL && self->needle[0] != '\0';
}

static void
show_layout (HearthTrialsPage *self)
{
  gboolean closed = gtk_toggle_button_get_active (self->closed_toggle);
  guint found = closed ? self->n_closed : self->n_board;
  g_autofree char *count = NULL;

  if (g_hash_table_size (self->trials) == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->stack, closed ? "closed" : "board");

  /* While searching, the title says how many the search found where the coordinator looks. */
  if (is_searching (self))
    count = g_strdup_printf (closed ? g_dngettext (GETTEXT_PACKAGE, "%u closed trial found",
                                                   "%u closed trials found", found)
                                    : g_dngettext (GETTEXT_PACKAGE, "%u trial found",
                                                   "%u trials found", found),
                             found);
  adw_window_title_set_subtitle (self->title, count);
}

static void
update_actions (HearthTrialsPage *self)
{
  HearthTrial *trial = self->selected_id > 0 ? find_trial (self, self->selected_id) : NULL;
  gboolean open = trial != NULL && is_open (trial);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trials.move-on",
                                 open && !g_str_equal (hearth_trial_get_stage (trial), "decision"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trials.record-choice", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trials.withdraw", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trials.start-arrangement",
                                 trial != NULL && is_ready (self, trial));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trials.open-person", trial != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trials.open-carer", trial != NULL);
}

/**
 * hearth_trials_page_reload:
 *
 * Rebuilds the board and the closed list from the scheme, keeping the selection.
 */
void
hearth_trials_page_reload (HearthTrialsPage *self)
{
  g_autoptr(GPtrArray) trials = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = hearth_date_today ();
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  g_return_if_fail (HEARTH_IS_TRIALS_PAGE (self));

  g_clear_handle_id (&self->reload_source, g_source_remove);
  /* The focused card is about to be rebuilt: focus its new self. */
  if (focus != NULL && (gtk_widget_is_ancestor (focus, GTK_WIDGET (self->board_box)) ||
                        gtk_widget_is_ancestor (focus, GTK_WIDGET (self->closed_list))))
    self->focus_selected = TRUE;

  trials = hearth_scheme_load_all (scheme_of (self), HEARTH_TYPE_TRIAL, &error);
  if (trials == NULL)
    {
      hearth_page_add_toast (HEARTH_PAGE (self), adw_toast_new (error->message));
      trials = g_ptr_array_new_with_free_func (g_object_unref);
    }
  g_hash_table_remove_all (self->trials);
  for (guint i = 0; i < trials->len; i++)
    {
      HearthTrial *trial = g_ptr_array_index (trials, i);
      gint64 id = hearth_record_get_id (HEARTH_RECORD (trial));

      g_hash_table_insert (self->trials, id_key (id), g_object_ref (trial));
    }

  load_names (self);
  self->n_board = load_board (self, trials, today);
  self->n_closed = load_closed (self, trials);
  if (self->n_closed == 0)
    gtk_list_box_set_placeholder (self->closed_list,
                                  label_new (is_searching (self)
                                             ? _("No closed trial of anyone by that name.")
                                             : _("No trial has closed yet."), "dim-label"));
  show_layout (self);
  restore_selection (self);
  update_actions (self);
}

static gboolean
reload_cb (gpointer data)
{
  HearthTrialsPage *self = data;

  self->reload_source = 0;
  hearth_trials_page_reload (self);
  return G_SOURCE_REMOVE;
}

/* A workflow writes several rows at once: rebuild once, when idle. */
static void
queue_reload (HearthTrialsPage *self)
{
  if (self->reload_source == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->reload_source = g_idle_add (reload_cb, self);
}

static void
closed_toggled_cb (HearthTrialsPage *self)
{
  GtkListBoxRow *row;

  show_layout (self);
  /* The selection follows to the other layout when the trial is there too. */
  row = self->selected_id > 0
    ? find_row (gtk_toggle_button_get_active (self->closed_toggle) ? GTK_WIDGET (self->closed_list)
                                                                   : GTK_WIDGET (self->board_box),
                self->selected_id)
    : NULL;
  if (row != NULL)
    gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row))), row);
  else
    {
      self->selected_id = 0;
      update_actions (self);
    }
}

/* The first card the search left, on the board or in the closed list, whichever shows. */
static GtkListBoxRow *
first_shown (HearthTrialsPage *self)
{
  GtkListBoxRow *row = NULL;

  if (gtk_toggle_button_get_active (self->closed_toggle))
    return gtk_list_box_get_row_at_index (self->closed_list, 0);

  for (GtkWidget *column = gtk_widget_get_first_child (GTK_WIDGET (self->board_box));
       column != NULL && row == NULL; column = gtk_widget_get_next_sibling (column))
    {
      GtkListBox *list = g_object_get_data (G_OBJECT (column), "list");

      if (list != NULL)
        row = gtk_list_box_get_row_at_index (list, 0);
    }
  return row;
}

/* From the search to the cards: the first one found is selected and takes the focus. */
static gboolean
focus_first_shown (HearthTrialsPage *self)
{
  GtkListBoxRow *row = first_shown (self);

  if (row == NULL)
    return FALSE;

  gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row))), row);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  if (!gtk_toggle_button_get_active (self->closed_toggle))
    scroll_to_column (self, row);
  return TRUE;
}

static void
search_changed_cb (HearthTrialsPage *self)
{
  /* What the search finds is shown from its first page. */
  g_hash_table_remove_all (self->built);
  g_free (self->needle);
  self->needle = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  hearth_trials_page_reload (self);
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

static HearthTrial *
selected (HearthTrialsPage *self)
{
  return self->selected_id > 0 ? find_trial (self, self->selected_id) : NULL;
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

  if (trial != NULL && is_ready (self, trial))
    hearth_arrangement_dialog_present (widget, scheme_of (self), trial);
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

  gtk_toggle_button_set_active (self->closed_toggle,
                                !gtk_toggle_button_get_active (self->closed_toggle));
}

/* The list of a column of the board, by its stage, or the closed list. */
static GtkListBox *
list_of (HearthTrialsPage *self,
         const char       *key)
{
  if (g_str_equal (key, "closed"))
    return self->closed_list;

  for (GtkWidget *column = gtk_widget_get_first_child (GTK_WIDGET (self->board_box));
       column != NULL; column = gtk_widget_get_next_sibling (column))
    if (g_str_equal (gtk_widget_get_name (column), key))
      return g_object_get_data (G_OBJECT (column), "list");

  return NULL;
}

/* The next page of a column, or of the closed list; the keyboard goes to its first card, as
 * the row that asked for it is gone. */
static void
show_more_action (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  HearthTrialsPage *self = HEARTH_TRIALS_PAGE (widget);
  const char *key = g_variant_get_string (parameter, NULL);
  GtkListBox *list = list_of (self, key);
  guint built = GPOINTER_TO_UINT (g_hash_table_lookup (self->built, key));
  GtkWidget *first;

  if (list == NULL || g_object_get_data (G_OBJECT (list), "trials") == NULL)
    return;

  first = build_rows (self, list, built, built + HEARTH_PAGE_ROWS);
  if (first != NULL)
    gtk_widget_grab_focus (first);
}

static void
focus_selected_action (GtkWidget  *widget,
                       const char *action,
                       GVariant   *parameter)
{
  HearthTrialsPage *self = HEARTH_TRIALS_PAGE (widget);

  /* The card may be rebuilt by a reload still to come: that one takes the focus too. */
  self->focus_selected = TRUE;
  restore_selection (self);
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

static GMenuModel *
card_menu_new (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) steps = g_menu_new ();
  g_autoptr(GMenu) records = g_menu_new ();

  g_menu_append (steps, _("Move _On…"), "trials.move-on");
  g_menu_append (steps, _("Record _Choice…"), "trials.record-choice");
  g_menu_append (steps, _("_Withdraw…"), "trials.withdraw");
  g_menu_append (steps, _("_Start Arrangement…"), "trials.start-arrangement");
  g_menu_append (records, _("Open _Person"), "trials.open-person");
  g_menu_append (records, _("Open C_arer"), "trials.open-carer");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (steps));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (records));
  return G_MENU_MODEL (menu);
}

static void
hearth_trials_page_dispose (GObject *object)
{
  HearthTrialsPage *self = HEARTH_TRIALS_PAGE (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick);
  self->scroll_tick = 0;
  g_clear_pointer (&self->trials, g_hash_table_unref);
  g_clear_pointer (&self->people, g_hash_table_unref);
  g_clear_pointer (&self->carers, g_hash_table_unref);
  g_clear_pointer (&self->started, g_hash_table_unref);
  g_clear_pointer (&self->built, g_hash_table_unref);
  g_clear_object (&self->card_menu);
  g_clear_pointer (&self->needle, g_free);

  G_OBJECT_CLASS (hearth_trials_page_parent_class)->dispose (object);
}

static void
hearth_trials_page_constructed (GObject *object)
{
  HearthTrialsPage *self = HEARTH_TRIALS_PAGE (object);
  HearthScheme *scheme = hearth_page_get_scheme (HEARTH_PAGE (self));

  G_OBJECT_CLASS (hearth_trials_page_parent_class)->constructed (object);

  g_signal_connect_object (scheme, "record-added", G_CALLBACK (queue_reload), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (scheme, "record-changed", G_CALLBACK (queue_reload), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (scheme, "record-erased", G_CALLBACK (queue_reload), self,
                           G_CONNECT_SWAPPED);
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

  gtk_widget_class_set_template_from_resource (widget_class, HEARTH_RESOURCE_PATH
                                               "/ui/trials/hearth-trials-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthTrialsPage, title);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialsPage, board_scroller);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialsPage, board_box);
  gtk_widget_class_bind_template_child (widget_class, HearthTrialsPage, closed_list);
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
  gtk_widget_class_install_action (widget_class, "trials.show-more", "s", show_more_action);
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

  self->trials = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->people = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->carers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->started = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->built = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_object_set_data (G_OBJECT (self->closed_list), "key", (gpointer) "closed");
  self->card_menu = card_menu_new ();
  self->scroll_column = -1;

  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->board_scroller), "changed",
                           G_CALLBACK (scroll_to_pending), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->closed_list, "row-selected", G_CALLBACK (row_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->closed_list, "row-activated", G_CALLBACK (row_activated_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_list_box_set_activate_on_single_click (self->closed_list, FALSE);
  g_signal_connect_swapped (self->closed_toggle, "toggled", G_CALLBACK (closed_toggled_cb), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb),
                            self);
  g_signal_connect_swapped (self->search_entry, "stop-search", G_CALLBACK (search_stopped_cb),
                            self);
  g_signal_connect_swapped (self->search_entry, "activate", G_CALLBACK (search_activated_cb),
                            self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  g_signal_connect (self, "map", G_CALLBACK (hearth_trials_page_reload), NULL);
  update_actions (self);
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
 * hearth_trials_page_get_selected:
 *
 * Returns: (transfer none) (nullable): the trial whose card is selected
 */
HearthTrial *
hearth_trials_page_get_selected (HearthTrialsPage *self)
{
  g_return_val_if_fail (HEARTH_IS_TRIALS_PAGE (self), NULL);

  return selected (self);
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

  g_return_val_if_fail (HEARTH_IS_TRIALS_PAGE (self), FALSE);

  hearth_trials_page_reload (self);
  if ((trial = find_trial (self, trial_id)) == NULL)
    return FALSE;

  self->selected_id = trial_id;
  self->focus_selected = TRUE;
  /* Set the layout without the toggle's handler dropping a selection it cannot see yet. */
  g_signal_handlers_block_by_func (self->closed_toggle, closed_toggled_cb, self);
  gtk_toggle_button_set_active (self->closed_toggle, !on_board (self, trial));
  g_signal_handlers_unblock_by_func (self->closed_toggle, closed_toggled_cb, self);
  show_layout (self);
  restore_selection (self);
  update_actions (self);
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
