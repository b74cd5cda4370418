# The data-set step of bench/web/run.sh (sourced there; tests/.../BenchDataSetScriptTests.cs runs it alone).
# dataset NAME STATEMENTS ARTICLES SUMMITS prints the path of $BENCH_DIR/NAME.db and nothing else, generating it with
# $GEN when it is missing: what the generator says goes to stderr, so `db=$(dataset ...)` captures the path alone.
dataset() {
  local db="$BENCH_DIR/$1.db"
  if [ ! -s "$db" ]; then
    rm -f "$db" "$db-wal" "$db-shm"
    $GEN generate --db "$db" --statements "$2" --articles "$3" --summits "$4" >&2
  fi
  [ -s "$db" ] || { echo "bench: the generator made no data set at $db" >&2; return 1; }
  echo "$db"
}
