#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# bench/run.sh: Hearth's figures beside their baselines, on the demo scheme and on a scheme
# the size of England's whole Shared Lives population (hearth-cli demo --scale 200).
#
#   bench/run.sh [BUILD_DIR]      (default: _build; needs xvfb-run, xdotool, sqlite3 and
#                                  gnome-text-editor, which it installs with apt as root)
#
# Baselines, measured in the same run: the same SQL through the sqlite3 shell (the floor for
# the data work) and the launch of gnome-text-editor, a well-made GTK 4 application, under
# the same Xvfb. Nothing here passes or fails.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${1:-$root/_build}
cache=${XDG_CACHE_HOME:-$HOME/.cache}/hearth-bench
export HEARTH_TODAY=${HEARTH_TODAY:-2026-11-22} TZ=UTC LC_ALL=C.UTF-8
export GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR=$build/data

missing=()
for tool in xvfb-run:xvfb xdotool:xdotool sqlite3:sqlite3 gnome-text-editor:gnome-text-editor \
            dbus-run-session:dbus; do
  command -v "${tool%%:*}" >/dev/null || missing+=("${tool##*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "bench/run.sh needs: ${missing[*]} (sudo apt install ${missing[*]})" >&2
    exit 1
  fi
fi

meson compile -C "$build" hearth hearth-cli hearth-bench >/dev/null
cli=$build/src/cli/hearth-cli
mkdir -p "$cache"

# The demo scheme is made afresh; the large one (80 s to make) is kept between runs.
rm -f "$cache/demo.hearth" "$cache"/demo.hearth-*
"$cli" demo "$cache/demo.hearth" >/dev/null
if [ ! -f "$cache/large.hearth" ]; then
  echo "Making the scale-200 scheme once (about a minute and a half)…" >&2
  "$cli" demo --scale 200 "$cache/large.hearth.tmp" >/dev/null
  mv "$cache/large.hearth.tmp" "$cache/large.hearth"
fi

# Milliseconds the sqlite3 shell takes for SQL, the median of five runs.
sql_ms() {
  local file=$1 sql=$2
  for _ in 1 2 3 4 5; do
    printf '.timer on\n%s\n' "$sql" | sqlite3 "$file" 2>&1 | awk '/^Run Time/ { t += $4 } END { printf "%.3f\n", t * 1000 }'
  done | sort -n | sed -n 3p
}

figure() { awk -F'\t' -v n="$2" '$1 == n { print $2 }' "$1"; }

row() {   # label, Hearth's figure, baseline, unit
  local ratio="–"
  if [ -n "$3" ] && awk -v b="$3" 'BEGIN { exit !(b > 0) }'; then
    ratio=$(awk -v a="$2" -v b="$3" 'BEGIN { printf "%.1f×", a / b }')
  fi
  printf '  %-42s %10s %-3s %12s %8s\n' "$1" "$2" "$4" "${3:-–}" "$ratio"
}

search_sql() {
  local file=$1
  local queries=(g ga gar gard garde garden m ma mar mart marti martin)
  local total=0 t
  for q in "${queries[@]}"; do
    t=$(sql_ms "$file" "SELECT count(*) FROM search WHERE search MATCH '\"$q\"*' AND rowid % 2 = 0;")
    total=$(awk -v a="$total" -v b="$t" 'BEGIN { print a + b }')
  done
  awk -v t="$total" -v n=${#queries[@]} 'BEGIN { printf "%.3f", t / n }'
}

for scheme in demo large; do
  file=$cache/$scheme.hearth
  people=$(sqlite3 "$file" "SELECT count(*) FROM person")
  work=$(mktemp -d)
  cp "$file" "$work/bench.hearth"

  "$build/bench/hearth-bench" core "$work/bench.hearth" > "$work/core.tsv"
  # The first run in a fresh D-Bus session starts its portals; only the second is counted.
  xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session -- sh -c \
    "'$build/bench/hearth-bench' gui '$work/bench.hearth' >/dev/null;
     '$build/bench/hearth-bench' gui '$work/bench.hearth'" > "$work/gui.tsv" 2>/dev/null

  echo
  echo "== $scheme scheme: $people people, $(du -h "$file" | cut -f1) =="
  printf '  %-42s %10s %-3s %12s %8s\n' "" "Hearth" "" "baseline" "ratio"
  row "open scheme (sqlite3: quick_check)" "$(figure "$work/core.tsv" 'open scheme')" \
      "$(sql_ms "$work/bench.hearth" 'PRAGMA quick_check(1);')" ms
  row "people list loaded (sqlite3: SELECT *)" "$(figure "$work/core.tsv" 'people list loaded and sorted')" \
      "$(sql_ms "$work/bench.hearth" 'SELECT * FROM person ORDER BY last_name;')" ms
  row "search per keystroke, median (FTS5)" "$(figure "$work/core.tsv" 'search per keystroke, median')" \
      "$(search_sql "$work/bench.hearth")" ms
  row "search per keystroke, 95th percentile" "$(figure "$work/core.tsv" 'search per keystroke, 95th percentile')" "" ms
  row "save one edit, durable (sqlite3: UPDATE)" "$(figure "$work/core.tsv" 'save one edit (durable), median')" \
      "$(sql_ms "$work/bench.hearth" "PRAGMA synchronous=FULL; BEGIN IMMEDIATE; UPDATE person SET area = area WHERE id = 1; COMMIT;")" ms
  row "dashboard's queries, median" "$(figure "$work/core.tsv" 'dashboard queries, median')" "" ms
  row "suggestions for one person, median (sqlite3: the facts)" \
      "$(figure "$work/core.tsv" 'suggestions for one person, median')" \
      "$(sql_ms "$work/bench.hearth" "SELECT * FROM carer WHERE stage = 'approved' AND archived_at IS NULL; SELECT carer_id, count(*) FROM arrangement WHERE end_date IS NULL OR end_date > '2026-11-22' GROUP BY carer_id; SELECT carer_id, outcome, stage, closed_on FROM trial WHERE person_id = 1;")" ms
  row "suggestions for one person, 95th percentile" \
      "$(figure "$work/core.tsv" 'suggestions for one person, 95th percentile')" "" ms
  row "window: first frame (in process)" "$(figure "$work/gui.tsv" 'window: first frame')" "" ms
  row "window: people list shown" "$(figure "$work/gui.tsv" 'window: people list shown')" "" ms
  row "peak memory, core (RSS)" "$(figure "$work/core.tsv" 'peak memory (RSS)')" "" MB
  row "peak memory, window (RSS)" "$(figure "$work/gui.tsv" 'window: peak memory (RSS)')" "" MB
  rm -rf "$work"
done

# Launch to a visible window, timed from outside for both programs alike.
echo
echo "== launch to first window, median of 5 (Xvfb, same method for both) =="
launch=$(xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- 2>/dev/null \
  "$here/launch-time.py" 5 'Hearth' -- "$build/src/gui/hearth" "$cache/demo.hearth")
editor=$(xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- 2>/dev/null \
  "$here/launch-time.py" 5 'Text Editor|Untitled|New Document' -- gnome-text-editor --new-window)
# The accessibility registry may announce itself on stdout first: the figures are the last line.
IFS=$'\t' read -r launch_ms launch_runs launch_mb <<<"$(tail -n 1 <<<"$launch")"
IFS=$'\t' read -r editor_ms editor_runs editor_mb <<<"$(tail -n 1 <<<"$editor")"
row "hearth on the demo scheme (gnome-text-editor)" "$launch_ms" "$editor_ms" ms
row "peak memory a second later (gnome-text-editor)" "$launch_mb" "$editor_mb" MB
echo "  runs: hearth $launch_runs · gnome-text-editor $editor_runs"
