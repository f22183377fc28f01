/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-export.c: the columns of each list, and the list as CSV. Values are written as a
 * coordinator reads them (labels, not codes; "Yes" and "No"), dates as YYYY-MM-DD so that a
 * spreadsheet sorts them, and money as pounds with two decimals, without the sign. */

#define G_LOG_DOMAIN "hearth-export"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hearth-arrangement.h"
#include "hearth-carer.h"
#include "hearth-csv.h"
#include "hearth-date.h"
#include "hearth-error.h"
#include "hearth-fields.h"
#include "hearth-person.h"
#include "hearth-private-file.h"
#include "hearth-review-policy.h"
#include "hearth-rules.h"
#include "hearth-trial.h"
#include "hearth-values.h"

#include "hearth-export.h"

typedef enum
{
  TEXT,      /* the property as it is */
  LABEL,     /* a closed value's label */
  NEEDS,     /* a comma-separated list of support needs */
  YES_NO,
  POUNDS,    /* pence, as 650.00 */
  PERSON,    /* the name of the person whose id the property holds */
  CARER,
  ID,
  NAME,      /* the record's own display name */
  REVIEW_OF, /* what a review is of */
  REVIEW_STATE,
} ColumnKind;

typedef struct
{
  const char     *heading;   /* N_(); %NULL for the property's own label */
  ColumnKind      kind;
  const char     *property;
  HearthValueSet  set;
} Column;

static const Column person_columns[] = {
  { N_("ID"), ID, NULL, 0 },
  { N_("Name"), NAME, NULL, 0 },
  { NULL, TEXT, "first-name", 0 },
  { NULL, TEXT, "last-name", 0 },
  { NULL, LABEL, "status", HEARTH_VALUES_PERSON_STATUS },
  { NULL, TEXT, "date-of-birth", 0 },
  { NULL, TEXT, "referral-date", 0 },
  { NULL, TEXT, "referring-org", 0 },
  { NULL, TEXT, "care-manager-name", 0 },
  { NULL, LABEL, "funding-route", HEARTH_VALUES_FUNDING_ROUTE },
  { NULL, NEEDS, "support-needs", 0 },
  { NULL, TEXT, "area", 0 },
  { NULL, TEXT, "postcode", 0 },
  { NULL, TEXT, "risk-review-due", 0 },
  { NULL, TEXT, "archived-at", 0 },
};

static const Column carer_columns[] = {
  { N_("ID"), ID, NULL, 0 },
  { N_("Name"), NAME, NULL, 0 },
  { NULL, TEXT, "first-name", 0 },
  { NULL, TEXT, "last-name", 0 },
  { NULL, LABEL, "stage", HEARTH_VALUES_CARER_STAGE },
  { NULL, TEXT, "stage-since", 0 },
  { NULL, TEXT, "enquiry-date", 0 },
  { NULL, TEXT, "area", 0 },
  { NULL, TEXT, "postcode", 0 },
  { NULL, YES_NO, "approved-long-term", 0 },
  { NULL, YES_NO, "approved-short-breaks", 0 },
  { NULL, YES_NO, "approved-day-support", 0 },
  { NULL, YES_NO, "approved-emergency", 0 },
  { NULL, TEXT, "approved-places", 0 },
  { NULL, TEXT, "approval-date", 0 },
  { NULL, TEXT, "next-approval-review", 0 },
  { NULL, TEXT, "archived-at", 0 },
};

static const Column trial_columns[] = {
  { N_("ID"), ID, NULL, 0 },
  { NULL, PERSON, "person-id", 0 },
  { NULL, CARER, "carer-id", 0 },
  { NULL, LABEL, "arrangement-type", HEARTH_VALUES_ARRANGEMENT_TYPE },
  { NULL, LABEL, "stage", HEARTH_VALUES_TRIAL_STAGE },
  { NULL, TEXT, "stage-since", 0 },
  { NULL, LABEL, "outcome", HEARTH_VALUES_TRIAL_OUTCOME },
  { NULL, LABEL, "person-decision", HEARTH_VALUES_DECISION },
  { NULL, LABEL, "carer-decision", HEARTH_VALUES_DECISION },
  { NULL, TEXT, "closed-on", 0 },
};

static const Column arrangement_columns[] = {
  { N_("ID"), ID, NULL, 0 },
  { NULL, PERSON, "person-id", 0 },
  { NULL, CARER, "carer-id", 0 },
  { NULL, LABEL, "arrangement-type", HEARTH_VALUES_ARRANGEMENT_TYPE },
  { NULL, YES_NO, "emergency", 0 },
  { NULL, TEXT, "start-date", 0 },
  { NULL, TEXT, "planned-end", 0 },
  { NULL, TEXT, "end-date", 0 },
  { NULL, LABEL, "end-reason", HEARTH_VALUES_END_REASON },
  { NULL, LABEL, "funding-route", HEARTH_VALUES_FUNDING_ROUTE },
  { NULL, POUNDS, "weekly-fee-pence", 0 },
};

static const Column review_columns[] = {
  { N_("ID"), ID, NULL, 0 },
  { N_("Review of"), REVIEW_OF, NULL, 0 },
  { NULL, TEXT, "due-on", 0 },
  { N_("State"), REVIEW_STATE, NULL, 0 },
  { NULL, TEXT, "held-on", 0 },
  { NULL, TEXT, "reviewer", 0 },
  { NULL, YES_NO, "care-manager-attended", 0 },
  { NULL, TEXT, "advocate-name", 0 },
  { NULL, TEXT, "person-views", 0 },
  { NULL, TEXT, "carer-views", 0 },
  { NULL, TEXT, "next-due", 0 },
};

static const struct {
  const char    *name;
  GType        (*get_type) (void);
  const Column  *columns;
  guint          n_columns;
} lists[] = {
  { "people", hearth_person_get_type, person_columns, G_N_ELEMENTS (person_columns) },
  { "carers", hearth_carer_get_type, carer_columns, G_N_ELEMENTS (carer_columns) },
  { "trials", hearth_trial_get_type, trial_columns, G_N_ELEMENTS (trial_columns) },
  { "arrangements", hearth_arrangement_get_type, arrangement_columns,
    G_N_ELEMENTS (arrangement_columns) },
  { "reviews", hearth_review_get_type, review_columns, G_N_ELEMENTS (review_columns) },
};

typedef struct
{
  HearthScheme *scheme;
  GHashTable   *people;        /* id → display name */
  GHashTable   *carers;
  GHashTable   *arrangements;  /* id → HearthArrangement */
  char         *today;
} Names;

static void
names_clear (Names *names)
{
  g_clear_pointer (&names->people, g_hash_table_unref);
  g_clear_pointer (&names->carers, g_hash_table_unref);
  g_clear_pointer (&names->arrangements, g_hash_table_unref);
  g_clear_pointer (&names->today, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Names, names_clear)

static GHashTable *
load_names (HearthScheme  *scheme,
            GType          type,
            GError       **error)
{
  g_autoptr(GPtrArray) all = hearth_scheme_load_all (scheme, type, error);
  GHashTable *names;

  if (all == NULL)
    return NULL;

  names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < all->len; i++)
    {
      HearthRecord *record = g_ptr_array_index (all, i);
      gint64 id = hearth_record_get_id (record);

      g_hash_table_insert (names, g_memdup2 (&id, sizeof id),
                           type == HEARTH_TYPE_PERSON
                           ? hearth_person_dup_display_name (HEARTH_PERSON (record))
                           : hearth_carer_dup_display_name (HEARTH_CARER (record)));
    }

  return names;
}

static gboolean
names_init (Names         *names,
            HearthScheme  *scheme,
            GError       **error)
{
  g_autoptr(GPtrArray) arrangements = NULL;

  names->scheme = scheme;
  names->today = hearth_date_today ();
  if (!(names->people = load_names (scheme, HEARTH_TYPE_PERSON, error)) ||
      !(names->carers = load_names (scheme, HEARTH_TYPE_CARER, error)) ||
      !(arrangements = hearth_scheme_load_all (scheme, HEARTH_TYPE_ARRANGEMENT, error)))
    return FALSE;

  names->arrangements = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  for (guint i = 0; i < arrangements->len; i++)
    {
      HearthRecord *a = g_ptr_array_index (arrangements, i);
      gint64 id = hearth_record_get_id (a);

      g_hash_table_insert (names->arrangements, g_memdup2 (&id, sizeof id), g_object_ref (a));
    }

  return TRUE;
}

static char *
needs_text (const char *needs)
{
  g_auto(GStrv) codes = g_strsplit (needs != NULL ? needs : "", ",", -1);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  for (guint i = 0; codes[i] != NULL; i++)
    if (codes[i][0] != '\0')
      g_ptr_array_add (labels, (gpointer) hearth_values_label (HEARTH_VALUES_SUPPORT_NEED, codes[i]));
  g_ptr_array_add (labels, NULL);

  return g_strjoinv ("; ", (char **) labels->pdata);
}

static HearthArrangement *
arrangement_of (Names        *names,
                HearthReview *review)
{
  gint64 id = hearth_review_get_arrangement_id (review);

  return id != 0 ? g_hash_table_lookup (names->arrangements, &id) : NULL;
}

static char *
review_of (Names        *names,
           HearthReview *review)
{
  HearthArrangement *a = arrangement_of (names, review);
  gint64 carer = hearth_review_get_carer_id (review);

  if (hearth_review_get_arrangement_id (review) == 0)
    return g_strdup_printf (_("Approval of %s"),
                            (char *) g_hash_table_lookup (names->carers, &carer));
  if (a == NULL)
    return g_strdup_printf (_("Arrangement %lld"),
                            (long long) hearth_review_get_arrangement_id (review));

  {
    gint64 person_id = hearth_arrangement_get_person_id (a);
    gint64 carer_id = hearth_arrangement_get_carer_id (a);

    return g_strdup_printf (_("%s with %s"),
                            (char *) g_hash_table_lookup (names->people, &person_id),
                            (char *) g_hash_table_lookup (names->carers, &carer_id));
  }
}

static char *
cell (Names        *names,
      const Column *column,
      HearthRecord *record)
{
  gint64 id;

  switch (column->kind)
    {
    case TEXT:
      if (G_IS_PARAM_SPEC_INT64 (g_object_class_find_property (G_OBJECT_GET_CLASS (record),
                                                               column->property)))
        return g_strdup_printf ("%" G_GINT64_FORMAT, hearth_record_get_int (record, column->property));
      return g_strdup (hearth_record_get_string (record, column->property));
    case LABEL:
      {
        const char *value = hearth_record_get_string (record, column->property);

        return value != NULL ? g_strdup (hearth_values_label (column->set, value)) : NULL;
      }
    case NEEDS:
      return needs_text (hearth_record_get_string (record, column->property));
    case YES_NO:
      return g_strdup (hearth_record_get_boolean (record, column->property) ? _("Yes") : _("No"));
    case POUNDS:
      id = hearth_record_get_int (record, column->property);
      return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", id / 100, (int) (ABS (id) % 100));
    case PERSON:
      id = hearth_record_get_int (record, column->property);
      return g_strdup (g_hash_table_lookup (names->people, &id));
    case CARER:
      id = hearth_record_get_int (record, column->property);
      return g_strdup (g_hash_table_lookup (names->carers, &id));
    case ID:
      /* An approval review due is not yet a record of its own. */
      if (hearth_record_get_id (record) == 0)
        return NULL;
      return g_strdup_printf ("%" G_GINT64_FORMAT, hearth_record_get_id (record));
    case NAME:
      return HEARTH_IS_PERSON (record) ? hearth_person_dup_display_name (HEARTH_PERSON (record))
                                       : hearth_carer_dup_display_name (HEARTH_CARER (record));
    case REVIEW_OF:
      return review_of (names, HEARTH_REVIEW (record));
    case REVIEW_STATE:
      {
        HearthArrangement *a = arrangement_of (names, HEARTH_REVIEW (record));
        const char *ended = a != NULL ? hearth_arrangement_get_end_date (a) : NULL;

        return g_strdup (hearth_review_state_label (hearth_review_state (HEARTH_REVIEW (record),
                                                                         ended, names->today)));
      }
    default:
      g_assert_not_reached ();
    }
}

static char *
column_heading (GType         type,
                const Column *column)
{
  const char *label;

  if (column->heading != NULL)
    return g_strdup (_(column->heading));

  label = hearth_record_get_field_label (type, column->property);
  g_assert (label != NULL);
  /* The field holds pence; the column is written in pounds. */
  if (column->kind == POUNDS)
    /* Translators: a column of money, as in "Weekly fee (£)" */
    return g_strdup_printf (_("%s (£)"), label);

  return g_strdup (label);
}

static const Column *
columns_of (GType  type,
            guint *n_columns)
{
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    if (lists[i].get_type () == type)
      {
        *n_columns = lists[i].n_columns;
        return lists[i].columns;
      }

  *n_columns = 0;
  return NULL;
}

/**
 * hearth_export_dup_heading:
 * @type: the kind of record a list holds
 * @property: one of its columns, as a property name
 *
 * Returns: (nullable): the heading of the exported column that shows @property, or %NULL
 *   when the list leaves it out
 */
char *
hearth_export_dup_heading (GType       type,
                           const char *property)
{
  guint n_columns;
  const Column *columns = columns_of (type, &n_columns);

  g_return_val_if_fail (property != NULL, NULL);

  for (guint c = 0; c < n_columns; c++)
    if (g_strcmp0 (columns[c].property, property) == 0)
      return column_heading (type, &columns[c]);

  return NULL;
}

/* The names hearth-cli export takes: people, carers, trials, arrangements, reviews. */
const char * const *
hearth_export_list_names (void)
{
  static const char * const names[] = {
    "people", "carers", "trials", "arrangements", "reviews", NULL,
  };

  return names;
}

/* Returns: the type of record @list holds, or G_TYPE_INVALID */
GType
hearth_export_list_type (const char *list)
{
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    if (g_strcmp0 (lists[i].name, list) == 0)
      return lists[i].get_type ();

  return G_TYPE_INVALID;
}

/* Every record of @type; archived people and carers only when @archived. */
GPtrArray *
hearth_export_load_list (HearthScheme  *scheme,
                         GType          type,
                         gboolean       archived,
                         GError       **error)
{
  g_autoptr(GPtrArray) all = hearth_scheme_load_all (scheme, type, error);

  if (all == NULL)
    return NULL;

  for (guint i = all->len; !archived && i > 0; i--)
    if (hearth_record_is_archived (g_ptr_array_index (all, i - 1)))
      g_ptr_array_remove_index (all, i - 1);

  return g_steal_pointer (&all);
}

/**
 * hearth_export_csv:
 * @type: the kind of record, one of those hearth_export_list_type() returns
 * @records: (element-type HearthRecord): the records, in the order to write them
 *
 * Returns: (transfer full): the CSV text: a byte order mark, a row of headings, a row per
 *   record, each ended by CRLF
 */
static gboolean
find_columns (GType          type,
              const Column **columns,
              guint         *n_columns,
              GError       **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    if (lists[i].get_type () == type)
      {
        *columns = lists[i].columns;
        *n_columns = lists[i].n_columns;
        return TRUE;
      }

  g_set_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID, _("This list cannot be exported."));
  return FALSE;
}

/* The text of the CSV, from what names_init() read: no scheme is touched, so this can run in
 * a worker thread. */
static char *
format_csv (Names         *names,
            GType          type,
            const Column  *columns,
            guint          n_columns,
            GPtrArray     *records)
{
  g_autoptr(GString) csv = g_string_new (HEARTH_CSV_BOM);
  g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);

  for (guint c = 0; c < n_columns; c++)
    g_ptr_array_add (row, column_heading (type, &columns[c]));
  hearth_csv_append_row (csv, (const char * const *) row->pdata, row->len);

  for (guint i = 0; i < records->len; i++)
    {
      g_ptr_array_set_size (row, 0);
      for (guint c = 0; c < n_columns; c++)
        g_ptr_array_add (row, cell (names, &columns[c], g_ptr_array_index (records, i)));
      hearth_csv_append_row (csv, (const char * const *) row->pdata, row->len);
    }

  return g_string_free (g_steal_pointer (&csv), FALSE);
}

char *
hearth_export_csv (HearthScheme  *scheme,
                   GType          type,
                   GPtrArray     *records,
                   GError       **error)
{
  g_auto(Names) names = { 0, };
  const Column *columns = NULL;
  guint n_columns = 0;

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), NULL);
  g_return_val_if_fail (records != NULL, NULL);

  if (!find_columns (type, &columns, &n_columns, error) || !names_init (&names, scheme, error))
    return NULL;

  return format_csv (&names, type, columns, n_columns, records);
}

/* Writes the CSV to @file, replacing it whole or not at all, readable by its owner only. */
gboolean
hearth_export_csv_to_file (HearthScheme  *scheme,
                           GType          type,
                           GPtrArray     *records,
                           GFile         *file,
                           GError       **error)
{
  g_autofree char *csv = hearth_export_csv (scheme, type, records, error);

  if (csv == NULL)
    return FALSE;

  return hearth_private_file_replace (file, csv, strlen (csv), error);
}

typedef struct
{
  Names         names;
  GType         type;
  const Column *columns;
  guint         n_columns;
  GPtrArray    *records;
  GFile        *file;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  names_clear (&job->names);
  g_clear_pointer (&job->records, g_ptr_array_unref);
  g_clear_object (&job->file);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autofree char *csv = format_csv (&job->names, job->type, job->columns, job->n_columns,
                                     job->records);
  GError *error = NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, &error) ||
      !hearth_private_file_replace (job->file, csv, strlen (csv), &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * hearth_export_csv_to_file_async:
 * @records: (element-type HearthRecord): the records, in the order to write them
 *
 * Exports as hearth_export_csv_to_file() does. The names the rows refer to are read from
 * @scheme here, on the calling thread, and the records copied; the rows are made and the
 * file written in a worker thread.
 */
void
hearth_export_csv_to_file_async (HearthScheme        *scheme,
                                 GType                type,
                                 GPtrArray           *records,
                                 GFile               *file,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  ExportJob *job;

  g_return_if_fail (HEARTH_IS_SCHEME (scheme));
  g_return_if_fail (records != NULL);
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (scheme, cancellable, callback, user_data);
  g_task_set_source_tag (task, hearth_export_csv_to_file_async);

  job = g_new0 (ExportJob, 1);
  job->type = type;
  job->file = g_object_ref (file);
  job->records = g_ptr_array_new_full (records->len, g_object_unref);
  for (guint i = 0; i < records->len; i++)
    g_ptr_array_add (job->records, hearth_record_copy (g_ptr_array_index (records, i)));
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);

  if (!find_columns (type, &job->columns, &job->n_columns, &error) ||
      !names_init (&job->names, scheme, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  /* The worker never touches the scheme. */
  job->names.scheme = NULL;

  g_task_run_in_thread (task, export_thread);
}

gboolean
hearth_export_csv_to_file_finish (HearthScheme  *scheme,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, scheme), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
