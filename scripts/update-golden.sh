#!/usr/bin/env bash
# Regenerates the golden files (tests/golden/**/*.expected) from the current build. Review the
# diff (`git diff tests/golden`) before committing: a golden change is a behaviour change.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cmake --build "$root/build" >/dev/null
CHIPGATE_UPDATE_GOLDEN=1 "$root/build/tests/chipgate_tests" --gtest_filter='Files/Golden*:GoldenProgram*' --gtest_brief=1 >/dev/null || true
git -C "$root" status --short tests/golden
