/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-suggestion-list.c: hearth_scheme_suggest_carers() for the person the Matching view
 * shows, ranked by a worker on its own connection: a large scheme has thousands of carers to
 * judge. When the scheme changes (a carer's places, a trial, a shortlist, the weights) the
 * ranking is made again, and only the carers whose line changed are replaced. */

#define G_LOG_DOMAIN "hearth-suggestion-list"

#include "config.h"

#include "hearth-suggestion-list.h"

/* What is asked: set on the main thread, read by the worker. */
typedef struct
{
  GMutex  lock;
  gint64  person_id;   /* 0: no one, so no carers */
  char   *type;
  gboolean emergency;
} Request;

static void
request_free (Request *request)
{
  g_mutex_clear (&request->lock);
  g_free (request->type);
  g_free (request);
}

static GPtrArray *
load_suggestions (HearthScheme  *reader,
                  gpointer       user_data,
                  GCancellable  *cancellable,
                  GError       **error)
{
  Request *request = user_data;
  g_autoptr(HearthRecord) person = NULL;
  g_autofree char *type = NULL;
  gboolean emergency;
  gint64 id;

  g_mutex_lock (&request->lock);
  id = request->person_id;
  type = g_strdup (request->type);
  emergency = request->emergency;
  g_mutex_unlock (&request->lock);

  if (id == 0)
    return g_ptr_array_new_with_free_func (g_object_unref);
  if (!(person = hearth_scheme_load (reader, HEARTH_TYPE_PERSON, id, error)))
    return NULL;

  return hearth_scheme_suggest_carers (reader, HEARTH_PERSON (person), type, emergency, error);
}

/**
 * hearth_suggestion_list_new:
 *
 * Returns: (transfer full): a list of #HearthSuggestion, empty until a request is set and the
 *   list started; unsorted (sort with hearth_suggestion_compare(), split with
 *   hearth_suggestion_matches())
 */
HearthAggregateList *
hearth_suggestion_list_new (HearthScheme *scheme)
{
  Request *request;

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);

  request = g_new0 (Request, 1);
  g_mutex_init (&request->lock);
  request->type = g_strdup ("long-term");
  return hearth_aggregate_list_new (scheme, HEARTH_TYPE_SUGGESTION, load_suggestions,
                                    (HearthAggregateKeyFunc) hearth_suggestion_dup_key,
                                    (HearthAggregateSameFunc) hearth_suggestion_same,
                                    request, (GDestroyNotify) request_free);
}

/**
 * hearth_suggestion_list_set_request:
 * @list: a list made by hearth_suggestion_list_new()
 * @person_id: who needs a match, or 0 for no one
 * @arrangement_type: "long-term", "short-breaks" or "day-support"
 *
 * Ranks the carers again, in a worker, for what is now asked.
 */
void
hearth_suggestion_list_set_request (HearthAggregateList *list,
                                    gint64               person_id,
                                    const char          *arrangement_type,
                                    gboolean             emergency)
{
  Request *request;

  g_return_if_fail (HEARTH_IS_AGGREGATE_LIST (list));
  g_return_if_fail (arrangement_type != NULL);

  request = hearth_aggregate_list_get_user_data (list);
  g_return_if_fail (request != NULL);

  g_mutex_lock (&request->lock);
  request->person_id = person_id;
  g_free (request->type);
  request->type = g_strdup (arrangement_type);
  request->emergency = emergency;
  g_mutex_unlock (&request->lock);
  hearth_aggregate_list_refresh (list);
}
