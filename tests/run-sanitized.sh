#!/usr/bin/env bash
# Builds Hearth again with AddressSanitizer and UndefinedBehaviorSanitizer and runs the unit
# suite in that build: memory errors and undefined behaviour fail the test.
# Usage: run-sanitized.sh SOURCE_ROOT BUILD_DIR
set -euo pipefail
source_root=$1
build_dir=$2

if [ ! -f "$build_dir/build.ninja" ]; then
  meson setup "$build_dir" "$source_root" -Db_sanitize=address,undefined -Db_lundef=false \
    --buildtype=debug >/dev/null
fi

export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1:halt_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$source_root/tests/lsan.supp:print_suppressions=0
ninja -C "$build_dir" >/dev/null
meson test -C "$build_dir" --no-rebuild --suite unit --print-errorlogs
