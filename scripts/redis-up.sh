#!/usr/bin/env bash
# Bring up the Redis that PyScape's judge queue uses (`pyscape-judge worker`, the server's
# PYSCAPE_JUDGE_MODE=queue, `just cluster`), on a fresh Debian machine, as root.
#
# Idempotent: installs Debian's `redis-server` package when missing (without letting the package
# start its own service), then starts one redis-server of PyScape's own, listening on 127.0.0.1
# only, on port 63790, with its data in /var/lib/pyscape-redis (append-only file: queued jobs
# survive a restart), logging to /var/log/pyscape-redis.log. Does nothing more when it already
# answers. At the end it prints its URL (the value for PYSCAPE_REDIS_URL).
#
# Usage: sudo scripts/redis-up.sh [--restart | --stop]
#   --restart   stop the running one (SHUTDOWN, data kept) and start it again
#   --stop      stop it
#   PYSCAPE_REDIS_PORT (63790) overrides the port.
set -euo pipefail

PORT=${PYSCAPE_REDIS_PORT:-63790}
DATA=/var/lib/pyscape-redis
LOG=/var/log/pyscape-redis.log
PIDFILE=/var/run/pyscape-redis-$PORT.pid
WAIT_SECONDS=30

say() { printf 'redis-up: %s\n' "$*" >&2; }

install_missing() {
    command -v redis-server >/dev/null && command -v redis-cli >/dev/null && return
    say "installing redis-server"
    apt-get -o DPkg::Lock::Timeout=300 update -qq
    # policy-rc.d: do not let the package start its default service (we start our own).
    local policy=/usr/sbin/policy-rc.d created_policy=false
    if [[ ! -e $policy ]]; then
        printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && created_policy=true
    fi
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq \
        --no-install-recommends redis-server
    if "$created_policy"; then rm -f "$policy"; fi
}

answers() { redis-cli -h 127.0.0.1 -p "$PORT" ping 2>/dev/null | grep -q PONG; }

start() {
    if answers; then
        say "already running on 127.0.0.1:$PORT"
        return
    fi
    mkdir -p "$DATA"
    say "starting redis-server on 127.0.0.1:$PORT"
    redis-server --bind 127.0.0.1 --port "$PORT" --dir "$DATA" --daemonize yes \
        --pidfile "$PIDFILE" --logfile "$LOG" --appendonly yes --save "" \
        --protected-mode yes
    local waited=0
    until answers; do
        if ((waited >= WAIT_SECONDS)); then
            say "redis-server did not answer within ${WAIT_SECONDS}s; see $LOG"
            exit 1
        fi
        sleep 1
        waited=$((waited + 1))
    done
}

stop() {
    if answers; then
        say "stopping redis-server on 127.0.0.1:$PORT"
        redis-cli -h 127.0.0.1 -p "$PORT" shutdown >/dev/null 2>&1 || true
        local waited=0
        while answers; do
            if ((waited >= WAIT_SECONDS)); then
                say "redis-server on port $PORT did not stop within ${WAIT_SECONDS}s"
                exit 1
            fi
            sleep 1
            waited=$((waited + 1))
        done
    fi
}

case ${1:-} in
"") install_missing && start ;;
--restart) install_missing && stop && start ;;
--stop) command -v redis-cli >/dev/null && stop ;;
*)
    say "unknown option $1 (usage: redis-up.sh [--restart | --stop])"
    exit 2
    ;;
esac
echo "redis://127.0.0.1:$PORT/0"
