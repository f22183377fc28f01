/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-subject-access.c: gathers every record about one person (profile, pen portrait,
 * trials and their stages, arrangements, reviews with outcomes and actions, and the audit
 * trail of each) into one JSON document. */

#define G_LOG_DOMAIN "hearth-subject-access"

#include "config.h"

#include "hearth-arrangement.h"
#include "hearth-audit-entry.h"
#include "hearth-date.h"
#include "hearth-pen-portrait.h"
#include "hearth-review-action.h"
#include "hearth-review-outcome.h"
#include "hearth-review.h"
#include "hearth-scheme-private.h"
#include "hearth-subject-access.h"
#include "hearth-trial-stage.h"
#include "hearth-trial.h"

static void
append_record (GString      *json,
               HearthRecord *record)
{
  HearthRecordClass *klass = HEARTH_RECORD_GET_CLASS (record);

  g_string_append_c (json, '{');
  for (guint i = 0; i < klass->columns->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (klass->columns, i);

      g_string_append_printf (json, "%s\"%s\": ", i > 0 ? ", " : "",
                              hearth_record_column_name (pspec));
      _hearth_json_append_column (json, record, pspec);
    }
  g_string_append_c (json, '}');
}

/* Every column of @record, as a JSON object. */
char *
hearth_record_to_json (HearthRecord *record)
{
  GString *json = g_string_new (NULL);

  g_return_val_if_fail (HEARTH_IS_RECORD (record), NULL);

  append_record (json, record);
  return g_string_free (json, FALSE);
}

static gboolean
append_related (HearthScheme  *self,
                GString       *json,
                const char    *name,
                GType          type,
                const char    *link,
                gint64         id,
                GPtrArray     *collected,
                GError       **error)
{
  g_autoptr(GPtrArray) rows = hearth_scheme_load_related (self, type, link, id, error);

  if (rows == NULL)
    return FALSE;

  g_string_append_printf (json, ",\n  \"%s\": [", name);
  for (guint i = 0; i < rows->len; i++)
    {
      g_string_append (json, i > 0 ? ",\n    " : "\n    ");
      append_record (json, g_ptr_array_index (rows, i));
      if (collected != NULL)
        g_ptr_array_add (collected, g_object_ref (g_ptr_array_index (rows, i)));
    }
  g_string_append (json, rows->len > 0 ? "\n  ]" : "]");
  return TRUE;
}

/* Each child list, for every parent gathered before it: stages of each trial, and so on. */
static gboolean
append_children (HearthScheme  *self,
                 GString       *json,
                 const char    *name,
                 GType          type,
                 const char    *link,
                 GPtrArray     *parents,
                 GPtrArray     *collected,
                 GError       **error)
{
  g_autoptr(GString) inner = g_string_new (NULL);

  g_string_append_printf (json, ",\n  \"%s\": [", name);
  for (guint i = 0; i < parents->len; i++)
    {
      g_autoptr(GPtrArray) rows = NULL;

      rows = hearth_scheme_load_related (self, type, link,
                                         hearth_record_get_id (g_ptr_array_index (parents, i)),
                                         error);
      if (rows == NULL)
        return FALSE;

      for (guint j = 0; j < rows->len; j++)
        {
          g_string_append (inner, inner->len > 0 ? ",\n    " : "\n    ");
          append_record (inner, g_ptr_array_index (rows, j));
          if (collected != NULL)
            g_ptr_array_add (collected, g_object_ref (g_ptr_array_index (rows, j)));
        }
    }
  g_string_append (json, inner->str);
  g_string_append (json, inner->len > 0 ? "\n  ]" : "]");
  return TRUE;
}

static gboolean
append_audit (HearthScheme  *self,
              GString       *json,
              GPtrArray     *records,
              GError       **error)
{
  gboolean first = TRUE;

  g_string_append (json, ",\n  \"audit\": [");
  for (guint i = 0; i < records->len; i++)
    {
      HearthRecord *record = g_ptr_array_index (records, i);
      g_autoptr(GPtrArray) entries = NULL;

      entries = hearth_scheme_load_related (self, HEARTH_TYPE_AUDIT_ENTRY, "record-id",
                                            hearth_record_get_id (record), error);
      if (entries == NULL)
        return FALSE;

      for (guint j = 0; j < entries->len; j++)
        {
          HearthAuditEntry *entry = g_ptr_array_index (entries, j);

          /* Record ids are per kind. */
          if (g_strcmp0 (hearth_audit_entry_get_record_type (entry),
                         hearth_record_get_kind (record)) != 0)
            continue;
          g_string_append (json, first ? "\n    " : ",\n    ");
          append_record (json, HEARTH_RECORD (entry));
          first = FALSE;
        }
    }
  g_string_append (json, first ? "]" : "\n  ]");
  return TRUE;
}

static gpointer
ref_record (gconstpointer record,
            gpointer      user_data)
{
  return g_object_ref ((gpointer) record);
}

/**
 * hearth_scheme_dup_subject_access_json:
 *
 * Returns: (transfer full): everything the scheme holds about @person, as JSON
 */
char *
hearth_scheme_dup_subject_access_json (HearthScheme  *self,
                                       HearthPerson  *person,
                                       GError       **error)
{
  g_autoptr(GString) json = g_string_new ("{\n  \"format\": \"hearth-subject-access-1\"");
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) trials = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) arrangements = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) reviews = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *now = hearth_timestamp_now ();
  gint64 id;

  g_return_val_if_fail (HEARTH_IS_SCHEME (self), NULL);
  g_return_val_if_fail (HEARTH_IS_PERSON (person), NULL);

  id = hearth_record_get_id (HEARTH_RECORD (person));
  g_string_append (json, ",\n  \"scheme\": ");
  _hearth_json_append_string (json, hearth_scheme_get_name (self));
  g_string_append (json, ",\n  \"exported_at\": ");
  _hearth_json_append_string (json, now);
  g_string_append (json, ",\n  \"exported_by\": ");
  _hearth_json_append_string (json, hearth_scheme_get_user (self));
  g_string_append (json, ",\n  \"person\": ");
  append_record (json, HEARTH_RECORD (person));
  g_ptr_array_add (records, g_object_ref (person));

  if (!append_related (self, json, "pen_portraits", HEARTH_TYPE_PEN_PORTRAIT, "person-id", id,
                       records, error) ||
      !append_related (self, json, "trials", HEARTH_TYPE_TRIAL, "person-id", id, trials, error) ||
      !append_children (self, json, "trial_stages", HEARTH_TYPE_TRIAL_STAGE, "trial-id", trials,
                        records, error) ||
      !append_related (self, json, "arrangements", HEARTH_TYPE_ARRANGEMENT, "person-id", id,
                       arrangements, error) ||
      !append_children (self, json, "reviews", HEARTH_TYPE_REVIEW, "arrangement-id",
                        arrangements, reviews, error) ||
      !append_children (self, json, "review_outcomes", HEARTH_TYPE_REVIEW_OUTCOME, "review-id",
                        reviews, records, error) ||
      !append_children (self, json, "review_actions", HEARTH_TYPE_REVIEW_ACTION, "review-id",
                        reviews, records, error))
    return NULL;

  g_ptr_array_extend (records, trials, ref_record, NULL);
  g_ptr_array_extend (records, arrangements, ref_record, NULL);
  g_ptr_array_extend (records, reviews, ref_record, NULL);
  if (!append_audit (self, json, records, error))
    return NULL;

  g_string_append (json, "\n}\n");
  return g_string_free (g_steal_pointer (&json), FALSE);
}
