#!/usr/bin/env bash
# Makes a fresh Debian machine ready to judge and to test: the Python environment, the Docker
# engine (started without a bridge network), the four sandbox images (built offline), and the
# services of the scaled-out shape: Redis (the judging queue, duels across replicas) and
# PostgreSQL, both on 127.0.0.1 only. clang 19 on the host is the benchmark's C++ floor.
# Idempotent: a second run only checks. Needs root for the engine and the offline image build.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
stamp=.venv/.pyscape-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    .venv/bin/pip install --quiet --editable '.[dev]'
    touch "$stamp"
fi

# pdftotext and pdftoppm: the portfolio export's tests read and render the PDFs.
if ! command -v pdftotext >/dev/null || ! command -v pdftoppm >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
fi
if ! command -v clang++-19 >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang-19 >/dev/null
fi

bash scripts/redis-up.sh
bash scripts/postgres-up.sh

# The OCI backend's cgroup layout first, so that the engine starts on the layout it will keep.
bash scripts/oci-up.sh
bash scripts/docker-up.sh
.venv/bin/pyscape-judge images build
