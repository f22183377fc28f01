/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-matching.c: the rules that rule a carer out for a person, then the score of the rest,
 * each part with the reason a coordinator reads. hearth_match_rank() is pure: the scheme
 * gathers the facts it needs (hearth-matching-scheme.c). */

#define G_LOG_DOMAIN "hearth-matching"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date.h"
#include "hearth-matching.h"
#include "hearth-rules.h"
#include "hearth-values.h"

struct _HearthSuggestion
{
  GObject      parent_instance;

  HearthCarer *carer;
  char        *rule;       /* every rule that removes the carer, or NULL */
  gint64       score;
  GArray      *parts;      /* HearthScorePart */
  guint        places_used;
  guint        places;
  gboolean     shortlisted;
  gint64       carer_id;
  char        *sort_key;   /* the name's collation key, made once for sorting thousands */
};

G_DEFINE_FINAL_TYPE (HearthSuggestion, hearth_suggestion, G_TYPE_OBJECT)

static const struct
{
  const char *name;
  const char *label;
  gint64      weight;
} factors[HEARTH_N_MATCH_FACTORS] = {
  [HEARTH_MATCH_INTERESTS] = { "interests", N_("Shared interests"), 2 },
  [HEARTH_MATCH_AREA] = { "area", N_("Area"), 3 },
  [HEARTH_MATCH_CULTURE] = { "culture", N_("Language, faith and culture"), 3 },
  [HEARTH_MATCH_ACCESS] = { "access", N_("Accommodation and access"), 2 },
  [HEARTH_MATCH_EXPERIENCE] = { "experience", N_("Experience of support needs"), 2 },
  [HEARTH_MATCH_HOUSEHOLD] = { "household", N_("Household"), 2 },
};

/* At most this many shared interests or matched needs count, so one factor cannot swamp
 * the others. */
#define MAX_COUNTED 3

/* Words a carer's experience is written in, for each support need. */
static const struct
{
  const char *need;
  const char *words[3];
} experience_words[] = {
  { "learning-disability", { "learning disab", NULL } },
  { "mental-health", { "mental health", "mental ill", NULL } },
  { "dementia", { "dementia", NULL } },
  { "stroke", { "stroke", NULL } },
  { "brain-injury", { "brain injur", NULL } },
  { "autism", { "autis", NULL } },
  { "older-person", { "older p", "elderly", NULL } },
  { "care-leaver", { "care leaver", "foster", NULL } },
  { "young-disabled-adult", { "young", NULL } },
  { "parent-learning-disability", { "parent", NULL } },
  { "substance-misuse", { "substance", "addiction", NULL } },
  { "offender", { "offend", "probation", NULL } },
  { "physical-disability", { "physical", "wheelchair", NULL } },
};

static void
score_part_clear (gpointer data)
{
  HearthScorePart *part = data;

  g_clear_pointer (&part->detail, g_free);
}

static void
hearth_suggestion_finalize (GObject *object)
{
  HearthSuggestion *self = (HearthSuggestion *) object;

  g_clear_object (&self->carer);
  g_clear_pointer (&self->rule, g_free);
  g_clear_pointer (&self->parts, g_array_unref);
  g_clear_pointer (&self->sort_key, g_free);

  G_OBJECT_CLASS (hearth_suggestion_parent_class)->finalize (object);
}

static void
hearth_suggestion_class_init (HearthSuggestionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hearth_suggestion_finalize;
}

static void
hearth_suggestion_init (HearthSuggestion *self)
{
  self->parts = g_array_new (FALSE, TRUE, sizeof (HearthScorePart));
  g_array_set_clear_func (self->parts, score_part_clear);
}

/* Text helpers */

static gboolean
blank (const char *text)
{
  return hearth_record_text_is_blank (text);
}

static gboolean
is_ascii (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p >= 0x80)
      return FALSE;

  return TRUE;
}

/* For comparing what two people wrote: case and accents aside. Most text is plain ASCII,
 * which needs no normalising; thousands of carers are folded for each suggestion. */
static char *
fold (const char *text)
{
  g_autofree char *normal = NULL;

  if (text == NULL)
    return g_strdup ("");
  if (is_ascii (text))
    return g_ascii_strdown (text, -1);

  normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  return g_utf8_casefold (normal, -1);
}

static gboolean
mentions (const char *text,
          const char *word)
{
  g_autofree char *haystack = NULL;
  g_autofree char *needle = NULL;

  if (blank (text) || blank (word))
    return FALSE;

  haystack = fold (text);
  needle = fold (word);
  return strstr (haystack, g_strstrip (needle)) != NULL;
}

/* "Gardening, baking and music; swimming" → {"gardening", "baking", "music", "swimming"} */
static GPtrArray *
split_list (const char *text)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *folded = fold (text);
  g_auto(GStrv) parts = NULL;

  for (char *p = folded; *p != '\0'; p++)
    if (*p == ';' || *p == '/' || *p == '.')
      *p = ',';

  parts = g_strsplit (folded, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_auto(GStrv) ands = g_strsplit (parts[i], " and ", -1);

      for (guint j = 0; ands[j] != NULL; j++)
        {
          char *item = g_strstrip (ands[j]);

          if (*item != '\0' && !g_ptr_array_find_with_equal_func (items, item, g_str_equal, NULL))
            g_ptr_array_add (items, g_strdup (item));
        }
    }

  return g_steal_pointer (&items);
}

/* Postcodes: "QX4 2AB" has the outward code (district) "QX4" and the area "QX". No lookup:
 * the shape of a UK postcode says both. */

/**
 * hearth_postcode_outward:
 *
 * Returns: (transfer full) (nullable): the outward code, upper case, or %NULL when @postcode
 *   has none
 */
char *
hearth_postcode_outward (const char *postcode)
{
  g_autoptr(GString) compact = g_string_new (NULL);

  if (postcode == NULL)
    return NULL;

  for (const char *p = postcode; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (compact, g_ascii_toupper (*p));

  /* The inward code is always a digit and two letters. */
  if (compact->len >= 5 && compact->len <= 7 &&
      g_ascii_isdigit (compact->str[compact->len - 3]) &&
      g_ascii_isalpha (compact->str[compact->len - 2]) &&
      g_ascii_isalpha (compact->str[compact->len - 1]))
    g_string_truncate (compact, compact->len - 3);

  if (compact->len < 2 || compact->len > 4 || !g_ascii_isalpha (compact->str[0]))
    return NULL;

  return g_string_free (g_steal_pointer (&compact), FALSE);
}

/**
 * hearth_postcode_area:
 *
 * Returns: (transfer full) (nullable): the postcode area, the outward code's leading letters
 */
char *
hearth_postcode_area (const char *postcode)
{
  g_autofree char *outward = hearth_postcode_outward (postcode);
  guint n = 0;

  if (outward == NULL)
    return NULL;

  while (outward[n] != '\0' && g_ascii_isalpha (outward[n]))
    n++;

  return n > 0 && n <= 2 ? g_strndup (outward, n) : NULL;
}

/* Factors */

const char *
hearth_match_factor_name (HearthMatchFactor factor)
{
  g_return_val_if_fail (factor < HEARTH_N_MATCH_FACTORS, NULL);

  return factors[factor].name;
}

const char *
hearth_match_factor_label (HearthMatchFactor factor)
{
  g_return_val_if_fail (factor < HEARTH_N_MATCH_FACTORS, NULL);

  return _(factors[factor].label);
}

/**
 * hearth_match_factor_from_name:
 *
 * Returns: the factor called @name ("interests", "area", ...), or -1
 */
int
hearth_match_factor_from_name (const char *name)
{
  for (int i = 0; i < HEARTH_N_MATCH_FACTORS; i++)
    if (g_strcmp0 (factors[i].name, name) == 0)
      return i;

  return -1;
}

void
hearth_match_weights_init_default (HearthMatchWeights *weights)
{
  g_return_if_fail (weights != NULL);

  for (guint i = 0; i < HEARTH_N_MATCH_FACTORS; i++)
    weights->weight[i] = factors[i].weight;
}

/* The hard rules */

/* The person's side, worked out once for all the carers. */
typedef struct
{
  HearthPerson             *person;
  char                     *person_name;
  const char               *type;
  gboolean                  emergency;
  const HearthMatchWeights *weights;
  char                     *not_approved_for_type;  /* the rule, worded once */
  GPtrArray                *interests;
  char                     *town;
  char                     *district;
  char                     *postcode_area;
  gboolean                  likes_pets;
  gboolean                  likes_children;
  gboolean                  wants_quiet;
  gboolean                  wants_company;
  gboolean                  avoid_pets;
  gboolean                  avoid_smoking;
  gboolean                  avoid_children;
  gboolean                  needs_step_free;
} Request;

static void
request_init (Request                  *request,
              HearthPerson             *person,
              const char               *type,
              gboolean                  emergency,
              const HearthMatchWeights *weights)
{
  const char *postcode = hearth_person_get_postcode (person);
  g_autofree char *said = g_strconcat (hearth_person_get_preferences (person)
                                         ? hearth_person_get_preferences (person) : "",
                                       " ",
                                       hearth_person_get_interests (person)
                                         ? hearth_person_get_interests (person) : "",
                                       NULL);
  g_autofree char *folded = fold (said);

  *request = (Request) { person, hearth_person_dup_display_name (person), type, emergency, weights };
  {
    g_autofree char *label = g_utf8_strdown (hearth_values_label (HEARTH_VALUES_ARRANGEMENT_TYPE,
                                                                  type), -1);

    request->not_approved_for_type = g_strdup_printf (_("Not approved for %s"), label);
  }
  request->interests = split_list (hearth_person_get_interests (person));
  request->town = fold (hearth_person_get_area (person));
  request->district = hearth_postcode_outward (postcode);
  request->postcode_area = hearth_postcode_area (postcode);
  request->likes_pets = strstr (folded, "animal") || strstr (folded, "pet") ||
                        strstr (folded, "dog") || strstr (folded, "cat");
  request->likes_children = strstr (folded, "children") || strstr (folded, "family life") ||
                            strstr (folded, "busy");
  request->wants_quiet = strstr (folded, "quiet") != NULL;
  request->wants_company = strstr (folded, "company") || strstr (folded, "sociable");
  request->avoid_pets = hearth_person_get_avoid_pets (person);
  request->avoid_smoking = hearth_person_get_avoid_smoking (person);
  request->avoid_children = hearth_person_get_avoid_children (person);
  request->needs_step_free = hearth_person_get_needs_step_free (person);
}

static void
request_clear (Request *request)
{
  g_clear_pointer (&request->person_name, g_free);
  g_clear_pointer (&request->not_approved_for_type, g_free);
  g_clear_pointer (&request->interests, g_ptr_array_unref);
  g_clear_pointer (&request->town, g_free);
  g_clear_pointer (&request->district, g_free);
  g_clear_pointer (&request->postcode_area, g_free);
}

static void
add_rule (GPtrArray  *rules,
          char       *rule)
{
  g_ptr_array_add (rules, rule);
}

static void
check_terms (const Request          *request,
             const HearthMatchFacts *facts,
             GPtrArray              *rules)
{
  HearthCarer *carer = facts->carer;
  guint capacity = hearth_carer_get_capacity (carer);

  if (g_strcmp0 (hearth_carer_get_stage (carer), "approved") != 0 ||
      hearth_record_is_archived (HEARTH_RECORD (carer)))
    {
      add_rule (rules, g_strdup_printf (_("Not approved (%s)"),
                                        hearth_values_label (HEARTH_VALUES_CARER_STAGE,
                                                             hearth_carer_get_stage (carer))));
      return;
    }

  if (!hearth_carer_is_approved_for (carer, request->type))
    add_rule (rules, g_strdup (request->not_approved_for_type));

  if (request->emergency && !hearth_carer_get_approved_emergency (carer))
    add_rule (rules, g_strdup (_("Not approved for emergencies")));

  if (facts->people_now >= capacity)
    add_rule (rules, g_strdup_printf (_("No place free: %u of %u used"), facts->people_now,
                                      capacity));
}

static void
check_history (const Request          *request,
               const HearthMatchFacts *facts,
               GPtrArray              *rules)
{
  if (facts->open_trial_stage != NULL)
    add_rule (rules, g_strdup_printf (_("Already in a trial with %s (%s)"), request->person_name,
                                      hearth_values_label (HEARTH_VALUES_TRIAL_STAGE,
                                                           facts->open_trial_stage)));

  if (facts->declined_on != NULL)
    {
      g_autofree char *when = hearth_date_to_display (facts->declined_on);

      if (facts->declined_by_carer)
        add_rule (rules, g_strdup_printf (_("Declined a match with %s on %s"),
                                          request->person_name, when));
      else
        add_rule (rules, g_strdup_printf (_("%s said no to a match with this carer on %s"),
                                          request->person_name, when));
    }
}

static void
check_dealbreakers (const Request          *request,
                    const HearthMatchFacts *facts,
                    GPtrArray              *rules)
{
  HearthCarer *carer = facts->carer;
  const char *smoking;

  if (request->avoid_pets && hearth_carer_get_has_pets (carer))
    add_rule (rules, g_strdup_printf (_("Has pets; %s asked for a home without pets"),
                                      request->person_name));

  if (request->avoid_smoking &&
      g_strcmp0 (smoking = hearth_carer_get_smoking (carer), "non-smoking") != 0)
    add_rule (rules, g_strdup_printf (_("%s; %s asked for a smoke-free home"),
                                      hearth_values_label (HEARTH_VALUES_SMOKING, smoking),
                                      request->person_name));

  if (request->avoid_children && hearth_carer_get_has_children (carer))
    add_rule (rules, g_strdup_printf (_("Children at home; %s asked for a home without children"),
                                      request->person_name));

  if (request->needs_step_free && !hearth_carer_get_step_free (carer))
    add_rule (rules, g_strdup_printf (_("Not step-free; %s needs a step-free home"),
                                      request->person_name));
}

/* The score */

static void
add_part (HearthSuggestion  *self,
          HearthMatchFactor  factor,
          gint64             points,
          char              *detail)
{
  HearthScorePart part = { factor, points, detail };

  g_array_append_val (self->parts, part);
  self->score += points;
}

static void
score_interests (HearthSuggestion *self,
                 const Request    *request)
{
  GPtrArray *theirs = request->interests;
  g_autoptr(GPtrArray) ours = split_list (hearth_carer_get_interests (self->carer));
  g_autoptr(GPtrArray) shared = g_ptr_array_new ();
  g_autofree char *list = NULL;

  for (guint i = 0; i < theirs->len; i++)
    if (g_ptr_array_find_with_equal_func (ours, theirs->pdata[i], g_str_equal, NULL))
      g_ptr_array_add (shared, theirs->pdata[i]);

  if (shared->len == 0)
    {
      add_part (self, HEARTH_MATCH_INTERESTS, 0, g_strdup (_("No interests in common")));
      return;
    }

  g_ptr_array_add (shared, NULL);
  list = g_strjoinv (", ", (char **) shared->pdata);
  add_part (self, HEARTH_MATCH_INTERESTS,
            request->weights->weight[HEARTH_MATCH_INTERESTS] * MIN (shared->len - 1, MAX_COUNTED),
            g_strdup_printf (_("Both enjoy %s"), list));
}

static void
score_area (HearthSuggestion *self,
            const Request    *request)
{
  gint64 weight = request->weights->weight[HEARTH_MATCH_AREA];
  const char *town = hearth_person_get_area (request->person);
  const char *district = request->district;
  const char *area = request->postcode_area;
  g_autofree char *their_district = hearth_postcode_outward (hearth_carer_get_postcode (self->carer));
  g_autofree char *their_area = hearth_postcode_area (hearth_carer_get_postcode (self->carer));
  g_autofree char *their_town = fold (hearth_carer_get_area (self->carer));

  if (district != NULL && g_strcmp0 (district, their_district) == 0)
    add_part (self, HEARTH_MATCH_AREA, weight,
              g_strdup_printf (_("Same postcode district (%s)"), district));
  else if (!blank (town) && g_str_equal (request->town, their_town))
    add_part (self, HEARTH_MATCH_AREA, (weight + 1) / 2, g_strdup_printf (_("Both in %s"), town));
  else if (area != NULL && g_strcmp0 (area, their_area) == 0)
    add_part (self, HEARTH_MATCH_AREA, (weight + 1) / 2,
              g_strdup_printf (_("Same postcode area (%s)"), area));
  else
    add_part (self, HEARTH_MATCH_AREA, 0, g_strdup (_("Lives in another area")));
}

static gboolean
speaks (HearthCarer *carer,
        const char  *language)
{
  g_autoptr(GPtrArray) spoken = split_list (hearth_carer_get_languages (carer));
  g_autofree char *wanted = fold (language);

  return g_ptr_array_find_with_equal_func (spoken, g_strstrip (wanted), g_str_equal, NULL);
}

static void
score_culture (HearthSuggestion *self,
               const Request    *request)
{
  gint64 weight = request->weights->weight[HEARTH_MATCH_CULTURE];
  const char *language = hearth_person_get_wants_language (request->person);
  const char *faith = hearth_person_get_wants_faith (request->person);
  const char *culture = hearth_person_get_wants_culture (request->person);
  g_autoptr(GPtrArray) met = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) unmet = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *detail = NULL;
  g_autofree char *has = NULL;
  g_autofree char *has_not = NULL;

  if (blank (language) && blank (faith) && blank (culture))
    {
      add_part (self, HEARTH_MATCH_CULTURE, 0, g_strdup (_("Nothing asked for")));
      return;
    }

  if (!blank (language))
    g_ptr_array_add (speaks (self->carer, language) ? met : unmet,
                     g_strdup_printf (_("speaks %s"), language));
  if (!blank (faith))
    g_ptr_array_add (mentions (hearth_carer_get_faith (self->carer), faith) ? met : unmet,
                     g_strdup_printf (_("%s faith"), faith));
  if (!blank (culture))
    g_ptr_array_add (mentions (hearth_carer_get_culture (self->carer), culture) ? met : unmet,
                     g_strdup_printf (_("%s culture"), culture));

  g_ptr_array_add (met, NULL);
  g_ptr_array_add (unmet, NULL);
  has = g_strjoinv (", ", (char **) met->pdata);
  has_not = g_strjoinv (", ", (char **) unmet->pdata);
  if (met->len > 1 && unmet->len > 1)
    detail = g_strdup_printf (_("Has: %s; not: %s"), has, has_not);
  else if (met->len > 1)
    detail = g_strdup_printf (_("Has: %s"), has);
  else
    detail = g_strdup_printf (_("Not: %s"), has_not);

  add_part (self, HEARTH_MATCH_CULTURE, weight * (met->len - 1), g_steal_pointer (&detail));
}

static void
score_access (HearthSuggestion *self,
              const Request    *request)
{
  gint64 weight = request->weights->weight[HEARTH_MATCH_ACCESS];
  const char *accommodation = hearth_carer_get_accommodation (self->carer);

  /* A home that is not step-free is ruled out for someone who needs one, so here it is
   * only ever a reason to suggest the carer. */
  if (request->needs_step_free)
    add_part (self, HEARTH_MATCH_ACCESS, weight,
              blank (hearth_carer_get_accessibility (self->carer))
                ? g_strdup (_("Step-free home"))
                : g_strdup_printf (_("Step-free home: %s"),
                                   hearth_carer_get_accessibility (self->carer)));
  else if (blank (accommodation))
    add_part (self, HEARTH_MATCH_ACCESS, 0, g_strdup (_("No room described yet")));
  else
    add_part (self, HEARTH_MATCH_ACCESS, (weight + 1) / 2, g_strdup (accommodation));
}

/* @experience: folded */
static gboolean
has_experience_of (const char *experience,
                   const char *need)
{
  for (guint i = 0; i < G_N_ELEMENTS (experience_words); i++)
    if (g_str_equal (experience_words[i].need, need))
      {
        for (guint j = 0; experience_words[i].words[j] != NULL; j++)
          if (strstr (experience, experience_words[i].words[j]) != NULL)
            return TRUE;
        return FALSE;
      }

  return FALSE;
}

static void
score_experience (HearthSuggestion *self,
                  const Request    *request)
{
  g_auto(GStrv) needs = g_strsplit (hearth_person_get_support_needs (request->person), ",", -1);
  const char *experience = hearth_carer_get_experience (self->carer);
  g_autofree char *folded = fold (experience);
  g_autoptr(GPtrArray) known = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;
  gint64 counted;

  for (guint i = 0; needs[i] != NULL; i++)
    if (*g_strstrip (needs[i]) != '\0' && has_experience_of (folded, needs[i]))
      g_ptr_array_add (known, g_utf8_strdown (hearth_values_label (HEARTH_VALUES_SUPPORT_NEED,
                                                                   needs[i]), -1));

  if (known->len == 0)
    {
      add_part (self, HEARTH_MATCH_EXPERIENCE, 0,
                g_strdup (blank (experience) ? _("No experience recorded")
                                             : _("No experience of these needs recorded")));
      return;
    }

  counted = MIN (known->len, MAX_COUNTED);
  g_ptr_array_add (known, NULL);
  list = g_strjoinv (", ", (char **) known->pdata);
  add_part (self, HEARTH_MATCH_EXPERIENCE,
            request->weights->weight[HEARTH_MATCH_EXPERIENCE] * counted,
            g_strdup_printf (_("Experience of %s"), list));
}

/* What a person said of the home they want, matched against the carer's household. */
static void
score_household (HearthSuggestion       *self,
                 const Request          *request,
                 const HearthMatchFacts *facts)
{
  gint64 weight = request->weights->weight[HEARTH_MATCH_HOUSEHOLD];
  gboolean pets = hearth_carer_get_has_pets (self->carer);
  gboolean children = hearth_carer_get_has_children (self->carer);
  g_autoptr(GPtrArray) fits = g_ptr_array_new ();
  g_autofree char *list = NULL;

  if (pets && request->likes_pets)
    g_ptr_array_add (fits, (char *) _("pets at home"));
  if (children && request->likes_children)
    g_ptr_array_add (fits, (char *) _("children at home"));
  if (!children && facts->people_now == 0 && request->wants_quiet)
    g_ptr_array_add (fits, (char *) _("a quiet home with no one else supported"));
  if (facts->people_now > 0 && request->wants_company)
    g_ptr_array_add (fits, (char *) _("company: others supported there"));

  if (fits->len == 0)
    {
      add_part (self, HEARTH_MATCH_HOUSEHOLD, 0,
                g_strdup (facts->people_now == 0 ? _("No one else supported there now")
                                                  : _("Others supported there now")));
      return;
    }

  g_ptr_array_add (fits, NULL);
  list = g_strjoinv (", ", (char **) fits->pdata);
  add_part (self, HEARTH_MATCH_HOUSEHOLD, weight * MIN (fits->len - 1, 2),
            g_strdup_printf (_("As asked for: %s"), list));
}

static HearthSuggestion *
judge (const Request          *request,
       const HearthMatchFacts *facts)
{
  HearthSuggestion *self = g_object_new (HEARTH_TYPE_SUGGESTION, NULL);
  g_autoptr(GPtrArray) rules = g_ptr_array_new_with_free_func (g_free);

  self->carer = g_object_ref (facts->carer);
  self->carer_id = hearth_record_get_id (HEARTH_RECORD (facts->carer));
  if (facts->sort_key != NULL)
    self->sort_key = g_strdup (facts->sort_key);
  else
    {
      g_autofree char *name = hearth_carer_dup_display_name (facts->carer);

      self->sort_key = g_utf8_collate_key (name, -1);
    }
  self->places = hearth_carer_get_capacity (facts->carer);
  self->places_used = facts->people_now;

  check_terms (request, facts, rules);
  check_history (request, facts, rules);
  check_dealbreakers (request, facts, rules);

  if (rules->len > 0)
    {
      g_ptr_array_add (rules, NULL);
      self->rule = g_strjoinv ("; ", (char **) rules->pdata);
      return self;
    }

  score_interests (self, request);
  score_area (self, request);
  score_culture (self, request);
  score_access (self, request);
  score_experience (self, request);
  score_household (self, request, facts);

  return self;
}

/* Candidates first, best first; then the ruled out. Ties go by name, then by number, so the
 * same scheme always gives the same list. */
static int
compare_suggestions (gconstpointer a,
                     gconstpointer b)
{
  HearthSuggestion *x = *(HearthSuggestion **) a;
  HearthSuggestion *y = *(HearthSuggestion **) b;
  int by_name;

  if ((x->rule == NULL) != (y->rule == NULL))
    return x->rule == NULL ? -1 : 1;
  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  if ((by_name = strcmp (x->sort_key, y->sort_key)) != 0)
    return by_name;

  return (x->carer_id > y->carer_id) - (x->carer_id < y->carer_id);
}

/**
 * hearth_match_rank:
 * @person: who needs a match
 * @arrangement_type: "long-term", "short-breaks" or "day-support"
 * @emergency: whether it is an emergency placement
 * @weights: points for each factor
 * @facts: (array length=n_facts): one for each carer to consider
 *
 * The whole rule set of matching, with nothing read from a scheme: first the hard rules,
 * each one explained when it rules a carer out; then the score of each carer left, as its
 * parts.
 *
 * Returns: (transfer full) (element-type HearthSuggestion): every carer of @facts, the
 *   candidates first, best first, then the ruled out
 */
GPtrArray *
hearth_match_rank (HearthPerson             *person,
                   const char               *arrangement_type,
                   gboolean                  emergency,
                   const HearthMatchWeights *weights,
                   const HearthMatchFacts   *facts,
                   guint                     n_facts)
{
  GPtrArray *suggestions;
  Request request;

  g_return_val_if_fail (HEARTH_IS_PERSON (person), NULL);
  g_return_val_if_fail (hearth_values_contains (HEARTH_VALUES_ARRANGEMENT_TYPE,
                                                arrangement_type), NULL);
  g_return_val_if_fail (weights != NULL, NULL);
  g_return_val_if_fail (facts != NULL || n_facts == 0, NULL);

  request_init (&request, person, arrangement_type, emergency, weights);
  suggestions = g_ptr_array_new_full (n_facts, g_object_unref);
  for (guint i = 0; i < n_facts; i++)
    g_ptr_array_add (suggestions, judge (&request, &facts[i]));

  g_ptr_array_sort (suggestions, compare_suggestions);
  request_clear (&request);

  return suggestions;
}

/* Getters */

HearthCarer *
hearth_suggestion_get_carer (HearthSuggestion *self)
{
  g_return_val_if_fail (HEARTH_IS_SUGGESTION (self), NULL);

  return self->carer;
}

gint64
hearth_suggestion_get_carer_id (HearthSuggestion *self)
{
  g_return_val_if_fail (HEARTH_IS_SUGGESTION (self), 0);

  return self->carer_id;
}

gboolean
hearth_suggestion_is_ruled_out (HearthSuggestion *self)
{
  g_return_val_if_fail (HEARTH_IS_SUGGESTION (self), FALSE);

  return self->rule != NULL;
}

/**
 * hearth_suggestion_get_rule:
 *
 * Returns: (nullable): every rule that rules the carer out, joined by "; "
 */
const char *
hearth_suggestion_get_rule (HearthSuggestion *self)
{
  g_return_val_if_fail (HEARTH_IS_SUGGESTION (self), NULL);

  return self->rule;
}

gint64
hearth_suggestion_get_score (HearthSuggestion *self)
{
  g_return_val_if_fail (HEARTH_IS_SUGGESTION (self), 0);

  return self->score;
}

guint
hearth_suggestion_get_n_parts (HearthSuggestion *self)
{
  g_return_val_if_fail (HEARTH_IS_SUGGESTION (self), 0);

  return self->parts->len;
}

const HearthScorePart *
hearth_suggestion_get_part (HearthSuggestion *self,
                            guint             i)
{
  g_return_val_if_fail (HEARTH_IS_SUGGESTION (self), NULL);
  g_return_val_if_fail (i < self->parts->len, NULL);

  return &g_array_index (self->parts, HearthScorePart, i);
}

guint
hearth_suggestion_get_places_used (HearthSuggestion *self)
{
  g_return_val_if_fail (HEARTH_IS_SUGGESTION (self), 0);

  return self->places_used;
}

guint
hearth_suggestion_get_places (HearthSuggestion *self)
{
  g_return_val_if_fail (HEARTH_IS_SUGGESTION (self), 0);

  return self->places;
}

gboolean
hearth_suggestion_get_shortlisted (HearthSuggestion *self)
{
  g_return_val_if_fail (HEARTH_IS_SUGGESTION (self), FALSE);

  return self->shortlisted;
}

void
hearth_suggestion_set_shortlisted (HearthSuggestion *self,
                                   gboolean          shortlisted)
{
  g_return_if_fail (HEARTH_IS_SUGGESTION (self));

  self->shortlisted = !!shortlisted;
}

/**
 * hearth_suggestion_dup_summary:
 *
 * Returns: (transfer full): one line a screen reader or a terminal can say: "Score 7:
 *   Shared interests +4 (Both enjoy gardening); Area +3 (...)", or the rules
 */
char *
hearth_suggestion_dup_summary (HearthSuggestion *self)
{
  GString *summary;

  g_return_val_if_fail (HEARTH_IS_SUGGESTION (self), NULL);

  if (self->rule != NULL)
    return g_strdup_printf (_("Ruled out: %s"), self->rule);

  summary = g_string_new (NULL);
  g_string_append_printf (summary, _("Score %" G_GINT64_FORMAT), self->score);
  for (guint i = 0; i < self->parts->len; i++)
    {
      const HearthScorePart *part = &g_array_index (self->parts, HearthScorePart, i);

      g_string_append (summary, i == 0 ? ": " : "; ");
      g_string_append_printf (summary, "%s +%" G_GINT64_FORMAT " (%s)",
                              hearth_match_factor_label (part->factor), part->points,
                              part->detail);
    }

  return g_string_free (summary, FALSE);
}
