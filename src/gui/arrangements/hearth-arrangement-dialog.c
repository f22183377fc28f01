/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-arrangement-dialog.c: the Start Arrangement dialog. The core decides; the dialog
 * only gathers the terms, shows the dates the core will set, and shows a refusal in the
 * core's own words while keeping everything typed. */

#define G_LOG_DOMAIN "hearth-arrangement-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-arrangement-dialog.h"
#include "hearth-date-row.h"
#include "hearth-gui-util.h"
#include "hearth-page.h"

#define HEARTH_TYPE_ARRANGEMENT_DIALOG (hearth_arrangement_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HearthArrangementDialog, hearth_arrangement_dialog, HEARTH,
                      ARRANGEMENT_DIALOG, AdwWindow)

struct _HearthArrangementDialog
{
  AdwWindow           parent_instance;

  HearthScheme       *scheme;
  HearthTrial        *trial;          /* NULL for an emergency */
  HearthPage         *page;           /* (weak) where the toast goes, if any */
  HearthRecordList   *people;
  HearthRecordList   *carers;
  GListModel         *people_shown;   /* for an emergency: people who can be placed */
  GListModel         *carers_shown;   /* approved for emergencies */
  HearthReviewPolicy  policy;
  char               *planned_end;    /* as last filled in for the start date, YYYY-MM-DD */

  AdwWindowTitle     *window_title;
  GtkLabel           *intro_label;
  GtkRevealer        *error_revealer;
  GtkLabel           *error_label;
  AdwActionRow       *person_row;
  AdwComboRow        *person_combo;
  AdwActionRow       *carer_row;
  AdwComboRow        *carer_combo;
  AdwActionRow       *places_row;
  AdwActionRow       *type_row;
  AdwComboRow        *type_combo;
  HearthDateRow      *start_entry;
  HearthDateRow      *planned_end_entry;
  AdwActionRow       *meeting_row;
  AdwActionRow       *review_row;
  AdwPreferencesGroup *approval_group;
  AdwEntryRow        *approved_by_entry;
  HearthDateRow      *approved_on_entry;
  AdwComboRow        *funding_combo;
  AdwEntryRow        *fee_entry;
  AdwEntryRow        *nights_entry;
  AdwEntryRow        *days_entry;
  GtkWidget          *start_button;
  GtkScrolledWindow  *scroller;
};

G_DEFINE_FINAL_TYPE (HearthArrangementDialog, hearth_arrangement_dialog, ADW_TYPE_WINDOW)

static gboolean
is_emergency (HearthArrangementDialog *self)
{
  return self->trial == NULL;
}

static char *
record_name (HearthRecord *record)
{
  if (HEARTH_IS_PERSON (record))
    return hearth_person_dup_display_name (HEARTH_PERSON (record));
  if (HEARTH_IS_CARER (record))
    return hearth_carer_dup_display_name (HEARTH_CARER (record));
  return g_strdup ("");
}

/* For the combo rows' expression. */
static char *
name_of_item (HearthRecord *record)
{
  return record != NULL ? record_name (record) : g_strdup ("");
}

static HearthRecord *
selected_record (AdwComboRow *combo)
{
  return adw_combo_row_get_selected_item (combo);
}

static HearthPerson *
chosen_person (HearthArrangementDialog *self)
{
  if (!is_emergency (self))
    return HEARTH_PERSON (hearth_record_list_find (self->people,
                                                   hearth_trial_get_person_id (self->trial)));
  return HEARTH_PERSON (selected_record (self->person_combo));
}

static HearthCarer *
chosen_carer (HearthArrangementDialog *self)
{
  if (!is_emergency (self))
    return HEARTH_CARER (hearth_record_list_find (self->carers,
                                                  hearth_trial_get_carer_id (self->trial)));
  return HEARTH_CARER (selected_record (self->carer_combo));
}

static const char *
chosen_type (HearthArrangementDialog *self)
{
  guint n;
  const HearthValue *types = hearth_values_get (HEARTH_VALUES_ARRANGEMENT_TYPE, &n);
  guint i = adw_combo_row_get_selected (self->type_combo);

  if (!is_emergency (self))
    return hearth_trial_get_arrangement_type (self->trial);
  return i < n ? types[i].value : NULL;
}

static const char *
chosen_funding (HearthArrangementDialog *self)
{
  guint n;
  const HearthValue *routes = hearth_values_get (HEARTH_VALUES_FUNDING_ROUTE, &n);
  guint i = adw_combo_row_get_selected (self->funding_combo);

  return i < n ? routes[i].value : NULL;
}

static const char *
text_of (AdwEntryRow *entry)
{
  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

/* The start date typed, or NULL while it is not a date. */
static char *
dup_start (HearthArrangementDialog *self)
{
  g_autofree char *iso = NULL;

  if (!hearth_date_row_read (self->start_entry, &iso, NULL))
    return NULL;
  return g_steal_pointer (&iso);
}

static void
show_error (HearthArrangementDialog *self,
            const char              *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
  /* The reason sits above the fields: the coordinator sees it wherever they were. */
  if (message != NULL)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static void
set_row_value (AdwActionRow *row,
               const char   *value)
{
  adw_action_row_set_subtitle (row, value != NULL ? value : "");
}

/* The dates the core sets from the start date, shown as it will set them. */
static void
update_dates (HearthArrangementDialog *self)
{
  g_autofree char *start = dup_start (self);
  g_autofree char *review = NULL;
  g_autofree char *meeting = NULL;
  g_autofree char *review_shown = NULL;
  g_autofree char *meeting_shown = NULL;

  if (start == NULL)
    {
      set_row_value (self->review_row, _("Once the start date is a date"));
      set_row_value (self->meeting_row, _("Once the start date is a date"));
      return;
    }

  review = hearth_review_policy_first_due (&self->policy, start, is_emergency (self));
  review_shown = hearth_date_to_display (review);
  set_row_value (self->review_row, review_shown);

  if (!is_emergency (self))
    return;

  meeting = hearth_review_policy_planning_meeting_due (&self->policy, start);
  meeting_shown = hearth_date_to_display (meeting);
  set_row_value (self->meeting_row, meeting_shown);

  /* The planned end follows the start date until the coordinator writes their own. */
  if (g_strcmp0 (hearth_date_row_get_date (self->planned_end_entry), self->planned_end) == 0)
    {
      g_free (self->planned_end);
      self->planned_end = hearth_review_policy_emergency_limit (&self->policy, start);
      hearth_date_row_set_date (self->planned_end_entry, self->planned_end);
    }
}

/* How many people the carer already supports on the start date: a guide, the core decides. */
static void
update_places (HearthArrangementDialog *self)
{
  HearthCarer *carer = chosen_carer (self);
  g_autofree char *start = dup_start (self);
  g_autofree char *text = NULL;
  int at_once;

  gtk_widget_set_visible (GTK_WIDGET (self->places_row), carer != NULL);
  if (carer == NULL)
    return;

  at_once = start != NULL
    ? hearth_scheme_count_people_at_once (self->scheme,
                                          hearth_record_get_id (HEARTH_RECORD (carer)), start,
                                          NULL, NULL)
    : -1;
  if (at_once < 0)
    text = g_strdup (_("Once the start date is a date"));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d of %u place taken",
                                         "%d of %u places taken",
                                         hearth_carer_get_capacity (carer)),
                            at_once, hearth_carer_get_capacity (carer));
  set_row_value (self->places_row, text);
}

static void
update_type_fields (HearthArrangementDialog *self)
{
  const char *type = chosen_type (self);

  gtk_widget_set_visible (GTK_WIDGET (self->nights_entry), g_strcmp0 (type, "short-breaks") == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->days_entry), g_strcmp0 (type, "day-support") == 0);
}

static void
start_changed_cb (HearthArrangementDialog *self)
{
  update_dates (self);
  update_places (self);
}

/* A new person brings their own funding route. */
static void
person_changed_cb (HearthArrangementDialog *self)
{
  HearthPerson *person = chosen_person (self);
  int i;

  if (person == NULL)
    return;
  i = hearth_values_index (HEARTH_VALUES_FUNDING_ROUTE, hearth_person_get_funding_route (person));
  if (i >= 0)
    adw_combo_row_set_selected (self->funding_combo, (guint) i);
}

/* A new carer: the first type they are approved for, and their places. */
static void
carer_changed_cb (HearthArrangementDialog *self)
{
  HearthCarer *carer = chosen_carer (self);
  guint n;
  const HearthValue *types = hearth_values_get (HEARTH_VALUES_ARRANGEMENT_TYPE, &n);

  update_places (self);
  if (carer == NULL || !is_emergency (self) ||
      hearth_carer_is_approved_for (carer, chosen_type (self)))
    return;

  for (guint i = 0; i < n; i++)
    if (hearth_carer_is_approved_for (carer, types[i].value))
      {
        adw_combo_row_set_selected (self->type_combo, i);
        return;
      }
}

static gboolean
read_date (HearthDateRow  *row,
           char          **iso,
           GError        **error)
{
  return hearth_date_row_read (row, iso, error);
}

static gboolean
read_nights (HearthArrangementDialog  *self,
             gint64                   *nights,
             GError                  **error)
{
  g_autofree char *text = g_strstrip (g_strdup (text_of (self->nights_entry)));
  guint64 value = 0;

  *nights = 0;
  if (!gtk_widget_get_visible (GTK_WIDGET (self->nights_entry)) || text[0] == '\0')
    return TRUE;

  if (!g_ascii_string_to_unsigned (text, 10, 1, 366, &value, NULL))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("“%s” is not a number of nights; write how many nights a year, 1 to 366."),
                   text);
      return FALSE;
    }
  *nights = (gint64) value;
  return TRUE;
}

/* The core would take the start date for a missing one; the dialog asks for it instead. */
static gboolean
require_approval_date (const char  *approved_on,
                       GError     **error)
{
  if (approved_on != NULL)
    return TRUE;

  g_set_error_literal (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                       _("Enter the day the registered manager approved this placement."));
  return FALSE;
}

static gboolean
read_fee (HearthArrangementDialog  *self,
          gint64                   *fee,
          GError                  **error)
{
  if (hearth_record_text_is_blank (text_of (self->fee_entry)))
    {
      g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                   _("Enter the weekly fee in pounds and pence, such as 650.00."));
      return FALSE;
    }
  return hearth_money_parse (text_of (self->fee_entry), fee, error);
}

/* The arrangement as typed; a field that cannot be read says why, in the core's words. */
static HearthArrangement *
build_arrangement (HearthArrangementDialog  *self,
                   GError                  **error)
{
  g_autoptr(HearthArrangement) arrangement = hearth_arrangement_new ();
  gint64 trial_id = self->trial != NULL ? hearth_record_get_id (HEARTH_RECORD (self->trial)) : 0;
  const char *approved_by = text_of (self->approved_by_entry);
  HearthPerson *person = chosen_person (self);
  HearthCarer *carer = chosen_carer (self);
  g_autofree char *start = NULL;
  g_autofree char *planned_end = NULL;
  g_autofree char *approved_on = NULL;
  const char *days = text_of (self->days_entry);
  gint64 fee = 0, nights = 0;

  if (person == NULL || carer == NULL)
    {
      g_set_error_literal (error, HEARTH_ERROR, HEARTH_ERROR_INVALID,
                           person == NULL
                           ? _("Choose the person the arrangement is for.")
                           : _("Choose a carer approved and trained for emergency placements."));
      return NULL;
    }

  if (!read_date (self->start_entry, &start, error) ||
      (is_emergency (self) && (!read_date (self->planned_end_entry, &planned_end, error) ||
                               !read_date (self->approved_on_entry, &approved_on, error))) ||
      (is_emergency (self) && !require_approval_date (approved_on, error)) ||
      !read_fee (self, &fee, error) ||
      !read_nights (self, &nights, error))
    return NULL;

  g_object_set (arrangement,
                "person-id", hearth_record_get_id (HEARTH_RECORD (person)),
                "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)),
                "trial-id", trial_id,
                "arrangement-type", chosen_type (self),
                "emergency", is_emergency (self),
                "start-date", start,
                "funding-route", chosen_funding (self),
                "weekly-fee-pence", fee,
                "nights-agreed", nights,
                "days-agreed", gtk_widget_get_visible (GTK_WIDGET (self->days_entry)) &&
                               !hearth_record_text_is_blank (days) ? days : NULL,
                NULL);
  if (is_emergency (self))
    g_object_set (arrangement,
                  "planned-end", planned_end,
                  "manager-approved-by",
                  hearth_record_text_is_blank (approved_by) ? NULL : approved_by,
                  "manager-approved-on", approved_on,
                  NULL);
  return g_steal_pointer (&arrangement);
}

static void
started (HearthArrangementDialog *self,
         HearthArrangement       *arrangement)
{
  g_autofree char *person = record_name (HEARTH_RECORD (chosen_person (self)));
  g_autofree char *carer = record_name (HEARTH_RECORD (chosen_carer (self)));
  const char *first_review = hearth_arrangement_get_first_review_due (arrangement);
  g_autofree char *due = hearth_date_to_display (first_review);
  g_autofree char *text = NULL;
  g_autofree char *target = NULL;
  AdwToast *toast;

  if (self->page == NULL)
    return;

  /* Translators: a toast: "Alex Kim ↔ Sam Carter started; first review due 3 March 2026" */
  text = g_strdup_printf (_("%s ↔ %s started; first review due %s"), person, carer, due);
  target = g_strdup_printf ("arrangement:%" G_GINT64_FORMAT,
                            hearth_record_get_id (HEARTH_RECORD (arrangement)));
  toast = adw_toast_new (text);
  /* Shown now, ahead of any toast still waiting its turn. */
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_button_label (toast, _("_Show"));
  adw_toast_set_action_target_value (toast, g_variant_new_string (target));
  adw_toast_set_action_name (toast, "win.show-record");
  hearth_page_add_toast (self->page, toast);
}

static void
start_action (GtkWidget  *widget,
              const char *action,
              GVariant   *parameter)
{
  HearthArrangementDialog *self = HEARTH_ARRANGEMENT_DIALOG (widget);
  g_autoptr(HearthArrangement) arrangement = NULL;
  g_autoptr(GError) error = NULL;

  arrangement = build_arrangement (self, &error);
  if (arrangement == NULL ||
      !hearth_scheme_start_arrangement (self->scheme, arrangement, &error))
    {
      /* The dialog stays open with everything typed: only the reason is added. */
      show_error (self, error->message);
      return;
    }

  show_error (self, NULL);
  started (self, arrangement);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
hearth_arrangement_dialog_dispose (GObject *object)
{
  HearthArrangementDialog *self = HEARTH_ARRANGEMENT_DIALOG (object);

  g_clear_weak_pointer (&self->page);
  g_clear_object (&self->people_shown);
  g_clear_object (&self->carers_shown);
  g_clear_object (&self->people);
  g_clear_object (&self->carers);
  g_clear_object (&self->trial);
  g_clear_object (&self->scheme);
  g_clear_pointer (&self->planned_end, g_free);

  G_OBJECT_CLASS (hearth_arrangement_dialog_parent_class)->dispose (object);
}

static void
hearth_arrangement_dialog_class_init (HearthArrangementDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_arrangement_dialog_dispose;

  g_type_ensure (HEARTH_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, HEARTH_RESOURCE_PATH
                                               "/ui/arrangements/hearth-arrangement-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementDialog, person_row);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementDialog, person_combo);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementDialog, carer_row);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementDialog, carer_combo);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementDialog, places_row);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementDialog, type_row);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementDialog, type_combo);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementDialog, start_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementDialog, planned_end_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementDialog, meeting_row);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementDialog, review_row);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementDialog, approval_group);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementDialog, approved_by_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementDialog, approved_on_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementDialog, funding_combo);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementDialog, fee_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementDialog, nights_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementDialog, days_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementDialog, start_button);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementDialog, scroller);

  gtk_widget_class_install_action (widget_class, "arrangement.start", NULL, start_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "arrangement.start", NULL);
}

static GtkStringList *
labels_of (HearthValueSet set)
{
  guint n;
  const HearthValue *values = hearth_values_get (set, &n);
  GtkStringList *labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (labels, _(values[i].label));
  return labels;
}

static void
hearth_arrangement_dialog_init (HearthArrangementDialog *self)
{
  g_autoptr(GtkStringList) types = labels_of (HEARTH_VALUES_ARRANGEMENT_TYPE);
  g_autoptr(GtkStringList) routes = labels_of (HEARTH_VALUES_FUNDING_ROUTE);

  gtk_widget_init_template (GTK_WIDGET (self));
  adw_combo_row_set_model (self->type_combo, G_LIST_MODEL (types));
  adw_combo_row_set_model (self->funding_combo, G_LIST_MODEL (routes));
  gtk_window_set_default_widget (GTK_WINDOW (self), self->start_button);
}

/* GTK 4.8 speaks a combo row's list of choices by its class name: it takes the row's. */
static void
name_choice_lists (GtkWidget  *widget,
                   const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_VIEW (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        name, -1);
      name_choice_lists (child, name);
    }
}

static void
name_combo_rows (HearthArrangementDialog *self)
{
  AdwComboRow *combos[] = {
    self->person_combo, self->carer_combo, self->type_combo, self->funding_combo,
  };

  for (guint i = 0; i < G_N_ELEMENTS (combos); i++)
    name_choice_lists (GTK_WIDGET (combos[i]),
                       adw_preferences_row_get_title (ADW_PREFERENCES_ROW (combos[i])));
}

static gboolean
can_be_placed (gpointer item,
               gpointer data)
{
  HearthPerson *person = item;

  return !hearth_record_is_archived (HEARTH_RECORD (person)) &&
         g_strcmp0 (hearth_person_get_status (person), "closed") != 0;
}

static gboolean
takes_emergencies (gpointer item,
                   gpointer data)
{
  HearthCarer *carer = item;

  return !hearth_record_is_archived (HEARTH_RECORD (carer)) &&
         g_strcmp0 (hearth_carer_get_stage (carer), "approved") == 0 &&
         hearth_carer_get_approved_emergency (carer);
}

/* @records, filtered, by name. */
static GListModel *
choices_of (HearthRecordList *records,
            GtkCustomFilterFunc keep)
{
  GtkExpression *name = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                     G_CALLBACK (name_of_item), NULL, NULL);
  GtkFilterListModel *filtered;

  filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (records)),
                                        GTK_FILTER (gtk_custom_filter_new (keep, NULL, NULL)));
  return G_LIST_MODEL (gtk_sort_list_model_new (G_LIST_MODEL (filtered),
                                                GTK_SORTER (gtk_string_sorter_new (name))));
}

static void
set_up_combo (AdwComboRow *combo,
              GListModel  *model)
{
  g_autoptr(GtkExpression) name = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                                G_CALLBACK (name_of_item), NULL,
                                                                NULL);

  adw_combo_row_set_expression (combo, name);
  adw_combo_row_set_model (combo, model);
}

static gboolean
is_waiting (HearthArrangementDialog *self,
            HearthRecord            *record)
{
  const char *status = hearth_person_get_status (HEARTH_PERSON (record));

  return g_strcmp0 (status, "matching") == 0 || g_strcmp0 (status, "referred") == 0;
}

static gboolean
has_place_today (HearthArrangementDialog *self,
                 HearthRecord            *record)
{
  g_autofree char *today = hearth_date_today ();
  int at_once = hearth_scheme_count_people_at_once (self->scheme, hearth_record_get_id (record),
                                                    today, NULL, NULL);

  return at_once >= 0 && (guint) at_once < hearth_carer_get_capacity (HEARTH_CARER (record));
}

/* The first choice is the likeliest one: someone waiting, a carer with a place free. */
static void
select_first (HearthArrangementDialog *self,
              AdwComboRow             *combo,
              gboolean               (*likely) (HearthArrangementDialog *, HearthRecord *))
{
  GListModel *model = adw_combo_row_get_model (combo);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HearthRecord) record = g_list_model_get_item (model, i);

      if (likely (self, record))
        {
          adw_combo_row_set_selected (combo, i);
          return;
        }
    }
}

static void
set_up_emergency (HearthArrangementDialog *self)
{
  HearthSchemeDetails *details = hearth_scheme_get_details (self->scheme);
  g_autofree char *intro = NULL;
  g_autofree char *today = hearth_date_today ();

  adw_window_title_set_title (self->window_title, _("Emergency Arrangement"));
  gtk_window_set_title (GTK_WINDOW (self), _("Emergency Arrangement"));
  intro = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "An emergency placement is made with a carer approved and "
                                        "trained for emergencies, with the registered manager’s "
                                        "approval. It lasts at most %d month, and a planning "
                                        "meeting is held within %d working days.",
                                        "An emergency placement is made with a carer approved and "
                                        "trained for emergencies, with the registered manager’s "
                                        "approval. It lasts at most %d months, and a planning "
                                        "meeting is held within %d working days.",
                                        hearth_scheme_details_get_emergency_max_months (details)),
                           (int) hearth_scheme_details_get_emergency_max_months (details),
                           (int) hearth_scheme_details_get_emergency_planning_days (details));
  gtk_label_set_text (self->intro_label, intro);

  self->people_shown = choices_of (self->people, can_be_placed);
  self->carers_shown = choices_of (self->carers, takes_emergencies);
  set_up_combo (self->person_combo, self->people_shown);
  set_up_combo (self->carer_combo, self->carers_shown);
  select_first (self, self->person_combo, is_waiting);
  select_first (self, self->carer_combo, has_place_today);
  gtk_widget_set_visible (GTK_WIDGET (self->person_row), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->carer_row), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->type_row), FALSE);
  hearth_date_row_set_date (self->approved_on_entry, today);

  g_signal_connect_object (self->person_combo, "notify::selected",
                           G_CALLBACK (person_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->carer_combo, "notify::selected",
                           G_CALLBACK (carer_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
set_up_from_trial (HearthArrangementDialog *self)
{
  g_autofree char *person = record_name (HEARTH_RECORD (chosen_person (self)));
  g_autofree char *carer = record_name (HEARTH_RECORD (chosen_carer (self)));

  adw_window_title_set_title (self->window_title, _("Start Arrangement"));
  adw_window_title_set_subtitle (self->window_title, _("From an agreed trial"));
  gtk_label_set_text (self->intro_label, _("The person and the carer both said yes at the end "
                                           "of their trial. Set the terms of the arrangement."));
  set_row_value (self->person_row, person);
  set_row_value (self->carer_row, carer);
  set_row_value (self->type_row,
                 hearth_values_label (HEARTH_VALUES_ARRANGEMENT_TYPE,
                                      hearth_trial_get_arrangement_type (self->trial)));
  gtk_widget_set_visible (GTK_WIDGET (self->person_combo), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->carer_combo), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->type_combo), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->planned_end_entry), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->meeting_row), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->approval_group), FALSE);
}

static void
set_manager_hint (HearthArrangementDialog *self)
{
  HearthSchemeDetails *details = hearth_scheme_get_details (self->scheme);
  gint64 id = details != NULL ? hearth_scheme_details_get_registered_manager_id (details) : 0;
  g_autoptr(HearthRecord) manager = NULL;
  g_autofree char *hint = NULL;

  if (id != 0)
    manager = hearth_scheme_load (self->scheme, HEARTH_TYPE_STAFF, id, NULL);
  if (manager != NULL)
    hint = g_strdup_printf (_("Required. The scheme’s registered manager is %s."),
                            hearth_staff_get_name (HEARTH_STAFF (manager)));
  adw_preferences_group_set_description (self->approval_group,
                                         hint != NULL ? hint : _("Required: who approved this "
                                                                 "placement, and when."));
}

/**
 * hearth_arrangement_dialog_present:
 * @parent: a widget in the window the dialog belongs to
 * @scheme: the scheme to start the arrangement in
 * @trial: (nullable): the agreed trial the arrangement follows, or %NULL for an emergency
 *   arrangement
 *
 * Opens the Start Arrangement dialog, modal to @parent's window.
 */
void
hearth_arrangement_dialog_present (GtkWidget    *parent,
                                   HearthScheme *scheme,
                                   HearthTrial  *trial)
{
  HearthArrangementDialog *self;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = hearth_date_today ();
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (HEARTH_IS_SCHEME (scheme));
  g_return_if_fail (trial == NULL || HEARTH_IS_TRIAL (trial));

  self = g_object_new (HEARTH_TYPE_ARRANGEMENT_DIALOG, NULL);
  self->scheme = g_object_ref (scheme);
  self->trial = trial != NULL ? HEARTH_TRIAL (hearth_record_copy (HEARTH_RECORD (trial))) : NULL;
  g_set_weak_pointer (&self->page, HEARTH_IS_PAGE (parent) ? HEARTH_PAGE (parent)
                      : (HearthPage *) gtk_widget_get_ancestor (parent, HEARTH_TYPE_PAGE));
  hearth_review_policy_init_for_scheme (&self->policy, scheme);
  self->people = hearth_record_list_get_shared (scheme, HEARTH_TYPE_PERSON, &error);
  if (self->people != NULL)
    self->carers = hearth_record_list_get_shared (scheme, HEARTH_TYPE_CARER, &error);

  root = gtk_widget_get_root (parent);
  if (GTK_IS_WINDOW (root))
    {
      int width = gtk_widget_get_width (GTK_WIDGET (root));

      gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (root));
      /* Never wider than a narrow window it belongs to. */
      if (width > 0 && width < 560)
        gtk_window_set_default_size (GTK_WINDOW (self), MAX (width, 360), 720);
    }

  if (self->carers == NULL)
    {
      if (self->page != NULL)
        hearth_page_add_toast (self->page, adw_toast_new (error->message));
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  if (trial != NULL)
    set_up_from_trial (self);
  else
    set_up_emergency (self);
  set_manager_hint (self);

  g_signal_connect_object (self->start_entry, "changed", G_CALLBACK (start_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->type_combo, "notify::selected", G_CALLBACK (update_type_fields),
                           self, G_CONNECT_SWAPPED);
  hearth_date_row_set_date (self->start_entry, today);
  person_changed_cb (self);
  carer_changed_cb (self);
  update_type_fields (self);
  update_dates (self);

  hearth_name_composite_rows (GTK_WIDGET (self));
  name_combo_rows (self);
  hearth_name_mnemonic_buttons (GTK_WIDGET (self));
  gtk_window_present (GTK_WINDOW (self));
  /* The keyboard starts where the typing does, not on Cancel, which Enter would press: for an
   * agreed trial the fee, the one term not known yet; for an emergency, who it is for. */
  gtk_widget_grab_focus (trial != NULL ? GTK_WIDGET (self->fee_entry)
                                       : GTK_WIDGET (self->person_combo));
}
