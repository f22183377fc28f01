/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-subject-access.h: everything a scheme holds about one person, for a subject access
 * request under UK GDPR. */

#pragma once

#include "hearth-person.h"
#include "hearth-scheme.h"

G_BEGIN_DECLS

char *hearth_record_to_json               (HearthRecord  *record);
char *hearth_scheme_dup_subject_access_json (HearthScheme *self,
                                           HearthPerson  *person,
                                           GError       **error);

G_END_DECLS
