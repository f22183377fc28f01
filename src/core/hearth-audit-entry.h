/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-audit-entry.h: One change in the audit trail: who, when, which record, what changed. */

#pragma once

#include "hearth-record.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_AUDIT_ENTRY (hearth_audit_entry_get_type ())

G_DECLARE_FINAL_TYPE (HearthAuditEntry, hearth_audit_entry, HEARTH, AUDIT_ENTRY, HearthRecord)

HearthAuditEntry *hearth_audit_entry_new (void);

const char *hearth_audit_entry_get_at (HearthAuditEntry *self);
const char *hearth_audit_entry_get_who (HearthAuditEntry *self);
const char *hearth_audit_entry_get_action (HearthAuditEntry *self);
const char *hearth_audit_entry_get_record_type (HearthAuditEntry *self);
gint64      hearth_audit_entry_get_record_id (HearthAuditEntry *self);
const char *hearth_audit_entry_get_changes (HearthAuditEntry *self);

G_END_DECLS
