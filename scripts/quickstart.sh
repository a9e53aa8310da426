#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a first result: installs the Debian packages
# chipgate needs (if missing), builds build/chipgate, and runs the main job: a batch audit of
# the bundled example shipment log (examples/shipments-2023-2026.csv) and license register
# (examples/licenses.csv) against the bundled rules and catalog, writing out/audit-report.html
# and out/audit.sqlite.
set -euo pipefail
CHIPGATE_ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$CHIPGATE_ROOT/scripts/deps.sh"
chipgate_install_deps
chipgate_build "$CHIPGATE_ROOT/build" "${CHIPGATE_DEFAULT_ARGS[@]}"
cd "$CHIPGATE_ROOT"
mkdir -p out
# Exit 1 means "the audit has findings", which the example log has on purpose.
status=0
./build/chipgate audit examples/shipments-2023-2026.csv --licenses examples/licenses.csv --db out/audit.sqlite --report out/audit-report.html || status=$?
if [ "$status" -gt 1 ]; then exit "$status"; fi
echo
echo "Open the report:   $CHIPGATE_ROOT/out/audit-report.html"
echo "Query the results: sqlite3 $CHIPGATE_ROOT/out/audit.sqlite \\"
echo '  "SELECT line, shipment_id, verdict, required FROM results_explained WHERE verdict <> '"'ok'"'"'
