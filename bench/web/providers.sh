#!/usr/bin/env bash
# The statement search mix on both providers in one run (issue 12): the same generated data set (1M statements by
# default) in SQLite and copied into a throwaway PostgreSQL cluster, the same 1,000 queries through the page's own
# code (SpeakerLookup + StatementSearch), p50/p99 of each and PostgreSQL's p99 as a multiple of SQLite's (target <= 2x).
#   bench/web/providers.sh [--statements N]     (100000 for a quick look)
#   BENCH_DIR   where the SQLite data sets are kept (default /tmp/dt-bench-web; reused when present)
#   DT_PG_PORT  the throwaway cluster's port (default 55438)
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH_DIR=${BENCH_DIR:-/tmp/dt-bench-web}
STATEMENTS=1000000
while [ $# -gt 0 ]; do case "$1" in --statements) STATEMENTS=$2; shift;; esac; shift; done
mkdir -p "$BENCH_DIR"
echo "== build (Release)"
dotnet build -c Release -v q -nologo bench/DiplomacyTracker.Bench.Web >/dev/null
BENCH="dotnet bench/DiplomacyTracker.Bench.Web/bin/Release/net10.0/DiplomacyTracker.Bench.Web.dll"
name=bench-$((STATEMENTS / 1000))k
[ "$STATEMENTS" -ge 1000000 ] && name=bench-$((STATEMENTS / 1000000))m
db="$BENCH_DIR/$name.db"
[ -f "$db" ] || $BENCH generate --db "$db" --statements "$STATEMENTS" --articles $((STATEMENTS / 10)) --summits 500

export DT_PG_PORT=${DT_PG_PORT:-55438}
server=$(bash tests/postgres.sh start)
# postgres.sh takes the next free port when DT_PG_PORT is busy: stop the cluster it started, not the busy port's.
started_port=$(echo "$server" | sed -E 's/.*Port=([0-9]+).*/\1/')
trap 'DT_PG_PORT=$started_port bash tests/postgres.sh stop' EXIT
pg=$(echo "$server" | sed 's/Database=postgres/Database=dt_bench/')
echo "== copy into PostgreSQL ($pg)"
$BENCH copy-to-postgres --db "$db" --postgres "$pg"
echo "== search mix, $STATEMENTS statements, 1000 queries (SQLite first, then PostgreSQL)"
$BENCH compare --db "$db" --postgres "$pg" --queries 1000
