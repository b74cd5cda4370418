#!/usr/bin/env bash
# The project's one test command (README, .ci/run): installs what the tests need when it is missing
# (Debian's Chromium for the browser tests), then runs `dotnet test` over DiplomacyTracker.sln and
# fails when a project fails or when no test ran at all (dotnet test exits 0 when it finds none).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "tests/run.sh: installing Debian's chromium for the browser tests"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test DiplomacyTracker.sln -c Release -m:1 "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

sum() { grep -oE "$1: +[0-9]+" "$log" | awk '{ n += $2 } END { print n + 0 }'; }
passed=$(sum Passed); failed=$(sum Failed); total=$(sum Total)
echo
echo "$passed passed, $failed failed"
if [ "$status" -ne 0 ]; then
  echo "tests/run.sh: dotnet test failed (exit $status)" >&2
  exit "$status"
fi
if [ "$total" -eq 0 ]; then
  echo "tests/run.sh: no test ran" >&2
  exit 1
fi
