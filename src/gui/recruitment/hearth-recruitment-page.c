/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-recruitment-page.c: the Recruitment view. The pipeline shows every prospective
 * carer as a card in the column of their stage (or as one list), with days in the stage,
 * their assessor and what they still need before panel; panels, what falls due for approved
 * carers, and the recruitment summary are the other pages. Everything is rebuilt from the
 * core when the scheme changes: the view holds no state of its own but the summary's range,
 * and how far down each column was shown: a column builds a page of cards at a time, with a
 * row at its end for the next page. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-recruitment-chart.h"
#include "hearth-date-row.h"
#include "hearth-gui-util.h"
#include "hearth-add-to-panel-dialog.h"
#include "hearth-approval-dialog.h"
#include "hearth-approval-review-dialog.h"
#include "hearth-carer-check-dialog.h"
#include "hearth-carer-move-back-dialog.h"
#include "hearth-carer-move-on-dialog.h"
#include "hearth-panel-decision-dialog.h"
#include "hearth-panel-dialog.h"
#include "hearth-stage-targets-dialog.h"
#include "hearth-recruitment-dialogs.h"
#include "hearth-recruitment-page.h"

/* Approved, withdrawn and declined carers stay on the board this long, then leave it. */
#define RECENT_DAYS 90
/* How far ahead "due soon" looks. */
#define DUE_WITHIN_DAYS 60

struct _HearthRecruitmentPage
{
  HearthPage                parent_instance;

  guint                     reload_source;
  GHashTable               *staff;       /* id → name */
  GHashTable               *built;       /* column's stage, or "all" → rows it builds */
  HearthRecruitmentSummary *summary;

  AdwViewStack             *view_stack;
  GtkStack                 *pipeline_stack;
  GtkStack                 *panels_stack;
  GtkStack                 *due_stack;
  GtkStack                 *summary_stack;
  GtkStack                 *layout_stack;
  GtkBox                   *board_box;
  GtkBox                   *list_box;
  GtkBox                   *panels_box;
  GtkBox                   *due_box;
  GtkBox                   *summary_box;
  GtkToggleButton          *list_toggle;

  HearthDateRow            *from_entry;
  HearthDateRow            *to_entry;
  GtkBox                   *figures_box;
  GtkWidget                *chart;
};

G_DEFINE_FINAL_TYPE (HearthRecruitmentPage, hearth_recruitment_page, HEARTH_TYPE_PAGE)

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
on_board (HearthCarer *carer,
          const char  *today)
{
  const char *stage = hearth_carer_get_stage (carer);

  if (hearth_record_is_archived (HEARTH_RECORD (carer)))
    return FALSE;
  if (g_str_equal (stage, "approved") || g_str_equal (stage, "withdrawn") ||
      g_str_equal (stage, "declined"))
    return hearth_date_days_between (hearth_carer_get_stage_since (carer), today) <= RECENT_DAYS;
  return !g_str_equal (stage, "approval-ended");
}

/* A button acting on one carer, its accessible name (@text) saying whom it acts on. */
static GtkWidget *
carer_button (HearthRecruitmentPage *self,
              HearthCarer           *carer,
              const char            *name,
              const char            *label,
              char                  *text,
              GCallback              clicked)
{
  GtkWidget *button = hearth_button_new_with_mnemonic (label);

  gtk_widget_set_name (button, name);
  gtk_widget_set_tooltip_text (button, text);
  hearth_set_spoken_name (button, text);
  g_object_set_data_full (G_OBJECT (button), "carer", g_object_ref (carer), g_object_unref);
  g_signal_connect_object (button, "clicked", clicked, self, G_CONNECT_SWAPPED);
  g_free (text);
  return button;
}

static HearthCarer *
button_carer (GtkWidget *button)
{
  return g_object_get_data (G_OBJECT (button), "carer");
}

static void
move_on_clicked_cb (HearthRecruitmentPage *self,
                    GtkButton             *button)
{
  hearth_carer_move_on_dialog_present (HEARTH_PAGE (self), button_carer (GTK_WIDGET (button)));
}

static void
move_back_clicked_cb (HearthRecruitmentPage *self,
                      GtkButton             *button)
{
  hearth_carer_move_back_dialog_present (HEARTH_PAGE (self), button_carer (GTK_WIDGET (button)));
}

static void
check_clicked_cb (HearthRecruitmentPage *self,
                  GtkButton             *button)
{
  hearth_carer_check_dialog_present (HEARTH_PAGE (self), button_carer (GTK_WIDGET (button)));
}

static void
review_clicked_cb (HearthRecruitmentPage *self,
                   GtkButton             *button)
{
  hearth_approval_review_dialog_present (HEARTH_PAGE (self), button_carer (GTK_WIDGET (button)));
}

static GtkWidget *
card_buttons (HearthRecruitmentPage *self,
              HearthCarer           *carer)
{
  const char *stage = hearth_carer_get_stage (carer);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *who = hearth_carer_dup_display_name (carer);
  gboolean in_flow = hearth_recruitment_stage_next (stage) != NULL;
  GtkWidget *button;

  if (in_flow)
    {
      gboolean ready = g_str_equal (stage, "ready-for-panel");

      button = carer_button (self, carer, "move-on", ready ? _("_Approve…") : _("Move _On…"),
                             g_strdup_printf (_("Move %s on"), who),
                             G_CALLBACK (move_on_clicked_cb));
      gtk_widget_add_css_class (button, "suggested-action");
      gtk_box_append (GTK_BOX (box), button);
      gtk_box_append (GTK_BOX (box),
                      carer_button (self, carer, "record-check", _("_Check…"),
                                    g_strdup_printf (_("Record a check for %s"), who),
                                    G_CALLBACK (check_clicked_cb)));
    }
  /* An approval can be reviewed sooner than due, after a significant event. */
  if (g_str_equal (stage, "approved"))
    gtk_box_append (GTK_BOX (box),
                    carer_button (self, carer, "review", _("_Review Approval…"),
                                  g_strdup_printf (_("Record a review of %s’s approval"), who),
                                  G_CALLBACK (review_clicked_cb)));
  else
    gtk_box_append (GTK_BOX (box),
                    carer_button (self, carer, "move-back",
                                  in_flow ? _("_Back or Out…") : _("_Move…"),
                                  g_strdup_printf (_("Move %s back or out"), who),
                                  G_CALLBACK (move_back_clicked_cb)));
  return box;
}

static char *
describe_stage_days (HearthRecruitmentPage *self,
                     HearthCarer           *carer,
                     const char            *today,
                     gboolean               with_stage)
{
  int days = hearth_date_days_between (hearth_carer_get_stage_since (carer), today);
  g_autofree char *in_stage = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day in this stage",
                                                            "%d days in this stage", days), days);

  if (!with_stage)
    return g_steal_pointer (&in_stage);
  return g_strdup_printf ("%s · %s",
                          hearth_values_label (HEARTH_VALUES_CARER_STAGE,
                                               hearth_carer_get_stage (carer)),
                          in_stage);
}

static void
add_missing (HearthRecruitmentPage *self,
             GtkWidget             *card,
             HearthCarer           *carer)
{
  const char *stage = hearth_carer_get_stage (carer);
  g_autoptr(GPtrArray) missing = NULL;
  g_autofree char *text = NULL;

  if (g_str_equal (stage, "approved") || g_str_equal (stage, "withdrawn") ||
      g_str_equal (stage, "declined"))
    return;
  if (!(missing = hearth_scheme_missing_for_panel (scheme_of (self), carer, NULL)))
    return;

  if (missing->len == 0)
    text = g_strdup (_("Checklist complete"));
  else
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (missing, NULL);
      list = g_strjoinv (", ", (char **) missing->pdata);
      text = g_strdup_printf (_("Missing for panel: %s"), list);
    }
  gtk_box_append (GTK_BOX (card), label_new (text, missing->len == 0 ? "success" : "dim-label"));
}

static GtkWidget *
card_new (HearthRecruitmentPage *self,
          HearthCarer           *carer,
          const char            *today,
          gboolean               with_stage)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  g_autofree char *name = hearth_carer_dup_display_name (carer);
  g_autofree char *days = describe_stage_days (self, carer, today, with_stage);
  const char *assessor = g_hash_table_lookup (self->staff,
                                              GSIZE_TO_POINTER (hearth_carer_get_assessor_id (carer)));
  g_autofree char *assessed = assessor != NULL ? g_strdup_printf (_("Assessor: %s"), assessor)
                                               : g_strdup (_("No assessor yet"));
  HearthPastTarget past = hearth_scheme_carer_past_target (scheme_of (self), carer, today, NULL);

  gtk_widget_set_margin_start (card, 10);
  gtk_widget_set_margin_end (card, 10);
  gtk_widget_set_margin_top (card, 8);
  gtk_widget_set_margin_bottom (card, 8);
  gtk_box_append (GTK_BOX (card), label_new (name, "heading"));
  gtk_box_append (GTK_BOX (card), label_new (days, NULL));
  if (past & HEARTH_PAST_TARGET_STAGE)
    gtk_box_append (GTK_BOX (card), label_new (_("Past this stage’s target"), "warning"));
  if (past & HEARTH_PAST_TARGET_OVERALL)
    gtk_box_append (GTK_BOX (card), label_new (_("Past the target for the whole process"),
                                               "warning"));
  gtk_box_append (GTK_BOX (card), label_new (assessed, "dim-label"));
  add_missing (self, card, carer);
  gtk_box_append (GTK_BOX (card), card_buttons (self, carer));
  return card;
}

static GtkWidget *
card_row_new (HearthRecruitmentPage *self,
              HearthCarer           *carer,
              const char            *today,
              gboolean               with_stage)
{
  GtkWidget *row = gtk_list_box_row_new ();
  g_autofree char *name = g_strdup_printf ("carer-%" G_GINT64_FORMAT,
                                           hearth_record_get_id (HEARTH_RECORD (carer)));
  g_autofree char *who = hearth_carer_dup_display_name (carer);

  gtk_widget_set_name (row, name);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, who, -1);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), card_new (self, carer, today, with_stage));
  return row;
}

static GtkWidget *
column_new (const char *stage,
            GtkWidget **list)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = label_new (hearth_values_label (HEARTH_VALUES_CARER_STAGE, stage),
                                  "title-4");

  gtk_widget_set_size_request (column, 250, -1);
  gtk_widget_set_name (column, stage);
  gtk_box_append (GTK_BOX (column), heading);
  *list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (*list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (*list, "boxed-list");
  gtk_widget_set_valign (*list, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (*list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  hearth_values_label (HEARTH_VALUES_CARER_STAGE, stage), -1);
  gtk_box_append (GTK_BOX (column), *list);
  return column;
}

/* Builds the cards @from to @to of @list's carers (fewer when it has fewer), with a row to
 * show more at the end when some are left; returns the first row built. */
static GtkWidget *
build_rows (HearthRecruitmentPage *self,
            GtkWidget             *list,
            guint                  from,
            guint                  to)
{
  GPtrArray *carers = g_object_get_data (G_OBJECT (list), "carers");
  const char *key = g_object_get_data (G_OBJECT (list), "key");
  gboolean with_stage = g_str_equal (key, "all");
  g_autofree char *today = hearth_date_today ();
  GtkWidget *last = gtk_widget_get_last_child (list);
  GtkWidget *first = NULL;

  if (last != NULL && hearth_is_more_row (last))
    gtk_list_box_remove (GTK_LIST_BOX (list), last);

  to = MIN (to, carers->len);
  for (guint i = from; i < to; i++)
    {
      GtkWidget *row = card_row_new (self, g_ptr_array_index (carers, i), today, with_stage);

      gtk_list_box_append (GTK_LIST_BOX (list), row);
      first = first != NULL ? first : row;
    }
  g_hash_table_insert (self->built, g_strdup (key), GUINT_TO_POINTER (to));
  if (to < carers->len)
    gtk_list_box_append (GTK_LIST_BOX (list),
                         hearth_more_row_new (carers->len - to, "recruitment.show-more",
                                              g_variant_new_string (key)));
  return first;
}

/* Gives @list its carers, and builds as many of them as were shown before, a page at least. */
static void
fill_list (HearthRecruitmentPage *self,
           GtkWidget             *list,
           const char            *key,
           GPtrArray             *carers)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->built, key));

  g_object_set_data_full (G_OBJECT (list), "carers", g_ptr_array_ref (carers),
                          (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data_full (G_OBJECT (list), "key", g_strdup (key), g_free);
  build_rows (self, list, 0, MAX (n, HEARTH_PAGE_ROWS));
}

static GPtrArray *
carers_at (GPtrArray  *carers,
           const char *stage,
           const char *today)
{
  GPtrArray *here = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < carers->len; i++)
    {
      HearthCarer *carer = g_ptr_array_index (carers, i);

      if (g_str_equal (hearth_carer_get_stage (carer), stage) && on_board (carer, today))
        g_ptr_array_add (here, g_object_ref (carer));
    }
  return here;
}

static void
load_pipeline (HearthRecruitmentPage *self,
               const char            *today)
{
  g_autoptr(GPtrArray) carers = hearth_scheme_load_all (scheme_of (self), HEARTH_TYPE_CARER, NULL);
  g_autoptr(GPtrArray) everyone = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *all = gtk_list_box_new ();
  guint total = 0;
  guint n_stages;
  const HearthValue *stages = hearth_values_get (HEARTH_VALUES_CARER_STAGE, &n_stages);

  clear_box (self->board_box);
  clear_box (self->list_box);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (all), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (all, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (all), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Prospective carers"), -1);
  gtk_box_append (self->list_box, all);

  for (guint s = 0; carers != NULL && s < n_stages; s++)
    {
      const char *stage = stages[s].value;
      GtkWidget *list;
      GtkWidget *column;
      g_autoptr(GPtrArray) here = NULL;
      g_autofree char *heading = NULL;

      if (!hearth_recruitment_stage_is_shown (stage))
        continue;
      column = column_new (stage, &list);
      here = carers_at (carers, stage, today);
      heading = g_strdup_printf ("%s (%u)", hearth_recruitment_stage_label (stage), here->len);
      fill_list (self, list, stage, here);
      for (guint i = 0; i < here->len; i++)
        g_ptr_array_add (everyone, g_object_ref (g_ptr_array_index (here, i)));
      gtk_label_set_label (GTK_LABEL (gtk_widget_get_first_child (column)), heading);
      if (here->len == 0)
        gtk_list_box_set_placeholder (GTK_LIST_BOX (list), label_new (_("Nobody"), "dim-label"));
      gtk_box_append (self->board_box, column);
      total += here->len;
    }
  fill_list (self, all, "all", everyone);

  gtk_stack_set_visible_child_name (self->pipeline_stack, total > 0 ? "content" : "empty");
}

/* The list of a column of the board, by its stage, or the one list of everyone. */
static GtkWidget *
list_of (HearthRecruitmentPage *self,
         const char            *key)
{
  if (g_str_equal (key, "all"))
    return gtk_widget_get_first_child (GTK_WIDGET (self->list_box));

  for (GtkWidget *column = gtk_widget_get_first_child (GTK_WIDGET (self->board_box));
       column != NULL; column = gtk_widget_get_next_sibling (column))
    if (g_str_equal (gtk_widget_get_name (column), key))
      return gtk_widget_get_last_child (column);

  return NULL;
}

static gboolean
is_list_box (GtkWidget     *widget,
             gconstpointer  data)
{
  return GTK_IS_LIST_BOX (widget);
}

static void load_dues (HearthRecruitmentPage *self,
                       const char            *today);

/* The next page of what falls due, overdue or soon; the keyboard goes to its first row. */
static void
show_more_due (HearthRecruitmentPage *self,
               const char            *key)
{
  guint first = MAX (GPOINTER_TO_UINT (g_hash_table_lookup (self->built, key)),
                     HEARTH_PAGE_ROWS);
  g_autofree char *today = hearth_date_today ();
  GtkWidget *group;
  GtkWidget *list;
  GtkListBoxRow *row;

  g_hash_table_insert (self->built, g_strdup (key), GUINT_TO_POINTER (first + HEARTH_PAGE_ROWS));
  load_dues (self, today);
  group = g_str_equal (key, "overdue") ? gtk_widget_get_first_child (GTK_WIDGET (self->due_box))
                                       : gtk_widget_get_last_child (GTK_WIDGET (self->due_box));
  list = hearth_widget_find (group, is_list_box, NULL);
  if (list != NULL && (row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), (int) first)))
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

/* The next page of a column; the keyboard goes to its first card, as the row that asked for
 * it is gone. */
static void
show_more_action (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  HearthRecruitmentPage *self = HEARTH_RECRUITMENT_PAGE (widget);
  const char *key = g_variant_get_string (parameter, NULL);
  GtkWidget *list = list_of (self, key);
  guint built = GPOINTER_TO_UINT (g_hash_table_lookup (self->built, key));
  GtkWidget *first;

  if (g_str_equal (key, "overdue") || g_str_equal (key, "soon"))
    {
      show_more_due (self, key);
      return;
    }
  if (list == NULL || g_object_get_data (G_OBJECT (list), "carers") == NULL)
    return;

  first = build_rows (self, list, built, built + HEARTH_PAGE_ROWS);
  if (first != NULL)
    gtk_widget_grab_focus (first);
}

static void
decide_clicked_cb (HearthRecruitmentPage *self,
                   GtkButton             *button)
{
  hearth_panel_decision_dialog_present (HEARTH_PAGE (self),
                                        g_object_get_data (G_OBJECT (button), "decision"),
                                        g_object_get_data (G_OBJECT (button), "outcome"));
}

static GtkWidget *
decision_button (HearthRecruitmentPage *self,
                 HearthPanelDecision   *decision,
                 const char            *outcome,
                 const char            *label,
                 const char            *who)
{
  GtkWidget *button = hearth_button_new_with_mnemonic (label);
  g_autofree char *name = g_strdup_printf ("%s-%" G_GINT64_FORMAT, outcome,
                                           hearth_panel_decision_get_carer_id (decision));
  g_autofree char *text = g_strdup_printf ("%s: %s", who,
                                           hearth_values_label (HEARTH_VALUES_DECISION, outcome));

  gtk_widget_set_name (button, name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  g_object_set_data_full (G_OBJECT (button), "decision", g_object_ref (decision), g_object_unref);
  g_object_set_data (G_OBJECT (button), "outcome", (gpointer) g_intern_string (outcome));
  g_signal_connect_object (button, "clicked", G_CALLBACK (decide_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  return button;
}

static char *
describe_readiness (HearthRecruitmentPage *self,
                    HearthCarer           *carer)
{
  g_autoptr(GPtrArray) missing = hearth_scheme_missing_for_panel (scheme_of (self), carer, NULL);
  const char *stage = hearth_values_label (HEARTH_VALUES_CARER_STAGE,
                                           hearth_carer_get_stage (carer));
  g_autofree char *list = NULL;

  if (missing == NULL || missing->len == 0)
    return g_strdup_printf (_("%s · checklist complete"), stage);
  g_ptr_array_add (missing, NULL);
  list = g_strjoinv (", ", (char **) missing->pdata);
  return g_strdup_printf (_("%s · missing: %s"), stage, list);
}

static GtkWidget *
decision_row_new (HearthRecruitmentPage *self,
                  HearthPanelDecision   *decision,
                  gboolean               has_met)
{
  g_autoptr(HearthRecord) carer = hearth_scheme_load (scheme_of (self), HEARTH_TYPE_CARER,
                                                      hearth_panel_decision_get_carer_id (decision),
                                                      NULL);
  const char *outcome = hearth_panel_decision_get_decision (decision);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *who = carer != NULL ? hearth_carer_dup_display_name (HEARTH_CARER (carer))
                                       : g_strdup (_("Unknown carer"));
  g_autofree char *subtitle = NULL;

  if (g_str_equal (outcome, "pending") && carer != NULL)
    subtitle = describe_readiness (self, HEARTH_CARER (carer));
  else
    subtitle = g_strdup_printf ("%s%s%s", hearth_values_label (HEARTH_VALUES_DECISION, outcome),
                                hearth_panel_decision_get_reasons (decision) != NULL ? " · " : "",
                                hearth_panel_decision_get_reasons (decision) != NULL
                                ? hearth_panel_decision_get_reasons (decision) : "");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), who);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (g_str_equal (outcome, "pending") && !has_met)
    {
      GtkWidget *waiting = label_new (_("Decided once the panel meets"), "dim-label");

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), waiting);
    }
  else if (g_str_equal (outcome, "pending"))
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 decision_button (self, decision, "approved", _("_Approve…"), who));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 decision_button (self, decision, "deferred", _("_Defer…"), who));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 decision_button (self, decision, "not-approved",
                                                  _("_Not Approved…"), who));
    }
  return row;
}

static void
add_to_panel_clicked_cb (HearthRecruitmentPage *self,
                         GtkButton             *button)
{
  hearth_add_to_panel_dialog_present (HEARTH_PAGE (self),
                                      g_object_get_data (G_OBJECT (button), "panel"));
}

static GtkWidget *
panel_group_new (HearthRecruitmentPage *self,
                 HearthPanel           *panel)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *add = hearth_button_new_with_mnemonic (_("Add _Carer…"));
  g_autofree char *when = hearth_date_to_display (hearth_panel_get_held_on (panel));
  g_autofree char *title = g_strdup_printf (_("Panel on %s"), when);
  g_autofree char *chair = hearth_panel_get_chair (panel) != NULL
                           ? g_strdup_printf (_("Chaired by %s"), hearth_panel_get_chair (panel))
                           : NULL;
  g_autoptr(GPtrArray) decisions = NULL;
  g_autofree char *add_label = g_strdup_printf (_("Add a carer to the panel on %s"), when);
  g_autofree char *today = hearth_date_today ();
  gboolean has_met = g_strcmp0 (hearth_panel_get_held_on (panel), today) <= 0;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), chair);
  gtk_widget_set_name (add, "add-to-panel");
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, add_label,
                                  -1);
  g_object_set_data_full (G_OBJECT (add), "panel", g_object_ref (panel), g_object_unref);
  g_signal_connect_object (add, "clicked", G_CALLBACK (add_to_panel_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add);

  decisions = hearth_scheme_load_related (scheme_of (self), HEARTH_TYPE_PANEL_DECISION, "panel-id",
                                          hearth_record_get_id (HEARTH_RECORD (panel)), NULL);
  for (guint i = 0; decisions != NULL && i < decisions->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               decision_row_new (self, g_ptr_array_index (decisions, i), has_met));
  if (decisions == NULL || decisions->len == 0)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               label_new (_("Nobody is going to this panel yet."), "dim-label"));
  return group;
}

static int
newest_panel_first (gconstpointer a,
                    gconstpointer b)
{
  return g_strcmp0 (hearth_panel_get_held_on (*(HearthPanel **) b),
                    hearth_panel_get_held_on (*(HearthPanel **) a));
}

static void
load_panels (HearthRecruitmentPage *self)
{
  g_autoptr(GPtrArray) panels = hearth_scheme_load_all (scheme_of (self), HEARTH_TYPE_PANEL, NULL);

  clear_box (self->panels_box);
  if (panels != NULL)
    g_ptr_array_sort (panels, newest_panel_first);
  for (guint i = 0; panels != NULL && i < panels->len; i++)
    gtk_box_append (self->panels_box, panel_group_new (self, g_ptr_array_index (panels, i)));
  gtk_stack_set_visible_child_name (self->panels_stack,
                                    panels != NULL && panels->len > 0 ? "content" : "empty");
}

static GtkWidget *
due_row_new (HearthRecruitmentPage *self,
             HearthDueItem         *item)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *when = hearth_date_to_display (item->due_on);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", item->carer_name, when);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->what);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (g_str_equal (item->kind, "approval-review"))
    {
      g_autoptr(HearthRecord) carer = hearth_scheme_load (scheme_of (self), HEARTH_TYPE_CARER,
                                                          item->carer_id, NULL);
      GtkWidget *button;

      if (carer == NULL)
        return row;
      button = carer_button (self, HEARTH_CARER (carer), "review", _("_Review…"),
                             g_strdup_printf (_("Record a review of %s’s approval"),
                                              item->carer_name),
                             G_CALLBACK (review_clicked_cb));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  return row;
}

static void
load_dues (HearthRecruitmentPage *self,
           const char            *today)
{
  g_autoptr(GPtrArray) dues = hearth_scheme_list_carer_dues (scheme_of (self), today,
                                                             DUE_WITHIN_DAYS, NULL);
  GtkWidget *overdue = adw_preferences_group_new ();
  GtkWidget *soon = adw_preferences_group_new ();
  guint n_overdue = 0, n_soon = 0;

  guint overdue_wanted = MAX (GPOINTER_TO_UINT (g_hash_table_lookup (self->built, "overdue")),
                              HEARTH_PAGE_ROWS);
  guint soon_wanted = MAX (GPOINTER_TO_UINT (g_hash_table_lookup (self->built, "soon")),
                           HEARTH_PAGE_ROWS);

  clear_box (self->due_box);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (overdue), _("Overdue"));
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (soon), _("Due in the Next 60 Days"));
  /* A page of each at a time: a large scheme has thousands of approved carers. */
  for (guint i = 0; dues != NULL && i < dues->len; i++)
    {
      HearthDueItem *item = g_ptr_array_index (dues, i);
      guint *n = item->overdue ? &n_overdue : &n_soon;

      if (*n < (item->overdue ? overdue_wanted : soon_wanted))
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (item->overdue ? overdue : soon),
                                   due_row_new (self, item));
      *n += 1;
    }
  if (n_overdue > overdue_wanted)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (overdue),
                               hearth_more_row_new (n_overdue - overdue_wanted,
                                                    "recruitment.show-more",
                                                    g_variant_new_string ("overdue")));
  if (n_soon > soon_wanted)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (soon),
                               hearth_more_row_new (n_soon - soon_wanted, "recruitment.show-more",
                                                    g_variant_new_string ("soon")));
  gtk_widget_set_visible (overdue, n_overdue > 0);
  gtk_widget_set_visible (soon, n_soon > 0);
  gtk_box_append (self->due_box, overdue);
  gtk_box_append (self->due_box, soon);
  gtk_stack_set_visible_child_name (self->due_stack, n_overdue + n_soon > 0 ? "content" : "empty");
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

static void
load_summary (HearthRecruitmentPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  HearthRecruitmentSummary *summary = NULL;

  if (hearth_date_row_read (self->from_entry, &from, &error) &&
      hearth_date_row_read (self->to_entry, &to, &error))
    summary = hearth_scheme_recruitment_summary (scheme_of (self), from, to, &error);
  if (summary == NULL)
    {
      hearth_page_add_toast (HEARTH_PAGE (self), adw_toast_new (error->message));
      return;
    }
  g_clear_pointer (&self->summary, hearth_recruitment_summary_free);
  self->summary = summary;
  show_figures (self);
}

static void
load_staff (HearthRecruitmentPage *self)
{
  g_autoptr(GPtrArray) staff = hearth_scheme_load_all (scheme_of (self), HEARTH_TYPE_STAFF, NULL);

  g_hash_table_remove_all (self->staff);
  for (guint i = 0; staff != NULL && i < staff->len; i++)
    g_hash_table_insert (self->staff,
                         GSIZE_TO_POINTER (hearth_record_get_id (g_ptr_array_index (staff, i))),
                         g_strdup (hearth_staff_get_name (g_ptr_array_index (staff, i))));
}

/**
 * hearth_recruitment_page_reload:
 *
 * Rebuilds every page of the view from the scheme.
 */
void
hearth_recruitment_page_reload (HearthRecruitmentPage *self)
{
  g_autofree char *today = hearth_date_today ();

  g_return_if_fail (HEARTH_IS_RECRUITMENT_PAGE (self));

  g_clear_handle_id (&self->reload_source, g_source_remove);
  load_staff (self);
  load_pipeline (self, today);
  load_panels (self);
  load_dues (self, today);
  load_summary (self);
}

static gboolean
reload_cb (gpointer data)
{
  HearthRecruitmentPage *self = data;

  self->reload_source = 0;
  hearth_recruitment_page_reload (self);
  return G_SOURCE_REMOVE;
}

/* A workflow writes several rows at once: rebuild once, when idle. */
static void
queue_reload (HearthRecruitmentPage *self)
{
  if (self->reload_source == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->reload_source = g_idle_add (reload_cb, self);
}

static void
list_toggled_cb (HearthRecruitmentPage *self)
{
  gtk_stack_set_visible_child_name (self->layout_stack,
                                    gtk_toggle_button_get_active (self->list_toggle) ? "list" : "board");
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

static void
reload_action (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  hearth_recruitment_page_reload (HEARTH_RECRUITMENT_PAGE (widget));
}

static void
toggle_list_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *parameter)
{
  HearthRecruitmentPage *self = HEARTH_RECRUITMENT_PAGE (widget);

  gtk_toggle_button_set_active (self->list_toggle,
                                !gtk_toggle_button_get_active (self->list_toggle));
}

static void
hearth_recruitment_page_dispose (GObject *object)
{
  HearthRecruitmentPage *self = HEARTH_RECRUITMENT_PAGE (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_pointer (&self->staff, g_hash_table_unref);
  g_clear_pointer (&self->built, g_hash_table_unref);
  g_clear_pointer (&self->summary, hearth_recruitment_summary_free);
  g_clear_object (&self->chart);

  G_OBJECT_CLASS (hearth_recruitment_page_parent_class)->dispose (object);
}

static void
hearth_recruitment_page_constructed (GObject *object)
{
  HearthRecruitmentPage *self = HEARTH_RECRUITMENT_PAGE (object);
  HearthScheme *scheme = hearth_page_get_scheme (HEARTH_PAGE (self));

  G_OBJECT_CLASS (hearth_recruitment_page_parent_class)->constructed (object);

  build_summary (self);
  g_signal_connect_object (scheme, "record-added", G_CALLBACK (queue_reload), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (scheme, "record-changed", G_CALLBACK (queue_reload), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (scheme, "record-erased", G_CALLBACK (queue_reload), self,
                           G_CONNECT_SWAPPED);
}

static void
hearth_recruitment_page_class_init (HearthRecruitmentPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_recruitment_page_dispose;
  object_class->constructed = hearth_recruitment_page_constructed;

  gtk_widget_class_set_template_from_resource (widget_class, HEARTH_RESOURCE_PATH
                                               "/ui/recruitment/hearth-recruitment-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentPage, pipeline_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentPage, panels_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentPage, due_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentPage, summary_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentPage, layout_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentPage, board_box);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentPage, panels_box);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentPage, due_box);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentPage, summary_box);
  gtk_widget_class_bind_template_child (widget_class, HearthRecruitmentPage, list_toggle);

  gtk_widget_class_install_action (widget_class, "recruitment.schedule-panel", NULL,
                                   schedule_panel_action);
  gtk_widget_class_install_action (widget_class, "recruitment.toggle-list", NULL,
                                   toggle_list_action);
  gtk_widget_class_install_action (widget_class, "recruitment.targets", NULL, targets_action);
  gtk_widget_class_install_action (widget_class, "recruitment.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "recruitment.show-more", "s", show_more_action);
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

  self->staff = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->built = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_signal_connect_swapped (self->list_toggle, "toggled", G_CALLBACK (list_toggled_cb), self);
  g_signal_connect (self, "map", G_CALLBACK (hearth_recruitment_page_reload), NULL);
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
 * Shows the summary for the enquiries made from @from to @to.
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
