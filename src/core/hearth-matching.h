/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hearth-matching.h: which carers are worth introducing to a person, and why. The rules and
 * the score are one pure function over plain facts; the scheme gathers the facts. */

#pragma once

#include "hearth-carer.h"
#include "hearth-person.h"
#include "hearth-scheme.h"
#include "hearth-trial.h"

G_BEGIN_DECLS

/* The parts of a score, in the order they are shown. */
typedef enum
{
  HEARTH_MATCH_INTERESTS,    /* interests both have */
  HEARTH_MATCH_AREA,         /* same postcode district, postcode area or town */
  HEARTH_MATCH_CULTURE,      /* language, faith and culture, where the person asked */
  HEARTH_MATCH_ACCESS,       /* accommodation and accessibility */
  HEARTH_MATCH_EXPERIENCE,   /* the carer's experience of the person's support needs */
  HEARTH_MATCH_HOUSEHOLD,    /* others supported, children, pets, against preferences */
  HEARTH_N_MATCH_FACTORS
} HearthMatchFactor;

/* Points for each factor: a scheme setting, from 0 (ignored) to 10. */
typedef struct
{
  gint64 weight[HEARTH_N_MATCH_FACTORS];
} HearthMatchWeights;

/* What matching works out of one carer's record (folded interests, postcode parts, the
 * experience their words describe...) before it is set beside any person. The scheme keeps
 * these while its carers do not change; see hearth-matching-private.h. */
typedef struct _HearthMatchCarer HearthMatchCarer;

/* What the rules need to know about a carer beyond their record. */
typedef struct
{
  HearthCarer *carer;           /* (not nullable) */
  guint        people_now;      /* people in arrangements with the carer now or to come */
  char        *declined_on;     /* (nullable): the date of a no on a match with this person,
                                 * not lifted by the coordinator */
  gboolean     declined_by_carer; /* whose no it was */
  char        *open_trial_stage; /* (nullable): the stage of an open trial with this person */
  const char  *name;            /* (nullable): the carer's display name, if already known */
  const char  *sort_key;        /* (nullable): its g_utf8_collate_key(), if already known */
  const HearthMatchCarer *prepared; /* (nullable): what is worked out of the carer's record,
                                     * if already known; it must be of this same record */
} HearthMatchFacts;

typedef struct
{
  HearthMatchFactor factor;
  gint64            points;   /* 0 when the factor did not add anything */
  char             *detail;   /* why, in a coordinator's words ("Both like gardening") */
} HearthScorePart;

#define HEARTH_TYPE_SUGGESTION (hearth_suggestion_get_type ())

G_DECLARE_FINAL_TYPE (HearthSuggestion, hearth_suggestion, HEARTH, SUGGESTION, GObject)

HearthCarer      *hearth_suggestion_get_carer     (HearthSuggestion *self);
gint64            hearth_suggestion_get_carer_id  (HearthSuggestion *self);
gboolean          hearth_suggestion_is_ruled_out  (HearthSuggestion *self);
const char       *hearth_suggestion_get_rule      (HearthSuggestion *self);
gint64            hearth_suggestion_get_score     (HearthSuggestion *self);
guint             hearth_suggestion_get_n_parts   (HearthSuggestion *self);
const HearthScorePart *hearth_suggestion_get_part (HearthSuggestion *self,
                                                   guint             i);
guint             hearth_suggestion_get_places_used (HearthSuggestion *self);
guint             hearth_suggestion_get_places    (HearthSuggestion *self);
gboolean          hearth_suggestion_get_shortlisted (HearthSuggestion *self);
void              hearth_suggestion_set_shortlisted (HearthSuggestion *self,
                                                     gboolean          shortlisted);
char             *hearth_suggestion_dup_summary   (HearthSuggestion *self);
gint64            hearth_suggestion_get_past_no   (HearthSuggestion *self);
void              hearth_suggestion_set_past_no   (HearthSuggestion *self,
                                                   gint64            trial_id);
char             *hearth_suggestion_dup_key       (HearthSuggestion *self);
gboolean          hearth_suggestion_same          (HearthSuggestion *a,
                                                   HearthSuggestion *b);
int               hearth_suggestion_compare       (HearthSuggestion *a,
                                                   HearthSuggestion *b);
gboolean          hearth_suggestion_matches       (HearthSuggestion *self,
                                                   const char       *which);

const char       *hearth_match_factor_name        (HearthMatchFactor factor);
const char       *hearth_match_factor_label       (HearthMatchFactor factor);
int               hearth_match_factor_from_name   (const char       *name);
void              hearth_match_weights_init_default (HearthMatchWeights *weights);

char             *hearth_postcode_outward         (const char       *postcode);
char             *hearth_postcode_area            (const char       *postcode);

GPtrArray        *hearth_match_rank               (HearthPerson              *person,
                                                   const char                *arrangement_type,
                                                   gboolean                   emergency,
                                                   const HearthMatchWeights  *weights,
                                                   const HearthMatchFacts    *facts,
                                                   guint                      n_facts);

/* The scheme's side: the weights it keeps, the facts it gathers, and the shortlist. */
gboolean          hearth_scheme_get_match_weights (HearthScheme              *self,
                                                   HearthMatchWeights        *weights,
                                                   GError                   **error);
gboolean          hearth_scheme_set_match_weight  (HearthScheme              *self,
                                                   HearthMatchFactor          factor,
                                                   gint64                     weight,
                                                   GError                   **error);
GPtrArray        *hearth_scheme_suggest_carers    (HearthScheme              *self,
                                                   HearthPerson              *person,
                                                   const char                *arrangement_type,
                                                   gboolean                   emergency,
                                                   GError                   **error);
gboolean          hearth_scheme_suggest_again     (HearthScheme              *self,
                                                   HearthTrial               *trial,
                                                   GError                   **error);
gboolean          hearth_scheme_shortlist_carer   (HearthScheme              *self,
                                                   HearthPerson              *person,
                                                   HearthCarer               *carer,
                                                   GError                   **error);
gboolean          hearth_scheme_unshortlist_carer (HearthScheme              *self,
                                                   HearthPerson              *person,
                                                   HearthCarer               *carer,
                                                   GError                   **error);
GArray           *hearth_scheme_get_shortlist     (HearthScheme              *self,
                                                   HearthPerson              *person,
                                                   GError                   **error);

G_END_DECLS
