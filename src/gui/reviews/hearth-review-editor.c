/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-review-editor.c: the Record Review form. The fields go into a copy of the review
 * and hearth_scheme_record_review() decides: when it refuses, its message is shown above
 * the form, the field it is about is marked, and everything typed stays where it is. */

#define G_LOG_DOMAIN "hearth-review-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hearth-date-row.h"
#include "hearth-gui-util.h"
#include "hearth-review-action-row.h"
#include "hearth-review-editor.h"
#include "hearth-review-outcome-row.h"

/* The answers' drop-down: "not asked" first, then the closed set. */
static const char * const answers[] = { NULL, "better", "no-different", "worse" };

struct _HearthReviewEditor
{
  AdwBin          parent_instance;

  HearthScheme   *scheme;
  HearthReview   *review;
  gboolean        read_only;
  gboolean        changed;   /* something was typed since the form was filled */
  char           *error;

  GtkLabel       *title_label;
  GtkLabel       *subtitle_label;
  GtkLabel       *error_label;
  GtkWidget      *save_button;
  GtkWidget      *cancel_button;
  GtkWidget      *add_action_button;
  HearthDateRow  *held_row;
  AdwEntryRow    *reviewer_row;
  GtkSwitch      *care_manager_switch;
  GtkSwitch      *attended_switch;
  AdwEntryRow    *others_row;
  AdwEntryRow    *advocate_row;
  GtkTextView    *person_views;
  GtkTextView    *carer_views;
  GtkSwitch      *risk_switch;
  HearthDateRow  *risk_next_row;
  GtkTextView    *needs_changes;
  GtkTextView    *next_steps;
  GtkListBox     *actions_list;
  GtkListBox     *outcomes_list;
  AdwComboRow    *approval_row;
  HearthDateRow  *next_due_row;
  GtkWidget      *review_group;
  GtkWidget      *views_group;
  GtkWidget      *risk_group;
  GtkWidget      *actions_group;
  GtkWidget      *outcomes_group;
  GtkWidget      *approval_group;
  GtkWidget      *next_group;
  GtkWidget      *form;
};

G_DEFINE_FINAL_TYPE (HearthReviewEditor, hearth_review_editor, ADW_TYPE_BIN)

enum {
  RECORDED,
  CANCELLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
text_of (GtkWidget *widget)
{
  const char *text;

  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      if (hearth_record_text_is_blank (text))
        {
          g_free ((char *) text);
          return NULL;
        }
      return (char *) text;
    }

  text = gtk_editable_get_text (GTK_EDITABLE (widget));
  return hearth_record_text_is_blank (text) ? NULL : g_strstrip (g_strdup (text));
}

static void
set_text (GtkWidget  *widget,
          const char *text)
{
  if (HEARTH_IS_DATE_ROW (widget))
    hearth_date_row_set_date (HEARTH_DATE_ROW (widget), text);
  else if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)),
                              text != NULL ? text : "", -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text != NULL ? text : "");
}

/* The widget that holds @property, for marking it and for tests. */
GtkWidget *
hearth_review_editor_get_field (HearthReviewEditor *self,
                                const char         *property)
{
  const struct { const char *property; gsize offset; } fields[] = {
    { "held-on", G_STRUCT_OFFSET (HearthReviewEditor, held_row) },
    { "reviewer", G_STRUCT_OFFSET (HearthReviewEditor, reviewer_row) },
    { "reviewer-is-care-manager", G_STRUCT_OFFSET (HearthReviewEditor, care_manager_switch) },
    { "care-manager-attended", G_STRUCT_OFFSET (HearthReviewEditor, attended_switch) },
    { "others-present", G_STRUCT_OFFSET (HearthReviewEditor, others_row) },
    { "advocate-name", G_STRUCT_OFFSET (HearthReviewEditor, advocate_row) },
    { "person-views", G_STRUCT_OFFSET (HearthReviewEditor, person_views) },
    { "carer-views", G_STRUCT_OFFSET (HearthReviewEditor, carer_views) },
    { "risk-reviewed", G_STRUCT_OFFSET (HearthReviewEditor, risk_switch) },
    { "risk-next-review", G_STRUCT_OFFSET (HearthReviewEditor, risk_next_row) },
    { "needs-changes", G_STRUCT_OFFSET (HearthReviewEditor, needs_changes) },
    { "next-steps", G_STRUCT_OFFSET (HearthReviewEditor, next_steps) },
    { "approval-outcome", G_STRUCT_OFFSET (HearthReviewEditor, approval_row) },
    { "next-due", G_STRUCT_OFFSET (HearthReviewEditor, next_due_row) },
  };

  g_return_val_if_fail (HEARTH_IS_REVIEW_EDITOR (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (fields[i].property, property))
      return G_STRUCT_MEMBER (GtkWidget *, self, fields[i].offset);

  return NULL;
}

static void
set_error (HearthReviewEditor *self,
           const char         *message,
           const char         *property)
{
  static const char * const marked[] = { "held-on", "reviewer", "advocate-name", "person-views",
                                         "risk-next-review", "next-due" };
  GtkWidget *field = property != NULL ? hearth_review_editor_get_field (self, property) : NULL;

  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (marked); i++)
    gtk_widget_remove_css_class (hearth_review_editor_get_field (self, marked[i]), "error");
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->actions_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    gtk_widget_remove_css_class (row, "error");

  if (field != NULL)
    {
      gtk_widget_add_css_class (field, "error");
      gtk_widget_grab_focus (field);
    }
}

/* Which field a refusal is about: from its code, or the first required field left empty. */
static const char *
field_for_error (HearthReview *copy,
                 const GError *error)
{
  if (g_error_matches (error, HEARTH_ERROR, HEARTH_ERROR_REVIEW_VIEWS))
    return "person-views";
  if (g_error_matches (error, HEARTH_ERROR, HEARTH_ERROR_REVIEW_ADVOCATE))
    return "advocate-name";
  if (g_error_matches (error, HEARTH_ERROR, HEARTH_ERROR_RISK_REVIEW_DATE))
    return "risk-next-review";
  if (!hearth_date_is_valid (hearth_review_get_held_on (copy)))
    return "held-on";
  if (hearth_record_text_is_blank (hearth_review_get_reviewer (copy)))
    return "reviewer";
  return NULL;
}

static void
changed_cb (HearthReviewEditor *self)
{
  self->changed = TRUE;
}

/* Any change to @widget (an entry, a text view, a switch or a drop-down) marks the form. */
static void
watch (HearthReviewEditor *self,
       GtkWidget          *widget)
{
  if (GTK_IS_TEXT_VIEW (widget))
    g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), "changed",
                             G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
  else if (GTK_IS_EDITABLE (widget))
    g_signal_connect_object (widget, "changed", G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
  else if (GTK_IS_SWITCH (widget))
    g_signal_connect_object (widget, "notify::active", G_CALLBACK (changed_cb), self,
                             G_CONNECT_SWAPPED);
  else
    g_signal_connect_object (widget, "notify::selected", G_CALLBACK (changed_cb), self,
                             G_CONNECT_SWAPPED);
}

static GtkWidget *
done_label_new (HearthReviewAction *action)
{
  g_autofree char *on = hearth_date_to_display (hearth_review_action_get_done_on (action));
  g_autofree char *text = g_strdup_printf (_("Done on %s"), on);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static void
mark_done_cb (GtkButton          *button,
              HearthReviewEditor *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), HEARTH_TYPE_REVIEW_ACTION_ROW);
  HearthReviewAction *action = hearth_review_action_row_get_action (HEARTH_REVIEW_ACTION_ROW (row));
  GtkWidget *box = gtk_widget_get_parent (GTK_WIDGET (button));
  g_autoptr(GError) error = NULL;

  if (!hearth_scheme_complete_review_action (self->scheme, action, NULL, &error))
    {
      set_error (self, error->message, NULL);
      return;
    }

  set_error (self, NULL, NULL);
  gtk_box_remove (GTK_BOX (box), GTK_WIDGET (button));
  gtk_box_append (GTK_BOX (box), done_label_new (action));
}

/* For an action of a held review: done when, or a button to say it is done today. */
static GtkWidget *
action_state_new (HearthReviewEditor *self,
                  HearthReviewAction *action)
{
  GtkWidget *button;

  if (hearth_review_action_get_done_on (action) != NULL)
    return done_label_new (action);

  button = hearth_button_new_with_mnemonic (_("Mark _Done"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("The action was done today"));
  g_signal_connect (button, "clicked", G_CALLBACK (mark_done_cb), self);
  return button;
}

/* An action: what, who, by when; a held review's also says whether it is done. */
static GtkWidget *
action_row_new (HearthReviewEditor *self,
                HearthReviewAction *action)
{
  GtkWidget *row = hearth_review_action_row_new (action, self->read_only);
  HearthReviewActionRow *action_row = HEARTH_REVIEW_ACTION_ROW (row);

  if (action != NULL && self->read_only)
    hearth_review_action_row_add_state (action_row, action_state_new (self, action));
  watch (self, hearth_review_action_row_get_what (action_row));
  watch (self, hearth_review_action_row_get_who (action_row));
  watch (self, GTK_WIDGET (hearth_review_action_row_get_due (action_row)));
  self->changed = TRUE;
  return row;
}

static void
add_action_action (GtkWidget  *widget,
                   const char *action,
                   GVariant   *parameter)
{
  HearthReviewEditor *self = HEARTH_REVIEW_EDITOR (widget);
  GtkWidget *row = action_row_new (self, NULL);

  gtk_list_box_append (self->actions_list, row);
  gtk_widget_grab_focus (hearth_review_action_row_get_what (HEARTH_REVIEW_ACTION_ROW (row)));
}

static GtkWidget *
find_outcome_row (HearthReviewEditor *self,
                  const char         *area)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->outcomes_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (hearth_review_outcome_row_get_area (HEARTH_REVIEW_OUTCOME_ROW (row)), area) == 0)
      return row;

  return NULL;
}

void
hearth_review_editor_set_outcome (HearthReviewEditor *self,
                                  const char         *area,
                                  const char         *answer,
                                  const char         *comment)
{
  HearthReviewOutcomeRow *outcome_row;
  GtkWidget *row;

  g_return_if_fail (HEARTH_IS_REVIEW_EDITOR (self));

  if ((row = find_outcome_row (self, area)) == NULL)
    return;
  outcome_row = HEARTH_REVIEW_OUTCOME_ROW (row);

  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    if (g_strcmp0 (answers[i], answer) == 0)
      gtk_drop_down_set_selected (hearth_review_outcome_row_get_answer (outcome_row), i);
  set_text (hearth_review_outcome_row_get_comment (outcome_row), comment);
}

static GPtrArray *
collect_outcomes (HearthReviewEditor *self)
{
  GPtrArray *outcomes = g_ptr_array_new_with_free_func (g_object_unref);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->outcomes_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      HearthReviewOutcomeRow *outcome_row = HEARTH_REVIEW_OUTCOME_ROW (row);
      GtkDropDown *dropdown = hearth_review_outcome_row_get_answer (outcome_row);
      guint answer = gtk_drop_down_get_selected (dropdown);
      g_autofree char *comment = text_of (hearth_review_outcome_row_get_comment (outcome_row));
      HearthReviewOutcome *outcome;

      if (answer == 0 || answer >= G_N_ELEMENTS (answers))
        continue;
      outcome = hearth_review_outcome_new ();
      g_object_set (outcome, "area", hearth_review_outcome_row_get_area (outcome_row),
                    "answer", answers[answer], "comment", comment, NULL);
      g_ptr_array_add (outcomes, outcome);
    }

  return outcomes;
}

/* Actions left wholly empty are ignored; half-filled ones go to the core, which refuses. */
static GPtrArray *
collect_actions (HearthReviewEditor *self)
{
  GPtrArray *actions = g_ptr_array_new_with_free_func (g_object_unref);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->actions_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      HearthReviewActionRow *action_row = HEARTH_REVIEW_ACTION_ROW (row);
      g_autofree char *what = text_of (hearth_review_action_row_get_what (action_row));
      g_autofree char *who = text_of (hearth_review_action_row_get_who (action_row));
      HearthDateRow *due_row = hearth_review_action_row_get_due (action_row);
      g_autofree char *due = g_strdup (hearth_date_row_get_date (due_row));
      HearthReviewAction *action;

      if (what == NULL && who == NULL && due == NULL &&
          hearth_record_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (due_row))))
        continue;
      action = hearth_review_action_new ();
      g_object_set (action, "action", what, "owner", who, "due-on", due, NULL);
      g_ptr_array_add (actions, action);
    }

  return actions;
}

static void
fill_copy (HearthReviewEditor *self,
           HearthReview       *copy)
{
  const char *property_texts[] = { "held-on", "reviewer", "others-present", "advocate-name",
                                   "person-views", "carer-views", "risk-next-review",
                                   "needs-changes", "next-steps", "next-due" };
  guint approval = adw_combo_row_get_selected (self->approval_row);
  const HearthValue *outcomes;
  guint n_outcomes;

  for (guint i = 0; i < G_N_ELEMENTS (property_texts); i++)
    {
      GtkWidget *field = hearth_review_editor_get_field (self, property_texts[i]);
      g_autofree char *text = NULL;

      /* Dates were read by check_dates(): a date row gives its date as YYYY-MM-DD. */
      if (HEARTH_IS_DATE_ROW (field))
        text = g_strdup (hearth_date_row_get_date (HEARTH_DATE_ROW (field)));
      else
        text = text_of (field);
      hearth_record_set_string (HEARTH_RECORD (copy), property_texts[i], text);
    }

  outcomes = hearth_values_get (HEARTH_VALUES_APPROVAL_OUTCOME, &n_outcomes);
  g_object_set (copy,
                "reviewer-is-care-manager", gtk_switch_get_active (self->care_manager_switch),
                "care-manager-attended", gtk_switch_get_active (self->care_manager_switch) ||
                                         gtk_switch_get_active (self->attended_switch),
                "risk-reviewed", gtk_switch_get_active (self->risk_switch),
                "approval-outcome",
                g_strcmp0 (hearth_review_get_subject (copy), "approval") == 0 && approval < n_outcomes
                ? outcomes[approval].value : NULL,
                NULL);
}

/* Dates are read here first so that the message can say which date is wrong, and why. */
static gboolean
check_dates (HearthReviewEditor *self)
{
  const char *dates[] = { "held-on", "risk-next-review", "next-due" };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      HearthDateRow *row = HEARTH_DATE_ROW (hearth_review_editor_get_field (self, dates[i]));

      if (!hearth_date_row_check (row))
        {
          set_error (self, hearth_date_row_get_problem (row), dates[i]);
          return FALSE;
        }
      if (hearth_date_row_get_date (row) == NULL && g_str_equal (dates[i], "held-on"))
        {
          set_error (self, _("Enter the date the review was held, such as 7/12/2026."), dates[i]);
          return FALSE;
        }
    }

  return TRUE;
}

/* Each action's date, read the same way; the action with a date that cannot be is marked. */
static gboolean
check_action_dates (HearthReviewEditor *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->actions_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      HearthDateRow *due = hearth_review_action_row_get_due (HEARTH_REVIEW_ACTION_ROW (row));

      if (!hearth_date_row_check (due))
        {
          set_error (self, hearth_date_row_get_problem (due), NULL);
          gtk_widget_add_css_class (row, "error");
          gtk_widget_grab_focus (GTK_WIDGET (due));
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * hearth_review_editor_save:
 *
 * Records the review as the form has it. On refusal the reason is shown above the form
 * and nothing typed is lost.
 *
 * Returns: %TRUE if the review was recorded
 */
gboolean
hearth_review_editor_save (HearthReviewEditor *self)
{
  g_autoptr(HearthReview) copy = NULL;
  g_autoptr(GPtrArray) outcomes = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (HEARTH_IS_REVIEW_EDITOR (self), FALSE);

  if (self->review == NULL || self->read_only)
    return FALSE;

  copy = HEARTH_REVIEW (hearth_record_copy (HEARTH_RECORD (self->review)));
  if (!check_dates (self) || !check_action_dates (self))
    return FALSE;
  fill_copy (self, copy);

  outcomes = collect_outcomes (self);
  actions = collect_actions (self);
  if (!hearth_scheme_record_review (self->scheme, copy, outcomes, actions, &error))
    {
      set_error (self, error->message, field_for_error (copy, error));
      if (g_str_has_prefix (error->message, _("Each action")))
        for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->actions_list));
             row != NULL; row = gtk_widget_get_next_sibling (row))
          gtk_widget_add_css_class (row, "error");
      return FALSE;
    }

  set_error (self, NULL, NULL);
  self->changed = FALSE;
  g_set_object (&self->review, copy);
  g_signal_emit (self, signals[RECORDED], 0, copy);
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action,
             GVariant   *parameter)
{
  hearth_review_editor_save (HEARTH_REVIEW_EDITOR (widget));
}

static void
leave_response_cb (AdwMessageDialog   *dialog,
                   const char         *response,
                   HearthReviewEditor *self)
{
  if (g_str_equal (response, "discard"))
    {
      self->changed = FALSE;
      g_signal_emit (self, signals[CANCELLED], 0);
    }
}

/* Leaving a form with something typed in it asks first: what was typed is not lost by a
 * stray Escape. */
static void
cancel_action (GtkWidget  *widget,
               const char *action,
               GVariant   *parameter)
{
  HearthReviewEditor *self = HEARTH_REVIEW_EDITOR (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwMessageDialog *dialog;

  if (!self->changed || self->read_only || !GTK_IS_WINDOW (root))
    {
      g_signal_emit (widget, signals[CANCELLED], 0);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (root),
                                                       _("Leave Without Recording?"),
                                                       _("What was typed in this review will "
                                                         "be lost.")));
  adw_message_dialog_add_responses (dialog, "keep", _("_Keep Editing"),
                                    "discard", _("_Leave"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (leave_response_cb), self, 0);
  hearth_present_dialog (dialog);
}

static void
set_editable (HearthReviewEditor *self,
              gboolean            editable)
{
  GtkWidget *entries[] = { GTK_WIDGET (self->held_row), GTK_WIDGET (self->reviewer_row),
                           GTK_WIDGET (self->others_row), GTK_WIDGET (self->advocate_row),
                           GTK_WIDGET (self->risk_next_row), GTK_WIDGET (self->next_due_row) };
  GtkTextView *texts[] = { self->person_views, self->carer_views, self->needs_changes,
                           self->next_steps };
  GtkWidget *others[] = { GTK_WIDGET (self->care_manager_switch), GTK_WIDGET (self->attended_switch),
                          GTK_WIDGET (self->risk_switch), GTK_WIDGET (self->approval_row),
                          GTK_WIDGET (self->outcomes_list) };

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    gtk_editable_set_editable (GTK_EDITABLE (entries[i]), editable);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    gtk_text_view_set_editable (texts[i], editable);
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    gtk_widget_set_sensitive (others[i], editable);
  gtk_widget_set_visible (self->save_button, editable);
  gtk_widget_set_visible (self->add_action_button, editable);
  gtk_button_set_label (GTK_BUTTON (self->cancel_button), editable ? _("_Cancel") : _("_Back"));
  /* A new label names the button by its raw text again ("_Cancel Cancel"): speak it plainly. */
  hearth_name_mnemonic_buttons (self->cancel_button);
}

/* A held review's actions and answers, to show with it. */
static void
load_details (HearthReviewEditor *self,
              gint64              id)
{
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GPtrArray) outcomes = NULL;

  if (id == 0)
    return;

  actions = hearth_scheme_load_related (self->scheme, HEARTH_TYPE_REVIEW_ACTION, "review-id", id, NULL);
  outcomes = hearth_scheme_load_related (self->scheme, HEARTH_TYPE_REVIEW_OUTCOME, "review-id", id, NULL);
  for (guint i = 0; actions != NULL && i < actions->len; i++)
    gtk_list_box_append (self->actions_list, action_row_new (self, g_ptr_array_index (actions, i)));
  for (guint i = 0; outcomes != NULL && i < outcomes->len; i++)
    {
      HearthReviewOutcome *o = g_ptr_array_index (outcomes, i);

      hearth_review_editor_set_outcome (self, hearth_review_outcome_get_area (o),
                                        hearth_review_outcome_get_answer (o),
                                        hearth_review_outcome_get_comment (o));
    }
}

static void
clear_form (HearthReviewEditor *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->actions_list))) != NULL)
    gtk_list_box_remove (self->actions_list, child);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->outcomes_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      HearthReviewOutcomeRow *outcome_row = HEARTH_REVIEW_OUTCOME_ROW (row);

      gtk_drop_down_set_selected (hearth_review_outcome_row_get_answer (outcome_row), 0);
      set_text (hearth_review_outcome_row_get_comment (outcome_row), NULL);
    }
  set_error (self, NULL, NULL);
}

static char *
describe_due (HearthReview *review)
{
  g_autofree char *due = hearth_date_to_display (hearth_review_get_due_on (review));
  g_autofree char *held = hearth_date_to_display (hearth_review_get_held_on (review));

  if (hearth_review_get_held_on (review) != NULL)
    return g_strdup_printf (_("Due on %s; held on %s"), due, held);
  return g_strdup_printf (_("Due on %s"), due);
}

/**
 * hearth_review_editor_set_review:
 * @review: a review due (to record) or held (shown read-only)
 * @title: what the review is of, as in "Ann Lee with Sam Carter"
 */
void
hearth_review_editor_set_review (HearthReviewEditor *self,
                                 HearthReview       *review,
                                 const char         *title)
{
  const char *property_texts[] = { "held-on", "reviewer", "others-present", "advocate-name",
                                   "person-views", "carer-views", "risk-next-review",
                                   "needs-changes", "next-steps", "next-due" };
  gboolean approval;
  g_autofree char *today = hearth_date_today ();
  g_autofree char *subtitle = NULL;
  int outcome;

  g_return_if_fail (HEARTH_IS_REVIEW_EDITOR (self));
  g_return_if_fail (HEARTH_IS_REVIEW (review));

  g_set_object (&self->review, review);
  self->read_only = hearth_review_get_held_on (review) != NULL;
  approval = g_strcmp0 (hearth_review_get_subject (review), "approval") == 0;
  clear_form (self);

  for (guint i = 0; i < G_N_ELEMENTS (property_texts); i++)
    set_text (hearth_review_editor_get_field (self, property_texts[i]),
              hearth_record_get_string (HEARTH_RECORD (review), property_texts[i]));
  if (!self->read_only)
    set_text (GTK_WIDGET (self->held_row), today);
  gtk_switch_set_active (self->care_manager_switch, hearth_review_get_reviewer_is_care_manager (review));
  gtk_switch_set_active (self->attended_switch, hearth_review_get_care_manager_attended (review));
  gtk_switch_set_active (self->risk_switch, hearth_review_get_risk_reviewed (review));
  outcome = hearth_values_index (HEARTH_VALUES_APPROVAL_OUTCOME, hearth_review_get_approval_outcome (review));
  adw_combo_row_set_selected (self->approval_row, outcome >= 0 ? (guint) outcome : 0);

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->review_group),
                                         approval ? NULL
                                         : _("When the reviewer is not the person’s care manager, "
                                             "an advocate or named person supports them, and is "
                                             "recorded here."));
  gtk_widget_set_visible (self->views_group, !approval);
  gtk_widget_set_visible (self->risk_group, !approval);
  gtk_widget_set_visible (self->outcomes_group, !approval);
  gtk_widget_set_visible (self->actions_group, !approval);
  gtk_widget_set_visible (self->approval_group, approval);
  gtk_widget_set_visible (GTK_WIDGET (self->advocate_row), !approval);
  gtk_widget_set_visible (gtk_widget_get_ancestor (GTK_WIDGET (self->care_manager_switch),
                                                   ADW_TYPE_ACTION_ROW), !approval);
  gtk_widget_set_visible (gtk_widget_get_ancestor (GTK_WIDGET (self->attended_switch),
                                                   ADW_TYPE_ACTION_ROW), !approval);

  gtk_label_set_label (self->title_label, title);
  subtitle = describe_due (review);
  gtk_label_set_label (self->subtitle_label, subtitle);
  set_editable (self, !self->read_only);
  if (self->read_only)
    load_details (self, hearth_record_get_id (HEARTH_RECORD (review)));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->reviewer_row));
  self->changed = FALSE;
}

HearthReview *
hearth_review_editor_get_review (HearthReviewEditor *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW_EDITOR (self), NULL);

  return self->review;
}

/* Whether something was typed since the form was filled or recorded. */
gboolean
hearth_review_editor_get_changed (HearthReviewEditor *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW_EDITOR (self), FALSE);

  return self->changed;
}

/* The message of the last refusal, or NULL. */
const char *
hearth_review_editor_get_error (HearthReviewEditor *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW_EDITOR (self), NULL);

  return self->error;
}

/* The list inside a combo row's pop-up, which GTK 4.8 would speak by its class name. */
static void
name_list_views (GtkWidget  *widget,
                 const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_VIEW (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        name, -1);
      name_list_views (child, name);
    }
}

static void
hearth_review_editor_dispose (GObject *object)
{
  HearthReviewEditor *self = HEARTH_REVIEW_EDITOR (object);

  g_clear_object (&self->scheme);
  g_clear_object (&self->review);
  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (hearth_review_editor_parent_class)->dispose (object);
}

#define BIND(name) gtk_widget_class_bind_template_child (widget_class, HearthReviewEditor, name)

static void
hearth_review_editor_class_init (HearthReviewEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_review_editor_dispose;

  /**
   * HearthReviewEditor::recorded:
   * @review: the review as recorded, with its next due date
   */
  signals[RECORDED] = g_signal_new ("recorded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, HEARTH_TYPE_REVIEW);
  signals[CANCELLED] = g_signal_new ("cancelled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (HEARTH_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               HEARTH_RESOURCE_PATH "/ui/reviews/hearth-review-editor.ui");
  BIND (title_label);
  BIND (subtitle_label);
  BIND (error_label);
  BIND (save_button);
  BIND (cancel_button);
  BIND (add_action_button);
  BIND (held_row);
  BIND (reviewer_row);
  BIND (care_manager_switch);
  BIND (attended_switch);
  BIND (others_row);
  BIND (advocate_row);
  BIND (person_views);
  BIND (carer_views);
  BIND (risk_switch);
  BIND (risk_next_row);
  BIND (needs_changes);
  BIND (next_steps);
  BIND (actions_list);
  BIND (outcomes_list);
  BIND (approval_row);
  BIND (next_due_row);
  BIND (review_group);
  BIND (views_group);
  BIND (risk_group);
  BIND (actions_group);
  BIND (outcomes_group);
  BIND (approval_group);
  BIND (next_group);
  BIND (form);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "editor.add-action", NULL, add_action_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
}

static void
hearth_review_editor_init (HearthReviewEditor *self)
{
  g_autoptr(GtkStringList) approval = gtk_string_list_new (NULL);
  GtkWidget *placeholder;
  const HearthValue *values;
  guint n_values;

  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = gtk_label_new (_("No actions agreed"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->actions_list, placeholder);

  values = hearth_values_get (HEARTH_VALUES_OUTCOME_AREA, &n_values);
  for (guint i = 0; i < n_values; i++)
    gtk_list_box_append (self->outcomes_list, hearth_review_outcome_row_new (values[i].value));

  values = hearth_values_get (HEARTH_VALUES_APPROVAL_OUTCOME, &n_values);
  for (guint i = 0; i < n_values; i++)
    gtk_string_list_append (approval, _(values[i].label));
  adw_combo_row_set_model (self->approval_row, G_LIST_MODEL (approval));
  hearth_name_composite_rows (GTK_WIDGET (self));
  name_list_views (GTK_WIDGET (self->approval_row), _("Outcome of the approval review"));

  {
    const char *fields[] = { "held-on", "reviewer", "reviewer-is-care-manager",
                             "care-manager-attended", "others-present", "advocate-name",
                             "person-views", "carer-views", "risk-reviewed", "risk-next-review",
                             "needs-changes", "next-steps", "approval-outcome", "next-due" };

    for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
      watch (self, hearth_review_editor_get_field (self, fields[i]));
    for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->outcomes_list));
         row != NULL; row = gtk_widget_get_next_sibling (row))
      {
        HearthReviewOutcomeRow *outcome_row = HEARTH_REVIEW_OUTCOME_ROW (row);

        watch (self, GTK_WIDGET (hearth_review_outcome_row_get_answer (outcome_row)));
        watch (self, hearth_review_outcome_row_get_comment (outcome_row));
      }
  }
  hearth_name_mnemonic_buttons (GTK_WIDGET (self));
}

HearthReviewEditor *
hearth_review_editor_new (HearthScheme *scheme)
{
  HearthReviewEditor *self;

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);

  self = g_object_new (HEARTH_TYPE_REVIEW_EDITOR, NULL);
  self->scheme = g_object_ref (scheme);
  return self;
}
