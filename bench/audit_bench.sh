#!/usr/bin/env bash
# The audit benchmark: generates a 1,000,000-line shipment log in a temp folder, then times, side
# by side on the same file, `sqlite3 .import --csv` (loading the raw CSV into a table, the floor
# for "CSV into SQLite") and `chipgate audit` (parse, decide under the rules of each ship date,
# explain, and store every row in one transaction). Prints both times, the ratio and the peak
# memory of each. Not part of the test suite: it takes tens of seconds.
#   bench/audit_bench.sh [ROWS]        (default 1000000; build/chipgate must exist)
#   KEEP=DIR bench/audit_bench.sh      keeps the log and both databases in DIR (for profiling)
#   LICENSES=10000 bench/audit_bench.sh   also a register of that many licenses: the license
#                                      claims of the log name them (some expired, some for
#                                      another end user, some exhausted) and the audit runs
#                                      with --licenses (one pass when the log is in
#                                      ship-date order, as this one is)
#   CHIPGATE=path/to/chipgate ...      another build, to compare before and after a change
#   NAMES=50000 bench/audit_bench.sh   that many distinct end users (each shipping to one
#                                      destination, as real customers mostly do), one row in
#                                      500 naming a party listed in the bundled sample: every
#                                      row's end user is screened, so this measures screening
#   PARTY_ENTRIES=30000 ...            screen against a generated list of that many entries
#                                      (the real CSL has about 26,000) as well as the bundled
#                                      sample, written by build/bench/chipgate_party_list
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ROWS=${1:-1000000}
CHIPGATE=${CHIPGATE:-"$ROOT/build/chipgate"}
LICENSES=${LICENSES:-0}
NAMES=${NAMES:-0}
PARTY_ENTRIES=${PARTY_ENTRIES:-0}
PARTY_LIST_TOOL=${PARTY_LIST_TOOL:-"$ROOT/build/bench/chipgate_party_list"}
[ -x "$CHIPGATE" ] || { echo "build first: cmake -S . -B build -G Ninja && cmake --build build" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "needs sqlite3 (apt-get install sqlite3)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }

if [ -n "${KEEP:-}" ]; then
  WORK=$KEEP
  mkdir -p "$WORK"
  rm -f "$WORK/import.sqlite" "$WORK/audit.sqlite"
else
  WORK=$(mktemp -d /tmp/chipgate-audit-bench.XXXXXX)
  trap 'rm -rf "$WORK"' EXIT
fi
LOG="$WORK/shipments.csv"

# A deterministic synthetic log: real catalog ids, destinations and claims in realistic
# proportions, one quoted end user in five (commas and doubled quotes), CRLF line ends, some
# blank end_user_hq values, dates over the whole span of the rules (2022-10 .. 2026-11).
awk -v rows="$ROWS" -v licenses="$LICENSES" -v names="$NAMES" 'BEGIN {
  n_items = split("nvidia-h100-sxm5-80gb nvidia-a100-sxm4-80gb nvidia-h20 nvidia-rtx-4090 nvidia-l40s nvidia-l20 amd-mi300x nvidia-a800-sxm4-80gb nvidia-h200-sxm-141gb nvidia-b200 nvidia-dgx-h100 intel-gaudi2 nvidia-l4 amd-mi210 sk-hynix-hbm3e-36gb-12high nvidia-rtx-4090d", items, " ")
  n_dest = split("DE JP US SG MY CN HK AE VN IN SA GB FR KR TW NL MO IL BR TH", dests, " ")
  n_claim = split("NLR,NLR,NLR,,D1234567,D7654321,NAC,ACA,NLR,D2345678", claims, ",")
  printf "shipment_id,ship_date,item,quantity,destination,end_user,end_user_hq,claimed\r\n"
  srand(42)
  for (i = 1; i <= rows; i++) {
    day = int(i * 1500 / rows)  # days after 2022-10-10
    y = 2022; m = 10; d = 10 + day
    while (1) {
      dim = (m == 2) ? ((y % 4 == 0) ? 29 : 28) : ((m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31)
      if (d <= dim) break
      d -= dim; m++; if (m > 12) { m = 1; y++ }
    }
    dest = dests[1 + int(rand() * n_dest)]
    hq = (rand() < 0.08) ? "" : ((rand() < 0.1) ? "CN" : dest)
    eu = (i % 5 == 0) ? "\"Acme \"\"North\"\", Ltd " i % 997 "\"" : "Example Research Institute " i % 991
    if (names > 0) {  # a customer base: each end user ships to its own country
      n = int(rand() * names)
      dest = dests[1 + n % n_dest]
      eu = (n % 5 == 0) ? "\"Acme \"\"North\"\", Ltd " n "\"" : "Example Research Institute " n
      if (i % 500 == 0) eu = (i % 1000 == 0) ? "Sophgo Technologies Ltd." : "KAL TEK LABS"
    }
    claim = claims[1 + int(rand() * n_claim)]
    if (licenses > 0 && claim ~ /^D/) {  # a registered license; its end user as the register names it
      lic = int(rand() * licenses)
      claim = sprintf("D%07d", 1000000 + lic)
      eu = (lic % 50 == 7) ? "Someone Else Ltd" : "\"Licensee " lic " Co., Ltd.\""
    }
    printf "SO-%07d,%04d-%02d-%02d,%s,%d,%s,%s,%s,%s\r\n", i, y, m, d, items[1 + int(rand() * n_items)], 1 + int(rand() * 64), dest, eu, hq, claim
  }
}' > "$LOG"
REGISTER="$WORK/licenses.csv"
LICENSE_ARGS=()
if [ "$LICENSES" -gt 0 ]; then
  # Every item by ECCN paragraph and most by catalog id, the log's destinations; one in 40
  # licenses expired early, one in 25 with a quantity small enough to run out.
  awk -v n="$LICENSES" 'BEGIN {
    printf "license_number,items,destinations,end_user,quantity,valid_from,valid_to,value,currency,conditions\n"
    for (l = 0; l < n; l++) {
      to = (l % 40 == 3) ? "2023-06-30" : "2026-12-31"
      qty = (l % 25 == 5) ? 40 : 100000
      printf "D%07d,3A090;4A090;nvidia-rtx-4090;nvidia-l4;nvidia-h20,DE;JP;US;SG;MY;CN;HK;AE;VN;IN;SA;GB;FR;KR;TW;NL;MO;IL;BR;TH,Licensee %d Co. Ltd,%d,2022-10-01,%s,%d.00,USD,\n", 1000000 + l, l, qty, to, 1000 * (l + 1)
    }
  }' > "$REGISTER"
  LICENSE_ARGS=(--licenses "$REGISTER")
  echo "register: $LICENSES licenses ($REGISTER)"
fi
PARTY_ARGS=()
if [ "$PARTY_ENTRIES" -gt 0 ]; then
  [ -x "$PARTY_LIST_TOOL" ] || { echo "build $PARTY_LIST_TOOL first (target chipgate_party_list)" >&2; exit 2; }
  "$PARTY_LIST_TOOL" "$PARTY_ENTRIES" "$WORK/parties.csv"
  PARTY_ARGS=(--parties "$ROOT/lists/csl-sample.csv" --parties "$WORK/parties.csv")
  echo "parties: the bundled sample and $PARTY_ENTRIES generated entries ($WORK/parties.csv)"
fi
LINES=$(($(wc -l < "$LOG") - 1))
SIZE=$(du -h "$LOG" | cut -f1)
echo "log: $LINES rows, $SIZE ($LOG)"

measure() {  # label, command...: prints "label seconds peak_kib"
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$WORK/time.$label" "$@" > "$WORK/out.$label" 2> "$WORK/err.$label" || true
  read -r secs kib < <(tail -n 1 "$WORK/time.$label")  # GNU time may first note a non-zero exit
  echo "$secs $kib"
}

sync
cat "$LOG" > /dev/null  # same page-cache state for both
read -r import_s import_kib < <(measure import sqlite3 "$WORK/import.sqlite" ".import --csv $LOG shipments")
read -r audit_s audit_kib < <(measure audit "$CHIPGATE" audit "$LOG" --db "$WORK/audit.sqlite" "${LICENSE_ARGS[@]}" "${PARTY_ARGS[@]}")
imported=$(sqlite3 "$WORK/import.sqlite" "SELECT count(*) FROM shipments")
audited=$(sqlite3 "$WORK/audit.sqlite" "SELECT count(*) FROM results")
ratio=$(awk -v a="$audit_s" -v b="$import_s" 'BEGIN { printf "%.2f", a / b }')

echo "sqlite3 .import --csv : ${import_s} s, peak RSS $((import_kib / 1024)) MiB, $imported rows"
echo "chipgate audit        : ${audit_s} s, peak RSS $((audit_kib / 1024)) MiB, $audited rows"
echo "ratio audit / import  : ${ratio} (target <= 1.5)"
echo "database sizes        : import $(du -h "$WORK/import.sqlite" | cut -f1), audit $(du -h "$WORK/audit.sqlite" | cut -f1)"
sed -n '2,8p' "$WORK/out.audit"
