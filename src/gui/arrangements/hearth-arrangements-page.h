/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-arrangements-page.h: the Arrangements view: every arrangement, current first, with
 * filters and search; the one chosen shown read-only, with a way to end it; and new
 * emergency placements. */

#pragma once

#include "hearth-page.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_ARRANGEMENTS_PAGE (hearth_arrangements_page_get_type ())

G_DECLARE_FINAL_TYPE (HearthArrangementsPage, hearth_arrangements_page, HEARTH, ARRANGEMENTS_PAGE,
                      HearthPage)

HearthPage        *hearth_arrangements_page_new          (HearthScheme           *scheme,
                                                          GError                **error);
GListModel        *hearth_arrangements_page_get_shown    (HearthArrangementsPage *self);
HearthArrangement *hearth_arrangements_page_get_selected (HearthArrangementsPage *self);

G_END_DECLS
