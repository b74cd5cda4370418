#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (and by hand): `start` installs Debian's postgresql when it is
# missing (waiting for the dpkg lock rather than failing), makes a cluster under $DT_PG_DIR with a UTF-8 locale,
# starts it on 127.0.0.1:$DT_PG_PORT and prints the connection string; `stop` stops it and deletes it.
#   DT_PG_PORT  default 55439 (the next free port from there is taken when it is busy)
#   DT_PG_DIR   default /tmp/dt-test-pg-<port>
# No systemd, no Docker: initdb and pg_ctl as the postgres user when run as root.
set -euo pipefail

cmd=${1:-}
port=${DT_PG_PORT:-55439}

as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

install_postgres() {
  echo "tests/postgres.sh: installing Debian's postgresql" >&2
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  # DPkg::Lock::Timeout: wait for another apt/dpkg (a parallel install, unattended upgrades) instead of failing.
  $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq postgresql postgresql-contrib >/dev/null
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

case "$cmd" in
  start)
    [ -n "$(bin_dir)" ] || install_postgres
    bin=$(bin_dir)
    if [ -z "${DT_PG_DIR:-}" ]; then
      while port_busy "$port"; do port=$((port + 1)); done
    fi
    dir=${DT_PG_DIR:-/tmp/dt-test-pg-$port}
    if [ ! -f "$dir/PG_VERSION" ]; then
      mkdir -p "$dir"
      [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
      as_pg "$bin/initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    fi
    as_pg "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    ;;
  stop)
    dir=${DT_PG_DIR:-/tmp/dt-test-pg-$port}
    bin=$(bin_dir)
    if [ -n "$bin" ] && [ -f "$dir/postmaster.pid" ]; then as_pg "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null || true; fi
    if [ -z "${DT_PG_KEEP:-}" ]; then rm -rf "$dir"; fi
    ;;
  *)
    echo "usage: tests/postgres.sh start|stop" >&2
    exit 2
    ;;
esac
