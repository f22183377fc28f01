#!/usr/bin/env bash
# Builds Hearth with clang, libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer, and
# runs every fuzz target for a fixed number of inputs from the corpus kept in the tree.
# Usage: run-fuzz.sh SOURCE_ROOT BUILD_DIR [RUNS]
set -euo pipefail
source_root=$1
build_dir=$2
runs=${3:-20000}

if ! command -v clang >/dev/null; then
  echo "clang is not installed: cannot build the fuzz targets" >&2
  exit 77
fi

if [ ! -f "$build_dir/build.ninja" ]; then
  CC=clang meson setup "$build_dir" "$source_root" -Dfuzz=true \
    -Db_sanitize=address,undefined -Db_lundef=false --buildtype=debug \
    -Dc_args=-fsanitize=fuzzer-no-link >/dev/null
fi
targets="fuzz-open fuzz-text fuzz-id fuzz-money fuzz-date fuzz-csv"
ninja -C "$build_dir" $(printf "tests/fuzz/%s " $targets) >/dev/null

export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for target in $targets; do
  work=$(mktemp -d)
  cp "$source_root/tests/fuzz/corpus/$target"/* "$work/"
  echo "$target: $runs inputs"
  # libFuzzer's own exit status for a crash is 77, which meson reads as a skip.
  "$build_dir/tests/fuzz/$target" -runs="$runs" -max_len=65536 -seed=1 -error_exitcode=1 \
    -artifact_prefix="$work/" \
    -dict="$source_root/tests/fuzz/$target.dict" "$work" 2>&1 | tail -n 2
  rm -rf "$work"
done
