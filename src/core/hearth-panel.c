/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-panel.c: An approval panel meeting. */

#define G_LOG_DOMAIN "hearth-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-panel.h"

struct _HearthPanel
{
  HearthRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HearthPanel, hearth_panel, HEARTH_TYPE_RECORD)

enum {
  PROP_0,
  PROP_HELD_ON,
  PROP_CHAIR,
  PROP_NOTES,
  N_PROPS
};

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static GParamSpec *properties[N_PROPS];

static void
hearth_panel_class_init (HearthPanelClass *klass)
{
  HearthRecordClass *record_class = HEARTH_RECORD_CLASS (klass);

  properties[PROP_HELD_ON] =
    g_param_spec_string ("held-on", N_("Held on"), NULL, NULL, FLAGS);
  properties[PROP_CHAIR] =
    g_param_spec_string ("chair", N_("Chair"), NULL, NULL, FLAGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", N_("Notes"), NULL, NULL, FLAGS);

  hearth_record_class_install_columns (record_class, "panel", "panel",
                                       HEARTH_RECORD_TRACKED,
                                       &properties[1], N_PROPS - 1);
}

static void
hearth_panel_init (HearthPanel *self)
{
}

HearthPanel *
hearth_panel_new (void)
{
  return g_object_new (HEARTH_TYPE_PANEL, NULL);
}

const char *
hearth_panel_get_held_on (HearthPanel *self)
{
  g_return_val_if_fail (HEARTH_IS_PANEL (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "held-on");
}

const char *
hearth_panel_get_chair (HearthPanel *self)
{
  g_return_val_if_fail (HEARTH_IS_PANEL (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "chair");
}

const char *
hearth_panel_get_notes (HearthPanel *self)
{
  g_return_val_if_fail (HEARTH_IS_PANEL (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "notes");
}
