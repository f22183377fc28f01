/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-attention-map.c: record id → what its row flags (hearth_scheme_dup_attention() for
 * every person or carer), read in a worker thread on a reader of the scheme
 * (hearth_scheme_open_reader()), so binding a row is a lookup and never a query. After each
 * change to the scheme the map is worked out again, and ::changed is emitted once for each
 * record whose text is not what it was. */

#define G_LOG_DOMAIN "hearth-attention-map"

#include "config.h"

#include "hearth-attention-map.h"
#include "hearth-attention-private.h"
#include "hearth-carer-check.h"
#include "hearth-date.h"
#include "hearth-scheme-private.h"
#include "hearth-training.h"

struct _HearthAttentionMap
{
  GObject             parent_instance;

  HearthScheme       *scheme;
  GType               type;
  HearthScheme       *reader;       /* opened by the first refresh, used by one at a time */
  GHashTable         *texts;        /* gint64 id → text, only for records with something */
  GCancellable       *cancellable;
  guint               idle_id;
  guint               loading : 1;  /* a refresh is queued or running */
  guint               running : 1;
  guint               again : 1;    /* the scheme changed while a refresh ran */
};

G_DEFINE_FINAL_TYPE (HearthAttentionMap, hearth_attention_map, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct
{
  HearthScheme *reader;
  GType         type;
  char         *today;
} RefreshJob;

static void start_refresh (HearthAttentionMap *self);

static void
refresh_job_free (RefreshJob *job)
{
  g_clear_object (&job->reader);
  g_free (job->today);
  g_free (job);
}

static GHashTable *
texts_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

static void
add_text (GHashTable   *texts,
          HearthRecord *record,
          char         *text)
{
  gint64 id = hearth_record_get_id (record);

  if (text != NULL)
    g_hash_table_insert (texts, g_memdup2 (&id, sizeof id), text);
}

/* Only a person whose risk review is due at all can be overdue. */
static GHashTable *
people_texts (RefreshJob  *job,
              GError     **error)
{
  g_autoptr(GPtrArray) people = NULL;
  GHashTable *texts;

  people = _hearth_scheme_load_where (job->reader, HEARTH_TYPE_PERSON,
                                      "WHERE archived_at IS NULL AND risk_review_due IS NOT NULL",
                                      0, error);
  if (people == NULL)
    return NULL;

  texts = texts_new ();
  for (guint i = 0; i < people->len; i++)
    add_text (texts, g_ptr_array_index (people, i),
              _hearth_attention_for_person (g_ptr_array_index (people, i), job->today));
  return texts;
}

/* Groups @records by their carer, into arrays that do not own them. */
static GHashTable *
by_carer (GPtrArray *records)
{
  GHashTable *groups = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                              (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < records->len; i++)
    {
      HearthRecord *record = g_ptr_array_index (records, i);
      gint64 carer_id = hearth_record_get_int (record, "carer-id");
      GPtrArray *group = g_hash_table_lookup (groups, &carer_id);

      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_hash_table_insert (groups, g_memdup2 (&carer_id, sizeof carer_id), group);
        }
      g_ptr_array_add (group, record);
    }
  return groups;
}

/* Only approved carers are flagged: they, their DBS checks and all their training. */
static GHashTable *
carer_texts (RefreshJob  *job,
             GError     **error)
{
  g_autoptr(GPtrArray) carers = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GPtrArray) training = NULL;
  g_autoptr(GHashTable) checks_of = NULL;
  g_autoptr(GHashTable) training_of = NULL;
  GHashTable *texts;

  if (!(carers = _hearth_scheme_load_where (job->reader, HEARTH_TYPE_CARER,
                                            "WHERE stage = 'approved' AND archived_at IS NULL",
                                            0, error)) ||
      !(checks = _hearth_scheme_load_where (job->reader, HEARTH_TYPE_CARER_CHECK,
                                            "WHERE kind = 'dbs'", 0, error)) ||
      !(training = hearth_scheme_load_all (job->reader, HEARTH_TYPE_TRAINING, error)))
    return NULL;

  checks_of = by_carer (checks);
  training_of = by_carer (training);
  texts = texts_new ();
  for (guint i = 0; i < carers->len; i++)
    {
      HearthRecord *carer = g_ptr_array_index (carers, i);
      gint64 id = hearth_record_get_id (carer);

      add_text (texts, carer,
                _hearth_attention_for_carer (HEARTH_CARER (carer),
                                             g_hash_table_lookup (checks_of, &id),
                                             g_hash_table_lookup (training_of, &id),
                                             job->today));
    }
  return texts;
}

static void
refresh_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  RefreshJob *job = task_data;
  GError *error = NULL;
  GHashTable *texts = job->type == HEARTH_TYPE_PERSON ? people_texts (job, &error)
                                                       : carer_texts (job, &error);

  if (texts == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, texts, (GDestroyNotify) g_hash_table_unref);
}

/* The ids whose text differs between @before and @after. */
static GArray *
changed_ids (GHashTable *before,
             GHashTable *after)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_strcmp0 (value, g_hash_table_lookup (after, key)) != 0)
      g_array_append_val (ids, *(gint64 *) key);

  g_hash_table_iter_init (&iter, after);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (before, key))
      g_array_append_val (ids, *(gint64 *) key);

  return ids;
}

static void
set_loading (HearthAttentionMap *self,
             gboolean            loading)
{
  if (self->loading == !!loading)
    return;

  self->loading = !!loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
refreshed_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  HearthAttentionMap *self = HEARTH_ATTENTION_MAP (source);
  g_autoptr(GHashTable) texts = NULL;
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  self->running = FALSE;
  texts = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->scheme == NULL)
    return;

  if (texts == NULL)
    /* The badges stay as they were; the next change to the scheme tries again. */
    g_debug ("Could not work out what needs attention: %s", error->message);
  else
    {
      before = g_steal_pointer (&self->texts);
      self->texts = g_steal_pointer (&texts);
      ids = changed_ids (before, self->texts);
      for (guint i = 0; i < ids->len; i++)
        g_signal_emit (self, signals[CHANGED], 0, g_array_index (ids, gint64, i));
    }

  if (self->again)
    start_refresh (self);
  else
    set_loading (self, FALSE);
}

static void
start_refresh (HearthAttentionMap *self)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  RefreshJob *job;

  self->again = FALSE;
  if (self->reader == NULL && !(self->reader = hearth_scheme_open_reader (self->scheme, &error)))
    {
      /* As when a refresh fails: the badges stay, and the next change tries again. */
      g_debug ("Could not work out what needs attention: %s", error->message);
      set_loading (self, FALSE);
      return;
    }

  job = g_new0 (RefreshJob, 1);
  job->reader = g_object_ref (self->reader);
  job->type = self->type;
  job->today = hearth_date_today ();
  self->running = TRUE;

  task = g_task_new (self, self->cancellable, refreshed_cb, NULL);
  g_task_set_source_tag (task, start_refresh);
  g_task_set_task_data (task, job, (GDestroyNotify) refresh_job_free);
  g_task_run_in_thread (task, refresh_thread);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  HearthAttentionMap *self = data;

  self->idle_id = 0;
  if (self->running)
    self->again = TRUE;
  else
    start_refresh (self);
  return G_SOURCE_REMOVE;
}

/* Whether a change to @record can change what this map says. */
static gboolean
concerns (HearthAttentionMap *self,
          HearthRecord       *record)
{
  if (self->type == HEARTH_TYPE_PERSON)
    return HEARTH_IS_PERSON (record);

  return HEARTH_IS_CARER (record) || HEARTH_IS_CARER_CHECK (record) ||
         HEARTH_IS_TRAINING (record);
}

static void
record_changed_cb (HearthAttentionMap *self,
                   HearthRecord       *record)
{
  if (concerns (self, record))
    hearth_attention_map_refresh (self);
}

static void
hearth_attention_map_dispose (GObject *object)
{
  HearthAttentionMap *self = HEARTH_ATTENTION_MAP (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->scheme != NULL)
    g_signal_handlers_disconnect_by_data (self->scheme, self);
  g_clear_object (&self->scheme);
  g_clear_object (&self->reader);

  G_OBJECT_CLASS (hearth_attention_map_parent_class)->dispose (object);
}

static void
hearth_attention_map_finalize (GObject *object)
{
  HearthAttentionMap *self = HEARTH_ATTENTION_MAP (object);

  g_clear_pointer (&self->texts, g_hash_table_unref);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (hearth_attention_map_parent_class)->finalize (object);
}

static void
hearth_attention_map_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HearthAttentionMap *self = HEARTH_ATTENTION_MAP (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_attention_map_class_init (HearthAttentionMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hearth_attention_map_dispose;
  object_class->finalize = hearth_attention_map_finalize;
  object_class->get_property = hearth_attention_map_get_property;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HearthAttentionMap::changed:
   * @id: the record whose text is new, changed or gone
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
hearth_attention_map_init (HearthAttentionMap *self)
{
  self->texts = texts_new ();
  self->cancellable = g_cancellable_new ();
}

/**
 * hearth_attention_map_new:
 * @type: %HEARTH_TYPE_PERSON or %HEARTH_TYPE_CARER
 *
 * The map starts empty and fills in a worker thread; ::changed says which rows to redraw.
 *
 * Returns: (transfer full): a new map
 */
HearthAttentionMap *
hearth_attention_map_new (HearthScheme *scheme,
                          GType         type)
{
  HearthAttentionMap *self;

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);
  g_return_val_if_fail (type == HEARTH_TYPE_PERSON || type == HEARTH_TYPE_CARER, NULL);

  self = g_object_new (HEARTH_TYPE_ATTENTION_MAP, NULL);
  self->scheme = g_object_ref (scheme);
  self->type = type;

  g_signal_connect_object (scheme, "record-added", G_CALLBACK (record_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (scheme, "record-changed", G_CALLBACK (record_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (scheme, "record-erased", G_CALLBACK (record_changed_cb), self,
                           G_CONNECT_SWAPPED);
  hearth_attention_map_refresh (self);
  return self;
}

/**
 * hearth_attention_map_lookup:
 *
 * Returns: (transfer none) (nullable): what needs attention about record @id, or %NULL
 */
const char *
hearth_attention_map_lookup (HearthAttentionMap *self,
                             gint64              id)
{
  g_return_val_if_fail (HEARTH_IS_ATTENTION_MAP (self), NULL);

  return g_hash_table_lookup (self->texts, &id);
}

/**
 * hearth_attention_map_get_loading:
 *
 * Returns: %TRUE while a refresh is waiting or running
 */
gboolean
hearth_attention_map_get_loading (HearthAttentionMap *self)
{
  g_return_val_if_fail (HEARTH_IS_ATTENTION_MAP (self), FALSE);

  return self->loading;
}

/**
 * hearth_attention_map_refresh:
 *
 * Works the map out again soon; changes made together are read in one refresh.
 */
void
hearth_attention_map_refresh (HearthAttentionMap *self)
{
  g_return_if_fail (HEARTH_IS_ATTENTION_MAP (self));

  set_loading (self, TRUE);
  if (self->idle_id == 0)
    self->idle_id = g_idle_add (refresh_idle_cb, self);
}
