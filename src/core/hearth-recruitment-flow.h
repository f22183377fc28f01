/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-recruitment-flow.h: the stages of carer recruitment in order, enquiry to approved,
 * and where each stage leads. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The stages of the recruitment flow, enquiry to approved. */
#define HEARTH_RECRUITMENT_N_STAGES 7

const char *hearth_recruitment_stage            (guint       index);
int         hearth_recruitment_stage_position   (const char *stage);
const char *hearth_recruitment_stage_next       (const char *stage);
const char *hearth_recruitment_stage_label      (const char *stage);
gboolean    hearth_recruitment_stage_has_target (const char *stage);
gboolean    hearth_recruitment_stage_is_shown   (const char *stage);

G_END_DECLS
