#!/usr/bin/env bash
# CPU per request of a running app: utime+stime of its process over a wrk run, divided by the requests it answered.
# It counts the app's own work, not the waiting, so it holds up on a machine shared with other work (docs/performance.md).
# Pages get a fresh query string per request (uncached.lua), so the output cache never answers.
#   Usage: bench/web/cost.sh PID [paths...]      PORT (default 5190), SECONDS_EACH (default 5), WARM (seconds, default 3)
set -euo pipefail
cd "$(dirname "$0")/../.."
PID=$1; shift
PORT=${PORT:-5190}; S=${SECONDS_EACH:-5}; WARM=${WARM:-3}
paths=("$@"); [ ${#paths[@]} -eq 0 ] && paths=(/health / "/Statements?q=peace")
ticks() { awk '{print $14+$15}' "/proc/$PID/stat"; }
hz=$(getconf CLK_TCK)
for path in "${paths[@]}"; do   # warm up: the JIT compiles each path before it is measured
  opts=(-s bench/web/uncached.lua); [ "$path" = /health ] && opts=()
  wrk -t1 -c2 -d"${WARM}s" "${opts[@]}" "http://127.0.0.1:$PORT$path" >/dev/null
done
for path in "${paths[@]}"; do
  opts=(-s bench/web/uncached.lua); [ "$path" = /health ] && opts=()
  t0=$(ticks); out=$(wrk -t1 -c2 -d"${S}s" "${opts[@]}" "http://127.0.0.1:$PORT$path"); t1=$(ticks)
  n=$(echo "$out" | awk '/requests in/ {print $1}')
  awk -v a="$t0" -v b="$t1" -v n="$n" -v hz="$hz" -v p="$path" 'BEGIN { printf "%-40s %7d requests  %.3f ms CPU/request\n", p, n, (b-a)*1000/hz/n }'
done
