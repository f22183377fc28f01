-- SPDX-License-Identifier: GPL-3.0-or-later
-- Hearth scheme file, schema version 1: the whole Shared Lives lifecycle.
-- Dates are ISO 8601 text (YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SSZ for moments),
-- money is INTEGER pence, closed sets of values are CHECK constraints.
-- Nothing is deleted: records are ended or archived with a date and a reason.

CREATE TABLE scheme (
  id                      INTEGER PRIMARY KEY CHECK (id = 1),
  name                    TEXT NOT NULL CHECK (length(trim(name)) > 0),
  cqc_location_id         TEXT,
  address                 TEXT,
  postcode                TEXT,
  phone                   TEXT,
  email                   TEXT,
  registered_manager_id   INTEGER REFERENCES staff (id),
  first_review_weeks      INTEGER NOT NULL DEFAULT 6 CHECK (first_review_weeks BETWEEN 1 AND 52),
  review_interval_months  INTEGER NOT NULL DEFAULT 6 CHECK (review_interval_months BETWEEN 1 AND 24),
  emergency_review_weeks  INTEGER NOT NULL DEFAULT 4 CHECK (emergency_review_weeks BETWEEN 1 AND 52),
  emergency_max_months    INTEGER NOT NULL DEFAULT 3 CHECK (emergency_max_months BETWEEN 1 AND 12),
  emergency_planning_days INTEGER NOT NULL DEFAULT 10 CHECK (emergency_planning_days BETWEEN 1 AND 60),
  approval_review_months  INTEGER NOT NULL DEFAULT 12 CHECK (approval_review_months BETWEEN 1 AND 36),
  dbs_renewal_years       INTEGER NOT NULL DEFAULT 3 CHECK (dbs_renewal_years BETWEEN 1 AND 10),
  recruitment_target_days INTEGER NOT NULL DEFAULT 120 CHECK (recruitment_target_days BETWEEN 7 AND 730),
  trial_stall_days        INTEGER NOT NULL DEFAULT 21 CHECK (trial_stall_days BETWEEN 1 AND 365),
  retention_years         INTEGER NOT NULL DEFAULT 8 CHECK (retention_years BETWEEN 1 AND 100),
  backup_folder           TEXT,
  created_at              TEXT NOT NULL,
  updated_at              TEXT NOT NULL,
  updated_by              TEXT NOT NULL
) STRICT;

CREATE TABLE staff (
  id             INTEGER PRIMARY KEY,
  name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
  role           TEXT NOT NULL DEFAULT 'coordinator'
                 CHECK (role IN ('coordinator', 'registered-manager', 'assessor', 'administrator')),
  email          TEXT,
  phone          TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  updated_by     TEXT NOT NULL,
  archived_at    TEXT,
  archive_reason TEXT,
  CHECK ((archived_at IS NULL) = (archive_reason IS NULL))
) STRICT;

-- Where enquiries come from; the scheme can add its own.
CREATE TABLE enquiry_source (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0)
) STRICT;
INSERT INTO enquiry_source (id, name) VALUES
  (1, 'Fostering agency'), (2, 'National campaign'), (3, 'Social media'),
  (4, 'Word of mouth'), (5, 'Local event'), (6, 'Other');

CREATE TABLE carer (
  id                    INTEGER PRIMARY KEY,
  first_name            TEXT NOT NULL CHECK (length(trim(first_name)) > 0),
  last_name             TEXT NOT NULL CHECK (length(trim(last_name)) > 0),
  preferred_name        TEXT,
  pronouns              TEXT,
  date_of_birth         TEXT CHECK (date_of_birth IS NULL OR date(date_of_birth) = date_of_birth),
  email                 TEXT,
  phone                 TEXT,
  address               TEXT,
  area                  TEXT,
  postcode              TEXT,
  household             TEXT,
  has_children          INTEGER NOT NULL DEFAULT 0 CHECK (has_children IN (0, 1)),
  pets                  TEXT,
  has_pets              INTEGER NOT NULL DEFAULT 0 CHECK (has_pets IN (0, 1)),
  smoking               TEXT NOT NULL DEFAULT 'non-smoking'
                        CHECK (smoking IN ('non-smoking', 'smokes-outside', 'smokes-indoors')),
  accommodation         TEXT,
  step_free             INTEGER NOT NULL DEFAULT 0 CHECK (step_free IN (0, 1)),
  accessibility         TEXT,
  languages             TEXT,
  faith                 TEXT,
  culture               TEXT,
  interests             TEXT,
  experience            TEXT,
  enquiry_source_id     INTEGER REFERENCES enquiry_source (id),
  enquiry_date          TEXT NOT NULL CHECK (date(enquiry_date) = enquiry_date),
  stage                 TEXT NOT NULL DEFAULT 'enquiry'
                        CHECK (stage IN ('enquiry', 'initial-visit', 'application', 'assessment',
                                         'preparation', 'ready-for-panel', 'approved',
                                         'on-hold', 'withdrawn', 'declined', 'approval-ended')),
  stage_since           TEXT NOT NULL CHECK (date(stage_since) = stage_since),
  assessor_id           INTEGER REFERENCES staff (id),
  coordinator_id        INTEGER REFERENCES staff (id),
  approved_long_term    INTEGER NOT NULL DEFAULT 0 CHECK (approved_long_term IN (0, 1)),
  approved_short_breaks INTEGER NOT NULL DEFAULT 0 CHECK (approved_short_breaks IN (0, 1)),
  approved_day_support  INTEGER NOT NULL DEFAULT 0 CHECK (approved_day_support IN (0, 1)),
  approved_emergency    INTEGER NOT NULL DEFAULT 0 CHECK (approved_emergency IN (0, 1)),
  approved_places       INTEGER NOT NULL DEFAULT 0 CHECK (approved_places BETWEEN 0 AND 3),
  approval_date         TEXT CHECK (approval_date IS NULL OR date(approval_date) = approval_date),
  next_approval_review  TEXT CHECK (next_approval_review IS NULL
                                    OR date(next_approval_review) = next_approval_review),
  photo                 BLOB,
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL,
  updated_by            TEXT NOT NULL,
  archived_at           TEXT,
  archive_reason        TEXT,
  CHECK ((archived_at IS NULL) = (archive_reason IS NULL)),
  -- An approved carer has terms: at least one arrangement type and 1 to 3 places.
  CHECK (stage <> 'approved' OR (approved_places BETWEEN 1 AND 3
         AND approved_long_term + approved_short_breaks + approved_day_support > 0
         AND approval_date IS NOT NULL AND next_approval_review IS NOT NULL))
) STRICT;
CREATE INDEX carer_stage ON carer (stage);

CREATE TABLE carer_stage_change (
  id          INTEGER PRIMARY KEY,
  carer_id    INTEGER NOT NULL REFERENCES carer (id),
  from_stage  TEXT,
  to_stage    TEXT NOT NULL,
  changed_on  TEXT NOT NULL CHECK (date(changed_on) = changed_on),
  changed_by  TEXT NOT NULL,
  note        TEXT
) STRICT;
CREATE INDEX carer_stage_change_carer ON carer_stage_change (carer_id);

CREATE TABLE household_member (
  id            INTEGER PRIMARY KEY,
  carer_id      INTEGER NOT NULL REFERENCES carer (id),
  name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
  relationship  TEXT,
  birth_year    INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2200),
  agreed_on     TEXT CHECK (agreed_on IS NULL OR date(agreed_on) = agreed_on),
  dbs_issued_on TEXT CHECK (dbs_issued_on IS NULL OR date(dbs_issued_on) = dbs_issued_on),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  updated_by    TEXT NOT NULL,
  archived_at   TEXT,
  archive_reason TEXT
) STRICT;
CREATE INDEX household_member_carer ON household_member (carer_id);

-- The checks a carer needs before panel, and the DBS renewal after.
CREATE TABLE carer_check (
  id           INTEGER PRIMARY KEY,
  carer_id     INTEGER NOT NULL REFERENCES carer (id),
  kind         TEXT NOT NULL CHECK (kind IN ('application', 'reference', 'dbs', 'home-safety',
                                             'household-agreement', 'preparation-training',
                                             'assessment-report')),
  completed_on TEXT NOT NULL CHECK (date(completed_on) = completed_on),
  expires_on   TEXT CHECK (expires_on IS NULL OR date(expires_on) = expires_on),
  detail       TEXT,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  updated_by   TEXT NOT NULL,
  archived_at  TEXT,
  archive_reason TEXT
) STRICT;
CREATE INDEX carer_check_carer ON carer_check (carer_id, kind);

CREATE TABLE training (
  id           INTEGER PRIMARY KEY,
  carer_id     INTEGER NOT NULL REFERENCES carer (id),
  course       TEXT NOT NULL CHECK (length(trim(course)) > 0),
  completed_on TEXT NOT NULL CHECK (date(completed_on) = completed_on),
  expires_on   TEXT CHECK (expires_on IS NULL OR date(expires_on) = expires_on),
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  updated_by   TEXT NOT NULL,
  archived_at  TEXT,
  archive_reason TEXT
) STRICT;
CREATE INDEX training_carer ON training (carer_id);

CREATE TABLE panel (
  id          INTEGER PRIMARY KEY,
  held_on     TEXT NOT NULL CHECK (date(held_on) = held_on),
  chair       TEXT,
  notes       TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL
) STRICT;

CREATE TABLE panel_decision (
  id          INTEGER PRIMARY KEY,
  panel_id    INTEGER NOT NULL REFERENCES panel (id),
  carer_id    INTEGER NOT NULL REFERENCES carer (id),
  decision    TEXT NOT NULL DEFAULT 'pending'
              CHECK (decision IN ('pending', 'approved', 'deferred', 'not-approved')),
  reasons     TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL,
  UNIQUE (panel_id, carer_id)
) STRICT;

CREATE TABLE person (
  id                   INTEGER PRIMARY KEY,
  first_name           TEXT NOT NULL CHECK (length(trim(first_name)) > 0),
  last_name            TEXT NOT NULL CHECK (length(trim(last_name)) > 0),
  preferred_name       TEXT,
  pronouns             TEXT,
  date_of_birth        TEXT NOT NULL CHECK (date(date_of_birth) = date_of_birth),
  phone                TEXT,
  address              TEXT,
  area                 TEXT,
  postcode             TEXT,
  -- Support needs: a comma-separated list of closed codes (see hearth-enums.c).
  support_needs        TEXT NOT NULL DEFAULT '',
  support_notes        TEXT,
  referral_date        TEXT NOT NULL CHECK (date(referral_date) = referral_date),
  referring_org        TEXT,
  referrer_name        TEXT,
  care_manager_name    TEXT,
  care_manager_contact TEXT,
  funding_route        TEXT NOT NULL DEFAULT 'council'
                       CHECK (funding_route IN ('council', 'chc', 'phb', 'section-117',
                                                'spot-purchase', 'joint')),
  care_plan_received   TEXT CHECK (care_plan_received IS NULL
                                   OR date(care_plan_received) = care_plan_received),
  risk_assessed_on     TEXT CHECK (risk_assessed_on IS NULL OR date(risk_assessed_on) = risk_assessed_on),
  risk_review_due      TEXT CHECK (risk_review_due IS NULL OR date(risk_review_due) = risk_review_due),
  risk_summary         TEXT,
  preferences          TEXT,
  interests            TEXT,
  wants_language       TEXT,
  wants_faith          TEXT,
  wants_culture        TEXT,
  avoid_pets           INTEGER NOT NULL DEFAULT 0 CHECK (avoid_pets IN (0, 1)),
  avoid_smoking        INTEGER NOT NULL DEFAULT 0 CHECK (avoid_smoking IN (0, 1)),
  avoid_children       INTEGER NOT NULL DEFAULT 0 CHECK (avoid_children IN (0, 1)),
  needs_step_free      INTEGER NOT NULL DEFAULT 0 CHECK (needs_step_free IN (0, 1)),
  status               TEXT NOT NULL DEFAULT 'referred'
                       CHECK (status IN ('referred', 'matching', 'in-trial', 'in-arrangement',
                                         'moved-on', 'closed')),
  advocate_name        TEXT,
  advocate_kind        TEXT CHECK (advocate_kind IS NULL OR advocate_kind IN ('advocate', 'named-person')),
  advocate_contact     TEXT,
  coordinator_id       INTEGER REFERENCES staff (id),
  photo                BLOB,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  updated_by           TEXT NOT NULL,
  archived_at          TEXT,
  archive_reason       TEXT,
  CHECK ((archived_at IS NULL) = (archive_reason IS NULL)),
  -- A person is 16 or older at referral.
  CHECK (date(date_of_birth, '+16 years') <= referral_date),
  -- Every risk assessment has a next review date, after the assessment.
  CHECK (risk_assessed_on IS NULL OR (risk_review_due IS NOT NULL AND risk_review_due > risk_assessed_on))
) STRICT;
CREATE INDEX person_status ON person (status);

CREATE TABLE pen_portrait (
  id                INTEGER PRIMARY KEY,
  person_id         INTEGER UNIQUE REFERENCES person (id),
  carer_id          INTEGER UNIQUE REFERENCES carer (id),
  about_me          TEXT NOT NULL DEFAULT '',
  what_matters      TEXT NOT NULL DEFAULT '',
  what_people_like  TEXT NOT NULL DEFAULT '',
  how_to_support    TEXT NOT NULL DEFAULT '',
  interests         TEXT NOT NULL DEFAULT '',
  things_to_avoid   TEXT NOT NULL DEFAULT '',
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  updated_by        TEXT NOT NULL,
  CHECK ((person_id IS NULL) <> (carer_id IS NULL))
) STRICT;

CREATE TABLE trial (
  id                 INTEGER PRIMARY KEY,
  person_id          INTEGER NOT NULL REFERENCES person (id),
  carer_id           INTEGER NOT NULL REFERENCES carer (id),
  arrangement_type   TEXT NOT NULL CHECK (arrangement_type IN ('long-term', 'short-breaks', 'day-support')),
  stage              TEXT NOT NULL DEFAULT 'proposed'
                     CHECK (stage IN ('proposed', 'portraits-shared', 'first-meeting',
                                      'further-visits', 'overnight-stay', 'trial-period', 'decision')),
  stage_since        TEXT NOT NULL CHECK (date(stage_since) = stage_since),
  trial_start        TEXT CHECK (trial_start IS NULL OR date(trial_start) = trial_start),
  trial_planned_end  TEXT CHECK (trial_planned_end IS NULL OR date(trial_planned_end) = trial_planned_end),
  person_decision    TEXT CHECK (person_decision IS NULL OR person_decision IN ('yes', 'no')),
  person_words       TEXT,
  person_decided_on  TEXT CHECK (person_decided_on IS NULL OR date(person_decided_on) = person_decided_on),
  carer_decision     TEXT CHECK (carer_decision IS NULL OR carer_decision IN ('yes', 'no')),
  carer_words        TEXT,
  carer_decided_on   TEXT CHECK (carer_decided_on IS NULL OR date(carer_decided_on) = carer_decided_on),
  outcome            TEXT NOT NULL DEFAULT 'open'
                     CHECK (outcome IN ('open', 'agreed', 'declined-by-person',
                                        'declined-by-carer', 'withdrawn')),
  closed_on          TEXT CHECK (closed_on IS NULL OR date(closed_on) = closed_on),
  closed_reason      TEXT,
  suggest_again      INTEGER NOT NULL DEFAULT 0 CHECK (suggest_again IN (0, 1)),
  notes              TEXT,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  updated_by         TEXT NOT NULL,
  CHECK (trial_planned_end IS NULL OR trial_start IS NULL OR trial_planned_end >= trial_start),
  -- Only both yeses make an agreed trial.
  CHECK (outcome <> 'agreed' OR (person_decision = 'yes' AND carer_decision = 'yes')),
  CHECK ((outcome = 'open') = (closed_on IS NULL))
) STRICT;
CREATE UNIQUE INDEX trial_one_open ON trial (person_id, carer_id) WHERE outcome = 'open';
CREATE INDEX trial_carer ON trial (carer_id);

CREATE TABLE trial_stage (
  id          INTEGER PRIMARY KEY,
  trial_id    INTEGER NOT NULL REFERENCES trial (id),
  stage       TEXT NOT NULL,
  reached_on  TEXT NOT NULL CHECK (date(reached_on) = reached_on),
  notes       TEXT,
  recorded_by TEXT NOT NULL
) STRICT;
CREATE INDEX trial_stage_trial ON trial_stage (trial_id);

CREATE TABLE arrangement (
  id                   INTEGER PRIMARY KEY,
  person_id            INTEGER NOT NULL REFERENCES person (id),
  carer_id             INTEGER NOT NULL REFERENCES carer (id),
  trial_id             INTEGER UNIQUE REFERENCES trial (id),
  arrangement_type     TEXT NOT NULL CHECK (arrangement_type IN ('long-term', 'short-breaks', 'day-support')),
  emergency            INTEGER NOT NULL DEFAULT 0 CHECK (emergency IN (0, 1)),
  manager_approved_by  TEXT,
  manager_approved_on  TEXT CHECK (manager_approved_on IS NULL OR date(manager_approved_on) = manager_approved_on),
  planning_meeting_due TEXT CHECK (planning_meeting_due IS NULL OR date(planning_meeting_due) = planning_meeting_due),
  nights_agreed        INTEGER CHECK (nights_agreed IS NULL OR nights_agreed BETWEEN 1 AND 366),
  days_agreed          TEXT,
  start_date           TEXT NOT NULL CHECK (date(start_date) = start_date),
  planned_end          TEXT CHECK (planned_end IS NULL OR date(planned_end) = planned_end),
  end_date             TEXT CHECK (end_date IS NULL OR date(end_date) = end_date),
  end_reason           TEXT CHECK (end_reason IS NULL OR end_reason IN (
                         'moved-to-own-home', 'needs-changed', 'ended-by-person', 'ended-by-carer',
                         'carer-stopped', 'died', 'emergency-ended', 'other')),
  end_note             TEXT,
  funding_route        TEXT NOT NULL CHECK (funding_route IN ('council', 'chc', 'phb', 'section-117',
                                                             'spot-purchase', 'joint')),
  weekly_fee_pence     INTEGER NOT NULL CHECK (weekly_fee_pence BETWEEN 0 AND 100000000),
  first_review_due     TEXT NOT NULL CHECK (date(first_review_due) = first_review_due),
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  updated_by           TEXT NOT NULL,
  CHECK ((end_date IS NULL) = (end_reason IS NULL)),
  CHECK (end_date IS NULL OR end_date >= start_date),
  -- An emergency placement is approved by the registered manager and time-limited.
  CHECK (emergency = 0 OR (manager_approved_by IS NOT NULL AND manager_approved_on IS NOT NULL
                           AND planned_end IS NOT NULL)),
  -- Outside emergencies an arrangement comes from a trial both sides agreed to.
  CHECK (emergency = 1 OR trial_id IS NOT NULL)
) STRICT;
CREATE INDEX arrangement_carer ON arrangement (carer_id, start_date, end_date);
CREATE INDEX arrangement_person ON arrangement (person_id);

CREATE TABLE review (
  id                     INTEGER PRIMARY KEY,
  subject                TEXT NOT NULL CHECK (subject IN ('arrangement', 'approval')),
  arrangement_id         INTEGER REFERENCES arrangement (id),
  carer_id               INTEGER REFERENCES carer (id),
  due_on                 TEXT NOT NULL CHECK (date(due_on) = due_on),
  held_on                TEXT CHECK (held_on IS NULL OR date(held_on) = held_on),
  reviewer               TEXT,
  reviewer_is_care_manager INTEGER NOT NULL DEFAULT 0 CHECK (reviewer_is_care_manager IN (0, 1)),
  care_manager_attended  INTEGER NOT NULL DEFAULT 0 CHECK (care_manager_attended IN (0, 1)),
  others_present         TEXT,
  advocate_name          TEXT,
  person_views           TEXT,
  carer_views            TEXT,
  risk_reviewed          INTEGER NOT NULL DEFAULT 0 CHECK (risk_reviewed IN (0, 1)),
  risk_next_review       TEXT CHECK (risk_next_review IS NULL OR date(risk_next_review) = risk_next_review),
  needs_changes          TEXT,
  next_steps             TEXT,
  approval_outcome       TEXT CHECK (approval_outcome IS NULL
                                     OR approval_outcome IN ('continue', 'change-terms', 'end-approval')),
  next_due               TEXT CHECK (next_due IS NULL OR date(next_due) = next_due),
  created_at             TEXT NOT NULL,
  updated_at             TEXT NOT NULL,
  updated_by             TEXT NOT NULL,
  CHECK ((subject = 'arrangement') = (arrangement_id IS NOT NULL)),
  CHECK ((subject = 'approval') = (carer_id IS NOT NULL)),
  -- A held review of an arrangement records the person's own views, and an advocate
  -- or named person whenever the reviewer is not the care manager.
  CHECK (subject <> 'arrangement' OR held_on IS NULL OR length(trim(coalesce(person_views, ''))) > 0),
  CHECK (subject <> 'arrangement' OR held_on IS NULL OR reviewer_is_care_manager = 1
         OR length(trim(coalesce(advocate_name, ''))) > 0),
  CHECK (held_on IS NULL OR length(trim(coalesce(reviewer, ''))) > 0),
  CHECK (risk_reviewed = 0 OR risk_next_review IS NOT NULL)
) STRICT;
CREATE INDEX review_arrangement ON review (arrangement_id);
CREATE INDEX review_due ON review (held_on, due_on);

CREATE TABLE review_action (
  id          INTEGER PRIMARY KEY,
  review_id   INTEGER NOT NULL REFERENCES review (id),
  action      TEXT NOT NULL CHECK (length(trim(action)) > 0),
  owner       TEXT NOT NULL CHECK (length(trim(owner)) > 0),
  due_on      TEXT NOT NULL CHECK (date(due_on) = due_on),
  done_on     TEXT CHECK (done_on IS NULL OR date(done_on) = done_on)
) STRICT;

CREATE TABLE review_outcome (
  id          INTEGER PRIMARY KEY,
  review_id   INTEGER NOT NULL REFERENCES review (id),
  area        TEXT NOT NULL CHECK (area IN ('friends', 'community', 'family', 'physical-health',
                                            'emotional-wellbeing', 'independence', 'choice-control',
                                            'safety')),
  answer      TEXT NOT NULL CHECK (answer IN ('better', 'no-different', 'worse')),
  comment     TEXT,
  UNIQUE (review_id, area)
) STRICT;

-- Every change, written in the same transaction as the change. Never edited by the app.
CREATE TABLE audit (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  who         TEXT NOT NULL,
  action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'archive', 'restore', 'stage',
                                              'erase', 'migrate')),
  record_type TEXT NOT NULL,
  record_id   INTEGER,
  changes     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(changes))
) STRICT;
CREATE INDEX audit_record ON audit (record_type, record_id);

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'The audit trail cannot be changed.'); END;

-- Records end or are archived; they are never silently deleted.
CREATE TRIGGER person_no_delete BEFORE DELETE ON person
BEGIN SELECT RAISE(ABORT, 'People are archived with a reason, never deleted.'); END;
CREATE TRIGGER carer_no_delete BEFORE DELETE ON carer
BEGIN SELECT RAISE(ABORT, 'Carers are archived with a reason, never deleted.'); END;
CREATE TRIGGER trial_no_delete BEFORE DELETE ON trial
BEGIN SELECT RAISE(ABORT, 'Trials are closed with a reason, never deleted.'); END;
CREATE TRIGGER arrangement_no_delete BEFORE DELETE ON arrangement
BEGIN SELECT RAISE(ABORT, 'Arrangements are ended with a reason, never deleted.'); END;
CREATE TRIGGER review_no_delete BEFORE DELETE ON review
BEGIN SELECT RAISE(ABORT, 'Reviews are never deleted.'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'The audit trail cannot be changed.'); END;

-- The last line of defence behind hearth-rules.c: an arrangement needs an approved carer,
-- approved for its type (and for emergencies), with a place free on every day it covers.
-- An arrangement covers its start date up to, not including, its end date, so one person
-- can leave and another arrive on the same day.
CREATE TRIGGER arrangement_rules_insert BEFORE INSERT ON arrangement
BEGIN
  SELECT RAISE(ABORT, 'The carer is not approved.')
   WHERE (SELECT stage FROM carer WHERE id = NEW.carer_id) <> 'approved';
  SELECT RAISE(ABORT, 'The carer is not approved for this type of arrangement.')
   WHERE NOT (SELECT CASE NEW.arrangement_type WHEN 'long-term' THEN approved_long_term
                                   WHEN 'short-breaks' THEN approved_short_breaks
                                   ELSE approved_day_support END
                FROM carer WHERE id = NEW.carer_id);
  SELECT RAISE(ABORT, 'The carer is not approved for emergency placements.')
   WHERE NEW.emergency = 1 AND NOT (SELECT approved_emergency FROM carer WHERE id = NEW.carer_id);
  SELECT RAISE(ABORT, 'The trial has not been agreed by both the person and the carer.')
   WHERE NEW.trial_id IS NOT NULL
     AND (SELECT outcome FROM trial WHERE id = NEW.trial_id) <> 'agreed';
  SELECT RAISE(ABORT, 'The carer has no place free for these dates.')
   WHERE (SELECT max((SELECT count(*) FROM arrangement b
                       WHERE b.carer_id = NEW.carer_id AND b.start_date <= p.day
                         AND (b.end_date IS NULL OR b.end_date > p.day)))
            FROM (SELECT NEW.start_date AS day
                  UNION SELECT a.start_date FROM arrangement a
                   WHERE a.carer_id = NEW.carer_id AND a.start_date > NEW.start_date
                     AND (NEW.end_date IS NULL OR a.start_date < NEW.end_date)) AS p)
         >= min(3, (SELECT approved_places FROM carer WHERE id = NEW.carer_id));
END;

CREATE TRIGGER arrangement_no_reopen BEFORE UPDATE OF carer_id, person_id, start_date, arrangement_type ON arrangement
BEGIN SELECT RAISE(ABORT, 'An arrangement''s carer, person, type and start cannot change; end it and start another.'); END;

-- Full-text search over people and carers: names, pen portraits, interests, support needs.
-- The rowid says whose row it is: a person's id * 2, or a carer's id * 2 + 1.
CREATE VIRTUAL TABLE search USING fts5 (
  names, portrait, interests, needs,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);

CREATE TRIGGER person_search_insert AFTER INSERT ON person BEGIN
  INSERT INTO search (rowid, names, portrait, interests, needs)
  VALUES (NEW.id * 2,
          NEW.first_name || ' ' || NEW.last_name || ' ' || coalesce(NEW.preferred_name, ''),
          '', coalesce(NEW.interests, '') || ' ' || coalesce(NEW.preferences, ''),
          replace(NEW.support_needs, '-', ' ') || ' ' || coalesce(NEW.support_notes, '')
          || ' ' || coalesce(NEW.area, ''));
END;
CREATE TRIGGER person_search_update AFTER UPDATE ON person BEGIN
  UPDATE search SET
    names = NEW.first_name || ' ' || NEW.last_name || ' ' || coalesce(NEW.preferred_name, ''),
    interests = coalesce(NEW.interests, '') || ' ' || coalesce(NEW.preferences, ''),
    needs = replace(NEW.support_needs, '-', ' ') || ' ' || coalesce(NEW.support_notes, '')
            || ' ' || coalesce(NEW.area, '')
  WHERE rowid = NEW.id * 2;
END;
CREATE TRIGGER carer_search_insert AFTER INSERT ON carer BEGIN
  INSERT INTO search (rowid, names, portrait, interests, needs)
  VALUES (NEW.id * 2 + 1,
          NEW.first_name || ' ' || NEW.last_name || ' ' || coalesce(NEW.preferred_name, ''),
          '', coalesce(NEW.interests, '') || ' ' || coalesce(NEW.languages, '')
              || ' ' || coalesce(NEW.faith, ''),
          coalesce(NEW.experience, '') || ' ' || coalesce(NEW.area, ''));
END;
CREATE TRIGGER carer_search_update AFTER UPDATE ON carer BEGIN
  UPDATE search SET
    names = NEW.first_name || ' ' || NEW.last_name || ' ' || coalesce(NEW.preferred_name, ''),
    interests = coalesce(NEW.interests, '') || ' ' || coalesce(NEW.languages, '')
                || ' ' || coalesce(NEW.faith, ''),
    needs = coalesce(NEW.experience, '') || ' ' || coalesce(NEW.area, '')
  WHERE rowid = NEW.id * 2 + 1;
END;
CREATE TRIGGER pen_portrait_search AFTER INSERT ON pen_portrait BEGIN
  UPDATE search SET portrait = NEW.about_me || ' ' || NEW.what_matters || ' '
                               || NEW.what_people_like || ' ' || NEW.how_to_support || ' '
                               || NEW.interests || ' ' || NEW.things_to_avoid
  WHERE rowid = coalesce(NEW.person_id * 2, NEW.carer_id * 2 + 1);
END;
CREATE TRIGGER pen_portrait_search_update AFTER UPDATE ON pen_portrait BEGIN
  UPDATE search SET portrait = NEW.about_me || ' ' || NEW.what_matters || ' '
                               || NEW.what_people_like || ' ' || NEW.how_to_support || ' '
                               || NEW.interests || ' ' || NEW.things_to_avoid
  WHERE rowid = coalesce(NEW.person_id * 2, NEW.carer_id * 2 + 1);
END;
