#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Opens Hearth's window on the demo scheme in the Flatpak sandbox, waits for its title,
# then asks the app to quit through its own "quit" action and expects a clean exit.
# run-ci.sh runs it under xvfb-run and dbus-run-session, with FLATPAK_USER_DIR set.
#
# Usage: check-window.sh APP_ID APP_OBJECT_PATH LOG
set -euo pipefail

app_id=${1:?usage: check-window.sh APP_ID APP_OBJECT_PATH LOG}
app_path=${2:?usage: check-window.sh APP_ID APP_OBJECT_PATH LOG}
log=${3:?usage: check-window.sh APP_ID APP_OBJECT_PATH LOG}

fail () {
  echo "FAIL: $*"
  exit 1
}

flatpak --user run "$app_id" --demo >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT

# The window is titled "SCHEME — Hearth" once the demo scheme is open; "Hearth" before.
title=
for _ in $(seq 1 120); do
  kill -0 "$pid" 2>/dev/null || fail "hearth exited before its window showed the demo scheme"
  title=$(xwininfo -root -tree | grep -o '"[^"]* — Hearth"' | head -n 1 || true)
  [ -n "$title" ] && break
  sleep 0.5
done
[ -n "$title" ] || fail "no window titled \"… — Hearth\" after 60 seconds"
echo "ok: the window is open on the demo scheme: $title"

# A window backs its scheme up soon after it opens: that backup must land in the app's own
# data folder (the sandbox can write nowhere else but Documents, Hearth).
backups=$HOME/.var/app/$app_id/data/hearth
backup=
for _ in $(seq 1 60); do
  backup=$(find "$backups" -path '* backups/*.hearth' -type f -newer "$log" 2>/dev/null | head -n 1)
  [ -n "$backup" ] && break
  sleep 0.5
done
[ -n "$backup" ] || fail "no backup in $backups 30 seconds after the demo scheme opened"
echo "ok: the window backed the demo scheme up: ${backup#"$backups"/}"

# Hearth may be gone before its reply is (NoReply): its exit status below is what counts.
if ! gdbus call --session --dest "$app_id" --object-path "$app_path" \
       --method org.gtk.Actions.Activate quit '[]' '{}' >"$log.gdbus" 2>&1 \
   && ! grep -q 'Error.NoReply' "$log.gdbus"; then
  cat "$log.gdbus" >>"$log"
  fail "could not ask hearth to quit over D-Bus"
fi
rm -f "$log.gdbus"
for _ in $(seq 1 40); do
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.25
done
kill -0 "$pid" 2>/dev/null && fail "hearth did not quit within 10 seconds of being asked"
trap - EXIT
status=0
wait "$pid" || status=$?
[ "$status" = 0 ] || fail "hearth exited with status $status"
if grep -E 'CRITICAL|Gtk-WARNING|Adwaita-WARNING|Hearth-WARNING' "$log"; then
  fail "hearth logged warnings (above)"
fi
echo "ok: hearth quit cleanly"
