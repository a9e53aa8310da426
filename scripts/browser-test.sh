#!/usr/bin/env bash
# The web page in a real browser: starts `chipgate serve` on a free loopback port, loads each
# page in headless Chromium (Debian `chromium`), submits the check form through its URL (what
# the form's GET submission produces), checks the rendered DOM (--dump-dom), and writes a
# screenshot of each page to docs/screenshots/ (or $1) for a person to look at.
# Usage: scripts/browser-test.sh [SCREENSHOT_DIR]   (CHIPGATE: the binary, default build/chipgate;
# exits 1 on a failed check)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}
mkdir -p "$out"
command -v chromium >/dev/null || { echo "browser-test: chromium is not installed (apt-get install chromium)" >&2; exit 2; }
. scripts/start-server.sh
start_server
browser=(chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$work/profile" --window-size=1100,1400)

failed=0
expect() {  # URL NAME TEXT...: the DOM of URL contains every TEXT; screenshot to NAME.png
  local url=$1 name=$2; shift 2
  "${browser[@]}" --dump-dom "$url" >"$work/$name.html" 2>/dev/null
  for text in "$@"; do
    if ! grep -qF -- "$text" "$work/$name.html"; then echo "FAIL $name: no \`$text\` in the DOM of $url" >&2; failed=1; fi
  done
  (cd "$work" && "${browser[@]}" --screenshot="$work/$name.png" "$url" >/dev/null 2>&1) && cp "$work/$name.png" "$out/$name.png"
  echo "ok   $name ($url)"
}

expect "$base/" home '<form class="q" method="get" action="/check">' '<datalist id="items">' 'nvidia-h100-sxm5-80gb' 'name="claim"' 'name="quantity"'
expect "$base/check?item=nvidia-h100-sxm5-80gb&destination=CN&end_user=Huawei+Technologies&end_user_hq=CN&date=2025-02-01&end_use=none" memo \
  'data-outcome="license_required"' 'Reasons, margins and citations' 'Provenance' '3A090'
expect "$base/check?item=nvidia-h100-sxm5-80gb&destination=CN&end_user=&end_user_hq=CN&exporter_hq=&date=2025-02-01&claim=NLR&quantity=8" claim \
  'data-outcome="license_required"' 'Claim, reasons, margins and citations' 'data-verdict="violation"' 'value="NLR"'
expect "$base/check?item=%3Cb%3Enope%3C%2Fb%3E&destination=CN" error 'id="error"' '&lt;b&gt;nope&lt;/b&gt;'
expect "$base/screen?items=nvidia-h100-sxm5-80gb,nvidia-h20&destinations=CN,FR,AE&date=2025-02-01" screen 'Export-control screen' 'LIC:denial'
expect "$base/parties?name=Huawei+Technologies" parties 'data-finding="yes"'
expect "$base/audit" audit 'enctype="multipart/form-data"'
if grep -q '<script' "$work"/*.html; then echo "FAIL: a page has a script" >&2; failed=1; fi
[ "$failed" = 0 ] && echo "browser-test: all pages passed" || echo "browser-test: failures above" >&2
exit "$failed"
