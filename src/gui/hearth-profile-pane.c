/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-profile-pane.c: everything a coordinator reads about a person or a carer, in
 * groups; empty fields are left out rather than shown blank. */

#define G_LOG_DOMAIN "hearth-profile-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-gui-util.h"
#include "hearth-profile-pane.h"

struct _HearthProfilePane
{
  AdwBin         parent_instance;

  HearthScheme  *scheme;
  GType          type;
  HearthRecord  *record;
  char          *title;
  GtkBox        *content;
};

G_DEFINE_FINAL_TYPE (HearthProfilePane, hearth_profile_pane, ADW_TYPE_BIN)

/* A field's label is its property's, from the core: the editor and History say the same. */
typedef struct
{
  const char *property;
  int         kind;      /* 0 text, 1 date, 2 boolean, 3 value set */
  int         set;
} Field;

#define TEXT(p) { p, 0, 0 }
#define DATE(p) { p, 1, 0 }
#define FLAG(p) { p, 2, 0 }
#define CHOICE(p, s) { p, 3, s }

static const Field person_identity[] = {
  TEXT ("preferred-name"), TEXT ("pronouns"), DATE ("date-of-birth"), TEXT ("area"),
  TEXT ("postcode"), TEXT ("address"), TEXT ("phone"), { NULL },
};
static const Field person_referral[] = {
  DATE ("referral-date"), TEXT ("referring-org"), TEXT ("referrer-name"),
  TEXT ("care-manager-name"), TEXT ("care-manager-contact"),
  CHOICE ("funding-route", HEARTH_VALUES_FUNDING_ROUTE), DATE ("care-plan-received"), { NULL },
};
static const Field person_support[] = {
  TEXT ("support-notes"), TEXT ("preferences"), TEXT ("interests"), TEXT ("wants-language"),
  TEXT ("wants-faith"), FLAG ("avoid-pets"), FLAG ("avoid-smoking"), FLAG ("needs-step-free"),
  TEXT ("advocate-name"), TEXT ("advocate-contact"), { NULL },
};
static const Field carer_contact[] = {
  TEXT ("preferred-name"), TEXT ("phone"), TEXT ("email"), TEXT ("address"), TEXT ("area"),
  TEXT ("postcode"), { NULL },
};
static const Field carer_home[] = {
  TEXT ("household"), FLAG ("has-children"), TEXT ("pets"),
  CHOICE ("smoking", HEARTH_VALUES_SMOKING), TEXT ("accommodation"), FLAG ("step-free"),
  TEXT ("accessibility"), TEXT ("languages"), TEXT ("faith"), TEXT ("culture"),
  TEXT ("interests"), TEXT ("experience"), { NULL },
};
static const Field carer_approval[] = {
  CHOICE ("stage", HEARTH_VALUES_CARER_STAGE), DATE ("stage-since"), DATE ("enquiry-date"),
  DATE ("approval-date"), DATE ("next-approval-review"), { NULL },
};

/* What the editor, History and exports call the field. */
static const char *
label_of (HearthProfilePane *self,
          const char        *property)
{
  return hearth_record_get_field_label (G_OBJECT_TYPE (self->record), property);
}

static char *
field_text (HearthRecord *record,
            const Field  *field)
{
  switch (field->kind)
    {
    case 1:
      if (hearth_record_get_string (record, field->property) == NULL)
        return NULL;
      return hearth_date_to_display (hearth_record_get_string (record, field->property));
    case 2:
      return hearth_record_get_boolean (record, field->property) ? g_strdup (_("Yes")) : NULL;
    case 3:
      return g_strdup (hearth_values_label (field->set,
                                            hearth_record_get_string (record, field->property)));
    default:
      return g_strdup (hearth_record_get_string (record, field->property));
    }
}

static GtkWidget *
add_row (AdwPreferencesGroup *group,
         const char          *title,
         const char          *value)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped = g_markup_escape_text (value, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
  gtk_widget_add_css_class (row, "property");
  adw_preferences_group_add (group, row);
  return row;
}

static void
add_group (HearthProfilePane *self,
           const char        *title,
           GtkWidget         *group)
{
  if (title != NULL)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (self->content, group);
}

static void
add_fields (HearthProfilePane *self,
            const char        *title,
            const Field       *fields)
{
  GtkWidget *group = adw_preferences_group_new ();
  guint shown = 0;

  for (guint i = 0; fields[i].property != NULL; i++)
    {
      g_autofree char *value = field_text (self->record, &fields[i]);

      if (hearth_record_text_is_blank (value))
        continue;
      add_row (ADW_PREFERENCES_GROUP (group), label_of (self, fields[i].property), value);
      shown++;
    }

  if (shown > 0)
    add_group (self, title, group);
  else
    g_object_unref (g_object_ref_sink (group));
}

static void
add_support_needs (HearthProfilePane *self)
{
  g_auto(GStrv) codes = g_strsplit (hearth_person_get_support_needs (HEARTH_PERSON (self->record)),
                                    ",", -1);
  g_autoptr(GString) labels = g_string_new (NULL);
  GtkWidget *group;

  for (guint i = 0; codes[i] != NULL; i++)
    if (codes[i][0] != '\0')
      g_string_append_printf (labels, "%s%s", labels->len > 0 ? ", " : "",
                              hearth_values_label (HEARTH_VALUES_SUPPORT_NEED, codes[i]));

  if (labels->len == 0)
    return;

  group = adw_preferences_group_new ();
  add_row (ADW_PREFERENCES_GROUP (group), label_of (self, "support-needs"), labels->str);
  add_group (self, _("Support"), group);
}

static void
add_risk (HearthProfilePane *self)
{
  HearthPerson *person = HEARTH_PERSON (self->record);
  g_autofree char *today = hearth_date_today ();
  g_autofree char *assessed = NULL;
  g_autofree char *due = NULL;
  GtkWidget *group;

  if (hearth_person_get_risk_assessed_on (person) == NULL)
    return;

  group = adw_preferences_group_new ();
  assessed = hearth_date_to_display (hearth_person_get_risk_assessed_on (person));
  add_row (ADW_PREFERENCES_GROUP (group), label_of (self, "risk-assessed-on"), assessed);
  due = hearth_date_to_display (hearth_person_get_risk_review_due (person));
  if (hearth_rules_risk_review_overdue (person, today))
    {
      g_autofree char *text = g_strdup_printf (_("%s — overdue"), due);

      gtk_widget_add_css_class (add_row (ADW_PREFERENCES_GROUP (group),
                                         label_of (self, "risk-review-due"), text),
                                "error");
    }
  else
    add_row (ADW_PREFERENCES_GROUP (group), label_of (self, "risk-review-due"), due);
  add_row (ADW_PREFERENCES_GROUP (group), label_of (self, "risk-summary"),
           hearth_person_get_risk_summary (person) != NULL ? hearth_person_get_risk_summary (person)
                                                           : _("Not written"));
  add_group (self, _("Risk assessment"), group);
}

static void
add_capacity (HearthProfilePane *self)
{
  HearthCarer *carer = HEARTH_CARER (self->record);
  g_autofree char *today = hearth_date_today ();
  g_autoptr(GString) types = g_string_new (NULL);
  g_autofree char *places = NULL;
  GtkWidget *group;
  guint n_types;
  const HearthValue *values = hearth_values_get (HEARTH_VALUES_ARRANGEMENT_TYPE, &n_types);
  int used;

  if (g_strcmp0 (hearth_carer_get_stage (carer), "approved") != 0)
    return;

  for (guint i = 0; i < n_types; i++)
    if (hearth_carer_is_approved_for (carer, values[i].value))
      g_string_append_printf (types, "%s%s", types->len > 0 ? ", " : "", _(values[i].label));

  used = hearth_scheme_count_people_at_once (self->scheme, hearth_record_get_id (self->record),
                                             today, NULL, NULL);
  places = g_strdup_printf (ngettext ("%d of %u place used", "%d of %u places used",
                                      hearth_carer_get_capacity (carer)),
                            MAX (used, 0), hearth_carer_get_capacity (carer));

  group = adw_preferences_group_new ();
  add_row (ADW_PREFERENCES_GROUP (group), _("Approved for"), types->str);
  add_row (ADW_PREFERENCES_GROUP (group), label_of (self, "approved-emergency"),
           hearth_carer_get_approved_emergency (carer) ? _("Approved and trained") : _("No"));
  add_row (ADW_PREFERENCES_GROUP (group), _("Places"), places);
  add_group (self, _("Approval terms"), group);
}

/* An approved carer's approval review, DBS renewal and training, soonest first. */
static void
add_dues (HearthProfilePane *self)
{
  g_autofree char *today = hearth_date_today ();
  g_autoptr(GPtrArray) dues = hearth_scheme_list_dues_of_carer (self->scheme,
                                                                HEARTH_CARER (self->record),
                                                                today, NULL);
  GtkWidget *group;

  if (dues == NULL || dues->len == 0)
    return;

  group = adw_preferences_group_new ();
  for (guint i = 0; i < dues->len; i++)
    {
      HearthDueItem *item = g_ptr_array_index (dues, i);
      g_autofree char *when = hearth_date_to_display (item->due_on);
      g_autofree char *text = item->overdue ? g_strdup_printf (_("%s — overdue"), when)
                                            : g_strdup (when);
      GtkWidget *row = add_row (ADW_PREFERENCES_GROUP (group), item->what, text);

      if (item->overdue)
        gtk_widget_add_css_class (row, "error");
    }
  add_group (self, _("Falling due"), group);
}

static void
add_portrait (HearthProfilePane *self)
{
  static const char *sections[] = {
    "about-me", "what-matters", "what-people-like", "how-to-support", "interests",
    "things-to-avoid",
  };
  g_autoptr(GPtrArray) portraits = NULL;
  GtkWidget *group;

  portraits = hearth_scheme_load_related (self->scheme, HEARTH_TYPE_PEN_PORTRAIT,
                                          HEARTH_IS_PERSON (self->record) ? "person-id" : "carer-id",
                                          hearth_record_get_id (self->record), NULL);
  if (portraits == NULL || portraits->len == 0)
    return;

  group = adw_preferences_group_new ();
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      const char *text = hearth_record_get_string (g_ptr_array_index (portraits, 0), sections[i]);

      if (!hearth_record_text_is_blank (text))
        add_row (ADW_PREFERENCES_GROUP (group),
                 hearth_values_label (HEARTH_VALUES_PORTRAIT_SECTION, sections[i]), text);
    }
  add_group (self, _("Pen portrait"), group);
}

static char *
name_of (HearthProfilePane *self,
         GType              type,
         gint64             id)
{
  g_autoptr(HearthRecord) record = id != 0 ? hearth_scheme_load (self->scheme, type, id, NULL)
                                           : NULL;

  return record != NULL ? hearth_record_dup_title (record) : g_strdup (_("someone no longer held"));
}

static char *
display_date (HearthRecord *record,
              const char   *property)
{
  const char *iso = hearth_record_get_string (record, property);

  return iso != NULL ? hearth_date_to_display (iso) : NULL;
}

/* A row that opens the record it names, in its own view. */
static void
add_link (AdwPreferencesGroup *group,
          HearthRecord        *record,
          const char          *title,
          const char          *subtitle)
{
  GtkWidget *row = add_row (group, title, subtitle != NULL ? subtitle : "");
  g_autofree char *reference = g_strdup_printf ("%s:%" G_GINT64_FORMAT,
                                                hearth_record_get_table (record),
                                                hearth_record_get_id (record));

  gtk_widget_remove_css_class (row, "property");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), hearth_decorative_image_new ("go-next-symbolic"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-record");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_string (reference));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
}

static GPtrArray *
related (HearthProfilePane *self,
         GType              type)
{
  const char *property = HEARTH_IS_PERSON (self->record) ? "person-id" : "carer-id";

  if (type == HEARTH_TYPE_REVIEW && HEARTH_IS_PERSON (self->record))
    return NULL;
  return hearth_scheme_load_related (self->scheme, type, property,
                                     hearth_record_get_id (self->record), NULL);
}

/* Trials, arrangements and reviews, newest first, each opening its own record. */
static void
add_matches (HearthProfilePane *self)
{
  g_autoptr(GPtrArray) trials = related (self, HEARTH_TYPE_TRIAL);
  g_autoptr(GPtrArray) arrangements = related (self, HEARTH_TYPE_ARRANGEMENT);
  gboolean person = HEARTH_IS_PERSON (self->record);
  GtkWidget *group = adw_preferences_group_new ();
  guint shown = 0;

  for (guint i = arrangements != NULL ? arrangements->len : 0; i > 0; i--)
    {
      HearthRecord *arrangement = g_ptr_array_index (arrangements, i - 1);
      g_autofree char *other = name_of (self, person ? HEARTH_TYPE_CARER : HEARTH_TYPE_PERSON,
                                        hearth_record_get_int (arrangement,
                                                               person ? "carer-id" : "person-id"));
      g_autofree char *start = display_date (arrangement, "start-date");
      g_autofree char *end = display_date (arrangement, "end-date");
      g_autofree char *title = g_strdup_printf (_("%s with %s"),
                                                hearth_values_label (HEARTH_VALUES_ARRANGEMENT_TYPE,
                                                                     hearth_record_get_string (arrangement, "arrangement-type")),
                                                other);
      g_autofree char *when = end != NULL ? g_strdup_printf (_("From %s to %s"), start, end)
                                          : g_strdup_printf (_("Since %s"), start);

      add_link (ADW_PREFERENCES_GROUP (group), arrangement, title, when);
      shown++;
    }

  for (guint i = trials != NULL ? trials->len : 0; i > 0; i--)
    {
      HearthRecord *trial = g_ptr_array_index (trials, i - 1);
      g_autofree char *other = name_of (self, person ? HEARTH_TYPE_CARER : HEARTH_TYPE_PERSON,
                                        hearth_record_get_int (trial, person ? "carer-id" : "person-id"));
      g_autofree char *title = g_strdup_printf (_("Trial with %s"), other);
      const char *outcome = hearth_record_get_string (trial, "outcome");
      g_autofree char *since = display_date (trial, "stage-since");
      g_autofree char *state = g_strcmp0 (outcome, "open") == 0 || outcome == NULL
                               ? g_strdup_printf (_("%s since %s"),
                                                  hearth_values_label (HEARTH_VALUES_TRIAL_STAGE,
                                                                       hearth_record_get_string (trial, "stage")),
                                                  since != NULL ? since : "")
                               : g_strdup (hearth_values_label (HEARTH_VALUES_TRIAL_OUTCOME, outcome));

      add_link (ADW_PREFERENCES_GROUP (group), trial, title, state);
      shown++;
    }

  if (shown > 0)
    add_group (self, person ? _("Matches and arrangements") : _("Matches and people supported"),
               group);
  else
    g_object_unref (g_object_ref_sink (group));
}

/* A carer's checks and training, with expiry dates marked when they have passed. */
static void
add_checks (HearthProfilePane *self)
{
  g_autoptr(GPtrArray) checks = related (self, HEARTH_TYPE_CARER_CHECK);
  g_autoptr(GPtrArray) training = related (self, HEARTH_TYPE_TRAINING);
  g_autofree char *today = hearth_date_today ();
  GtkWidget *group = adw_preferences_group_new ();
  guint shown = 0;

  for (guint pass = 0; pass < 2; pass++)
    {
      GPtrArray *items = pass == 0 ? checks : training;

      for (guint i = 0; items != NULL && i < items->len; i++)
        {
          HearthRecord *item = g_ptr_array_index (items, i);
          const char *expires = hearth_record_get_string (item, "expires-on");
          g_autofree char *done = display_date (item, "completed-on");
          g_autofree char *until = display_date (item, "expires-on");
          g_autofree char *text = NULL;
          const char *title = pass == 0
                              ? hearth_values_label (HEARTH_VALUES_CHECK_KIND,
                                                     hearth_record_get_string (item, "kind"))
                              : hearth_record_get_string (item, "course");
          GtkWidget *row;

          if (expires != NULL && g_strcmp0 (expires, today) < 0)
            text = g_strdup_printf (_("Done %s — expired %s"), done != NULL ? done : "", until);
          else if (until != NULL)
            text = g_strdup_printf (_("Done %s, until %s"), done != NULL ? done : "", until);
          else
            text = g_strdup_printf (_("Done %s"), done != NULL ? done : "");

          row = add_row (ADW_PREFERENCES_GROUP (group), title != NULL ? title : "", text);
          if (expires != NULL && g_strcmp0 (expires, today) < 0)
            gtk_widget_add_css_class (row, "error");
          shown++;
        }
    }

  if (shown > 0)
    add_group (self, _("Checks and training"), group);
  else
    g_object_unref (g_object_ref_sink (group));
}

static void
add_household (HearthProfilePane *self)
{
  g_autoptr(GPtrArray) members = related (self, HEARTH_TYPE_HOUSEHOLD_MEMBER);
  GtkWidget *group;

  if (members == NULL || members->len == 0)
    return;

  group = adw_preferences_group_new ();
  for (guint i = 0; i < members->len; i++)
    {
      HearthRecord *member = g_ptr_array_index (members, i);
      g_autofree char *agreed = display_date (member, "agreed-on");
      g_autofree char *text = agreed != NULL ? g_strdup_printf (_("%s · agreed %s"),
                                                                hearth_record_get_string (member, "relationship"),
                                                                agreed)
                                             : g_strdup_printf (_("%s · agreement not recorded"),
                                                                hearth_record_get_string (member, "relationship"));

      add_row (ADW_PREFERENCES_GROUP (group), hearth_record_get_string (member, "name"), text);
    }
  add_group (self, _("Household members"), group);
}

static void
add_stage_history (HearthProfilePane *self)
{
  g_autoptr(GPtrArray) moves = related (self, HEARTH_TYPE_STAGE_CHANGE);
  GtkWidget *group;

  if (moves == NULL || moves->len == 0)
    return;

  group = adw_preferences_group_new ();
  for (guint i = moves->len; i > 0; i--)
    {
      HearthRecord *move = g_ptr_array_index (moves, i - 1);
      g_autofree char *when = display_date (move, "changed-on");
      const char *note = hearth_record_get_string (move, "note");
      g_autofree char *text = !hearth_record_text_is_blank (note)
                              ? g_strdup_printf (_("%s, by %s: %s"), when,
                                                 hearth_record_get_string (move, "changed-by"), note)
                              : g_strdup_printf (_("%s, by %s"), when,
                                                 hearth_record_get_string (move, "changed-by"));

      add_row (ADW_PREFERENCES_GROUP (group),
               hearth_values_label (HEARTH_VALUES_CARER_STAGE,
                                    hearth_record_get_string (move, "to-stage")),
               text);
    }
  add_group (self, _("Recruitment history"), group);
}

/* For someone waiting for a match: the Matching view, with them chosen. */
static GtkWidget *
find_carers_button_new (HearthProfilePane *self)
{
  GtkWidget *button = hearth_button_new_with_mnemonic (_("_Find Carers"));
  g_autofree char *reference = g_strdup_printf ("person:%" G_GINT64_FORMAT,
                                                hearth_record_get_id (self->record));

  gtk_widget_set_name (button, "find-carers");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (button, 6);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.find-carers");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                          g_variant_new_string (reference));
  return button;
}

static GtkWidget *
build_header (HearthProfilePane *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *avatar = adw_avatar_new (96, self->title, TRUE);
  g_autoptr(GBytes) photo = hearth_scheme_load_photo (self->scheme, self->record, NULL);
  GtkWidget *name = gtk_label_new (self->title);
  GtkWidget *state = gtk_label_new (NULL);
  g_autofree char *changed = NULL;
  g_autofree char *when = NULL;
  const char *updated = hearth_record_get_string (self->record, "updated-at");

  if (updated != NULL)
    {
      g_autofree char *day = g_strndup (updated, 10);

      when = hearth_date_to_display (day);
      changed = g_strdup_printf (_("Last changed by %s on %s"),
                                 hearth_record_get_string (self->record, "updated-by"), when);
    }

  if (photo != NULL)
    {
      g_autoptr(GdkTexture) texture = gdk_texture_new_from_bytes (photo, NULL);

      adw_avatar_set_custom_image (ADW_AVATAR (avatar), GDK_PAINTABLE (texture));
    }

  gtk_label_set_label (GTK_LABEL (state),
                       HEARTH_IS_PERSON (self->record)
                       ? hearth_values_label (HEARTH_VALUES_PERSON_STATUS,
                                              hearth_person_get_status (HEARTH_PERSON (self->record)))
                       : hearth_values_label (HEARTH_VALUES_CARER_STAGE,
                                              hearth_carer_get_stage (HEARTH_CARER (self->record))));
  gtk_widget_add_css_class (name, "title-1");
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_justify (GTK_LABEL (name), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (state, "dim-label");
  gtk_box_append (GTK_BOX (box), avatar);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), state);
  if (HEARTH_IS_PERSON (self->record) && !hearth_record_is_archived (self->record) &&
      (g_strcmp0 (hearth_person_get_status (HEARTH_PERSON (self->record)), "referred") == 0 ||
       g_strcmp0 (hearth_person_get_status (HEARTH_PERSON (self->record)), "matching") == 0))
    gtk_box_append (GTK_BOX (box), find_carers_button_new (self));
  if (hearth_record_is_archived (self->record))
    {
      g_autofree char *why = g_strdup_printf (_("Archived: %s"),
                                              hearth_record_get_string (self->record,
                                                                        "archive-reason"));
      GtkWidget *label = gtk_label_new (why);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "warning");
      gtk_box_append (GTK_BOX (box), label);
    }
  if (changed != NULL)
    {
      GtkWidget *label = gtk_label_new (changed);

      /* A long name and date wrap, rather than widen a phone-sized window. */
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }
  return box;
}

static GtkWidget *
build_empty (HearthProfilePane *self)
{
  GtkWidget *page = adw_status_page_new ();
  gboolean people = self->type == HEARTH_TYPE_PERSON;

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "avatar-default-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (page), people ? _("Select a Person")
                                                            : _("Select a Carer"));
  adw_status_page_set_description (ADW_STATUS_PAGE (page),
                                   people ? _("Their profile and pen portrait appear here.")
                                          : _("Their household, approval and pen portrait appear here."));
  return page;
}

static void
rebuild (HearthProfilePane *self)
{
  GtkWidget *scrolled, *clamp;

  g_clear_pointer (&self->title, g_free);
  if (self->record == NULL)
    {
      adw_bin_set_child (ADW_BIN (self), build_empty (self));
      return;
    }

  self->title = HEARTH_IS_PERSON (self->record)
                ? hearth_person_dup_display_name (HEARTH_PERSON (self->record))
                : hearth_carer_dup_display_name (HEARTH_CARER (self->record));
  self->content = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 24));
  gtk_widget_set_margin_top (GTK_WIDGET (self->content), 24);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->content), 24);
  gtk_widget_set_margin_start (GTK_WIDGET (self->content), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->content), 12);
  gtk_box_append (self->content, build_header (self));

  if (HEARTH_IS_PERSON (self->record))
    {
      add_fields (self, _("About"), person_identity);
      add_support_needs (self);
      add_fields (self, _("Referral"), person_referral);
      add_risk (self);
      add_fields (self, _("Preferences"), person_support);
      add_portrait (self);
      add_matches (self);
    }
  else
    {
      add_fields (self, _("Contact"), carer_contact);
      add_fields (self, _("Recruitment"), carer_approval);
      add_capacity (self);
      add_dues (self);
      add_matches (self);
      add_checks (self);
      add_fields (self, _("Home and household"), carer_home);
      add_household (self);
      add_portrait (self);
      add_stage_history (self);
    }

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 640);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->content));
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  adw_bin_set_child (ADW_BIN (self), scrolled);
}

static void
hearth_profile_pane_dispose (GObject *object)
{
  HearthProfilePane *self = HEARTH_PROFILE_PANE (object);

  g_clear_object (&self->record);
  g_clear_object (&self->scheme);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (hearth_profile_pane_parent_class)->dispose (object);
}

static void
hearth_profile_pane_class_init (HearthProfilePaneClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hearth_profile_pane_dispose;
}

static void
hearth_profile_pane_init (HearthProfilePane *self)
{
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
}

HearthProfilePane *
hearth_profile_pane_new (HearthScheme *scheme,
                         GType         type)
{
  HearthProfilePane *self = g_object_new (HEARTH_TYPE_PROFILE_PANE, NULL);

  self->scheme = g_object_ref (scheme);
  self->type = type;
  rebuild (self);
  return self;
}

void
hearth_profile_pane_set_record (HearthProfilePane *self,
                                HearthRecord      *record)
{
  g_return_if_fail (HEARTH_IS_PROFILE_PANE (self));

  if (!g_set_object (&self->record, record))
    return;

  rebuild (self);
}

/* The name on the sheet, or NULL when nobody is selected. */
const char *
hearth_profile_pane_get_title (HearthProfilePane *self)
{
  g_return_val_if_fail (HEARTH_IS_PROFILE_PANE (self), NULL);

  return self->title;
}

/**
 * hearth_profile_pane_get_record:
 *
 * Returns: (transfer none) (nullable): the record shown
 */
HearthRecord *
hearth_profile_pane_get_record (HearthProfilePane *self)
{
  g_return_val_if_fail (HEARTH_IS_PROFILE_PANE (self), NULL);

  return self->record;
}

/* Shows the record again, with what belongs to it as it is now. */
void
hearth_profile_pane_refresh (HearthProfilePane *self)
{
  g_return_if_fail (HEARTH_IS_PROFILE_PANE (self));

  rebuild (self);
}
