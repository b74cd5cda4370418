#!/usr/bin/env bash
# Web benchmark (issue 6): builds data sets, starts the app (Release, scraper off) on loopback, runs wrk on /health
# (baseline), the timeline and statement searches, measures the search mix in-process beside a LIKE scan, and reports
# the app's peak RSS. Usage: bench/web/run.sh [--quick] [--skip-1m]
#   BENCH_DIR   where data sets are kept (default /tmp/dt-bench-web; reused when present)
#   WRK_SECONDS seconds per wrk run (default 10)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/dt-bench-web}
WRK_SECONDS=${WRK_SECONDS:-10}
PORT=${PORT:-5190}
QUICK=0; SKIP_1M=0
for a in "$@"; do case "$a" in --quick) QUICK=1;; --skip-1m) SKIP_1M=1;; esac; done
mkdir -p "$BENCH_DIR"

if ! command -v wrk >/dev/null; then
  echo "wrk missing: installing Debian's wrk"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq wrk >/dev/null
fi

echo "== build (Release)"
dotnet build -c Release -v q -nologo src/DiplomacyTracker.Web >/dev/null
dotnet build -c Release -v q -nologo bench/DiplomacyTracker.Bench.Web >/dev/null
GEN="dotnet bench/DiplomacyTracker.Bench.Web/bin/Release/net10.0/DiplomacyTracker.Bench.Web.dll"

source "$ROOT/bench/web/dataset.sh" # dataset NAME STATEMENTS ARTICLES SUMMITS: generates once, prints the path

APP_PID=""
stop_app() { if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi; APP_PID=""; }
trap stop_app EXIT

start_app() { # db
  local data="$BENCH_DIR/app-data"; mkdir -p "$data"
  ConnectionStrings__Tracker="Data Source=$1" Tracker__DataDirectory="$data" Scraper__Enabled=false \
  Serilog__MinimumLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
    dotnet src/DiplomacyTracker.Web/bin/Release/net10.0/DiplomacyTracker.Web.dll --urls "http://127.0.0.1:$PORT" >"$BENCH_DIR/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && return 0; sleep 1; done
  echo "the app did not answer /health; see $BENCH_DIR/app.log"; exit 1
}

# wrk prints latency percentiles with --latency; we keep p99 (ms) and req/s.
measure() { # label path [wrk options]
  local out; out=$(wrk -t2 -c16 -d"${WRK_SECONDS}s" --latency ${3:-} "http://127.0.0.1:$PORT$2")
  local p99 rps non2xx
  p99=$(echo "$out" | awk '/ 99%/ {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}')
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  printf '%-34s p99 %8.2f ms  %9.0f req/s%s\n' "$1" "$p99" "$rps" "${non2xx:+  NON-2XX: $non2xx}"
  echo "$p99 $rps"  > "$BENCH_DIR/last.txt"
}

run_http() { # db label
  start_app "$1"
  for p in / "/Statements?q=peace" /health; do curl -fs -o /dev/null "http://127.0.0.1:$PORT$p"; done   # warm up
  # and a few seconds of distinct requests, so the JIT has compiled the page paths before any row is measured
  for p in / "/Statements?q=peace"; do wrk -t2 -c16 -d3s -s "$ROOT/bench/web/uncached.lua" "http://127.0.0.1:$PORT$p" >/dev/null; done
  local speaker_url; speaker_url=$($GEN queries --db "$1") || exit 1
  echo "== HTTP ($2) with wrk -t2 -c16 -d${WRK_SECONDS}s"
  measure "/health (baseline)" "/health"; read -r hp hr < "$BENCH_DIR/last.txt"
  # Each page twice: as readers hit it (repeats served by the 10 s output cache) and uncached (a fresh query string
  # per request, see uncached.lua: every request queries the store and renders).
  for entry in "timeline|/" "timeline filtered|/?kind=statements&from=2020&to=2021" "search words|/Statements?q=peace" \
               "search phrase|/Statements?q=%22peace%20talks%22" "search speaker+word|$speaker_url" \
               "timeline UNCACHED|/|-s $ROOT/bench/web/uncached.lua" "timeline filtered UNCACHED|/?kind=statements&from=2020&to=2021|-s $ROOT/bench/web/uncached.lua" \
               "search words UNCACHED|/Statements?q=peace|-s $ROOT/bench/web/uncached.lua" \
               "search phrase UNCACHED|/Statements?q=%22peace%20talks%22|-s $ROOT/bench/web/uncached.lua" \
               "search speaker+word UNCACHED|$speaker_url|-s $ROOT/bench/web/uncached.lua"; do
    IFS='|' read -r label path opts <<< "$entry"
    measure "$label" "$path" "$opts"; read -r p r < "$BENCH_DIR/last.txt"
    awk -v p="$p" -v r="$r" -v hp="$hp" -v hr="$hr" 'BEGIN { printf "%34s p99 x%.1f of /health, req/s %.2f of /health\n", "", p/hp, r/hr }'
  done
  echo "peak RSS of the app: $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' "/proc/$APP_PID/status")"
  stop_app
}

SMALL=$(dataset bench-100k 100000 10000 500) || exit 1
if [ "$QUICK" = 1 ]; then WRK_SECONDS=3; fi
run_http "$SMALL" "100k statements"
echo "== search mix in-process, 100k statements"
$GEN search --db "$SMALL" --queries 1000

if [ "$SKIP_1M" = 0 ]; then
  BIG=$(dataset bench-1m 1000000 100000 500) || exit 1
  echo "== search mix in-process, 1M statements"
  $GEN search --db "$BIG" --queries 1000
  run_http "$BIG" "1M statements"
fi
