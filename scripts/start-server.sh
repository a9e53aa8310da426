# shellcheck shell=bash
# Sourced, not run, by the scripts that drive a real `chipgate serve` (browser-test.sh, soak.sh),
# from the repository root. `start_server [SERVE ARGS...]` starts $CHIPGATE (default
# build/chipgate) on a free loopback port (port 0: the kernel picks one, so runs never collide)
# with its runs and log in a fresh temporary folder, waits until it listens, and sets
#   work         the temporary folder (serve.log, runs/; the script's own files go here too)
#   server       the server's pid
#   port, base   where it listens; base is http://127.0.0.1:PORT
# An EXIT trap stops the server and every pid the script adds to `helper_pids`, then removes
# $work. A server that does not listen within 30 s fails the script with its log (exit 1).
helper_pids=()

stop_server() {
  local p
  for p in "${helper_pids[@]}"; do kill "$p" 2>/dev/null || true; done
  kill "$server" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}

# shellcheck disable=SC2034  # work, server, port and base are for the script that sources this
start_server() {
  work=$(mktemp -d)
  "${CHIPGATE:-build/chipgate}" serve --listen 127.0.0.1:0 --runs-dir "$work/runs" "$@" 2>"$work/serve.log" &
  server=$!
  trap stop_server EXIT
  port=""
  for _ in $(seq 300); do
    # The log's first line names the port the kernel chose.
    port=$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$work/serve.log" | grep -o '[0-9]*$' || true)
    [ -n "$port" ] && break
    sleep 0.1
  done
  [ -n "$port" ] || { echo "$(basename "$0"): the server did not start" >&2; cat "$work/serve.log" >&2; exit 1; }
  base="http://127.0.0.1:$port"
}
