#!/usr/bin/env bash
# Load benchmark for issue 11: can an anonymous client starve the readers? Starts the app (Release, scraper off) on the
# 100k-statement data set of bench/web/run.sh. Readers are probes (bench/web/probe.py, one keep-alive connection each,
# from 127.0.0.2) on /health, the timeline as readers hit it (/, the output cache answers repeats) and the timeline
# uncached (a fresh query string each time). Each probe runs alone first (the baseline, same run), then under a flood
# from 127.0.0.1: 1,000 concurrent connections searching (every query distinct, bench/web/search-flood.lua) plus four
# slow uploads from 127.0.0.3 (curl posting 15 KB to /Account/SignIn at 300 B/s, over and over; an address of their
# own, so the per-client connection limit the search flood meets does not turn them away). The flood runs twice: with the
# default limits, then with Web:MaxConnectionsPerClient=0 (every flood connection accepted: what 1,000 flooding
# addresses would cost). Prints p50/p99 per probe and the ratio to its baseline; the target is p99 <= 1 s.
# Usage: bench/web/flood.sh   (BENCH_DIR as in run.sh; PORT default 5140; FLOOD_SECONDS default 30; SKIP_BUILD=1)
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH_DIR=${BENCH_DIR:-/tmp/dt-bench-web}
PORT=${PORT:-5140}
FLOOD=${FLOOD_SECONDS:-30}
BASE="http://127.0.0.1:$PORT"
mkdir -p "$BENCH_DIR"
ulimit -n 65536 2>/dev/null || ulimit -n 4096
command -v wrk >/dev/null || { echo "wrk missing: installing (apt-get install -y wrk)"; apt-get install -y wrk >/dev/null; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== build (Release)"
  dotnet build -c Release -v q -nologo src/DiplomacyTracker.Web >/dev/null
  dotnet build -c Release -v q -nologo bench/DiplomacyTracker.Bench.Web >/dev/null
fi
GEN="dotnet bench/DiplomacyTracker.Bench.Web/bin/Release/net10.0/DiplomacyTracker.Bench.Web.dll"
DB="$BENCH_DIR/bench-100k.db"
[ -f "$DB" ] || $GEN generate --db "$DB" --statements 100000 --articles 10000 --summits 500

APP=""; PIDS=()
stop_app() { if [ -n "$APP" ] && kill -0 "$APP" 2>/dev/null; then kill "$APP"; wait "$APP" 2>/dev/null || true; fi; APP=""; }
cleanup() { touch "$BENCH_DIR/flood.stop"; for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; stop_app; }
trap cleanup EXIT

start_app() { # extra --Key=Value arguments
  local data="$BENCH_DIR/flood-data"; mkdir -p "$data"
  ConnectionStrings__Tracker="Data Source=$DB" Tracker__DataDirectory="$data" Scraper__Enabled=false \
  Serilog__MinimumLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
    dotnet src/DiplomacyTracker.Web/bin/Release/net10.0/DiplomacyTracker.Web.dll --urls "$BASE" "$@" >"$BENCH_DIR/flood-app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 120); do curl -fs "$BASE/health" >/dev/null 2>&1 && break; sleep 1; done
  for p in / /health "/Statements?q=peace"; do curl -fs -o /dev/null "$BASE$p"; done
}

PROBES=("/health|/health" "timeline (as readers hit it)|/" "timeline (uncached)|/?probe={n}")
probe_all() { # seconds prefix: all probes at once, results in $BENCH_DIR/<prefix>-<i>.txt
  local i=0 pids=()
  for entry in "${PROBES[@]}"; do
    i=$((i + 1)); python3 bench/web/probe.py "$BASE" "${entry#*|}" "$1" > "$BENCH_DIR/$2-$i.txt" & pids+=("$!")
  done
  wait "${pids[@]}"
}
report() { # prefix baseline-prefix
  local i=0
  for entry in "${PROBES[@]}"; do
    i=$((i + 1))
    read -r p50 p99 count errors < "$BENCH_DIR/$1-$i.txt"
    if [ -n "${2:-}" ]; then
      read -r _ b99 _ _ < "$BENCH_DIR/$2-$i.txt"
      awk -v l="${entry%%|*}" -v a="$p50" -v b="$p99" -v c="$count" -v e="$errors" -v base="$b99" \
        'BEGIN { printf "  %-30s p50 %7.1f ms  p99 %7.1f ms (x%.1f of alone)  %5d requests, %d not 200\n", l, a, b, b/base, c, e }'
    else
      awk -v l="${entry%%|*}" -v a="$p50" -v b="$p99" -v c="$count" -v e="$errors" \
        'BEGIN { printf "  %-30s p50 %7.1f ms  p99 %7.1f ms  %5d requests, %d not 200\n", l, a, b, c, e }'
    fi
  done
}

flood() { # label
  local stop="$BENCH_DIR/flood.stop"; rm -f "$stop" "$BENCH_DIR"/slow-*.codes
  local body="$BENCH_DIR/slow-body.txt"; { printf 'Email=a%%40b.org&Password='; head -c 15000 /dev/zero | tr '\0' 'x'; } > "$body"
  for i in 1 2 3 4; do
    ( while [ ! -f "$stop" ]; do
        curl -s -o /dev/null -w '%{http_code}\n' --interface 127.0.0.3 --limit-rate 300 -H 'Content-Type: application/x-www-form-urlencoded' \
          --data-binary "@$body" -m "$FLOOD" "$BASE/Account/SignIn" >> "$BENCH_DIR/slow-$i.codes" 2>/dev/null || echo cut >> "$BENCH_DIR/slow-$i.codes"
      done ) & PIDS+=("$!")
  done
  wrk -t2 -c1000 -d"${FLOOD}s" --latency --timeout 10s -s bench/web/search-flood.lua "$BASE/" > "$BENCH_DIR/flood-wrk.txt" &
  local wrk_pid=$!
  sleep 2 # the flood is on before the readers start
  probe_all $((FLOOD - 4)) "$1"
  wait "$wrk_pid"; touch "$stop"
  echo "  the flood: $(awk '/Requests\/sec/ {print $2}' "$BENCH_DIR/flood-wrk.txt") req/s answered;" \
       "$(awk '/Non-2xx/ {print $NF}' "$BENCH_DIR/flood-wrk.txt") not 2xx (503: search queue full);" \
       "$(grep -o 'Socket errors.*' "$BENCH_DIR/flood-wrk.txt" || echo 'no socket errors')"
  echo "  slow uploads answered: $(cat "$BENCH_DIR"/slow-*.codes 2>/dev/null | sort | uniq -c | tr -s ' \n' ' ')(408 = cut off below the minimum rate; 000 = closed by the server)"
  echo "  peak RSS of the app: $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' "/proc/$APP/status")"
}

echo "== machine load before: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores; other work on the machine moves every figure)"
start_app
echo "== baseline: the readers alone, 10 s"
probe_all 10 base; report base
echo "== flood for ${FLOOD} s, default limits (Web:MaxConnectionsPerClient=64)"
flood flood1; report flood1 base
stop_app

start_app --Web:MaxConnectionsPerClient=0
echo "== flood for ${FLOOD} s, every flood connection accepted (Web:MaxConnectionsPerClient=0)"
flood flood2; report flood2 base
stop_app
echo "== machine load after: $(cut -d' ' -f1-3 /proc/loadavg)"
