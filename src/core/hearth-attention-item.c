/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-attention-item.c: what needs attention, as the Dashboard lists it: each item of
 * hearth_dashboard_needs_attention() as an object, and the list of them a worker keeps up to
 * date, so the Dashboard never queries the scheme itself. */

#define G_LOG_DOMAIN "hearth-attention-item"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hearth-date.h"

#include "hearth-attention-item.h"

struct _HearthAttentionItem
{
  GObject              parent_instance;

  HearthAttentionKind  kind;
  char                *key;      /* unique in one load: "review-overdue:review:12" */
  char                *record;   /* "table:id", for win.show-record */
  char                *title;
  char                *detail;
  char                *date;
  gboolean             overdue;
};

G_DEFINE_FINAL_TYPE (HearthAttentionItem, hearth_attention_item, G_TYPE_OBJECT)

static void
hearth_attention_item_finalize (GObject *object)
{
  HearthAttentionItem *self = HEARTH_ATTENTION_ITEM (object);

  g_free (self->key);
  g_free (self->record);
  g_free (self->title);
  g_free (self->detail);
  g_free (self->date);

  G_OBJECT_CLASS (hearth_attention_item_parent_class)->finalize (object);
}

static void
hearth_attention_item_class_init (HearthAttentionItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hearth_attention_item_finalize;
}

static void
hearth_attention_item_init (HearthAttentionItem *self)
{
}

/**
 * hearth_attention_item_new:
 * @key: what names the item from one load to the next
 *
 * Returns: (transfer full): @attention as one line of the Dashboard
 */
HearthAttentionItem *
hearth_attention_item_new (const HearthAttention *attention,
                           const char            *key)
{
  HearthAttentionItem *self;

  g_return_val_if_fail (attention != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  self = g_object_new (HEARTH_TYPE_ATTENTION_ITEM, NULL);
  self->kind = attention->kind;
  self->key = g_strdup (key);
  self->record = g_strdup (attention->record);
  self->title = g_strdup (attention->title);
  self->detail = g_strdup (attention->detail);
  self->date = g_strdup (attention->date);
  self->overdue = attention->overdue;
  return self;
}

HearthAttentionKind
hearth_attention_item_get_kind (HearthAttentionItem *self)
{
  g_return_val_if_fail (HEARTH_IS_ATTENTION_ITEM (self), HEARTH_ATTENTION_REVIEW_OVERDUE);

  return self->kind;
}

/* "review:12": what win.show-record opens for the item */
const char *
hearth_attention_item_get_record (HearthAttentionItem *self)
{
  g_return_val_if_fail (HEARTH_IS_ATTENTION_ITEM (self), NULL);

  return self->record;
}

const char *
hearth_attention_item_get_title (HearthAttentionItem *self)
{
  g_return_val_if_fail (HEARTH_IS_ATTENTION_ITEM (self), NULL);

  return self->title;
}

const char *
hearth_attention_item_get_detail (HearthAttentionItem *self)
{
  g_return_val_if_fail (HEARTH_IS_ATTENTION_ITEM (self), NULL);

  return self->detail;
}

const char *
hearth_attention_item_get_date (HearthAttentionItem *self)
{
  g_return_val_if_fail (HEARTH_IS_ATTENTION_ITEM (self), NULL);

  return self->date;
}

gboolean
hearth_attention_item_get_overdue (HearthAttentionItem *self)
{
  g_return_val_if_fail (HEARTH_IS_ATTENTION_ITEM (self), FALSE);

  return self->overdue;
}

/* "Review due · Due on 3 January 2027": what it is, then when. */
char *
hearth_attention_item_dup_subtitle (HearthAttentionItem *self)
{
  g_return_val_if_fail (HEARTH_IS_ATTENTION_ITEM (self), NULL);

  /* Translators: what needs attention, then when: "Review due · Due on 3 January 2027" */
  return g_strdup_printf (_("%s · %s"), hearth_attention_kind_label (self->kind), self->detail);
}

char *
hearth_attention_item_dup_key (HearthAttentionItem *self)
{
  g_return_val_if_fail (HEARTH_IS_ATTENTION_ITEM (self), NULL);

  return g_strdup (self->key);
}

/* Whether a row showing @a would show the same for @b. */
gboolean
hearth_attention_item_same (HearthAttentionItem *a,
                            HearthAttentionItem *b)
{
  g_return_val_if_fail (HEARTH_IS_ATTENTION_ITEM (a), FALSE);
  g_return_val_if_fail (HEARTH_IS_ATTENTION_ITEM (b), FALSE);

  return a->kind == b->kind && a->overdue == b->overdue &&
         g_strcmp0 (a->record, b->record) == 0 && g_strcmp0 (a->title, b->title) == 0 &&
         g_strcmp0 (a->detail, b->detail) == 0 && g_strcmp0 (a->date, b->date) == 0;
}

/**
 * hearth_attention_item_compare:
 *
 * The Dashboard's order: the earliest date first, as the most pressing; then by kind, the
 * record and the title.
 */
int
hearth_attention_item_compare (HearthAttentionItem *a,
                               HearthAttentionItem *b)
{
  int by;

  g_return_val_if_fail (HEARTH_IS_ATTENTION_ITEM (a), 0);
  g_return_val_if_fail (HEARTH_IS_ATTENTION_ITEM (b), 0);

  if ((by = g_strcmp0 (a->date, b->date)) != 0)
    return by;
  if (a->kind != b->kind)
    return (int) a->kind - (int) b->kind;
  if ((by = g_strcmp0 (a->record, b->record)) != 0)
    return by;
  return g_strcmp0 (a->title, b->title);
}

/**
 * hearth_attention_item_matches:
 * @which: (nullable): "overdue", "due" (not yet overdue) or "all"
 * @search: (nullable): words typed, matched against the title
 *
 * Returns: whether a list of what needs attention shows @self
 */
gboolean
hearth_attention_item_matches (HearthAttentionItem *self,
                               const char          *which,
                               const char          *search)
{
  g_autofree char *needle = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (HEARTH_IS_ATTENTION_ITEM (self), FALSE);

  if ((g_strcmp0 (which, "overdue") == 0 && !self->overdue) ||
      (g_strcmp0 (which, "due") == 0 && self->overdue))
    return FALSE;
  if (search == NULL || hearth_record_text_is_blank (search))
    return TRUE;

  needle = g_utf8_casefold (search, -1);
  title = g_utf8_casefold (self->title, -1);
  return strstr (title, g_strstrip (needle)) != NULL;
}

/* Whether @self is about @record ("table:id"). */
gboolean
hearth_attention_item_is_of (HearthAttentionItem *self,
                             const char          *record)
{
  g_return_val_if_fail (HEARTH_IS_ATTENTION_ITEM (self), FALSE);

  return g_strcmp0 (self->record, record) == 0;
}

/* The kinds by name, for keys that read well in a test's failure. */
static const char *
kind_name (HearthAttentionKind kind)
{
  static const char * const names[] = {
    [HEARTH_ATTENTION_REVIEW_OVERDUE] = "review-overdue",
    [HEARTH_ATTENTION_REVIEW_DUE] = "review-due",
    [HEARTH_ATTENTION_RISK_OVERDUE] = "risk-overdue",
    [HEARTH_ATTENTION_ACTION_OVERDUE] = "action-overdue",
    [HEARTH_ATTENTION_DBS] = "dbs",
    [HEARTH_ATTENTION_TRAINING] = "training",
    [HEARTH_ATTENTION_APPROVAL_REVIEW] = "approval-review",
    [HEARTH_ATTENTION_TRIAL_STALLED] = "trial-stalled",
    [HEARTH_ATTENTION_EMERGENCY_LIMIT] = "emergency-limit",
  };

  return kind < G_N_ELEMENTS (names) ? names[kind] : "other";
}

/**
 * hearth_attention_items_from:
 * @attention: (element-type HearthAttention): as hearth_dashboard_needs_attention() gives
 *
 * A review action or a training course is one of several about one record: its title says
 * which. Two alike in every word are told apart by their order.
 *
 * Returns: (transfer full) (element-type HearthAttentionItem): the items, in the same order
 */
GPtrArray *
hearth_attention_items_from (GPtrArray *attention)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *items = g_ptr_array_new_full (attention->len, g_object_unref);

  for (guint i = 0; i < attention->len; i++)
    {
      const HearthAttention *a = g_ptr_array_index (attention, i);
      gboolean several = a->kind == HEARTH_ATTENTION_ACTION_OVERDUE ||
                         a->kind == HEARTH_ATTENTION_TRAINING;
      g_autofree char *key = g_strdup_printf ("%s:%s%s%s", kind_name (a->kind), a->record,
                                              several ? ":" : "", several ? a->title : "");
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (seen, key));

      g_hash_table_replace (seen, g_strdup (key), GUINT_TO_POINTER (n + 1));
      if (n > 0)
        {
          char *numbered = g_strdup_printf ("%s#%u", key, n + 1);

          g_free (key);
          key = numbered;
        }
      g_ptr_array_add (items, hearth_attention_item_new (a, key));
    }

  return items;
}

static GPtrArray *
load_items (HearthScheme  *reader,
            gpointer       user_data,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autofree char *today = hearth_date_today ();
  g_autoptr(GPtrArray) attention = hearth_dashboard_needs_attention (reader, today, error);

  return attention != NULL ? hearth_attention_items_from (attention) : NULL;
}

/**
 * hearth_attention_list_new:
 *
 * Returns: (transfer full): every #HearthAttentionItem of @scheme, computed by a worker once
 *   started and again after each change; unsorted (sort with hearth_attention_item_compare())
 */
HearthAggregateList *
hearth_attention_list_new (HearthScheme *scheme)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);

  return hearth_aggregate_list_new (scheme, HEARTH_TYPE_ATTENTION_ITEM, load_items,
                                    (HearthAggregateKeyFunc) hearth_attention_item_dup_key,
                                    (HearthAggregateSameFunc) hearth_attention_item_same,
                                    NULL, NULL);
}

/* How many items of @list, a model of #HearthAttentionItem, are overdue. */
guint
hearth_attention_list_count_overdue (GListModel *list)
{
  guint n = 0;

  g_return_val_if_fail (G_IS_LIST_MODEL (list), 0);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HearthAttentionItem) item = g_list_model_get_item (list, i);

      n += item->overdue;
    }
  return n;
}
