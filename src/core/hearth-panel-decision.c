/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-panel-decision.c: A carer going to a panel, and the panel's decision. */

#define G_LOG_DOMAIN "hearth-panel-decision"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-panel-decision.h"

struct _HearthPanelDecision
{
  HearthRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HearthPanelDecision, hearth_panel_decision, HEARTH_TYPE_RECORD)

enum {
  PROP_0,
  PROP_PANEL_ID,
  PROP_CARER_ID,
  PROP_DECISION,
  PROP_REASONS,
  N_PROPS
};

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static GParamSpec *properties[N_PROPS];

static void
hearth_panel_decision_class_init (HearthPanelDecisionClass *klass)
{
  HearthRecordClass *record_class = HEARTH_RECORD_CLASS (klass);

  properties[PROP_PANEL_ID] =
    g_param_spec_int64 ("panel-id", N_("Panel"), NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_CARER_ID] =
    g_param_spec_int64 ("carer-id", N_("Carer"), NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_DECISION] =
    g_param_spec_string ("decision", N_("Decision"), NULL, "pending", FLAGS);
  properties[PROP_REASONS] =
    g_param_spec_string ("reasons", N_("Reasons"), NULL, NULL, FLAGS);

  hearth_record_class_install_columns (record_class, "panel_decision", "panel-decision",
                                       HEARTH_RECORD_TRACKED,
                                       &properties[1], N_PROPS - 1);
}

static void
hearth_panel_decision_init (HearthPanelDecision *self)
{
}

HearthPanelDecision *
hearth_panel_decision_new (void)
{
  return g_object_new (HEARTH_TYPE_PANEL_DECISION, NULL);
}

gint64
hearth_panel_decision_get_panel_id (HearthPanelDecision *self)
{
  g_return_val_if_fail (HEARTH_IS_PANEL_DECISION (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "panel-id");
}

gint64
hearth_panel_decision_get_carer_id (HearthPanelDecision *self)
{
  g_return_val_if_fail (HEARTH_IS_PANEL_DECISION (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "carer-id");
}

const char *
hearth_panel_decision_get_decision (HearthPanelDecision *self)
{
  g_return_val_if_fail (HEARTH_IS_PANEL_DECISION (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "decision");
}

const char *
hearth_panel_decision_get_reasons (HearthPanelDecision *self)
{
  g_return_val_if_fail (HEARTH_IS_PANEL_DECISION (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "reasons");
}
