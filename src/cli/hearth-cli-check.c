/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-cli-check.c: "hearth-cli check": the file's integrity, then every record read back
 * through the core and held against the Shared Lives rules, with the core's own words. */

#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-cli-private.h"

typedef struct
{
  const char *rule;     /* a stable name for scripts, such as "over-capacity" */
  const char *kind;     /* the record's kind: "person", "carer", ... */
  gint64      id;
  char       *message;
} Problem;

typedef struct
{
  HearthScheme *scheme;
  char         *today;
  GPtrArray    *people;
  GPtrArray    *carers;
  GPtrArray    *trials;
  GPtrArray    *arrangements;
  GPtrArray    *reviews;
  GHashTable   *carer_by_id;       /* gint64 * → HearthCarer */
  GHashTable   *trial_by_id;
  GHashTable   *arrangement_by_id;
  GPtrArray    *integrity;         /* char *: what SQLite found */
  GPtrArray    *problems;          /* Problem */
  GPtrArray    *overdue;           /* HearthPerson: risk reviews overdue, shown not hidden */
} Check;

static void
problem_free (gpointer data)
{
  Problem *problem = data;

  g_free (problem->message);
  g_free (problem);
}

static void
check_clear (Check *check)
{
  g_clear_pointer (&check->today, g_free);
  g_clear_pointer (&check->people, g_ptr_array_unref);
  g_clear_pointer (&check->carers, g_ptr_array_unref);
  g_clear_pointer (&check->trials, g_ptr_array_unref);
  g_clear_pointer (&check->arrangements, g_ptr_array_unref);
  g_clear_pointer (&check->reviews, g_ptr_array_unref);
  g_clear_pointer (&check->carer_by_id, g_hash_table_unref);
  g_clear_pointer (&check->trial_by_id, g_hash_table_unref);
  g_clear_pointer (&check->arrangement_by_id, g_hash_table_unref);
  g_clear_pointer (&check->integrity, g_ptr_array_unref);
  g_clear_pointer (&check->problems, g_ptr_array_unref);
  g_clear_pointer (&check->overdue, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Check, check_clear)

static void
add_problem (Check        *check,
             const char   *rule,
             HearthRecord *record,
             char         *message)
{
  Problem *problem = g_new0 (Problem, 1);

  problem->rule = rule;
  problem->kind = hearth_record_get_kind (record);
  problem->id = hearth_record_get_id (record);
  problem->message = message;
  g_ptr_array_add (check->problems, problem);
}

static GHashTable *
index_by_id (GPtrArray *records)
{
  GHashTable *index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < records->len; i++)
    {
      HearthRecord *record = g_ptr_array_index (records, i);
      gint64 *id = g_new (gint64, 1);

      *id = hearth_record_get_id (record);
      g_hash_table_insert (index, id, record);
    }

  return index;
}

static gpointer
lookup (GHashTable *index,
        gint64      id)
{
  return g_hash_table_lookup (index, &id);
}

static gboolean
load_records (Check   *check,
              GError **error)
{
  HearthScheme *scheme = check->scheme;

  if (!(check->people = hearth_scheme_load_all (scheme, HEARTH_TYPE_PERSON, error)) ||
      !(check->carers = hearth_scheme_load_all (scheme, HEARTH_TYPE_CARER, error)) ||
      !(check->trials = hearth_scheme_load_all (scheme, HEARTH_TYPE_TRIAL, error)) ||
      !(check->arrangements = hearth_scheme_load_all (scheme, HEARTH_TYPE_ARRANGEMENT, error)) ||
      !(check->reviews = hearth_scheme_load_all (scheme, HEARTH_TYPE_REVIEW, error)))
    return FALSE;

  check->carer_by_id = index_by_id (check->carers);
  check->trial_by_id = index_by_id (check->trials);
  check->arrangement_by_id = index_by_id (check->arrangements);
  return TRUE;
}

static gboolean
covers (HearthArrangement *arrangement,
        const char        *day)
{
  const char *end = hearth_arrangement_get_end_date (arrangement);

  return g_strcmp0 (hearth_arrangement_get_start_date (arrangement), day) <= 0 &&
         (end == NULL || g_strcmp0 (end, day) > 0);
}

/* The busiest day is always a day someone arrives, so only start dates need counting: the
 * same count the schema's trigger and hearth_scheme_count_people_at_once() make. */
static guint
busiest_day (GPtrArray   *arrangements,
             const char **day)
{
  guint most = 0;

  for (guint i = 0; i < arrangements->len; i++)
    {
      const char *start = hearth_arrangement_get_start_date (g_ptr_array_index (arrangements, i));
      guint n = 0;

      for (guint j = 0; j < arrangements->len; j++)
        n += covers (g_ptr_array_index (arrangements, j), start) ? 1 : 0;
      if (n > most)
        {
          most = n;
          *day = start;
        }
    }

  return most;
}

static void
check_capacity (Check *check)
{
  for (guint i = 0; i < check->carers->len; i++)
    {
      HearthCarer *carer = g_ptr_array_index (check->carers, i);
      g_autoptr(GPtrArray) theirs = g_ptr_array_new ();
      guint limit = (guint) CLAMP (hearth_carer_get_approved_places (carer), 0, HEARTH_MAX_PLACES);
      g_autofree char *name = NULL;
      const char *day = NULL;
      guint most;

      for (guint j = 0; j < check->arrangements->len; j++)
        {
          HearthArrangement *arrangement = g_ptr_array_index (check->arrangements, j);

          if (hearth_arrangement_get_carer_id (arrangement) ==
              hearth_record_get_id (HEARTH_RECORD (carer)))
            g_ptr_array_add (theirs, arrangement);
        }

      /* A carer with no approved places at all is reported as not approved instead. */
      if (limit == 0 || (most = busiest_day (theirs, &day)) <= limit)
        continue;

      name = hearth_carer_dup_display_name (carer);
      add_problem (check, "over-capacity", HEARTH_RECORD (carer),
                   g_strdup_printf (_("%s supports %u people on %s, more than the %u they "
                                      "may support at once."), name, most, day, limit));
    }
}

static char *
describe_arrangement (Check             *check,
                      HearthArrangement *arrangement)
{
  g_autofree char *person = hearth_cli_dup_name_of (check->scheme, HEARTH_TYPE_PERSON,
                                                    hearth_arrangement_get_person_id (arrangement));
  g_autofree char *carer = hearth_cli_dup_name_of (check->scheme, HEARTH_TYPE_CARER,
                                                   hearth_arrangement_get_carer_id (arrangement));

  /* Translators: an arrangement: its number, the person, the carer */
  return g_strdup_printf (_("Arrangement %lld (%s with %s)"),
                          (long long) hearth_record_get_id (HEARTH_RECORD (arrangement)),
                          person, carer);
}

static const char *
rule_for_carer_error (const GError *error)
{
  if (g_error_matches (error, HEARTH_ERROR, HEARTH_ERROR_NOT_APPROVED_FOR_TYPE))
    return "carer-not-approved-for-type";
  if (g_error_matches (error, HEARTH_ERROR, HEARTH_ERROR_NOT_EMERGENCY_APPROVED))
    return "carer-not-emergency-approved";

  return "carer-not-approved";
}

/* A current arrangement's carer is approved, for its type, and for emergencies if it is one. */
static void
check_arrangement_carer (Check             *check,
                         HearthArrangement *arrangement)
{
  HearthCarer *carer = lookup (check->carer_by_id, hearth_arrangement_get_carer_id (arrangement));
  g_autoptr(GError) error = NULL;
  g_autofree char *what = NULL;

  if (carer == NULL)
    return; /* a broken link: the integrity check reports it */

  if (hearth_rules_check_carer_can_take (carer,
                                         hearth_arrangement_get_arrangement_type (arrangement),
                                         hearth_arrangement_get_emergency (arrangement), 0, &error))
    return;

  what = describe_arrangement (check, arrangement);
  add_problem (check, rule_for_carer_error (error), HEARTH_RECORD (arrangement),
               g_strdup_printf ("%s: %s", what, error->message));
}

/* A trial is agreed, and becomes an arrangement, only with both yeses. */
static void
check_trial_agreed (Check        *check,
                    HearthTrial  *trial,
                    HearthRecord *subject,
                    const char   *what)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (hearth_trial_get_outcome (trial), "agreed") == 0 &&
      hearth_rules_check_trial_agreed (trial, NULL))
    return;

  if (hearth_rules_check_trial_agreed (trial, &error))
    g_set_error (&error, HEARTH_ERROR, HEARTH_ERROR_TRIAL_NOT_AGREED,
                 _("The trial it comes from was never marked agreed."));

  add_problem (check, "trial-not-agreed", subject,
               g_strdup_printf ("%s: %s", what, error->message));
}

/* A person lives in at most one long-term or emergency arrangement at a time: each
 * arrangement is held against the person's earlier ones, so a pair is reported once. */
static void
check_one_home (Check *check)
{
  g_autoptr(GHashTable) by_person = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                           (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < check->arrangements->len; i++)
    {
      HearthArrangement *arrangement = g_ptr_array_index (check->arrangements, i);
      gint64 person_id = hearth_arrangement_get_person_id (arrangement);
      g_autoptr(HearthRecord) person = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *what = NULL;
      GPtrArray *earlier = g_hash_table_lookup (by_person, &person_id);

      if (earlier == NULL)
        {
          earlier = g_ptr_array_new ();
          g_hash_table_insert (by_person, g_memdup2 (&person_id, sizeof person_id), earlier);
        }

      if (earlier->len > 0 &&
          (person = hearth_scheme_load (check->scheme, HEARTH_TYPE_PERSON, person_id, NULL)) &&
          !hearth_rules_check_one_home (HEARTH_PERSON (person), arrangement, earlier, &error))
        {
          what = describe_arrangement (check, arrangement);
          add_problem (check, "one-home-at-a-time", HEARTH_RECORD (arrangement),
                       g_strdup_printf ("%s: %s", what, error->message));
        }
      g_ptr_array_add (earlier, arrangement);
    }
}

static void
check_arrangements (Check *check)
{
  check_one_home (check);

  for (guint i = 0; i < check->arrangements->len; i++)
    {
      HearthArrangement *arrangement = g_ptr_array_index (check->arrangements, i);
      HearthTrial *trial = lookup (check->trial_by_id,
                                   hearth_arrangement_get_trial_id (arrangement));

      if (hearth_arrangement_get_end_date (arrangement) == NULL)
        check_arrangement_carer (check, arrangement);

      if (trial != NULL)
        {
          g_autofree char *what = describe_arrangement (check, arrangement);

          check_trial_agreed (check, trial, HEARTH_RECORD (arrangement), what);
        }
    }

  for (guint i = 0; i < check->trials->len; i++)
    {
      HearthTrial *trial = g_ptr_array_index (check->trials, i);
      g_autofree char *what = NULL;

      if (g_strcmp0 (hearth_trial_get_outcome (trial), "agreed") != 0)
        continue;

      what = g_strdup_printf (_("Trial %lld"),
                              (long long) hearth_record_get_id (HEARTH_RECORD (trial)));
      check_trial_agreed (check, trial, HEARTH_RECORD (trial), what);
    }
}

static void
check_people (Check *check)
{
  for (guint i = 0; i < check->people->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (check->people, i);
      g_autoptr(GError) age_error = NULL;
      g_autoptr(GError) risk_error = NULL;
      const char *status = hearth_person_get_status (person);

      if (!hearth_rules_check_person_age (person, &age_error))
        add_problem (check, "under-16", HEARTH_RECORD (person), g_strdup (age_error->message));

      if (!hearth_rules_check_risk_assessment (person, &risk_error))
        add_problem (check, "risk-review-date", HEARTH_RECORD (person),
                     g_strdup (risk_error->message));

      /* Only for people the scheme still supports. */
      if (!hearth_record_is_archived (HEARTH_RECORD (person)) &&
          g_strcmp0 (status, "moved-on") != 0 && g_strcmp0 (status, "closed") != 0 &&
          hearth_rules_risk_review_overdue (person, check->today))
        g_ptr_array_add (check->overdue, person);
    }
}

static const char *
rule_for_review_error (const GError *error)
{
  if (g_error_matches (error, HEARTH_ERROR, HEARTH_ERROR_REVIEW_VIEWS))
    return "review-without-views";
  if (g_error_matches (error, HEARTH_ERROR, HEARTH_ERROR_REVIEW_ADVOCATE))
    return "review-without-advocate";

  return "review-incomplete";
}

static void
check_reviews (Check *check)
{
  for (guint i = 0; i < check->reviews->len; i++)
    {
      HearthReview *review = g_ptr_array_index (check->reviews, i);
      HearthArrangement *arrangement = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *what = NULL;

      if (hearth_review_get_held_on (review) == NULL ||
          hearth_rules_check_review (review, &error))
        continue;

      arrangement = lookup (check->arrangement_by_id, hearth_review_get_arrangement_id (review));
      what = arrangement != NULL ? describe_arrangement (check, arrangement) : g_strdup ("");
      add_problem (check, rule_for_review_error (error), HEARTH_RECORD (review),
                   g_strdup_printf (_("Review held on %s of %s: %s"),
                                    hearth_review_get_held_on (review), what, error->message));
    }
}

static gboolean
run_check (Check   *check,
           GError **error)
{
  g_autoptr(GPtrArray) integrity = NULL;

  check->today = hearth_date_today ();
  check->problems = g_ptr_array_new_with_free_func (problem_free);
  check->overdue = g_ptr_array_new ();

  if (!hearth_scheme_integrity_check (check->scheme, &integrity, error) && integrity == NULL)
    return FALSE;
  check->integrity = g_steal_pointer (&integrity);

  if (!load_records (check, error))
    return FALSE;

  check_capacity (check);
  check_arrangements (check);
  check_people (check);
  check_reviews (check);
  return TRUE;
}

static void
build_overdue (JsonBuilder *builder,
               Check       *check)
{
  json_builder_set_member_name (builder, "overdue_risk_reviews");
  json_builder_begin_array (builder);
  for (guint i = 0; i < check->overdue->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (check->overdue, i);
      g_autofree char *name = hearth_person_dup_display_name (person);
      const char *due = hearth_person_get_risk_review_due (person);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "person_id");
      json_builder_add_int_value (builder, hearth_record_get_id (HEARTH_RECORD (person)));
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, name);
      json_builder_set_member_name (builder, "risk_review_due");
      json_builder_add_string_value (builder, due);
      json_builder_set_member_name (builder, "days_overdue");
      json_builder_add_int_value (builder, hearth_date_days_between (due, check->today));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
build_problems (JsonBuilder *builder,
                Check       *check)
{
  json_builder_set_member_name (builder, "integrity");
  json_builder_begin_array (builder);
  for (guint i = 0; i < check->integrity->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (check->integrity, i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "problems");
  json_builder_begin_array (builder);
  for (guint i = 0; i < check->problems->len; i++)
    {
      Problem *problem = g_ptr_array_index (check->problems, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "rule");
      json_builder_add_string_value (builder, problem->rule);
      json_builder_set_member_name (builder, "record_type");
      json_builder_add_string_value (builder, problem->kind);
      json_builder_set_member_name (builder, "record_id");
      json_builder_add_int_value (builder, problem->id);
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, problem->message);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
print_check_json (Check    *check,
                  gboolean  clean)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *path = g_file_get_path (hearth_scheme_get_file (check->scheme));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "file");
  json_builder_add_string_value (builder, path);
  json_builder_set_member_name (builder, "today");
  json_builder_add_string_value (builder, check->today);
  json_builder_set_member_name (builder, "clean");
  json_builder_add_boolean_value (builder, clean);
  build_problems (builder, check);
  build_overdue (builder, check);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  hearth_cli_print_json (root);
}

/* The kind of record, as a coordinator calls it. */
static const char *
kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "person") == 0)
    return _("person");
  if (g_strcmp0 (kind, "carer") == 0)
    return _("carer");
  if (g_strcmp0 (kind, "trial") == 0)
    return _("trial");
  if (g_strcmp0 (kind, "arrangement") == 0)
    return _("arrangement");
  if (g_strcmp0 (kind, "review") == 0)
    return _("review");

  return kind;
}

static void
print_check (Check *check)
{
  if (check->integrity->len == 0)
    g_print (_("File integrity: no problems found.\n"));
  else
    g_print (_("File integrity: %u problems:\n"), check->integrity->len);
  for (guint i = 0; i < check->integrity->len; i++)
    g_print ("  %s\n", (const char *) g_ptr_array_index (check->integrity, i));

  if (check->problems->len == 0)
    g_print (_("Shared Lives rules: no problems found.\n"));
  else
    g_print (_("Shared Lives rules: %u problems:\n"), check->problems->len);
  for (guint i = 0; i < check->problems->len; i++)
    {
      Problem *problem = g_ptr_array_index (check->problems, i);

      g_print ("  [%s %" G_GINT64_FORMAT "] %s\n", kind_label (problem->kind), problem->id,
               problem->message);
    }

  g_print (_("Overdue risk reviews: %u\n"), check->overdue->len);
  for (guint i = 0; i < check->overdue->len; i++)
    {
      HearthPerson *person = g_ptr_array_index (check->overdue, i);
      g_autofree char *name = hearth_person_dup_display_name (person);
      const char *due = hearth_person_get_risk_review_due (person);

      g_print (_("  [person %lld] %s: due %s, %d days ago\n"),
               (long long) hearth_record_get_id (HEARTH_RECORD (person)), name, due,
               hearth_date_days_between (due, check->today));
    }
}

int
hearth_cli_check (const HearthCliCommand *command,
                  int                     argc,
                  char                  **argv)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON for scripts"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Check) check = { 0, };
  gboolean clean;
  int status;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK ||
      !(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  check.scheme = scheme;
  if (!run_check (&check, &error))
    return hearth_cli_refused (error);

  clean = check.integrity->len == 0 && check.problems->len == 0;
  if (json)
    print_check_json (&check, clean);
  else
    print_check (&check);

  return clean ? HEARTH_CLI_OK : HEARTH_CLI_REFUSED;
}
