-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 7: when the writer's process started (clock ticks after boot, as the
-- kernel counts them), so a lock whose process number now belongs to another program is
-- known to be stale.

ALTER TABLE writer ADD COLUMN started INTEGER;
