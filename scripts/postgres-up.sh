#!/usr/bin/env bash
# Bring up the PostgreSQL that PyScape's server tests (and `just cluster`) use, on a fresh
# Debian machine, as root.
#
# Idempotent: installs Debian's `postgresql` package when missing, creates a cluster of its own
# (`pyscape`, locale C so that text sorts and lower() behave as in SQLite) listening on
# 127.0.0.1 only, on port 54329, starts it when it is down, and makes sure the role and the
# database of the tests exist (the role may CREATE DATABASE: every test server gets a fresh one).
# At the end it prints the URL, the value of PYSCAPE_TEST_POSTGRES_URL (this is its default).
#
# Usage: sudo scripts/postgres-up.sh
#   PYSCAPE_PG_PORT (54329), PYSCAPE_PG_USER (pyscape), PYSCAPE_PG_PASSWORD (pyscape) and
#   PYSCAPE_PG_DATABASE (pyscape) override the defaults.
set -euo pipefail

CLUSTER=pyscape
PORT=${PYSCAPE_PG_PORT:-54329}
ROLE=${PYSCAPE_PG_USER:-pyscape}
PASSWORD=${PYSCAPE_PG_PASSWORD:-pyscape}
DATABASE=${PYSCAPE_PG_DATABASE:-pyscape}
WAIT_SECONDS=60

say() { printf 'postgres-up: %s\n' "$*" >&2; }

install_missing() {
    if command -v pg_createcluster >/dev/null && compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null; then
        return
    fi
    say "installing postgresql"
    apt-get update -qq
    # policy-rc.d: do not let the package start its default cluster (we start our own).
    local policy=/usr/sbin/policy-rc.d created_policy=false
    if [[ ! -e $policy ]]; then
        printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && created_policy=true
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql
    if "$created_policy"; then rm -f "$policy"; fi
}

major_version() { # the newest PostgreSQL server installed
    local dir
    dir=$(compgen -G '/usr/lib/postgresql/*/bin/postgres' | sort -V | tail -n 1)
    basename "$(dirname "$(dirname "$dir")")"
}

ensure_cluster() {
    local version=$1
    if ! pg_lsclusters -h | awk -v v="$version" -v c="$CLUSTER" '$1 == v && $2 == c' | grep -q .; then
        say "creating cluster $version/$CLUSTER on port $PORT"
        pg_createcluster "$version" "$CLUSTER" --port "$PORT" --locale C --encoding UTF8 \
            -- --auth-local peer --auth-host scram-sha-256 >/dev/null
    fi
    local conf=/etc/postgresql/$version/$CLUSTER/conf.d/pyscape.conf
    mkdir -p "$(dirname "$conf")"
    cat >"$conf" <<EOF
# Written by PyScape's scripts/postgres-up.sh
listen_addresses = '127.0.0.1'
port = $PORT
max_connections = 200
EOF
}

start_cluster() {
    local version=$1
    mkdir -p /var/run/postgresql
    chown postgres:postgres /var/run/postgresql
    chmod 2775 /var/run/postgresql
    local status
    status=$(pg_lsclusters -h | awk -v v="$version" -v c="$CLUSTER" '$1 == v && $2 == c {print $4}')
    if [[ $status != online* ]]; then
        say "starting cluster $version/$CLUSTER"
        pg_ctlcluster --skip-systemctl-redirect "$version" "$CLUSTER" start
    fi
    local waited=0
    until runuser -u postgres -- pg_isready -q -h 127.0.0.1 -p "$PORT"; do
        if ((waited >= WAIT_SECONDS)); then
            say "PostgreSQL did not accept connections within ${WAIT_SECONDS}s; see /var/log/postgresql/postgresql-$version-$CLUSTER.log"
            exit 1
        fi
        sleep 1
        waited=$((waited + 1))
    done
}

psql_admin() { runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PORT" "$@"; }

ensure_role_and_database() {
    psql_admin -d postgres -v role="$ROLE" -v password="$PASSWORD" <<'EOF'
SELECT format('CREATE ROLE %I LOGIN CREATEDB', :'role')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I LOGIN CREATEDB PASSWORD %L', :'role', :'password') \gexec
EOF
    psql_admin -d postgres -v role="$ROLE" -v db="$DATABASE" <<'EOF'
SELECT format('CREATE DATABASE %I OWNER %I TEMPLATE template0 ENCODING %L LC_COLLATE %L LC_CTYPE %L',
              :'db', :'role', 'UTF8', 'C', 'C')
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
EOF
}

install_missing
version=$(major_version)
ensure_cluster "$version"
start_cluster "$version"
ensure_role_and_database
say "ready: postgresql://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DATABASE"
