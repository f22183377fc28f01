-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2: who has the scheme open for writing. One row at most; a second Hearth,
-- here or on another computer sharing the folder, opens the scheme read-only and says who.

CREATE TABLE writer (
  id       INTEGER PRIMARY KEY CHECK (id = 1),
  user     TEXT NOT NULL,
  host     TEXT NOT NULL,
  pid      INTEGER NOT NULL,
  boot_id  TEXT NOT NULL,
  token    TEXT NOT NULL,
  since    TEXT NOT NULL
) STRICT;
