-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 5: matching. The points each part of a match's score is worth, which the
-- scheme sets, and each person's shortlist of carers worth introducing.

CREATE TABLE match_weight (
  factor TEXT PRIMARY KEY CHECK (factor IN ('interests', 'area', 'culture', 'access',
                                            'experience', 'household')),
  weight INTEGER NOT NULL CHECK (weight BETWEEN 0 AND 10)
) STRICT;

INSERT INTO match_weight (factor, weight) VALUES
  ('interests', 2), ('area', 3), ('culture', 3), ('access', 2), ('experience', 2),
  ('household', 2);

-- A carer taken off a shortlist keeps the row, with the day they were taken off.
CREATE TABLE shortlist (
  id          INTEGER PRIMARY KEY,
  person_id   INTEGER NOT NULL REFERENCES person (id),
  carer_id    INTEGER NOT NULL REFERENCES carer (id),
  added_on    TEXT NOT NULL CHECK (date(added_on) = added_on),
  added_by    TEXT NOT NULL,
  removed_on  TEXT CHECK (removed_on IS NULL OR date(removed_on) = removed_on),
  UNIQUE (person_id, carer_id)
) STRICT;

CREATE TRIGGER shortlist_no_delete BEFORE DELETE ON shortlist
WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress)
BEGIN SELECT RAISE(ABORT, 'Carers are taken off a shortlist, never deleted from it.'); END;
