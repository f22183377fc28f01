/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-matching-page.c: the Matching view. On the left, a live list of the people who need
 * a match; on the right, for the one chosen, hearth_scheme_suggest_carers() as a coordinator
 * reads it: each candidate with the parts of their score, each carer ruled out with the rule.
 * From a candidate: shortlist, print the introductions, propose a trial, open the carer. */

#define G_LOG_DOMAIN "hearth-matching-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-introductions-print.h"
#include "hearth-matching-page.h"
#include "hearth-matching-weights.h"

struct _HearthMatchingPage
{
  HearthPage          parent_instance;

  HearthRecordList   *records;
  HearthRecordView   *view;
  GtkFilterListModel *needing;       /* the people who need a match, as searched */
  GtkSingleSelection *selection;
  HearthPerson       *person;        /* shown on the right */
  GPtrArray          *suggestions;   /* HearthSuggestion, for person */
  GPtrArray          *trials;        /* HearthTrial, the person's */
  guint               reload_source;
  gboolean            stale;
  gboolean            building;
  guint               candidates_wanted;   /* rows to build: a page, or as many as asked for */
  guint               ruled_out_wanted;

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
  GtkListBox         *candidates_list;
  GtkListBox         *ruled_out_list;
  GtkWidget          *ruled_out_group;
};

G_DEFINE_FINAL_TYPE (HearthMatchingPage, hearth_matching_page, HEARTH_TYPE_PAGE)

static void reload (HearthMatchingPage *self);

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
  for (guint i = 0; self->suggestions != NULL && i < self->suggestions->len; i++)
    if (hearth_suggestion_get_carer_id (self->suggestions->pdata[i]) == carer_id)
      return self->suggestions->pdata[i];
  return NULL;
}

/* The trial that keeps @carer_id from being suggested: the last no, not lifted since. */
static HearthTrial *
find_past_no (HearthMatchingPage *self,
              gint64              carer_id)
{
  HearthTrial *found = NULL;

  for (guint i = 0; self->trials != NULL && i < self->trials->len; i++)
    {
      HearthTrial *trial = self->trials->pdata[i];
      const char *outcome = hearth_trial_get_outcome (trial);

      if (hearth_trial_get_carer_id (trial) == carer_id && !hearth_trial_get_suggest_again (trial) &&
          (g_strcmp0 (outcome, "declined-by-person") == 0 ||
           g_strcmp0 (outcome, "declined-by-carer") == 0))
        found = trial;
    }
  return found;
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

static char *
describe_person (HearthPerson *person)
{
  const char *status = hearth_values_label (HEARTH_VALUES_PERSON_STATUS,
                                            hearth_person_get_status (person));
  const char *area = hearth_person_get_area (person);

  if (hearth_record_text_is_blank (area))
    return g_strdup (status);
  /* Translators: a status, then a town: "Matching · Millbrook" */
  return g_strdup_printf (_("%s · %s"), status, area);
}

static void
setup_person_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 HearthMatchingPage       *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *avatar = adw_avatar_new (32, NULL, TRUE);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_set_valign (labels, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), subtitle);
  gtk_box_append (GTK_BOX (box), avatar);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_list_item_set_child (item, box);
}

static void
bind_person_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                HearthMatchingPage       *self)
{
  HearthPerson *person = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *avatar = gtk_widget_get_first_child (box);
  GtkWidget *title = gtk_widget_get_first_child (gtk_widget_get_next_sibling (avatar));
  g_autofree char *name = hearth_person_dup_display_name (person);
  g_autofree char *line = describe_person (person);
  g_autofree char *spoken = g_strdup_printf ("%s, %s", name, line);

  adw_avatar_set_text (ADW_AVATAR (avatar), name);
  gtk_label_set_label (GTK_LABEL (title), name);
  gtk_label_set_label (GTK_LABEL (gtk_widget_get_next_sibling (title)), line);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (box)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
}

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

/* The candidates */

static char *
points_text (gint64 points)
{
  /* Translators: what one part of a score adds: "+3 points" */
  return g_strdup_printf (ngettext ("+%d point", "+%d points", (gulong) points), (int) points);
}

static char *
places_text (HearthSuggestion *s)
{
  guint places = hearth_suggestion_get_places (s);

  /* Translators: "2 of 3 places used" */
  return g_strdup_printf (ngettext ("%u of %u place used", "%u of %u places used", places),
                          hearth_suggestion_get_places_used (s), places);
}

static char *
candidate_subtitle (HearthSuggestion *s)
{
  const char *area = hearth_carer_get_area (hearth_suggestion_get_carer (s));
  g_autofree char *places = places_text (s);
  g_autoptr(GString) line = g_string_new (NULL);

  if (!hearth_record_text_is_blank (area))
    g_string_append_printf (line, "%s · ", area);
  g_string_append (line, places);
  if (hearth_suggestion_get_shortlisted (s))
    g_string_append_printf (line, " · %s", _("Shortlisted"));

  /* What scored, on a line of its own, so the reasons show before the row is opened. */
  for (guint i = 0, shown = 0; i < hearth_suggestion_get_n_parts (s); i++)
    {
      const HearthScorePart *part = hearth_suggestion_get_part (s, i);

      if (part->points > 0)
        g_string_append_printf (line, "%s%s", shown++ == 0 ? "\n" : "; ", part->detail);
    }
  return g_string_free (g_steal_pointer (&line), FALSE);
}

/* "Ann Smith, score 7: Shared interests, +4 points, Both enjoy gardening; Area, ..." */
static char *
candidate_spoken (HearthSuggestion *s)
{
  g_autofree char *name = hearth_carer_dup_display_name (hearth_suggestion_get_carer (s));
  g_autofree char *subtitle = candidate_subtitle (s);
  GString *spoken = g_string_new (NULL);

  /* Translators: how a screen reader starts a candidate: "Ann Smith, score 7" */
  g_string_append_printf (spoken, _("%s, score %d"), name, (int) hearth_suggestion_get_score (s));
  for (guint i = 0; i < hearth_suggestion_get_n_parts (s); i++)
    {
      const HearthScorePart *part = hearth_suggestion_get_part (s, i);
      g_autofree char *points = points_text (part->points);

      g_string_append (spoken, i == 0 ? ": " : "; ");
      g_string_append_printf (spoken, "%s, %s, %s", hearth_match_factor_label (part->factor),
                              points, part->detail);
    }
  g_string_append_printf (spoken, ". %s", subtitle);
  return g_string_free (spoken, FALSE);
}

static GtkWidget *
part_row_new (const HearthScorePart *part)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *points = points_text (part->points);
  GtkWidget *label = gtk_label_new (points);
  g_autofree char *spoken = g_strdup_printf ("%s, %s, %s", hearth_match_factor_label (part->factor),
                                             points, part->detail);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 hearth_match_factor_label (part->factor));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), part->detail);
  gtk_widget_add_css_class (label, "numeric");
  if (part->points == 0)
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_add_css_class (label, "heading");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  hearth_set_spoken_name (row, spoken);
  return row;
}

static GtkWidget *
icon_button_new (const char *icon,
                 const char *tooltip,
                 const char *name,
                 const char *action,
                 gint64      carer_id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_name (button, name);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_int64 (carer_id));
  return button;
}

static GtkWidget *
text_button_new (const char *label,
                 const char *name,
                 const char *action,
                 gint64      id)
{
  GtkWidget *button = hearth_button_new_with_mnemonic (label);

  gtk_widget_set_name (button, name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (id));
  return button;
}

/* Shortlisting opens the way to printing the pair's introductions. */
static void
show_shortlisted (GtkWidget        *row,
                  HearthSuggestion *s)
{
  GtkWidget *intro = g_object_get_data (G_OBJECT (row), "introductions-row");
  g_autofree char *subtitle = candidate_subtitle (s);
  g_autofree char *spoken = candidate_spoken (s);

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  gtk_widget_set_sensitive (intro, hearth_suggestion_get_shortlisted (s));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (intro),
                               hearth_suggestion_get_shortlisted (s)
                               ? _("Both pen portraits, without surnames, dates of birth or "
                                   "addresses")
                               : _("Shortlist this carer first"));
  hearth_name_expander_row (row, spoken);
}

static void
shortlist_toggled_cb (GtkSwitch          *toggle,
                      GParamSpec         *pspec,
                      HearthMatchingPage *self)
{
  gint64 carer_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toggle), "carer-id"));
  GtkWidget *row = g_object_get_data (G_OBJECT (toggle), "candidate-row");
  HearthSuggestion *s = find_suggestion (self, carer_id);
  HearthScheme *scheme = hearth_page_get_scheme (HEARTH_PAGE (self));
  gboolean on = gtk_switch_get_active (toggle);
  g_autoptr(GError) error = NULL;
  g_autofree char *carer = NULL;
  g_autofree char *person = NULL;
  g_autofree char *text = NULL;

  if (self->building || s == NULL || on == hearth_suggestion_get_shortlisted (s))
    return;

  if (!(on ? hearth_scheme_shortlist_carer (scheme, self->person, hearth_suggestion_get_carer (s),
                                            &error)
           : hearth_scheme_unshortlist_carer (scheme, self->person,
                                              hearth_suggestion_get_carer (s), &error)))
    {
      self->building = TRUE;
      gtk_switch_set_active (toggle, !on);
      self->building = FALSE;
      show_refusal (self, on ? _("The Carer Could Not Be Shortlisted")
                             : _("The Carer Could Not Be Taken Off the Shortlist"),
                    error->message);
      return;
    }

  hearth_suggestion_set_shortlisted (s, on);
  show_shortlisted (row, s);
  carer = hearth_carer_dup_display_name (hearth_suggestion_get_carer (s));
  person = person_name (self);
  text = on ? g_strdup_printf (_("%s shortlisted for %s"), carer, person)
            : g_strdup_printf (_("%s taken off %s’s shortlist"), carer, person);
  add_toast (self, adw_toast_new (text));
}

static GtkWidget *
shortlist_row_new (HearthMatchingPage *self,
                   HearthSuggestion   *s,
                   GtkWidget          *candidate,
                   const char         *carer)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();
  g_autofree char *spoken = g_strdup_printf (_("Shortlist %s"), carer);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Shortlist"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Worth introducing: keep them in mind"));
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_widget_set_name (toggle, "shortlist");
  gtk_switch_set_active (GTK_SWITCH (toggle), hearth_suggestion_get_shortlisted (s));
  g_object_set_data (G_OBJECT (toggle), "carer-id",
                     GSIZE_TO_POINTER (hearth_suggestion_get_carer_id (s)));
  g_object_set_data (G_OBJECT (toggle), "candidate-row", candidate);
  g_signal_connect_object (toggle, "notify::active", G_CALLBACK (shortlist_toggled_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  hearth_set_spoken_name (toggle, spoken);
  return row;
}

static GtkWidget *
introductions_row_new (HearthSuggestion *s,
                       const char       *carer)
{
  GtkWidget *row = adw_action_row_new ();
  gint64 id = hearth_suggestion_get_carer_id (s);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Pen Portraits for Introductions"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             icon_button_new ("document-print-symbolic",
                                              _("Print Introductions…"), "print-introductions",
                                              "matching.print-introductions", id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             icon_button_new ("document-save-as-symbolic",
                                              _("Save Introductions as PDF…"),
                                              "save-introductions",
                                              "matching.save-introductions", id));
  return row;
}

static GtkWidget *
buttons_row_new (HearthSuggestion *s)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *propose = text_button_new (_("_Propose Trial…"), "propose-trial",
                                        "matching.propose-trial",
                                        hearth_suggestion_get_carer_id (s));

  gtk_widget_set_halign (box, GTK_ALIGN_END);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_add_css_class (propose, "suggested-action");
  gtk_box_append (GTK_BOX (box), text_button_new (_("_Open Carer"), "open-carer",
                                                  "matching.open-carer",
                                                  hearth_suggestion_get_carer_id (s)));
  gtk_box_append (GTK_BOX (box), propose);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  return row;
}

static GtkWidget *
candidate_row_new (HearthMatchingPage *self,
                   HearthSuggestion   *s,
                   gboolean            expanded)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *carer = hearth_carer_dup_display_name (hearth_suggestion_get_carer (s));
  g_autofree char *score = g_strdup_printf (_("Score %d"), (int) hearth_suggestion_get_score (s));
  g_autofree char *name = g_strdup_printf ("candidate-%" G_GINT64_FORMAT,
                                           hearth_suggestion_get_carer_id (s));
  GtkWidget *score_label = gtk_label_new (score);
  GtkWidget *intro;

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), carer);
  gtk_widget_add_css_class (score_label, "heading");
  gtk_widget_add_css_class (score_label, "numeric");
  gtk_widget_set_valign (score_label, GTK_ALIGN_CENTER);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), score_label);

  for (guint i = 0; i < hearth_suggestion_get_n_parts (s); i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), part_row_new (hearth_suggestion_get_part (s, i)));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), shortlist_row_new (self, s, row, carer));
  intro = introductions_row_new (s, carer);
  g_object_set_data (G_OBJECT (row), "introductions-row", intro);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), intro);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), buttons_row_new (s));

  show_shortlisted (row, s);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), expanded);
  hearth_name_inner_lists (row, carer);
  hearth_name_composite_rows (row);
  return row;
}

static GtkWidget *
ruled_out_row_new (HearthMatchingPage *self,
                   HearthSuggestion   *s)
{
  GtkWidget *row = adw_action_row_new ();
  gint64 id = hearth_suggestion_get_carer_id (s);
  g_autofree char *carer = hearth_carer_dup_display_name (hearth_suggestion_get_carer (s));
  g_autofree char *name = g_strdup_printf ("ruled-out-%" G_GINT64_FORMAT, id);
  g_autofree char *reference = g_strdup_printf ("carer:%" G_GINT64_FORMAT, id);
  /* Translators: how a screen reader speaks a carer ruled out, with the rule */
  g_autofree char *spoken = g_strdup_printf (_("%s, ruled out: %s"), carer,
                                             hearth_suggestion_get_rule (s));
  HearthTrial *past_no = find_past_no (self, id);

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), carer);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), hearth_suggestion_get_rule (s));
  if (past_no != NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               text_button_new (_("Suggest _Again"), "suggest-again",
                                                "matching.suggest-again",
                                                hearth_record_get_id (HEARTH_RECORD (past_no))));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), hearth_decorative_image_new ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-record");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_string (reference));
  hearth_set_spoken_name (row, spoken);
  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* Which rows are open and what has the focus, so a rebuild leaves both where they were. */
typedef struct
{
  GHashTable *expanded;     /* row names */
  char       *focus_row;
  char       *focus_name;
} Kept;

static void
keep_state (HearthMatchingPage *self,
            Kept               *kept)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  kept->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->candidates_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_EXPANDER_ROW (row) && adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
      g_hash_table_add (kept->expanded, g_strdup (gtk_widget_get_name (row)));

  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    {
      GtkWidget *parent = gtk_widget_get_parent (w);

      if (parent == GTK_WIDGET (self->candidates_list) || parent == GTK_WIDGET (self->ruled_out_list))
        {
          kept->focus_row = g_strdup (gtk_widget_get_name (w));
          kept->focus_name = g_strdup (gtk_widget_get_name (focus));
          break;
        }
    }
}

static void
restore_state (HearthMatchingPage *self,
               Kept               *kept)
{
  GtkWidget *row = NULL;
  GtkWidget *focus;

  if (kept->focus_row != NULL)
    row = hearth_widget_find (GTK_WIDGET (self->candidates_list), hearth_widget_is_named,
                              kept->focus_row);
  if (row == NULL && kept->focus_row != NULL)
    row = hearth_widget_find (GTK_WIDGET (self->ruled_out_list), hearth_widget_is_named,
                              kept->focus_row);
  if (row != NULL)
    {
      focus = hearth_widget_find (row, hearth_widget_is_named, kept->focus_name);
      gtk_widget_grab_focus (focus != NULL && gtk_widget_get_sensitive (focus) ? focus : row);
    }
  else if (kept->focus_row != NULL)
    {
      /* The focused carer left the list (a trial proposed with them): the focus stays on the
       * candidates, or goes to the search when none is left, not lost to the window. */
      if (!gtk_widget_child_focus (GTK_WIDGET (self->candidates_list), GTK_DIR_TAB_FORWARD))
        gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
    }

  g_clear_pointer (&kept->expanded, g_hash_table_unref);
  g_clear_pointer (&kept->focus_row, g_free);
  g_clear_pointer (&kept->focus_name, g_free);
}

/* Builds the candidates, and those ruled out, a page of each at a time, with a row at the
 * end of each list to show the next page: a large scheme has thousands of carers. */
static void
show_suggestions (HearthMatchingPage *self)
{
  Kept kept = { NULL, };
  GtkAdjustment *scroll = gtk_scrolled_window_get_vadjustment (self->detail_scroller);
  double at = gtk_adjustment_get_value (scroll);
  guint candidates = 0, ruled_out = 0;
  guint candidates_wanted = MAX (self->candidates_wanted, HEARTH_PAGE_ROWS);
  guint ruled_out_wanted = MAX (self->ruled_out_wanted, HEARTH_PAGE_ROWS);

  keep_state (self, &kept);
  self->building = TRUE;
  clear_list (self->candidates_list);
  clear_list (self->ruled_out_list);

  for (guint i = 0; self->suggestions != NULL && i < self->suggestions->len; i++)
    {
      HearthSuggestion *s = self->suggestions->pdata[i];

      if (hearth_suggestion_is_ruled_out (s))
        {
          if (ruled_out++ < ruled_out_wanted)
            gtk_list_box_append (self->ruled_out_list, ruled_out_row_new (self, s));
          continue;
        }

      if (candidates++ < candidates_wanted)
        {
          g_autofree char *name = g_strdup_printf ("candidate-%" G_GINT64_FORMAT,
                                                   hearth_suggestion_get_carer_id (s));

          gtk_list_box_append (self->candidates_list,
                               candidate_row_new (self, s, g_hash_table_contains (kept.expanded,
                                                                                  name)));
        }
    }
  if (candidates > candidates_wanted)
    gtk_list_box_append (self->candidates_list,
                         hearth_more_row_new (candidates - candidates_wanted, "matching.show-more",
                                              g_variant_new_string ("candidates")));
  if (ruled_out > ruled_out_wanted)
    gtk_list_box_append (self->ruled_out_list,
                         hearth_more_row_new (ruled_out - ruled_out_wanted, "matching.show-more",
                                              g_variant_new_string ("ruled-out")));

  gtk_widget_set_visible (self->ruled_out_group, ruled_out > 0);
  self->building = FALSE;
  restore_state (self, &kept);
  gtk_adjustment_set_value (scroll, at);
}

/* The next page of candidates, or of those ruled out; the keyboard goes to the first of
 * them, as the row that asked for it is gone. */
static void
show_more_action (GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter)
{
  HearthMatchingPage *self = HEARTH_MATCHING_PAGE (widget);
  gboolean candidates = g_str_equal (g_variant_get_string (parameter, NULL), "candidates");
  guint *wanted = candidates ? &self->candidates_wanted : &self->ruled_out_wanted;
  GtkListBox *list = candidates ? self->candidates_list : self->ruled_out_list;
  guint first = MAX (*wanted, HEARTH_PAGE_ROWS);
  GtkListBoxRow *row;

  *wanted = first + HEARTH_PAGE_ROWS;
  show_suggestions (self);
  if ((row = gtk_list_box_get_row_at_index (list, (int) first)) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
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
  line = describe_person (self->person);
  adw_window_title_set_title (self->detail_title, name);
  adw_window_title_set_subtitle (self->detail_title, line);
  gtk_widget_set_visible (self->open_person_button, TRUE);
}

/* Asks the core again, for the person shown as they are stored now. */
static void
reload (HearthMatchingPage *self)
{
  HearthScheme *scheme = hearth_page_get_scheme (HEARTH_PAGE (self));
  g_autoptr(HearthRecord) fresh = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  self->stale = FALSE;
  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->person == NULL)
    return;

  id = hearth_record_get_id (HEARTH_RECORD (self->person));
  fresh = hearth_scheme_load (scheme, HEARTH_TYPE_PERSON, id, &error);
  if (fresh != NULL)
    g_set_object (&self->person, HEARTH_PERSON (fresh));

  g_clear_pointer (&self->trials, g_ptr_array_unref);
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);
  if (error == NULL)
    self->trials = hearth_scheme_load_related (scheme, HEARTH_TYPE_TRIAL, "person-id", id, &error);
  if (error == NULL)
    self->suggestions = hearth_scheme_suggest_carers (scheme, self->person, current_type (self),
                                                      gtk_switch_get_active (self->emergency_switch),
                                                      &error);
  if (error != NULL)
    add_toast (self, adw_toast_new (error->message));

  update_detail_title (self);
  show_suggestions (self);
}

static gboolean
reload_cb (gpointer data)
{
  HearthMatchingPage *self = data;

  self->reload_source = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* Anything saved may change a suggestion: a carer's places, a trial, the weights. */
static void
scheme_changed_cb (HearthMatchingPage *self)
{
  if (self->person == NULL)
    return;

  self->stale = TRUE;
  if (self->reload_source == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->reload_source = g_idle_add (reload_cb, self);
}

static void
mapped_cb (HearthMatchingPage *self)
{
  if (self->stale)
    reload (self);
}

static void
show_person (HearthMatchingPage *self,
             HearthPerson       *person)
{
  if (person == NULL)
    return;

  /* Another person's carers are listed from their first page. */
  if (person != self->person)
    self->candidates_wanted = self->ruled_out_wanted = 0;
  g_set_object (&self->person, person);
  gtk_stack_set_visible_child_name (self->detail_stack, "detail");
  reload (self);
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
  /* Choosing someone is for looking at their carers: the keyboard goes to the first one.
   * With none to suggest, it stays where it was. */
  gtk_widget_child_focus (GTK_WIDGET (self->candidates_list), GTK_DIR_TAB_FORWARD);
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

static void
request_changed_cb (HearthMatchingPage *self)
{
  if (!self->building)
    reload (self);
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

static void
propose_response_cb (AdwMessageDialog   *dialog,
                     const char         *response,
                     HearthMatchingPage *self)
{
  HearthCarer *carer = g_object_get_data (G_OBJECT (dialog), "carer");
  const char *type = g_object_get_data (G_OBJECT (dialog), "type");
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

  trial = hearth_scheme_propose_trial (hearth_page_get_scheme (HEARTH_PAGE (self)), self->person,
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
  reload (self);
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
  g_object_set_data_full (G_OBJECT (dialog), "carer",
                          g_object_ref (hearth_suggestion_get_carer (s)), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "type", g_strdup (current_type (self)), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (propose_response_cb), self, 0);
  hearth_present_dialog (dialog);
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
  reload (self);
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

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->needing);
  g_clear_object (&self->view);
  g_clear_object (&self->records);
  g_clear_object (&self->person);
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);
  g_clear_pointer (&self->trials, g_ptr_array_unref);

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
  gtk_widget_class_bind_template_child (widget_class, HearthMatchingPage, candidates_list);
  gtk_widget_class_bind_template_child (widget_class, HearthMatchingPage, ruled_out_list);
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
  gtk_widget_class_install_action (widget_class, "matching.show-more", "s", show_more_action);

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
placeholder_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static void
hearth_matching_page_init (HearthMatchingPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  set_up_request (self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_person_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_person_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  gtk_list_box_set_placeholder (self->candidates_list,
                                placeholder_new (_("No carer can be suggested for this "
                                                   "arrangement now. The carers ruled out "
                                                   "say why.")));
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb),
                            self);
  g_signal_connect_swapped (self->search_entry, "stop-search", G_CALLBACK (search_stopped_cb),
                            self);
  g_signal_connect_swapped (self->search_entry, "activate", G_CALLBACK (search_activated_cb),
                            self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (person_activated_cb), self);
  g_signal_connect (self, "map", G_CALLBACK (mapped_cb), NULL);
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
  g_signal_connect_object (scheme, "record-added", G_CALLBACK (scheme_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (scheme, "record-changed", G_CALLBACK (scheme_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (scheme, "record-erased", G_CALLBACK (scheme_changed_cb), self,
                           G_CONNECT_SWAPPED);
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

/* Returns: (transfer none) (nullable) (element-type HearthSuggestion): what is shown */
GPtrArray *
hearth_matching_page_get_suggestions (HearthMatchingPage *self)
{
  g_return_val_if_fail (HEARTH_IS_MATCHING_PAGE (self), NULL);

  return self->suggestions;
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
  reload (self);
}
