/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-carer-due.c: what falls due for approved carers, for the Recruitment view: the
 * core's list of dues (hearth_scheme_list_carer_dues()), computed by a worker, each due an
 * object a list view can show and follow from one computation to the next. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include "hearth-carer-due.h"
#include "hearth-date.h"

struct _HearthCarerDue
{
  GObject   parent_instance;

  gint64    carer_id;
  char     *carer_name;
  char     *kind;
  char     *what;
  char     *due_on;
  gboolean  overdue;
};

G_DEFINE_FINAL_TYPE (HearthCarerDue, hearth_carer_due, G_TYPE_OBJECT)

static void
hearth_carer_due_finalize (GObject *object)
{
  HearthCarerDue *self = HEARTH_CARER_DUE (object);

  g_free (self->carer_name);
  g_free (self->kind);
  g_free (self->what);
  g_free (self->due_on);

  G_OBJECT_CLASS (hearth_carer_due_parent_class)->finalize (object);
}

static void
hearth_carer_due_class_init (HearthCarerDueClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hearth_carer_due_finalize;
}

static void
hearth_carer_due_init (HearthCarerDue *self)
{
}

/* Returns: (transfer full): @item as an object */
HearthCarerDue *
hearth_carer_due_new (const HearthDueItem *item)
{
  HearthCarerDue *self;

  g_return_val_if_fail (item != NULL, NULL);

  self = g_object_new (HEARTH_TYPE_CARER_DUE, NULL);
  self->carer_id = item->carer_id;
  self->carer_name = g_strdup (item->carer_name);
  self->kind = g_strdup (item->kind);
  self->what = g_strdup (item->what);
  self->due_on = g_strdup (item->due_on);
  self->overdue = item->overdue;
  return self;
}

gint64
hearth_carer_due_get_carer_id (HearthCarerDue *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER_DUE (self), 0);

  return self->carer_id;
}

const char *
hearth_carer_due_get_carer_name (HearthCarerDue *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER_DUE (self), NULL);

  return self->carer_name;
}

/* "approval-review", "dbs-renewal" or "training" */
const char *
hearth_carer_due_get_kind (HearthCarerDue *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER_DUE (self), NULL);

  return self->kind;
}

/* In words: "Approval review", "First aid training expires" */
const char *
hearth_carer_due_get_what (HearthCarerDue *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER_DUE (self), NULL);

  return self->what;
}

const char *
hearth_carer_due_get_due_on (HearthCarerDue *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER_DUE (self), NULL);

  return self->due_on;
}

gboolean
hearth_carer_due_is_overdue (HearthCarerDue *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER_DUE (self), FALSE);

  return self->overdue;
}

/* "12:training:First aid training expires": a carer has one of each, a course apiece. */
char *
hearth_carer_due_dup_key (HearthCarerDue *self)
{
  g_return_val_if_fail (HEARTH_IS_CARER_DUE (self), NULL);

  return g_strdup_printf ("%" G_GINT64_FORMAT ":%s:%s", self->carer_id, self->kind, self->what);
}

gboolean
hearth_carer_due_same (HearthCarerDue *a,
                       HearthCarerDue *b)
{
  g_return_val_if_fail (HEARTH_IS_CARER_DUE (a), FALSE);
  g_return_val_if_fail (HEARTH_IS_CARER_DUE (b), FALSE);

  return a->overdue == b->overdue && g_strcmp0 (a->due_on, b->due_on) == 0 &&
         g_strcmp0 (a->carer_name, b->carer_name) == 0;
}

/* Soonest first, then by the carer's name, as hearth_scheme_list_carer_dues() lists them. */
int
hearth_carer_due_compare (HearthCarerDue *a,
                          HearthCarerDue *b)
{
  int order;

  g_return_val_if_fail (HEARTH_IS_CARER_DUE (a), 0);
  g_return_val_if_fail (HEARTH_IS_CARER_DUE (b), 0);

  order = g_strcmp0 (a->due_on, b->due_on);
  if (order != 0)
    return order;
  order = g_strcmp0 (a->carer_name, b->carer_name);
  return order != 0 ? order : g_strcmp0 (a->what, b->what);
}

static GPtrArray *
load_dues (HearthScheme  *reader,
           gpointer       user_data,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autofree char *today = hearth_date_today ();
  g_autoptr(GPtrArray) items = hearth_scheme_list_carer_dues (reader, today,
                                                              HEARTH_CARER_DUE_WITHIN_DAYS, error);
  GPtrArray *dues;

  if (items == NULL)
    return NULL;
  dues = g_ptr_array_new_full (items->len, g_object_unref);
  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (dues, hearth_carer_due_new (g_ptr_array_index (items, i)));
  return dues;
}

/**
 * hearth_carer_due_list_new:
 *
 * Returns: (transfer full): what falls due for @scheme's approved carers within
 *   %HEARTH_CARER_DUE_WITHIN_DAYS, overdue included, computed by a worker once started and
 *   again after each change; unsorted (sort with hearth_carer_due_compare())
 */
HearthAggregateList *
hearth_carer_due_list_new (HearthScheme *scheme)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);

  return hearth_aggregate_list_new (scheme, HEARTH_TYPE_CARER_DUE, load_dues,
                                    (HearthAggregateKeyFunc) hearth_carer_due_dup_key,
                                    (HearthAggregateSameFunc) hearth_carer_due_same,
                                    NULL, NULL);
}
