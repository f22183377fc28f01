-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 3: erasure at the end of retention. Records are never deleted, except by
-- an erasure, which marks itself in erasure_in_progress for the length of its transaction
-- (the row never commits), so the guards below let exactly that through.

CREATE TABLE erasure_in_progress (
  id INTEGER PRIMARY KEY CHECK (id = 1)
) STRICT;

DROP TRIGGER person_no_delete;
DROP TRIGGER carer_no_delete;
DROP TRIGGER trial_no_delete;
DROP TRIGGER arrangement_no_delete;
DROP TRIGGER review_no_delete;
DROP TRIGGER audit_no_delete;

CREATE TRIGGER person_no_delete BEFORE DELETE ON person
WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress)
BEGIN SELECT RAISE(ABORT, 'People are archived with a reason, never deleted.'); END;
CREATE TRIGGER carer_no_delete BEFORE DELETE ON carer
WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress)
BEGIN SELECT RAISE(ABORT, 'Carers are archived with a reason, never deleted.'); END;
CREATE TRIGGER trial_no_delete BEFORE DELETE ON trial
WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress)
BEGIN SELECT RAISE(ABORT, 'Trials are closed with a reason, never deleted.'); END;
CREATE TRIGGER arrangement_no_delete BEFORE DELETE ON arrangement
WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress)
BEGIN SELECT RAISE(ABORT, 'Arrangements are ended with a reason, never deleted.'); END;
CREATE TRIGGER review_no_delete BEFORE DELETE ON review
WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress)
BEGIN SELECT RAISE(ABORT, 'Reviews are never deleted.'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
WHEN NOT EXISTS (SELECT 1 FROM erasure_in_progress)
BEGIN SELECT RAISE(ABORT, 'The audit trail cannot be changed.'); END;
