#!/usr/bin/env bash
# Builds (if needed) and runs the whole test suite.
#   scripts/test.sh              the normal build in build/
#   scripts/test.sh --sanitize   an ASan+UBSan build in build-asan/ (what CI also runs)
set -euo pipefail
CHIPGATE_ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$CHIPGATE_ROOT/scripts/deps.sh"
chipgate_install_deps

dir="$CHIPGATE_ROOT/build"
extra=()
if [ "${1:-}" = "--sanitize" ]; then
  dir="$CHIPGATE_ROOT/build-asan"
  extra=(-DCHIPGATE_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug -DCHIPGATE_BUILD_BENCH=OFF)
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi
chipgate_build "$dir" "${extra[@]}"
ctest --test-dir "$dir" --output-on-failure -j "$(nproc)"
