#!/usr/bin/env bash
# Builds (if needed) and runs the whole test suite.
#   scripts/test.sh              the normal build in build/
#   scripts/test.sh --sanitize   an ASan+UBSan build with clang in build-asan/ (what CI also runs);
#                                the same tree builds the libFuzzer targets (scripts/fuzz.sh), so
#                                CI compiles the library once for both
set -euo pipefail
CHIPGATE_ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$CHIPGATE_ROOT/scripts/deps.sh"
chipgate_install_deps

dir="$CHIPGATE_ROOT/build"
extra=("${CHIPGATE_DEFAULT_ARGS[@]}")
if [ "${1:-}" = "--sanitize" ]; then
  chipgate_install_clang
  dir="$CHIPGATE_ROOT/build-asan"
  extra=("${CHIPGATE_SANITIZE_ARGS[@]}")
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi
chipgate_build "$dir" "${extra[@]}"
ctest --test-dir "$dir" --output-on-failure -j "$(nproc)"
