/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-review-action.c: Something a review agreed to do: who, and by when. */

#define G_LOG_DOMAIN "hearth-review-action"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-review-action.h"

struct _HearthReviewAction
{
  HearthRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (HearthReviewAction, hearth_review_action, HEARTH_TYPE_RECORD)

enum {
  PROP_0,
  PROP_REVIEW_ID,
  PROP_ACTION,
  PROP_OWNER,
  PROP_DUE_ON,
  PROP_DONE_ON,
  N_PROPS
};

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static GParamSpec *properties[N_PROPS];

static void
hearth_review_action_class_init (HearthReviewActionClass *klass)
{
  HearthRecordClass *record_class = HEARTH_RECORD_CLASS (klass);

  properties[PROP_REVIEW_ID] =
    g_param_spec_int64 ("review-id", N_("Review"), NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_ACTION] =
    g_param_spec_string ("action", N_("Action"), NULL, NULL, FLAGS);
  properties[PROP_OWNER] =
    g_param_spec_string ("owner", N_("Who does it"), NULL, NULL, FLAGS);
  properties[PROP_DUE_ON] =
    g_param_spec_string ("due-on", N_("Due"), NULL, NULL, FLAGS);
  properties[PROP_DONE_ON] =
    g_param_spec_string ("done-on", N_("Done on"), NULL, NULL, FLAGS);

  hearth_record_class_install_columns (record_class, "review_action", "review-action",
                                       HEARTH_RECORD_PLAIN,
                                       &properties[1], N_PROPS - 1);
}

static void
hearth_review_action_init (HearthReviewAction *self)
{
}

HearthReviewAction *
hearth_review_action_new (void)
{
  return g_object_new (HEARTH_TYPE_REVIEW_ACTION, NULL);
}

gint64
hearth_review_action_get_review_id (HearthReviewAction *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW_ACTION (self), 0);

  return hearth_record_get_int (HEARTH_RECORD (self), "review-id");
}

const char *
hearth_review_action_get_action (HearthReviewAction *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW_ACTION (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "action");
}

const char *
hearth_review_action_get_owner (HearthReviewAction *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW_ACTION (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "owner");
}

const char *
hearth_review_action_get_due_on (HearthReviewAction *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW_ACTION (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "due-on");
}

const char *
hearth_review_action_get_done_on (HearthReviewAction *self)
{
  g_return_val_if_fail (HEARTH_IS_REVIEW_ACTION (self), NULL);

  return hearth_record_get_string (HEARTH_RECORD (self), "done-on");
}
