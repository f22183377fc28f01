/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-history-page.h: the History view: the audit trail of the whole scheme or of one
 * record, filterable, read-only. */

#pragma once

#include "hearth-page.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_HISTORY_PAGE (hearth_history_page_get_type ())

G_DECLARE_FINAL_TYPE (HearthHistoryPage, hearth_history_page, HEARTH, HISTORY_PAGE, HearthPage)

HearthPage *hearth_history_page_new         (HearthScheme      *scheme,
                                             GError           **error);
void        hearth_history_page_show_record (HearthHistoryPage *self,
                                             const char        *kind,
                                             gint64             id);
void        hearth_history_page_show_all    (HearthHistoryPage *self);
guint       hearth_history_page_get_n_shown (HearthHistoryPage *self);

G_END_DECLS
