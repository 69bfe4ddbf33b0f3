#!/usr/bin/env bash
# A throw-away PostgreSQL for the tests of the shared store (tests/src/postgres.rs): Debian's
# server binaries run on a cluster of their own in a temporary folder, never the system cluster
# (/etc/postgresql, pg_ctlcluster), listening on 127.0.0.1 and a socket inside the folder.
#   scripts/pg.sh start DIR   DIR empty or missing (mktemp -d); prints one line on stdout, the
#                             URL postgres://stakemap@127.0.0.1:PORT/stakemap (also in DIR/url);
#                             the cluster is in DIR/data, its log in DIR/log
#   scripts/pg.sh stop DIR    stops that server (nothing if it is not running), removes DIR
# Everything but the URL goes to stderr.
set -euo pipefail
began="${EPOCHREALTIME/./}"

say() { printf '[pg] %s\n' "$*" >&2; }
die() { printf 'pg.sh: %s\n' "$*" >&2; exit 1; }

usage() { echo "usage: pg.sh start|stop DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
action="$1"
dir="$2"
[ -n "$dir" ] || usage

# The caller's libpq settings must not steer our own createdb and pg_isready elsewhere.
unset PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGSERVICE PGOPTIONS PGDATA
# PostgreSQL's tools, run as another user, cannot always read the caller's working folder:
# DIR made absolute, then everything runs from /.
case "$dir" in /*) ;; *) dir="$PWD/$dir" ;; esac
cd /

# Runs a command as the owner of the cluster: PostgreSQL refuses to run as root.
pg_user=
as_pg() {
  if [ -n "$pg_user" ]; then runuser -u "$pg_user" -- "$@"; else "$@"; fi
}

# Debian's server binaries, installed when missing; the highest major version when several are.
find_bin() {
  local initdb
  initdb="$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)"
  [ -n "$initdb" ] && dirname "$initdb"
}

stop() {
  if [ ! -e "$dir" ]; then return 0; fi
  dir="$(cd "$dir" && pwd -P)"
  # DIR is removed with rm -rf: only a folder holding what start makes, so a wrong argument
  # (".", a home folder) is refused rather than wiped.
  local entry
  for entry in "$dir"/* "$dir"/.[!.]*; do
    [ -e "$entry" ] || continue
    case "${entry##*/}" in
      data | log | url | .s.PGSQL.*) ;;
      *) die "$dir holds ${entry##*/}, which pg.sh start does not make: not removing it" ;;
    esac
  done
  local data="$dir/data" pid
  pid="$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)"
  if postmaster_alive "$pid" "$data"; then
    local bin
    bin="$(find_bin)" || die "no PostgreSQL in /usr/lib/postgresql to stop $data with"
    # The cluster's owner stops it (pg_ctl refuses root), whichever user start picked.
    if [ "$(id -u)" = 0 ]; then pg_user="$(stat -c %U "$data")"; fi
    say "stopping the server on $data"
    if ! as_pg "$bin/pg_ctl" stop -D "$data" -m fast -w -t 30 >&2 && postmaster_alive "$pid" "$data"; then
      say "no fast shutdown within 30 s; stopping it immediately"
      as_pg "$bin/pg_ctl" stop -D "$data" -m immediate -w -t 30 >&2 || ! postmaster_alive "$pid" "$data" \
        || die "the server on $data (pid $pid) does not stop"
    fi
  fi
  rm -rf "$dir"
}

# Whether the pid file's process is this cluster's postmaster, which works in its data folder.
# One killed behind our back stays a zombie until its adoptive parent reaps it, which pg_ctl
# takes for a running server (waiting 30 s on it); a zombie has no folder, so counts as stopped
# here, and a reused pid as someone else's process.
postmaster_alive() {
  [ -n "$1" ] && [ "/proc/$1/cwd" -ef "$2" ]
}

start() {
  check_path
  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd -P)"
  check_path
  if [ -n "$(ls -A "$dir")" ]; then die "$dir is not empty"; fi

  local bin
  if ! bin="$(find_bin)"; then
    [ "$(id -u)" = 0 ] || die "PostgreSQL is not installed, and installing it needs root"
    say "installing Debian postgresql"
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
    bin="$(find_bin)" || die "apt-get installed postgresql, yet no initdb in /usr/lib/postgresql"
  fi

  if [ "$(id -u)" = 0 ]; then
    pg_user=stakemap-pg
    # Two useradds at once both succeed, the later one's uid winning (measured, Debian 12's
    # shadow 4.13): a start would then own its folder as a uid no one has. Starts run together
    # so create the user one at a time.
    # (/run, not /run/lock or /tmp: only root writes there, so no one else can own the file.)
    exec 9>>/run/stakemap-pg-useradd.lock
    flock -w 60 9 || die "another pg.sh holds /run/stakemap-pg-useradd.lock for over 60 s"
    if ! id -u "$pg_user" >/dev/null 2>&1; then
      say "creating the system user $pg_user"
      if ! useradd --system --no-create-home --shell /usr/sbin/nologin "$pg_user" >&2; then
        say "useradd failed: running PostgreSQL as nobody"
        pg_user=nobody
      fi
    fi
    # Closed before the server starts, which would otherwise keep the lock for its lifetime.
    exec 9>&-
    chown "$pg_user:" "$dir"
    chmod 700 "$dir"
    if ! as_pg test -w "$dir" -a -x "$dir"; then
      die "$pg_user cannot reach $dir: every folder above it must be traversable (o+x)"
    fi
  fi

  local data="$dir/data" log="$dir/log"
  # C.UTF-8 sorts by code point whatever the machine's language; without it, no locale (C).
  local locale=--no-locale
  if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then locale=--locale=C.UTF-8; fi
  say "creating the cluster in $data ($("$bin/postgres" --version), $locale, as ${pg_user:-$(id -un)})"
  local out
  # --no-sync: initdb's own final flush (3 s of a 5-s start) guards a cluster against the
  # machine crashing before its first checkpoint; this one lives for a test run. The server's
  # fsync stays on.
  if ! out="$(as_pg "$bin/initdb" -D "$data" --auth=trust --username=stakemap --encoding=UTF8 \
    --no-sync "$locale" </dev/null 2>&1)"; then
    printf '%s\n' "$out" >&2
    die "initdb failed"
  fi
  # Later lines of postgresql.conf win over initdb's. fsync and synchronous_commit stay on:
  # durability is what the tests test. The port is given at each start instead (below).
  cat >>"$data/postgresql.conf" <<EOF

# scripts/pg.sh: a throw-away server for the tests
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
max_connections = 300
shared_buffers = 128MB
fsync = on
synchronous_commit = on
EOF

  # A free port, asked of the kernel; another start may take it before the server binds it,
  # so a bind failure picks another port, up to five times.
  local port attempt offset
  for attempt in 1 2 3 4 5; do
    port="$(free_port)"
    offset=$(($(stat -c %s "$log" 2>/dev/null || echo 0) + 1))
    say "starting on 127.0.0.1:$port (log: $log)"
    # pg_ctl -w waits until the server accepts connections, and notices it dying early.
    if as_pg "$bin/pg_ctl" start -D "$data" -l "$log" -o "-p $port" -w -t 30 </dev/null >&2; then
      break
    fi
    if [ "$attempt" -lt 5 ] && tail -c "+$offset" "$log" | grep -q 'Address already in use'; then
      say "port $port was taken meanwhile; trying another"
      continue
    fi
    say "the server did not start; the end of $log:"
    tail -n 30 "$log" >&2 || true
    failed_start "$bin" "$data"
  done
  # The address the tests use, answering (pg_ctl above checked the socket).
  if ! "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -t 10; then
    say "no answer on 127.0.0.1:$port; the end of $log:"
    tail -n 30 "$log" >&2 || true
    failed_start "$bin" "$data"
  fi
  as_pg "$bin/createdb" -h "$dir" -p "$port" -U stakemap stakemap >&2 \
    || failed_start "$bin" "$data"

  local url="postgres://stakemap@127.0.0.1:$port/stakemap"
  printf '%s\n' "$url" >"$dir/url"
  local tenths=$(((${EPOCHREALTIME/./} - began) / 100000))
  say "ready in $((tenths / 10)).$((tenths % 10)) s: $url"
  printf '%s\n' "$url"
}

# DIR goes into postgresql.conf and the socket's path: plain characters only, and the socket's
# path (DIR/.s.PGSQL.PORT) within the kernel's 107 bytes.
check_path() {
  case "$dir" in
    *[!A-Za-z0-9._/+-]*) die "$dir: only letters, digits and . _ / + - are supported in DIR" ;;
  esac
  if [ ${#dir} -gt 90 ]; then die "$dir is too long for a Unix socket's path (90 bytes at most)"; fi
}

# A start that fails leaves no server behind; DIR, with its log, stays for pg.sh stop.
failed_start() {
  as_pg "$1/pg_ctl" stop -D "$2" -m immediate -w -t 30 >/dev/null 2>&1 || true
  die "the server did not start (folder kept for inspection: $dir)"
}

free_port() {
  if command -v python3 >/dev/null; then
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' \
      2>/dev/null && return
  fi
  # Without python3: a port from 55432 up that nothing answers on, from a random start so that
  # retries and starts run together try different ones.
  local i p first=$((RANDOM % 1000))
  for ((i = 0; i < 1000; i++)); do
    p=$((55432 + (first + i) % 1000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  die "no free port in 55432-56431"
}

case "$action" in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
