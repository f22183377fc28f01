/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-recruitment-dialogs.c: each question is an AdwMessageDialog whose extra child
 * holds the fields; the answer goes to the core, and a refusal comes back in the core's own
 * words in another dialog, with nothing lost: the question can simply be asked again. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "hearth-date-row.h"
#include "hearth-gui-util.h"
#include "hearth-recruitment-dialogs.h"

typedef void (*Answered) (HearthPage *page,
                          GtkWidget  *dialog);

static GtkWindow *
parent_of (HearthPage *page)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (page));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
hearth_recruitment_show_error (HearthPage   *page,
                               const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_of (page), _("Not Saved"), error->message);

  gtk_widget_set_name (dialog, "recruitment-error");
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  hearth_present_dialog (ADW_MESSAGE_DIALOG (dialog));
}

static void
responded_cb (AdwMessageDialog *dialog,
              const char       *response,
              HearthPage       *page)
{
  Answered answered = g_object_get_data (G_OBJECT (dialog), "answered");

  if (g_strcmp0 (response, g_object_get_data (G_OBJECT (dialog), "yes")) == 0)
    answered (page, GTK_WIDGET (dialog));
}

/* A dialog with Cancel and one answer, @yes, which calls @answered. */
static GtkWidget *
ask (HearthPage                 *page,
     const char                 *heading,
     const char                 *body,
     GtkWidget                  *fields,
     const char                 *yes,
     const char                 *yes_label,
     AdwResponseAppearance       appearance,
     Answered                    answered)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_of (page), heading, body);

  gtk_widget_set_name (dialog, "recruitment-question");
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    yes, yes_label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), yes, appearance);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), yes);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  if (fields != NULL)
    adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), fields);
  g_object_set_data_full (G_OBJECT (dialog), "yes", g_strdup (yes), g_free);
  g_object_set_data (G_OBJECT (dialog), "answered", answered);
  g_signal_connect_object (dialog, "response", G_CALLBACK (responded_cb), page, 0);
  hearth_present_dialog (ADW_MESSAGE_DIALOG (dialog));
  return dialog;
}

/* The fields are rows of a boxed list, so each keeps its title once it is filled in. */
static GtkWidget *
fields_box (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  /* Translators: how a screen reader names the list of a dialog's fields */
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Details"),
                                  -1);
  return list;
}

/* The dialog may already be shown: each row is made to speak once as it comes. */
static void
add_row (GtkWidget *box,
         GtkWidget *row)
{
  gtk_list_box_append (GTK_LIST_BOX (box), row);
  hearth_name_composite_rows (row);
}

/* A titled entry, named so that tests find it; its title is its accessible name. */
static GtkWidget *
add_entry (GtkWidget  *box,
           const char *name,
           const char *label,
           const char *text)
{
  GtkWidget *entry = adw_entry_row_new ();

  gtk_widget_set_name (entry, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), label);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (entry), TRUE);
  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (entry), text);
  add_row (box, entry);
  return entry;
}

/* A date row, shown as "22 November 2026", with its calendar. */
static GtkWidget *
add_date (GtkWidget  *box,
          const char *name,
          const char *label,
          const char *iso)
{
  GtkWidget *row = hearth_date_row_new (label);

  gtk_widget_set_name (row, name);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  hearth_date_row_set_date (HEARTH_DATE_ROW (row), iso);
  add_row (box, row);
  return row;
}

/* The date in @name as YYYY-MM-DD, %NULL when blank; when it is not a date, says why. */
static gboolean
read_date (HearthPage  *page,
           GtkWidget   *dialog,
           const char  *name,
           char       **iso)
{
  g_autoptr(GError) error = NULL;

  if (hearth_date_row_read (g_object_get_data (G_OBJECT (dialog), name), iso, &error))
    return TRUE;
  hearth_recruitment_show_error (page, error);
  return FALSE;
}

static const char *
entry_text (GtkWidget  *dialog,
            const char *name)
{
  GtkWidget *entry = g_object_get_data (G_OBJECT (dialog), name);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  return text[0] != '\0' ? text : NULL;
}

static GtkWidget *
add_dropdown (GtkWidget          *box,
              const char         *name,
              const char         *label,
              const char * const *labels)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (labels);

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  add_row (box, row);
  return row;
}

static guint
chosen (GtkWidget  *dialog,
        const char *name)
{
  return adw_combo_row_get_selected (g_object_get_data (G_OBJECT (dialog), name));
}

static HearthCarer *
dialog_carer (GtkWidget *dialog)
{
  return g_object_get_data (G_OBJECT (dialog), "carer");
}

static void
keep (GtkWidget  *dialog,
      const char *name,
      gpointer    object)
{
  g_object_set_data_full (G_OBJECT (dialog), name, g_object_ref (object), g_object_unref);
}

static void
moved (HearthPage  *page,
       HearthCarer *carer,
       gboolean     ok,
       GError      *error)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (!ok)
    {
      hearth_recruitment_show_error (page, error);
      return;
    }

  name = hearth_carer_dup_display_name (carer);
  text = g_strdup_printf (_("%s is now at “%s”"), name,
                          hearth_values_label (HEARTH_VALUES_CARER_STAGE,
                                               hearth_carer_get_stage (carer)));
  hearth_page_add_toast (page, adw_toast_new (text));
}

static void
move_on_answered (HearthPage *page,
                  GtkWidget  *dialog)
{
  HearthCarer *carer = dialog_carer (dialog);
  g_autoptr(GError) error = NULL;
  g_autofree char *on = NULL;
  gboolean ok;

  if (!read_date (page, dialog, "on", &on))
    return;
  ok = hearth_scheme_move_carer (hearth_page_get_scheme (page), carer,
                                 g_object_get_data (G_OBJECT (dialog), "stage"),
                                 on, entry_text (dialog, "note"), &error);
  moved (page, carer, ok, error);
}

/**
 * hearth_recruitment_ask_move_on:
 *
 * Moves a carer on to the next stage, today, by the scheme's user, with a note. From ready
 * for panel, the next step is the panel's approval.
 */
void
hearth_recruitment_ask_move_on (HearthPage  *page,
                                HearthCarer *carer)
{
  const char *next = hearth_recruitment_stage_next (hearth_carer_get_stage (carer));
  g_autofree char *name = hearth_carer_dup_display_name (carer);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *today = hearth_date_today ();
  GtkWidget *box, *dialog;

  if (next == NULL)
    return;
  if (g_str_equal (next, "approved"))
    {
      hearth_recruitment_ask_approval (page, carer, NULL);
      return;
    }

  heading = g_strdup_printf (_("Move %s On?"), name);
  body = g_strdup_printf (_("%s moves to “%s”, recorded by %s."), name,
                          hearth_values_label (HEARTH_VALUES_CARER_STAGE, next),
                          hearth_scheme_get_user (hearth_page_get_scheme (page)));
  box = fields_box ();
  dialog = ask (page, heading, body, box, "move", _("_Move On"), ADW_RESPONSE_SUGGESTED,
                move_on_answered);
  g_object_set_data (G_OBJECT (dialog), "on", add_date (box, "on", _("On"), today));
  g_object_set_data (G_OBJECT (dialog), "note", add_entry (box, "note", _("Note (optional)"),
                                                           NULL));
  g_object_set_data (G_OBJECT (dialog), "stage", (gpointer) next);
  keep (dialog, "carer", carer);
}

static void
undo_clicked_cb (AdwToast   *toast,
                 HearthPage *page)
{
  HearthCarer *carer = g_object_get_data (G_OBJECT (toast), "carer");
  g_autoptr(GError) error = NULL;

  if (!hearth_scheme_undo_carer_move (hearth_page_get_scheme (page), carer, &error))
    hearth_recruitment_show_error (page, error);
}

static void
move_back_answered (HearthPage *page,
                    GtkWidget  *dialog)
{
  HearthCarer *carer = dialog_carer (dialog);
  GStrv stages = g_object_get_data (G_OBJECT (dialog), "stages");
  g_autoptr(GError) error = NULL;
  g_autofree char *on = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  AdwToast *toast;

  if (!read_date (page, dialog, "on", &on))
    return;
  if (!hearth_scheme_move_carer (hearth_page_get_scheme (page), carer,
                                 stages[chosen (dialog, "dropdown")], on,
                                 entry_text (dialog, "reason"), &error))
    {
      hearth_recruitment_show_error (page, error);
      return;
    }

  /* A move back or out is the change most often made by mistake: offer to undo it. */
  name = hearth_carer_dup_display_name (carer);
  text = g_strdup_printf (_("%s is now at “%s”"), name,
                          hearth_values_label (HEARTH_VALUES_CARER_STAGE,
                                               hearth_carer_get_stage (carer)));
  toast = adw_toast_new (text);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  /* The toast lives in the window's overlay, outside the page: a signal, not an action. */
  g_object_set_data_full (G_OBJECT (toast), "carer", g_object_ref (carer), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), page, 0);
  hearth_page_add_toast (page, toast);
}

/* Where a carer can go back or out to: earlier stages, on hold, withdrawn, declined. */
static GStrv
back_or_out_stages (HearthCarer *carer)
{
  const char *stage = hearth_carer_get_stage (carer);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  int i = hearth_recruitment_stage_position (stage);

  /* From on hold a carer resumes at any stage before panel; once out, only a new enquiry. */
  if (g_strcmp0 (stage, "on-hold") == 0)
    for (guint k = 0; k + 1 < HEARTH_RECRUITMENT_N_STAGES; k++)
      g_strv_builder_add (builder, hearth_recruitment_stage (k));
  else if (i < 0)
    g_strv_builder_add (builder, hearth_recruitment_stage (0));
  for (int k = 0; k < i; k++)
    g_strv_builder_add (builder, hearth_recruitment_stage ((guint) k));
  if (g_strcmp0 (stage, "on-hold") != 0)
    g_strv_builder_add (builder, "on-hold");
  if (g_strcmp0 (stage, "withdrawn") != 0)
    g_strv_builder_add (builder, "withdrawn");
  if (g_strcmp0 (stage, "declined") != 0)
    g_strv_builder_add (builder, "declined");
  return g_strv_builder_end (builder);
}

/**
 * hearth_recruitment_ask_move_back:
 *
 * Moves a carer back, on hold, or out; the core asks for the reason if it is left blank.
 */
void
hearth_recruitment_ask_move_back (HearthPage  *page,
                                  HearthCarer *carer)
{
  g_autofree char *name = hearth_carer_dup_display_name (carer);
  g_autofree char *heading = g_strdup_printf (_("Move %s Back or Out"), name);
  g_autofree char *today = hearth_date_today ();
  GStrv stages = back_or_out_stages (carer);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkWidget *box = fields_box ();
  GtkWidget *dialog;

  for (guint i = 0; stages[i] != NULL; i++)
    g_ptr_array_add (labels, (gpointer) hearth_values_label (HEARTH_VALUES_CARER_STAGE, stages[i]));
  g_ptr_array_add (labels, NULL);

  dialog = ask (page, heading, _("Every move back or out needs a reason; it is kept in the "
                                 "carer’s stage history."), box, "move", _("_Move"),
                ADW_RESPONSE_DESTRUCTIVE, move_back_answered);
  g_object_set_data (G_OBJECT (dialog), "dropdown",
                     add_dropdown (box, "stage", _("Move to"),
                                   (const char * const *) labels->pdata));
  g_object_set_data (G_OBJECT (dialog), "on", add_date (box, "on", _("On"), today));
  g_object_set_data (G_OBJECT (dialog), "reason", add_entry (box, "reason", _("Reason"), NULL));
  g_object_set_data_full (G_OBJECT (dialog), "stages", stages, (GDestroyNotify) g_strfreev);
  keep (dialog, "carer", carer);
}

static const char * const check_kinds[] = {
  "application", "reference", "dbs", "home-safety", "household-agreement",
  "preparation-training", "assessment-report",
};

static void
check_answered (HearthPage *page,
                GtkWidget  *dialog)
{
  HearthCarer *carer = dialog_carer (dialog);
  g_autoptr(HearthCarerCheck) check = hearth_carer_check_new ();
  g_autoptr(GError) error = NULL;
  const char *kind = check_kinds[chosen (dialog, "dropdown")];
  g_autofree char *on = NULL;

  if (!read_date (page, dialog, "on", &on))
    return;

  g_object_set (check, "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)), "kind", kind,
                "completed-on", on, "detail", entry_text (dialog, "detail"), NULL);
  if (!hearth_scheme_insert (hearth_page_get_scheme (page), HEARTH_RECORD (check), &error))
    hearth_recruitment_show_error (page, error);
  else
    hearth_page_add_toast (page, adw_toast_new (_("Check recorded")));
}

/**
 * hearth_recruitment_ask_check:
 *
 * Records one item of the checklist a carer needs before panel.
 */
void
hearth_recruitment_ask_check (HearthPage  *page,
                              HearthCarer *carer)
{
  g_autofree char *name = hearth_carer_dup_display_name (carer);
  g_autofree char *heading = g_strdup_printf (_("Record a Check for %s"), name);
  g_autofree char *today = hearth_date_today ();
  const char *labels[G_N_ELEMENTS (check_kinds) + 1] = { NULL, };
  GtkWidget *box = fields_box ();
  GtkWidget *dialog;

  for (guint i = 0; i < G_N_ELEMENTS (check_kinds); i++)
    labels[i] = hearth_values_label (HEARTH_VALUES_CHECK_KIND, check_kinds[i]);

  dialog = ask (page, heading, _("One item of the checklist before panel."), box, "record",
                _("_Record"), ADW_RESPONSE_SUGGESTED, check_answered);
  g_object_set_data (G_OBJECT (dialog), "dropdown", add_dropdown (box, "kind", _("Check"), labels));
  g_object_set_data (G_OBJECT (dialog), "on", add_date (box, "on", _("Completed on"), today));
  g_object_set_data (G_OBJECT (dialog), "detail",
                     add_entry (box, "detail", _("Detail: referee, certificate number…"), NULL));
  keep (dialog, "carer", carer);
}

/* The terms of an approval: types of arrangement, emergencies, and 1 to 3 places. */
static void
add_terms (GtkWidget *dialog,
           GtkWidget *box)
{
  /* The spoken name too: GTK 4.8 does not name a check button from a labelled-by row. */
  static const struct { const char *name; const char *label; const char *spoken; } types[] = {
    { "long-term", N_("_Long-term"), N_("Long-term") },
    { "short-breaks", N_("_Short breaks"), N_("Short breaks") },
    { "day-support", N_("_Day support"), N_("Day support") },
    { "emergency", N_("_Emergency placements"), N_("Emergency placements") },
  };
  GtkWidget *places_row = adw_action_row_new ();
  GtkWidget *places = gtk_spin_button_new_with_range (1, 3, 1);

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      gtk_widget_set_name (check, types[i].name);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(types[i].label));
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      hearth_set_spoken_name (check, _(types[i].spoken));
      add_row (box, row);
      g_object_set_data (G_OBJECT (dialog), types[i].name, check);
    }

  gtk_widget_set_name (places, "places");
  gtk_widget_set_valign (places, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (places_row), _("_Places (1 to 3)"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (places_row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (places_row), places);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (places_row), places);
  hearth_set_spoken_name (places, _("Places (1 to 3)"));
  add_row (box, places_row);
  g_object_set_data (G_OBJECT (dialog), "places", places);
}

static gboolean
checked (GtkWidget  *dialog,
         const char *name)
{
  return gtk_check_button_get_active (g_object_get_data (G_OBJECT (dialog), name));
}

static HearthApprovalTerms
read_terms (GtkWidget *dialog)
{
  HearthApprovalTerms terms = {
    .long_term = checked (dialog, "long-term"),
    .short_breaks = checked (dialog, "short-breaks"),
    .day_support = checked (dialog, "day-support"),
    .emergency = checked (dialog, "emergency"),
    .places = gtk_spin_button_get_value_as_int (g_object_get_data (G_OBJECT (dialog), "places")),
  };

  return terms;
}

static void
approval_answered (HearthPage *page,
                   GtkWidget  *dialog)
{
  HearthCarer *carer = dialog_carer (dialog);
  HearthPanelDecision *decision = g_object_get_data (G_OBJECT (dialog), "decision");
  HearthApprovalTerms terms = read_terms (dialog);
  const char *note = entry_text (dialog, "note");
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (decision != NULL)
    ok = hearth_scheme_decide_panel (hearth_page_get_scheme (page), decision, "approved", &terms,
                                     note, &error);
  else
    ok = hearth_scheme_approve_carer (hearth_page_get_scheme (page), carer, &terms, NULL, note,
                                      &error);

  /* The carer changed in the file; the page reloads it, this copy only names them. */
  if (ok)
    g_object_set (carer, "stage", "approved", NULL);
  moved (page, carer, ok, error);
}

/**
 * hearth_recruitment_ask_approval:
 * @decision: (nullable): the panel's pending decision, when the carer went to a panel
 *
 * Records the panel's approval and its terms.
 */
void
hearth_recruitment_ask_approval (HearthPage          *page,
                                 HearthCarer         *carer,
                                 HearthPanelDecision *decision)
{
  g_autofree char *name = hearth_carer_dup_display_name (carer);
  g_autofree char *heading = g_strdup_printf (_("Record %s’s Approval"), name);
  GtkWidget *box = fields_box ();
  GtkWidget *dialog;

  dialog = ask (page, heading, _("What the panel approved the carer for. The first approval "
                                 "review is set from the scheme’s policy."),
                box, "approve", _("_Approve"), ADW_RESPONSE_SUGGESTED, approval_answered);
  add_terms (dialog, box);
  g_object_set_data (G_OBJECT (dialog), "note", add_entry (box, "note", _("The panel’s remarks"),
                                                           NULL));
  keep (dialog, "carer", carer);
  if (decision != NULL)
    keep (dialog, "decision", decision);
}

static void
panel_answered (HearthPage *page,
                GtkWidget  *dialog)
{
  g_autoptr(HearthPanel) panel = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *on = NULL;

  if (!read_date (page, dialog, "on", &on))
    return;
  panel = hearth_scheme_schedule_panel (hearth_page_get_scheme (page), on,
                                        entry_text (dialog, "chair"), &error);
  if (panel == NULL)
    hearth_recruitment_show_error (page, error);
  else
    hearth_page_add_toast (page, adw_toast_new (_("Panel scheduled")));
}

void
hearth_recruitment_ask_panel (HearthPage *page)
{
  g_autofree char *today = hearth_date_today ();
  GtkWidget *box = fields_box ();
  GtkWidget *dialog;

  dialog = ask (page, _("Schedule a Panel"), _("The panel’s date and who chairs it."), box,
                "schedule", _("_Schedule"), ADW_RESPONSE_SUGGESTED, panel_answered);
  g_object_set_data (G_OBJECT (dialog), "on", add_date (box, "on", _("Date"), today));
  g_object_set_data (G_OBJECT (dialog), "chair", add_entry (box, "chair", _("Chair"), NULL));
}

static void
add_to_panel_answered (HearthPage *page,
                       GtkWidget  *dialog)
{
  GPtrArray *carers = g_object_get_data (G_OBJECT (dialog), "carers");
  HearthPanel *panel = g_object_get_data (G_OBJECT (dialog), "panel");
  guint i = chosen (dialog, "dropdown");
  g_autoptr(HearthPanelDecision) decision = NULL;
  g_autoptr(GError) error = NULL;

  if (i >= carers->len)
    return;
  decision = hearth_scheme_add_to_panel (hearth_page_get_scheme (page), panel,
                                         g_ptr_array_index (carers, i), &error);
  if (decision == NULL)
    hearth_recruitment_show_error (page, error);
}

/* Carers who could go to a panel: in preparation or ready for it. */
static GPtrArray *
panel_candidates (HearthScheme *scheme)
{
  g_autoptr(GPtrArray) all = hearth_scheme_load_all (scheme, HEARTH_TYPE_CARER, NULL);
  GPtrArray *carers = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; all != NULL && i < all->len; i++)
    {
      HearthCarer *carer = g_ptr_array_index (all, i);

      if (!hearth_record_is_archived (HEARTH_RECORD (carer)) &&
          hearth_rules_carer_can_go_to_panel (carer))
        g_ptr_array_add (carers, g_object_ref (carer));
    }
  return carers;
}

void
hearth_recruitment_ask_add_to_panel (HearthPage  *page,
                                     HearthPanel *panel)
{
  GPtrArray *carers = panel_candidates (hearth_page_get_scheme (page));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *box = fields_box ();
  GtkWidget *dialog;

  for (guint i = 0; i < carers->len; i++)
    g_ptr_array_add (names, hearth_carer_dup_display_name (g_ptr_array_index (carers, i)));
  if (carers->len == 0)
    g_ptr_array_add (names, g_strdup (_("Nobody is in preparation or ready for panel")));
  g_ptr_array_add (names, NULL);

  dialog = ask (page, _("Add a Carer to the Panel"),
                _("Carers in preparation training or ready for panel."), box, "add", _("_Add"),
                ADW_RESPONSE_SUGGESTED, add_to_panel_answered);
  g_object_set_data (G_OBJECT (dialog), "dropdown",
                     add_dropdown (box, "carer", _("Carer"), (const char * const *) names->pdata));
  g_object_set_data_full (G_OBJECT (dialog), "carers", carers, (GDestroyNotify) g_ptr_array_unref);
  keep (dialog, "panel", panel);
}

static void
decision_answered (HearthPage *page,
                   GtkWidget  *dialog)
{
  HearthPanelDecision *decision = g_object_get_data (G_OBJECT (dialog), "decision");
  const char *outcome = g_object_get_data (G_OBJECT (dialog), "outcome");
  g_autoptr(GError) error = NULL;

  if (!hearth_scheme_decide_panel (hearth_page_get_scheme (page), decision, outcome, NULL,
                                   entry_text (dialog, "reasons"), &error))
    hearth_recruitment_show_error (page, error);
  else
    hearth_page_add_toast (page, adw_toast_new (_("The panel’s decision is recorded")));
}

/**
 * hearth_recruitment_ask_decision:
 * @outcome: "approved", "deferred" or "not-approved"
 */
void
hearth_recruitment_ask_decision (HearthPage          *page,
                                 HearthPanelDecision *decision,
                                 const char          *outcome)
{
  g_autoptr(HearthRecord) carer = NULL;
  GtkWidget *box, *dialog;
  gboolean deferred;

  carer = hearth_scheme_load (hearth_page_get_scheme (page), HEARTH_TYPE_CARER,
                              hearth_panel_decision_get_carer_id (decision), NULL);
  if (carer == NULL)
    return;
  if (g_str_equal (outcome, "approved"))
    {
      hearth_recruitment_ask_approval (page, HEARTH_CARER (carer), decision);
      return;
    }

  box = fields_box ();
  deferred = g_str_equal (outcome, "deferred");
  dialog = ask (page, deferred ? _("Defer the Decision") : _("Record Not Approved"),
                _("Record the panel’s reasons."), box, "record", _("_Record"),
                deferred ? ADW_RESPONSE_SUGGESTED : ADW_RESPONSE_DESTRUCTIVE,
                decision_answered);
  g_object_set_data (G_OBJECT (dialog), "reasons", add_entry (box, "reasons", _("Reasons"), NULL));
  g_object_set_data (G_OBJECT (dialog), "outcome", (gpointer) g_intern_string (outcome));
  keep (dialog, "decision", decision);
}

static const char * const review_outcomes[] = { "continue", "change-terms", "end-approval" };

static void
review_answered (HearthPage *page,
                 GtkWidget  *dialog)
{
  HearthCarer *carer = dialog_carer (dialog);
  const char *outcome = review_outcomes[chosen (dialog, "dropdown")];
  HearthApprovalTerms terms = read_terms (dialog);
  g_autoptr(GError) error = NULL;

  if (!hearth_scheme_record_approval_review (hearth_page_get_scheme (page), carer, NULL,
                                             entry_text (dialog, "reviewer"), outcome, &terms,
                                             entry_text (dialog, "notes"), &error))
    hearth_recruitment_show_error (page, error);
  else
    hearth_page_add_toast (page, adw_toast_new (_("Approval review recorded")));
}

/**
 * hearth_recruitment_ask_approval_review:
 *
 * Records a review of a carer's approval, held today; the terms count only when they change.
 */
void
hearth_recruitment_ask_approval_review (HearthPage  *page,
                                        HearthCarer *carer)
{
  g_autofree char *name = hearth_carer_dup_display_name (carer);
  g_autofree char *heading = g_strdup_printf (_("Review %s’s Approval"), name);
  const char *labels[G_N_ELEMENTS (review_outcomes) + 1] = { NULL, };
  GtkWidget *box = fields_box ();
  GtkWidget *dialog;

  for (guint i = 0; i < G_N_ELEMENTS (review_outcomes); i++)
    labels[i] = hearth_values_label (HEARTH_VALUES_APPROVAL_OUTCOME, review_outcomes[i]);

  dialog = ask (page, heading, _("Held today. The next review is set from the scheme’s policy."),
                box, "record", _("_Record"), ADW_RESPONSE_SUGGESTED, review_answered);
  g_object_set_data (G_OBJECT (dialog), "reviewer",
                     add_entry (box, "reviewer", _("Reviewer"),
                                hearth_scheme_get_user (hearth_page_get_scheme (page))));
  g_object_set_data (G_OBJECT (dialog), "dropdown", add_dropdown (box, "outcome", _("Outcome"),
                                                                  labels));
  add_terms (dialog, box);
  gtk_check_button_set_active (g_object_get_data (G_OBJECT (dialog), "long-term"),
                               hearth_carer_get_approved_long_term (carer));
  gtk_check_button_set_active (g_object_get_data (G_OBJECT (dialog), "short-breaks"),
                               hearth_carer_get_approved_short_breaks (carer));
  gtk_check_button_set_active (g_object_get_data (G_OBJECT (dialog), "day-support"),
                               hearth_carer_get_approved_day_support (carer));
  gtk_check_button_set_active (g_object_get_data (G_OBJECT (dialog), "emergency"),
                               hearth_carer_get_approved_emergency (carer));
  gtk_spin_button_set_value (g_object_get_data (G_OBJECT (dialog), "places"),
                             hearth_carer_get_approved_places (carer));
  g_object_set_data (G_OBJECT (dialog), "notes",
                     add_entry (box, "notes", _("Notes; the reason when approval ends"), NULL));
  keep (dialog, "carer", carer);
}

static void
export_chosen_cb (GtkNativeDialog *chooser,
                  int              response,
                  HearthPage      *page)
{
  const char *csv = g_object_get_data (G_OBJECT (chooser), "csv");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      if (!hearth_private_file_replace (file, csv, strlen (csv), &error))
        hearth_recruitment_show_error (page, error);
      else
        hearth_page_add_toast (page, adw_toast_new (_("Summary exported")));
    }
  g_object_unref (chooser);
}

void
hearth_recruitment_ask_export (HearthPage                     *page,
                               const HearthRecruitmentSummary *summary)
{
  GtkFileChooserNative *chooser;
  g_autofree char *name = g_strdup_printf ("recruitment-%s-to-%s.csv", summary->from, summary->to);

  chooser = gtk_file_chooser_native_new (_("Export the Recruitment Summary"), parent_of (page),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data_full (G_OBJECT (chooser), "csv", hearth_recruitment_summary_to_csv (summary),
                          g_free);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_chosen_cb), page, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
targets_answered (HearthPage *page,
                  GtkWidget  *dialog)
{
  HearthScheme *scheme = hearth_page_get_scheme (page);
  g_autoptr(GError) error = NULL;

  for (guint k = 0; k + 1 < HEARTH_RECRUITMENT_N_STAGES; k++)
    {
      const char *stage = hearth_recruitment_stage (k);
      GtkSpinButton *spin = g_object_get_data (G_OBJECT (dialog), stage);
      gint64 days = gtk_spin_button_get_value_as_int (spin);

      if (days != hearth_scheme_get_stage_target (scheme, stage, NULL) &&
          !hearth_scheme_set_stage_target (scheme, stage, days, &error))
        {
          hearth_recruitment_show_error (page, error);
          break;
        }
    }

  /* Targets are not records, so the view is told to look again. */
  gtk_widget_activate_action (GTK_WIDGET (page), "recruitment.reload", NULL);
}

/**
 * hearth_recruitment_ask_targets:
 *
 * The scheme's target length for each stage before approval, in days.
 */
void
hearth_recruitment_ask_targets (HearthPage *page)
{
  HearthScheme *scheme = hearth_page_get_scheme (page);
  gint64 overall = hearth_record_get_int (HEARTH_RECORD (hearth_scheme_get_details (scheme)),
                                          "recruitment-target-days");
  g_autofree char *body = g_strdup_printf (_("Cards past a target are flagged. The whole process "
                                             "has a target of %" G_GINT64_FORMAT " days, set in "
                                             "the scheme’s settings."), overall);
  GtkWidget *box = fields_box ();
  GtkWidget *dialog;

  dialog = ask (page, _("Stage Targets"), body, box, "save", _("_Save"), ADW_RESPONSE_SUGGESTED,
                targets_answered);
  for (guint k = 0; k + 1 < HEARTH_RECRUITMENT_N_STAGES; k++)
    {
      const char *stage = hearth_recruitment_stage (k);
      const char *label = hearth_recruitment_stage_label (stage);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *spin = gtk_spin_button_new_with_range (1, 365, 1);

      gtk_widget_set_name (spin, stage);
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin),
                                 hearth_scheme_get_stage_target (scheme, stage, NULL));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Days"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
      hearth_set_spoken_name (spin, label);
      add_row (box, row);
      g_object_set_data (G_OBJECT (dialog), stage, spin);
    }
}
