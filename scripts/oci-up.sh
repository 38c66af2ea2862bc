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

unified=$(awk '$3 == "cgroup2" { print $2; exit }' /proc/mounts)
hybrid=$(awk '$3 == "cgroup" && $4 ~ /(^|,)memory(,|$)/ { found = 1 } END { print found + 0 }' /proc/mounts)
if [[ -n $unified && $hybrid == 1 && -s $unified/cgroup.controllers ]]; then
    root=$(dirname "$unified")
    for controller in $(cat "$unified/cgroup.controllers"); do
        if mkdir -p "$root/$controller" && mount -t cgroup -o "$controller" cgroup "$root/$controller"; then
            say "mounted the $controller controller as a v1 hierarchy at $root/$controller"
        else
            say "warning: could not mount $controller as v1: crun refuses this host, the judge uses runc"
        fi
    done
fi
if command -v crun >/dev/null; then
    say "crun $(crun --version | awk 'NR == 1 { print $3 }') is here"
fi
