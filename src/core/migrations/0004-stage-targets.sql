-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 4: a target length for each stage of carer recruitment, which the scheme
-- sets; the whole process keeps its target in scheme.recruitment_target_days (120 days).
-- The defaults add up to that overall target.

CREATE TABLE stage_target (
  stage TEXT PRIMARY KEY CHECK (stage IN ('enquiry', 'initial-visit', 'application',
                                          'assessment', 'preparation', 'ready-for-panel')),
  days  INTEGER NOT NULL CHECK (days BETWEEN 1 AND 365)
) STRICT;

INSERT INTO stage_target (stage, days) VALUES
  ('enquiry', 7), ('initial-visit', 14), ('application', 21), ('assessment', 42),
  ('preparation', 21), ('ready-for-panel', 15);
