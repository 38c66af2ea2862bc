#!/usr/bin/env bash
# Bring up the Docker engine that PyScape's sandboxes need, on a fresh Debian machine, as root.
#
# Idempotent: exits 0 at once when `docker info` already works. Otherwise it installs what is
# missing (docker.io, debootstrap for the offline image build, runsc for gVisor), registers the
# runsc runtime in /etc/docker/daemon.json and starts dockerd with no networking at all (no
# bridge, no iptables: every sandbox runs with --network none), detached from this script,
# logging to /var/log/pyscape-dockerd.log. A runsc that cannot run on this kernel is a warning,
# not a failure: the judge then uses runc.
#
# Usage: sudo scripts/docker-up.sh
set -euo pipefail

DOCKERD_LOG=/var/log/pyscape-dockerd.log
DOCKERD_PIDFILE=/var/run/docker.pid
DAEMON_JSON=/etc/docker/daemon.json
RUNSC=/usr/bin/runsc
RUNSC_CONFIG='{"runtimes": {"runsc": {"path": "/usr/bin/runsc", "runtimeArgs": ["--network=none"]}}}'
WAIT_SECONDS=60

say() { printf 'docker-up: %s\n' "$*" >&2; }

apt_updated=false
apt_install() { # apt_install PACKAGE...: apt-get update (once), then install without recommends
    if ! "$apt_updated"; then
        apt-get update -qq
        apt_updated=true
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

install_missing() {
    local missing=()
    command -v dockerd >/dev/null || missing+=(docker.io)
    command -v debootstrap >/dev/null || missing+=(debootstrap)
    # Of docker.io's recommends, the two it cannot run without on some machines: a mounter of
    # the cgroup hierarchies where no init system did it, and AppArmor's parser where the
    # kernel enforces AppArmor (dockerd loads its profile with it).
    command -v cgroupfs-mount >/dev/null || missing+=(cgroupfs-mount)
    if [[ $(cat /sys/module/apparmor/parameters/enabled 2>/dev/null) == Y ]]; then
        command -v apparmor_parser >/dev/null || missing+=(apparmor)
    fi
    if ((${#missing[@]})); then
        say "installing ${missing[*]}"
        apt_install "${missing[@]}"
    fi
    if [[ ! -x $RUNSC ]]; then
        say "installing runsc"
        apt_install runsc || say "warning: runsc could not be installed: no gVisor, the judge uses runc"
    fi
}

register_runsc() { # write daemon.json if absent or different (other settings in it are kept)
    [[ -x $RUNSC ]] || return 0
    mkdir -p "$(dirname "$DAEMON_JSON")"
    if [[ ! -s $DAEMON_JSON ]]; then
        printf '%s\n' "$RUNSC_CONFIG" >"$DAEMON_JSON"
        say "wrote $DAEMON_JSON"
    elif command -v python3 >/dev/null; then
        python3 - "$DAEMON_JSON" "$RUNSC_CONFIG" <<'EOF'
import json, sys
path, wanted = sys.argv[1], json.loads(sys.argv[2])["runtimes"]["runsc"]
with open(path) as file:
    config = json.load(file)
if config.get("runtimes", {}).get("runsc") != wanted:
    config.setdefault("runtimes", {})["runsc"] = wanted
    with open(path, "w") as file:
        json.dump(config, file, indent=2)
        file.write("\n")
    print(f"docker-up: registered runsc in {path}", file=sys.stderr)
EOF
    elif ! grep -q '"runsc"' "$DAEMON_JSON"; then
        cp "$DAEMON_JSON" "$DAEMON_JSON.before-pyscape"
        printf '%s\n' "$RUNSC_CONFIG" >"$DAEMON_JSON"
        say "wrote $DAEMON_JSON (the old one is $DAEMON_JSON.before-pyscape)"
    fi
}

mount_cgroups() {
    if ! awk '$3 == "cgroup" || $3 == "cgroup2" { found = 1 } END { exit !found }' /proc/mounts; then
        say "no cgroup hierarchy is mounted: mounting them with cgroupfs-mount"
        cgroupfs-mount
    fi
}

dockerd_running() {
    [[ -s $DOCKERD_PIDFILE ]] && kill -0 "$(cat "$DOCKERD_PIDFILE")" 2>/dev/null
}

start_dockerd() {
    if dockerd_running; then
        # Started by the package (systemd) or another run: make it read daemon.json again.
        say "dockerd is running (pid $(cat "$DOCKERD_PIDFILE")): reloading its configuration"
        kill -HUP "$(cat "$DOCKERD_PIDFILE")"
        return
    fi
    say "starting dockerd, log in $DOCKERD_LOG"
    setsid nohup dockerd --bridge=none --iptables=false --ip-masq=false \
        >>"$DOCKERD_LOG" 2>&1 </dev/null &
}

wait_for_docker() {
    local second
    for ((second = 0; second < WAIT_SECONDS; second++)); do
        if docker info >/dev/null 2>&1; then
            say "the Docker engine is up"
            return 0
        fi
        sleep 1
    done
    say "error: dockerd did not answer within $WAIT_SECONDS s; the end of $DOCKERD_LOG:"
    tail -n 30 "$DOCKERD_LOG" >&2 || true
    return 1
}

check_runsc() { # warn only: gVisor may not run on every kernel or VM
    if ! docker info --format '{{json .Runtimes}}' 2>/dev/null | grep -q '"runsc"'; then
        say "warning: the Docker engine has no runsc runtime: the judge will use runc"
        return 0
    fi
    local image
    image=$(docker images --format '{{.Repository}}:{{.Tag}}' 'pyscape/*' | head -n 1)
    if [[ -n $image ]]; then
        if timeout 60 docker run --rm --runtime runsc --network none "$image" /bin/sh -c true \
            >/dev/null 2>&1; then
            say "runsc works (checked with $image)"
            return 0
        fi
    elif timeout 60 "$RUNSC" --network=none "do" /bin/true >/dev/null 2>&1; then
        say "runsc works (checked with runsc do; no sandbox image is built yet)"
        return 0
    fi
    say "warning: runsc cannot run containers on this machine: the judge will use runc"
}

main() {
    if docker info >/dev/null 2>&1; then
        say "the Docker engine is up"
        exit 0
    fi
    if ((EUID != 0)); then
        say "error: docker is not up and only root can install and start it: run me with sudo"
        exit 1
    fi
    install_missing
    register_runsc
    mount_cgroups
    start_dockerd
    wait_for_docker || exit 1
    check_runsc
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
    main "$@"
fi
