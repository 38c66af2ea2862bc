#!/usr/bin/env bash
# What the OCI backend (sandboxes straight from the runtime, no engine) wants beyond what
# docker-up.sh brings: crun, the fastest runtime of the host kernel's isolation, and a cgroup
# layout it accepts. runc (docker.io's) and gVisor's runsc come with the engine.
#
# crun refuses a hybrid cgroup host (v1 hierarchies, and a v2 one beside them) whose v2
# hierarchy holds a controller: on such a host, each controller the v2 hierarchy holds (often
# hugetlb, which no init mounted as v1) is mounted as a v1 hierarchy of its own, as the others
# are. Nothing else changes: the engine, runc and every existing cgroup keep working.
#
# Idempotent. Anything that fails here is a warning: the judge then uses runc (its start-up log
# says why). Usage: sudo scripts/oci-up.sh
set -euo pipefail

say() { printf 'oci-up: %s\n' "$*" >&2; }

if ((EUID != 0)); then
    say "not root: nothing to do (the OCI backend needs root)"
    exit 0
fi

if ! command -v crun >/dev/null; then
    say "installing crun"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends crun >/dev/null \
        || say "warning: crun could not be installed: the judge uses runc"
fi

mount_v1() { # mount_v1 ROOT CONTROLLER: the controller's v1 hierarchy at ROOT/CONTROLLER
    if mkdir -p "$1/$2" && mount -t cgroup -o "$2" cgroup "$1/$2"; then
        say "mounted the $2 controller as a v1 hierarchy at $1/$2"
    else
        say "warning: could not mount $2 as v1: crun refuses this host, the judge uses runc"
    fi
}

memory_v1=$(awk '$3 == "cgroup" && $4 ~ /(^|,)memory(,|$)/ { print $2; exit }' /proc/mounts)
unified=$(awk '$3 == "cgroup2" { print $2; exit }' /proc/mounts)
if [[ -n $memory_v1 ]]; then
    root=$(dirname "$memory_v1")
    # The controllers the v2 hierarchy holds beside the v1 ones (hybrid)...
    # (read, not tested with -s: a cgroup file's size is 0 whatever it holds).
    if [[ -n $unified ]]; then
        for controller in $(cat "$unified/cgroup.controllers" 2>/dev/null || true); do
            mount_v1 "$root" "$controller"
        done
    fi
    # ...and those bound to a v1 hierarchy that is mounted nowhere (unmounted by hand): the
    # processes' /proc/<pid>/cgroup name it, and containerd cannot find it (no statistics).
    while read -r controller hierarchy _ enabled; do
        [[ $controller == \#* || $hierarchy == 0 || $enabled != 1 ]] && continue
        if ! awk -v c="$controller" '$3 == "cgroup" && ("," $4 ",") ~ ("," c ",") { found = 1 }
                END { exit !found }' /proc/mounts; then
            mount_v1 "$root" "$controller"
        fi
    done </proc/cgroups
fi
if command -v crun >/dev/null; then
    say "crun $(crun --version | awk 'NR == 1 { print $3 }') is here"
fi
