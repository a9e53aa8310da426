#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a first result: installs the Debian packages
# chipgate needs (if missing), builds build/chipgate, and runs the main job on the bundled
# catalog and rules.
set -euo pipefail
CHIPGATE_ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$CHIPGATE_ROOT/scripts/deps.sh"
chipgate_install_deps
chipgate_build "$CHIPGATE_ROOT/build"
cd "$CHIPGATE_ROOT"
./build/chipgate catalog list
