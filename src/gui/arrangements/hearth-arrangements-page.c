/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-arrangements-page.c: the Arrangements view. A live list of the scheme's
 * arrangements (filtered, sorted, current first) beside a read-only pane for the one chosen,
 * in a leaflet of their own; narrow, the pane slides over the list. */

#define G_LOG_DOMAIN "hearth-arrangements-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hearth-arrangement-dialog.h"
#include "hearth-arrangement-row.h"
#include "hearth-arrangements-page.h"
#include "hearth-end-arrangement-dialog.h"
#include "hearth-gui-util.h"
#include "hearth-search-filter.h"

struct _HearthArrangementsPage
{
  HearthPage          parent_instance;

  HearthRecordList   *arrangements;
  HearthRecordList   *people;
  HearthRecordList   *carers;
  HearthRecordList   *reviews;
  GHashTable         *next_reviews; /* arrangement id → its earliest review not yet held */
  GtkCustomFilter    *filter;       /* the drop-downs and the emergency toggle */
  HearthSearchFilter *search;
  GtkCustomSorter    *sorter;
  HearthRowPool      *rows;
  GtkSingleSelection *selection;
  HearthReviewPolicy  policy;
  GHashTable         *names;        /* "carer:ID" → the name its rows show */
  GHashTable         *folded;       /* a person's id × 2, a carer's × 2 + 1 → the name folded */
  gint64              shown_id;     /* the arrangement in the pane, or 0 */

  AdwLeaflet         *leaflet;
  GtkWidget          *list_box;
  GtkWidget          *detail_box;
  AdwWindowTitle     *list_title;
  AdwWindowTitle     *detail_title;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *state_dropdown;
  GtkDropDown        *type_dropdown;
  GtkToggleButton    *emergency_toggle;
  GtkStack           *list_stack;
  GtkListView        *list_view;
  AdwStatusPage      *empty_status;
  GtkStack           *detail_stack;
  GtkBox             *detail_groups;
  GtkWidget          *end_button;
  GtkWidget          *detail_back_button;
};

G_DEFINE_FINAL_TYPE (HearthArrangementsPage, hearth_arrangements_page, HEARTH_TYPE_PAGE)

/* The state filter's choices, in the drop-down's order. */
static const struct {
  const char *name;
  const char *label;
} states[] = {
  { "current", N_("Current") },
  { "ended", N_("Ended") },
  { "all", N_("Current and ended") },
};

static gboolean
is_current (HearthArrangement *arrangement)
{
  return hearth_arrangement_get_end_date (arrangement) == NULL;
}

static char *
dup_name (HearthRecordList *records,
          gint64            id)
{
  HearthRecord *record = hearth_record_list_find (records, id);

  if (HEARTH_IS_PERSON (record))
    return hearth_person_dup_display_name (HEARTH_PERSON (record));
  if (HEARTH_IS_CARER (record))
    return hearth_carer_dup_display_name (HEARTH_CARER (record));
  return g_strdup (_("Unknown"));
}

/* "Alex Kim ↔ Sam Carter" */
static char *
dup_title (HearthArrangementsPage *self,
           HearthArrangement      *arrangement)
{
  g_autofree char *person = dup_name (self->people, hearth_arrangement_get_person_id (arrangement));
  g_autofree char *carer = dup_name (self->carers, hearth_arrangement_get_carer_id (arrangement));

  /* Translators: a person and the carer who supports them */
  return g_strdup_printf (_("%s ↔ %s"), person, carer);
}

/* "Short breaks, 24 nights a year", "Day support, Mondays", "Long-term" */
static char *
dup_type_text (HearthArrangement *arrangement)
{
  const char *type = hearth_arrangement_get_arrangement_type (arrangement);
  const char *label = hearth_values_label (HEARTH_VALUES_ARRANGEMENT_TYPE, type);
  gint64 nights = hearth_arrangement_get_nights_agreed (arrangement);
  const char *days = hearth_arrangement_get_days_agreed (arrangement);

  if (g_strcmp0 (type, "short-breaks") == 0 && nights > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %d night a year",
                                         "%s, %d nights a year", (gulong) nights),
                            label, (int) nights);
  if (g_strcmp0 (type, "day-support") == 0 && !hearth_record_text_is_blank (days))
    /* Translators: the type of arrangement and the days agreed, "Day support, Mondays" */
    return g_strdup_printf (_("%s, %s"), label, days);
  return g_strdup (label);
}

static char *
dup_fee_text (HearthArrangement *arrangement)
{
  gint64 pence = hearth_arrangement_get_weekly_fee_pence (arrangement);
  g_autofree char *fee = hearth_money_format (pence);

  /* Translators: a weekly fee, "£650.00 a week" */
  return g_strdup_printf (_("%s a week"), fee);
}

/* Days from today to the end of an emergency placement's limit; negative once past it. */
static int
emergency_days_left (HearthArrangementsPage *self,
                     HearthArrangement      *arrangement)
{
  g_autofree char *today = hearth_date_today ();
  const char *start = hearth_arrangement_get_start_date (arrangement);
  g_autofree char *limit = hearth_review_policy_emergency_limit (&self->policy, start);

  return hearth_date_days_between (today, limit);
}

static char *
dup_emergency_text (HearthArrangementsPage *self,
                    HearthArrangement      *arrangement)
{
  int left;

  if (!is_current (arrangement))
    return g_strdup (_("Emergency"));

  left = emergency_days_left (self, arrangement);
  if (left < 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Emergency, %d day past its limit",
                                         "Emergency, %d days past its limit", (gulong) -left),
                            -left);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Emergency, %d day left of its limit",
                                       "Emergency, %d days left of its limit", (gulong) left),
                          left);
}

static void
find_next_reviews (HearthArrangementsPage *self)
{
  GListModel *reviews = G_LIST_MODEL (self->reviews);

  self->next_reviews = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(HearthReview) review = g_list_model_get_item (reviews, i);
      gint64 id = hearth_review_get_arrangement_id (review);
      HearthReview *next;

      if (id == 0 || hearth_review_get_held_on (review) != NULL)
        continue;
      next = g_hash_table_lookup (self->next_reviews, &id);
      if (next == NULL ||
          g_strcmp0 (hearth_review_get_due_on (review), hearth_review_get_due_on (next)) < 0)
        g_hash_table_replace (self->next_reviews, g_memdup2 (&id, sizeof id),
                              g_object_ref (review));
    }
}

/* "First review due 3 March 2026", "Review overdue since ...": what is next for a current
 * arrangement, and whether it is late. */
static char *
dup_review_text (HearthArrangementsPage *self,
                 HearthArrangement      *arrangement,
                 gboolean               *overdue)
{
  gint64 id = hearth_record_get_id (HEARTH_RECORD (arrangement));
  g_autofree char *today = hearth_date_today ();
  g_autofree char *shown = NULL;
  HearthReview *next;
  const char *due;
  gboolean first;

  *overdue = FALSE;
  if (!is_current (arrangement))
    return NULL;

  if (self->next_reviews == NULL)
    find_next_reviews (self);
  next = g_hash_table_lookup (self->next_reviews, &id);
  if (next == NULL)
    return NULL;

  due = hearth_review_get_due_on (next);
  shown = hearth_date_to_display (due);
  first = g_strcmp0 (due, hearth_arrangement_get_first_review_due (arrangement)) == 0;
  *overdue = g_strcmp0 (due, today) < 0;
  if (*overdue)
    return g_strdup_printf (first ? _("First review overdue since %s")
                                  : _("Review overdue since %s"), shown);
  return g_strdup_printf (first ? _("First review due %s") : _("Next review due %s"), shown);
}

/* How a screen reader speaks a row: "Person ↔ Carer, type, since DATE[, emergency]". */
static char *
dup_spoken (HearthArrangementsPage *self,
            HearthArrangement      *arrangement)
{
  g_autofree char *title = dup_title (self, arrangement);
  g_autofree char *type = dup_type_text (arrangement);
  g_autofree char *since = hearth_date_to_display (hearth_arrangement_get_start_date (arrangement));
  g_autofree char *ended = hearth_date_to_display (hearth_arrangement_get_end_date (arrangement));
  GString *text = g_string_new (NULL);

  /* Translators: spoken for a row: "Alex Kim ↔ Sam Carter, Long-term, since 3 March 2026" */
  g_string_printf (text, _("%s, %s, since %s"), title, type, since);
  if (hearth_arrangement_get_emergency (arrangement))
    g_string_append (text, _(", emergency"));
  if (!is_current (arrangement))
    g_string_append_printf (text, _(", ended %s"), ended);
  return g_string_free (text, FALSE);
}

/* Filtering and sorting */

/* The name a row shows, casefolded once rather than at every key typed. */
static const char *
folded_name (HearthArrangementsPage *self,
             HearthRecordList       *records,
             gint64                  id)
{
  gint64 key = id * 2 + (records == self->carers);
  char *folded = g_hash_table_lookup (self->folded, &key);

  if (folded == NULL)
    {
      g_autofree char *name = dup_name (records, id);

      folded = g_utf8_casefold (name, -1);
      g_hash_table_insert (self->folded, g_memdup2 (&key, sizeof key), folded);
    }
  return folded;
}

static gboolean
name_matches (gpointer    item,
              const char *needle,
              gpointer    data)
{
  HearthArrangementsPage *self = data;
  HearthArrangement *arrangement = item;

  return strstr (folded_name (self, self->people, hearth_arrangement_get_person_id (arrangement)),
                 needle) != NULL ||
         strstr (folded_name (self, self->carers, hearth_arrangement_get_carer_id (arrangement)),
                 needle) != NULL;
}

static gboolean
arrangement_shown (gpointer item,
                   gpointer data)
{
  HearthArrangementsPage *self = data;
  HearthArrangement *arrangement = item;
  guint state = gtk_drop_down_get_selected (self->state_dropdown);
  guint type = gtk_drop_down_get_selected (self->type_dropdown);
  guint n_types;
  const HearthValue *types = hearth_values_get (HEARTH_VALUES_ARRANGEMENT_TYPE, &n_types);

  if (state < G_N_ELEMENTS (states) &&
      ((g_str_equal (states[state].name, "current") && !is_current (arrangement)) ||
       (g_str_equal (states[state].name, "ended") && is_current (arrangement))))
    return FALSE;

  /* The first type choice is every type. */
  if (type > 0 && type <= n_types &&
      g_strcmp0 (hearth_arrangement_get_arrangement_type (arrangement), types[type - 1].value) != 0)
    return FALSE;

  return !gtk_toggle_button_get_active (self->emergency_toggle) ||
         hearth_arrangement_get_emergency (arrangement);
}

/* Current first, the newest start first; then ended ones, the latest end first. */
static int
compare_arrangements (gconstpointer a,
                      gconstpointer b,
                      gpointer      data)
{
  HearthArrangement *x = HEARTH_ARRANGEMENT ((gpointer) a);
  HearthArrangement *y = HEARTH_ARRANGEMENT ((gpointer) b);
  int by_date;

  if (is_current (x) != is_current (y))
    return is_current (x) ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;

  by_date = is_current (x)
    ? g_strcmp0 (hearth_arrangement_get_start_date (y), hearth_arrangement_get_start_date (x))
    : g_strcmp0 (hearth_arrangement_get_end_date (y), hearth_arrangement_get_end_date (x));
  if (by_date != 0)
    return by_date < 0 ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;

  /* The same day: the one recorded last first. */
  return hearth_record_get_id (HEARTH_RECORD (x)) > hearth_record_get_id (HEARTH_RECORD (y))
         ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
}

/* The list's rows */

/* Words a row: the row calls this whenever it shows another arrangement. */
static void
describe_row (HearthArrangement     *arrangement,
              HearthArrangementText *text,
              gpointer               data)
{
  HearthArrangementsPage *self = data;
  g_autofree char *type = dup_type_text (arrangement);
  g_autofree char *since = hearth_date_to_display (hearth_arrangement_get_start_date (arrangement));
  g_autofree char *ended = hearth_date_to_display (hearth_arrangement_get_end_date (arrangement));
  g_autofree char *fee = dup_fee_text (arrangement);
  const char *route = hearth_arrangement_get_funding_route (arrangement);

  text->title = dup_title (self, arrangement);
  /* Translators: "Long-term, since 3 March 2026" */
  text->line = is_current (arrangement) ? g_strdup_printf (_("%s, since %s"), type, since)
  /* Translators: "Long-term, 3 March 2026 to 5 May 2026" */
                                        : g_strdup_printf (_("%s, %s to %s"), type, since, ended);
  /* Translators: the weekly fee and the funding route, "£650.00 a week · Council social care" */
  text->terms = g_strdup_printf (_("%s · %s"), fee,
                                 hearth_values_label (HEARTH_VALUES_FUNDING_ROUTE, route));
  if (hearth_arrangement_get_emergency (arrangement))
    text->emergency = dup_emergency_text (self, arrangement);
  text->review = dup_review_text (self, arrangement, &text->overdue);
  text->spoken = dup_spoken (self, arrangement);
}

static GtkWidget *
new_row (gpointer data)
{
  return hearth_arrangement_row_new (describe_row, data);
}

/* The row, from the page's pool, follows its list item's arrangement; nothing is looked up
 * again on binding. */
static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HearthArrangementsPage   *self)
{
  GtkWidget *row = hearth_row_pool_take (self->rows);

  gtk_list_item_set_child (item, row);
  g_object_bind_property (item, "item", row, "item", G_BINDING_SYNC_CREATE);
}

/* The detail pane */

static GtkWidget *
group_new (HearthArrangementsPage *self,
           const char             *name,
           const char             *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  gtk_widget_set_name (group, name);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (self->detail_groups, group);
  return group;
}

static GtkWidget *
add_value (GtkWidget  *group,
           const char *name,
           const char *title,
           const char *value)
{
  GtkWidget *row = adw_action_row_new ();

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value != NULL ? value : "");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

static void
add_date (GtkWidget  *group,
          const char *name,
          const char *title,
          const char *iso)
{
  g_autofree char *shown = hearth_date_to_display (iso);

  if (iso != NULL)
    add_value (group, name, title, shown);
}

/* A row that opens another record, through `win.show-record`. */
static void
add_link (GtkWidget  *group,
          const char *name,
          const char *title,
          const char *value,
          const char *table,
          gint64      id)
{
  GtkWidget *row = add_value (group, name, title, value);
  g_autofree char *target = g_strdup_printf ("%s:%" G_GINT64_FORMAT, table, id);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_string (target));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-record");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
}

static void
add_people_group (HearthArrangementsPage *self,
                  HearthArrangement      *arrangement)
{
  gint64 person_id = hearth_arrangement_get_person_id (arrangement);
  gint64 carer_id = hearth_arrangement_get_carer_id (arrangement);
  gint64 trial_id = hearth_arrangement_get_trial_id (arrangement);
  g_autofree char *person = dup_name (self->people, person_id);
  g_autofree char *carer = dup_name (self->carers, carer_id);
  GtkWidget *group = group_new (self, "people", _("People"));

  add_link (group, "person", _("Person"), person, "person", person_id);
  add_link (group, "carer", _("Carer"), carer, "carer", carer_id);
  if (trial_id != 0)
    add_link (group, "trial", _("Trial"), _("The trial this arrangement followed"), "trial",
              trial_id);
  else
    add_value (group, "trial", _("Trial"), _("None: an emergency placement"));
}

static void
add_terms_group (HearthArrangementsPage *self,
                 HearthArrangement      *arrangement)
{
  g_autofree char *type = dup_type_text (arrangement);
  g_autofree char *fee = dup_fee_text (arrangement);
  GtkWidget *group = group_new (self, "terms", _("Arrangement"));
  const char *reason = hearth_arrangement_get_end_reason (arrangement);

  add_value (group, "type", _("Type"), type);
  add_date (group, "start-date", _("Started"), hearth_arrangement_get_start_date (arrangement));
  add_date (group, "end-date", _("Ended"), hearth_arrangement_get_end_date (arrangement));
  if (reason != NULL)
    add_value (group, "end-reason", _("Why it ended"),
               hearth_values_label (HEARTH_VALUES_END_REASON, reason));
  if (!hearth_record_text_is_blank (hearth_arrangement_get_end_note (arrangement)))
    add_value (group, "end-note", _("Note"), hearth_arrangement_get_end_note (arrangement));
  add_value (group, "funding-route", _("Funding route"),
             hearth_values_label (HEARTH_VALUES_FUNDING_ROUTE,
                                  hearth_arrangement_get_funding_route (arrangement)));
  add_value (group, "weekly-fee", _("Weekly fee"), fee);
}

static void
add_emergency_group (HearthArrangementsPage *self,
                     HearthArrangement      *arrangement)
{
  g_autofree char *limit = NULL;
  GtkWidget *group;

  if (!hearth_arrangement_get_emergency (arrangement))
    return;

  group = group_new (self, "emergency", _("Emergency Placement"));
  add_value (group, "approved-by", _("Approved by the registered manager"),
             hearth_arrangement_get_manager_approved_by (arrangement));
  add_date (group, "approved-on", _("Approved on"),
            hearth_arrangement_get_manager_approved_on (arrangement));
  add_date (group, "planning-meeting", _("Planning meeting due by"),
            hearth_arrangement_get_planning_meeting_due (arrangement));
  add_date (group, "planned-end", _("Planned end"),
            hearth_arrangement_get_planned_end (arrangement));
  if (is_current (arrangement))
    {
      limit = dup_emergency_text (self, arrangement);
      add_value (group, "limit", _("Limit"), limit);
    }
}

static int
compare_due (gconstpointer a,
             gconstpointer b)
{
  HearthReview *x = *(HearthReview **) a;
  HearthReview *y = *(HearthReview **) b;

  return g_strcmp0 (hearth_review_get_due_on (x), hearth_review_get_due_on (y));
}

static void
add_reviews_group (HearthArrangementsPage *self,
                   HearthArrangement      *arrangement)
{
  HearthScheme *scheme = hearth_page_get_scheme (HEARTH_PAGE (self));
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = hearth_date_today ();
  GtkWidget *group = group_new (self, "reviews", _("Reviews"));
  const char *end = hearth_arrangement_get_end_date (arrangement);

  reviews = hearth_scheme_load_related (scheme, HEARTH_TYPE_REVIEW, "arrangement-id",
                                        hearth_record_get_id (HEARTH_RECORD (arrangement)), &error);
  if (reviews == NULL)
    {
      add_value (group, "reviews-error", _("The reviews could not be read"), error->message);
      return;
    }

  if (reviews->len == 0)
    add_date (group, "first-review", _("First review due"),
              hearth_arrangement_get_first_review_due (arrangement));
  g_ptr_array_sort (reviews, compare_due);
  for (guint i = 0; i < reviews->len; i++)
    {
      HearthReview *review = g_ptr_array_index (reviews, i);
      HearthReviewState state = hearth_review_state (review, end, today);
      const char *held = hearth_review_get_held_on (review);
      g_autofree char *date = hearth_date_to_display (held != NULL ? held
                                                      : hearth_review_get_due_on (review));
      g_autofree char *title = held != NULL ? g_strdup_printf (_("Held on %s"), date)
                                            : g_strdup_printf (_("Due on %s"), date);

      add_link (group, "review", title, hearth_review_state_label (state), "review",
                hearth_record_get_id (HEARTH_RECORD (review)));
    }
}

static HearthArrangement *
shown_arrangement (HearthArrangementsPage *self)
{
  if (self->shown_id == 0)
    return NULL;
  return HEARTH_ARRANGEMENT (hearth_record_list_find (self->arrangements, self->shown_id));
}

static void
update_actions (HearthArrangementsPage *self)
{
  HearthArrangement *arrangement = shown_arrangement (self);
  gboolean writable = !hearth_scheme_get_read_only (hearth_page_get_scheme (HEARTH_PAGE (self)));
  gboolean can_end = writable && arrangement != NULL && is_current (arrangement);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "arrangements.end", can_end);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "arrangements.new-emergency", writable);
  gtk_widget_set_visible (self->end_button, can_end);
  gtk_widget_set_visible (self->detail_back_button, adw_leaflet_get_folded (self->leaflet));
}

static void
show_detail (HearthArrangementsPage *self)
{
  HearthArrangement *arrangement = shown_arrangement (self);
  g_autofree char *person = NULL;
  g_autofree char *carer = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->detail_groups))) != NULL)
    gtk_box_remove (self->detail_groups, child);

  if (arrangement == NULL)
    {
      self->shown_id = 0;
      adw_window_title_set_title (self->detail_title, "");
      adw_window_title_set_subtitle (self->detail_title, "");
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      update_actions (self);
      return;
    }

  /* The person leads, so a narrow header still says whose arrangement this is. */
  person = dup_name (self->people, hearth_arrangement_get_person_id (arrangement));
  carer = dup_name (self->carers, hearth_arrangement_get_carer_id (arrangement));
  /* Translators: under the person's name: "With Sam Carter, current" */
  subtitle = g_strdup_printf (is_current (arrangement) ? _("With %s, current")
                                                      : _("With %s, ended"), carer);
  adw_window_title_set_title (self->detail_title, person);
  adw_window_title_set_subtitle (self->detail_title, subtitle);
  add_people_group (self, arrangement);
  add_terms_group (self, arrangement);
  add_emergency_group (self, arrangement);
  add_reviews_group (self, arrangement);
  gtk_stack_set_visible_child_name (self->detail_stack, "detail");
  update_actions (self);
}

static void
update_count (HearthArrangementsPage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  guint all = g_list_model_get_n_items (G_LIST_MODEL (self->arrangements));
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u arrangement",
                                                         "%u arrangements", shown), shown);

  adw_window_title_set_subtitle (self->list_title, count);
  gtk_stack_set_visible_child_name (self->list_stack, shown > 0 ? "list" : "empty");
  adw_status_page_set_title (self->empty_status, all > 0 ? _("No Arrangements Match")
                                                         : _("No Arrangements Yet"));
  adw_status_page_set_description (self->empty_status,
                                   all > 0
                                   ? _("Try other filters, or search for another name.")
                                   : _("An arrangement starts when a person and a carer both say "
                                       "yes after their trial, or as an emergency placement."));
}

/* Helpers */

static gboolean
find_position (HearthArrangementsPage *self,
               gint64                  id,
               guint                  *position)
{
  GListModel *model = G_LIST_MODEL (self->selection);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HearthRecord) item = g_list_model_get_item (model, i);

      if (hearth_record_get_id (item) == id)
        {
          *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

/* Callbacks */

static void
filters_changed_cb (HearthArrangementsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
search_changed_cb (HearthArrangementsPage *self)
{
  hearth_search_filter_set_text (self->search,
                                 gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
selected_changed_cb (HearthArrangementsPage *self)
{
  HearthArrangement *selected = gtk_single_selection_get_selected_item (self->selection);

  /* An arrangement filtered away (ended, say) stays in the pane until another is chosen. */
  if (selected == NULL)
    return;

  self->shown_id = hearth_record_get_id (HEARTH_RECORD (selected));
  show_detail (self);
  /* Only narrow: side by side, AdwLeaflet would take the focus out of the list, and the
   * arrows could not walk it. */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->detail_box);
}

/* Enter on a row chooses it, focused from the search and not selected yet, and opens it. */
static void
activated_cb (GtkListView            *list_view,
              guint                   position,
              HearthArrangementsPage *self)
{
  gtk_single_selection_set_selected (self->selection, position);
  if (self->shown_id != 0)
    adw_leaflet_set_visible_child (self->leaflet, self->detail_box);
}

/* Enter in the search opens the first arrangement found. */
static void
search_activated_cb (HearthArrangementsPage *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    activated_cb (self->list_view, 0, self);
}

/* Down from the search moves into the list, as in the other views, not to the filters below. */
static gboolean
search_key_pressed_cb (GtkEventControllerKey  *controller,
                       guint                   keyval,
                       guint                   keycode,
                       GdkModifierType         state,
                       HearthArrangementsPage *self)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) ||
      g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0)
    return GDK_EVENT_PROPAGATE;

  return gtk_widget_child_focus (GTK_WIDGET (self->list_view), GTK_DIR_TAB_FORWARD)
         ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;
}

static char *
name_key (HearthRecord *record)
{
  return g_strdup_printf ("%s:%" G_GINT64_FORMAT, hearth_record_get_table (record),
                          hearth_record_get_id (record));
}

/* Remembers @record's name; TRUE when it differs from the one remembered. */
static gboolean
remember_name (HearthArrangementsPage *self,
               HearthRecord           *record)
{
  char *name = HEARTH_IS_PERSON (record) ? hearth_person_dup_display_name (HEARTH_PERSON (record))
                                         : hearth_carer_dup_display_name (HEARTH_CARER (record));
  char *key = name_key (record);
  const char *old = g_hash_table_lookup (self->names, key);
  gboolean changed = old != NULL && g_strcmp0 (old, name) != 0;

  g_hash_table_replace (self->names, key, name);
  return changed;
}

static void
remember_names (HearthArrangementsPage *self,
                HearthRecordList       *records)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (records)); i++)
    {
      g_autoptr(HearthRecord) record = g_list_model_get_item (G_LIST_MODEL (records), i);

      remember_name (self, record);
    }
}

/* A rename shows in every row, and in the search. */
static void
names_changed (HearthArrangementsPage *self)
{
  gtk_list_view_set_model (self->list_view, NULL);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_hash_table_remove_all (self->folded);
  gtk_filter_changed (GTK_FILTER (self->search), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
record_changed_cb (HearthArrangementsPage *self,
                   HearthRecord           *record)
{
  if (HEARTH_IS_PERSON (record) || HEARTH_IS_CARER (record))
    {
      /* A person's status changes with every arrangement: only a new name is news here. */
      if (!remember_name (self, record))
        return;
      names_changed (self);
      show_detail (self);
    }
  else if (HEARTH_IS_REVIEW (record) &&
           hearth_review_get_arrangement_id (HEARTH_REVIEW (record)) != 0)
    {
      /* A review held or added changes what its arrangement's row says is next. */
      g_clear_pointer (&self->next_reviews, g_hash_table_unref);
      names_changed (self);
      if (hearth_review_get_arrangement_id (HEARTH_REVIEW (record)) == self->shown_id)
        show_detail (self);
    }
  else if (HEARTH_IS_ARRANGEMENT (record) && hearth_record_get_id (record) == self->shown_id)
    {
      guint position;

      /* Its row was replaced, and may have moved: the list keeps it chosen. */
      if (find_position (self, self->shown_id, &position))
        gtk_single_selection_set_selected (self->selection, position);
      show_detail (self);
    }
}

static void
folded_cb (HearthArrangementsPage *self)
{
  update_actions (self);
}

/* Actions */

static void
back_action (GtkWidget  *widget,
             const char *action,
             GVariant   *parameter)
{
  HearthArrangementsPage *self = HEARTH_ARRANGEMENTS_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->list_box);
}

static void
new_emergency_action (GtkWidget  *widget,
                      const char *action,
                      GVariant   *parameter)
{
  hearth_arrangement_dialog_present (widget, hearth_page_get_scheme (HEARTH_PAGE (widget)), NULL);
}

static void
end_action (GtkWidget  *widget,
            const char *action,
            GVariant   *parameter)
{
  HearthArrangementsPage *self = HEARTH_ARRANGEMENTS_PAGE (widget);
  HearthArrangement *arrangement = shown_arrangement (self);
  g_autofree char *title = NULL;

  if (arrangement == NULL || !is_current (arrangement))
    return;

  title = dup_title (self, arrangement);
  hearth_end_arrangement_dialog_present (HEARTH_PAGE (self), arrangement, title);
}

/* Overrides */

static gboolean
hearth_arrangements_page_show_record (HearthPage   *page,
                                      HearthRecord *record)
{
  HearthArrangementsPage *self = HEARTH_ARRANGEMENTS_PAGE (page);
  guint position;

  if (!HEARTH_IS_ARRANGEMENT (record))
    return FALSE;

  if (!find_position (self, hearth_record_get_id (record), &position))
    {
      /* Every arrangement can be found: the filters step aside for it. */
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_drop_down_set_selected (self->state_dropdown, G_N_ELEMENTS (states) - 1);
      gtk_drop_down_set_selected (self->type_dropdown, 0);
      gtk_toggle_button_set_active (self->emergency_toggle, FALSE);
      filters_changed_cb (self);
      search_changed_cb (self);
    }

  if (find_position (self, hearth_record_get_id (record), &position))
    {
      gtk_single_selection_set_selected (self->selection, position);
      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u",
                                  position);
    }

  self->shown_id = hearth_record_get_id (record);
  show_detail (self);
  adw_leaflet_set_visible_child (self->leaflet, self->detail_box);
  return shown_arrangement (self) != NULL;
}

static void
hearth_arrangements_page_focus_search (HearthPage *page)
{
  HearthArrangementsPage *self = HEARTH_ARRANGEMENTS_PAGE (page);

  adw_leaflet_set_visible_child (self->leaflet, self->list_box);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
hearth_arrangements_page_dispose (GObject *object)
{
  HearthArrangementsPage *self = HEARTH_ARRANGEMENTS_PAGE (object);
  HearthScheme *scheme = hearth_page_get_scheme (HEARTH_PAGE (self));

  /* Nothing the scheme says after this reaches a page half taken apart. */
  if (scheme != NULL)
    g_signal_handlers_disconnect_by_data (scheme, self);
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->arrangements);
  g_clear_object (&self->people);
  g_clear_object (&self->carers);
  g_clear_object (&self->reviews);
  g_clear_pointer (&self->next_reviews, g_hash_table_unref);
  g_clear_object (&self->search);
  g_clear_pointer (&self->rows, hearth_row_pool_free);
  g_clear_pointer (&self->names, g_hash_table_unref);
  g_clear_pointer (&self->folded, g_hash_table_unref);

  G_OBJECT_CLASS (hearth_arrangements_page_parent_class)->dispose (object);
}

static void
hearth_arrangements_page_class_init (HearthArrangementsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  HearthPageClass *page_class = HEARTH_PAGE_CLASS (klass);

  object_class->dispose = hearth_arrangements_page_dispose;
  page_class->show_record = hearth_arrangements_page_show_record;
  page_class->focus_search = hearth_arrangements_page_focus_search;

  gtk_widget_class_set_template_from_resource (widget_class, HEARTH_RESOURCE_PATH
                                               "/ui/arrangements/hearth-arrangements-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementsPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementsPage, detail_box);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementsPage, list_title);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementsPage, detail_title);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementsPage, state_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementsPage, type_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementsPage, emergency_toggle);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementsPage, empty_status);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementsPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementsPage, detail_groups);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementsPage, end_button);
  gtk_widget_class_bind_template_child (widget_class, HearthArrangementsPage, detail_back_button);

  gtk_widget_class_install_action (widget_class, "arrangements.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "arrangements.new-emergency", NULL,
                                   new_emergency_action);
  gtk_widget_class_install_action (widget_class, "arrangements.end", NULL, end_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_N, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "arrangements.new-emergency", NULL);
}

static void
fill_drop_downs (HearthArrangementsPage *self)
{
  g_autoptr(GtkStringList) state_labels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) type_labels = gtk_string_list_new (NULL);
  guint n;
  const HearthValue *types = hearth_values_get (HEARTH_VALUES_ARRANGEMENT_TYPE, &n);

  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    gtk_string_list_append (state_labels, _(states[i].label));
  gtk_string_list_append (type_labels, _("All types"));
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (type_labels, _(types[i].label));
  gtk_drop_down_set_model (self->state_dropdown, G_LIST_MODEL (state_labels));
  gtk_drop_down_set_model (self->type_dropdown, G_LIST_MODEL (type_labels));
  hearth_drop_down_set_name (self->state_dropdown, _("Current or ended"));
  hearth_drop_down_set_name (self->type_dropdown, _("Type of arrangement"));
}

static void
hearth_arrangements_page_init (HearthArrangementsPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->folded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->rows = hearth_row_pool_new (new_row, self);
  self->search = hearth_search_filter_new (name_matches, self);
  fill_drop_downs (self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb),
                            self);
  g_signal_connect_swapped (self->state_dropdown, "notify::selected",
                            G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->type_dropdown, "notify::selected",
                            G_CALLBACK (filters_changed_cb), self);
  g_signal_connect_swapped (self->emergency_toggle, "toggled", G_CALLBACK (filters_changed_cb),
                            self);
  g_signal_connect_swapped (self->search_entry, "activate", G_CALLBACK (search_activated_cb),
                            self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (activated_cb), self);
  g_signal_connect_swapped (self->leaflet, "notify::folded", G_CALLBACK (folded_cb), self);
}

/* The live list under the view: every arrangement, filtered, sorted, one chosen. */
static void
set_up_list (HearthArrangementsPage *self)
{
  GtkSortListModel *sorted;
  GtkFilterListModel *filtered;
  GtkEveryFilter *both = gtk_every_filter_new ();

  self->filter = gtk_custom_filter_new (arrangement_shown, self, NULL);
  self->sorter = gtk_custom_sorter_new (compare_arrangements, NULL, NULL);
  gtk_multi_filter_append (GTK_MULTI_FILTER (both), GTK_FILTER (self->filter));
  gtk_multi_filter_append (GTK_MULTI_FILTER (both), GTK_FILTER (g_object_ref (self->search)));
  /* Sorted once, then filtered: a key typed re-tests rows and sorts nothing. */
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->arrangements)),
                                    GTK_SORTER (self->sorter));
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (sorted), GTK_FILTER (both));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (filtered));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (update_count), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selected_changed_cb), self, G_CONNECT_SWAPPED);
  filters_changed_cb (self);
  search_changed_cb (self);
  update_count (self);
}

/**
 * hearth_arrangements_page_new:
 *
 * Returns: (transfer floating): the Arrangements view of @scheme, or %NULL when its lists
 *   cannot be read
 */
HearthPage *
hearth_arrangements_page_new (HearthScheme  *scheme,
                              GError       **error)
{
  g_autoptr(HearthRecordList) arrangements = NULL;
  g_autoptr(HearthRecordList) people = NULL;
  g_autoptr(HearthRecordList) carers = NULL;
  g_autoptr(HearthRecordList) reviews = NULL;
  HearthArrangementsPage *self;

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);

  if (!(arrangements = hearth_record_list_get_shared (scheme, HEARTH_TYPE_ARRANGEMENT,
                                                      error)) ||
      !(people = hearth_record_list_get_shared (scheme, HEARTH_TYPE_PERSON, error)) ||
      !(carers = hearth_record_list_get_shared (scheme, HEARTH_TYPE_CARER, error)) ||
      !(reviews = hearth_record_list_get_shared (scheme, HEARTH_TYPE_REVIEW, error)))
    return NULL;

  self = g_object_new (HEARTH_TYPE_ARRANGEMENTS_PAGE, "scheme", scheme, NULL);
  self->arrangements = g_steal_pointer (&arrangements);
  self->people = g_steal_pointer (&people);
  self->carers = g_steal_pointer (&carers);
  self->reviews = g_steal_pointer (&reviews);
  hearth_review_policy_init_for_scheme (&self->policy, scheme);
  remember_names (self, self->people);
  remember_names (self, self->carers);
  set_up_list (self);

  /* Connected after the lists were, so they are up to date when these run. */
  g_signal_connect_object (scheme, "record-changed", G_CALLBACK (record_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (scheme, "record-added", G_CALLBACK (record_changed_cb), self,
                           G_CONNECT_SWAPPED);
  show_detail (self);
  return HEARTH_PAGE (self);
}

/**
 * hearth_arrangements_page_get_shown:
 *
 * Returns: (transfer none): the arrangements listed, in order
 */
GListModel *
hearth_arrangements_page_get_shown (HearthArrangementsPage *self)
{
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENTS_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/**
 * hearth_arrangements_page_get_selected:
 *
 * Returns: (transfer none) (nullable): the arrangement shown in the pane
 */
HearthArrangement *
hearth_arrangements_page_get_selected (HearthArrangementsPage *self)
{
  g_return_val_if_fail (HEARTH_IS_ARRANGEMENTS_PAGE (self), NULL);

  return shown_arrangement (self);
}
