# PyScape's routine tasks. `just --list` shows them.
set shell := ["bash", "-euo", "pipefail", "-c"]

bin := ".venv/bin"

# Install everything, start the Docker engine, build the sandbox images.
setup:
    bash scripts/setup.sh

# Lint, then the whole test suite (real containers; CI=true makes a missing engine fail).
test *args: lint
    {{bin}}/pytest {{args}}

# The server's tests again, every test server on a fresh PostgreSQL database.
test-pg *args:
    PYSCAPE_TEST_DATABASE=postgres {{bin}}/pytest tests/server {{args}}

# Every test that needs no Docker engine (the server's on a scripted judge), and how long it took.
test-fast *args:
    TIMEFORMAT='just test-fast: %0R s'; time {{bin}}/pytest -m "not docker" {{args}}

# The server's tests only, without the engine (goal: under a minute).
test-server *args:
    TIMEFORMAT='just test-server: %0R s'; time {{bin}}/pytest -m "not docker" tests/server {{args}}

lint:
    {{bin}}/ruff check pyscape_judge pyscape_server tests bench
    {{bin}}/ruff format --check pyscape_judge pyscape_server tests bench

fmt:
    {{bin}}/ruff check --fix pyscape_judge pyscape_server tests bench
    {{bin}}/ruff format pyscape_judge pyscape_server tests bench

# Build the missing sandbox images (offline when debootstrap is here and we are root).
images *args:
    {{bin}}/pyscape-judge images build {{args}}

# Start the server: REST on 5000, WebSocket on 8080 (settings: pyscape_server/README.md).
serve *args:
    {{bin}}/pyscape-server {{args}}

# Validate problems: every solution judged in every language (default: all problems).
validate *args:
    {{bin}}/pyscape-judge validate {{args}}

# Judge a solution file: just judge two-sum problems/two-sum/solutions/python.py
judge problem file *args:
    {{bin}}/pyscape-judge run {{problem}} {{file}} {{args}}

# Remove sandbox containers left behind by dead judges.
sweep:
    {{bin}}/pyscape-judge sweep

# Judge latency and throughput: warm pool vs cold container vs bare subprocess.
bench *args:
    {{bin}}/python bench/judge_bench.py {{args}}

# Scaled out on one machine: PostgreSQL, Redis, 2 judge workers, 2 servers (up | status | down).
cluster action="up":
    bash scripts/cluster.sh {{action}}

# Judging throughput through the Redis queue with 1, 2, 3 workers (figures, not asserted).
bench-queue *args:
    {{bin}}/python bench/queue_bench.py {{args}}

# Load test on loopback: 200 HTTP clients for 60 s + 20 duels (--short: 10 s); exits 1 on loss.
load *args:
    {{bin}}/python bench/load_test.py {{args}}
