#!/usr/bin/env bash
# The libFuzzer build (clang 14, ASan+UBSan), see docs/fuzzing.md.
#   scripts/fuzz.sh build                      build every fuzz target in build-asan/
#   scripts/fuzz.sh run TARGET [SECONDS]       fuzz TARGET (parse, audit_log, catalog, csl_csv, csl_json, sdn, licenses, mapping, case_file)
set -euo pipefail
CHIPGATE_ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$CHIPGATE_ROOT/scripts/deps.sh"
chipgate_install_deps
chipgate_install_clang
# The fuzz targets live in the sanitizer tree (scripts/test.sh --sanitize builds them too).
dir="$CHIPGATE_ROOT/build-asan"
chipgate_build "$dir" "${CHIPGATE_SANITIZE_ARGS[@]}"

if [ "${1:-build}" = "run" ]; then
  name=${2:?usage: scripts/fuzz.sh run TARGET [SECONDS]}
  seconds=${3:-300}
  work=$(mktemp -d "/tmp/chipgate-fuzz-$name-XXXXXX")
  cp "$CHIPGATE_ROOT/tests/fuzz/corpus/$name/"* "$work/"
  echo "corpus copy in $work; reproducers land in the current folder" >&2
  "$dir/tests/fuzz/${name}_fuzzer" "$work" -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
fi
