/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-review-action.h: Something a review agreed to do: who, and by when. */

#pragma once

#include "hearth-record.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_REVIEW_ACTION (hearth_review_action_get_type ())

G_DECLARE_FINAL_TYPE (HearthReviewAction, hearth_review_action, HEARTH, REVIEW_ACTION, HearthRecord)

HearthReviewAction *hearth_review_action_new (void);

gint64      hearth_review_action_get_review_id (HearthReviewAction *self);
const char *hearth_review_action_get_action (HearthReviewAction *self);
const char *hearth_review_action_get_owner (HearthReviewAction *self);
const char *hearth_review_action_get_due_on (HearthReviewAction *self);
const char *hearth_review_action_get_done_on (HearthReviewAction *self);

G_END_DECLS
