#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks Hearth's shared-mime-info package: it compiles cleanly into a throwaway MIME
# database, and GIO then recognises scheme files by name and by their "HRTH" header.
#
# Usage: check-mime.sh MIME_XML [UPDATE_MIME_DATABASE [GIO]]
set -euo pipefail

mime_xml=${1:?usage: check-mime.sh MIME_XML [UPDATE_MIME_DATABASE [GIO]]}
update_mime_database=${2:-update-mime-database}
gio=${3:-gio}
type=application/x-hearth-scheme

tmp=$(mktemp -d)
trap 'rm -rf -- "$tmp"' EXIT

fail () {
  echo "FAIL: $*" >&2
  exit 1
}

# Only the throwaway database and the system's, never the caller's own ~/.local/share/mime.
export XDG_DATA_HOME="$tmp/home"
export XDG_DATA_DIRS="$tmp/share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"

mkdir -p "$tmp/share/mime/packages" "$tmp/home"
cp -- "$mime_xml" "$tmp/share/mime/packages/"

# update-mime-database exits 0 even when it cannot parse a package, so read what it says.
if ! "$update_mime_database" "$tmp/share/mime" >"$tmp/update.log" 2>&1; then
  cat "$tmp/update.log" >&2
  fail "update-mime-database failed"
fi
if grep -qiE 'error|failed|warning|invalid|unknown' "$tmp/update.log"; then
  cat "$tmp/update.log" >&2
  fail "update-mime-database complained about $mime_xml"
fi
[ -f "$tmp/share/mime/$type.xml" ] || fail "no $type.xml in the generated database"
grep -q '\*\.hearth' "$tmp/share/mime/globs2" || fail "no *.hearth glob in the generated database"
echo "ok: update-mime-database made $type"

if ! command -v "$gio" >/dev/null 2>&1; then
  echo "ok: gio is not installed, so detection by content was not checked"
  exit 0
fi

# The first 100 bytes of an SQLite file: its 16-byte signature, then zeros, with an
# optional 4-byte application id at offset 68.
write_header () {
  local path=$1 app_id=$2
  {
    printf 'SQLite format 3\000'
    head -c 52 /dev/zero
    if [ -n "$app_id" ]; then
      printf '%s' "$app_id"
    else
      head -c 4 /dev/zero
    fi
    head -c 28 /dev/zero
  } >"$path"
}

content_type () {
  "$gio" info --attributes=standard::content-type -- "$1" \
    | sed -n 's/^ *standard::content-type: *//p'
}

expect () {
  local path=$1 want=$2 got
  got=$(content_type "$path")
  [ "$got" = "$want" ] || fail "$(basename -- "$path") is detected as '$got', not '$want'"
  echo "ok: $(basename -- "$path") is $want"
}

mkdir -p "$tmp/files"
# No file name extension, so only the magic can tell.
write_header "$tmp/files/scheme" HRTH
write_header "$tmp/files/other-database" ""
# A scheme file is known by its name even before its header is written.
write_header "$tmp/files/Training.hearth" ""

expect "$tmp/files/scheme" "$type"
expect "$tmp/files/other-database" application/vnd.sqlite3
expect "$tmp/files/Training.hearth" "$type"
