#!/usr/bin/env bash
# The libFuzzer build (clang 14, ASan+UBSan), see docs/fuzzing.md.
#   scripts/fuzz.sh build                      build every fuzz target in build-fuzz/ (what CI does)
#   scripts/fuzz.sh run TARGET [SECONDS]       fuzz TARGET (parse, audit_log, catalog) from its corpus
set -euo pipefail
CHIPGATE_ROOT=$(cd "$(dirname "$0")/.." && pwd)
dir="$CHIPGATE_ROOT/build-fuzz"
targets=(parse_fuzzer audit_log_fuzzer catalog_fuzzer)

if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "chipgate: installing clang and libclang-rt-14-dev for the fuzz build" >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends clang libclang-rt-14-dev \
    || { $sudo apt-get update -q && $sudo env DEBIAN_FRONTEND=noninteractive \
           apt-get install -y --no-install-recommends clang libclang-rt-14-dev; }
fi

if [ ! -f "$dir/build.ninja" ]; then
  # Assertions stay on (no -DNDEBUG): docs/fuzzing.md says why.
  cmake -S "$CHIPGATE_ROOT" -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
    -DCHIPGATE_FUZZ=ON -DCHIPGATE_SANITIZE=ON -DCHIPGATE_BUILD_BENCH=OFF >/dev/null
fi
cmake --build "$dir" -j "$(nproc)" --target "${targets[@]}"

if [ "${1:-build}" = "run" ]; then
  name=${2:?usage: scripts/fuzz.sh run TARGET [SECONDS]}
  seconds=${3:-300}
  work=$(mktemp -d "/tmp/chipgate-fuzz-$name-XXXXXX")
  cp "$CHIPGATE_ROOT/tests/fuzz/corpus/$name/"* "$work/"
  echo "corpus copy in $work; reproducers land in the current folder" >&2
  "$dir/tests/fuzz/${name}_fuzzer" "$work" -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
fi
