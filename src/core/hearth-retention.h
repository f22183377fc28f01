/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-retention.h: keeping records for as long as the scheme must, and erasing them
 * everywhere once that time is over. */

#pragma once

#include "hearth-scheme.h"

G_BEGIN_DECLS

GPtrArray *hearth_scheme_list_past_retention (HearthScheme  *self,
                                              const char    *today,
                                              GError       **error);
char      *hearth_scheme_dup_left_on         (HearthScheme  *self,
                                              HearthRecord  *record,
                                              GError       **error);
gboolean   hearth_scheme_erase               (HearthScheme  *self,
                                              HearthRecord  *record,
                                              const char    *typed_name,
                                              char         **report,
                                              GError       **error);

G_END_DECLS
