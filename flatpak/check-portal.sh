#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What a scheme file handed over by the document portal allows inside the Flatpak sandbox:
# the way GtkFileChooserNative hands files over when the app cannot see them itself.
# run-ci.sh runs it in dbus-run-session, with FLATPAK_USER_DIR, HOME and XDG_RUNTIME_DIR set,
# XDP_OUTSIDE a folder the sandbox cannot see holding Portal.hearth, XDP_APP_ID the app.
# It reports findings and fails only when the probe itself cannot run.
set -uo pipefail

app_id=${XDP_APP_ID:?}
outside=${XDP_OUTSIDE:?}
doc_root=$XDG_RUNTIME_DIR/doc

/usr/libexec/xdg-document-portal >"$outside/xdg-document-portal.log" 2>&1 &
portal=$!
# Unmount before asking the portal to stop: on SIGTERM it waits for its FUSE threads, which
# wait for the mount to go, so the other way round can hang the whole run.
stop_portal () {
  if mountpoint -q "$doc_root"; then fusermount3 -u "$doc_root" || umount -l "$doc_root"; fi
  kill "$portal" 2>/dev/null
  for _ in $(seq 1 50); do
    kill -0 "$portal" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL "$portal" 2>/dev/null
  wait "$portal" 2>/dev/null
}
trap stop_portal EXIT
for _ in $(seq 1 100); do
  [ -d "$doc_root/by-app" ] && break
  sleep 0.1
done
[ -d "$doc_root/by-app" ] || { echo "FAIL: the document portal did not start"; exit 1; }

# Read, write and delete: what the file chooser portal grants for a file the user picked.
host_path=$(flatpak document-export --allow-read --allow-write --allow-delete \
              --app="$app_id" "$outside/Portal.hearth") \
  || { echo "FAIL: flatpak document-export"; exit 1; }
# The path the app is given inside the sandbox (a symlink there leads to /run/flatpak/doc).
doc=/run/user/$(id -u)/doc/${host_path#"$doc_root"/}
echo "portal: the sandbox is handed $doc"

probe () {
  local what=$1 out status=0
  shift
  out=$(flatpak --user run --command=hearth-cli "$app_id" "$@" 2>&1) || status=$?
  if [ "$status" = 0 ]; then
    echo "portal: hearth-cli $what: works"
  else
    echo "portal: hearth-cli $what: fails (exit $status): $(tail -n 1 <<<"$out")"
  fi
}
probe "check" check "$doc"
probe "add-carer (a write)" add-carer --first-name=Portal --last-name=Probe "$doc"
probe "backup" backup "$doc"

# Below Hearth: SQLite's byte-range locks and a folder beside the file, with the Sdk's
# Python (the same sandbox permissions, --devel only swaps the runtime for the Sdk).
flatpak --user run --devel --command=python3 "$app_id" - "/run/flatpak/doc/${host_path#"$doc_root"/}" <<'PY' 2>&1 | sed 's/^/portal: /'
import fcntl, os, sqlite3, sys
path = sys.argv[1]
fd = os.open(path, os.O_RDWR)
try:
    fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB, 1, 1073741824)
    print('a POSIX byte-range lock (what SQLite takes): works')
except OSError as error:
    print(f'a POSIX byte-range lock (what SQLite takes): fails: {error}')
os.close(fd)
try:
    os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    print('open with O_NOFOLLOW (what Hearth asks SQLite for): works')
except OSError as error:
    print(f'open with O_NOFOLLOW (what Hearth asks SQLite for): fails: {error}')
try:
    db = sqlite3.connect(path)
    db.execute('select count(*) from sqlite_master').fetchone()
    print('SQLite, a plain open and read: works')
except sqlite3.Error as error:
    print(f'SQLite, a plain open and read: fails: {error}')
try:
    os.mkdir(os.path.join(os.path.dirname(path), 'Portal backups'))
    print('a backup folder beside the file: works')
except OSError as error:
    print(f'a backup folder beside the file: fails: {error}')
PY
exit 0
