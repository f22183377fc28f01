/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-panel-seat.c: one carer's place on a panel for the Recruitment view's panels: the
 * decision as recorded, whom it is about, and, while it waits, the carer's stage and what
 * they still miss for panel, all read by the worker that lists the panels. */

#define G_LOG_DOMAIN "hearth-recruitment"

#include "config.h"

#include "hearth-panel-seat.h"

struct _HearthPanelSeat
{
  GObject              parent_instance;

  HearthPanelDecision *decision;
  char                *carer_name;
  char                *stage;     /* nullable: the carer is not found */
  GStrv                missing;   /* nullable: decided, or the carer is not found */
};

G_DEFINE_FINAL_TYPE (HearthPanelSeat, hearth_panel_seat, G_TYPE_OBJECT)

static void
hearth_panel_seat_finalize (GObject *object)
{
  HearthPanelSeat *self = HEARTH_PANEL_SEAT (object);

  g_clear_object (&self->decision);
  g_free (self->carer_name);
  g_free (self->stage);
  g_strfreev (self->missing);

  G_OBJECT_CLASS (hearth_panel_seat_parent_class)->finalize (object);
}

static void
hearth_panel_seat_class_init (HearthPanelSeatClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hearth_panel_seat_finalize;
}

static void
hearth_panel_seat_init (HearthPanelSeat *self)
{
}

/**
 * hearth_panel_seat_new:
 * @stage: (nullable): the carer's stage, %NULL when the carer is not found
 * @missing: (nullable) (element-type utf8): what the carer misses for panel, for a pending
 *   decision
 *
 * Returns: (transfer full): the seat
 */
HearthPanelSeat *
hearth_panel_seat_new (HearthPanelDecision *decision,
                       const char          *carer_name,
                       const char          *stage,
                       GPtrArray           *missing)
{
  HearthPanelSeat *self;

  g_return_val_if_fail (HEARTH_IS_PANEL_DECISION (decision), NULL);
  g_return_val_if_fail (carer_name != NULL, NULL);

  self = g_object_new (HEARTH_TYPE_PANEL_SEAT, NULL);
  self->decision = g_object_ref (decision);
  self->carer_name = g_strdup (carer_name);
  self->stage = g_strdup (stage);
  if (missing != NULL)
    {
      self->missing = g_new0 (char *, missing->len + 1);
      for (guint i = 0; i < missing->len; i++)
        self->missing[i] = g_strdup (g_ptr_array_index (missing, i));
    }
  return self;
}

/* Returns: (transfer none): the decision as read; never change it */
HearthPanelDecision *
hearth_panel_seat_get_decision (HearthPanelSeat *self)
{
  g_return_val_if_fail (HEARTH_IS_PANEL_SEAT (self), NULL);

  return self->decision;
}

/* Returns: (transfer full): a copy of the decision, with its id, to record the outcome on */
HearthPanelDecision *
hearth_panel_seat_dup_decision (HearthPanelSeat *self)
{
  g_return_val_if_fail (HEARTH_IS_PANEL_SEAT (self), NULL);

  return HEARTH_PANEL_DECISION (hearth_record_copy (HEARTH_RECORD (self->decision)));
}

const char *
hearth_panel_seat_get_carer_name (HearthPanelSeat *self)
{
  g_return_val_if_fail (HEARTH_IS_PANEL_SEAT (self), NULL);

  return self->carer_name;
}

/* Returns: (nullable): the carer's stage */
const char *
hearth_panel_seat_get_stage (HearthPanelSeat *self)
{
  g_return_val_if_fail (HEARTH_IS_PANEL_SEAT (self), NULL);

  return self->stage;
}

/* Returns: (nullable) (array zero-terminated=1): what is missing for panel, while pending */
const char * const *
hearth_panel_seat_get_missing (HearthPanelSeat *self)
{
  g_return_val_if_fail (HEARTH_IS_PANEL_SEAT (self), NULL);

  return (const char * const *) self->missing;
}

gboolean
hearth_panel_seat_is_pending (HearthPanelSeat *self)
{
  g_return_val_if_fail (HEARTH_IS_PANEL_SEAT (self), FALSE);

  return g_strcmp0 (hearth_panel_decision_get_decision (self->decision), "pending") == 0;
}

static gboolean
same_strv (GStrv a,
           GStrv b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_strv_equal ((const char * const *) a, (const char * const *) b);
}

/* Whether a row showing @a would show the same for @b. */
gboolean
hearth_panel_seat_same (HearthPanelSeat *a,
                        HearthPanelSeat *b)
{
  g_return_val_if_fail (HEARTH_IS_PANEL_SEAT (a), FALSE);
  g_return_val_if_fail (HEARTH_IS_PANEL_SEAT (b), FALSE);

  return g_str_equal (a->carer_name, b->carer_name) && g_strcmp0 (a->stage, b->stage) == 0 &&
         same_strv (a->missing, b->missing) &&
         hearth_record_equal (HEARTH_RECORD (a->decision), HEARTH_RECORD (b->decision));
}
