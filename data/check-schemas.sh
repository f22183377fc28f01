#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that the build compiled Hearth's settings schema where the tests look for it
# (GSETTINGS_SCHEMA_DIR=<build>/data), with the keys and defaults the window relies on.
#
# Usage: check-schemas.sh SCHEMA_DIR SCHEMA_ID [GSETTINGS]
set -euo pipefail

schema_dir=${1:?usage: check-schemas.sh SCHEMA_DIR SCHEMA_ID [GSETTINGS]}
schema_id=${2:?usage: check-schemas.sh SCHEMA_DIR SCHEMA_ID [GSETTINGS]}
gsettings=${3:-}

fail () {
  echo "FAIL: $*" >&2
  exit 1
}

[ -s "$schema_dir/gschemas.compiled" ] || fail "no gschemas.compiled in $schema_dir"
echo "ok: $schema_dir/gschemas.compiled"

if [ -z "$gsettings" ]; then
  echo "ok: gsettings is not installed, so the keys were not checked"
  exit 0
fi

# Never read or write the user's own settings.
export GSETTINGS_BACKEND=memory

get () {
  "$gsettings" --schemadir "$schema_dir" get "$schema_id" "$1"
}

expect () {
  local key=$1 want=$2 got
  got=$(get "$key") || fail "the schema has no key $key"
  [ "$got" = "$want" ] || fail "$key defaults to $got, not $want"
  echo "ok: $key = $got"
}

expect window-width 1100
expect window-height 720
expect window-maximized false
expect recent-schemes '@as []'
expect last-view "'people'"
expect people-sort "'name'"
expect carers-sort "'name'"
