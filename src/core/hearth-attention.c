/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-attention.c: the one thing a list row should flag about a person or a carer.
 *
 * For a person, a risk assessment review that is overdue. For an approved carer, in order
 * of urgency: an approval review overdue, an enhanced DBS check expired, training expired,
 * then the same coming due within HEARTH_ATTENTION_DAYS_AHEAD days. A DBS check with no
 * expiry recorded is taken to need renewing three years after it was done. */

#define G_LOG_DOMAIN "hearth-attention"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-attention-private.h"
#include "hearth-attention.h"
#include "hearth-carer-check.h"
#include "hearth-carer.h"
#include "hearth-date.h"
#include "hearth-person.h"
#include "hearth-rules.h"
#include "hearth-training.h"

#define DBS_RENEWAL_YEARS 3

/* The newest DBS check's renewal date among @checks, or NULL when there is none. */
static char *
dbs_renewal (GPtrArray *checks)
{
  const char *newest = NULL;
  const char *expires = NULL;

  for (guint i = 0; checks != NULL && i < checks->len; i++)
    {
      HearthRecord *check = g_ptr_array_index (checks, i);
      const char *done = hearth_record_get_string (check, "completed-on");

      if (g_strcmp0 (hearth_record_get_string (check, "kind"), "dbs") != 0 || done == NULL)
        continue;
      if (newest == NULL || g_strcmp0 (done, newest) > 0)
        {
          newest = done;
          expires = hearth_record_get_string (check, "expires-on");
        }
    }

  if (newest == NULL)
    return NULL;
  return expires != NULL ? g_strdup (expires) : hearth_date_add_years (newest, DBS_RENEWAL_YEARS);
}

/* The course among @training that runs out first, and when. */
static const char *
first_training_expiry (GPtrArray   *training,
                       const char **course)
{
  const char *first = NULL;

  for (guint i = 0; training != NULL && i < training->len; i++)
    {
      HearthRecord *one = g_ptr_array_index (training, i);
      const char *expires = hearth_record_get_string (one, "expires-on");

      if (expires != NULL && (first == NULL || g_strcmp0 (expires, first) < 0))
        {
          first = expires;
          *course = hearth_record_get_string (one, "course");
        }
    }

  return first;
}

/* What a row says about a person, who needs no other record to judge. */
char *
_hearth_attention_for_person (HearthPerson *person,
                              const char   *today)
{
  if (hearth_record_is_archived (HEARTH_RECORD (person)))
    return NULL;

  return hearth_rules_risk_review_overdue (person, today)
         ? g_strdup (_("Risk assessment review overdue")) : NULL;
}

/* What a row says about a carer, judged with their carer checks and training. */
char *
_hearth_attention_for_carer (HearthCarer *carer,
                             GPtrArray   *checks,
                             GPtrArray   *training,
                             const char  *today)
{
  const char *review = hearth_carer_get_next_approval_review (carer);
  g_autofree char *soon = NULL;
  g_autofree char *dbs = NULL;
  const char *course = NULL;
  const char *training_expires;

  if (hearth_record_is_archived (HEARTH_RECORD (carer)) ||
      g_strcmp0 (hearth_carer_get_stage (carer), "approved") != 0)
    return NULL;

  soon = hearth_date_add_days (today, HEARTH_ATTENTION_DAYS_AHEAD);
  dbs = dbs_renewal (checks);
  training_expires = first_training_expiry (training, &course);

  if (review != NULL && g_strcmp0 (review, today) < 0)
    return g_strdup (_("Approval review overdue"));
  if (dbs != NULL && g_strcmp0 (dbs, today) < 0)
    return g_strdup (_("DBS check expired"));
  if (training_expires != NULL && g_strcmp0 (training_expires, today) < 0)
    return g_strdup_printf (_("Training expired: %s"), course);
  if (review != NULL && g_strcmp0 (review, soon) <= 0)
    return g_strdup (_("Approval review due soon"));
  if (dbs != NULL && g_strcmp0 (dbs, soon) <= 0)
    return g_strdup (_("DBS renewal due soon"));
  if (training_expires != NULL && g_strcmp0 (training_expires, soon) <= 0)
    return g_strdup_printf (_("Training due for renewal: %s"), course);

  return NULL;
}

/**
 * hearth_scheme_dup_attention:
 * @today: the date to judge by, as YYYY-MM-DD
 *
 * Returns: (transfer full) (nullable): what needs attention, or %NULL when nothing does
 */
char *
hearth_scheme_dup_attention (HearthScheme *self,
                             HearthRecord *record,
                             const char   *today)
{
  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);
  g_return_val_if_fail (HEARTH_IS_RECORD (record), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  if (HEARTH_IS_PERSON (record))
    return _hearth_attention_for_person (HEARTH_PERSON (record), today);

  if (HEARTH_IS_CARER (record) && !hearth_record_is_archived (record) &&
      g_strcmp0 (hearth_carer_get_stage (HEARTH_CARER (record)), "approved") == 0)
    {
      gint64 id = hearth_record_get_id (record);
      g_autoptr(GPtrArray) checks = hearth_scheme_load_related (self, HEARTH_TYPE_CARER_CHECK,
                                                                "carer-id", id, NULL);
      g_autoptr(GPtrArray) training = hearth_scheme_load_related (self, HEARTH_TYPE_TRAINING,
                                                                  "carer-id", id, NULL);

      return _hearth_attention_for_carer (HEARTH_CARER (record), checks, training, today);
    }

  return NULL;
}
