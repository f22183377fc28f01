/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-cli-show.c: "show": one record with everything that belongs to it: a person's pen
 * portrait, trials, arrangements and reviews; a carer's checks, stages and household. */

#define G_LOG_DOMAIN "hearth-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-cli-private.h"

typedef struct
{
  const char *key;       /* its name in JSON */
  const char *title;     /* its heading, translated */
  GType       type;
  const char *link;      /* the column pointing back at the subject; tables leave it out */
  GPtrArray  *records;
} Section;

typedef struct
{
  HearthScheme *scheme;
  HearthRecord *subject;
  HearthRecord *portrait;  /* nullable */
  GPtrArray    *missing;   /* char *: what a carer still needs for panel; nullable */
  GPtrArray    *sections;  /* Section */
} Show;

static void
section_free (gpointer data)
{
  Section *section = data;

  g_clear_pointer (&section->records, g_ptr_array_unref);
  g_free (section);
}

static void
show_clear (Show *show)
{
  g_clear_object (&show->subject);
  g_clear_object (&show->portrait);
  g_clear_pointer (&show->missing, g_ptr_array_unref);
  g_clear_pointer (&show->sections, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Show, show_clear)

static gboolean
add_section (Show        *show,
             const char  *key,
             const char  *title,
             GType        type,
             const char  *link,
             GError     **error)
{
  Section *section;
  GPtrArray *records;

  records = hearth_scheme_load_related (show->scheme, type, link,
                                        hearth_record_get_id (show->subject), error);
  if (records == NULL)
    return FALSE;

  section = g_new0 (Section, 1);
  section->key = key;
  section->title = title;
  section->type = type;
  section->link = link;
  section->records = records;
  g_ptr_array_add (show->sections, section);
  return TRUE;
}

/* The reviews of every arrangement in @arrangements. */
static gboolean
add_reviews_of (Show       *show,
                GPtrArray  *arrangements,
                GError    **error)
{
  Section *section = g_new0 (Section, 1);

  section->key = "reviews";
  section->title = _("Reviews");
  section->type = HEARTH_TYPE_REVIEW;
  section->records = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (show->sections, section);

  for (guint i = 0; i < arrangements->len; i++)
    {
      g_autoptr(GPtrArray) reviews = NULL;

      HearthRecord *arrangement = g_ptr_array_index (arrangements, i);

      reviews = hearth_scheme_load_related (show->scheme, HEARTH_TYPE_REVIEW, "arrangement-id",
                                            hearth_record_get_id (arrangement), error);
      if (reviews == NULL)
        return FALSE;
      g_ptr_array_extend_and_steal (section->records, g_steal_pointer (&reviews));
    }

  return TRUE;
}

static gboolean
load_portrait (Show        *show,
               const char  *link,
               GError     **error)
{
  g_autoptr(GPtrArray) portraits = NULL;

  portraits = hearth_scheme_load_related (show->scheme, HEARTH_TYPE_PEN_PORTRAIT, link,
                                          hearth_record_get_id (show->subject), error);
  if (portraits == NULL)
    return FALSE;

  if (portraits->len > 0)
    show->portrait = g_object_ref (g_ptr_array_index (portraits, 0));
  return TRUE;
}

static gboolean
gather_person (Show    *show,
               GError **error)
{
  Section *arrangements;

  if (!load_portrait (show, "person-id", error) ||
      !add_section (show, "trials", _("Trials"), HEARTH_TYPE_TRIAL, "person-id", error) ||
      !add_section (show, "arrangements", _("Arrangements"), HEARTH_TYPE_ARRANGEMENT, "person-id",
                    error))
    return FALSE;

  arrangements = g_ptr_array_index (show->sections, show->sections->len - 1);
  return add_reviews_of (show, arrangements->records, error);
}

/* Until approval, what the carer still needs for panel is shown with them. */
static gboolean
gather_missing (Show    *show,
                GError **error)
{
  const char *stage = hearth_carer_get_stage (HEARTH_CARER (show->subject));

  if (!hearth_recruitment_stage_has_target (stage))
    return TRUE;

  show->missing = hearth_scheme_missing_for_panel (show->scheme, HEARTH_CARER (show->subject),
                                                   error);
  return show->missing != NULL;
}

static gboolean
gather_carer (Show    *show,
              GError **error)
{
  return load_portrait (show, "carer-id", error) &&
         gather_missing (show, error) &&
         add_section (show, "checks", _("Checks"), HEARTH_TYPE_CARER_CHECK, "carer-id", error) &&
         add_section (show, "stage_changes", _("Recruitment stages"), HEARTH_TYPE_STAGE_CHANGE,
                      "carer-id", error) &&
         add_section (show, "household", _("Household"), HEARTH_TYPE_HOUSEHOLD_MEMBER,
                      "carer-id", error) &&
         add_section (show, "trials", _("Trials"), HEARTH_TYPE_TRIAL, "carer-id", error) &&
         add_section (show, "arrangements", _("Arrangements"), HEARTH_TYPE_ARRANGEMENT,
                      "carer-id", error) &&
         add_section (show, "approval_reviews", _("Approval reviews"), HEARTH_TYPE_REVIEW,
                      "carer-id", error);
}

static gboolean
gather (Show    *show,
        GError **error)
{
  show->sections = g_ptr_array_new_with_free_func (section_free);

  if (HEARTH_IS_PERSON (show->subject))
    return gather_person (show, error);
  if (HEARTH_IS_CARER (show->subject))
    return gather_carer (show, error);
  if (HEARTH_IS_TRIAL (show->subject))
    return add_section (show, "stages", _("Stages"), HEARTH_TYPE_TRIAL_STAGE, "trial-id", error) &&
           add_section (show, "arrangements", _("Arrangement"), HEARTH_TYPE_ARRANGEMENT,
                        "trial-id", error);
  if (HEARTH_IS_ARRANGEMENT (show->subject))
    return add_section (show, "reviews", _("Reviews"), HEARTH_TYPE_REVIEW, "arrangement-id", error);

  return add_section (show, "outcomes", _("Outcomes"), HEARTH_TYPE_REVIEW_OUTCOME, "review-id",
                      error) &&
         add_section (show, "actions", _("Actions"), HEARTH_TYPE_REVIEW_ACTION, "review-id",
                      error);
}

static void
print_json (Show *show)
{
  g_autoptr(JsonObject) object = json_object_new ();
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);

  json_object_set_member (object, hearth_record_get_kind (show->subject),
                          hearth_cli_record_to_json (show->subject));
  if (HEARTH_IS_PERSON (show->subject) || HEARTH_IS_CARER (show->subject))
    json_object_set_member (object, "pen_portrait",
                            show->portrait != NULL ? hearth_cli_record_to_json (show->portrait)
                                                   : json_node_new (JSON_NODE_NULL));
  if (show->missing != NULL)
    {
      JsonArray *missing = json_array_new ();

      for (guint i = 0; i < show->missing->len; i++)
        json_array_add_string_element (missing, g_ptr_array_index (show->missing, i));
      json_object_set_array_member (object, "missing_for_panel", missing);
    }
  for (guint i = 0; i < show->sections->len; i++)
    {
      Section *section = g_ptr_array_index (show->sections, i);

      json_object_set_member (object, section->key, hearth_cli_records_to_json (section->records));
    }

  json_node_set_object (root, object);
  hearth_cli_print_json (root);
}

/* A plain table of records no list knows: every field but the link back and the
 * bookkeeping. */
static HearthCliTable *
plain_table (Section *section)
{
  g_autoptr(HearthRecordClass) klass = g_type_class_ref (section->type);
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  HearthCliTable *table;

  for (guint i = 0; i < klass->columns->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (klass->columns, i);

      if (g_strcmp0 (pspec->name, section->link) == 0 ||
          ((hearth_record_column_flags (pspec) & HEARTH_COLUMN_BOOKKEEPING) &&
           !g_str_equal (pspec->name, "id")))
        continue;
      g_ptr_array_add (columns, pspec);
      g_ptr_array_add (cells, g_strdup (hearth_record_column_name (pspec)));
    }

  table = hearth_cli_table_newv ((const char * const *) cells->pdata, cells->len);
  for (guint r = 0; r < section->records->len; r++)
    {
      HearthRecord *record = g_ptr_array_index (section->records, r);

      g_ptr_array_set_size (cells, 0);
      for (guint i = 0; i < columns->len; i++)
        g_ptr_array_add (cells,
                         hearth_cli_dup_column_text (record, g_ptr_array_index (columns, i)));
      hearth_cli_table_add_rowv (table, (const char * const *) cells->pdata);
    }

  return table;
}

static void
print_portrait (HearthRecord *portrait)
{
  const HearthValue *parts;
  guint n_parts;

  parts = hearth_values_get (HEARTH_VALUES_PORTRAIT_SECTION, &n_parts);
  g_print ("\n%s\n", _("Pen portrait"));
  for (guint i = 0; i < n_parts; i++)
    {
      const char *text = hearth_record_get_string (portrait, parts[i].value);

      if (!hearth_record_text_is_blank (text))
        g_print ("  %s:\n    %s\n", _(parts[i].label), text);
    }
}

static void
print_section (Show           *show,
               HearthCliNames *names,
               Section        *section)
{
  g_autoptr(HearthCliTable) table = NULL;
  GType type = section->type;

  g_print ("\n%s\n", section->title);
  if (section->records->len == 0)
    {
      g_print ("  %s\n", _("None."));
      return;
    }

  if (type == HEARTH_TYPE_TRIAL || type == HEARTH_TYPE_ARRANGEMENT || type == HEARTH_TYPE_REVIEW)
    table = hearth_cli_build_table (names, type, section->records);
  else
    table = plain_table (section);

  hearth_cli_table_print (table);
}

static void
print_text (Show *show)
{
  g_autoptr(HearthCliNames) names = hearth_cli_names_new (show->scheme);

  hearth_cli_print_record (show->subject);

  if (show->portrait != NULL)
    print_portrait (show->portrait);

  if (show->missing != NULL && show->missing->len > 0)
    {
      g_print ("\n%s\n", _("Still needed before panel"));
      for (guint i = 0; i < show->missing->len; i++)
        g_print ("  %s\n", (const char *) g_ptr_array_index (show->missing, i));
    }

  for (guint i = 0; i < show->sections->len; i++)
    print_section (show, names, g_ptr_array_index (show->sections, i));
}

int
hearth_cli_show (const HearthCliCommand *command,
                 int                     argc,
                 char                  **argv)
{
  gint64 ids[5] = { 0, };
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "person", 0, 0, G_OPTION_ARG_INT64, &ids[0], N_("A person’s number"), N_("ID") },
    { "carer", 0, 0, G_OPTION_ARG_INT64, &ids[1], N_("A carer’s number"), N_("ID") },
    { "trial", 0, 0, G_OPTION_ARG_INT64, &ids[2], N_("A trial’s number"), N_("ID") },
    { "arrangement", 0, 0, G_OPTION_ARG_INT64, &ids[3], N_("An arrangement’s number"), N_("ID") },
    { "review", 0, 0, G_OPTION_ARG_INT64, &ids[4], N_("A review’s number"), N_("ID") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON for scripts"), NULL },
    G_OPTION_ENTRY_NULL
  };
  const GType types[] = { HEARTH_TYPE_PERSON, HEARTH_TYPE_CARER, HEARTH_TYPE_TRIAL,
                          HEARTH_TYPE_ARRANGEMENT, HEARTH_TYPE_REVIEW };
  g_autoptr(HearthScheme) scheme = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Show) show = { 0, };
  int status, chosen = -1;

  if ((status = hearth_cli_parse (command, entries, &argc, &argv, 1)) != HEARTH_CLI_OK)
    return status;

  for (int i = 0; i < (int) G_N_ELEMENTS (ids); i++)
    if (ids[i] != 0)
      chosen = chosen < 0 ? i : G_MAXINT;
  if (chosen < 0 || chosen == G_MAXINT)
    return hearth_cli_usage_error (command, _("show needs one of --person, --carer, --trial, "
                                              "--arrangement or --review."));

  if (!(scheme = hearth_cli_open (argv[1], &status)))
    return status;

  show.scheme = scheme;
  if (!(show.subject = hearth_cli_load (scheme, types[chosen], ids[chosen], &error)) ||
      !gather (&show, &error))
    return hearth_cli_refused (error);

  if (json)
    print_json (&show);
  else
    print_text (&show);

  return HEARTH_CLI_OK;
}
