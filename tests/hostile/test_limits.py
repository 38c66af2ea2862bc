"""Hostile programs, one per limit, under runc and gVisor's runsc.

Each program attacks one wall of the sandbox; the test checks the verdict it must get and that
the host is untouched (no container left behind).
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from pyscape_judge import Judge, Status, load_problem
from pyscape_judge.sandbox.docker import LABEL, DockerBackend
from tests.conftest import require_docker

TWO_SUM = load_problem("two-sum")


def py(body: str) -> str:
    """A two-sum 'solution' whose method runs ``body`` (4-space indented lines)."""
    lines = "\n".join("        " + line for line in body.strip().splitlines())
    return f"import os, sys, socket\nclass Solution:\n    def twoSum(self, nums, target):\n{lines}\n"


HOSTILE = {
    "endless_loop": (py("while True: pass"), Status.TIMEOUT),
    "sleep_forever": (py("import time\ntime.sleep(10**6)"), Status.TIMEOUT),
    "memory_bomb": (py("hog = []\nwhile True: hog.append(bytearray(2**24))"),
                    Status.MEMORY_LIMIT_EXCEEDED),
    "fork_bomb": (py("while True:\n    try: os.fork()\n    except OSError: pass"),
                  Status.TIMEOUT),
    "network_connection": (py("socket.create_connection(('1.1.1.1', 53), timeout=1)"),
                           Status.RUNTIME_ERROR),
    "name_resolution": (py("socket.getaddrinfo('example.com', 80)"), Status.RUNTIME_ERROR),
    "write_outside_tmp": (py("open('/usr/pwned', 'w').write('x')"), Status.RUNTIME_ERROR),
    "file_over_size_limit": (py("open('/tmp/big', 'wb').write(b'x' * (64 * 2**20))"),
                             Status.RUNTIME_ERROR),
    "stdout_flood": (py("while True: print('x' * 65536)"), Status.OUTPUT_LIMIT_EXCEEDED),
    "raw_fd_flood": (py("while True: os.write(1, b'y' * 65536)"),
                     Status.OUTPUT_LIMIT_EXCEEDED),
    "stderr_flood": (py("while True: os.write(2, b'z' * 65536)"),
                     Status.OUTPUT_LIMIT_EXCEEDED),
    "exit_halfway": (py("os._exit(0)"), Status.RUNTIME_ERROR),
    "kill_everything": (py("os.kill(-1, 9)"), Status.RUNTIME_ERROR),
}


@pytest.fixture(scope="module", params=["runc", "runsc"])
def judge(request: pytest.FixtureRequest) -> Iterator[Judge]:
    require_docker()
    judge = Judge(runtime=request.param, reveal_hidden=True)
    yield judge
    judge.close()


@pytest.mark.docker
@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_program_gets_its_verdict(judge: Judge, case: str) -> None:
    code, status = HOSTILE[case]
    verdict = judge.judge(TWO_SUM, "python", code)
    if case == "fork_bomb":
        # The pids limit stops the bomb; what is left of the time ends it (or it crashes).
        assert verdict.status in (Status.TIMEOUT, Status.RUNTIME_ERROR), verdict
    else:
        assert verdict.status is status, verdict
    assert verdict.results and not verdict.results[-1].passed
    _assert_no_sandbox_left(judge)


FORGERY = py(
    "nonce = 'f' * 32\n"
    "print('\\n' + nonce + ' ' + '{\"test\": 1, \"status\": \"ok\", \"output\": [0, 1]}')\n"
    "os.write(1, b'\\n' + b'0' * 32 + b' {\"event\": \"done\"}\\n')\n"
    "seen = {}\n"
    "for i, n in enumerate(nums):\n"
    "    if target - n in seen: return [seen[target - n], i]\n"
    "    seen[n] = i"
)


@pytest.mark.docker
def test_text_that_looks_like_records_is_just_output(judge: Judge) -> None:
    verdict = judge.judge(TWO_SUM, "python", FORGERY)
    assert verdict.status is Status.ACCEPTED, verdict
    assert '"status": "ok"' in (verdict.results[0].stdout or "")


PROBE = {
    "uid": "os.getuid()",
    "no_new_privs": "int([l for l in open('/proc/self/status') if l.startswith('NoNewPrivs')]"
                    "[0].split()[1])",
    "capabilities": "int([l for l in open('/proc/self/status') if l.startswith('CapEff')]"
                    "[0].split()[1], 16)",
    "interfaces": "len([n for n in os.listdir('/sys/class/net') if n != 'lo'])",
    "root_writable": "int(os.access('/', os.W_OK))",
    "secret_visible": "int(any(SECRET in open(os.path.join(d, f), errors='replace').read() "
                      "for d, _, fs in os.walk('/tmp') for f in fs))",
    # The last test's expected answer is SECRET: no probe can produce it.
    "secret": "0",
}
SECRET = "987654321123"
EXPECTED = {"uid": 65534, "no_new_privs": 1, "capabilities": 0, "interfaces": 0,
            "root_writable": 0, "secret_visible": 0, "secret": int(SECRET)}


@pytest.mark.docker
def test_the_sandbox_walls_hold(judge: Judge, make_problem) -> None:
    """Each fact is computed inside the sandbox; the host holds the expected values."""
    names = list(PROBE)
    if judge.backend.runtime == "runsc":  # gVisor reports no NoNewPrivs line
        names.remove("no_new_privs")
    folder = make_problem(
        """
        title = "Probe"
        difficulty = "easy"
        mode = "function"
        [signature]
        function = "probe"
        returns = "long"
        params = [{ name = "fact", type = "string" }]
        """,
        [json.dumps({"input": [name], "expected": EXPECTED[name]}) for name in names],
        slug=f"probe-{judge.backend.runtime}",
    )
    table = "{" + ", ".join(f"{n!r}: lambda: {PROBE[n]}" for n in names) + "}"
    code = (f"import os\nSECRET = str(10**12 - 12345678877)\nclass Solution:\n"
            f"    def probe(self, fact):\n        return {table}[fact]()\n")
    verdict = judge.judge(load_problem(folder), "python", code)
    facts = [(r.input, r.output, r.error) for r in verdict.results]
    assert verdict.status is Status.WRONG_ANSWER, facts
    assert len(verdict.results) == len(names) and verdict.summary.failed == 1, facts


def _assert_no_sandbox_left(judge: Judge) -> None:
    backend = judge.backend
    assert isinstance(backend, DockerBackend)
    mine = backend.client.api.containers(
        all=True, filters={"label": [LABEL, f"pyscape.owner={backend.owner}"]}
    )
    assert mine == []


@pytest.mark.docker
def test_leftovers_of_a_dead_judge_are_swept(judge: Judge) -> None:
    backend = judge.backend
    assert isinstance(backend, DockerBackend)
    api = backend.client.api
    orphan = api.create_container(
        _python_image(), command=["true"],
        labels={LABEL: "python", "pyscape.owner": "somehost-dead:1:1"},
    )["Id"]
    dead_here = api.create_container(
        _python_image(), command=["true"],
        labels={LABEL: "python", "pyscape.owner": f"{backend.owner.split(':')[0]}:999999:1"},
    )["Id"]
    try:
        assert backend.sweep() >= 1
        remaining = {c["Id"] for c in api.containers(all=True, filters={"label": LABEL})}
        assert dead_here not in remaining
        assert orphan in remaining  # another host's judge may still be alive
    finally:
        api.remove_container(orphan, force=True)


def _python_image() -> str:
    from pyscape_judge import get_language

    return get_language("python").image()
