#!/usr/bin/env bash
# Starts a Docker engine for the sandboxes on a fresh Debian machine (root), idempotently:
# installs docker.io, debootstrap and runsc when missing, registers gVisor's runsc runtime,
# and starts dockerd with no bridge network (sandboxes run with --network none).
set -euo pipefail

if docker info >/dev/null 2>&1; then
    exit 0
fi

missing=()
command -v dockerd >/dev/null || missing+=(docker.io)
command -v debootstrap >/dev/null || missing+=(debootstrap)
command -v runsc >/dev/null || missing+=(runsc)
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

wanted='{"runtimes": {"runsc": {"path": "/usr/bin/runsc", "runtimeArgs": ["--network=none"]}}}'
mkdir -p /etc/docker
if [ "$(cat /etc/docker/daemon.json 2>/dev/null)" != "$wanted" ]; then
    echo "$wanted" > /etc/docker/daemon.json
fi

log=/var/log/pyscape-dockerd.log
setsid nohup dockerd --bridge=none --iptables=false --ip-masq=false >"$log" 2>&1 < /dev/null &

for _ in $(seq 60); do
    if docker info >/dev/null 2>&1; then
        echo "docker engine up ($(docker version --format '{{.Server.Version}}'))"
        exit 0
    fi
    sleep 1
done
echo "the Docker engine did not start within 60 s; the end of $log:" >&2
tail -n 30 "$log" >&2
exit 1
