#!/usr/bin/env bash
# Installs the Debian 12 packages chipgate builds and runs with, if any are missing.
# Sourced by quickstart.sh and test.sh; safe to run again (it does nothing when all are present).
set -euo pipefail

CHIPGATE_PACKAGES=(
  g++ cmake ninja-build pkg-config
  libboost-dev libtomlplusplus-dev libsqlite3-dev libfmt-dev nlohmann-json3-dev libicu-dev libcpp-httplib-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  sqlite3
  wrk    # the test suite's short soak of `chipgate serve` (skipped without it)
)

chipgate_missing_packages() {
  local missing=()
  for p in "${CHIPGATE_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
    fi
  done
  echo "${missing[@]:-}"
}

chipgate_install_deps() {
  local missing
  missing=$(chipgate_missing_packages)
  [ -z "$missing" ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "chipgate: installing Debian packages: $missing" >&2
  # shellcheck disable=SC2086
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing \
    || { $sudo apt-get update -q && $sudo env DEBIAN_FRONTEND=noninteractive \
           apt-get install -y --no-install-recommends $missing; }
}

# The normal build (build/, what the quick start and the tests use): optimised, with line tables
# and function names (-g1), all that perf, backtraces and the sanitizers' reports read. Full
# debug info (-g) made each compile 13-19 % slower in the build CI waits for; configure a tree of
# your own with -g to step through locals in a debugger.
CHIPGATE_DEFAULT_ARGS=("-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG")

# The sanitizer and fuzz build: clang 14 with libFuzzer, ASan and UBSan, -O1 with assertions on
# (docs/fuzzing.md says why), fuzz targets included. Line tables are all the sanitizers' reports
# need (file:line in each frame); full debug info made the objects 1.6-1.8x larger and the
# compiles about 10 % slower, in the longest job CI runs.
CHIPGATE_SANITIZE_ARGS=(-DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo
  "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only" -DCHIPGATE_SANITIZE=ON -DCHIPGATE_FUZZ=ON
  -DCHIPGATE_BUILD_BENCH=OFF)

chipgate_install_clang() {
  if command -v clang++ >/dev/null && ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    return 0
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "chipgate: installing clang and libclang-rt-14-dev for the sanitizer and fuzz build" >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends clang libclang-rt-14-dev \
    || { $sudo apt-get update -q && $sudo env DEBIAN_FRONTEND=noninteractive \
           apt-get install -y --no-install-recommends clang libclang-rt-14-dev; }
}

# Configures (once) and builds a tree. $1 = build directory, rest = extra CMake arguments.
chipgate_build() {
  local dir=$1; shift
  if [ ! -f "$dir/build.ninja" ]; then
    cmake -S "$CHIPGATE_ROOT" -B "$dir" -G Ninja "$@" >/dev/null
  fi
  cmake --build "$dir" -j "$(nproc)"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  CHIPGATE_ROOT=$(cd "$(dirname "$0")/.." && pwd)
  chipgate_install_deps
fi
