#!/usr/bin/env bash
# Installs the library from build/ into a temporary prefix, builds examples/embed against the
# installed CMake package (find_package(chipgate CONFIG)), runs it, and checks that it printed
# check's JSON for an H100 to China (license required). What CI runs to keep the package usable.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
prefix=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$prefix" "$work"' EXIT
cmake --install "$root/build" --prefix "$prefix" >/dev/null
cmake -S "$root/examples/embed" -B "$work" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$work" >/dev/null
out=$("$work/embed")
grep -q '"outcome": "license_required"' <<<"$out" || { echo "embed: unexpected output:" >&2; echo "$out" >&2; exit 1; }
grep -q '"item": "nvidia-h100-sxm5-80gb"' <<<"$out"
echo "embed example: built against the installed package and ran (license_required)"
