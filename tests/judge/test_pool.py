"""The warm pool: fresh containers, used once, ready ahead of need; same verdicts as without."""

from __future__ import annotations

import time
from pathlib import Path

import msgspec
import pytest

from pyscape_judge import Judge, Status, load_problem
from pyscape_judge.sandbox.docker import LABEL, DockerBackend
from pyscape_judge.sandbox.pool import WarmPool
from tests.conftest import require_docker
from tests.judge import fake_sandbox
from tests.judge.fake_sandbox import Reply, ScriptedBackend, ScriptedSandbox, after_ready, record

TWO_SUM = load_problem("two-sum")
HOSTILE_ADD = Path(__file__).parents[1] / "hostile" / "problems" / "hostile-add"


@pytest.fixture(scope="module")
def pooled() -> Judge:
    require_docker()
    judge = Judge(sandbox="docker", pool_size=2, pool_idle_s=60)
    yield judge
    judge.close()


def _wait_ready(pool: WarmPool, count: int) -> None:
    deadline = time.monotonic() + 60
    while pool.stats()["ready"] < count and time.monotonic() < deadline:
        time.sleep(0.1)
    assert pool.stats()["ready"] >= count


@pytest.mark.docker
@pytest.mark.parametrize("language", ["python", "javascript"])
def test_pooled_verdicts_match(pooled: Judge, language: str) -> None:
    pool = pooled.sandboxes
    assert isinstance(pool, WarmPool)
    pooled.warm_up(language, TWO_SUM)
    _wait_ready(pool, 2)
    accepted = pooled.judge(TWO_SUM, language, TWO_SUM.solutions[language][0].read_text())
    assert accepted.status is Status.ACCEPTED
    wrong = TWO_SUM.wrong[0] if TWO_SUM.wrong[0].language == language else TWO_SUM.wrong[1]
    assert pooled.judge(TWO_SUM, language, wrong.path.read_text()).status is wrong.verdict


@pytest.mark.docker
def test_every_submission_gets_a_container_nobody_used(pooled: Judge) -> None:
    pool = pooled.sandboxes
    assert isinstance(pool, WarmPool)
    pooled.warm_up("python", TWO_SUM)
    seen: list[str] = []
    original = pool.acquire

    def spy(spec, prime):
        box = original(spec, prime)
        seen.append(box.container)
        return box

    pool.acquire = spy  # type: ignore[method-assign]
    try:
        code = (
            "import os\nclass Solution:\n    def twoSum(self, nums, target):\n"
            "        open('/tmp/trace', 'a').write('x')\n"
            "        return [0, 1] if os.path.getsize('/tmp/trace') >= 0 else []\n"
        )
        for _ in range(4):
            pooled.judge(TWO_SUM, "python", code)
    finally:
        del pool.acquire
    assert len(set(seen)) == 4
    time.sleep(1.0)
    api = pooled.backend.client.api
    alive = {c["Id"] for c in api.containers(all=True, filters={"label": LABEL})}
    assert not alive & set(seen), "used containers must be destroyed"


@pytest.mark.docker
def test_idle_kinds_shrink_and_close_destroys_everything() -> None:
    require_docker()
    judge = Judge(sandbox="docker", pool_size=1, pool_idle_s=1.0)
    pool = judge.sandboxes
    assert isinstance(pool, WarmPool)
    judge.warm_up("python", TWO_SUM)
    _wait_ready(pool, 1)
    deadline = time.monotonic() + 20
    while pool.stats()["kinds"] and time.monotonic() < deadline:
        time.sleep(0.2)
    assert pool.stats()["kinds"] == 0
    judge.warm_up("python", TWO_SUM)
    _wait_ready(pool, 1)
    waiting = [box.container for kind in pool._kinds.values() for box in kind.ready]
    judge.close()
    assert pool.stats()["live"] == 0
    api = DockerBackend().client.api
    alive = {c["Id"] for c in api.containers(all=True, filters={"label": LABEL})}
    assert waiting and not alive & set(waiting)


class _UnclosableSandbox(ScriptedSandbox):
    def close(self) -> None:
        super().close()
        raise RuntimeError("the backend failed to close it")


def _answer_adds(frame: bytes, nonce: str) -> Reply:
    body = msgspec.json.decode(frame.partition(b"\n")[2])
    if body.get("end"):
        return Reply(stdout=record(nonce, event="done"), end=True)
    a, b = body["input"]
    return Reply(stdout=record(nonce, event="test", test=body["test"], status="ok", output=a + b))


@pytest.mark.parametrize("pool_size", [0, 1], ids=["cold", "pool"])
def test_a_sandbox_that_fails_to_close_leaves_the_verdict_standing(
    pool_size: int, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    backend = ScriptedBackend(after_ready(_answer_adds))
    monkeypatch.setattr(fake_sandbox, "ScriptedSandbox", _UnclosableSandbox)
    with caplog.at_level("ERROR"), Judge(backend=backend, pool_size=pool_size) as judge:
        verdicts = [judge.judge(HOSTILE_ADD, "python", "class Solution: pass") for _ in range(2)]
    assert [v.status for v in verdicts] == [Status.ACCEPTED] * 2, verdicts
    assert backend.started and all(box.closed for box in backend.started)
    assert "could not close a sandbox" in caplog.text
