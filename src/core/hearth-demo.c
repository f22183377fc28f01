/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-demo.c: a plainly fictional scheme for trainers, tests and benchmarks: carers at
 * every stage of recruitment, people with warm pen portraits, trials at every stage,
 * arrangements of each type, reviews held, due and overdue. Deterministic for a seed; dates
 * are relative to today. Everything goes through the same workflows a coordinator uses. */

#define G_LOG_DOMAIN "hearth-demo"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "hearth.h"
#include "hearth-demo.h"
#include "hearth-scheme-private.h"

typedef struct
{
  HearthScheme     *scheme;
  guint64           state;      /* splitmix64 */
  guint64           extra;      /* a second stream for what matching reads, so that adding
                                 * to it leaves every other record of a seed as it was */
  char             *today;
  HearthDemoCounts *counts;
  GPtrArray        *approved;   /* HearthCarer, with places */
  GPtrArray        *emergency;  /* HearthCarer approved for emergencies */
  GPtrArray        *staff;      /* names */
  GHashTable       *names;      /* full names given so far */
} Demo;

static const char * const first_names[] = {
  "Amara", "Ben", "Chidi", "Dorota", "Eilidh", "Farah", "Gwen", "Hamza", "Ifeoma", "Jonah",
  "Kiran", "Leila", "Mateusz", "Niamh", "Oluwaseun", "Priya", "Rhys", "Saoirse", "Tariq",
  "Una", "Viktor", "Wren", "Yusuf", "Zainab", "Aled", "Bronwen", "Callum", "Deepa", "Ewan",
  "Fatima", "Gareth", "Hana", "Imran", "Jadeen", "Kwame", "Lowri", "Marek", "Nadia", "Owain",
  "Parveen", "Ruth", "Samir", "Tomasz", "Ffion", "Winston", "Xiu", "Yasmin", "Zoltan",
};

/* The names people are known by, for the first names that have a usual one. */
static const struct { const char *first; const char *known_as; } known_as[] = {
  { "Bronwen", "Bron" }, { "Callum", "Cal" }, { "Jonah", "Jon" }, { "Mateusz", "Mat" },
  { "Oluwaseun", "Seun" }, { "Tomasz", "Tomek" }, { "Samir", "Sam" }, { "Viktor", "Vik" },
  { "Zainab", "Zee" }, { "Gareth", "Gaz" }, { "Eilidh", "Ellie" }, { "Winston", "Win" },
};

static const char * const last_names[] = {
  "Abernethy", "Bakshi", "Carrow", "Dunmore", "Ekwueme", "Fairlie", "Gallacher", "Hussain",
  "Ilsley", "Jankowska", "Kettlewell", "Lindqvist", "Mbeki-Hart", "Nwosu", "Okonedo",
  "Pemberton", "Quayle", "Rahman", "Szabo", "Thistlewood", "Umeh", "Varga", "Whitcombe",
  "Yardley", "Zielinski", "Ashdown", "Brightwater", "Chaudhry", "Delacroix-Bell", "Evanson",
};

/* Invented towns; real UK postcodes never start with Q. */
static const struct { const char *town; const char *district; } places[] = {
  { "Ashworth", "QX1" }, { "Millbrook", "QX2" }, { "Fernley", "QX3" }, { "Kestrel Bay", "QX4" },
  { "Harrowvale", "QY1" }, { "Thornby Cross", "QY2" }, { "Ollerton Green", "QY3" },
};

static const char * const interests[] = {
  "gardening", "football", "baking", "drawing", "swimming", "birdwatching", "music quizzes",
  "cooking curries", "knitting", "fishing", "bus journeys", "board games", "dancing",
  "walking the dog", "photography", "church choir", "jigsaws", "cinema", "car boot sales",
  "chess", "reading crime novels", "looking after plants", "gaming", "snooker",
};

static const char * const languages[] = {
  "English", "English, Welsh", "English, Polish", "English, Urdu", "English, Yoruba",
  "English, Bengali", "English, Gaelic", "English, Hungarian",
};

static const char * const faiths[] = {
  NULL, "Christian", "Muslim", "Hindu", "Sikh", "Jewish", "Buddhist", NULL, NULL,
};

static const char * const about_me[] = {
  "I am %s, and people say I have a laugh you can hear from the next street.",
  "I'm %s. I like things calm in the morning and busy in the afternoon.",
  "My name is %s. I grew up near the sea and I still love the smell of it.",
  "I'm %s and I'm proud of the things I've learned to do for myself.",
  "I am %s. I'm quiet at first, but once I know you I talk a lot.",
  "Hello, I'm %s. Family has always mattered to me, even the noisy bits.",
};

static const char * const what_matters[] = {
  "Seeing my sister every week and having my own space to go to when I need it.",
  "Keeping up with %s, and having people around who notice how I'm feeling.",
  "My faith, my routines, and a proper cup of tea before anyone asks me anything.",
  "Being treated as a grown-up and making my own choices about my day.",
  "Staying close to my friends in %s and keeping my job at the café.",
  "My cat, my music, and knowing what is happening tomorrow.",
};

static const char * const what_people_like[] = {
  "People say I'm kind and that I always remember their birthdays.",
  "My friends like that I'm honest, and that I'm brilliant at %s.",
  "I'm good at making people feel welcome; I'll always put the kettle on.",
  "People tell me I'm determined and very funny when I want to be.",
  "I'm patient with animals and children, and I notice small things.",
};

static const char * const how_to_support[] = {
  "Tell me plans the day before and write them on the calendar in the kitchen.",
  "Give me time to answer; if you rush me I get muddled and go quiet.",
  "Help me manage my money without taking it over; I like to pay for things myself.",
  "Remind me gently about my tablets in the morning, and check I've eaten.",
  "If I'm anxious, sit with me and talk about something I enjoy, like %s.",
  "Support me to get to my appointments; I find new places hard on my own.",
};

static const char * const things_to_avoid[] = {
  "Shouting, or lots of people talking at once.",
  "Surprises about where I'm going or who is coming round.",
  "Being talked about as if I'm not in the room.",
  "Loud dogs; I was bitten as a child and I'm still nervous.",
  "Being rushed in the bathroom in the morning.",
};

static const char * const person_views[] = {
  "I like it here. I've got my own room and we go to the market on Saturdays.",
  "It's going well. I'd like to do more cooking myself.",
  "I'm happy. I miss my old friends sometimes but we video call.",
  "Good. I feel safe and I get on with everyone in the house.",
  "Mostly good. I want to try the bus into town on my own next.",
};

static guint64
next (Demo *demo)
{
  guint64 z = (demo->state += 0x9e3779b97f4a7c15ULL);

  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

static guint
below (Demo  *demo,
       guint  n)
{
  return (guint) (next (demo) % n);
}

static guint
extra_below (Demo  *demo,
             guint  n)
{
  guint64 z = (demo->extra += 0x9e3779b97f4a7c15ULL);

  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return (guint) ((z ^ (z >> 31)) % n);
}

#define EXTRA_PICK(demo, array) ((array)[extra_below ((demo), G_N_ELEMENTS (array))])

#define PICK(demo, array) ((array)[below ((demo), G_N_ELEMENTS (array))])

/* A first and last name nobody in the scheme has yet, while there are any left. */
static void
pick_name (Demo        *demo,
           const char **first,
           const char **last)
{
  for (guint tries = 0; tries < 40; tries++)
    {
      g_autofree char *full = NULL;

      *first = PICK (demo, first_names);
      *last = PICK (demo, last_names);
      full = g_strdup_printf ("%s %s", *first, *last);
      if (g_hash_table_add (demo->names, g_steal_pointer (&full)))
        return;
    }
}

static const char *
known_as_for (const char *first)
{
  for (guint i = 0; i < G_N_ELEMENTS (known_as); i++)
    if (g_str_equal (known_as[i].first, first))
      return known_as[i].known_as;
  return NULL;
}

static char *
days_ago (Demo *demo,
          int   days)
{
  return hearth_date_add_days (demo->today, -days);
}

/* Puts @word where the template says %s; the templates are data, not formats. */
static char *
fill (const char *template,
      const char *word)
{
  g_auto(GStrv) parts = g_strsplit (template, "%s", 2);

  return g_strjoinv (word, parts);
}

static gboolean
add_portrait (Demo          *demo,
              const char    *link,
              gint64         id,
              const char    *name,
              const char    *interest,
              GError       **error)
{
  g_autoptr(HearthPenPortrait) portrait = hearth_pen_portrait_new ();
  g_autofree char *about = fill (PICK (demo, about_me), name);
  g_autofree char *matters = fill (PICK (demo, what_matters), interest);
  g_autofree char *liked = fill (PICK (demo, what_people_like), interest);
  g_autofree char *support = fill (PICK (demo, how_to_support), interest);
  g_autofree char *likes = g_strdup_printf ("I love %s and %s.", interest, PICK (demo, interests));

  g_object_set (portrait, link, id, "about-me", about, "what-matters", matters,
                "what-people-like", liked, "how-to-support", support, "interests", likes,
                "things-to-avoid", PICK (demo, things_to_avoid), NULL);
  return _hearth_scheme_insert (demo->scheme, HEARTH_RECORD (portrait), error);
}

static gboolean
add_staff (Demo    *demo,
           GError **error)
{
  static const struct { const char *name; const char *role; } staff[] = {
    { "Grace Adebayo", "registered-manager" }, { "Tom Fairweather", "coordinator" },
    { "Anjali Mistry", "coordinator" }, { "Dafydd Rees", "assessor" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (staff); i++)
    {
      g_autoptr(HearthStaff) member = hearth_staff_new ();

      g_object_set (member, "name", staff[i].name, "role", staff[i].role, NULL);
      if (!_hearth_scheme_insert (demo->scheme, HEARTH_RECORD (member), error))
        return FALSE;
      g_ptr_array_add (demo->staff, g_strdup (staff[i].name));
    }

  return TRUE;
}

static gboolean
add_check (Demo       *demo,
           gint64      carer_id,
           const char *kind,
           const char *on,
           const char *expires,
           GError    **error)
{
  g_autoptr(HearthCarerCheck) check = hearth_carer_check_new ();

  g_object_set (check, "carer-id", carer_id, "kind", kind, "completed-on", on,
                "expires-on", expires, NULL);
  return _hearth_scheme_insert (demo->scheme, HEARTH_RECORD (check), error);
}

/* Every checklist item, dated before @by; the DBS expiry sometimes soon or past. */
static gboolean
complete_checklist (Demo        *demo,
                    HearthCarer *carer,
                    int          by_days_ago,
                    GError     **error)
{
  static const char *kinds[] = {
    "application", "reference", "reference", "home-safety", "household-agreement",
    "preparation-training", "assessment-report",
  };
  gint64 id = hearth_record_get_id (HEARTH_RECORD (carer));
  g_autofree char *on = days_ago (demo, by_days_ago + 5);
  /* Most DBS checks have years left; some fall due within 60 days or are overdue. */
  int dbs_left = below (demo, 6) == 0 ? (int) below (demo, 90) - 30 : 200 + (int) below (demo, 700);
  g_autofree char *dbs_expires = hearth_date_add_days (demo->today, dbs_left);
  g_autofree char *dbs_on = hearth_date_add_years (dbs_expires, -3);
  g_autoptr(HearthTraining) training = hearth_training_new ();
  g_autofree char *training_expires = hearth_date_add_days (demo->today, (int) below (demo, 500) - 60);
  g_autofree char *training_on = hearth_date_add_years (training_expires, -1);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (!add_check (demo, id, kinds[i], on, NULL, error))
      return FALSE;

  /* Valid on the day of the move to panel, whatever it is now. */
  if (g_strcmp0 (dbs_on, on) > 0 || hearth_date_days_between (on, dbs_expires) < 30)
    {
      g_free (dbs_on);
      g_free (dbs_expires);
      dbs_on = g_strdup (on);
      dbs_expires = hearth_date_add_years (on, 3);
    }
  g_object_set (training, "carer-id", id, "course", "Safeguarding adults",
                "completed-on", training_on, "expires-on", training_expires, NULL);

  return add_check (demo, id, "dbs", dbs_on, dbs_expires, error) &&
         _hearth_scheme_insert (demo->scheme, HEARTH_RECORD (training), error);
}

static const char * const wished_languages[] = {
  "Welsh", "Polish", "Urdu", "Yoruba", "Bengali", "Gaelic", "Hungarian",
};

static const char * const preferences[] = {
  "A quiet home where I can have my own routine.",
  "I would love a home with animals, especially a dog.",
  "I like company and a busy house with people around.",
  "Family life matters to me, children and all.",
  "Somewhere near a bus route so I can keep my day centre.",
  NULL, NULL,
};

static char *
postcode_in (Demo       *demo,
             const char *district)
{
  return g_strdup_printf ("%s %u%c%c", district, 1 + extra_below (demo, 9),
                          'A' + extra_below (demo, 26), 'B' + extra_below (demo, 24));
}

/* A second interest for some, so that shared interests are more than chance. */
static char *
interests_with (Demo       *demo,
                const char *interest)
{
  const char *more = EXTRA_PICK (demo, interests);

  if (extra_below (demo, 2) == 0 || g_str_equal (more, interest))
    return g_strdup (interest);

  return g_strdup_printf ("%s, %s", interest, more);
}

static void
add_carer_extras (Demo        *demo,
                  HearthCarer *carer,
                  const char  *interest)
{
  g_autofree char *all = interests_with (demo, interest);

  g_object_set (carer, "interests", all, NULL);
  if (extra_below (demo, 3) == 0)
    g_object_set (carer, "accessibility", "Level access, a wet room downstairs", "step-free",
                  TRUE, NULL);
}

static void
add_person_extras (Demo         *demo,
                   HearthPerson *person,
                   const char   *interest,
                   const char   *district)
{
  g_autofree char *all = interests_with (demo, interest);
  g_autofree char *postcode = postcode_in (demo, district);

  g_object_set (person, "interests", all, "postcode", postcode,
                "preferences", EXTRA_PICK (demo, preferences), NULL);
  if (extra_below (demo, 6) == 0)
    g_object_set (person, "wants-language", EXTRA_PICK (demo, wished_languages), NULL);
  if (extra_below (demo, 10) == 0)
    g_object_set (person, "needs-step-free", TRUE, NULL);
}

static HearthCarer *
new_carer (Demo    *demo,
           int      enquired_days_ago,
           GError **error)
{
  g_autoptr(HearthCarer) carer = hearth_carer_new ();
  g_autofree char *enquiry = days_ago (demo, enquired_days_ago);
  g_autofree char *postcode = NULL;
  guint place = below (demo, G_N_ELEMENTS (places));
  const char *first, *last;
  const char *interest = PICK (demo, interests);
  gboolean pets = below (demo, 3) == 0;

  postcode = g_strdup_printf ("%s %u%c%c", places[place].district, 1 + below (demo, 9),
                              'A' + below (demo, 26), 'B' + below (demo, 24));
  pick_name (demo, &first, &last);
  g_object_set (carer, "first-name", first, "last-name", last,
                "area", places[place].town, "postcode", postcode,
                "phone", "01632 960 000", "enquiry-date", enquiry,
                "enquiry-source-id", (gint64) (1 + below (demo, 6)),
                "interests", interest, "languages", PICK (demo, languages),
                "faith", PICK (demo, faiths), "has-pets", pets,
                "pets", pets ? "A friendly old Labrador" : NULL,
                "has-children", below (demo, 3) == 0,
                "smoking", below (demo, 8) == 0 ? "smokes-outside" : "non-smoking",
                "step-free", below (demo, 4) == 0,
                "accommodation", "A spare double room with its own washbasin",
                "experience", below (demo, 2) ? "learning disability, autism" : "mental health, older people",
                NULL);

  add_carer_extras (demo, carer, interest);
  if (!hearth_scheme_add_carer (demo->scheme, carer, error) ||
      !add_portrait (demo, "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)), first,
                     interest, error))
    return NULL;

  demo->counts->carers++;
  return g_steal_pointer (&carer);
}

/* A yearly approval review for most carers; a few are left overdue, to be seen. */
static gboolean
keep_approved (Demo        *demo,
               HearthCarer *carer,
               GError     **error)
{
  while (g_strcmp0 (hearth_carer_get_next_approval_review (carer), demo->today) < 0 &&
         below (demo, 8) != 0)
    {
      g_autoptr(HearthReview) review = hearth_review_new ();
      g_autoptr(HearthRecord) saved = NULL;
      g_autofree char *held = hearth_date_add_days (hearth_carer_get_next_approval_review (carer), -5);

      g_object_set (review, "subject", "approval", "carer-id",
                    hearth_record_get_id (HEARTH_RECORD (carer)),
                    "due-on", hearth_carer_get_next_approval_review (carer), "held-on", held,
                    "reviewer", g_ptr_array_index (demo->staff, 0),
                    "approval-outcome", "continue",
                    "carer-views", _("We'd like to carry on; it has been a good year."), NULL);
      if (!hearth_scheme_record_review (demo->scheme, review, NULL, NULL, error) ||
          !(saved = hearth_scheme_load (demo->scheme, HEARTH_TYPE_CARER,
                                        hearth_record_get_id (HEARTH_RECORD (carer)), error)))
        return FALSE;
      hearth_record_assign (HEARTH_RECORD (carer), saved);
      demo->counts->reviews++;
    }

  return TRUE;
}

/* Moves a carer through the flow up to @stage_index, a stage every few weeks. */
static gboolean
recruit (Demo        *demo,
         HearthCarer *carer,
         guint        stage_index,
         int          started_days_ago,
         GError     **error)
{
  /* The moves after the enquiry, up to ready for panel; approval is the panel's. */
  const guint n_moves = HEARTH_RECRUITMENT_N_STAGES - 2;
  /* Recruitment takes three to six months, a stage every few weeks. */
  int step = CLAMP (started_days_ago / 7, 1, 30);
  int when = started_days_ago;

  for (guint i = 0; i < stage_index && i < n_moves; i++)
    {
      const char *stage = hearth_recruitment_stage (i + 1);
      g_autofree char *on = NULL;

      when = MAX (when - step, 1);
      on = days_ago (demo, when);
      if (g_str_equal (stage, "ready-for-panel") &&
          !complete_checklist (demo, carer, when, error))
        return FALSE;
      if (!hearth_scheme_move_carer (demo->scheme, carer, stage, on, NULL, error))
        return FALSE;
    }

  if (stage_index > n_moves)
    {
      HearthApprovalTerms terms = {
        below (demo, 4) != 0, below (demo, 2) == 0, below (demo, 3) == 0,
        below (demo, 4) == 0, 1 + below (demo, 3),
      };
      g_autofree char *on = days_ago (demo, MAX (when - step, 1));

      if (!terms.long_term && !terms.short_breaks && !terms.day_support)
        terms.long_term = TRUE;
      if (!hearth_scheme_approve_carer (demo->scheme, carer, &terms, on, _("Approved at panel"),
                                        error))
        return FALSE;
      g_ptr_array_add (demo->approved, g_object_ref (carer));
      if (terms.emergency)
        g_ptr_array_add (demo->emergency, g_object_ref (carer));
      return keep_approved (demo, carer, error);
    }

  return TRUE;
}

static gboolean
add_carers (Demo    *demo,
            guint    n,
            GError **error)
{
  for (guint i = 0; i < n; i++)
    {
      /* Most are approved; the rest spread over every other stage. */
      guint kind = i % 20;
      guint stage = kind < 12 ? 6 : kind - 12;
      int started = stage == 6 ? 400 + (int) below (demo, 600) : 20 + (int) below (demo, 160);
      g_autoptr(HearthCarer) carer = new_carer (demo, started, error);

      if (carer == NULL)
        return FALSE;

      if (kind == 18 || kind == 19)
        {
          g_autofree char *on = days_ago (demo, 3);
          const char *out = kind == 18 ? "withdrawn" : (i % 40 == 19 ? "declined" : "on-hold");

          if (!recruit (demo, carer, 1 + below (demo, 3), started, error) ||
              !hearth_scheme_move_carer (demo->scheme, carer, out, on,
                                         _("Family circumstances changed"), error))
            return FALSE;
          continue;
        }

      if (!recruit (demo, carer, stage, started, error))
        return FALSE;
    }

  return TRUE;
}

static const char *
support_need (Demo *demo,
              guint i)
{
  guint n;
  const HearthValue *needs = hearth_values_get (HEARTH_VALUES_SUPPORT_NEED, &n);

  return needs[(i + below (demo, 2)) % n].value;
}

/* An age that fits the support need: care leavers are young, dementia comes later in life. */
static int
age_for (Demo       *demo,
         const char *need)
{
  if (g_str_equal (need, "care-leaver") || g_str_equal (need, "young-disabled-adult"))
    return 17 + (int) below (demo, 8);
  if (g_str_equal (need, "older-person") || g_str_equal (need, "dementia"))
    return 66 + (int) below (demo, 25);
  if (g_str_equal (need, "stroke"))
    return 45 + (int) below (demo, 35);

  return 19 + (int) below (demo, 45);
}

static HearthPerson *
new_person (Demo    *demo,
            guint    i,
            GError **error)
{
  g_autoptr(HearthPerson) person = hearth_person_new ();
  guint n_routes, place = below (demo, G_N_ELEMENTS (places));
  const HearthValue *routes = hearth_values_get (HEARTH_VALUES_FUNDING_ROUTE, &n_routes);
  const char *first, *last;
  const char *interest = PICK (demo, interests);
  int referred = 30 + (int) below (demo, 900);
  const char *need = support_need (demo, i);
  g_autofree char *referral = days_ago (demo, referred);
  g_autofree char *born = hearth_date_add_years (referral, -age_for (demo, need));
  int assessed_days = 20 + (int) below (demo, 300);
  g_autofree char *assessed = days_ago (demo, MIN (referred, assessed_days));
  g_autofree char *review = hearth_date_add_months (assessed, 6);
  g_autofree char *preferred = NULL;

  pick_name (demo, &first, &last);
  if (below (demo, 4) == 0)
    preferred = g_strdup (known_as_for (first));
  g_object_set (person, "first-name", first, "last-name", last,
                "preferred-name", preferred, "date-of-birth", born,
                "referral-date", referral, "area", places[place].town,
                "support-needs", need,
                "funding-route", routes[below (demo, n_routes)].value,
                "referring-org", "Ashworth Community Learning Disability Team",
                "care-manager-name", "Jo Pellow", "care-manager-contact", "01632 960 555",
                "care-plan-received", referral,
                "risk-assessed-on", assessed, "risk-review-due", review,
                "interests", interest, "avoid-pets", below (demo, 6) == 0,
                "avoid-smoking", below (demo, 3) == 0, NULL);
  if (below (demo, 4) == 0)
    g_object_set (person, "advocate-name", "Marion Leckie", "advocate-kind", "advocate", NULL);

  add_person_extras (demo, person, interest, places[place].district);
  if (!hearth_scheme_add_person (demo->scheme, person, error) ||
      !add_portrait (demo, "person-id", hearth_record_get_id (HEARTH_RECORD (person)),
                     preferred != NULL ? preferred : first, interest, error))
    return NULL;

  demo->counts->people++;
  return g_steal_pointer (&person);
}

static HearthCarer *
carer_with_room (Demo       *demo,
                 const char *type,
                 const char *start)
{
  guint first = demo->approved->len > 0 ? below (demo, demo->approved->len) : 0;

  /* From a random carer on, the first with a place free on the day. */
  for (guint k = 0; k < demo->approved->len; k++)
    {
      HearthCarer *carer = g_ptr_array_index (demo->approved, (first + k) % demo->approved->len);
      int at_once = hearth_scheme_count_people_at_once (demo->scheme,
                                                        hearth_record_get_id (HEARTH_RECORD (carer)),
                                                        start, NULL, NULL);

      if (hearth_carer_is_approved_for (carer, type) &&
          at_once >= 0 && (guint) at_once < hearth_carer_get_capacity (carer) &&
          g_strcmp0 (hearth_carer_get_approval_date (carer), start) < 0)
        return carer;
    }

  return NULL;
}

static gboolean
hold_review (Demo          *demo,
             HearthReview  *review,
             const char    *held,
             GError       **error)
{
  g_autoptr(GPtrArray) outcomes = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_areas;
  const HearthValue *areas = hearth_values_get (HEARTH_VALUES_OUTCOME_AREA, &n_areas);

  for (guint i = 0; i < n_areas; i++)
    {
      HearthReviewOutcome *outcome = hearth_review_outcome_new ();
      guint roll = below (demo, 10);

      g_object_set (outcome, "area", areas[i].value,
                    "answer", roll < 7 ? "better" : roll < 9 ? "no-different" : "worse", NULL);
      g_ptr_array_add (outcomes, outcome);
    }

  g_object_set (review, "held-on", held, "reviewer", g_ptr_array_index (demo->staff, 1),
                "reviewer-is-care-manager", FALSE, "advocate-name", "Marion Leckie",
                "person-views", PICK (demo, person_views),
                "carer-views", "It's been a real pleasure; we're settling into a rhythm.", NULL);
  if (!hearth_scheme_record_review (demo->scheme, review, outcomes, NULL, error))
    return FALSE;

  demo->counts->reviews++;
  return TRUE;
}

/* A match that both sides agreed to, running for @days; its first review held if due. */
static gboolean
place_person (Demo         *demo,
              HearthPerson *person,
              int           days,
              gboolean      end_it,
              GError      **error)
{
  static const char *types[] = { "long-term", "long-term", "short-breaks", "day-support" };
  const char *type = PICK (demo, types);
  g_autofree char *proposed = NULL;
  g_autofree char *agreed = NULL;
  g_autofree char *start = NULL;
  g_autoptr(HearthArrangement) arrangement = hearth_arrangement_new ();
  g_autoptr(HearthTrial) trial = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  int referred = hearth_date_days_between (hearth_person_get_referral_date (person), demo->today);
  HearthCarer *carer;

  /* Introductions start some weeks after the referral. */
  if (referred < 60)
    return TRUE;
  days = MIN (days, referred - 50);
  proposed = days_ago (demo, days + 40);
  agreed = days_ago (demo, days + 5);
  start = days_ago (demo, days);
  if ((carer = carer_with_room (demo, type, proposed)) == NULL)
    return TRUE;

  trial = hearth_scheme_propose_trial (demo->scheme, person, carer, type, proposed, NULL, error);
  if (trial == NULL ||
      !hearth_scheme_decide_trial (demo->scheme, trial, HEARTH_SIDE_PERSON, TRUE,
                                   _("I'd like to live there."), agreed, error) ||
      !hearth_scheme_decide_trial (demo->scheme, trial, HEARTH_SIDE_CARER, TRUE, NULL, agreed,
                                   error))
    return FALSE;
  demo->counts->trials++;

  g_object_set (arrangement, "person-id", hearth_record_get_id (HEARTH_RECORD (person)),
                "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)),
                "trial-id", hearth_record_get_id (HEARTH_RECORD (trial)),
                "arrangement-type", type, "start-date", start,
                "weekly-fee-pence", (gint64) (g_str_equal (type, "day-support") ? 28500 : 65000),
                "nights-agreed", g_str_equal (type, "short-breaks") ? (gint64) 24 : (gint64) 0,
                NULL);
  if (!hearth_scheme_start_arrangement (demo->scheme, arrangement, error))
    return FALSE;
  demo->counts->arrangements++;

  /* Hold the first review for most of those past it, and leave some overdue. */
  reviews = hearth_scheme_load_related (demo->scheme, HEARTH_TYPE_REVIEW, "arrangement-id",
                                        hearth_record_get_id (HEARTH_RECORD (arrangement)), error);
  if (reviews == NULL)
    return FALSE;
  if (days > 60 && below (demo, 5) != 0)
    {
      HearthReview *review = g_ptr_array_index (reviews, 0);
      g_autofree char *held = hearth_date_add_days (hearth_review_get_due_on (review), -2);

      if (!hold_review (demo, review, held, error))
        return FALSE;
    }

  if (end_it)
    {
      static const char *reasons[] = { "moved-to-own-home", "ended-by-person", "needs-changed" };
      g_autofree char *ended = days_ago (demo, MAX (days / 3, 1));

      return hearth_scheme_end_arrangement (demo->scheme, arrangement, ended,
                                            PICK (demo, reasons), NULL, error);
    }

  return TRUE;
}

/* Open trials at every stage, and two that someone said no to. */
static gboolean
open_trial (Demo          *demo,
            HearthPerson  *person,
            guint          stage,
            GError       **error)
{
  static const char *types[] = { "long-term", "short-breaks", "day-support" };
  int referred = hearth_date_days_between (hearth_person_get_referral_date (person), demo->today);
  int wanted = 10 + 8 * (int) stage + (int) below (demo, 30);  /* MIN() evaluates twice */
  int proposed_days = MAX (MIN (wanted, referred), 2);
  g_autofree char *proposed = days_ago (demo, proposed_days);
  g_autoptr(HearthTrial) trial = NULL;
  HearthCarer *carer = NULL;
  const char *type = NULL;
  guint n_stages;
  const HearthValue *stages = hearth_values_get (HEARTH_VALUES_TRIAL_STAGE, &n_stages);

  for (guint t = 0; t < G_N_ELEMENTS (types) && carer == NULL; t++)
    carer = carer_with_room (demo, (type = types[t]), proposed);
  if (carer == NULL)
    return TRUE;

  trial = hearth_scheme_propose_trial (demo->scheme, person, carer, type, proposed,
                                       _("Suggested after the matching meeting"), error);
  if (trial == NULL)
    return FALSE;
  demo->counts->trials++;

  for (guint s = 1; s <= stage && s < n_stages; s++)
    {
      /* Each stage between the proposal and today, in order. */
      g_autofree char *on = days_ago (demo, proposed_days - (proposed_days - 1) * (int) s
                                            / (int) (stage + 1));

      if (g_str_equal (stages[s].value, "trial-period"))
        {
          g_autofree char *end = hearth_date_add_weeks (on, 6);

          g_object_set (trial, "trial-start", on, "trial-planned-end", end, NULL);
        }
      if (!hearth_scheme_advance_trial (demo->scheme, trial, stages[s].value, on, NULL, error))
        return FALSE;
    }

  if (stage == n_stages)
    return hearth_scheme_decide_trial (demo->scheme, trial, HEARTH_SIDE_PERSON, FALSE,
                                       _("It's too far from my friends and my job."), NULL, error);
  if (stage == n_stages + 1)
    return hearth_scheme_decide_trial (demo->scheme, trial, HEARTH_SIDE_CARER, FALSE,
                                       _("We can't offer the support needed at night."), NULL,
                                       error);
  return TRUE;
}

static gboolean
add_emergency (Demo          *demo,
               HearthPerson  *person,
               GError       **error)
{
  g_autoptr(HearthArrangement) arrangement = hearth_arrangement_new ();
  g_autofree char *start = days_ago (demo, 9);
  HearthCarer *carer = NULL;

  for (guint i = 0; i < demo->emergency->len && carer == NULL; i++)
    {
      HearthCarer *candidate = g_ptr_array_index (demo->emergency, i);
      const char *type = hearth_carer_get_approved_short_breaks (candidate) ? "short-breaks"
                       : hearth_carer_get_approved_long_term (candidate) ? "long-term" : "day-support";
      int at_once = hearth_scheme_count_people_at_once (demo->scheme,
                                                        hearth_record_get_id (HEARTH_RECORD (candidate)),
                                                        start, NULL, NULL);

      if (at_once >= 0 && (guint) at_once < hearth_carer_get_capacity (candidate))
        {
          carer = candidate;
          g_object_set (arrangement, "arrangement-type", type, NULL);
        }
    }

  if (carer == NULL)
    return TRUE;

  g_object_set (arrangement, "person-id", hearth_record_get_id (HEARTH_RECORD (person)),
                "carer-id", hearth_record_get_id (HEARTH_RECORD (carer)), "emergency", TRUE,
                "manager-approved-by", g_ptr_array_index (demo->staff, 0),
                "start-date", start, "weekly-fee-pence", (gint64) 72000, NULL);
  if (!hearth_scheme_start_arrangement (demo->scheme, arrangement, error))
    return FALSE;

  demo->counts->arrangements++;
  return TRUE;
}

/* Someone who left nine to eleven years ago: past the default eight years' retention, so a
 * trainer can show erasure. */
static gboolean
left_long_ago (Demo          *demo,
               HearthPerson  *person,
               GError       **error)
{
  g_autoptr(HearthRecord) saved = NULL;
  g_autofree char *left = days_ago (demo, 9 * 365 + (int) below (demo, 700));
  g_autofree char *referred = hearth_date_add_days (left, -400);
  g_autofree char *born = hearth_date_add_years (referred, -30);
  g_autofree char *assessed = hearth_date_add_days (referred, 30);
  g_autofree char *review = hearth_date_add_months (assessed, 6);

  if (!(saved = hearth_scheme_load (demo->scheme, HEARTH_TYPE_PERSON,
                                    hearth_record_get_id (HEARTH_RECORD (person)), error)))
    return FALSE;

  /* Their whole time with the scheme moves back with them. */
  g_object_set (saved, "archived-at", left,
                "archive-reason", _("Moved to live with family in another county"),
                "referral-date", referred, "date-of-birth", born,
                "care-plan-received", referred, "risk-assessed-on", assessed,
                "risk-review-due", review, NULL);
  return _hearth_scheme_update (demo->scheme, saved, FALSE, error);
}

static gboolean
add_people (Demo          *demo,
            guint          n,
            GCancellable  *cancellable,
            GError       **error)
{
  guint n_stages;

  hearth_values_get (HEARTH_VALUES_TRIAL_STAGE, &n_stages);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HearthPerson) person = NULL;
      guint kind = i % 60;
      gboolean ok = TRUE;

      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          !(person = new_person (demo, i, error)))
        return FALSE;

      if (kind < 34)
        ok = place_person (demo, person, 15 + (int) below (demo, 400), kind % 8 == 7, error);
      else if (kind < 34 + n_stages + 2)
        ok = open_trial (demo, person, kind - 34, error);
      else if (kind == 50)
        ok = add_emergency (demo, person, error);
      else if (kind < 56)
        ok = hearth_scheme_set_person_status (demo->scheme, person, "matching", error);
      else if (kind == 58)
        ok = hearth_scheme_archive (demo->scheme, HEARTH_RECORD (person),
                                    _("Moved out of the area before matching"), error);
      else if (kind == 59)
        ok = left_long_ago (demo, person, error);

      /* Some risk reviews slip past their date: shown, never hidden. */
      if (ok && kind % 11 == 3)
        {
          g_autoptr(HearthRecord) saved = hearth_scheme_load (demo->scheme, HEARTH_TYPE_PERSON,
                                                              hearth_record_get_id (HEARTH_RECORD (person)),
                                                              error);
          g_autofree char *overdue = days_ago (demo, 5 + (int) below (demo, 40));
          g_autofree char *assessed = hearth_date_add_months (overdue, -6);

          ok = saved != NULL;
          if (ok)
            {
              g_object_set (saved, "risk-assessed-on", assessed, "risk-review-due", overdue, NULL);
              ok = _hearth_scheme_update (demo->scheme, saved, FALSE, error);
            }
        }

      if (!ok)
        return FALSE;
    }

  return TRUE;
}

/**
 * hearth_demo_populate:
 * @scale: how many times the scale-1 scheme (about 40 carers and 60 people)
 * @counts: (out) (optional): what was written
 */
gboolean
hearth_demo_populate (HearthScheme      *scheme,
                      guint              scale,
                      guint64            seed,
                      HearthDemoCounts  *counts,
                      GCancellable      *cancellable,
                      GError           **error)
{
  HearthDemoCounts local = { 0 };
  Demo demo = { 0 };
  gboolean ok;

  g_return_val_if_fail (HEARTH_IS_SCHEME (scheme), FALSE);
  g_return_val_if_fail (scale >= 1 && scale <= HEARTH_DEMO_MAX_SCALE, FALSE);

  demo.scheme = scheme;
  demo.state = seed;
  demo.extra = seed ^ 0x5ca1ab1e0ddba11ULL;
  demo.today = hearth_date_today ();
  demo.counts = counts != NULL ? counts : &local;
  memset (demo.counts, 0, sizeof *demo.counts);
  demo.approved = g_ptr_array_new_with_free_func (g_object_unref);
  demo.emergency = g_ptr_array_new_with_free_func (g_object_unref);
  demo.staff = g_ptr_array_new_with_free_func (g_free);
  demo.names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* One transaction for the whole scheme: a scale-200 demo is a single durable commit. */
  _hearth_scheme_set_bulk (scheme, TRUE);
  ok = _hearth_scheme_begin (scheme, error);
  if (ok)
    {
      ok = add_staff (&demo, error) &&
           add_carers (&demo, 40 * scale, error) &&
           add_people (&demo, 60 * scale, cancellable, error);
      if (ok)
        ok = _hearth_scheme_commit (scheme, error);
      else
        _hearth_scheme_rollback (scheme);
    }
  _hearth_scheme_set_bulk (scheme, FALSE);

  g_free (demo.today);
  g_ptr_array_unref (demo.approved);
  g_ptr_array_unref (demo.emergency);
  g_ptr_array_unref (demo.staff);
  g_hash_table_unref (demo.names);
  return ok;
}

/**
 * hearth_demo_create:
 *
 * Creates a new scheme file at @file, named as a demo, and fills it.
 *
 * Returns: (transfer full): the open demo scheme
 */
HearthScheme *
hearth_demo_create (GFile             *file,
                    guint              scale,
                    guint64            seed,
                    HearthDemoCounts  *counts,
                    GCancellable      *cancellable,
                    GError           **error)
{
  g_autoptr(HearthScheme) scheme = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (scale >= 1 && scale <= HEARTH_DEMO_MAX_SCALE, NULL);

  scheme = hearth_scheme_create (file, _("Brookfield Shared Lives (demo)"), cancellable, error);
  if (scheme == NULL)
    return NULL;

  hearth_scheme_set_user (scheme, _("Demo coordinator"));
  if (!hearth_demo_populate (scheme, scale, seed, counts, cancellable, error))
    return NULL;

  return g_steal_pointer (&scheme);
}

typedef struct
{
  GFile            *file;
  guint             scale;
  guint64           seed;
  HearthDemoCounts  counts;
} DemoJob;

static void
demo_job_free (DemoJob *job)
{
  g_clear_object (&job->file);
  g_free (job);
}

/* A demo that failed or was cancelled leaves no file: it was a new file, made here. */
static void
remove_demo_file (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
}

static void
create_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  DemoJob *job = task_data;
  HearthScheme *scheme;
  GError *error = NULL;
  gboolean existed = g_file_query_exists (job->file, NULL);

  scheme = hearth_demo_create (job->file, job->scale, job->seed, &job->counts, cancellable,
                               &error);
  if (scheme == NULL)
    {
      if (!existed)
        remove_demo_file (job->file);
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, scheme, g_object_unref);
}

/**
 * hearth_demo_create_async:
 *
 * Creates and fills a demo scheme as hearth_demo_create() does, in a worker thread. A
 * cancelled or failed demo leaves no file.
 */
void
hearth_demo_create_async (GFile               *file,
                          guint                scale,
                          guint64              seed,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  DemoJob *job;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (scale >= 1 && scale <= HEARTH_DEMO_MAX_SCALE);

  job = g_new0 (DemoJob, 1);
  job->file = g_object_ref (file);
  job->scale = scale;
  job->seed = seed;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, hearth_demo_create_async);
  g_task_set_task_data (task, job, (GDestroyNotify) demo_job_free);
  g_task_run_in_thread (task, create_thread);
}

/**
 * hearth_demo_create_finish:
 * @counts: (out) (optional): what was written
 *
 * Returns: (transfer full): the open demo scheme, or %NULL with @error set
 */
HearthScheme *
hearth_demo_create_finish (GAsyncResult      *result,
                           HearthDemoCounts  *counts,
                           GError           **error)
{
  HearthScheme *scheme;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  scheme = g_task_propagate_pointer (G_TASK (result), error);
  if (scheme != NULL && counts != NULL)
    *counts = ((DemoJob *) g_task_get_task_data (G_TASK (result)))->counts;
  return scheme;
}
