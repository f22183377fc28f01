/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-panel-summary.c: the panels of a scheme for the Recruitment view, newest first,
 * each with the carers going to it. A worker reads every panel, decision and carer at once;
 * only the few carers still waiting for a decision have their checklist read one by one. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-carer.h"
#include "hearth-date.h"
#include "hearth-panel-summary.h"
#include "hearth-rules.h"
#include "hearth-scheme-private.h"
#include "hearth-workflows.h"

struct _HearthPanelSummary
{
  GObject      parent_instance;

  HearthPanel *panel;
  GListStore  *seats;    /* HearthPanelSeat, in the order carers were added */
  gboolean     has_met;
};

G_DEFINE_FINAL_TYPE (HearthPanelSummary, hearth_panel_summary, G_TYPE_OBJECT)

static void
hearth_panel_summary_finalize (GObject *object)
{
  HearthPanelSummary *self = HEARTH_PANEL_SUMMARY (object);

  g_clear_object (&self->panel);
  g_clear_object (&self->seats);

  G_OBJECT_CLASS (hearth_panel_summary_parent_class)->finalize (object);
}

static void
hearth_panel_summary_class_init (HearthPanelSummaryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hearth_panel_summary_finalize;
}

static void
hearth_panel_summary_init (HearthPanelSummary *self)
{
  self->seats = g_list_store_new (HEARTH_TYPE_PANEL_SEAT);
}

/**
 * hearth_panel_summary_new:
 * @seats: (element-type HearthPanelSeat): the carers going to @panel
 *
 * Returns: (transfer full): the panel's summary
 */
HearthPanelSummary *
hearth_panel_summary_new (HearthPanel *panel,
                          GPtrArray   *seats,
                          gboolean     has_met)
{
  HearthPanelSummary *self;

  g_return_val_if_fail (HEARTH_IS_PANEL (panel), NULL);
  g_return_val_if_fail (seats != NULL, NULL);

  self = g_object_new (HEARTH_TYPE_PANEL_SUMMARY, NULL);
  self->panel = g_object_ref (panel);
  self->has_met = has_met;
  g_list_store_splice (self->seats, 0, 0, seats->pdata, seats->len);
  return self;
}

/* Returns: (transfer none): the panel, as read; never change it */
HearthPanel *
hearth_panel_summary_get_panel (HearthPanelSummary *self)
{
  g_return_val_if_fail (HEARTH_IS_PANEL_SUMMARY (self), NULL);

  return self->panel;
}

/* Returns: (transfer none): the #HearthPanelSeat of each carer going to the panel */
GListModel *
hearth_panel_summary_get_seats (HearthPanelSummary *self)
{
  g_return_val_if_fail (HEARTH_IS_PANEL_SUMMARY (self), NULL);

  return G_LIST_MODEL (self->seats);
}

/* Whether the panel's day has come: only then are its decisions recorded. */
gboolean
hearth_panel_summary_has_met (HearthPanelSummary *self)
{
  g_return_val_if_fail (HEARTH_IS_PANEL_SUMMARY (self), FALSE);

  return self->has_met;
}

/* "panel:3" */
char *
hearth_panel_summary_dup_key (HearthPanelSummary *self)
{
  g_return_val_if_fail (HEARTH_IS_PANEL_SUMMARY (self), NULL);

  return g_strdup_printf ("panel:%" G_GINT64_FORMAT,
                          hearth_record_get_id (HEARTH_RECORD (self->panel)));
}

/* Whether a row showing @a would show the same for @b, every seat included. */
gboolean
hearth_panel_summary_same (HearthPanelSummary *a,
                           HearthPanelSummary *b)
{
  guint n;

  g_return_val_if_fail (HEARTH_IS_PANEL_SUMMARY (a), FALSE);
  g_return_val_if_fail (HEARTH_IS_PANEL_SUMMARY (b), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (a->seats));
  if (a->has_met != b->has_met || n != g_list_model_get_n_items (G_LIST_MODEL (b->seats)) ||
      !hearth_record_equal (HEARTH_RECORD (a->panel), HEARTH_RECORD (b->panel)))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthPanelSeat) x = g_list_model_get_item (G_LIST_MODEL (a->seats), i);
      g_autoptr(HearthPanelSeat) y = g_list_model_get_item (G_LIST_MODEL (b->seats), i);

      if (!hearth_panel_seat_same (x, y))
        return FALSE;
    }
  return TRUE;
}

/**
 * hearth_panel_summary_compare:
 *
 * The panels' order: the newest panel first; the one scheduled later first on one day.
 */
int
hearth_panel_summary_compare (HearthPanelSummary *a,
                              HearthPanelSummary *b)
{
  int order;
  gint64 i, j;

  g_return_val_if_fail (HEARTH_IS_PANEL_SUMMARY (a), 0);
  g_return_val_if_fail (HEARTH_IS_PANEL_SUMMARY (b), 0);

  order = g_strcmp0 (hearth_panel_get_held_on (b->panel), hearth_panel_get_held_on (a->panel));
  if (order != 0)
    return order;
  i = hearth_record_get_id (HEARTH_RECORD (a->panel));
  j = hearth_record_get_id (HEARTH_RECORD (b->panel));
  return (j > i) - (j < i);
}

static GHashTable *
by_id (GPtrArray *records)
{
  GHashTable *table = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < records->len; i++)
    {
      gint64 id = hearth_record_get_id (g_ptr_array_index (records, i));

      g_hash_table_insert (table, g_memdup2 (&id, sizeof id), g_ptr_array_index (records, i));
    }
  return table;
}

static HearthPanelSeat *
seat_of (HearthScheme         *scheme,
         HearthPanelDecision  *decision,
         GHashTable           *carers,
         GError              **error)
{
  gint64 id = hearth_panel_decision_get_carer_id (decision);
  HearthCarer *carer = g_hash_table_lookup (carers, &id);
  g_autofree char *name = NULL;
  g_autoptr(GPtrArray) missing = NULL;

  if (carer == NULL)
    return hearth_panel_seat_new (decision, _("Unknown carer"), NULL, NULL);

  /* A carer waits for one panel at a time: these are few, whatever the scheme's size. */
  if (g_strcmp0 (hearth_panel_decision_get_decision (decision), "pending") == 0 &&
      !(missing = hearth_scheme_missing_for_panel (scheme, carer, error)))
    return NULL;
  name = hearth_carer_dup_display_name (carer);
  return hearth_panel_seat_new (decision, name, hearth_carer_get_stage (carer), missing);
}

/**
 * hearth_scheme_list_panel_summaries:
 * @today: the day that says which panels have met
 *
 * Returns: (transfer full) (element-type HearthPanelSummary): every panel with its seats,
 *   in no order
 */
GPtrArray *
hearth_scheme_list_panel_summaries (HearthScheme  *scheme,
                                    const char    *today,
                                    GError       **error)
{
  g_autoptr(GPtrArray) panels = NULL;
  g_autoptr(GPtrArray) decisions = NULL;
  g_autoptr(GPtrArray) carers = NULL;
  g_autoptr(GHashTable) carer_by_id = NULL;
  g_autoptr(GHashTable) seats_by_panel = NULL;
  g_autoptr(GPtrArray) summaries = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  if (!(panels = _hearth_scheme_load_where (scheme, HEARTH_TYPE_PANEL, NULL, 0, error)) ||
      !(decisions = _hearth_scheme_load_where (scheme, HEARTH_TYPE_PANEL_DECISION, NULL, 0,
                                               error)) ||
      !(carers = _hearth_scheme_load_where (scheme, HEARTH_TYPE_CARER,
                                            "WHERE id IN (SELECT carer_id FROM panel_decision)"
                                            " ORDER BY id", 0, error)))
    return NULL;

  carer_by_id = by_id (carers);
  seats_by_panel = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                          (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < decisions->len; i++)
    {
      HearthPanelDecision *decision = g_ptr_array_index (decisions, i);
      gint64 panel_id = hearth_panel_decision_get_panel_id (decision);
      GPtrArray *seats = g_hash_table_lookup (seats_by_panel, &panel_id);
      HearthPanelSeat *seat = seat_of (scheme, decision, carer_by_id, error);

      if (seat == NULL)
        return NULL;
      if (seats == NULL)
        {
          seats = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (seats_by_panel, g_memdup2 (&panel_id, sizeof panel_id), seats);
        }
      g_ptr_array_add (seats, seat);
    }

  for (guint i = 0; i < panels->len; i++)
    {
      HearthPanel *panel = g_ptr_array_index (panels, i);
      gint64 id = hearth_record_get_id (HEARTH_RECORD (panel));
      GPtrArray *seats = g_hash_table_lookup (seats_by_panel, &id);
      g_autoptr(GPtrArray) none = g_ptr_array_new ();

      g_ptr_array_add (summaries,
                       hearth_panel_summary_new (panel, seats != NULL ? seats : none,
                                                 g_strcmp0 (hearth_panel_get_held_on (panel),
                                                            today) <= 0));
    }
  return g_steal_pointer (&summaries);
}

static GPtrArray *
load_summaries (HearthScheme  *reader,
                gpointer       user_data,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autofree char *today = hearth_date_today ();

  return hearth_scheme_list_panel_summaries (reader, today, error);
}

/**
 * hearth_panel_summary_list_new:
 *
 * Returns: (transfer full): every #HearthPanelSummary of @scheme, computed by a worker once
 *   started and again after each change; unsorted (sort with hearth_panel_summary_compare())
 */
HearthAggregateList *
hearth_panel_summary_list_new (HearthScheme *scheme)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);

  return hearth_aggregate_list_new (scheme, HEARTH_TYPE_PANEL_SUMMARY, load_summaries,
                                    (HearthAggregateKeyFunc) hearth_panel_summary_dup_key,
                                    (HearthAggregateSameFunc) hearth_panel_summary_same,
                                    NULL, NULL);
}
