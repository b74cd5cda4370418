#!/usr/bin/env bash
# The project's one test command (README, .ci/run): installs what the tests need when it is missing
# (Debian's Chromium for the browser tests), checks formatting, builds once, then runs every test project
# and fails when a project fails or when no test ran at all (dotnet test exits 0 when it finds none).
# Keeping it fast (<= 5 minutes on a 2-core machine): docs/testing.md.
# Then the tests that prove provider behaviour ([Trait("Provider", "both")]: store, search, scraper leases, a slice
# of pages) run again on PostgreSQL, on a throwaway cluster that tests/postgres.sh installs, starts and removes.
#   DT_TEST_POSTGRES=skip              the SQLite suite alone (a developer without PostgreSQL)
#   DT_TEST_POSTGRES="Host=…;…"        use that server (a superuser; each test makes and drops its own database)
#   DT_PG_PORT=55439                   the throwaway cluster's loopback port (the next free one when busy)
set -euo pipefail
cd "$(dirname "$0")/.."

# --- apt: wait for another apt/dpkg (unattended upgrades, a second session) instead of failing on its lock ---
apt_get() {
  local SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  local tries=0 out
  while :; do
    if out=$($SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 "$@" 2>&1); then return 0; fi
    if grep -qiE 'could not get lock|unable to lock|is another process using it' <<<"$out" && [ $((tries += 1)) -lt 120 ]; then
      echo "tests/run.sh: apt is busy (another apt/dpkg holds its lock); waiting 5 s"
      sleep 5
      continue
    fi
    echo "$out" >&2
    return 1
  done
}

if [ ! -x /usr/bin/chromium ]; then
  echo "tests/run.sh: installing Debian's chromium for the browser tests"
  apt_get update -qq
  apt_get install -y -qq chromium >/dev/null
fi

# --- style: formatting is checked here; code-style rules are enforced by the build (EnforceCodeStyleInBuild).
# To fix what this reports: dotnet format DiplomacyTracker.sln
# (--folder reads .editorconfig and the files alone: no restore, no project loading; a few seconds.)
echo "tests/run.sh: checking formatting (dotnet format whitespace --verify-no-changes)"
if ! dotnet format whitespace --folder --verify-no-changes --exclude '**/bin/**' '**/obj/**' -- .; then
  echo "tests/run.sh: formatting differs from .editorconfig; run 'dotnet format DiplomacyTracker.sln' and commit" >&2
  exit 1
fi

log=$(mktemp)
pg_started=""
cleanup() {
  rm -f "$log"
  if [ -n "$pg_started" ]; then DT_PG_PORT="$pg_port" bash tests/postgres.sh stop || true; fi
}
trap cleanup EXIT
set +e
dotnet build DiplomacyTracker.sln -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if [ "$status" -eq 0 ]; then
  # Test projects run side by side; a test stuck for 3 minutes fails the run with its name instead of hanging it.
  dotnet test DiplomacyTracker.sln -c Release --no-build --blame-hang-timeout 3m "$@" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
fi
set -e

pg=${DT_TEST_POSTGRES:-}
if [ "$status" -eq 0 ] && [ "$pg" != "skip" ]; then
  if [ -z "$pg" ]; then
    if ! pg=$(bash tests/postgres.sh start); then
      echo "tests/run.sh: could not start PostgreSQL (set DT_TEST_POSTGRES=skip to run the SQLite suite alone)" >&2
      exit 1
    fi
    pg_port=$(echo "$pg" | sed -E 's/.*Port=([0-9]+).*/\1/')
    pg_started=1
  fi
  echo "tests/run.sh: the provider tests again on PostgreSQL ($pg)"
  set +e
  DT_TEST_PROVIDER=Postgres DT_TEST_POSTGRES="$pg" dotnet test DiplomacyTracker.sln -c Release --no-build -m:1 --filter "Provider=both" 2>&1 | tee -a "$log"
  status=${PIPESTATUS[0]}
  set -e
fi

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
