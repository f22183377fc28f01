/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-matching.c: the rules that rule a carer out for a person, then the score of the rest,
 * each part with the reason a coordinator reads. hearth_match_rank() is pure: the scheme
 * gathers the facts it needs (hearth-matching-scheme.c). */

#define G_LOG_DOMAIN "hearth-matching"

#include "config.h"

#include <glib/gi18n.h>

#include "hearth-date.h"
#include "hearth-matching-private.h"
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
  guint        name_order; /* the carer's place in name order, so thousands sort on numbers */
  char        *sort_key;   /* the name's collation key: the order of one ranking and the next */
  gint64       past_no;    /* the trial whose no keeps the carer out, or 0 */
};

/* What matching reads of a carer, worked out of the record once. The texts are copies, so
 * a record changed in place later cannot leave them pointing at freed memory. */
struct _HearthMatchCarer
{
  HearthCarer *carer;
  gint64       id;
  char        *sort_key;           /* the name's collation key */
  guint        name_order;         /* from 1, when _hearth_match_carers_order_by_name() said */
  gboolean     approved;           /* approved and not archived */
  guint        capacity;
  guint        approved_types;     /* bit i: approved for arrangement_types[i] */
  gboolean     approved_emergency;
  gboolean     has_pets;
  gboolean     has_children;
  gboolean     step_free;
  char        *smoking;
  char        *accommodation;      /* (nullable): NULL when blank */
  char        *accessibility;      /* (nullable): NULL when blank */
  GPtrArray   *interests;          /* split_list() of the carer's interests */
  GPtrArray   *languages;          /* split_list() of the languages they speak */
  char        *faith;              /* (nullable): folded, NULL when blank */
  char        *culture;            /* (nullable): folded, NULL when blank */
  char        *district;           /* (nullable): the postcode's outward code */
  char        *postcode_area;      /* (nullable) */
  char        *town;               /* folded, "" when none */
  gboolean     no_experience;      /* nothing written of their experience */
  guint32      experience;         /* bit i: their experience mentions experience_words[i] */
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

/* A carer's experience is kept as one bit for each need above. */
G_STATIC_ASSERT (G_N_ELEMENTS (experience_words) <= 32);

/* The types of arrangement, in the order of a carer's approved_types bits. */
static const char * const arrangement_types[] = { "long-term", "short-breaks", "day-support" };

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

static void
add_item (GPtrArray *items,
          char      *item)
{
  if (*item != '\0' && !g_ptr_array_find_with_equal_func (items, item, g_str_equal, NULL))
    g_ptr_array_add (items, g_strdup (item));
}

/* "Gardening, baking and music; swimming" → {"gardening", "baking", "music", "swimming"}:
 * an item ends at a comma, semicolon, slash or full stop, and at " and ". Cut in place,
 * since thousands of carers' lists are split when a scheme's carers are prepared. */
static GPtrArray *
split_list (const char *text)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *folded = fold (text);
  char *start = folded;

  for (char *p = folded; ; p++)
    {
      gboolean last = *p == '\0';
      char *and;

      if (!last && *p != ',' && *p != ';' && *p != '/' && *p != '.')
        continue;

      *p = '\0';
      for (char *item = start; item != NULL; item = and != NULL ? and + strlen (" and ") : NULL)
        {
          if ((and = strstr (item, " and ")) != NULL)
            *and = '\0';
          add_item (items, g_strstrip (item));
        }

      if (last)
        break;
      start = p + 1;
    }

  return items;
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

/* A carer, prepared */

static guint32
experience_mentioned (const char *experience)
{
  g_autofree char *folded = fold (experience);
  guint32 bits = 0;

  for (guint i = 0; i < G_N_ELEMENTS (experience_words); i++)
    for (guint j = 0; experience_words[i].words[j] != NULL; j++)
      if (strstr (folded, experience_words[i].words[j]) != NULL)
        {
          bits |= 1u << i;
          break;
        }

  return bits;
}

static char *
dup_unless_blank (const char *text)
{
  return blank (text) ? NULL : g_strdup (text);
}

static char *
fold_unless_blank (const char *text)
{
  return blank (text) ? NULL : fold (text);
}

/**
 * _hearth_match_carer_new:
 * @sort_key: (nullable): the carer's name as a g_utf8_collate_key(), if already made
 *
 * Works out, once, everything matching reads of @carer's record.
 */
HearthMatchCarer *
_hearth_match_carer_new (HearthCarer *carer,
                         const char  *sort_key)
{
  HearthMatchCarer *self = g_new0 (HearthMatchCarer, 1);
  const char *postcode = hearth_carer_get_postcode (carer);

  self->carer = g_object_ref (carer);
  self->id = hearth_record_get_id (HEARTH_RECORD (carer));
  if (sort_key != NULL)
    self->sort_key = g_strdup (sort_key);
  else
    {
      g_autofree char *name = hearth_carer_dup_display_name (carer);

      self->sort_key = g_utf8_collate_key (name, -1);
    }

  self->approved = g_strcmp0 (hearth_carer_get_stage (carer), "approved") == 0 &&
                   !hearth_record_is_archived (HEARTH_RECORD (carer));
  self->capacity = hearth_carer_get_capacity (carer);
  for (guint i = 0; i < G_N_ELEMENTS (arrangement_types); i++)
    if (hearth_carer_is_approved_for (carer, arrangement_types[i]))
      self->approved_types |= 1u << i;
  self->approved_emergency = hearth_carer_get_approved_emergency (carer);
  self->has_pets = hearth_carer_get_has_pets (carer);
  self->has_children = hearth_carer_get_has_children (carer);
  self->step_free = hearth_carer_get_step_free (carer);
  self->smoking = g_strdup (hearth_carer_get_smoking (carer));
  self->accommodation = dup_unless_blank (hearth_carer_get_accommodation (carer));
  self->accessibility = dup_unless_blank (hearth_carer_get_accessibility (carer));
  self->interests = split_list (hearth_carer_get_interests (carer));
  self->languages = split_list (hearth_carer_get_languages (carer));
  self->faith = fold_unless_blank (hearth_carer_get_faith (carer));
  self->culture = fold_unless_blank (hearth_carer_get_culture (carer));
  self->district = hearth_postcode_outward (postcode);
  self->postcode_area = hearth_postcode_area (postcode);
  self->town = fold (hearth_carer_get_area (carer));
  self->no_experience = blank (hearth_carer_get_experience (carer));
  self->experience = experience_mentioned (hearth_carer_get_experience (carer));

  return self;
}

void
_hearth_match_carer_free (HearthMatchCarer *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->carer);
  g_free (self->sort_key);
  g_free (self->smoking);
  g_free (self->accommodation);
  g_free (self->accessibility);
  g_ptr_array_unref (self->interests);
  g_ptr_array_unref (self->languages);
  g_free (self->faith);
  g_free (self->culture);
  g_free (self->district);
  g_free (self->postcode_area);
  g_free (self->town);
  g_free (self);
}

HearthCarer *
_hearth_match_carer_get_carer (const HearthMatchCarer *self)
{
  return self->carer;
}

/* By name, then by number, so the same scheme always gives the same list. */
static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  HearthMatchCarer * const *carers = data;
  const HearthMatchCarer *x = carers[*(const guint *) a];
  const HearthMatchCarer *y = carers[*(const guint *) b];
  int by_name = strcmp (x->sort_key, y->sort_key);

  if (by_name != 0)
    return by_name;

  return (x->id > y->id) - (x->id < y->id);
}

/* @order: (array length=n_carers) (out caller-allocates): each carer's place, from 1 */
static void
rank_by_name (HearthMatchCarer * const *carers,
              guint                     n_carers,
              guint                    *order)
{
  g_autofree guint *sorted = g_new (guint, MAX (n_carers, 1));

  for (guint i = 0; i < n_carers; i++)
    sorted[i] = i;
  g_qsort_with_data (sorted, (gint) n_carers, sizeof (guint), compare_names, (gpointer) carers);
  for (guint i = 0; i < n_carers; i++)
    order[sorted[i]] = i + 1;
}

/**
 * _hearth_match_carers_order_by_name:
 *
 * Tells each of @carers its place in name order among them all, so that ranking any of them
 * for a person sorts on numbers instead of comparing thousands of names.
 */
void
_hearth_match_carers_order_by_name (HearthMatchCarer **carers,
                                    guint              n_carers)
{
  g_autofree guint *order = g_new (guint, MAX (n_carers, 1));

  rank_by_name (carers, n_carers, order);
  for (guint i = 0; i < n_carers; i++)
    carers[i]->name_order = order[i];
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

/* The person's side */

/* Details of a score part that depend on which of a few things matched: made the first time
 * a carer matches that way, then copied for every other carer who does. */
#define N_CULTURE_DETAILS (1u << 3)
#define N_HOUSEHOLD_DETAILS (1u << 4)
#define N_FULL_USED 8

/* The person's side, worked out once for all the carers, with the words of the rules and
 * details that do not depend on the carer. */
typedef struct
{
  HearthPerson             *person;
  char                     *person_name;
  const char               *type;
  gboolean                  emergency;
  const HearthMatchWeights *weights;
  guint                     type_bit;       /* of HearthMatchCarer.approved_types */

  /* Rules */
  char                     *not_approved_for_type;
  const char               *not_approved_for_emergencies;
  char                     *pets_rule;
  char                     *children_rule;
  char                     *step_free_rule;
  GHashTable               *smoking_rules;  /* the carer's smoking → the rule */
  char                     *full_rules[N_FULL_USED][HEARTH_MAX_PLACES + 1];

  /* Interests */
  GPtrArray                *interests;
  GHashTable               *interest_details; /* (nullable): which are shared → the detail */
  const char               *no_interests;

  /* Area */
  const char               *area_text;      /* the person's town as written */
  char                     *town;
  char                     *district;
  char                     *postcode_area;
  char                     *same_district;
  char                     *same_town;
  char                     *same_postcode_area;
  const char               *other_area;

  /* Language, faith and culture */
  const char               *language;
  const char               *faith;
  const char               *culture;
  char                     *language_wanted; /* folded, as a carer's languages are */
  char                     *faith_wanted;
  char                     *culture_wanted;
  const char               *nothing_asked;
  char                     *culture_details[N_CULTURE_DETAILS]; /* by what the carer has */

  /* Accommodation and access */
  const char               *step_free_home;
  const char               *no_room;

  /* Experience */
  GPtrArray                *needs;          /* the person's support needs, as codes */
  GArray                   *need_words;     /* int: each need's entry in experience_words, or -1 */
  GHashTable               *experience_details; /* (nullable): which are known → the detail */
  const char               *no_experience;
  const char               *no_experience_of_needs;

  /* Household */
  gboolean                  likes_pets;
  gboolean                  likes_children;
  gboolean                  wants_quiet;
  gboolean                  wants_company;
  gboolean                  avoid_pets;
  gboolean                  avoid_smoking;
  gboolean                  avoid_children;
  gboolean                  needs_step_free;
  char                     *household_details[N_HOUSEHOLD_DETAILS]; /* by what fits */
  const char               *no_one_else;
  const char               *others_there;
} Request;

static guint
type_bit (const char *type)
{
  for (guint i = 0; i < G_N_ELEMENTS (arrangement_types); i++)
    if (g_strcmp0 (arrangement_types[i], type) == 0)
      return 1u << i;

  return 0;
}

/* Details are looked up by a bit for each thing matched; a person with more than 64
 * interests or needs gets their details made afresh for each carer. */
static GHashTable *
new_detail_table (guint n_things)
{
  if (n_things > 64)
    return NULL;

  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

static void
request_init_rules (Request *request)
{
  const char *name = request->person_name;
  g_autofree char *label = g_utf8_strdown (hearth_values_label (HEARTH_VALUES_ARRANGEMENT_TYPE,
                                                                request->type), -1);

  request->not_approved_for_type = g_strdup_printf (_("Not approved for %s"), label);
  request->not_approved_for_emergencies = _("Not approved for emergencies");
  request->pets_rule = g_strdup_printf (_("Has pets; %s asked for a home without pets"), name);
  request->children_rule =
    g_strdup_printf (_("Children at home; %s asked for a home without children"), name);
  request->step_free_rule =
    g_strdup_printf (_("Not step-free; %s needs a step-free home"), name);
  request->smoking_rules = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static void
request_init_area (Request *request)
{
  const char *postcode = hearth_person_get_postcode (request->person);

  request->area_text = hearth_person_get_area (request->person);
  request->town = fold (request->area_text);
  request->district = hearth_postcode_outward (postcode);
  request->postcode_area = hearth_postcode_area (postcode);
  if (request->district != NULL)
    request->same_district = g_strdup_printf (_("Same postcode district (%s)"), request->district);
  if (!blank (request->area_text))
    request->same_town = g_strdup_printf (_("Both in %s"), request->area_text);
  if (request->postcode_area != NULL)
    request->same_postcode_area = g_strdup_printf (_("Same postcode area (%s)"),
                                                   request->postcode_area);
  request->other_area = _("Lives in another area");
}

/* What a person asked for, as a carer's words are searched for it: folded, then trimmed;
 * NULL when they asked for nothing. */
static char *
wanted (const char *text)
{
  return blank (text) ? NULL : g_strstrip (fold (text));
}

static void
request_init_culture (Request *request)
{
  request->language = hearth_person_get_wants_language (request->person);
  request->faith = hearth_person_get_wants_faith (request->person);
  request->culture = hearth_person_get_wants_culture (request->person);
  request->language_wanted = wanted (request->language);
  request->faith_wanted = wanted (request->faith);
  request->culture_wanted = wanted (request->culture);
  request->nothing_asked = _("Nothing asked for");
}

/* The person's support needs, as codes: split at each comma and trimmed, the empty ones
 * left out. */
static void
request_init_needs (Request *request)
{
  const char *needs = hearth_person_get_support_needs (request->person);
  g_auto(GStrv) parts = g_strsplit (needs != NULL ? needs : "", ",", -1);

  request->needs = g_ptr_array_new_with_free_func (g_free);
  request->need_words = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *need = g_strstrip (parts[i]);
      int word = -1;

      if (*need == '\0')
        continue;
      for (guint j = 0; j < G_N_ELEMENTS (experience_words) && word < 0; j++)
        if (g_str_equal (experience_words[j].need, need))
          word = (int) j;
      g_ptr_array_add (request->needs, g_strdup (need));
      g_array_append_val (request->need_words, word);
    }

  request->experience_details = new_detail_table (request->needs->len);
  request->no_experience = _("No experience recorded");
  request->no_experience_of_needs = _("No experience of these needs recorded");
}

static void
request_init (Request                  *request,
              HearthPerson             *person,
              const char               *type,
              gboolean                  emergency,
              const HearthMatchWeights *weights)
{
  g_autofree char *said = g_strconcat (hearth_person_get_preferences (person)
                                         ? hearth_person_get_preferences (person) : "",
                                       " ",
                                       hearth_person_get_interests (person)
                                         ? hearth_person_get_interests (person) : "",
                                       NULL);
  g_autofree char *folded = fold (said);

  *request = (Request) { person, hearth_person_dup_display_name (person), type, emergency, weights };
  request->type_bit = type_bit (type);
  request_init_rules (request);
  request->interests = split_list (hearth_person_get_interests (person));
  request->interest_details = new_detail_table (request->interests->len);
  request->no_interests = _("No interests in common");
  request_init_area (request);
  request_init_culture (request);
  request->step_free_home = _("Step-free home");
  request->no_room = _("No room described yet");
  request_init_needs (request);
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
  request->no_one_else = _("No one else supported there now");
  request->others_there = _("Others supported there now");
}

static void
request_clear (Request *request)
{
  g_clear_pointer (&request->person_name, g_free);
  g_clear_pointer (&request->not_approved_for_type, g_free);
  g_clear_pointer (&request->pets_rule, g_free);
  g_clear_pointer (&request->children_rule, g_free);
  g_clear_pointer (&request->step_free_rule, g_free);
  g_clear_pointer (&request->smoking_rules, g_hash_table_unref);
  for (guint i = 0; i < N_FULL_USED; i++)
    for (guint j = 0; j <= HEARTH_MAX_PLACES; j++)
      g_clear_pointer (&request->full_rules[i][j], g_free);
  g_clear_pointer (&request->interests, g_ptr_array_unref);
  g_clear_pointer (&request->interest_details, g_hash_table_unref);
  g_clear_pointer (&request->town, g_free);
  g_clear_pointer (&request->district, g_free);
  g_clear_pointer (&request->postcode_area, g_free);
  g_clear_pointer (&request->same_district, g_free);
  g_clear_pointer (&request->same_town, g_free);
  g_clear_pointer (&request->same_postcode_area, g_free);
  g_clear_pointer (&request->language_wanted, g_free);
  g_clear_pointer (&request->faith_wanted, g_free);
  g_clear_pointer (&request->culture_wanted, g_free);
  for (guint i = 0; i < N_CULTURE_DETAILS; i++)
    g_clear_pointer (&request->culture_details[i], g_free);
  g_clear_pointer (&request->needs, g_ptr_array_unref);
  g_clear_pointer (&request->need_words, g_array_unref);
  g_clear_pointer (&request->experience_details, g_hash_table_unref);
  for (guint i = 0; i < N_HOUSEHOLD_DETAILS; i++)
    g_clear_pointer (&request->household_details[i], g_free);
}

/* A detail made by @make (@request, @carer), kept in @details under @bits for the next carer
 * who matches the same way. */
static char *
dup_detail (Request                 *request,
            const HearthMatchCarer  *carer,
            GHashTable              *details,
            guint64                  bits,
            char                  *(*make) (Request *, const HearthMatchCarer *))
{
  const char *detail;
  gint64 *key;

  if (details == NULL)
    return make (request, carer);

  if ((detail = g_hash_table_lookup (details, &bits)) != NULL)
    return g_strdup (detail);

  key = g_new (gint64, 1);
  *key = (gint64) bits;
  detail = make (request, carer);
  g_hash_table_insert (details, key, (char *) detail);
  return g_strdup (detail);
}

/* The hard rules */

/* The rules that rule a carer out: most are worded once for the person and only borrowed
 * here; all are joined once at the end. */
typedef struct
{
  const char *texts[12];
  char       *owned[12];
  guint       n_texts;
  guint       n_owned;
} Rules;

static void
add_rule (Rules      *rules,
          const char *rule)
{
  g_assert (rules->n_texts < G_N_ELEMENTS (rules->texts));

  rules->texts[rules->n_texts++] = rule;
}

static void
take_rule (Rules *rules,
           char  *rule)
{
  g_assert (rules->n_owned < G_N_ELEMENTS (rules->owned));

  rules->owned[rules->n_owned++] = rule;
  add_rule (rules, rule);
}

/* Returns: (transfer full): the rules joined by "; " */
static char *
join_rules (Rules *rules)
{
  gsize length = 0;
  char *joined, *p;

  for (guint i = 0; i < rules->n_texts; i++)
    length += strlen (rules->texts[i]) + (i > 0 ? 2 : 0);

  p = joined = g_malloc (length + 1);
  for (guint i = 0; i < rules->n_texts; i++)
    {
      if (i > 0)
        p = g_stpcpy (p, "; ");
      p = g_stpcpy (p, rules->texts[i]);
    }
  *p = '\0';

  for (guint i = 0; i < rules->n_owned; i++)
    g_free (rules->owned[i]);

  return joined;
}

static const char *
full_rule (Request *request,
           guint    used,
           guint    capacity)
{
  char **rule;

  if (used >= N_FULL_USED || capacity > HEARTH_MAX_PLACES)
    return NULL;

  rule = &request->full_rules[used][capacity];
  if (*rule == NULL)
    *rule = g_strdup_printf (_("No place free: %u of %u used"), used, capacity);
  return *rule;
}

static void
check_terms (Request                *request,
             const HearthMatchFacts *facts,
             const HearthMatchCarer *carer,
             Rules                  *rules)
{
  if (!carer->approved)
    {
      const char *stage = hearth_carer_get_stage (carer->carer);

      take_rule (rules, g_strdup_printf (_("Not approved (%s)"),
                                         hearth_values_label (HEARTH_VALUES_CARER_STAGE, stage)));
      return;
    }

  if (!(carer->approved_types & request->type_bit))
    add_rule (rules, request->not_approved_for_type);

  if (request->emergency && !carer->approved_emergency)
    add_rule (rules, request->not_approved_for_emergencies);

  if (facts->people_now >= carer->capacity)
    {
      const char *rule = full_rule (request, facts->people_now, carer->capacity);

      if (rule != NULL)
        add_rule (rules, rule);
      else
        take_rule (rules, g_strdup_printf (_("No place free: %u of %u used"), facts->people_now,
                                           carer->capacity));
    }
}

static void
check_history (const Request          *request,
               const HearthMatchFacts *facts,
               Rules                  *rules)
{
  if (facts->open_trial_stage != NULL)
    take_rule (rules, g_strdup_printf (_("Already in a trial with %s (%s)"), request->person_name,
                                       hearth_values_label (HEARTH_VALUES_TRIAL_STAGE,
                                                            facts->open_trial_stage)));

  if (facts->declined_on != NULL)
    {
      g_autofree char *when = hearth_date_to_display (facts->declined_on);

      if (facts->declined_by_carer)
        take_rule (rules, g_strdup_printf (_("Declined a match with %s on %s"),
                                           request->person_name, when));
      else
        take_rule (rules, g_strdup_printf (_("%s said no to a match with this carer on %s"),
                                           request->person_name, when));
    }
}

static const char *
smoking_rule (Request    *request,
              const char *smoking)
{
  /* hearth_values_label() words no value and an empty one alike. */
  const char *key = smoking != NULL ? smoking : "";
  char *rule = g_hash_table_lookup (request->smoking_rules, key);

  if (rule == NULL)
    {
      rule = g_strdup_printf (_("%s; %s asked for a smoke-free home"),
                              hearth_values_label (HEARTH_VALUES_SMOKING, smoking),
                              request->person_name);
      g_hash_table_insert (request->smoking_rules, g_strdup (key), rule);
    }

  return rule;
}

static void
check_dealbreakers (Request                *request,
                    const HearthMatchCarer *carer,
                    Rules                  *rules)
{
  if (request->avoid_pets && carer->has_pets)
    add_rule (rules, request->pets_rule);

  if (request->avoid_smoking && g_strcmp0 (carer->smoking, "non-smoking") != 0)
    add_rule (rules, smoking_rule (request, carer->smoking));

  if (request->avoid_children && carer->has_children)
    add_rule (rules, request->children_rule);

  if (request->needs_step_free && !carer->step_free)
    add_rule (rules, request->step_free_rule);
}

/* The score */

static guint
count_bits (guint64 bits)
{
  guint n = 0;

  for (; bits != 0; bits &= bits - 1)
    n++;

  return n;
}

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

static gboolean
has_interest (const HearthMatchCarer *carer,
              const char             *interest)
{
  return g_ptr_array_find_with_equal_func (carer->interests, interest, g_str_equal, NULL);
}

/* "Both enjoy gardening, baking": the person's interests the carer shares, in the person's
 * order. */
static char *
make_interests_detail (Request                *request,
                       const HearthMatchCarer *carer)
{
  GPtrArray *theirs = request->interests;
  g_autoptr(GPtrArray) shared = g_ptr_array_new ();
  g_autofree char *list = NULL;

  for (guint i = 0; i < theirs->len; i++)
    if (has_interest (carer, theirs->pdata[i]))
      g_ptr_array_add (shared, theirs->pdata[i]);

  g_ptr_array_add (shared, NULL);
  list = g_strjoinv (", ", (char **) shared->pdata);
  return g_strdup_printf (_("Both enjoy %s"), list);
}

static void
score_interests (HearthSuggestion       *self,
                 Request                *request,
                 const HearthMatchCarer *carer)
{
  GPtrArray *theirs = request->interests;
  guint64 shared = 0;
  guint n_shared = 0;

  for (guint i = 0; i < theirs->len; i++)
    if (has_interest (carer, theirs->pdata[i]))
      {
        shared |= i < 64 ? G_GUINT64_CONSTANT (1) << i : 0;
        n_shared++;
      }

  if (n_shared == 0)
    {
      add_part (self, HEARTH_MATCH_INTERESTS, 0, g_strdup (request->no_interests));
      return;
    }

  add_part (self, HEARTH_MATCH_INTERESTS,
            request->weights->weight[HEARTH_MATCH_INTERESTS] * MIN (n_shared, MAX_COUNTED),
            dup_detail (request, carer, request->interest_details, shared,
                        make_interests_detail));
}

static void
score_area (HearthSuggestion       *self,
            const Request          *request,
            const HearthMatchCarer *carer)
{
  gint64 weight = request->weights->weight[HEARTH_MATCH_AREA];

  if (request->district != NULL && g_strcmp0 (request->district, carer->district) == 0)
    add_part (self, HEARTH_MATCH_AREA, weight, g_strdup (request->same_district));
  else if (!blank (request->area_text) && g_str_equal (request->town, carer->town))
    add_part (self, HEARTH_MATCH_AREA, (weight + 1) / 2, g_strdup (request->same_town));
  else if (request->postcode_area != NULL &&
           g_strcmp0 (request->postcode_area, carer->postcode_area) == 0)
    add_part (self, HEARTH_MATCH_AREA, (weight + 1) / 2, g_strdup (request->same_postcode_area));
  else
    add_part (self, HEARTH_MATCH_AREA, 0, g_strdup (request->other_area));
}

static gboolean
speaks (const HearthMatchCarer *carer,
        const char             *language)
{
  return g_ptr_array_find_with_equal_func (carer->languages, language, g_str_equal, NULL);
}

/* @text: (nullable): folded; @word: folded and trimmed */
static gboolean
mentions (const char *text,
          const char *word)
{
  return text != NULL && strstr (text, word) != NULL;
}

/* Bit 0: speaks the language asked for; bit 1: of the faith; bit 2: of the culture. */
static guint
culture_met (const Request          *request,
             const HearthMatchCarer *carer)
{
  guint met = 0;

  if (request->language_wanted != NULL && speaks (carer, request->language_wanted))
    met |= 1u << 0;
  if (request->faith_wanted != NULL && mentions (carer->faith, request->faith_wanted))
    met |= 1u << 1;
  if (request->culture_wanted != NULL && mentions (carer->culture, request->culture_wanted))
    met |= 1u << 2;

  return met;
}

static char *
make_culture_detail (const Request *request,
                     guint          met_bits)
{
  g_autoptr(GPtrArray) met = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) unmet = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *has = NULL;
  g_autofree char *has_not = NULL;

  if (request->language_wanted != NULL)
    g_ptr_array_add (met_bits & (1u << 0) ? met : unmet,
                     g_strdup_printf (_("speaks %s"), request->language));
  if (request->faith_wanted != NULL)
    g_ptr_array_add (met_bits & (1u << 1) ? met : unmet,
                     g_strdup_printf (_("%s faith"), request->faith));
  if (request->culture_wanted != NULL)
    g_ptr_array_add (met_bits & (1u << 2) ? met : unmet,
                     g_strdup_printf (_("%s culture"), request->culture));

  g_ptr_array_add (met, NULL);
  g_ptr_array_add (unmet, NULL);
  has = g_strjoinv (", ", (char **) met->pdata);
  has_not = g_strjoinv (", ", (char **) unmet->pdata);
  if (met->len > 1 && unmet->len > 1)
    return g_strdup_printf (_("Has: %s; not: %s"), has, has_not);
  else if (met->len > 1)
    return g_strdup_printf (_("Has: %s"), has);
  else
    return g_strdup_printf (_("Not: %s"), has_not);
}

static void
score_culture (HearthSuggestion       *self,
               Request                *request,
               const HearthMatchCarer *carer)
{
  gint64 weight = request->weights->weight[HEARTH_MATCH_CULTURE];
  guint met;

  if (request->language_wanted == NULL && request->faith_wanted == NULL &&
      request->culture_wanted == NULL)
    {
      add_part (self, HEARTH_MATCH_CULTURE, 0, g_strdup (request->nothing_asked));
      return;
    }

  met = culture_met (request, carer);
  if (request->culture_details[met] == NULL)
    request->culture_details[met] = make_culture_detail (request, met);
  add_part (self, HEARTH_MATCH_CULTURE, weight * count_bits (met),
            g_strdup (request->culture_details[met]));
}

static void
score_access (HearthSuggestion       *self,
              const Request          *request,
              const HearthMatchCarer *carer)
{
  gint64 weight = request->weights->weight[HEARTH_MATCH_ACCESS];

  /* A home that is not step-free is ruled out for someone who needs one, so here it is
   * only ever a reason to suggest the carer. */
  if (request->needs_step_free)
    add_part (self, HEARTH_MATCH_ACCESS, weight,
              carer->accessibility == NULL
                ? g_strdup (request->step_free_home)
                : g_strdup_printf (_("Step-free home: %s"), carer->accessibility));
  else if (carer->accommodation == NULL)
    add_part (self, HEARTH_MATCH_ACCESS, 0, g_strdup (request->no_room));
  else
    add_part (self, HEARTH_MATCH_ACCESS, (weight + 1) / 2, g_strdup (carer->accommodation));
}

static gboolean
knows_need (const Request          *request,
            const HearthMatchCarer *carer,
            guint                   i)
{
  int word = g_array_index (request->need_words, int, i);

  return word >= 0 && (carer->experience & (1u << word)) != 0;
}

/* "Experience of learning disability, autism": the person's needs the carer's experience
 * speaks of, in the person's order. */
static char *
make_experience_detail (Request                *request,
                        const HearthMatchCarer *carer)
{
  g_autoptr(GPtrArray) known = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;

  for (guint i = 0; i < request->needs->len; i++)
    if (knows_need (request, carer, i))
      g_ptr_array_add (known, g_utf8_strdown (hearth_values_label (HEARTH_VALUES_SUPPORT_NEED,
                                                                   request->needs->pdata[i]), -1));

  g_ptr_array_add (known, NULL);
  list = g_strjoinv (", ", (char **) known->pdata);
  return g_strdup_printf (_("Experience of %s"), list);
}

static void
score_experience (HearthSuggestion       *self,
                  Request                *request,
                  const HearthMatchCarer *carer)
{
  guint64 known = 0;
  guint n_known = 0;

  for (guint i = 0; i < request->needs->len; i++)
    if (knows_need (request, carer, i))
      {
        known |= i < 64 ? G_GUINT64_CONSTANT (1) << i : 0;
        n_known++;
      }

  if (n_known == 0)
    {
      add_part (self, HEARTH_MATCH_EXPERIENCE, 0,
                g_strdup (carer->no_experience ? request->no_experience
                                               : request->no_experience_of_needs));
      return;
    }

  add_part (self, HEARTH_MATCH_EXPERIENCE,
            request->weights->weight[HEARTH_MATCH_EXPERIENCE] * MIN (n_known, MAX_COUNTED),
            dup_detail (request, carer, request->experience_details, known,
                        make_experience_detail));
}

/* Bit 0: pets, for someone who likes animals; bit 1: children, for someone who likes a busy
 * home; bit 2: a quiet home; bit 3: company. */
static char *
make_household_detail (guint fits_bits)
{
  g_autoptr(GPtrArray) fits = g_ptr_array_new ();
  g_autofree char *list = NULL;

  if (fits_bits & (1u << 0))
    g_ptr_array_add (fits, (char *) _("pets at home"));
  if (fits_bits & (1u << 1))
    g_ptr_array_add (fits, (char *) _("children at home"));
  if (fits_bits & (1u << 2))
    g_ptr_array_add (fits, (char *) _("a quiet home with no one else supported"));
  if (fits_bits & (1u << 3))
    g_ptr_array_add (fits, (char *) _("company: others supported there"));

  g_ptr_array_add (fits, NULL);
  list = g_strjoinv (", ", (char **) fits->pdata);
  return g_strdup_printf (_("As asked for: %s"), list);
}

/* What a person said of the home they want, matched against the carer's household. */
static void
score_household (HearthSuggestion       *self,
                 Request                *request,
                 const HearthMatchFacts *facts,
                 const HearthMatchCarer *carer)
{
  gint64 weight = request->weights->weight[HEARTH_MATCH_HOUSEHOLD];
  guint fits = 0;

  if (carer->has_pets && request->likes_pets)
    fits |= 1u << 0;
  if (carer->has_children && request->likes_children)
    fits |= 1u << 1;
  if (!carer->has_children && facts->people_now == 0 && request->wants_quiet)
    fits |= 1u << 2;
  if (facts->people_now > 0 && request->wants_company)
    fits |= 1u << 3;

  if (fits == 0)
    {
      add_part (self, HEARTH_MATCH_HOUSEHOLD, 0,
                g_strdup (facts->people_now == 0 ? request->no_one_else : request->others_there));
      return;
    }

  if (request->household_details[fits] == NULL)
    request->household_details[fits] = make_household_detail (fits);
  add_part (self, HEARTH_MATCH_HOUSEHOLD, weight * MIN (count_bits (fits), 2),
            g_strdup (request->household_details[fits]));
}

static HearthSuggestion *
judge (Request                *request,
       const HearthMatchFacts *facts,
       const HearthMatchCarer *carer,
       guint                   name_order)
{
  HearthSuggestion *self = g_object_new (HEARTH_TYPE_SUGGESTION, NULL);
  Rules rules = { { NULL } };

  self->carer = g_object_ref (facts->carer);
  self->carer_id = carer->id;
  self->name_order = name_order;
  self->sort_key = g_strdup (carer->sort_key);
  self->places = carer->capacity;
  self->places_used = facts->people_now;

  check_terms (request, facts, carer, &rules);
  check_history (request, facts, &rules);
  check_dealbreakers (request, carer, &rules);

  if (rules.n_texts > 0)
    {
      self->rule = join_rules (&rules);
      return self;
    }

  self->parts = g_array_sized_new (FALSE, TRUE, sizeof (HearthScorePart), HEARTH_N_MATCH_FACTORS);
  g_array_set_clear_func (self->parts, score_part_clear);
  score_interests (self, request, carer);
  score_area (self, request, carer);
  score_culture (self, request, carer);
  score_access (self, request, carer);
  score_experience (self, request, carer);
  score_household (self, request, facts, carer);

  return self;
}

/* Candidates first, best first; then the ruled out. Ties go by name, then by number (the
 * name order says both), so the same scheme always gives the same list. */
static int
compare_suggestions (gconstpointer a,
                     gconstpointer b)
{
  HearthSuggestion *x = *(HearthSuggestion **) a;
  HearthSuggestion *y = *(HearthSuggestion **) b;

  if ((x->rule == NULL) != (y->rule == NULL))
    return x->rule == NULL ? -1 : 1;
  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;

  return (x->name_order > y->name_order) - (x->name_order < y->name_order);
}

/* Each fact's carer, prepared: the scheme's, or made here for this ranking alone. */
static HearthMatchCarer **
prepare_carers (const HearthMatchFacts  *facts,
                guint                    n_facts,
                GPtrArray               *made,
                guint                   *order)
{
  HearthMatchCarer **carers = g_new (HearthMatchCarer *, MAX (n_facts, 1));
  gboolean ordered = TRUE;

  for (guint i = 0; i < n_facts; i++)
    {
      if (facts[i].prepared != NULL)
        carers[i] = (HearthMatchCarer *) facts[i].prepared;
      else
        {
          carers[i] = _hearth_match_carer_new (facts[i].carer, facts[i].sort_key);
          g_ptr_array_add (made, carers[i]);
        }

      g_assert (carers[i]->carer == facts[i].carer);
      order[i] = carers[i]->name_order;
      ordered = ordered && order[i] > 0;
    }

  /* Places among all the scheme's carers order any of them; otherwise order these. */
  if (!ordered)
    rank_by_name (carers, n_facts, order);

  return carers;
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
  g_autoptr(GPtrArray) made = NULL;
  g_autofree HearthMatchCarer **carers = NULL;
  g_autofree guint *order = NULL;
  GPtrArray *suggestions;
  Request request;

  g_return_val_if_fail (HEARTH_IS_PERSON (person), NULL);
  g_return_val_if_fail (hearth_values_contains (HEARTH_VALUES_ARRANGEMENT_TYPE,
                                                arrangement_type), NULL);
  g_return_val_if_fail (weights != NULL, NULL);
  g_return_val_if_fail (facts != NULL || n_facts == 0, NULL);

  made = g_ptr_array_new_with_free_func ((GDestroyNotify) _hearth_match_carer_free);
  order = g_new (guint, MAX (n_facts, 1));
  carers = prepare_carers (facts, n_facts, made, order);

  request_init (&request, person, arrangement_type, emergency, weights);
  suggestions = g_ptr_array_new_full (n_facts, g_object_unref);
  for (guint i = 0; i < n_facts; i++)
    g_ptr_array_add (suggestions, judge (&request, &facts[i], carers[i], order[i]));

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

  /* A carer ruled out has no score, so no parts. */
  return self->parts != NULL ? self->parts->len : 0;
}

const HearthScorePart *
hearth_suggestion_get_part (HearthSuggestion *self,
                            guint             i)
{
  g_return_val_if_fail (HEARTH_IS_SUGGESTION (self), NULL);
  g_return_val_if_fail (i < hearth_suggestion_get_n_parts (self), NULL);

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
  for (guint i = 0; i < hearth_suggestion_get_n_parts (self); i++)
    {
      const HearthScorePart *part = &g_array_index (self->parts, HearthScorePart, i);

      g_string_append (summary, i == 0 ? ": " : "; ");
      g_string_append_printf (summary, "%s +%" G_GINT64_FORMAT " (%s)",
                              hearth_match_factor_label (part->factor), part->points,
                              part->detail);
    }

  return g_string_free (summary, FALSE);
}

/**
 * hearth_suggestion_get_past_no:
 *
 * Returns: the trial that ended with the no that keeps the carer from being suggested, not
 *   lifted since; or 0
 */
gint64
hearth_suggestion_get_past_no (HearthSuggestion *self)
{
  g_return_val_if_fail (HEARTH_IS_SUGGESTION (self), 0);

  return self->past_no;
}

void
hearth_suggestion_set_past_no (HearthSuggestion *self,
                               gint64            trial_id)
{
  g_return_if_fail (HEARTH_IS_SUGGESTION (self));

  self->past_no = trial_id;
}

/* "carer:12": the same carer from one ranking to the next. */
char *
hearth_suggestion_dup_key (HearthSuggestion *self)
{
  g_return_val_if_fail (HEARTH_IS_SUGGESTION (self), NULL);

  return g_strdup_printf ("carer:%" G_GINT64_FORMAT, self->carer_id);
}

static gboolean
parts_same (GArray *a,
            GArray *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      const HearthScorePart *x = &g_array_index (a, HearthScorePart, i);
      const HearthScorePart *y = &g_array_index (b, HearthScorePart, i);

      if (x->factor != y->factor || x->points != y->points || g_strcmp0 (x->detail, y->detail) != 0)
        return FALSE;
    }
  return TRUE;
}

/* Whether a row showing @a would show the same for @b, and sort it to the same place. */
gboolean
hearth_suggestion_same (HearthSuggestion *a,
                        HearthSuggestion *b)
{
  g_return_val_if_fail (HEARTH_IS_SUGGESTION (a), FALSE);
  g_return_val_if_fail (HEARTH_IS_SUGGESTION (b), FALSE);

  return a->carer_id == b->carer_id && a->score == b->score &&
         g_strcmp0 (a->rule, b->rule) == 0 && a->places == b->places &&
         a->places_used == b->places_used && a->shortlisted == b->shortlisted &&
         a->past_no == b->past_no && g_strcmp0 (a->sort_key, b->sort_key) == 0 &&
         parts_same (a->parts, b->parts) &&
         hearth_record_equal (HEARTH_RECORD (a->carer), HEARTH_RECORD (b->carer));
}

/**
 * hearth_suggestion_compare:
 *
 * The order hearth_match_rank() gives: candidates first, best first, then those ruled out;
 * ties by name, then by number. It holds between rankings, so a list kept up to date sorts
 * as a new ranking would.
 */
int
hearth_suggestion_compare (HearthSuggestion *x,
                           HearthSuggestion *y)
{
  int by_name;

  g_return_val_if_fail (HEARTH_IS_SUGGESTION (x), 0);
  g_return_val_if_fail (HEARTH_IS_SUGGESTION (y), 0);

  if ((x->rule == NULL) != (y->rule == NULL))
    return x->rule == NULL ? -1 : 1;
  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  if ((by_name = g_strcmp0 (x->sort_key, y->sort_key)) != 0)
    return by_name;
  return (x->carer_id > y->carer_id) - (x->carer_id < y->carer_id);
}

/**
 * hearth_suggestion_matches:
 * @which: "candidates" (worth introducing), "ruled-out" or "all"
 *
 * Returns: whether a list of @which shows @self
 */
gboolean
hearth_suggestion_matches (HearthSuggestion *self,
                           const char       *which)
{
  g_return_val_if_fail (HEARTH_IS_SUGGESTION (self), FALSE);

  if (g_strcmp0 (which, "candidates") == 0)
    return self->rule == NULL;
  if (g_strcmp0 (which, "ruled-out") == 0)
    return self->rule != NULL;
  return TRUE;
}
