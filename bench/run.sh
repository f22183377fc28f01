#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# bench/run.sh: Hearth's figures beside their baselines, on the demo scheme and on a scheme
# the size of England's whole Shared Lives population (hearth-cli demo --scale 200).
#
#   bench/run.sh [BUILD_DIR]      (default: _build; needs xvfb-run, xdotool, sqlite3 and
#                                  gnome-text-editor, which it installs with apt as root)
#
# Baselines, measured in the same run: the same SQL through the sqlite3 shell (the floor for
# the data work), an empty libadwaita window (bench/hearth-bare-window.c: the floor for the
# window's launch and memory) and gnome-text-editor, a well-made GTK 4 application, under
# the same Xvfb. Each figure is printed beside its baseline and Hearth's target for it.
# Nothing here passes or fails.
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

meson compile -C "$build" hearth hearth-cli hearth-bench hearth-bare-window >/dev/null
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

# A figure from a bench's output; the first, where a view was run again after one got stuck.
figure() { awk -F'\t' -v n="$2" '$1 == n { print $2; exit }' "$1"; }

number() { awk -v a="$1" 'BEGIN { exit !(a != "" && a + 0 == a) }'; }

row() {   # label, Hearth's figure, baseline, unit[, target]
  local ratio="–" unit=$4
  if number "$2" && number "$3" && awk -v b="$3" 'BEGIN { exit !(b > 0) }'; then
    ratio=$(awk -v a="$2" -v b="$3" 'BEGIN { printf "%.2f×", a / b }')
  fi
  # A figure in words ("over 30 s", "no search") has no unit.
  if [ -n "$2" ] && ! number "$2"; then
    printf '  %-52s %14s %10s %7s   %s\n' "$1" "$2" "${3:-–}" "$ratio" "${5:-}"
    return
  fi
  printf '  %-52s %10s %-3s %10s %7s   %s\n' "$1" "${2:-–}" "$unit" "${3:-–}" "$ratio" "${5:-}"
}

header() {
  printf '  %-52s %10s %-3s %10s %7s   %s\n' "" "Hearth" "" "baseline" "ratio" "target"
}

# A launch-time.py run, started alone in its own Xvfb and D-Bus session: "ms<TAB>runs<TAB>MB".
launch() {   # window name pattern, command...
  local pattern=$1
  shift
  # The accessibility registry may announce itself on stdout first: the figures are the last line.
  xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- 2>/dev/null \
    "$here/launch-time.py" 5 "$pattern" -- "$@" | tail -n 1
}

views=(dashboard recruitment people carers matching trials arrangements reviews history)

# Each view on the scheme, in the sidebar's order, in one window. A view stuck past the
# bench's limit ends its run; the next run goes on from the view after it.
gui_views() {   # scheme file, output file
  local file=$1 out=$2 rest=(all) part stuck
  : > "$out"
  while [ ${#rest[@]} -gt 0 ]; do
    part=$(mktemp)
    # The first run in a fresh D-Bus session starts its portals; only the second is counted.
    xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session -- sh -c \
      "'$build/bench/hearth-bench' gui '$file' >/dev/null;
       '$build/bench/hearth-bench' gui '$file' ${rest[*]}" > "$part" 2>/dev/null || true
    cat "$part" >> "$out"
    stuck=$(awk -F'\t' '$1 == "stuck" { print $2 }' "$part")
    rm -f "$part"
    [ -n "$stuck" ] || break
    [ "${rest[0]}" = all ] && rest=("${views[@]}")
    while [ ${#rest[@]} -gt 0 ] && [ "${rest[0]}" != "$stuck" ]; do rest=("${rest[@]:1}"); done
    rest=("${rest[@]:1}")
  done
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

# Launch to a visible window, timed from outside for every program alike: first, since the
# bare window's figures are the baselines of the window's targets below.
launch_work=$(mktemp -d)
cp "$cache/large.hearth" "$launch_work/large.hearth"
IFS=$'\t' read -r bare_ms bare_runs bare_mb <<<"$(launch 'Bare Window' "$build/bench/hearth-bare-window")"
IFS=$'\t' read -r demo_ms demo_runs demo_mb <<<"$(launch 'Hearth' "$build/src/gui/hearth" "$cache/demo.hearth")"
IFS=$'\t' read -r large_ms large_runs large_mb <<<"$(launch 'Hearth' "$build/src/gui/hearth" "$launch_work/large.hearth")"
IFS=$'\t' read -r editor_ms editor_runs editor_mb <<<"$(launch 'Text Editor|Untitled|New Document' gnome-text-editor --new-window)"
rm -rf "$launch_work"

plus() { awk -v a="$1" -v b="$2" 'BEGIN { if (a + 0 > 0) printf "%.0f", a + b }'; }
scaled() { awk -v a="$1" -v b="$2" 'BEGIN { if (a + 0 > 0) printf "%.0f", a * b }'; }

for scheme in demo large; do
  file=$cache/$scheme.hearth
  people=$(sqlite3 "$file" "SELECT count(*) FROM person")
  work=$(mktemp -d)
  cp "$file" "$work/bench.hearth"

  "$build/bench/hearth-bench" core "$work/bench.hearth" > "$work/core.tsv"
  if [ "$scheme" = large ]; then
    gui_views "$work/bench.hearth" "$work/gui.tsv"
    memory_slack=60
  else
    xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session -- sh -c \
      "'$build/bench/hearth-bench' gui '$work/bench.hearth' >/dev/null;
       '$build/bench/hearth-bench' gui '$work/bench.hearth'" > "$work/gui.tsv" 2>/dev/null
    memory_slack=30
  fi

  echo
  echo "== $scheme scheme: $people people, $(du -h "$file" | cut -f1) =="
  header
  row "open scheme (sqlite3: quick_check)" "$(figure "$work/core.tsv" 'open scheme')" \
      "$(sql_ms "$work/bench.hearth" 'PRAGMA quick_check(1);')" ms
  row "people list loaded (sqlite3: SELECT *)" "$(figure "$work/core.tsv" 'people list loaded and sorted')" \
      "$(sql_ms "$work/bench.hearth" 'SELECT * FROM person ORDER BY last_name;')" ms
  row "search per keystroke, median (FTS5)" "$(figure "$work/core.tsv" 'search per keystroke, median')" \
      "$(search_sql "$work/bench.hearth")" ms
  row "search per keystroke, 95th percentile" "$(figure "$work/core.tsv" 'search per keystroke, 95th percentile')" "" ms
  row "save one edit, durable (sqlite3: UPDATE)" "$(figure "$work/core.tsv" 'save one edit (durable), median')" \
      "$(sql_ms "$work/bench.hearth" "PRAGMA synchronous=FULL; BEGIN IMMEDIATE; UPDATE person SET area = area WHERE id = 1; COMMIT;")" ms \
      "<= 3 ms, as on the demo"
  row "  of it the store alone, no list open" "$(figure "$work/core.tsv" 'save one edit (durable), store only, median')" "" ms
  row "dashboard's queries, median" "$(figure "$work/core.tsv" 'dashboard queries, median')" "" ms
  row "suggestions for one person, median (sqlite3: the facts)" \
      "$(figure "$work/core.tsv" 'suggestions for one person, median')" \
      "$(sql_ms "$work/bench.hearth" "SELECT * FROM carer WHERE stage = 'approved' AND archived_at IS NULL; SELECT carer_id, count(*) FROM arrangement WHERE end_date IS NULL OR end_date > '2026-11-22' GROUP BY carer_id; SELECT carer_id, outcome, stage, closed_on FROM trial WHERE person_id = 1;")" ms
  row "suggestions for one person, 95th percentile" \
      "$(figure "$work/core.tsv" 'suggestions for one person, 95th percentile')" "" ms
  row "window: first frame (in process)" "$(figure "$work/gui.tsv" 'window: first frame')" "" ms
  if [ "$scheme" = large ]; then
    row "window: people list shown, after start" "$(figure "$work/gui.tsv" 'window: people list shown')" "" ms "<= 600 ms"
  else
    row "window: people list shown, after start" "$(figure "$work/gui.tsv" 'window: people list shown')" "" ms
  fi
  row "peak memory, core (RSS)" "$(figure "$work/core.tsv" 'peak memory (RSS)')" "" MB
  row "peak memory, window (RSS; bare window)" "$(figure "$work/gui.tsv" 'window: peak memory (RSS)')" \
      "$bare_mb" MB "<= $(plus "$bare_mb" $memory_slack) MB (bare + $memory_slack)"

  if [ "$scheme" = large ]; then
    echo
    echo "  each view, asked for from the sidebar (limit 30 s each)"
    for view in "${views[@]}"; do
      row "$view: shown with its rows" "$(figure "$work/gui.tsv" "view $view: shown")" "" ms "<= 300 ms"
      row "$view: search per keystroke, 95th percentile" \
          "$(figure "$work/gui.tsv" "view $view: search per keystroke, 95th percentile")" "" ms "<= 8 ms"
      row "  of it the view's own search handlers" \
          "$(figure "$work/gui.tsv" "view $view: search alone, 95th percentile")" "" ms
    done
    after=$(figure "$work/gui.tsv" 'window: memory after every view (RSS)')
    row "window memory after every view (RSS; bare)" \
        "${after:-not measured: a view was over its limit}" "$bare_mb" MB \
        "<= $(plus "$bare_mb" 100) MB (bare + 100)"
  fi
  rm -rf "$work"
done

echo
echo "== launch to first window, median of 5 (Xvfb, same method for every program) =="
header
row "bare AdwApplicationWindow" "$bare_ms" "" ms
row "hearth on the demo scheme (bare window)" "$demo_ms" "$bare_ms" ms "<= $(scaled "$bare_ms" 1.1) ms (1.1× bare)"
row "hearth on the scale-200 scheme (bare window)" "$large_ms" "$bare_ms" ms "<= $(scaled "$bare_ms" 1.2) ms (1.2× bare)"
row "gnome-text-editor (bare window)" "$editor_ms" "$bare_ms" ms
row "peak memory a second later: bare window" "$bare_mb" "" MB
row "  hearth on the demo (bare window)" "$demo_mb" "$bare_mb" MB "<= $(plus "$bare_mb" 30) MB (bare + 30)"
row "  hearth on scale 200 (bare window)" "$large_mb" "$bare_mb" MB "<= $(plus "$bare_mb" 60) MB (bare + 60)"
row "  gnome-text-editor (bare window)" "$editor_mb" "$bare_mb" MB
echo "  runs (ms): bare $bare_runs · hearth demo $demo_runs · hearth scale 200 $large_runs ·" \
     "gnome-text-editor $editor_runs"
