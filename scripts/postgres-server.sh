#!/bin/sh
# A PostgreSQL server of its own for tests and CI, never the machine's default cluster:
#   sh scripts/postgres-server.sh start DIR PORT   creates DIR on first use, then serves localhost:PORT
#   sh scripts/postgres-server.sh stop DIR
# The superuser is postgres, password postgres (scram over TCP only); durability is off (fsync,
# synchronous commit): a crash loses the server, which holds only test databases. Installs Debian's
# postgresql when missing; run as root, the server runs as the postgres user.
set -e
command="$1" dir="$2" port="${3:-5433}"
[ -n "$dir" ] || { echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2; }

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then
  echo "Installing Debian's postgresql…"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get install -y postgresql >/dev/null || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y postgresql >/dev/null; }
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi

# initdb and postgres refuse to run as root.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$command" in
  start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    if [ ! -f "$dir/PG_VERSION" ]; then
      echo postgres > "$dir.pw"
      [ "$(id -u)" -eq 0 ] && chown postgres "$dir.pw"
      as_owner "$bin/initdb" -D "$dir" --username=postgres --pwfile="$dir.pw" --auth-host=scram-sha-256 \
        --auth-local=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
      rm -f "$dir.pw"
    fi
    as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w start -o \
      "-p $port -c listen_addresses=localhost -c unix_socket_directories='$dir' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on localhost:$port (postgresql://postgres:postgres@localhost:$port/)"
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null
    ;;
  *)
    echo "usage: $0 start|stop DIR [PORT]" >&2
    exit 2
    ;;
esac
