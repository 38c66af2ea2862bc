#!/usr/bin/env bash
# PyScape scaled out, on one machine: the shape of deploy/compose.yaml from Debian's packages.
#
#   scripts/cluster.sh up      PostgreSQL + Redis (their scripts), then 2 judge workers and
#                              2 server processes (REST 5101/5102, WebSocket 8181/8182) on
#                              127.0.0.1, sharing one database, one Redis and one JWT secret
#   scripts/cluster.sh status  the servers' /health and the queue (depth, each worker's load)
#   scripts/cluster.sh down    stop the servers and workers (PostgreSQL and Redis stay up)
#
# Logs and pids in .cluster/ (ignored by git). Needs root for the first `up` (installs
# postgresql and redis-server when missing). `just cluster ...` runs this.
set -euo pipefail
cd "$(dirname "$0")/.."

RUN=.cluster
BIN=.venv/bin
REDIS_URL=${PYSCAPE_REDIS_URL:-redis://127.0.0.1:${PYSCAPE_REDIS_PORT:-63790}/0}
PG_PORT=${PYSCAPE_PG_PORT:-54329}
DATABASE=${PYSCAPE_CLUSTER_DATABASE:-pyscape_cluster}
DATABASE_URL=postgresql://pyscape:pyscape@127.0.0.1:$PG_PORT/$DATABASE
SERVERS=(1 2)
WORKERS=(1 2)

say() { printf 'cluster: %s\n' "$*" >&2; }

running() { [[ -f $1 ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

start() { # start NAME COMMAND...: in the background, its pid in $RUN/NAME.pid
    local name=$1
    shift
    if running "$RUN/$name.pid"; then
        say "$name already running (pid $(cat "$RUN/$name.pid"))"
        return
    fi
    nohup "$@" >"$RUN/$name.log" 2>&1 &
    echo $! >"$RUN/$name.pid"
    say "$name started (pid $!, log $RUN/$name.log)"
}

wait_for() { # wait_for URL: until it answers 200, 120 s at most
    local waited=0
    until curl -fsS -o /dev/null "$1"; do
        if ((waited >= 120)); then
            say "$1 did not answer within 120 s"
            return 1
        fi
        sleep 1
        waited=$((waited + 1))
    done
}

up() {
    mkdir -p "$RUN"
    bash scripts/postgres-up.sh >&2
    bash scripts/redis-up.sh >&2
    if ! runuser -u postgres -- psql -p "$PG_PORT" -tAc \
        "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'" | grep -q 1; then
        runuser -u postgres -- createdb -p "$PG_PORT" -O pyscape "$DATABASE"
    fi
    [[ -f $RUN/jwt-secret ]] || head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$RUN/jwt-secret"
    for n in "${WORKERS[@]}"; do
        start "worker$n" "$BIN/pyscape-judge" worker --redis "$REDIS_URL"
    done
    for n in "${SERVERS[@]}"; do
        start "server$n" env \
            PYSCAPE_HOST=127.0.0.1 PYSCAPE_HTTP_PORT=$((5100 + n)) PYSCAPE_WS_PORT=$((8180 + n)) \
            PYSCAPE_DATABASE_URL="$DATABASE_URL" PYSCAPE_REDIS_URL="$REDIS_URL" \
            PYSCAPE_JUDGE_MODE=queue PYSCAPE_JWT_SECRET="$(cat "$RUN/jwt-secret")" \
            "$BIN/pyscape-server"
    done
    for n in "${SERVERS[@]}"; do
        wait_for "http://127.0.0.1:$((5100 + n))/health"
        say "server$n: REST http://127.0.0.1:$((5100 + n)), WebSocket ws://127.0.0.1:$((8180 + n))"
    done
}

status() {
    for n in "${SERVERS[@]}"; do
        printf 'server%s: ' "$n"
        curl -fsS "http://127.0.0.1:$((5100 + n))/health" || printf 'down'
        echo
    done
    "$BIN/pyscape-judge" queue status --redis "$REDIS_URL"
}

down() {
    local pidfile
    for pidfile in "$RUN"/*.pid; do
        [[ -e $pidfile ]] || continue
        if running "$pidfile"; then
            kill -TERM "$(cat "$pidfile")"
            say "stopped $(basename "$pidfile" .pid)"
        fi
        rm -f "$pidfile"
    done
}

case ${1:-up} in
up) up ;;
status) status ;;
down) down ;;
*)
    say "usage: scripts/cluster.sh [up|status|down]"
    exit 2
    ;;
esac
