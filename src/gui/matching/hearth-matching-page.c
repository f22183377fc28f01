/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-matching-page.c: the Matching view. On the left, a live list of the people who need
 * a match; on the right, for the one chosen, the carers a worker ranks for them
 * (hearth_suggestion_list_new()) as a coordinator reads them: each candidate with the parts of
 * their score, each carer ruled out with the rule. From a candidate: shortlist, print the
 * introductions, propose a trial, open the carer. */

#define G_LOG_DOMAIN "hearth-matching-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-introductions-print.h"
#include "hearth-matching-page.h"
#include "hearth-matching-weights.h"
#include "hearth-suggestion-list.h"
#include "hearth-suggestion-row.h"
#include "hearth-waiting-row.h"

struct _HearthMatchingPage
{
  HearthPage          parent_instance;

  HearthRecordList   *records;
  HearthRecordView   *view;
  GtkFilterListModel *needing;       /* the people who need a match, as searched */
  GtkSingleSelection *selection;
  HearthRowPool      *rows;          /* the rows of the people, kept through a search */
  HearthPerson       *person;        /* shown on the right */
  HearthAggregateList *suggestions;  /* for person, ranked by a worker */
  GtkSortListModel   *ranked;        /* all of them, best first */
  GtkFilterListModel *candidates;
  GtkFilterListModel *ruled_out;
  gboolean            building;
  gboolean            focus_wanted;  /* the first candidate takes the keyboard once ranked */
  guint               focus_tick;
  guint               focus_ticks;

  AdwLeaflet         *leaflet;
  GtkWidget          *list_box;
  GtkWidget          *detail_box;
  AdwWindowTitle     *list_title;
  AdwWindowTitle     *detail_title;
  GtkSearchEntry     *search_entry;
  GtkStack           *list_stack;
  GtkListView        *list_view;
  AdwStatusPage      *list_empty;
  GtkStack           *detail_stack;
  GtkScrolledWindow  *detail_scroller;
  GtkWidget          *open_person_button;
  AdwComboRow        *type_row;
  GtkSwitch          *emergency_switch;
  GtkStack           *candidates_stack;
  GtkListView        *candidates_view;
  GtkStack           *ruled_out_stack;
  GtkListView        *ruled_out_view;
  GtkWidget          *ruled_out_group;
};

G_DEFINE_FINAL_TYPE (HearthMatchingPage, hearth_matching_page, HEARTH_TYPE_PAGE)

static void show_person (HearthMatchingPage *self,
                         HearthPerson       *person);

/* Referred or being matched, and not archived. */
static gboolean
needs_match (gpointer item,
             gpointer data)
{
  HearthPerson *person = item;
  const char *status = hearth_person_get_status (person);

  return !hearth_record_is_archived (HEARTH_RECORD (person)) &&
         (g_strcmp0 (status, "referred") == 0 || g_strcmp0 (status, "matching") == 0);
}

static const char *
current_type (HearthMatchingPage *self)
{
  guint n_values;
  const HearthValue *types = hearth_values_get (HEARTH_VALUES_ARRANGEMENT_TYPE, &n_values);
  guint i = adw_combo_row_get_selected (self->type_row);

  return i < n_values ? types[i].value : types[0].value;
}

static HearthSuggestion *
find_suggestion (HearthMatchingPage *self,
                 gint64              carer_id)
{
  g_autofree char *key = g_strdup_printf ("carer:%" G_GINT64_FORMAT, carer_id);

  return hearth_aggregate_list_find (self->suggestions, key, NULL);
}

static char *
person_name (HearthMatchingPage *self)
{
  return hearth_person_dup_display_name (self->person);
}

static void
show_refusal (HearthMatchingPage *self,
              const char         *heading,
              const char         *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                            : NULL,
                                                       heading, message));
  gtk_widget_set_name (GTK_WIDGET (dialog), "matching-error");
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  hearth_present_dialog (dialog);
}

static void
add_toast (HearthMatchingPage *self,
           AdwToast           *toast)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  hearth_page_add_toast (HEARTH_PAGE (self), toast);
  if (root != NULL)
    hearth_name_mnemonic_buttons (GTK_WIDGET (root));
}

/* The people list */

static guint
count_needing (HearthMatchingPage *self)
{
  GListModel *all = G_LIST_MODEL (self->records);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(HearthPerson) person = g_list_model_get_item (all, i);

      n += needs_match (person, NULL);
    }
  return n;
}

static void
update_list_state (HearthMatchingPage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->needing));
  gboolean searching = !hearth_record_text_is_blank (hearth_record_view_get_search (self->view));
  g_autofree char *count = NULL;

  if (searching)
    {
      guint all = count_needing (self);

      /* Translators: while searching: "1 of 4 people" */
      count = g_strdup_printf (ngettext ("%u of %u person", "%u of %u people", all), shown, all);
      adw_status_page_set_icon_name (self->list_empty, "system-search-symbolic");
      adw_status_page_set_title (self->list_empty, _("No Results Found"));
      adw_status_page_set_description (self->list_empty,
                                       _("No one who needs a match goes by that name."));
    }
  else
    {
      count = g_strdup_printf (ngettext ("%u person needs a match", "%u people need a match",
                                         shown), shown);
      adw_status_page_set_icon_name (self->list_empty, "system-users-symbolic");
      adw_status_page_set_title (self->list_empty, _("No One Needs a Match"));
      adw_status_page_set_description (self->list_empty,
                                       _("People who are referred, or being matched, appear "
                                         "here."));
    }

  adw_window_title_set_subtitle (self->list_title, count);
  gtk_stack_set_visible_child_name (self->list_stack, shown > 0 ? "list" : "empty");
}

static void
update_detail_title (HearthMatchingPage *self)
{
  g_autofree char *name = NULL;
  g_autofree char *line = NULL;

  if (self->person == NULL)
    {
      adw_window_title_set_title (self->detail_title, "");
      adw_window_title_set_subtitle (self->detail_title, NULL);
      gtk_widget_set_visible (self->open_person_button, FALSE);
      return;
    }

  name = person_name (self);
  line = hearth_waiting_row_dup_line (self->person);
  adw_window_title_set_title (self->detail_title, name);
  adw_window_title_set_subtitle (self->detail_title, line);
  gtk_widget_set_visible (self->open_person_button, TRUE);
}

/* Asks the worker to rank the carers for the person shown, as the request now stands. */
static void
ask (HearthMatchingPage *self)
{
  gint64 id = self->person != NULL ? hearth_record_get_id (HEARTH_RECORD (self->person)) : 0;

  hearth_suggestion_list_set_request (self->suggestions, id, current_type (self),
                                      gtk_switch_get_active (self->emergency_switch));
}

/* The spinner while the worker ranks; then the candidates, or why there are none. */
static void
update_suggestions_state (HearthMatchingPage *self)
{
  gboolean loading = hearth_aggregate_list_get_loading (self->suggestions) ||
                     !hearth_aggregate_list_get_loaded (self->suggestions);
  guint candidates = g_list_model_get_n_items (G_LIST_MODEL (self->candidates));
  guint ruled_out = g_list_model_get_n_items (G_LIST_MODEL (self->ruled_out));

  gtk_stack_set_visible_child_name (self->candidates_stack,
                                    loading && candidates == 0 ? "loading"
                                    : candidates > 0 ? "list" : "empty");
  gtk_stack_set_visible_child_name (self->ruled_out_stack,
                                    loading && ruled_out == 0 ? "loading" : "list");
  gtk_widget_set_visible (self->ruled_out_group, loading || ruled_out > 0);
}

/* The list view builds its rows when it is next laid out: the focus waits for them. */
static gboolean
focus_first_tick_cb (GtkWidget     *widget,
                     GdkFrameClock *clock,
                     gpointer       data)
{
  HearthMatchingPage *self = data;

  if (self->focus_wanted && g_list_model_get_n_items (G_LIST_MODEL (self->candidates)) > 0 &&
      !gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD) && self->focus_ticks++ < 30)
    return G_SOURCE_CONTINUE;

  self->focus_wanted = FALSE;
  self->focus_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
focus_first_candidate (HearthMatchingPage *self)
{
  self->focus_wanted = TRUE;
  self->focus_ticks = 0;
  if (self->focus_tick == 0)
    self->focus_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->candidates_view),
                                                     focus_first_tick_cb, self, NULL);
}

/* Once ranked: a refusal, if the worker met one, and the keyboard to the first candidate
 * when the coordinator chose someone to look at their carers. */
static void
loading_changed_cb (HearthMatchingPage *self)
{
  const GError *error = hearth_aggregate_list_get_error (self->suggestions);

  update_suggestions_state (self);
  if (hearth_aggregate_list_get_loading (self->suggestions))
    return;
  if (error != NULL)
    add_toast (self, adw_toast_new (error->message));
  if (self->focus_wanted)
    focus_first_candidate (self);
}

/* The person shown as they are stored now: proposing a trial changes their status. */
static void
records_changed_cb (HearthMatchingPage *self)
{
  HearthRecord *fresh;

  if (self->person == NULL)
    return;
  fresh = hearth_record_list_find (self->records,
                                   hearth_record_get_id (HEARTH_RECORD (self->person)));
  if (fresh != NULL && fresh != HEARTH_RECORD (self->person))
    {
      g_set_object (&self->person, HEARTH_PERSON (fresh));
      update_detail_title (self);
    }
}

static void
show_person (HearthMatchingPage *self,
             HearthPerson       *person)
{
  if (person == NULL)
    return;

  g_set_object (&self->person, person);
  gtk_stack_set_visible_child_name (self->detail_stack, "detail");
  update_detail_title (self);
  ask (self);
  update_suggestions_state (self);
}

/* Callbacks */

static void
selected_changed_cb (HearthMatchingPage *self)
{
  HearthPerson *person = gtk_single_selection_get_selected_item (self->selection);

  /* A person who leaves the list (a trial proposed) stays shown until another is chosen. */
  if (person == NULL)
    return;

  show_person (self, person);
  /* Only narrow: side by side, AdwLeaflet would take the focus out of the list. */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->detail_box);
}

static void
person_activated_cb (HearthMatchingPage *self,
                     guint               position)
{
  gtk_single_selection_set_selected (self->selection, position);
  adw_leaflet_set_visible_child (self->leaflet, self->detail_box);
  /* Choosing someone is for looking at their carers: the keyboard goes to the first one
   * once they are ranked. With none to suggest, it stays where it was. */
  if (hearth_aggregate_list_get_loading (self->suggestions))
    self->focus_wanted = TRUE;
  else
    focus_first_candidate (self);
}

static void
search_changed_cb (HearthMatchingPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!hearth_record_view_set_search (self->view,
                                      gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                                      &error))
    add_toast (self, adw_toast_new (error->message));
  update_list_state (self);
}

static void
search_stopped_cb (HearthMatchingPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* Enter in the search chooses the first person found. */
static void
search_activated_cb (HearthMatchingPage *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->needing)) > 0)
    person_activated_cb (self, 0);
}

/* Down from the search moves into the list, to walk it with the arrows. */
static gboolean
search_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       HearthMatchingPage    *self)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) ||
      g_list_model_get_n_items (G_LIST_MODEL (self->needing)) == 0)
    return GDK_EVENT_PROPAGATE;

  return gtk_widget_child_focus (GTK_WIDGET (self->list_view), GTK_DIR_TAB_FORWARD)
         ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;
}

/* Enter on a carer ruled out opens them. */
static void
ruled_out_activated_cb (HearthMatchingPage *self,
                        guint               position)
{
  g_autoptr(HearthSuggestion) s = g_list_model_get_item (G_LIST_MODEL (self->ruled_out),
                                                         position);
  g_autofree char *reference = NULL;

  if (s == NULL)
    return;
  reference = g_strdup_printf ("carer:%" G_GINT64_FORMAT, hearth_suggestion_get_carer_id (s));
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-record", "s", reference);
}

/* Enter on a candidate opens it, to shortlist, print or propose. */
static void
candidate_activated_cb (HearthMatchingPage *self,
                        guint               position)
{
  g_autoptr(HearthSuggestion) s = g_list_model_get_item (G_LIST_MODEL (self->candidates),
                                                         position);

  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->candidates_view));
       s != NULL && item != NULL; item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (HEARTH_IS_SUGGESTION_ROW (row) &&
          hearth_suggestion_row_get_item (HEARTH_SUGGESTION_ROW (row)) == s)
        {
          hearth_suggestion_row_toggle (HEARTH_SUGGESTION_ROW (row));
          return;
        }
    }
}

/* Up and Down walk the carers row by row, from wherever the focus is in a closed one: the
 * list a row keeps inside it would otherwise take the keys. */
static gboolean
carers_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       HearthMatchingPage    *self)
{
  GtkWidget *list = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkRoot *root = gtk_widget_get_root (list);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *item = focus;
  GtkWidget *expander;
  GtkWidget *next;
  gboolean down = keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down;

  if (!down && keyval != GDK_KEY_Up && keyval != GDK_KEY_KP_Up)
    return GDK_EVENT_PROPAGATE;
  while (item != NULL && gtk_widget_get_parent (item) != list)
    item = gtk_widget_get_parent (item);
  if (item == NULL)
    return GDK_EVENT_PROPAGATE;
  expander = gtk_widget_get_ancestor (focus, ADW_TYPE_EXPANDER_ROW);
  if (expander != NULL && adw_expander_row_get_expanded (ADW_EXPANDER_ROW (expander)))
    return GDK_EVENT_PROPAGATE;

  for (next = down ? gtk_widget_get_next_sibling (item) : gtk_widget_get_prev_sibling (item);
       next != NULL;
       next = down ? gtk_widget_get_next_sibling (next) : gtk_widget_get_prev_sibling (next))
    if (gtk_widget_get_child_visible (next) &&
        gtk_widget_child_focus (next, GTK_DIR_TAB_FORWARD))
      return GDK_EVENT_STOP;
  return GDK_EVENT_PROPAGATE;
}

static void
request_changed_cb (HearthMatchingPage *self)
{
  if (!self->building)
    ask (self);
}

/* Actions */

static void
back_action (GtkWidget  *widget,
             const char *action,
             GVariant   *parameter)
{
  HearthMatchingPage *self = HEARTH_MATCHING_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_box);
}

static void
open_carer_action (GtkWidget  *widget,
                   const char *action,
                   GVariant   *parameter)
{
  g_autofree char *reference = g_strdup_printf ("carer:%" G_GINT64_FORMAT,
                                                g_variant_get_int64 (parameter));

  gtk_widget_activate_action (widget, "win.show-record", "s", reference);
}

static void
open_person_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *parameter)
{
  HearthMatchingPage *self = HEARTH_MATCHING_PAGE (widget);
  g_autofree char *reference = NULL;

  if (self->person == NULL)
    return;

  reference = g_strdup_printf ("person:%" G_GINT64_FORMAT,
                               hearth_record_get_id (HEARTH_RECORD (self->person)));
  gtk_widget_activate_action (widget, "win.show-record", "s", reference);
}

/* What the Propose a Trial question was asked about, kept until it is answered. */
typedef struct
{
  HearthMatchingPage *page;
  HearthCarer        *carer;
  char               *type;
} Proposal;

static void
proposal_free (gpointer data,
               GClosure *closure)
{
  Proposal *proposal = data;

  g_object_unref (proposal->page);
  g_object_unref (proposal->carer);
  g_free (proposal->type);
  g_free (proposal);
}

static void
propose_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     Proposal         *proposal)
{
  HearthMatchingPage *self = proposal->page;
  HearthCarer *carer = proposal->carer;
  const char *type = proposal->type;
  g_autoptr(HearthPerson) person = NULL;
  g_autoptr(HearthTrial) trial = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = hearth_date_today ();
  g_autofree char *carer_name = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  g_autofree char *reference = NULL;
  AdwToast *toast;

  if (!g_str_equal (response, "propose") || self->person == NULL)
    return;

  /* Kept while the trial is proposed: the person changes, and the list with them. */
  person = g_object_ref (self->person);
  trial = hearth_scheme_propose_trial (hearth_page_get_scheme (HEARTH_PAGE (self)), person,
                                       carer, type, today, NULL, &error);
  if (trial == NULL)
    {
      show_refusal (self, _("The Trial Could Not Be Proposed"), error->message);
      return;
    }

  carer_name = hearth_carer_dup_display_name (carer);
  name = person_name (self);
  text = g_strdup_printf (_("Trial proposed for %s with %s"), name, carer_name);
  reference = g_strdup_printf ("trial:%" G_GINT64_FORMAT, hearth_record_get_id (HEARTH_RECORD (trial)));
  toast = adw_toast_new (text);
  adw_toast_set_button_label (toast, _("_Open Trial"));
  adw_toast_set_action_name (toast, "win.show-record");
  adw_toast_set_action_target_value (toast, g_variant_new_string (reference));
  add_toast (self, toast);
}

static void
propose_trial_action (GtkWidget  *widget,
                      const char *action,
                      GVariant   *parameter)
{
  HearthMatchingPage *self = HEARTH_MATCHING_PAGE (widget);
  HearthSuggestion *s = find_suggestion (self, g_variant_get_int64 (parameter));
  g_autofree char *carer = NULL;
  g_autofree char *name = NULL;
  g_autofree char *kind = NULL;
  AdwMessageDialog *dialog;
  Proposal *proposal;

  if (s == NULL || self->person == NULL)
    return;

  carer = hearth_carer_dup_display_name (hearth_suggestion_get_carer (s));
  name = person_name (self);
  kind = g_utf8_strdown (hearth_values_label (HEARTH_VALUES_ARRANGEMENT_TYPE, current_type (self)),
                         -1);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                       _("Propose a Trial?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("A %s trial for %s with %s, proposed today. They get to "
                                    "know each other first, and it becomes an arrangement only "
                                    "if both say yes."), kind, name, carer);
  gtk_widget_set_name (GTK_WIDGET (dialog), "matching-question");
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"),
                                    "propose", _("_Propose Trial"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "propose", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "propose");
  adw_message_dialog_set_close_response (dialog, "cancel");
  proposal = g_new0 (Proposal, 1);
  proposal->page = g_object_ref (self);
  proposal->carer = g_object_ref (hearth_suggestion_get_carer (s));
  proposal->type = g_strdup (current_type (self));
  g_signal_connect_data (dialog, "response", G_CALLBACK (propose_response_cb), proposal,
                         proposal_free, 0);
  hearth_present_dialog (dialog);
}

/* The shortlist is not a record: no change is announced, so the list is asked again. */
static void
shortlist (HearthMatchingPage *self,
           gint64              carer_id,
           gboolean            on)
{
  HearthScheme *scheme = hearth_page_get_scheme (HEARTH_PAGE (self));
  HearthSuggestion *s = find_suggestion (self, carer_id);
  g_autoptr(GError) error = NULL;
  g_autofree char *carer = NULL;
  g_autofree char *person = NULL;
  g_autofree char *text = NULL;

  if (s == NULL || self->person == NULL || on == hearth_suggestion_get_shortlisted (s))
    return;

  if (!(on ? hearth_scheme_shortlist_carer (scheme, self->person, hearth_suggestion_get_carer (s),
                                            &error)
           : hearth_scheme_unshortlist_carer (scheme, self->person,
                                              hearth_suggestion_get_carer (s), &error)))
    {
      show_refusal (self, on ? _("The Carer Could Not Be Shortlisted")
                             : _("The Carer Could Not Be Taken Off the Shortlist"),
                    error->message);
      return;
    }

  /* Shown at once; the ranking made again agrees. */
  hearth_suggestion_set_shortlisted (s, on);
  hearth_aggregate_list_refresh (self->suggestions);
  carer = hearth_carer_dup_display_name (hearth_suggestion_get_carer (s));
  person = person_name (self);
  text = on ? g_strdup_printf (_("%s shortlisted for %s"), carer, person)
            : g_strdup_printf (_("%s taken off %s’s shortlist"), carer, person);
  add_toast (self, adw_toast_new (text));
}

static void
shortlist_action (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  shortlist (HEARTH_MATCHING_PAGE (widget), g_variant_get_int64 (parameter), TRUE);
}

static void
unshortlist_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *parameter)
{
  shortlist (HEARTH_MATCHING_PAGE (widget), g_variant_get_int64 (parameter), FALSE);
}

static void
print_introductions (HearthMatchingPage *self,
                     gint64              carer_id,
                     gboolean            to_pdf)
{
  HearthSuggestion *s = find_suggestion (self, carer_id);

  if (s == NULL || self->person == NULL)
    return;

  if (!hearth_suggestion_get_shortlisted (s))
    {
      add_toast (self, adw_toast_new (_("Shortlist the carer first")));
      return;
    }

  hearth_introductions_print (HEARTH_PAGE (self), self->person, hearth_suggestion_get_carer (s),
                              to_pdf);
}

static void
print_introductions_action (GtkWidget  *widget,
                            const char *action,
                            GVariant   *parameter)
{
  print_introductions (HEARTH_MATCHING_PAGE (widget), g_variant_get_int64 (parameter), FALSE);
}

static void
save_introductions_action (GtkWidget  *widget,
                           const char *action,
                           GVariant   *parameter)
{
  print_introductions (HEARTH_MATCHING_PAGE (widget), g_variant_get_int64 (parameter), TRUE);
}

static void
suggest_again_action (GtkWidget  *widget,
                      const char *action,
                      GVariant   *parameter)
{
  HearthMatchingPage *self = HEARTH_MATCHING_PAGE (widget);
  HearthScheme *scheme = hearth_page_get_scheme (HEARTH_PAGE (self));
  g_autoptr(HearthRecord) trial = NULL;
  g_autoptr(HearthRecord) carer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *carer_name = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  trial = hearth_scheme_load (scheme, HEARTH_TYPE_TRIAL, g_variant_get_int64 (parameter), &error);
  if (trial == NULL || !hearth_scheme_suggest_again (scheme, HEARTH_TRIAL (trial), &error))
    {
      show_refusal (self, _("The Carer Could Not Be Suggested Again"), error->message);
      return;
    }

  carer = hearth_scheme_load (scheme, HEARTH_TYPE_CARER,
                              hearth_trial_get_carer_id (HEARTH_TRIAL (trial)), NULL);
  carer_name = carer != NULL ? hearth_carer_dup_display_name (HEARTH_CARER (carer))
                             : g_strdup (_("The carer"));
  name = self->person != NULL ? person_name (self) : g_strdup ("");
  text = g_strdup_printf (_("%s can be suggested for %s again"), carer_name, name);
  add_toast (self, adw_toast_new (text));
}

static void
weights_action (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  HearthMatchingPage *self = HEARTH_MATCHING_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GError) error = NULL;
  HearthMatchingWeights *weights;

  weights = hearth_matching_weights_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         hearth_page_get_scheme (HEARTH_PAGE (self)), &error);
  if (weights == NULL)
    {
      show_refusal (self, _("The Matching Weights Could Not Be Read"), error->message);
      return;
    }

  /* The weights are not records either: the carers are ranked again once they are set. */
  g_signal_connect_object (weights, "destroy", G_CALLBACK (hearth_aggregate_list_refresh),
                           self->suggestions, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (weights));
}

/* Overrides */

/* People open in the People view; from here, win.find-carers selects them. */
static gboolean
hearth_matching_page_show_record (HearthPage   *page,
                                  HearthRecord *record)
{
  return FALSE;
}

static void
hearth_matching_page_focus_search (HearthPage *page)
{
  HearthMatchingPage *self = HEARTH_MATCHING_PAGE (page);

  adw_leaflet_set_visible_child (self->leaflet, self->list_box);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
hearth_matching_page_dispose (GObject *object)
{
  HearthMatchingPage *self = HEARTH_MATCHING_PAGE (object);

  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  g_clear_pointer (&self->rows, hearth_row_pool_free);
  if (self->focus_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->candidates_view), self->focus_tick);
  self->focus_tick = 0;
  if (self->candidates_view != NULL)
    gtk_list_view_set_model (self->candidates_view, NULL);
  if (self->ruled_out_view != NULL)
    gtk_list_view_set_model (self->ruled_out_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->needing);
  g_clear_object (&self->view);
  g_clear_object (&self->records);
  g_clear_object (&self->person);
  g_clear_object (&self->candidates);
  g_clear_object (&self->ruled_out);
  g_clear_object (&self->ranked);
  g_clear_object (&self->suggestions);

  G_OBJECT_CLASS (hearth_matching_page_parent_class)->dispose (object);
}

static void
hearth_matching_page_class_init (HearthMatchingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthPageClass *page_class = HEARTH_PAGE_CLASS (klass);

  object_class->dispose = hearth_matching_page_dispose;
  page_class->show_record = hearth_matching_page_show_record;
  page_class->focus_search = hearth_matching_page_focus_search;

  g_type_ensure (HEARTH_TYPE_SUGGESTION_ROW);
  g_type_ensure (HEARTH_TYPE_WAITING_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               HEARTH_RESOURCE_PATH "/ui/matching/hearth-matching-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthMatchingPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, HearthMatchingPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, HearthMatchingPage, detail_box);
  gtk_widget_class_bind_template_child (widget_class, HearthMatchingPage, list_title);
  gtk_widget_class_bind_template_child (widget_class, HearthMatchingPage, detail_title);
  gtk_widget_class_bind_template_child (widget_class, HearthMatchingPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthMatchingPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthMatchingPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, HearthMatchingPage, list_empty);
  gtk_widget_class_bind_template_child (widget_class, HearthMatchingPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthMatchingPage, detail_scroller);
  gtk_widget_class_bind_template_child (widget_class, HearthMatchingPage, open_person_button);
  gtk_widget_class_bind_template_child (widget_class, HearthMatchingPage, type_row);
  gtk_widget_class_bind_template_child (widget_class, HearthMatchingPage, emergency_switch);
  gtk_widget_class_bind_template_child (widget_class, HearthMatchingPage, candidates_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthMatchingPage, candidates_view);
  gtk_widget_class_bind_template_child (widget_class, HearthMatchingPage, ruled_out_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthMatchingPage, ruled_out_view);
  gtk_widget_class_bind_template_child (widget_class, HearthMatchingPage, ruled_out_group);

  gtk_widget_class_install_action (widget_class, "matching.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "matching.open-person", NULL, open_person_action);
  gtk_widget_class_install_action (widget_class, "matching.open-carer", "x", open_carer_action);
  gtk_widget_class_install_action (widget_class, "matching.propose-trial", "x",
                                   propose_trial_action);
  gtk_widget_class_install_action (widget_class, "matching.print-introductions", "x",
                                   print_introductions_action);
  gtk_widget_class_install_action (widget_class, "matching.save-introductions", "x",
                                   save_introductions_action);
  gtk_widget_class_install_action (widget_class, "matching.suggest-again", "x",
                                   suggest_again_action);
  gtk_widget_class_install_action (widget_class, "matching.weights", NULL, weights_action);
  gtk_widget_class_install_action (widget_class, "matching.shortlist", "x", shortlist_action);
  gtk_widget_class_install_action (widget_class, "matching.unshortlist", "x",
                                   unshortlist_action);

  /* Ctrl+M is Move On in Trials: the weights take a key of their own. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_W, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "matching.weights", NULL);
}

static void
set_up_request (HearthMatchingPage *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint n_values;
  const HearthValue *types = hearth_values_get (HEARTH_VALUES_ARRANGEMENT_TYPE, &n_values);

  for (guint i = 0; i < n_values; i++)
    gtk_string_list_append (labels, _(types[i].label));
  adw_combo_row_set_model (self->type_row, G_LIST_MODEL (labels));
  g_signal_connect_object (self->type_row, "notify::selected", G_CALLBACK (request_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->emergency_switch, "notify::active",
                           G_CALLBACK (request_changed_cb), self, G_CONNECT_SWAPPED);
  hearth_name_composite_rows (GTK_WIDGET (self->type_row));
}

static GtkWidget *
new_row (gpointer data)
{
  return g_object_new (HEARTH_TYPE_WAITING_ROW, NULL);
}

/* A person's row comes from the page's pool, so a search rebinds the rows it has. */
static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HearthMatchingPage       *self)
{
  GtkWidget *row = hearth_row_pool_take (self->rows);

  gtk_list_item_set_child (item, row);
  g_object_bind_property (item, "item", row, "item", G_BINDING_SYNC_CREATE);
}

static void
hearth_matching_page_init (HearthMatchingPage *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  set_up_request (self);
  self->rows = hearth_row_pool_new (new_row, NULL);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);

  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb),
                            self);
  g_signal_connect_swapped (self->search_entry, "stop-search", G_CALLBACK (search_stopped_cb),
                            self);
  g_signal_connect_swapped (self->search_entry, "activate", G_CALLBACK (search_activated_cb),
                            self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (person_activated_cb), self);
  for (guint i = 0; i < 2; i++)
    {
      GtkEventController *walk = gtk_event_controller_key_new ();

      gtk_event_controller_set_propagation_phase (walk, GTK_PHASE_CAPTURE);
      g_signal_connect (walk, "key-pressed", G_CALLBACK (carers_key_pressed_cb), self);
      gtk_widget_add_controller (GTK_WIDGET (i == 0 ? self->candidates_view
                                                    : self->ruled_out_view), walk);
    }
  g_signal_connect_swapped (self->candidates_view, "activate",
                            G_CALLBACK (candidate_activated_cb), self);
  g_signal_connect_swapped (self->ruled_out_view, "activate", G_CALLBACK (ruled_out_activated_cb),
                            self);
}

static gboolean
is_candidate (gpointer item,
              gpointer data)
{
  return hearth_suggestion_matches (item, "candidates");
}

static gboolean
is_ruled_out (gpointer item,
              gpointer data)
{
  return hearth_suggestion_matches (item, "ruled-out");
}

static int
compare_suggestions (gconstpointer a,
                     gconstpointer b,
                     gpointer      data)
{
  return hearth_suggestion_compare ((HearthSuggestion *) a, (HearthSuggestion *) b);
}

/* The carers for the person shown, ranked by a worker, best first, in their two lists. */
static void
set_up_suggestions (HearthMatchingPage *self,
                    HearthScheme       *scheme)
{
  GtkCustomSorter *sorter = gtk_custom_sorter_new (compare_suggestions, NULL, NULL);
  GtkNoSelection *none;

  self->suggestions = hearth_suggestion_list_new (scheme);
  self->ranked = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->suggestions)),
                                          GTK_SORTER (sorter));
  self->candidates = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->ranked)),
                                                GTK_FILTER (gtk_custom_filter_new (is_candidate,
                                                                                   NULL, NULL)));
  self->ruled_out = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->ranked)),
                                               GTK_FILTER (gtk_custom_filter_new (is_ruled_out,
                                                                                  NULL, NULL)));
  none = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->candidates)));
  gtk_list_view_set_model (self->candidates_view, GTK_SELECTION_MODEL (none));
  g_object_unref (none);
  none = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->ruled_out)));
  gtk_list_view_set_model (self->ruled_out_view, GTK_SELECTION_MODEL (none));
  g_object_unref (none);
  g_signal_connect_object (self->suggestions, "notify::loading", G_CALLBACK (loading_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->candidates, "items-changed",
                           G_CALLBACK (update_suggestions_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->ruled_out, "items-changed",
                           G_CALLBACK (update_suggestions_state), self, G_CONNECT_SWAPPED);
  hearth_aggregate_list_start (self->suggestions);
}

/* Public API */

/**
 * hearth_matching_page_new:
 *
 * Returns: (transfer floating): the Matching view of @scheme, or %NULL when its people
 *   cannot be read
 */
HearthPage *
hearth_matching_page_new (HearthScheme  *scheme,
                          GError       **error)
{
  g_autoptr(HearthRecordList) records = NULL;
  HearthMatchingPage *self;

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);

  records = hearth_record_list_get_shared (scheme, HEARTH_TYPE_PERSON, error);
  if (records == NULL)
    return NULL;

  self = g_object_new (HEARTH_TYPE_MATCHING_PAGE, "scheme", scheme, NULL);
  self->records = g_steal_pointer (&records);
  self->view = hearth_record_view_new (self->records);
  self->needing = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->view)),
                                             GTK_FILTER (gtk_custom_filter_new (needs_match, NULL,
                                                                                NULL)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->needing)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (selected_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->needing, "items-changed", G_CALLBACK (update_list_state), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->records, "items-changed", G_CALLBACK (records_changed_cb), self,
                           G_CONNECT_SWAPPED);
  set_up_suggestions (self, scheme);
  update_list_state (self);
  update_detail_title (self);
  return HEARTH_PAGE (self);
}

/**
 * hearth_matching_page_select_person:
 *
 * Chooses the person with @person_id and shows the carers for them; the search is cleared
 * when it hides them.
 */
void
hearth_matching_page_select_person (HearthMatchingPage *self,
                                    gint64              person_id)
{
  g_autoptr(HearthRecord) person = NULL;
  GListModel *model;

  g_return_if_fail (HEARTH_IS_MATCHING_PAGE (self));

  for (guint pass = 0; pass < 2; pass++)
    {
      model = G_LIST_MODEL (self->needing);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(HearthRecord) item = g_list_model_get_item (model, i);

          if (hearth_record_get_id (item) == person_id)
            {
              person_activated_cb (self, i);
              return;
            }
        }
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      search_changed_cb (self);
    }

  /* Not waiting for a match, but the coordinator asked: show them all the same. */
  person = hearth_scheme_load (hearth_page_get_scheme (HEARTH_PAGE (self)), HEARTH_TYPE_PERSON,
                               person_id, NULL);
  if (person == NULL)
    return;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  show_person (self, HEARTH_PERSON (person));
  adw_leaflet_set_visible_child (self->leaflet, self->detail_box);
}

/* Returns: (transfer none) (nullable): the person whose carers are shown */
HearthPerson *
hearth_matching_page_get_person (HearthMatchingPage *self)
{
  g_return_val_if_fail (HEARTH_IS_MATCHING_PAGE (self), NULL);

  return self->person;
}

/* Returns: (transfer none): the people listed on the left, as a GtkSingleSelection */
GListModel *
hearth_matching_page_get_people (HearthMatchingPage *self)
{
  g_return_val_if_fail (HEARTH_IS_MATCHING_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/* Returns: (transfer none): the carers shown, candidates and ruled out, best first, as a
 *   list of #HearthSuggestion */
GListModel *
hearth_matching_page_get_suggestions (HearthMatchingPage *self)
{
  g_return_val_if_fail (HEARTH_IS_MATCHING_PAGE (self), NULL);

  return G_LIST_MODEL (self->ranked);
}

void
hearth_matching_page_set_request (HearthMatchingPage *self,
                                  const char         *arrangement_type,
                                  gboolean            emergency)
{
  int i;

  g_return_if_fail (HEARTH_IS_MATCHING_PAGE (self));

  i = hearth_values_index (HEARTH_VALUES_ARRANGEMENT_TYPE, arrangement_type);
  self->building = TRUE;
  if (i >= 0)
    adw_combo_row_set_selected (self->type_row, (guint) i);
  gtk_switch_set_active (self->emergency_switch, emergency);
  self->building = FALSE;
  ask (self);
}
