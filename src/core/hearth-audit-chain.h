/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-audit-chain.h: the audit trail's hash chain: written with each entry, checked whole. */

#pragma once

#include <sqlite3.h>

#include "hearth-scheme.h"

G_BEGIN_DECLS

char     *_hearth_audit_hash          (const char  *previous,
                                       gint64       id,
                                       const char  *at,
                                       const char  *who,
                                       const char  *action,
                                       const char  *record_type,
                                       gint64       record_id,
                                       const char  *changes);
gboolean  _hearth_audit_seal          (sqlite3     *db,
                                       GError     **error);

G_END_DECLS
