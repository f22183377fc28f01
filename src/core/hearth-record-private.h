/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-record-private.h: how the store fills a record it has just read. */

#pragma once

#include "hearth-record.h"

G_BEGIN_DECLS

void _hearth_record_load_text   (HearthRecord *self,
                                 GParamSpec   *pspec,
                                 const char   *text);
void _hearth_record_load_number (HearthRecord *self,
                                 GParamSpec   *pspec,
                                 gint64        number);

G_END_DECLS
