/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-record-view.c: a searched, filtered and sorted view of a HearthRecordList.
 *
 * The whole list is kept sorted (rebuilt only when a record or the sort order changes), so
 * a keystroke in the search costs one pass over it and no sorting. Each change is announced
 * as one items-changed covering exactly the rows between the first and the last that
 * differ, so a list view keeps its scroll position and its selection. */

#define G_LOG_DOMAIN "hearth-record-view"

#include "config.h"

#include <string.h>

#include "hearth-carer.h"
#include "hearth-date.h"
#include "hearth-pen-portrait.h"
#include "hearth-person.h"
#include "hearth-record-view.h"
#include "hearth-rules.h"
#include "hearth-values.h"
#include "hearth-workflows.h"

typedef struct
{
  HearthRecord *record;
  char         *key;
  gint64        id;        /* kept here, so a keystroke reads no properties */
  gboolean      archived;
} Entry;

struct _HearthRecordView
{
  GObject           parent_instance;

  HearthRecordList *records;
  gboolean          people;

  GArray           *sorted;       /* Entry, the whole list in the chosen order */
  gboolean          sorted_dirty;
  GPtrArray        *shown;        /* HearthRecord, what the model exposes */

  char             *search;
  guint8           *matches;      /* a bit per id found by the search, or NULL for everyone */
  gint64            n_match_bits;
  char             *filters[HEARTH_N_RECORD_FILTERS];
  GHashTable       *places_used;  /* carer id → people now, for the vacancy filter */
  gboolean          show_archived;
  HearthRecordSort  sort;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HearthRecordView, hearth_record_view, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
hearth_record_view_get_item_type (GListModel *model)
{
  return g_list_model_get_item_type (G_LIST_MODEL (HEARTH_RECORD_VIEW (model)->records));
}

static guint
hearth_record_view_get_n_items (GListModel *model)
{
  return HEARTH_RECORD_VIEW (model)->shown->len;
}

static gpointer
hearth_record_view_get_item (GListModel *model,
                             guint       position)
{
  HearthRecordView *self = HEARTH_RECORD_VIEW (model);

  if (position >= self->shown->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->shown, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = hearth_record_view_get_item_type;
  iface->get_n_items = hearth_record_view_get_n_items;
  iface->get_item = hearth_record_view_get_item;
}

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_clear_object (&entry->record);
  g_clear_pointer (&entry->key, g_free);
}

static const char *
status_of (HearthRecord *record)
{
  return HEARTH_IS_PERSON (record) ? hearth_person_get_status (HEARTH_PERSON (record))
                                   : hearth_carer_get_stage (HEARTH_CARER (record));
}

/* A newer date sorts first: each digit is mirrored, and a missing date goes last. */
static void
append_date_descending (GString    *key,
                        const char *iso)
{
  if (iso == NULL)
    {
      g_string_append (key, "~~~~~~~~~~");
      return;
    }

  for (const char *p = iso; *p != '\0'; p++)
    g_string_append_c (key, g_ascii_isdigit (*p) ? (char) ('9' - (*p - '0')) : *p);
}

static char *
sort_key (HearthRecordView *self,
          HearthRecord     *record)
{
  g_autofree char *name = hearth_record_dup_title (record);
  g_autofree char *collated = g_utf8_collate_key (name != NULL ? name : "", -1);
  GString *key = g_string_new (NULL);

  switch (self->sort)
    {
    case HEARTH_RECORD_SORT_STATUS:
      g_string_append_printf (key, "%03d",
                              hearth_values_index (self->people ? HEARTH_VALUES_PERSON_STATUS
                                                                : HEARTH_VALUES_CARER_STAGE,
                                                   status_of (record)));
      break;
    case HEARTH_RECORD_SORT_DATE:
      append_date_descending (key, hearth_record_get_string (record,
                                                              self->people ? "referral-date"
                                                                           : "enquiry-date"));
      break;
    case HEARTH_RECORD_SORT_NAME:
    default:
      break;
    }

  /* Names break ties, then the id, so the order never depends on load order. */
  g_string_append_c (key, '\x01');
  g_string_append (key, collated);
  g_string_append_printf (key, "\x01%020" G_GINT64_FORMAT, hearth_record_get_id (record));
  return g_string_free (key, FALSE);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (((const Entry *) a)->key, ((const Entry *) b)->key);
}

static void
rebuild_sorted (HearthRecordView *self)
{
  GListModel *source = G_LIST_MODEL (self->records);
  guint n = g_list_model_get_n_items (source);

  g_array_set_size (self->sorted, 0);
  for (guint i = 0; i < n; i++)
    {
      Entry entry;

      entry.record = g_list_model_get_item (source, i);
      entry.key = sort_key (self, entry.record);
      entry.id = hearth_record_get_id (entry.record);
      entry.archived = hearth_record_is_archived (entry.record);
      g_array_append_val (self->sorted, entry);
    }
  g_array_sort (self->sorted, compare_entries);
  self->sorted_dirty = FALSE;
}

static gboolean
in_comma_list (const char *list,
               const char *value)
{
  g_auto(GStrv) items = g_strsplit (list != NULL ? list : "", ",", -1);

  return g_strv_contains ((const char * const *) items, value);
}

static gboolean
has_vacancy (HearthRecordView *self,
             HearthCarer      *carer)
{
  gint64 id = hearth_record_get_id (HEARTH_RECORD (carer));
  HearthScheme *scheme = hearth_record_list_get_scheme (self->records);
  gpointer used;

  if (g_strcmp0 (hearth_carer_get_stage (carer), "approved") != 0)
    return FALSE;

  if (self->places_used == NULL)
    self->places_used = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  if (!g_hash_table_lookup_extended (self->places_used, &id, NULL, &used))
    {
      g_autofree char *today = hearth_date_today ();
      int n = hearth_scheme_count_people_at_once (scheme, id, today, NULL, NULL);

      used = GINT_TO_POINTER (MAX (n, 0));
      g_hash_table_insert (self->places_used, g_memdup2 (&id, sizeof id), used);
    }

  return (guint) GPOINTER_TO_INT (used) < hearth_carer_get_capacity (carer);
}

static gboolean
matched (HearthRecordView *self,
         gint64            id)
{
  return self->matches == NULL ||
         (id >= 0 && id < self->n_match_bits && (self->matches[id / 8] & (1u << (id % 8))));
}

static gboolean
keep (HearthRecordView *self,
      const Entry      *entry)
{
  HearthRecord *record = entry->record;
  const char *want;

  if (entry->archived && !self->show_archived)
    return FALSE;
  if (!matched (self, entry->id))
    return FALSE;

  if ((want = self->filters[HEARTH_RECORD_FILTER_STATUS]) != NULL &&
      g_strcmp0 (status_of (record), want) != 0)
    return FALSE;

  if (self->people)
    {
      HearthPerson *person = HEARTH_PERSON (record);

      if ((want = self->filters[HEARTH_RECORD_FILTER_SUPPORT_NEED]) != NULL &&
          !in_comma_list (hearth_person_get_support_needs (person), want))
        return FALSE;
      if ((want = self->filters[HEARTH_RECORD_FILTER_FUNDING_ROUTE]) != NULL &&
          g_strcmp0 (hearth_person_get_funding_route (person), want) != 0)
        return FALSE;
      return TRUE;
    }

  if ((want = self->filters[HEARTH_RECORD_FILTER_APPROVED_FOR]) != NULL)
    {
      HearthCarer *carer = HEARTH_CARER (record);
      gboolean approved = g_strcmp0 (hearth_carer_get_stage (carer), "approved") == 0;

      if (!approved)
        return FALSE;
      if (g_str_equal (want, "emergency") ? !hearth_carer_get_approved_emergency (carer)
                                          : !hearth_carer_is_approved_for (carer, want))
        return FALSE;
    }

  if (self->filters[HEARTH_RECORD_FILTER_VACANCY] != NULL &&
      !has_vacancy (self, HEARTH_CARER (record)))
    return FALSE;

  return TRUE;
}

/* Works out what is shown now and announces the one span that differs. */
static void
refresh (HearthRecordView *self)
{
  g_autoptr(GPtrArray) old = self->shown;
  guint prefix = 0, suffix = 0;

  if (self->sorted_dirty)
    rebuild_sorted (self);

  self->shown = g_ptr_array_new_full (self->sorted->len, g_object_unref);
  for (guint i = 0; i < self->sorted->len; i++)
    {
      const Entry *entry = &g_array_index (self->sorted, Entry, i);

      if (keep (self, entry))
        g_ptr_array_add (self->shown, g_object_ref (entry->record));
    }

  while (prefix < old->len && prefix < self->shown->len &&
         old->pdata[prefix] == self->shown->pdata[prefix])
    prefix++;
  while (suffix < old->len - prefix && suffix < self->shown->len - prefix &&
         old->pdata[old->len - 1 - suffix] == self->shown->pdata[self->shown->len - 1 - suffix])
    suffix++;

  if (prefix == old->len && prefix == self->shown->len)
    return;

  g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                              old->len - prefix - suffix, self->shown->len - prefix - suffix);
}

static gboolean
run_search (HearthRecordView  *self,
            GError           **error)
{
  HearthScheme *scheme = hearth_record_list_get_scheme (self->records);
  GType type = g_list_model_get_item_type (G_LIST_MODEL (self->records));
  g_autoptr(GArray) ids = NULL;
  gint64 most = 0;

  g_clear_pointer (&self->matches, g_free);
  self->n_match_bits = 0;
  if (hearth_record_text_is_blank (self->search))
    return TRUE;

  ids = hearth_scheme_search_unranked (scheme, type, self->search, error);
  if (ids == NULL)
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    most = MAX (most, g_array_index (ids, gint64, i));
  self->n_match_bits = most + 1;
  self->matches = g_malloc0 ((gsize) (most / 8 + 1));
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);

      if (id >= 0)
        self->matches[id / 8] |= 1u << (id % 8);
    }
  return TRUE;
}

/* Moves the one record saved at @position of the list to where its new key sorts, leaving
 * every other entry as it was. Returns the record it replaced, or %NULL if it had none. */
static HearthRecord *
resort_one (HearthRecordView *self,
            guint             position,
            guint            *index)
{
  g_autoptr(HearthRecord) record = g_list_model_get_item (G_LIST_MODEL (self->records), position);
  gint64 id = hearth_record_get_id (record);
  HearthRecord *old;
  guint low = 0, high, i;
  Entry entry;

  for (i = 0; i < self->sorted->len; i++)
    if (g_array_index (self->sorted, Entry, i).id == id)
      break;
  if (i == self->sorted->len)
    return NULL;

  old = g_object_ref (g_array_index (self->sorted, Entry, i).record);
  g_array_remove_index (self->sorted, i);
  entry.record = g_steal_pointer (&record);
  entry.key = sort_key (self, entry.record);
  entry.id = id;
  entry.archived = hearth_record_is_archived (entry.record);

  high = self->sorted->len;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (compare_entries (&g_array_index (self->sorted, Entry, middle), &entry) < 0)
        low = middle + 1;
      else
        high = middle;
    }
  g_array_insert_val (self->sorted, low, entry);
  *index = low;
  return old;
}

/* Where @entry goes among the records shown, which are in the same order as the entries. */
static guint
shown_position (HearthRecordView *self,
                const Entry      *entry)
{
  guint low = 0, high = self->shown->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      g_autofree char *key = sort_key (self, g_ptr_array_index (self->shown, middle));

      if (strcmp (key, entry->key) < 0)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

/* Follows one saved record without a pass over the whole list: only its own row can come,
 * go or move, as the search and every filter look at one record at a time. A save then
 * costs the same on a scheme of any size. Announces the rows between its old place and its
 * new, as refresh() would. */
static gboolean
refresh_one (HearthRecordView *self,
             guint             position)
{
  g_autoptr(HearthRecord) old = NULL;
  const Entry *entry;
  guint index, from = G_MAXUINT, to = G_MAXUINT, first, last;

  if ((old = resort_one (self, position, &index)) == NULL)
    return FALSE;

  entry = &g_array_index (self->sorted, Entry, index);
  if (g_ptr_array_find (self->shown, old, &from))
    g_ptr_array_remove_index (self->shown, from);
  if (keep (self, entry))
    {
      to = shown_position (self, entry);
      g_ptr_array_insert (self->shown, (int) to, g_object_ref (entry->record));
    }

  if (from == G_MAXUINT && to == G_MAXUINT)
    return TRUE;
  if (from == G_MAXUINT || to == G_MAXUINT)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), MIN (from, to), from != G_MAXUINT,
                                  to != G_MAXUINT);
      return TRUE;
    }

  first = MIN (from, to);
  last = MAX (from, to);
  g_list_model_items_changed (G_LIST_MODEL (self), first, last - first + 1, last - first + 1);
  return TRUE;
}

static void
records_changed_cb (HearthRecordView *self,
                    guint             position,
                    guint             removed,
                    guint             added)
{
  g_clear_pointer (&self->places_used, g_hash_table_unref);
  /* A record saved elsewhere may now match the search, or no longer match it. */
  run_search (self, NULL);

  if (removed == 1 && added == 1 && !self->sorted_dirty && refresh_one (self, position))
    return;

  self->sorted_dirty = TRUE;
  refresh (self);
}

/* A pen portrait is searched with its person or carer, but saving it changes no row. */
static void
scheme_record_cb (HearthRecordView *self,
                  HearthRecord     *record)
{
  if (!HEARTH_IS_PEN_PORTRAIT (record) || self->matches == NULL)
    return;

  run_search (self, NULL);
  refresh (self);
}

static void
hearth_record_view_dispose (GObject *object)
{
  HearthRecordView *self = HEARTH_RECORD_VIEW (object);

  if (self->records != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->records, self);
      g_signal_handlers_disconnect_by_data (hearth_record_list_get_scheme (self->records), self);
    }
  g_clear_object (&self->records);
  g_clear_pointer (&self->sorted, g_array_unref);
  g_clear_pointer (&self->shown, g_ptr_array_unref);
  g_clear_pointer (&self->matches, g_free);
  g_clear_pointer (&self->places_used, g_hash_table_unref);
  g_clear_pointer (&self->search, g_free);
  for (guint i = 0; i < HEARTH_N_RECORD_FILTERS; i++)
    g_clear_pointer (&self->filters[i], g_free);

  G_OBJECT_CLASS (hearth_record_view_parent_class)->dispose (object);
}

static void
hearth_record_view_class_init (HearthRecordViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hearth_record_view_dispose;
}

static void
hearth_record_view_init (HearthRecordView *self)
{
  self->sorted = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (self->sorted, entry_clear);
  self->shown = g_ptr_array_new_with_free_func (g_object_unref);
  self->sorted_dirty = TRUE;
}

/**
 * hearth_record_view_new:
 * @records: every person or every carer in a scheme
 *
 * Returns: (transfer full): a view showing the records that are not archived, by name
 */
HearthRecordView *
hearth_record_view_new (HearthRecordList *records)
{
  HearthRecordView *self;

  g_return_val_if_fail (HEARTH_IS_RECORD_LIST (records), NULL);

  self = g_object_new (HEARTH_TYPE_RECORD_VIEW, NULL);
  self->records = g_object_ref (records);
  self->people = g_list_model_get_item_type (G_LIST_MODEL (records)) == HEARTH_TYPE_PERSON;
  g_signal_connect_swapped (records, "items-changed", G_CALLBACK (records_changed_cb), self);
  g_signal_connect_swapped (hearth_record_list_get_scheme (records), "record-added",
                            G_CALLBACK (scheme_record_cb), self);
  g_signal_connect_swapped (hearth_record_list_get_scheme (records), "record-changed",
                            G_CALLBACK (scheme_record_cb), self);
  refresh (self);
  return self;
}

/**
 * hearth_record_view_get_records:
 *
 * Returns: (transfer none): every record, whatever the view shows
 */
HearthRecordList *
hearth_record_view_get_records (HearthRecordView *self)
{
  g_return_val_if_fail (HEARTH_IS_RECORD_VIEW (self), NULL);

  return self->records;
}

/**
 * hearth_record_view_set_search:
 * @text: (nullable): words to find in names, pen portraits, interests and support needs
 *
 * Returns: %FALSE if the scheme could not be searched; the view then shows no one
 */
gboolean
hearth_record_view_set_search (HearthRecordView  *self,
                               const char        *text,
                               GError           **error)
{
  gboolean ok;

  g_return_val_if_fail (HEARTH_IS_RECORD_VIEW (self), FALSE);

  if (g_strcmp0 (self->search, text) == 0)
    return TRUE;

  g_free (self->search);
  self->search = g_strdup (text);
  ok = run_search (self, error);
  if (!ok)
    {
      /* Nobody matches a search that could not be made. */
      self->matches = g_malloc0 (1);
      self->n_match_bits = 0;
    }
  refresh (self);
  return ok;
}

const char *
hearth_record_view_get_search (HearthRecordView *self)
{
  g_return_val_if_fail (HEARTH_IS_RECORD_VIEW (self), NULL);

  return self->search;
}

/**
 * hearth_record_view_set_filter:
 * @value: (nullable): the value to keep (a stored value, such as "matching" or
 *   "day-support"), or %NULL for any
 */
void
hearth_record_view_set_filter (HearthRecordView   *self,
                               HearthRecordFilter  filter,
                               const char         *value)
{
  g_return_if_fail (HEARTH_IS_RECORD_VIEW (self));
  g_return_if_fail (filter < HEARTH_N_RECORD_FILTERS);

  if (g_strcmp0 (self->filters[filter], value) == 0)
    return;

  g_free (self->filters[filter]);
  self->filters[filter] = g_strdup (value);
  refresh (self);
}

const char *
hearth_record_view_get_filter (HearthRecordView   *self,
                               HearthRecordFilter  filter)
{
  g_return_val_if_fail (HEARTH_IS_RECORD_VIEW (self), NULL);
  g_return_val_if_fail (filter < HEARTH_N_RECORD_FILTERS, NULL);

  return self->filters[filter];
}

guint
hearth_record_view_count_filters (HearthRecordView *self)
{
  guint n = 0;

  g_return_val_if_fail (HEARTH_IS_RECORD_VIEW (self), 0);

  for (guint i = 0; i < HEARTH_N_RECORD_FILTERS; i++)
    n += self->filters[i] != NULL;
  return n;
}

void
hearth_record_view_clear_filters (HearthRecordView *self)
{
  g_return_if_fail (HEARTH_IS_RECORD_VIEW (self));

  for (guint i = 0; i < HEARTH_N_RECORD_FILTERS; i++)
    g_clear_pointer (&self->filters[i], g_free);
  refresh (self);
}

void
hearth_record_view_set_show_archived (HearthRecordView *self,
                                      gboolean          show)
{
  g_return_if_fail (HEARTH_IS_RECORD_VIEW (self));

  if (self->show_archived == !!show)
    return;

  self->show_archived = !!show;
  refresh (self);
}

gboolean
hearth_record_view_get_show_archived (HearthRecordView *self)
{
  g_return_val_if_fail (HEARTH_IS_RECORD_VIEW (self), FALSE);

  return self->show_archived;
}

void
hearth_record_view_set_sort (HearthRecordView *self,
                             HearthRecordSort  sort)
{
  g_return_if_fail (HEARTH_IS_RECORD_VIEW (self));

  if (self->sort == sort)
    return;

  self->sort = sort;
  self->sorted_dirty = TRUE;
  refresh (self);
}

HearthRecordSort
hearth_record_view_get_sort (HearthRecordView *self)
{
  g_return_val_if_fail (HEARTH_IS_RECORD_VIEW (self), HEARTH_RECORD_SORT_NAME);

  return self->sort;
}

/**
 * hearth_record_view_find_position:
 *
 * Returns: %TRUE and sets @position when the record with @id is shown
 */
gboolean
hearth_record_view_find_position (HearthRecordView *self,
                                  gint64            id,
                                  guint            *position)
{
  g_return_val_if_fail (HEARTH_IS_RECORD_VIEW (self), FALSE);

  for (guint i = 0; i < self->shown->len; i++)
    if (hearth_record_get_id (g_ptr_array_index (self->shown, i)) == id)
      {
        if (position != NULL)
          *position = i;
        return TRUE;
      }

  return FALSE;
}
