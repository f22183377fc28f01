/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-audit-entry.c: One change in the audit trail: who, when, which record, what changed. */

#define G_LOG_DOMAIN "hearth-audit-entry"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-audit-entry.h"

struct _HearthAuditEntry
{
  HearthRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HearthAuditEntry, hearth_audit_entry, HEARTH_TYPE_RECORD)

enum {
  PROP_0,
  PROP_AT,
  PROP_WHO,
  PROP_ACTION,
  PROP_RECORD_TYPE,
  PROP_RECORD_ID,
  PROP_CHANGES,
  N_PROPS
};

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static GParamSpec *properties[N_PROPS];

static void
hearth_audit_entry_class_init (HearthAuditEntryClass *klass)
{
  HearthRecordClass *record_class = HEARTH_RECORD_CLASS (klass);

  properties[PROP_AT] =
    g_param_spec_string ("at", N_("When"), NULL, NULL, FLAGS);
  properties[PROP_WHO] =
    g_param_spec_string ("who", N_("Who"), NULL, NULL, FLAGS);
  properties[PROP_ACTION] =
    g_param_spec_string ("action", N_("Action"), NULL, NULL, FLAGS);
  properties[PROP_RECORD_TYPE] =
    g_param_spec_string ("record-type", N_("Record type"), NULL, NULL, FLAGS);
  properties[PROP_RECORD_ID] =
    g_param_spec_int64 ("record-id", N_("Record"), NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_CHANGES] =
    g_param_spec_string ("changes", N_("Changes"), NULL, NULL, FLAGS);

  hearth_record_class_install_columns (record_class, "audit", "audit-entry",
                                       HEARTH_RECORD_PLAIN,
                                       &properties[1], N_PROPS - 1);
  hearth_record_class_mark_column (record_class, "record-id", HEARTH_COLUMN_NULL_IF_ZERO);
}

static void
hearth_audit_entry_init (HearthAuditEntry *self)
{
}

HearthAuditEntry *
hearth_audit_entry_new (void)
{
  return g_object_new (HEARTH_TYPE_AUDIT_ENTRY, NULL);
}

const char *
hearth_audit_entry_get_at (HearthAuditEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_AUDIT_ENTRY (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "at");
}

const char *
hearth_audit_entry_get_who (HearthAuditEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_AUDIT_ENTRY (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "who");
}

const char *
hearth_audit_entry_get_action (HearthAuditEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_AUDIT_ENTRY (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "action");
}

const char *
hearth_audit_entry_get_record_type (HearthAuditEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_AUDIT_ENTRY (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "record-type");
}

gint64
hearth_audit_entry_get_record_id (HearthAuditEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_AUDIT_ENTRY (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "record-id");
}

const char *
hearth_audit_entry_get_changes (HearthAuditEntry *self)
{
  g_return_val_if_fail (HEARTH_IS_AUDIT_ENTRY (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "changes");
}
