#!/usr/bin/env bash
# Issue 11 (10): does the app give memory back after large pastes? Starts the app (Release, empty store) twice — with
# the heap trimmed after large bodies (the default) and with Web:TrimHeapAfterLargeBodies=false — signs in, posts five
# 5 MB pastes (refused as too long) and five 1.9 MB previews, and prints resident memory before, right after, and 5 s later.
# Usage: bench/web/paste-memory.sh   (PORT default 5141; SKIP_BUILD=1 to reuse the Release build)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-5141}; BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/dt-paste-memory-XXXX)
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  dotnet build -c Release -v q -nologo src/DiplomacyTracker.Web >/dev/null
  dotnet build -c Release -v q -nologo src/DiplomacyTracker.Cli >/dev/null
fi
APP=""
stop() { if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=""; fi; }
trap 'stop; rm -rf "$WORK"' EXIT
run() { # label extra-args
  local data="$WORK/$1"; mkdir -p "$data"
  dotnet src/DiplomacyTracker.Cli/bin/Release/net10.0/diplomacy-tracker.dll editors add bench@example.org --password "bench password 1" \
    "--Tracker:DataDirectory=$data" >/dev/null
  Tracker__DataDirectory="$data" Scraper__Enabled=false Serilog__MinimumLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
    dotnet src/DiplomacyTracker.Web/bin/Release/net10.0/DiplomacyTracker.Web.dll --urls "$BASE" $2 >"$data/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 120); do curl -fs "$BASE/health" >/dev/null 2>&1 && break; sleep 1; done
  read -r before after later answer < <(python3 bench/web/paste_memory.py "$BASE" bench@example.org "bench password 1" "$APP")
  printf '%-28s RSS before %4d MB, right after %4d MB, 5 s later %4d MB (last answer %d bytes)\n' "$1" "$before" "$after" "$later" "$answer"
  stop
}
run "heap trimmed (default)" ""
run "not trimmed" "--Web:TrimHeapAfterLargeBodies=false"
