#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL 15 server on loopback, then stops it.
# The command sees TANBA_TEST_DATABASE_URL pointing at an empty database.
set -euo pipefail

PG_PORT="${TANBA_PG_PORT:-54329}"
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
  echo "PostgreSQL is not installed: run 'make deps' (apt-get install postgresql)." >&2
  exit 1
fi

DATA_DIR="$(mktemp -d /tmp/tanba-pg.XXXXXX)"
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$DATA_DIR"; fi

cleanup() {
  as_postgres "$PG_BIN/pg_ctl" -D "$DATA_DIR" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$DATA_DIR"
}
trap cleanup EXIT

as_postgres "$PG_BIN/initdb" -D "$DATA_DIR" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_postgres "$PG_BIN/pg_ctl" -D "$DATA_DIR" -w -l "$DATA_DIR/server.log" \
  -o "-p $PG_PORT -k $DATA_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres tanba_test

export TANBA_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/tanba_test?sslmode=disable"
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
"$@"
