#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks po/POTFILES.in against the tree: every file with translatable strings is listed
# (sources and templates under src/ and resources/, data/*.in, the GSettings schema), and
# every file listed exists.
#
# Usage: check-potfiles.sh SOURCE_ROOT
set -euo pipefail
export LC_ALL=C

root=${1:?usage: check-potfiles.sh SOURCE_ROOT}
cd -- "$root"
potfiles=po/POTFILES.in
[ -f "$potfiles" ] || { echo "FAIL: $root/$potfiles is missing" >&2; exit 1; }

# The listed files: no comments, no blank lines, no [encoding: ...] line.
listed=$(sed -e 's/#.*//' -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' "$potfiles" \
  | grep -v -e '^$' -e '^\[' || true)

# Code marks a string literal with _("), N_("), C_("), NC_(") or the g_d*gettext family;
# a GtkBuilder template with translatable="yes". The leading class keeps MAX_( and the like
# out, and asking for the opening quote keeps out _() written in a comment.
code_pattern='(^|[^[:alnum:]_])(N|C|NC)?_\([[:space:]]*("|$)|g_dn?p?gettext'
ui_pattern='translatable="yes"'

find_translatable () {
  local dir
  for dir in src resources; do
    [ -d "$dir" ] || continue
    find "$dir" -type f \( -name '*.c' -o -name '*.h' \) -print0 \
      | xargs -0 -r grep -l -E -- "$code_pattern" || true
    find "$dir" -type f \( -name '*.ui' -o -name '*.xml' \) -print0 \
      | xargs -0 -r grep -l -F -- "$ui_pattern" || true
  done
  find data -maxdepth 1 -type f \( -name '*.in' -o -name '*.gschema.xml' \) -print
}

needed=$(find_translatable | sed 's|^\./||' | sort -u)

missing=$(comm -23 <(printf '%s\n' "$needed" | sed '/^$/d') \
                   <(printf '%s\n' "$listed" | sed '/^$/d' | sort -u))
absent=$(printf '%s\n' "$listed" | sed '/^$/d' | while IFS= read -r path; do
  [ -f "$path" ] || printf '%s\n' "$path"
done | sort -u)
duplicates=$(printf '%s\n' "$listed" | sed '/^$/d' | sort | uniq -d)

status=0
if [ -n "$missing" ]; then
  echo "FAIL: these files have translatable strings but are not in $potfiles:" >&2
  printf '%s\n' "$missing" | sed 's/^/  /' >&2
  status=1
fi
if [ -n "$absent" ]; then
  echo "FAIL: these files are in $potfiles but do not exist:" >&2
  printf '%s\n' "$absent" | sed 's/^/  /' >&2
  status=1
fi
if [ -n "$duplicates" ]; then
  echo "FAIL: these files are in $potfiles more than once:" >&2
  printf '%s\n' "$duplicates" | sed 's/^/  /' >&2
  status=1
fi
if [ "$(printf '%s\n' "$listed" | sort)" != "$listed" ]; then
  echo "note: $potfiles is not sorted; please keep it in 'LC_ALL=C sort' order" >&2
fi

if [ "$status" -eq 0 ]; then
  echo "ok: $potfiles lists all $(printf '%s\n' "$listed" | sed '/^$/d' | wc -l) files"
fi
exit "$status"
