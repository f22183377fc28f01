/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-matching.c: the rules and score of matching on hand-built people and carers whose
 * answers are worked out here; the scheme's suggestions, shortlist and weights; and every
 * move a trial refuses. */

#define G_LOG_DOMAIN "test-matching"

#include "config.h"

#include "hearth-test-util.h"
#include "hearth-matching-private.h"
#include "hearth-scheme-private.h"

static HearthPerson *
make_person (void)
{
  HearthPerson *person = hearth_person_new ();

  hearth_record_set_id (HEARTH_RECORD (person), 1);
  g_object_set (person, "first-name", "Mia", "last-name", "Rahman",
                "date-of-birth", "1990-05-01", "referral-date", "2026-09-01",
                "support-needs", "learning-disability,autism", "area", "Kestrel Bay",
                "postcode", "QX4 2AB", "interests", "gardening, baking and chess",
                "wants-language", "Polish", "preferences", "Likes animals and a quiet home",
                "status", "matching", NULL);
  return person;
}

/* An approved carer for long-term and short breaks, two places, no pets, no children,
 * nothing in common with the person above: every part scores 0 but access. */
static HearthCarer *
make_carer (gint64      id,
            const char *first,
            const char *last)
{
  HearthCarer *carer = hearth_carer_new ();

  hearth_record_set_id (HEARTH_RECORD (carer), id);
  g_object_set (carer, "first-name", first, "last-name", last, "stage", "approved",
                "approved-long-term", TRUE, "approved-short-breaks", TRUE,
                "approved-places", (gint64) 2, "area", "Harrowvale", "postcode", "QY1 1AA",
                "interests", "snooker", "languages", "English", "smoking", "non-smoking",
                "accommodation", "A spare double room", NULL);
  return carer;
}

static void
test_postcodes (void)
{
  static const struct { const char *postcode, *outward, *area; } cases[] = {
    { "QX4 2AB", "QX4", "QX" }, { "qx42ab", "QX4", "QX" }, { "SW1A 1AA", "SW1A", "SW" },
    { "M1 1AE", "M1", "M" }, { " b33 8th ", "B33", "B" }, { "QX4", "QX4", "QX" },
    { "", NULL, NULL }, { "12345", NULL, NULL }, { "hello world", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *outward = hearth_postcode_outward (cases[i].postcode);
      g_autofree char *area = hearth_postcode_area (cases[i].postcode);

      g_assert_cmpstr (outward, ==, cases[i].outward);
      g_assert_cmpstr (area, ==, cases[i].area);
    }

  g_assert_null (hearth_postcode_outward (NULL));
}

static const HearthScorePart *
part_of (HearthSuggestion  *suggestion,
         HearthMatchFactor  factor)
{
  for (guint i = 0; i < hearth_suggestion_get_n_parts (suggestion); i++)
    if (hearth_suggestion_get_part (suggestion, i)->factor == factor)
      return hearth_suggestion_get_part (suggestion, i);

  g_assert_not_reached ();
}

static void
test_score_parts (void)
{
  g_autoptr(HearthPerson) person = make_person ();
  g_autoptr(HearthCarer) close = make_carer (1, "Ada", "Nwosu");
  g_autoptr(HearthCarer) far = make_carer (2, "Ben", "Szabo");
  HearthMatchFacts facts[2] = { { close, 0 }, { far, 1 } };
  HearthMatchWeights weights;
  g_autoptr(GPtrArray) ranked = NULL;
  HearthSuggestion *best, *next;
  g_autofree char *summary = NULL;

  g_object_set (close, "interests", "Baking; gardening", "postcode", "QX4 9ZZ",
                "languages", "English, Polish", "experience", "Learning disability and autism",
                "has-pets", TRUE, "pets", "An old cat", NULL);
  hearth_match_weights_init_default (&weights);
  ranked = hearth_match_rank (person, "long-term", FALSE, &weights, facts, 2);

  g_assert_cmpuint (ranked->len, ==, 2);
  best = ranked->pdata[0];
  next = ranked->pdata[1];
  g_assert_true (hearth_suggestion_get_carer (best) == close);
  g_assert_false (hearth_suggestion_is_ruled_out (best));
  g_assert_cmpuint (hearth_suggestion_get_n_parts (best), ==, HEARTH_N_MATCH_FACTORS);

  /* Two shared interests at 2 each; the same district, 3; Polish asked for and spoken, 3;
   * a room described, half of 2; two needs known at 2 each; pets for someone who likes
   * animals and a quiet home, 2 each. */
  g_assert_cmpint (part_of (best, HEARTH_MATCH_INTERESTS)->points, ==, 4);
  g_assert_cmpstr (part_of (best, HEARTH_MATCH_INTERESTS)->detail, ==, "Both enjoy gardening, baking");
  g_assert_cmpint (part_of (best, HEARTH_MATCH_AREA)->points, ==, 3);
  g_assert_cmpstr (part_of (best, HEARTH_MATCH_AREA)->detail, ==, "Same postcode district (QX4)");
  g_assert_cmpint (part_of (best, HEARTH_MATCH_CULTURE)->points, ==, 3);
  g_assert_cmpstr (part_of (best, HEARTH_MATCH_CULTURE)->detail, ==, "Has: speaks Polish");
  g_assert_cmpint (part_of (best, HEARTH_MATCH_ACCESS)->points, ==, 1);
  g_assert_cmpint (part_of (best, HEARTH_MATCH_EXPERIENCE)->points, ==, 4);
  g_assert_cmpstr (part_of (best, HEARTH_MATCH_EXPERIENCE)->detail, ==,
                   "Experience of learning disability, autism");
  g_assert_cmpint (part_of (best, HEARTH_MATCH_HOUSEHOLD)->points, ==, 4);
  g_assert_cmpint (hearth_suggestion_get_score (best), ==, 4 + 3 + 3 + 1 + 4 + 4);

  /* The other carer has only a room described, and someone else living there already. */
  g_assert_cmpint (hearth_suggestion_get_score (next), ==, 1);
  g_assert_cmpstr (part_of (next, HEARTH_MATCH_INTERESTS)->detail, ==, "No interests in common");
  g_assert_cmpstr (part_of (next, HEARTH_MATCH_AREA)->detail, ==, "Lives in another area");
  g_assert_cmpstr (part_of (next, HEARTH_MATCH_CULTURE)->detail, ==, "Not: speaks Polish");
  g_assert_cmpstr (part_of (next, HEARTH_MATCH_HOUSEHOLD)->detail, ==, "Others supported there now");
  g_assert_cmpuint (hearth_suggestion_get_places_used (next), ==, 1);
  g_assert_cmpuint (hearth_suggestion_get_places (next), ==, 2);

  summary = hearth_suggestion_dup_summary (next);
  g_assert_true (g_str_has_prefix (summary, "Score 1: Shared interests +0 (No interests in common)"));

  /* A factor weighted 0 is left out of the score, and shown so. */
  weights.weight[HEARTH_MATCH_AREA] = 0;
  g_clear_pointer (&ranked, g_ptr_array_unref);
  ranked = hearth_match_rank (person, "long-term", FALSE, &weights, facts, 2);
  g_assert_cmpint (hearth_suggestion_get_score (ranked->pdata[0]), ==, 16);
  g_assert_cmpint (part_of (ranked->pdata[0], HEARTH_MATCH_AREA)->points, ==, 0);
}

static void
test_area_by_town_and_postcode_area (void)
{
  g_autoptr(HearthPerson) person = make_person ();
  g_autoptr(HearthCarer) town = make_carer (1, "Ada", "Nwosu");
  g_autoptr(HearthCarer) area = make_carer (2, "Ben", "Szabo");
  HearthMatchFacts facts[2] = { { town, 0 }, { area, 0 } };
  HearthMatchWeights weights;
  g_autoptr(GPtrArray) ranked = NULL;

  g_object_set (town, "area", "kestrel bay", "postcode", NULL, NULL);
  g_object_set (area, "postcode", "QX1 3CD", NULL);
  hearth_match_weights_init_default (&weights);
  ranked = hearth_match_rank (person, "long-term", FALSE, &weights, facts, 2);

  /* Half of 3, rounded up, for each; then the tie goes by name. */
  g_assert_true (hearth_suggestion_get_carer (ranked->pdata[0]) == town);
  g_assert_cmpstr (part_of (ranked->pdata[0], HEARTH_MATCH_AREA)->detail, ==, "Both in Kestrel Bay");
  g_assert_cmpint (part_of (ranked->pdata[0], HEARTH_MATCH_AREA)->points, ==, 2);
  g_assert_cmpstr (part_of (ranked->pdata[1], HEARTH_MATCH_AREA)->detail, ==, "Same postcode area (QX)");
  g_assert_cmpint (part_of (ranked->pdata[1], HEARTH_MATCH_AREA)->points, ==, 2);
}

static void
test_ties_go_by_name_then_number (void)
{
  g_autoptr(HearthPerson) person = make_person ();
  g_autoptr(HearthCarer) zed = make_carer (1, "Zed", "Abernethy");
  g_autoptr(HearthCarer) amy2 = make_carer (3, "Amy", "Abernethy");
  g_autoptr(HearthCarer) amy1 = make_carer (2, "Amy", "Abernethy");
  HearthMatchFacts facts[3] = { { zed, 0 }, { amy2, 0 }, { amy1, 0 } };
  HearthMatchWeights weights;
  g_autoptr(GPtrArray) ranked = NULL;

  hearth_match_weights_init_default (&weights);
  ranked = hearth_match_rank (person, "short-breaks", FALSE, &weights, facts, 3);

  g_assert_cmpint (hearth_suggestion_get_score (ranked->pdata[0]), ==,
                   hearth_suggestion_get_score (ranked->pdata[2]));
  g_assert_cmpint (hearth_suggestion_get_carer_id (ranked->pdata[0]), ==, 2);
  g_assert_cmpint (hearth_suggestion_get_carer_id (ranked->pdata[1]), ==, 3);
  g_assert_cmpint (hearth_suggestion_get_carer_id (ranked->pdata[2]), ==, 1);
}

/* Each carer breaks exactly one rule; the last breaks none. */
static void
test_every_hard_rule (void)
{
  static const char * const expected[] = {
    "Not approved (Assessment)",
    "Not approved for day support",
    "Not approved for emergencies",
    "No place free: 2 of 2 used",
    "No place free: 1 of 1 used",
    "Already in a trial with Mia Rahman (First meeting)",
    "Declined a match with Mia Rahman on 3 March 2026",
    "Mia Rahman said no to a match with this carer on 4 March 2026",
    "Has pets; Mia Rahman asked for a home without pets",
    "Smokes outside only; Mia Rahman asked for a smoke-free home",
    "Children at home; Mia Rahman asked for a home without children",
    "Not step-free; Mia Rahman needs a step-free home",
    NULL,
  };
  g_autoptr(HearthPerson) person = make_person ();
  g_autoptr(GPtrArray) carers = g_ptr_array_new_with_free_func (g_object_unref);
  HearthMatchFacts facts[G_N_ELEMENTS (expected)] = { { NULL } };
  HearthMatchWeights weights;
  g_autoptr(GPtrArray) ranked = NULL;

  g_object_set (person, "avoid-pets", TRUE, "avoid-smoking", TRUE, "avoid-children", TRUE,
                "needs-step-free", TRUE, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *first = g_strdup_printf ("Carer%02u", i);

      facts[i].carer = make_carer (i + 1, first, "Test");
      g_object_set (facts[i].carer, "step-free", TRUE, "approved-emergency", TRUE, NULL);
      g_ptr_array_add (carers, facts[i].carer);
    }

  g_object_set (facts[0].carer, "stage", "assessment", NULL);
  g_object_set (facts[2].carer, "approved-emergency", FALSE, NULL);
  facts[3].people_now = 2;
  g_object_set (facts[4].carer, "approved-places", (gint64) 1, NULL);
  facts[4].people_now = 1;
  facts[5].open_trial_stage = (char *) "first-meeting";
  facts[6].declined_on = (char *) "2026-03-03";
  facts[6].declined_by_carer = TRUE;
  facts[7].declined_on = (char *) "2026-03-04";
  g_object_set (facts[8].carer, "has-pets", TRUE, NULL);
  g_object_set (facts[9].carer, "smoking", "smokes-outside", NULL);
  g_object_set (facts[10].carer, "has-children", TRUE, NULL);
  g_object_set (facts[11].carer, "step-free", FALSE, NULL);

  hearth_match_weights_init_default (&weights);

  /* Day support: only carer 1 is ruled out for the type, so give everyone else day support. */
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_object_set (facts[i].carer, "approved-day-support", i != 1, NULL);
  /* An emergency: carer 2 is the only one not approved for it. */
  ranked = hearth_match_rank (person, "day-support", TRUE, &weights, facts, G_N_ELEMENTS (facts));

  g_assert_cmpuint (ranked->len, ==, G_N_ELEMENTS (expected));
  g_assert_cmpstr (hearth_suggestion_get_rule (ranked->pdata[0]), ==, NULL);
  g_assert_cmpint (hearth_suggestion_get_carer_id (ranked->pdata[0]), ==, G_N_ELEMENTS (expected));
  for (guint i = 1; i < ranked->len; i++)
    {
      HearthSuggestion *suggestion = ranked->pdata[i];
      /* The ruled out are in name order, which is the order they were made in. */
      guint made = (guint) hearth_suggestion_get_carer_id (suggestion) - 1;

      g_assert_cmpuint (made, ==, i - 1);
      g_assert_true (hearth_suggestion_is_ruled_out (suggestion));
      g_assert_cmpstr (hearth_suggestion_get_rule (suggestion), ==, expected[made]);
      g_assert_cmpuint (hearth_suggestion_get_n_parts (suggestion), ==, 0);
    }
}

static void
test_rules_add_up (void)
{
  g_autoptr(HearthPerson) person = make_person ();
  g_autoptr(HearthCarer) carer = make_carer (1, "Ada", "Nwosu");
  HearthMatchFacts facts[1] = { { carer, 2 } };
  HearthMatchWeights weights;
  g_autoptr(GPtrArray) ranked = NULL;

  hearth_match_weights_init_default (&weights);
  ranked = hearth_match_rank (person, "day-support", FALSE, &weights, facts, 1);
  g_assert_cmpstr (hearth_suggestion_get_rule (ranked->pdata[0]), ==,
                   "Not approved for day support; No place free: 2 of 2 used");
}

/* Text beyond ASCII is folded as plain text is: case and accents aside, in every factor. */
static void
test_folded_text (void)
{
  g_autoptr(HearthPerson) person = make_person ();
  g_autoptr(HearthCarer) carer = make_carer (1, "Zoë", "Ó Briain");
  HearthMatchFacts facts[1] = { { carer, 0 } };
  HearthMatchWeights weights;
  g_autoptr(GPtrArray) ranked = NULL;

  g_object_set (person, "interests", "Café visits; GARDENING and chess", "area", "Łódź",
                "postcode", NULL, "wants-language", "Polski", "wants-faith", "Église",
                "wants-culture", "Québécois", NULL);
  g_object_set (carer, "interests", "gardening, CAFÉ VISITS", "area", "ŁÓDŹ",
                "languages", "English / POLSKI", "faith", "Raised in the église catholique",
                "culture", NULL, "experience", "Years of AUTISM support", NULL);
  hearth_match_weights_init_default (&weights);
  ranked = hearth_match_rank (person, "long-term", FALSE, &weights, facts, 1);

  /* Shared interests are told as folded: "é" decomposed, as the person's words were. */
  g_assert_cmpstr (part_of (ranked->pdata[0], HEARTH_MATCH_INTERESTS)->detail, ==,
                   "Both enjoy cafe\xcc\x81 visits, gardening");
  g_assert_cmpstr (part_of (ranked->pdata[0], HEARTH_MATCH_AREA)->detail, ==, "Both in Łódź");
  g_assert_cmpstr (part_of (ranked->pdata[0], HEARTH_MATCH_CULTURE)->detail, ==,
                   "Has: speaks Polski, Église faith; not: Québécois culture");
  g_assert_cmpint (part_of (ranked->pdata[0], HEARTH_MATCH_CULTURE)->points, ==, 6);
  g_assert_cmpstr (part_of (ranked->pdata[0], HEARTH_MATCH_EXPERIENCE)->detail, ==,
                   "Experience of autism");
}

/* A scheme prepares its carers once and keeps them; ranking with them gives exactly what
 * ranking the bare records gives. */
static void
test_prepared_carers_rank_alike (void)
{
  static const char * const interests[] = { "baking", "Chess and baking", NULL, "gardening" };
  g_autoptr(HearthPerson) person = make_person ();
  g_autoptr(GPtrArray) carers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) prepared = NULL;
  HearthMatchFacts bare[8] = { { NULL } }, ready[8] = { { NULL } };
  HearthMatchWeights weights;
  g_autoptr(GPtrArray) from_bare = NULL;
  g_autoptr(GPtrArray) from_ready = NULL;

  prepared = g_ptr_array_new_with_free_func ((GDestroyNotify) _hearth_match_carer_free);
  for (guint i = 0; i < G_N_ELEMENTS (bare); i++)
    {
      /* Names that tie, and numbers out of name order. */
      HearthCarer *carer = make_carer (100 - i, i % 3 ? "Ada" : "Ben", "Nwosu");

      g_object_set (carer, "interests", interests[i % G_N_ELEMENTS (interests)],
                    "postcode", i % 2 ? "QX4 1AA" : "QX9 9ZZ", "has-pets", i == 5,
                    "approved-emergency", i % 4 == 0, NULL);
      g_ptr_array_add (carers, carer);
      g_ptr_array_add (prepared, _hearth_match_carer_new (carer, NULL));
      bare[i] = (HearthMatchFacts) { carer, i % 3 };
      ready[i] = (HearthMatchFacts) { carer, i % 3 };
      ready[i].prepared = prepared->pdata[i];
    }
  _hearth_match_carers_order_by_name ((HearthMatchCarer **) prepared->pdata, prepared->len);

  hearth_match_weights_init_default (&weights);
  for (guint emergency = 0; emergency < 2; emergency++)
    {
      from_bare = hearth_match_rank (person, "long-term", emergency, &weights, bare, 8);
      from_ready = hearth_match_rank (person, "long-term", emergency, &weights, ready, 8);
      for (guint i = 0; i < from_bare->len; i++)
        {
          g_autofree char *one = hearth_suggestion_dup_summary (from_bare->pdata[i]);
          g_autofree char *other = hearth_suggestion_dup_summary (from_ready->pdata[i]);

          g_assert_cmpint (hearth_suggestion_get_carer_id (from_bare->pdata[i]), ==,
                           hearth_suggestion_get_carer_id (from_ready->pdata[i]));
          g_assert_cmpstr (one, ==, other);
        }
      g_clear_pointer (&from_bare, g_ptr_array_unref);
      g_clear_pointer (&from_ready, g_ptr_array_unref);
    }
}

/* The scheme's side */

static void
test_weights_are_a_setting (SchemeFixture *f,
                            gconstpointer  data)
{
  HearthMatchWeights weights;
  g_autoptr(GError) error = NULL;

  g_assert_true (hearth_scheme_get_match_weights (f->scheme, &weights, &error));
  g_assert_cmpint (weights.weight[HEARTH_MATCH_INTERESTS], ==, 2);
  g_assert_cmpint (weights.weight[HEARTH_MATCH_AREA], ==, 3);

  g_assert_false (hearth_scheme_set_match_weight (f->scheme, HEARTH_MATCH_AREA, 11, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "A weight is from 0 to 10 points, not 11.");
  g_clear_error (&error);
  g_assert_false (hearth_scheme_set_match_weight (f->scheme, HEARTH_MATCH_AREA, -1, &error));
  g_clear_error (&error);

  g_assert_true (hearth_scheme_set_match_weight (f->scheme, HEARTH_MATCH_AREA, 7, &error));
  g_assert_no_error (error);
  g_assert_true (hearth_scheme_get_match_weights (f->scheme, &weights, &error));
  g_assert_cmpint (weights.weight[HEARTH_MATCH_AREA], ==, 7);
  g_assert_cmpint (_hearth_scheme_query_int (f->scheme,
                                             "SELECT count(*) FROM audit WHERE record_type ="
                                             " 'match-weight' AND changes = '{\"factor\":\"area\","
                                             "\"weight\":[3,7]}' AND ?1", 1, NULL), ==, 1);
}

static HearthSuggestion *
find_suggestion (GPtrArray   *suggestions,
                 HearthCarer *carer)
{
  for (guint i = 0; i < suggestions->len; i++)
    if (hearth_suggestion_get_carer_id (suggestions->pdata[i]) ==
        hearth_record_get_id (HEARTH_RECORD (carer)))
      return suggestions->pdata[i];

  return NULL;
}

static GPtrArray *
suggest (SchemeFixture *f,
         HearthPerson  *person)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *suggestions = hearth_scheme_suggest_carers (f->scheme, person, "long-term", FALSE,
                                                         &error);

  g_assert_no_error (error);
  g_assert_nonnull (suggestions);
  return suggestions;
}

static void
test_scheme_suggestions (SchemeFixture *f,
                         gconstpointer  data)
{
  g_autoptr(HearthCarer) full = test_approved_carer (f->scheme, "Full", "House", 1, FALSE);
  g_autoptr(HearthCarer) free_place = test_approved_carer (f->scheme, "Free", "Place", 2, FALSE);
  g_autoptr(HearthCarer) enquiry = test_add_carer (f->scheme, "Still", "Enquiring");
  g_autoptr(HearthPerson) settled = test_add_person (f->scheme, "Settled", "Person");
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Mia", "Rahman");
  g_autoptr(HearthTrial) trial = test_agreed_trial (f->scheme, settled, full, "long-term");
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (test_start_from_trial (f->scheme, trial, "2026-10-01", NULL, &error));
  g_assert_no_error (error);

  suggestions = suggest (f, person);
  /* Carers still in recruitment are not listed; approved ones all are. */
  g_assert_cmpuint (suggestions->len, ==, 2);
  g_assert_null (find_suggestion (suggestions, enquiry));
  g_assert_true (hearth_suggestion_get_carer_id (suggestions->pdata[0]) ==
                 hearth_record_get_id (HEARTH_RECORD (free_place)));
  g_assert_cmpstr (hearth_suggestion_get_rule (find_suggestion (suggestions, full)), ==,
                   "No place free: 1 of 1 used");

  g_assert_cmpstr (hearth_suggestion_get_rule (find_suggestion (suggestions, free_place)), ==, NULL);

  g_assert_null (hearth_scheme_suggest_carers (f->scheme, person, "weekends", FALSE, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_INVALID);
}

static void
test_no_is_remembered_until_lifted (SchemeFixture *f,
                                    gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = test_approved_carer (f->scheme, "Kofi", "Mensah", 2, FALSE);
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Mia", "Rahman");
  g_autoptr(HearthTrial) trial = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GError) error = NULL;

  trial = hearth_scheme_propose_trial (f->scheme, person, carer, "long-term", "2026-11-01",
                                       NULL, &error);
  g_assert_no_error (error);
  suggestions = suggest (f, person);
  g_assert_cmpstr (hearth_suggestion_get_rule (suggestions->pdata[0]), ==,
                   "Already in a trial with Mia Rahman (Proposed)");
  g_clear_pointer (&suggestions, g_ptr_array_unref);

  g_assert_true (hearth_scheme_decide_trial (f->scheme, trial, HEARTH_SIDE_CARER, FALSE,
                                             "Not the right time for us", "2026-11-03", &error));
  suggestions = suggest (f, person);
  g_assert_cmpstr (hearth_suggestion_get_rule (suggestions->pdata[0]), ==,
                   "Declined a match with Mia Rahman on 3 November 2026");
  g_clear_pointer (&suggestions, g_ptr_array_unref);

  /* Only a no can be lifted... */
  {
    g_autoptr(HearthCarer) other = test_approved_carer (f->scheme, "Other", "Carer", 2, FALSE);
    g_autoptr(HearthTrial) open = hearth_scheme_propose_trial (f->scheme, person, other,
                                                               "long-term", NULL, NULL, &error);

    g_assert_false (hearth_scheme_suggest_again (f->scheme, open, &error));
    g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_TRIAL_STATE);
    g_clear_error (&error);
  }

  /* ...and once it is, the carer is suggested again. */
  g_assert_true (hearth_scheme_suggest_again (f->scheme, trial, &error));
  g_assert_no_error (error);
  suggestions = suggest (f, person);
  g_assert_null (hearth_suggestion_get_rule (find_suggestion (suggestions, carer)));
}

/* The detail of one part of @carer's score for @person, from @scheme's suggestions. */
static char *
detail_for (HearthScheme      *scheme,
            HearthPerson      *person,
            HearthCarer       *carer,
            HearthMatchFactor  factor)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) suggestions = hearth_scheme_suggest_carers (scheme, person, "long-term",
                                                                   FALSE, &error);
  HearthSuggestion *suggestion;

  g_assert_no_error (error);
  suggestion = find_suggestion (suggestions, carer);
  g_assert_nonnull (suggestion);
  g_assert_null (hearth_suggestion_get_rule (suggestion));
  return g_strdup (part_of (suggestion, factor)->detail);
}

static char *
rule_for (HearthScheme *scheme,
          HearthPerson *person,
          HearthCarer  *carer)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) suggestions = hearth_scheme_suggest_carers (scheme, person, "long-term",
                                                                   FALSE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (find_suggestion (suggestions, carer));
  return g_strdup (hearth_suggestion_get_rule (find_suggestion (suggestions, carer)));
}

/* The scheme keeps what it worked out of its carers between suggestions; every change to
 * the file, from this window or another, and a new day, show in the next suggestion. */
static void
test_cached_suggestions_follow_changes (SchemeFixture *f,
                                        gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = test_approved_carer (f->scheme, "Kofi", "Mensah", 1, FALSE);
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Mia", "Rahman");
  g_autoptr(HearthPerson) settled = test_add_person (f->scheme, "Settled", "Person");
  g_autoptr(HearthCarer) edited = NULL;
  g_autoptr(HearthScheme) viewer = NULL;
  g_autoptr(HearthTrial) trial = NULL;
  g_autoptr(HearthArrangement) arrangement = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rule = NULL;
  char *detail;

  g_object_set (person, "interests", "chess", NULL);
  detail = detail_for (f->scheme, person, carer, HEARTH_MATCH_INTERESTS);
  g_assert_cmpstr (detail, ==, "No interests in common");
  g_free (detail);

  /* The carer edited here. */
  edited = HEARTH_CARER (hearth_record_copy (HEARTH_RECORD (carer)));
  g_object_set (edited, "interests", "Chess and walking", NULL);
  g_assert_true (hearth_scheme_update (f->scheme, HEARTH_RECORD (edited), &error));
  g_assert_no_error (error);
  detail = detail_for (f->scheme, person, carer, HEARTH_MATCH_INTERESTS);
  g_assert_cmpstr (detail, ==, "Both enjoy chess");
  g_free (detail);

  /* The carer edited in another window, which holds the scheme while this one only reads
   * it: nothing changes on this connection, but the file does. */
  viewer = hearth_scheme_open (f->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (hearth_scheme_get_read_only (viewer));
  detail = detail_for (viewer, person, carer, HEARTH_MATCH_AREA);
  g_assert_cmpstr (detail, ==, "Lives in another area");
  g_free (detail);
  g_object_set (edited, "postcode", "QX4 9ZZ", NULL);
  g_object_set (person, "postcode", "QX4 2AB", NULL);
  g_assert_true (hearth_scheme_update (f->scheme, HEARTH_RECORD (edited), &error));
  g_assert_no_error (error);
  detail = detail_for (viewer, person, carer, HEARTH_MATCH_AREA);
  g_assert_cmpstr (detail, ==, "Same postcode district (QX4)");
  g_free (detail);

  /* An arrangement started fills the carer's one place; ended on the 1st of next month,
   * the place is taken until then and free once that day has passed. */
  trial = test_agreed_trial (f->scheme, settled, carer, "long-term");
  g_assert_true (test_start_from_trial (f->scheme, trial, "2026-10-01", &arrangement, &error));
  g_assert_no_error (error);
  rule = rule_for (f->scheme, person, carer);
  g_assert_cmpstr (rule, ==, "No place free: 1 of 1 used");
  g_clear_pointer (&rule, g_free);
  rule = rule_for (viewer, person, carer);
  g_assert_cmpstr (rule, ==, "No place free: 1 of 1 used");
  g_clear_pointer (&rule, g_free);

  /* An end is recorded on the day, so record it on the 1st and look back from before. */
  hearth_date_set_today ("2026-12-01");
  g_assert_true (hearth_scheme_end_arrangement (f->scheme, arrangement, "2026-12-01",
                                                "needs-changed", NULL, &error));
  g_assert_no_error (error);
  hearth_date_set_today (HEARTH_TEST_TODAY);
  rule = rule_for (f->scheme, person, carer);
  g_assert_cmpstr (rule, ==, "No place free: 1 of 1 used");
  g_clear_pointer (&rule, g_free);
  hearth_date_set_today ("2026-12-02");
  rule = rule_for (f->scheme, person, carer);
  g_assert_null (rule);
  hearth_date_set_today (HEARTH_TEST_TODAY);
}

static void
test_shortlist (SchemeFixture *f,
                gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = test_approved_carer (f->scheme, "Kofi", "Mensah", 2, FALSE);
  g_autoptr(HearthCarer) enquiry = test_add_carer (f->scheme, "Still", "Enquiring");
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Mia", "Rahman");
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GArray) shortlist = NULL;
  g_autoptr(GError) error = NULL;
  gint64 person_id = hearth_record_get_id (HEARTH_RECORD (person));

  g_assert_false (hearth_scheme_shortlist_carer (f->scheme, person, enquiry, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_APPROVED);
  g_clear_error (&error);

  g_assert_true (hearth_scheme_shortlist_carer (f->scheme, person, carer, &error));
  g_assert_no_error (error);
  shortlist = hearth_scheme_get_shortlist (f->scheme, person, &error);
  g_assert_cmpuint (shortlist->len, ==, 1);
  g_assert_cmpint (g_array_index (shortlist, gint64, 0), ==, hearth_record_get_id (HEARTH_RECORD (carer)));
  suggestions = suggest (f, person);
  g_assert_true (hearth_suggestion_get_shortlisted (find_suggestion (suggestions, carer)));
  g_clear_pointer (&suggestions, g_ptr_array_unref);

  /* Taken off, the row stays with the day, and the person's history says so. */
  g_assert_true (hearth_scheme_unshortlist_carer (f->scheme, person, carer, &error));
  suggestions = suggest (f, person);
  g_assert_false (hearth_suggestion_get_shortlisted (find_suggestion (suggestions, carer)));
  g_assert_cmpint (_hearth_scheme_query_int (f->scheme, "SELECT count(*) FROM shortlist WHERE"
                                             " person_id = ?1 AND removed_on = '2026-11-22'",
                                             person_id, NULL), ==, 1);
  g_assert_cmpint (_hearth_scheme_query_int (f->scheme, "SELECT count(*) FROM audit WHERE"
                                             " record_type = 'person' AND record_id = ?1 AND"
                                             " changes LIKE '{\"shortlist\":%'",
                                             person_id, NULL), ==, 2);
  g_assert_false (_hearth_scheme_exec (f->scheme, "DELETE FROM shortlist", &error));
  g_assert_nonnull (error);
}

/* Trials only move on, and only while open. */
static void
test_trial_refuses (SchemeFixture *f,
                    gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = test_approved_carer (f->scheme, "Kofi", "Mensah", 2, FALSE);
  g_autoptr(HearthCarer) day_only = test_approved_carer (f->scheme, "Day", "Only", 2, FALSE);
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Mia", "Rahman");
  g_autoptr(HearthTrial) trial = NULL;
  g_autoptr(HearthArrangement) arrangement = hearth_arrangement_new ();
  g_autoptr(GError) error = NULL;

  HearthApprovalTerms day_support = { FALSE, FALSE, TRUE, FALSE, 2 };

  g_assert_true (hearth_scheme_record_approval_review (f->scheme, day_only, "2026-10-01",
                                                       "Grace Mensah", "change-terms",
                                                       &day_support, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (hearth_scheme_propose_trial (f->scheme, person, day_only, "long-term", NULL,
                                              NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_NOT_APPROVED_FOR_TYPE);
  g_clear_error (&error);

  trial = hearth_scheme_propose_trial (f->scheme, person, carer, "long-term", "2026-11-01",
                                       NULL, &error);
  g_assert_no_error (error);
  g_assert_null (hearth_scheme_propose_trial (f->scheme, person, carer, "long-term", NULL,
                                              NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_TRIAL_STATE);
  g_clear_error (&error);

  g_assert_true (hearth_scheme_advance_trial (f->scheme, trial, "first-meeting", "2026-11-05",
                                              "Lunch at the cafe", &error));
  g_assert_false (hearth_scheme_advance_trial (f->scheme, trial, "first-meeting", NULL, NULL, &error));
  g_assert_cmpstr (error->message, ==, "The trial has already reached “First meeting”; trials only move on.");
  g_clear_error (&error);
  g_assert_false (hearth_scheme_advance_trial (f->scheme, trial, "portraits-shared", NULL, NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_TRIAL_STATE);
  g_clear_error (&error);
  g_assert_false (hearth_scheme_advance_trial (f->scheme, trial, "sleepover", NULL, NULL, &error));
  g_assert_cmpstr (error->message, ==, "“sleepover” is not a stage of a trial.");
  g_clear_error (&error);
  g_assert_false (hearth_scheme_advance_trial (f->scheme, trial, "trial-period", NULL, NULL, &error));
  g_assert_cmpstr (error->message, ==, "A trial period needs its start date and planned end date.");
  g_clear_error (&error);
  g_assert_false (hearth_scheme_advance_trial (f->scheme, trial, "overnight-stay", "2026-10-30",
                                               NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpstr (hearth_trial_get_stage (trial), ==, "first-meeting");

  /* One yes is not enough for an arrangement, and a choice is recorded once. */
  g_assert_true (hearth_scheme_decide_trial (f->scheme, trial, HEARTH_SIDE_PERSON, TRUE,
                                             "I liked the garden", "2026-11-06", &error));
  g_assert_false (hearth_scheme_decide_trial (f->scheme, trial, HEARTH_SIDE_PERSON, FALSE,
                                              NULL, NULL, &error));
  g_assert_cmpstr (error->message, ==, "The person’s choice is already recorded.");
  g_clear_error (&error);
  g_object_set (arrangement, "person-id", hearth_record_get_id (HEARTH_RECORD (person)),
                "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)),
                "trial-id", hearth_record_get_id (HEARTH_RECORD (trial)),
                "arrangement-type", "long-term", "start-date", "2026-11-10",
                "funding-route", "council", "weekly-fee-pence", (gint64) 65000, NULL);
  g_assert_false (hearth_scheme_start_arrangement (f->scheme, arrangement, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_TRIAL_NOT_AGREED);
  g_clear_error (&error);

  /* Withdrawing needs a reason; once closed, nothing more is recorded. */
  g_assert_false (hearth_scheme_withdraw_trial (f->scheme, trial, "  ", NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_ARCHIVE_REASON);
  g_clear_error (&error);
  g_assert_true (hearth_scheme_withdraw_trial (f->scheme, trial, "Moved out of the area",
                                               "2026-11-07", &error));
  g_assert_false (hearth_scheme_advance_trial (f->scheme, trial, "decision", NULL, NULL, &error));
  g_assert_cmpstr (error->message, ==, "This trial has closed (Withdrawn); nothing more can be recorded on it.");
  g_clear_error (&error);
  g_assert_false (hearth_scheme_decide_trial (f->scheme, trial, HEARTH_SIDE_CARER, TRUE, NULL,
                                              NULL, &error));
  g_assert_error (error, HEARTH_ERROR, HEARTH_ERROR_TRIAL_STATE);
}

static void
test_emergency_limit (SchemeFixture *f,
                      gconstpointer  data)
{
  g_autoptr(HearthCarer) carer = test_approved_carer (f->scheme, "Trained", "Carer", 2, TRUE);
  g_autoptr(HearthPerson) person = test_add_person (f->scheme, "Urgent", "Need");
  g_autoptr(HearthArrangement) arrangement = hearth_arrangement_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (arrangement, "person-id", hearth_record_get_id (HEARTH_RECORD (person)),
                "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)),
                "arrangement-type", "long-term", "emergency", TRUE,
                "manager-approved-by", "Grace Mensah", "start-date", "2026-11-02",
                "planned-end", "2027-02-03", "funding-route", "council",
                "weekly-fee-pence", (gint64) 70000, NULL);

  g_assert_false (hearth_scheme_start_arrangement (f->scheme, arrangement, &error));
  g_assert_cmpstr (error->message, ==,
                   "An emergency placement lasts at most 3 months; plan its end by 2027-02-02.");
  g_clear_error (&error);
  g_assert_cmpint (test_count_rows (f->scheme, HEARTH_TYPE_ARRANGEMENT), ==, 0);

  g_object_set (arrangement, "planned-end", "2027-02-02", NULL);
  g_assert_true (hearth_scheme_start_arrangement (f->scheme, arrangement, &error));
  g_assert_no_error (error);
}

#define ADD(path, func) \
  g_test_add (path, SchemeFixture, NULL, scheme_fixture_set_up, func, scheme_fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/matching/postcodes", test_postcodes);
  g_test_add_func ("/matching/score/parts", test_score_parts);
  g_test_add_func ("/matching/score/area", test_area_by_town_and_postcode_area);
  g_test_add_func ("/matching/score/ties", test_ties_go_by_name_then_number);
  g_test_add_func ("/matching/rules/each", test_every_hard_rule);
  g_test_add_func ("/matching/rules/add-up", test_rules_add_up);
  g_test_add_func ("/matching/score/folded", test_folded_text);
  g_test_add_func ("/matching/prepared", test_prepared_carers_rank_alike);
  ADD ("/matching/scheme/weights", test_weights_are_a_setting);
  ADD ("/matching/scheme/suggestions", test_scheme_suggestions);
  ADD ("/matching/scheme/no-remembered", test_no_is_remembered_until_lifted);
  ADD ("/matching/scheme/cache-follows-changes", test_cached_suggestions_follow_changes);
  ADD ("/matching/scheme/shortlist", test_shortlist);
  ADD ("/matching/trial/refuses", test_trial_refuses);
  ADD ("/matching/arrangement/emergency-limit", test_emergency_limit);

  return g_test_run ();
}
