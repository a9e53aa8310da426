#!/usr/bin/env bash
# The printed pages (issue 13): prints the audit report of the example log and the screen matrix
# (every ISO destination, unmerged, and merged) to PDF with headless Chromium, then checks what
# paper needs: the report's page count stays under a limit (findings flow, explanations printed
# but pruned), the matrix pages are landscape, and every matrix column header is in the PDF's
# text. Leaves the PDFs and 50 dpi PNGs of the first pages in $1 (default: a temporary
# directory, printed at the end) for a person to look at.
# Usage: scripts/print-check.sh [OUT_DIR]   (needs build/chipgate, chromium, poppler-utils;
# exits 1 on a failed check, 2 on a missing tool)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d)}
mkdir -p "$out"
for tool in chromium pdfinfo pdftotext pdftoppm; do
  command -v "$tool" >/dev/null || { echo "print-check: $tool is not installed (apt-get install chromium poppler-utils)" >&2; exit 2; }
done
report_page_limit=${REPORT_PAGE_LIMIT:-90}   # 74 pages for the 40 findings of the example log
failed=0
fail() { echo "print-check: FAIL: $*" >&2; failed=1; }

pdf() {  # pdf HTML PDF
  timeout 300 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$2" "file://$(realpath "$1")" 2>/dev/null
  [[ -s $2 ]] || { echo "print-check: chromium wrote no $2" >&2; exit 1; }
}
pages() { pdfinfo "$1" | awk '/^Pages:/ {print $2}'; }

rm -f "$out/audit.sqlite"
./build/chipgate audit examples/shipments-2023-2026.csv --db "$out/audit.sqlite" --report "$out/report.html" >/dev/null || true
grep -q '<script' "$out/report.html" && fail "the report has a <script>"
pdf "$out/report.html" "$out/report.pdf"
n=$(pages "$out/report.pdf")
echo "report: $n pages (limit $report_page_limit)"
(( n <= report_page_limit )) || fail "the report prints on $n pages, over $report_page_limit"
pdftotext "$out/report.pdf" "$out/report.txt"
grep -q 'Printed explanation' "$out/report.txt" || fail "the report's explanations are not on paper"

check_matrix() {  # check_matrix NAME SCREEN-ARGS...
  local name=$1; shift
  ./build/chipgate screen --format html "$@" >"$out/$name.html"
  grep -q '<script' "$out/$name.html" && fail "$name has a <script>"
  pdf "$out/$name.html" "$out/$name.pdf"
  pdfinfo "$out/$name.pdf" | grep -q 'Page size:.*792 x 612' || fail "$name is not printed landscape"
  pdftotext "$out/$name.pdf" "$out/$name.txt"
  # The column headers of the on-screen table: its header row is the one with title attributes.
  local labels missing=0 total=0
  labels=$(grep -m1 '^<thead><tr><th>product</th><th>classification</th><th title' "$out/$name.html" |
    grep -o '<th title="[^"]*">[^<]*</th>' | sed 's/.*">\([^<]*\)<\/th>/\1/; s/&amp;/\&/g')
  while IFS= read -r label; do
    [[ -z $label ]] && continue
    total=$((total + 1))
    grep -qwF -- "$label" "$out/$name.txt" || { missing=$((missing + 1)); echo "  $name: column $label is not in the PDF" >&2; }
  done <<<"$labels"
  local columns
  columns=$(grep -o 'Destinations [0-9]*&ndash;[0-9]* of [0-9]*' "$out/$name.html" | tail -1 | sed 's/.* of //')
  echo "$name: $(pages "$out/$name.pdf") pages, $total columns ($columns in the printed chunks), $missing missing from the PDF"
  [[ $total == "$columns" ]] || fail "$name: the printed chunks end at column $columns of $total"
  (( missing == 0 )) || fail "$name: $missing column headers are not in the PDF"
}
check_matrix screen
check_matrix screen-merged --merge
check_matrix screen-groups --to-group D:1,D:4,D:5,E:1 --to CN,AE,SA

for f in report screen; do pdftoppm -png -r 50 -l 3 "$out/$f.pdf" "$out/$f"; done
echo "PDFs and PNGs in $out"
exit "$failed"
