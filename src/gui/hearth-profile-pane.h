/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-profile-pane.h: the read-only sheet of one person or carer. */

#pragma once

#include <adwaita.h>

#include "hearth.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_PROFILE_PANE (hearth_profile_pane_get_type ())

G_DECLARE_FINAL_TYPE (HearthProfilePane, hearth_profile_pane, HEARTH, PROFILE_PANE, AdwBin)

HearthProfilePane *hearth_profile_pane_new        (HearthScheme      *scheme,
                                                   GType              type);
void               hearth_profile_pane_set_record (HearthProfilePane *self,
                                                   HearthRecord      *record);
HearthRecord      *hearth_profile_pane_get_record (HearthProfilePane *self);
void               hearth_profile_pane_refresh    (HearthProfilePane *self);
const char        *hearth_profile_pane_get_title  (HearthProfilePane *self);

G_END_DECLS
