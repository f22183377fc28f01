/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-trial-dialogs.c: each question is a small modal window with its fields; the answer
 * goes to the core, and a refusal is shown inside the window in the core's own words, so
 * everything typed stays where it was and can be corrected. */

#define G_LOG_DOMAIN "hearth-trials"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date-row.h"
#include "hearth-gui-util.h"
#include "hearth-trial-dialogs.h"

/* Returns %TRUE when the core took the answer and the window can close. */
typedef gboolean (*Answered) (HearthPage  *page,
                              GtkWidget   *dialog,
                              GError     **error);

static HearthScheme *
scheme_of (HearthPage *page)
{
  return hearth_page_get_scheme (page);
}

static HearthTrial *
dialog_trial (GtkWidget *dialog)
{
  return g_object_get_data (G_OBJECT (dialog), "trial");
}

/**
 * hearth_trials_dup_names:
 * @person: (out): the person's display name
 * @carer: (out): the carer's display name
 *
 * The two sides of @trial, as the coordinator knows them.
 */
void
hearth_trials_dup_names (HearthScheme  *scheme,
                        HearthTrial   *trial,
                        char         **person,
                        char         **carer)
{
  g_autoptr(HearthRecord) p = hearth_scheme_load (scheme, HEARTH_TYPE_PERSON,
                                                  hearth_trial_get_person_id (trial), NULL);
  g_autoptr(HearthRecord) c = hearth_scheme_load (scheme, HEARTH_TYPE_CARER,
                                                  hearth_trial_get_carer_id (trial), NULL);

  g_return_if_fail (HEARTH_IS_TRIAL (trial));

  *person = p != NULL ? hearth_person_dup_display_name (HEARTH_PERSON (p))
                      : g_strdup (_("Unknown"));
  *carer = c != NULL ? hearth_carer_dup_display_name (HEARTH_CARER (c)) : g_strdup (_("Unknown"));
}

static char *
pair_of (HearthPage  *page,
         HearthTrial *trial)
{
  g_autofree char *person = NULL;
  g_autofree char *carer = NULL;

  hearth_trials_dup_names (scheme_of (page), trial, &person, &carer);
  return g_strdup_printf (_("%s ↔ %s"), person, carer);
}

static void
show_refusal (GtkWidget    *dialog,
              const GError *error)
{
  GtkWidget *label = g_object_get_data (G_OBJECT (dialog), "error");

  gtk_label_set_label (GTK_LABEL (label), error->message);
  gtk_widget_set_visible (label, TRUE);
}

static void
confirm_clicked_cb (GtkWidget  *button,
                    HearthPage *page)
{
  GtkWidget *dialog = GTK_WIDGET (gtk_widget_get_root (button));
  Answered answered = g_object_get_data (G_OBJECT (dialog), "answered");
  g_autoptr(GError) error = NULL;

  if (answered (page, dialog, &error))
    gtk_window_destroy (GTK_WINDOW (dialog));
  else
    show_refusal (dialog, error);
}

/* As if the answer's button were pressed: the same checks, the same refusal in the window. */
static gboolean
answer_key_cb (GtkWidget *dialog,
               GVariant  *args,
               gpointer   data)
{
  GtkWidget *confirm = g_object_get_data (G_OBJECT (dialog), "confirm");

  if (!gtk_widget_is_sensitive (confirm))
    return FALSE;
  return gtk_widget_activate (confirm);
}

/* The focus goes back to the card the question was about, as it would from a dialog. */
static void
dialog_destroyed_cb (HearthPage *page)
{
  gtk_widget_activate_action (GTK_WIDGET (page), "trials.focus-selected", NULL);
}

static GtkWidget *
header_new (GtkWidget  *dialog,
            const char *title,
            GtkWidget  *confirm)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = hearth_button_new_with_mnemonic (_("_Cancel"));

  gtk_widget_set_name (cancel, "cancel");
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), dialog);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (title, NULL));
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), confirm);
  return header;
}

static GtkWidget *
wrapped_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* A modal window titled @title, saying @heading and @body above its fields, with Cancel and
 * @yes_label; @answered decides whether it closes. Escape cancels, Enter in a field answers. */
static GtkWidget *
ask (HearthPage  *page,
     const char  *title,
     const char  *heading,
     const char  *body,
     const char  *yes_label,
     gboolean     destructive,
     Answered     answered)
{
  GtkWidget *dialog = gtk_window_new ();
  GtkWidget *confirm = hearth_button_new_with_mnemonic (yes_label);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *fields = gtk_list_box_new ();
  GtkWidget *error = g_object_new (GTK_TYPE_LABEL, "accessible-role", GTK_ACCESSIBLE_ROLE_ALERT,
                                   "wrap", TRUE, "xalign", 0.0f, "visible", FALSE, NULL);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (page));
  GtkEventController *keys = gtk_shortcut_controller_new ();
  GtkShortcutTrigger *answer;

  gtk_widget_set_name (dialog, "trials-question");
  gtk_window_set_title (GTK_WINDOW (dialog), title);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 460, -1);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));

  gtk_widget_set_name (confirm, "confirm");
  gtk_widget_add_css_class (confirm, destructive ? "destructive-action" : "suggested-action");
  g_signal_connect_object (confirm, "clicked", G_CALLBACK (confirm_clicked_cb), page, 0);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (dialog_destroyed_cb), page,
                           G_CONNECT_SWAPPED);
  gtk_window_set_titlebar (GTK_WINDOW (dialog), header_new (dialog, title, confirm));
  gtk_window_set_default_widget (GTK_WINDOW (dialog), confirm);

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape,
                                                                                  0),
                                                          gtk_named_action_new ("window.close")));
  /* Ctrl+Return answers from anywhere, a choice row too, where Enter opens its list. */
  answer = gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Return, GDK_CONTROL_MASK),
                                        gtk_keyval_trigger_new (GDK_KEY_KP_Enter,
                                                                GDK_CONTROL_MASK));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (answer,
                                                          gtk_callback_action_new (answer_key_cb,
                                                                                   NULL, NULL)));
  gtk_widget_add_controller (dialog, keys);

  g_object_set (box, "margin-start", 18, "margin-end", 18, "margin-top", 18, "margin-bottom", 18,
                NULL);
  gtk_box_append (GTK_BOX (box), wrapped_label (heading, "title-3"));
  gtk_box_append (GTK_BOX (box), wrapped_label (body, NULL));
  gtk_widget_set_name (error, "error");
  gtk_widget_add_css_class (error, "error");
  gtk_box_append (GTK_BOX (box), error);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (fields), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (fields, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (fields), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  gtk_box_append (GTK_BOX (box), fields);
  gtk_window_set_child (GTK_WINDOW (dialog), box);

  g_object_set_data (G_OBJECT (dialog), "fields", fields);
  g_object_set_data (G_OBJECT (dialog), "error", error);
  g_object_set_data (G_OBJECT (dialog), "confirm", confirm);
  g_object_set_data (G_OBJECT (dialog), "answered", answered);
  return dialog;
}

static void
present (GtkWidget *dialog)
{
  hearth_name_mnemonic_buttons (dialog);
  hearth_name_composite_rows (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
keep_trial (GtkWidget   *dialog,
            HearthTrial *trial)
{
  g_object_set_data_full (G_OBJECT (dialog), "trial", g_object_ref (trial), g_object_unref);
}

/* A titled entry, named so that tests find it; its title is its accessible name. */
static GtkWidget *
add_entry (GtkWidget  *dialog,
           const char *name,
           const char *title,
           const char *text)
{
  GtkWidget *entry = adw_entry_row_new ();

  gtk_widget_set_name (entry, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (entry), TRUE);
  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_list_box_append (g_object_get_data (G_OBJECT (dialog), "fields"), entry);
  g_object_set_data (G_OBJECT (dialog), name, entry);
  return entry;
}

/* A date row, shown as "22 November 2026", with its calendar. */
static GtkWidget *
add_date (GtkWidget  *dialog,
          const char *name,
          const char *title,
          const char *iso)
{
  GtkWidget *row = hearth_date_row_new (title);

  gtk_widget_set_name (row, name);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  hearth_date_row_set_date (HEARTH_DATE_ROW (row), iso);
  gtk_list_box_append (g_object_get_data (G_OBJECT (dialog), "fields"), row);
  g_object_set_data (G_OBJECT (dialog), name, row);
  return row;
}

static GtkWidget *
add_choice (GtkWidget          *dialog,
            const char         *name,
            const char         *title,
            const char * const *labels)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (labels);

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  gtk_list_box_append (g_object_get_data (G_OBJECT (dialog), "fields"), row);
  g_object_set_data (G_OBJECT (dialog), name, row);
  return row;
}

static const char *
entry_text (GtkWidget  *dialog,
            const char *name)
{
  const char *text = gtk_editable_get_text (g_object_get_data (G_OBJECT (dialog), name));

  return text[0] != '\0' ? text : NULL;
}

static guint
chosen (GtkWidget  *dialog,
        const char *name)
{
  return adw_combo_row_get_selected (g_object_get_data (G_OBJECT (dialog), name));
}

/* The date typed in @name as ISO 8601, or %NULL when it was left blank. */
static gboolean
read_date (GtkWidget   *dialog,
           const char  *name,
           char       **iso,
           GError     **error)
{
  return hearth_date_parse_input (entry_text (dialog, name), iso, error);
}

/* Each answer says what it did; the last one replaces the one before, which would otherwise
 * queue, five seconds each, and speak of a stage long passed. */
static void
toast (HearthPage *page,
       char       *text)
{
  AdwToast *previous = g_object_get_data (G_OBJECT (page), "hearth-trials-toast");
  AdwToast *next = adw_toast_new (text);

  if (previous != NULL)
    adw_toast_dismiss (previous);
  g_object_set_data_full (G_OBJECT (page), "hearth-trials-toast", g_object_ref (next),
                          g_object_unref);
  hearth_page_add_toast (page, next);
  g_free (text);
}

/* Move On */

static gboolean
read_trial_period (GtkWidget    *dialog,
                   HearthTrial  *copy,
                   GError      **error)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  if (!read_date (dialog, "trial-start", &start, error) ||
      !read_date (dialog, "trial-planned-end", &end, error))
    return FALSE;
  if (start != NULL && end != NULL && g_strcmp0 (end, start) <= 0)
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("The trial period’s planned end must come after its start."));
      return FALSE;
    }
  g_object_set (copy, "trial-start", start, "trial-planned-end", end, NULL);
  return TRUE;
}

static gboolean
move_on_answered (HearthPage  *page,
                  GtkWidget   *dialog,
                  GError     **error)
{
  HearthTrial *trial = dialog_trial (dialog);
  GStrv stages = g_object_get_data (G_OBJECT (dialog), "stages");
  const char *stage = stages[chosen (dialog, "stage")];
  g_autoptr(HearthTrial) copy = HEARTH_TRIAL (hearth_record_copy (HEARTH_RECORD (trial)));
  g_autofree char *on = NULL;
  g_autofree char *pair = NULL;

  /* The dates go on a copy, so a refusal leaves the trial as the page shows it. */
  if (!read_date (dialog, "on", &on, error) ||
      (g_str_equal (stage, "trial-period") && !read_trial_period (dialog, copy, error)) ||
      !hearth_scheme_advance_trial (scheme_of (page), copy, stage, on, entry_text (dialog, "notes"),
                                    error))
    return FALSE;

  hearth_record_assign (HEARTH_RECORD (trial), HEARTH_RECORD (copy));
  pair = pair_of (page, trial);
  toast (page, g_strdup_printf (_("%s moved on to “%s”"), pair,
                                hearth_values_label (HEARTH_VALUES_TRIAL_STAGE, stage)));
  return TRUE;
}

static void
stage_chosen_cb (GtkWidget *dialog)
{
  GStrv stages = g_object_get_data (G_OBJECT (dialog), "stages");
  gboolean period = g_str_equal (stages[chosen (dialog, "stage")], "trial-period");

  gtk_widget_set_visible (g_object_get_data (G_OBJECT (dialog), "trial-start"), period);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (dialog), "trial-planned-end"), period);
}

/**
 * hearth_trials_ask_move_on:
 *
 * Moves an open trial on to one of its later stages; the trial period asks for its start
 * and planned end too.
 *
 * Returns: (transfer none) (nullable): the question, or %NULL when the trial cannot move on
 */
GtkWindow *
hearth_trials_ask_move_on (HearthPage  *page,
                          HearthTrial *trial)
{
  guint n_stages;
  const HearthValue *stages = hearth_values_get (HEARTH_VALUES_TRIAL_STAGE, &n_stages);
  int from = hearth_values_index (HEARTH_VALUES_TRIAL_STAGE, hearth_trial_get_stage (trial));
  g_autoptr(GStrvBuilder) values = g_strv_builder_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autofree char *pair = pair_of (page, trial);
  g_autofree char *heading = NULL;
  g_autofree char *today = hearth_date_today ();
  g_autofree char *six_weeks = hearth_date_add_weeks (today, 6);
  GtkWidget *dialog;

  if (g_strcmp0 (hearth_trial_get_outcome (trial), "open") != 0 || from + 1 >= (int) n_stages)
    return NULL;

  for (guint s = (guint) from + 1; s < n_stages; s++)
    {
      g_strv_builder_add (values, stages[s].value);
      g_ptr_array_add (labels, (gpointer) hearth_values_label (HEARTH_VALUES_TRIAL_STAGE,
                                                               stages[s].value));
    }
  g_ptr_array_add (labels, NULL);

  heading = g_strdup_printf (_("Move %s On"), pair);
  dialog = ask (page, _("Move On"), heading,
                _("Trials only move on: choose the stage the introductions have reached."),
                _("_Move On"), FALSE, move_on_answered);
  g_object_set_data_full (G_OBJECT (dialog), "stages", g_strv_builder_end (values),
                          (GDestroyNotify) g_strfreev);
  add_choice (dialog, "stage", _("Next stage"), (const char * const *) labels->pdata);
  add_date (dialog, "on", _("Reached on"), today);
  add_date (dialog, "trial-start", _("Trial period starts"), today);
  add_date (dialog, "trial-planned-end", _("Trial period planned to end"), six_weeks);
  add_entry (dialog, "notes", _("Notes (optional)"), NULL);
  keep_trial (dialog, trial);
  g_signal_connect_object (g_object_get_data (G_OBJECT (dialog), "stage"), "notify::selected",
                           G_CALLBACK (stage_chosen_cb), dialog, G_CONNECT_SWAPPED);
  stage_chosen_cb (dialog);
  present (dialog);
  return GTK_WINDOW (dialog);
}

/* Record Choice */

static gboolean
choice_answered (HearthPage  *page,
                 GtkWidget   *dialog,
                 GError     **error)
{
  HearthTrial *trial = dialog_trial (dialog);
  GArray *sides = g_object_get_data (G_OBJECT (dialog), "sides");
  HearthSide side = g_array_index (sides, HearthSide, chosen (dialog, "side"));
  gboolean yes = chosen (dialog, "answer") == 0;
  g_autofree char *on = NULL;
  g_autofree char *person = NULL;
  g_autofree char *carer = NULL;

  if (!read_date (dialog, "on", &on, error) ||
      !hearth_scheme_decide_trial (scheme_of (page), trial, side, yes, entry_text (dialog, "words"),
                                   on, error))
    return FALSE;

  hearth_trials_dup_names (scheme_of (page), trial, &person, &carer);
  if (!yes)
    toast (page, g_strdup_printf (_("The trial has closed; %s is back in matching"), person));
  else if (g_str_equal (hearth_trial_get_outcome (trial), "agreed"))
    toast (page, g_strdup_printf (_("Both said yes: %s and %s can start the arrangement"), person,
                                  carer));
  else
    toast (page, g_strdup_printf (_("%s said yes"), side == HEARTH_SIDE_PERSON ? person : carer));
  return TRUE;
}

/* A no is the answer that closes the trial: the button says so in its colour. */
static void
answer_chosen_cb (GtkWidget *dialog)
{
  GtkWidget *confirm = g_object_get_data (G_OBJECT (dialog), "confirm");
  gboolean yes = chosen (dialog, "answer") == 0;

  gtk_widget_remove_css_class (confirm, yes ? "destructive-action" : "suggested-action");
  gtk_widget_add_css_class (confirm, yes ? "suggested-action" : "destructive-action");
}

/**
 * hearth_trials_ask_choice:
 *
 * Records the person's or the carer's choice, whichever is not recorded yet.
 *
 * Returns: (transfer none) (nullable): the question, or %NULL when the trial has closed
 */
GtkWindow *
hearth_trials_ask_choice (HearthPage  *page,
                         HearthTrial *trial)
{
  g_autofree char *person = NULL;
  g_autofree char *carer = NULL;
  g_autofree char *person_label = NULL;
  g_autofree char *carer_label = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *today = hearth_date_today ();
  const char *labels[3] = { NULL, };
  const char *answers[] = { _("Yes"), _("No"), NULL };
  GArray *sides = g_array_new (FALSE, FALSE, sizeof (HearthSide));
  HearthSide person_side = HEARTH_SIDE_PERSON, carer_side = HEARTH_SIDE_CARER;
  GtkWidget *dialog;
  guint n = 0;

  if (g_strcmp0 (hearth_trial_get_outcome (trial), "open") != 0)
    {
      g_array_unref (sides);
      return NULL;
    }

  hearth_trials_dup_names (scheme_of (page), trial, &person, &carer);
  person_label = g_strdup_printf (_("The person, %s"), person);
  carer_label = g_strdup_printf (_("The carer, %s"), carer);
  if (hearth_trial_get_person_decision (trial) == NULL)
    {
      labels[n++] = person_label;
      g_array_append_val (sides, person_side);
    }
  if (hearth_trial_get_carer_decision (trial) == NULL)
    {
      labels[n++] = carer_label;
      g_array_append_val (sides, carer_side);
    }

  heading = g_strdup_printf (_("Record a Choice: %s ↔ %s"), person, carer);
  body = g_strdup_printf (_("It is always their choice, and the trial becomes an arrangement only "
                            "when both say yes. A no closes the trial, and %s goes back to "
                            "matching."), person);
  dialog = ask (page, _("Record Choice"), heading, body, _("_Record"), FALSE, choice_answered);
  g_object_set_data_full (G_OBJECT (dialog), "sides", sides, (GDestroyNotify) g_array_unref);
  add_choice (dialog, "side", _("Whose choice"), labels);
  add_choice (dialog, "answer", _("Their choice"), answers);
  add_entry (dialog, "words", _("In their own words (optional)"), NULL);
  add_date (dialog, "on", _("Said on"), today);
  keep_trial (dialog, trial);
  g_signal_connect_object (g_object_get_data (G_OBJECT (dialog), "answer"), "notify::selected",
                           G_CALLBACK (answer_chosen_cb), dialog, G_CONNECT_SWAPPED);
  present (dialog);
  return GTK_WINDOW (dialog);
}

/* Withdraw */

static gboolean
withdraw_answered (HearthPage  *page,
                   GtkWidget   *dialog,
                   GError     **error)
{
  HearthTrial *trial = dialog_trial (dialog);
  g_autofree char *on = NULL;
  g_autofree char *person = NULL;
  g_autofree char *carer = NULL;

  if (!read_date (dialog, "on", &on, error) ||
      !hearth_scheme_withdraw_trial (scheme_of (page), trial, entry_text (dialog, "reason"), on,
                                     error))
    return FALSE;

  hearth_trials_dup_names (scheme_of (page), trial, &person, &carer);
  toast (page, g_strdup_printf (_("Trial withdrawn; %s is back in matching"), person));
  return TRUE;
}

/**
 * hearth_trials_ask_withdraw:
 *
 * Withdraws an open trial, with the reason the core asks for.
 *
 * Returns: (transfer none) (nullable): the question, or %NULL when the trial has closed
 */
GtkWindow *
hearth_trials_ask_withdraw (HearthPage  *page,
                           HearthTrial *trial)
{
  g_autofree char *person = NULL;
  g_autofree char *carer = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *today = hearth_date_today ();
  GtkWidget *dialog;

  if (g_strcmp0 (hearth_trial_get_outcome (trial), "open") != 0)
    return NULL;

  hearth_trials_dup_names (scheme_of (page), trial, &person, &carer);
  heading = g_strdup_printf (_("Withdraw the Trial of %s ↔ %s"), person, carer);
  body = g_strdup_printf (_("The trial closes and %s goes back to matching. The reason is kept "
                            "with the trial."), person);
  dialog = ask (page, _("Withdraw"), heading, body, _("_Withdraw"), TRUE, withdraw_answered);
  add_entry (dialog, "reason", _("Reason"), NULL);
  add_date (dialog, "on", _("Withdrawn on"), today);
  keep_trial (dialog, trial);
  present (dialog);
  return GTK_WINDOW (dialog);
}
