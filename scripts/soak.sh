#!/usr/bin/env bash
# A bounded soak of `chipgate serve` (issue 14): SECONDS (default 180) of wrk driving a rotation
# of valid, malformed, unknown-item and oversized requests (scripts/wrk-soak.lua) while slow
# clients trickle requests a byte at a time and are cut off at the read deadline. The server's
# RSS (/proc/PID/status VmRSS) is sampled throughout; the soak passes when /healthz still
# answers ok and RSS after warm-up (the first third) grew by at most SOAK_MAX_GROWTH_KB (default
# 32768). Prints first/warm/last/max RSS. Exit 0 pass, 1 fail, 77 when wrk is not installed.
# Usage: scripts/soak.sh [SECONDS]   (CHIPGATE: the binary, default build/chipgate)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-180}
max_growth_kb=${SOAK_MAX_GROWTH_KB:-32768}
command -v wrk >/dev/null || { echo "soak: wrk is not installed (apt-get install wrk)" >&2; exit 77; }
# Under AddressSanitizer (scripts/test.sh --sanitize) freed memory is held in a quarantine of up
# to 256 MB before reuse, so RSS climbs while it fills and measures ASan, not the server: at
# 19k answers a second it filled after the warm-up (growth 250 MB; 5 MB with the quarantine
# capped). Cap it; the variable is ignored by builds without ASan.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=16:thread_local_quarantine_size_kb=64"
. scripts/start-server.sh
start_server --max-body-bytes 65536 --read-deadline 2

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$server/status"; }

# A slow client: opens a connection and sends a request a byte every 300 ms until the server
# cuts it off, then starts again, until the soak ends.
slow_client() {
  trap '' PIPE  # a write to a connection the server cut off is an error to notice, not the end
  local request="GET /healthz HTTP/1.1\r\nHost: soak\r\nX-Padding: $(printf 'a%.0s' $(seq 200))\r\n\r\n"
  while true; do
    exec 3<>"/dev/tcp/127.0.0.1/$port" || { sleep 1; continue; }
    local i
    for ((i = 0; i < ${#request}; i++)); do
      printf '%s' "${request:i:1}" >&3 2>/dev/null || break
      sleep 0.3
    done
    exec 3>&- 3<&- || true
    echo cut >>"$work/slow.log"
  done
}
for _ in 1 2 3; do
  slow_client 2>/dev/null &
  helper_pids+=($!)
done

wrk -t2 -c32 -d"${seconds}s" -s scripts/wrk-soak.lua "$base" >"$work/wrk.out" 2>&1 &
load=$!
interval=$(( seconds / 36 )); [ "$interval" -ge 1 ] || interval=1
samples=()
while kill -0 "$load" 2>/dev/null; do
  kill -0 "$server" 2>/dev/null || { echo "soak: the server died" >&2; tail -20 "$work/serve.log" >&2; exit 1; }
  samples+=("$(rss_kb)")
  sleep "$interval"
done
wait "$load" || true
for p in "${helper_pids[@]}"; do kill "$p" 2>/dev/null || true; done
samples+=("$(rss_kb)")

health=$(curl -s --max-time 10 "$base/healthz" || true)
n=${#samples[@]}
warm=${samples[$(( n / 3 ))]}
max_after=0
for ((i = n / 3; i < n; i++)); do [ "${samples[i]}" -gt "$max_after" ] && max_after=${samples[i]}; done
max_all=0
for s in "${samples[@]}"; do [ "$s" -gt "$max_all" ] && max_all=$s; done
growth=$(( max_after - warm ))
cut=$(wc -l <"$work/slow.log" 2>/dev/null || echo 0)

echo "soak: ${seconds}s, wrk -t2 -c32 with scripts/wrk-soak.lua and 3 slow clients"
grep -E 'requests in|Requests/sec|Socket errors|Non-2xx' "$work/wrk.out" | sed 's/^/  wrk: /'
echo "  RSS kB: first ${samples[0]}, after warm-up ${warm}, last ${samples[n-1]}, max ${max_all}; growth after warm-up ${growth} (limit ${max_growth_kb}); ${n} samples every ${interval}s"
echo "  slow connections cut off: ${cut}"
echo "  healthz: ${health:-no answer}"
status=0
[[ "$health" == *'"status":"ok"'* ]] || { echo "soak: FAIL: /healthz did not answer ok" >&2; status=1; }
[ "$growth" -le "$max_growth_kb" ] || { echo "soak: FAIL: RSS grew by ${growth} kB after warm-up" >&2; status=1; }
[ "$status" -eq 0 ] && echo "soak: PASS"
exit "$status"
