/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-cli-lists.c: "list" and "search": records of one kind as a table or as JSON, and
 * the rows that "show" reuses for what belongs to a person or a carer. */

#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-cli-private.h"

struct _HearthCliNames
{
  HearthScheme *scheme;
  GHashTable   *cache;   /* "kind:id" → name */
  char         *today;
};

HearthCliNames *
hearth_cli_names_new (HearthScheme *scheme)
{
  HearthCliNames *names = g_new0 (HearthCliNames, 1);

  names->scheme = g_object_ref (scheme);
  names->cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  names->today = hearth_date_today ();
  return names;
}

void
hearth_cli_names_free (HearthCliNames *names)
{
  if (names == NULL)
    return;

  g_object_unref (names->scheme);
  g_hash_table_unref (names->cache);
  g_free (names->today);
  g_free (names);
}

/* The name of the person or carer @id, looked up once. */
const char *
hearth_cli_names_get (HearthCliNames *names,
                      GType           type,
                      gint64          id)
{
  g_autofree char *key = g_strdup_printf ("%s:%lld", g_type_name (type), (long long) id);
  const char *name = g_hash_table_lookup (names->cache, key);

  if (name == NULL)
    {
      name = hearth_cli_dup_name_of (names->scheme, type, id);
      g_hash_table_insert (names->cache, g_steal_pointer (&key), (char *) name);
    }

  return name;
}

static char *
id_text (HearthRecord *record)
{
  return g_strdup_printf ("%lld", (long long) hearth_record_get_id (record));
}

static char *
status_text (HearthRecord *record,
             const char   *label)
{
  if (hearth_record_is_archived (record))
    return g_strdup_printf (_("%s (archived)"), label);

  return g_strdup (label);
}

static char *
needs_text (const char *needs)
{
  g_auto(GStrv) codes = g_strsplit (needs != NULL ? needs : "", ",", -1);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  for (guint i = 0; codes[i] != NULL; i++)
    if (codes[i][0] != '\0')
      g_ptr_array_add (labels,
                       (gpointer) hearth_values_label (HEARTH_VALUES_SUPPORT_NEED, codes[i]));
  g_ptr_array_add (labels, NULL);

  return g_strjoinv (", ", (char **) labels->pdata);
}

static void
add_person_row (HearthCliTable *table,
                HearthPerson   *person)
{
  g_autofree char *id = id_text (HEARTH_RECORD (person));
  g_autofree char *name = hearth_person_dup_display_name (person);
  g_autofree char *needs = needs_text (hearth_person_get_support_needs (person));
  g_autofree char *status = status_text (HEARTH_RECORD (person),
                                         hearth_values_label (HEARTH_VALUES_PERSON_STATUS,
                                                              hearth_person_get_status (person)));

  hearth_cli_table_add_row (table, id, name, status, hearth_person_get_referral_date (person),
                            needs, hearth_person_get_area (person), NULL);
}

static char *
approval_text (HearthCarer *carer)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (g_strcmp0 (hearth_carer_get_stage (carer), "approved") != 0)
    return g_strdup ("");

  if (hearth_carer_get_approved_long_term (carer))
    g_string_append_printf (text, "%s, ", _("long-term"));
  if (hearth_carer_get_approved_short_breaks (carer))
    g_string_append_printf (text, "%s, ", _("short breaks"));
  if (hearth_carer_get_approved_day_support (carer))
    g_string_append_printf (text, "%s, ", _("day support"));
  if (hearth_carer_get_approved_emergency (carer))
    g_string_append_printf (text, "%s, ", _("emergencies"));
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d place", "%d places",
                                             hearth_carer_get_approved_places (carer)),
                          (int) hearth_carer_get_approved_places (carer));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_carer_row (HearthCliTable *table,
               HearthCarer    *carer)
{
  g_autofree char *id = id_text (HEARTH_RECORD (carer));
  g_autofree char *name = hearth_carer_dup_display_name (carer);
  g_autofree char *approval = approval_text (carer);
  g_autofree char *stage = status_text (HEARTH_RECORD (carer),
                                        hearth_values_label (HEARTH_VALUES_CARER_STAGE,
                                                             hearth_carer_get_stage (carer)));

  hearth_cli_table_add_row (table, id, name, stage, hearth_carer_get_stage_since (carer),
                            approval, hearth_carer_get_area (carer), NULL);
}

static void
add_trial_row (HearthCliTable *table,
               HearthCliNames *names,
               HearthTrial    *trial)
{
  g_autofree char *id = id_text (HEARTH_RECORD (trial));

  hearth_cli_table_add_row (table, id,
                            hearth_cli_names_get (names, HEARTH_TYPE_PERSON,
                                                  hearth_trial_get_person_id (trial)),
                            hearth_cli_names_get (names, HEARTH_TYPE_CARER,
                                                  hearth_trial_get_carer_id (trial)),
                            hearth_values_label (HEARTH_VALUES_ARRANGEMENT_TYPE,
                                                 hearth_trial_get_arrangement_type (trial)),
                            hearth_values_label (HEARTH_VALUES_TRIAL_STAGE,
                                                 hearth_trial_get_stage (trial)),
                            hearth_values_label (HEARTH_VALUES_TRIAL_OUTCOME,
                                                 hearth_trial_get_outcome (trial)),
                            hearth_trial_get_stage_since (trial), NULL);
}

static void
add_arrangement_row (HearthCliTable    *table,
                     HearthCliNames    *names,
                     HearthArrangement *arrangement)
{
  g_autofree char *id = id_text (HEARTH_RECORD (arrangement));
  gint64 pence = hearth_arrangement_get_weekly_fee_pence (arrangement);
  g_autofree char *fee = hearth_money_format (pence);
  const char *type = hearth_values_label (HEARTH_VALUES_ARRANGEMENT_TYPE,
                                          hearth_arrangement_get_arrangement_type (arrangement));
  g_autofree char *kind = hearth_arrangement_get_emergency (arrangement)
                          ? g_strdup_printf (_("%s (emergency)"), type) : g_strdup (type);

  hearth_cli_table_add_row (table, id,
                            hearth_cli_names_get (names, HEARTH_TYPE_PERSON,
                                                  hearth_arrangement_get_person_id (arrangement)),
                            hearth_cli_names_get (names, HEARTH_TYPE_CARER,
                                                  hearth_arrangement_get_carer_id (arrangement)),
                            kind, hearth_arrangement_get_start_date (arrangement),
                            hearth_arrangement_get_end_date (arrangement), fee, NULL);
}

/* What a review is of, and whether it is held, due or overdue as of today. */
static void
describe_review (HearthCliNames  *names,
                 HearthReview    *review,
                 char           **of,
                 const char     **state)
{
  g_autoptr(HearthRecord) arrangement = NULL;
  gint64 arrangement_id = hearth_review_get_arrangement_id (review);

  if (arrangement_id == 0)
    *of = g_strdup_printf (_("Approval of %s"),
                           hearth_cli_names_get (names, HEARTH_TYPE_CARER,
                                                 hearth_review_get_carer_id (review)));
  else if ((arrangement = hearth_scheme_load (names->scheme, HEARTH_TYPE_ARRANGEMENT,
                                              arrangement_id, NULL)) != NULL)
    {
      HearthArrangement *a = HEARTH_ARRANGEMENT (arrangement);

      *of = g_strdup_printf (_("Arrangement %lld: %s with %s"), (long long) arrangement_id,
                             hearth_cli_names_get (names, HEARTH_TYPE_PERSON,
                                                   hearth_arrangement_get_person_id (a)),
                             hearth_cli_names_get (names, HEARTH_TYPE_CARER,
                                                   hearth_arrangement_get_carer_id (a)));
    }
  else
    *of = g_strdup_printf (_("Arrangement %lld"), (long long) arrangement_id);

  if (hearth_review_get_held_on (review) != NULL)
    *state = _("held");
  else if (arrangement != NULL &&
           hearth_arrangement_get_end_date (HEARTH_ARRANGEMENT (arrangement)) != NULL)
    *state = _("not needed: the arrangement ended");
  else if (g_strcmp0 (hearth_review_get_due_on (review), names->today) < 0)
    *state = _("overdue");
  else
    *state = _("due");
}

static void
add_review_row (HearthCliTable *table,
                HearthCliNames *names,
                HearthReview   *review)
{
  g_autofree char *id = id_text (HEARTH_RECORD (review));
  g_autofree char *of = NULL;
  const char *state;

  describe_review (names, review, &of, &state);
  hearth_cli_table_add_row (table, id, of, hearth_review_get_due_on (review), state,
                            hearth_review_get_held_on (review), hearth_review_get_reviewer (review),
                            NULL);
}

static HearthCliTable *
new_table (GType type)
{
  if (type == HEARTH_TYPE_PERSON)
    return hearth_cli_table_new (_("ID"), _("Name"), _("Status"), _("Referred"),
                                 _("Support needs"), _("Area"), NULL);
  if (type == HEARTH_TYPE_CARER)
    return hearth_cli_table_new (_("ID"), _("Name"), _("Stage"), _("Since"), _("Approved for"),
                                 _("Area"), NULL);
  if (type == HEARTH_TYPE_TRIAL)
    return hearth_cli_table_new (_("ID"), _("Person"), _("Carer"), _("Type"), _("Stage"),
                                 _("Outcome"), _("Since"), NULL);
  if (type == HEARTH_TYPE_ARRANGEMENT)
    return hearth_cli_table_new (_("ID"), _("Person"), _("Carer"), _("Type"), _("Start"),
                                 _("End"), _("Weekly fee"), NULL);

  return hearth_cli_table_new (_("ID"), _("Review of"), _("Due"), _("State"), _("Held"),
                               _("Reviewer"), NULL);
}

/* A table of @records, all of @type. */
HearthCliTable *
hearth_cli_build_table (HearthCliNames *names,
                        GType           type,
                        GPtrArray      *records)
{
  HearthCliTable *table = new_table (type);

  for (guint i = 0; i < records->len; i++)
    {
      gpointer record = g_ptr_array_index (records, i);

      if (type == HEARTH_TYPE_PERSON)
        add_person_row (table, record);
      else if (type == HEARTH_TYPE_CARER)
        add_carer_row (table, record);
      else if (type == HEARTH_TYPE_TRIAL)
        add_trial_row (table, names, record);
      else if (type == HEARTH_TYPE_ARRANGEMENT)
        add_arrangement_row (table, names, record);
      else
        add_review_row (table, names, record);
    }

  return table;
}

static GHashTable *
search_ids (HearthScheme  *scheme,
            GType          type,
            const char    *text,
            GError       **error)
{
  g_autoptr(GArray) ids = hearth_scheme_search (scheme, type, text, error);
  GHashTable *set;

  if (ids == NULL)
    return NULL;

  set = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < ids->len; i++)
    g_hash_table_add (set, g_memdup2 (&g_array_index (ids, gint64, i), sizeof (gint64)));

  return set;
}

/* People or carers matching @text, best match first. */
static GPtrArray *
search_records (HearthScheme  *scheme,
                GType          type,
                const char    *text,
                GError       **error)
{
  g_autoptr(GArray) ids = hearth_scheme_search (scheme, type, text, error);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  if (ids == NULL)
    return NULL;

  for (guint i = 0; i < ids->len; i++)
    {
      HearthRecord *record = hearth_scheme_load (scheme, type, g_array_index (ids, gint64, i),
                                                 error);

      if (record == NULL)
        return NULL;
      g_ptr_array_add (records, record);
    }

  return g_steal_pointer (&records);
}

static gboolean
involves (HearthScheme *scheme,
          HearthRecord *record,
          GHashTable   *people,
          GHashTable   *carers)
{
  g_autoptr(HearthRecord) arrangement = NULL;
  gint64 person = 0, carer = 0;

  if (hearth_record_has_column (record, "arrangement-id") &&
      hearth_record_get_int (record, "arrangement-id") != 0 &&
      (arrangement = hearth_scheme_load (scheme, HEARTH_TYPE_ARRANGEMENT,
                                         hearth_record_get_int (record, "arrangement-id"), NULL)))
    record = arrangement;

  if (hearth_record_has_column (record, "person-id"))
    person = hearth_record_get_int (record, "person-id");
  if (hearth_record_has_column (record, "carer-id"))
    carer = hearth_record_get_int (record, "carer-id");

  return g_hash_table_contains (people, &person) || g_hash_table_contains (carers, &carer);
}

/* Trials, arrangements or reviews of the people and carers that match @text. */
static GPtrArray *
filter_by_search (HearthScheme  *scheme,
                  GPtrArray     *records,
                  const char    *text,
                  GError       **error)
{
  g_autoptr(GHashTable) people = search_ids (scheme, HEARTH_TYPE_PERSON, text, error);
  g_autoptr(GHashTable) carers = NULL;
  GPtrArray *kept;

  if (people == NULL || !(carers = search_ids (scheme, HEARTH_TYPE_CARER, text, error)))
    return NULL;

  kept = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < records->len; i++)
    if (involves (scheme, g_ptr_array_index (records, i), people, carers))
      g_ptr_array_add (kept, g_object_ref (g_ptr_array_index (records, i)));

  return kept;
}

static GPtrArray *
load_records (HearthScheme  *scheme,
              GType          type,
              const char    *search,
              gboolean       archived,
              GError       **error)
{
  g_autoptr(GPtrArray) all = NULL;
  gboolean named = type == HEARTH_TYPE_PERSON || type == HEARTH_TYPE_CARER;

  if (named && search != NULL)
    all = search_records (scheme, type, search, error);
  else if ((all = hearth_scheme_load_all (scheme, type, error)) != NULL && search != NULL)
    {
      GPtrArray *kept = filter_by_search (scheme, all, search, error);

      g_clear_pointer (&all, g_ptr_array_unref);
      all = kept;
    }

  if (all == NULL)
    return NULL;

  /* Archived people and carers are put away, not gone: --archived shows them. */
  for (guint i = all->len; !archived && i > 0; i--)
    if (hearth_record_is_archived (g_ptr_array_index (all, i - 1)))
      g_ptr_array_remove_index (all, i - 1);

  return g_steal_pointer (&all);
}

static int
print_records (HearthScheme *scheme,
               GType         type,
               GPtrArray    *records,
               gboolean      json)
{
  g_autoptr(HearthCliNames) names = NULL;
  g_autoptr(HearthCliTable) table = NULL;

  if (json)
    {
      g_autoptr(JsonNode) node = hearth_cli_records_to_json (records);

      hearth_cli_print_json (node);
      return HEARTH_CLI_OK;
    }

  names = hearth_cli_names_new (scheme);
  table = hearth_cli_build_table (names, type, records);
  if (hearth_cli_table_get_n_rows (table) == 0)
    g_print ("%s\n", _("Nothing found."));
  else
    hearth_cli_table_print (table);

  return HEARTH_CLI_OK;
}

static gboolean
kind_type (const char *kind,
           GType      *type)
{
  const struct { const char *name; GType type; } kinds[] = {
    { "people", HEARTH_TYPE_PERSON },
    { "carers", HEARTH_TYPE_CARER },
    { "trials", HEARTH_TYPE_TRIAL },
    { "arrangements", HEARTH_TYPE_ARRANGEMENT },
    { "reviews", HEARTH_TYPE_REVIEW },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (kinds[i].name, kind))
      {
        *type = kinds[i].type;
        return TRUE;
      }

  return FALSE;
}

int
hearth_cli_list (const HearthCliCommand *command,
                 int                     argc,
                 char                  **argv)
{
  g_autofree char *search = NULL;
  gboolean archived = FALSE, json = FALSE;
  const GOptionEntry entries[] = {
    { "search", 0, 0, G_OPTION_ARG_STRING, &search,
      N_("Only records of the people and carers that match"), N_("TEXT") },
    { "archived", 0, 0, G_OPTION_ARG_NONE, &archived,
      N_("Include archived people and carers"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON for scripts"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  GType type;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 2)) != HEARTH_CLI_OK)
    return status;
  if (!kind_type (argv[2], &type))
    return hearth_cli_usage_error (command, _("“%s” is not a kind of record: people, carers, "
                                              "trials, arrangements or reviews."), argv[2]);

  if (!(scheme = hearth_cli_open (argv[1], &status)))
    return status;
  if (!(records = load_records (scheme, type, search, archived, &error)))
    return hearth_cli_refused (error);

  return print_records (scheme, type, records, json);
}

int
hearth_cli_search (const HearthCliCommand *command,
                   int                     argc,
                   char                  **argv)
{
  gboolean carers = FALSE, archived = FALSE, json = FALSE;
  const GOptionEntry entries[] = {
    { "carers", 0, 0, G_OPTION_ARG_NONE, &carers, N_("Search carers instead of people"), NULL },
    { "archived", 0, 0, G_OPTION_ARG_NONE, &archived, N_("Include archived records"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON for scripts"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  GType type;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 2)) != HEARTH_CLI_OK ||
      !(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  type = carers ? HEARTH_TYPE_CARER : HEARTH_TYPE_PERSON;
  if (!(records = load_records (scheme, type, argv[2], archived, &error)))
    return hearth_cli_refused (error);

  return print_records (scheme, type, records, json);
}
