-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 6: a tamper-evident audit trail. Each entry carries a SHA-256 hash over the
-- hash of the entry before it and its own columns, worked out by Hearth as it writes the
-- entry (hearth-audit-chain.c), so an entry changed, removed or slipped in behind Hearth's
-- back breaks the chain from there on. A plain file cannot stop someone who has it from
-- editing it; the chain makes the edit visible to `hearth-cli check` and the History view.
--
-- An erasure no longer deletes the erased record's entries: it empties them and marks them
-- erased, keeping each one's hash so the chain still holds, and its own entry lists them by
-- number (numbers only, nothing about the person).

ALTER TABLE audit ADD COLUMN hash TEXT;
ALTER TABLE audit ADD COLUMN erased INTEGER NOT NULL DEFAULT 0 CHECK (erased IN (0, 1));

DROP TRIGGER audit_no_update;
DROP TRIGGER audit_no_delete;

-- Two changes only: the hash given once to an entry written before this version (as this
-- migration does), and an erasure emptying an entry while keeping its hash.
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
WHEN NOT (NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.who = OLD.who
          AND NEW.action = OLD.action AND NEW.record_type = OLD.record_type
          AND NEW.record_id IS OLD.record_id
          AND ((OLD.hash IS NULL AND NEW.hash IS NOT NULL
                AND NEW.changes = OLD.changes AND NEW.erased = OLD.erased)
               OR (EXISTS (SELECT 1 FROM erasure_in_progress) AND NEW.hash IS OLD.hash
                   AND OLD.erased = 0 AND NEW.erased = 1 AND NEW.changes = '{}')))
BEGIN SELECT RAISE(ABORT, 'The audit trail cannot be changed.'); END;

CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'The audit trail cannot be changed.'); END;
