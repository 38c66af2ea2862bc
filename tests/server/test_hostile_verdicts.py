"""Whatever a sandbox writes, the server stores the verdict and answers: no 500, nothing lost,
and every duel ``code-submit`` gets its ``code-result``.

The judge here is the real one (channel, records, session, verdict) on a scripted sandbox
(tests/judge/fake_sandbox.py) that answers with the stream the submitted code names: records
nested thousands deep, figures that are not numbers, answers past the output limit, megabytes
of printed text, the hidden input in the error text, bytes that are no record at all.
"""

from __future__ import annotations

import asyncio
import re
import shutil
from pathlib import Path

import msgspec
import pytest

from pyscape_judge import Judge, Limits, Problem, Verdict
from pyscape_judge.paths import default_problems_dir
from pyscape_server.judging import OnResult
from tests.judge.fake_sandbox import PRIMED, Reply, ScriptedBackend, record
from tests.server.conftest import LiveServer, server_settings, sign_up
from tests.server.duels.conftest import DUEL_PROBLEMS, FAST, DuelServer, matched, players


def _stream(name: str, nonce: str, test: int, seen: bytes) -> bytes:
    """What a hostile harness writes in answer to test ``test`` (its frame was ``seen``)."""
    ok = {"event": "test", "test": test, "status": "ok"}
    if name == "deep":
        head = f'\n{nonce} {{"event":"test","test":{test},"status":"ok","output":'.encode()
        return head + b"[" * 5000 + b"]" * 5000 + b"}\n"
    if name == "nan_figures":
        return record(nonce, **ok, output=[0, 1], time_ms="nan", memory_kb="lots")
    if name == "huge_figures":
        return record(nonce, **ok, output=[0, 1], memory_kb=1e300)
    if name == "list_stdout":
        return record(nonce, **ok, output=[0, 1], stdout=[1, 2])
    if name == "huge_answer":
        return record(nonce, **ok, output=list(range(300_000)))
    if name == "huge_stdout":
        return record(nonce, **ok, output=[0, 1], stdout="x" * 3_000_000)
    if name == "leak":
        error = {"type": "E" + re.sub(rb"\D", b"", seen)[:30].decode(), "message": seen.decode()}
        return record(nonce, event="test", test=test, status="error", error=error)
    if name == "garbage":
        return b"\n" + nonce.encode() + b" \xff\xfe{[" + bytes(range(256)) + b"\n"
    if name == "out_of_turn":
        return record(nonce, event="ready")
    raise AssertionError(name)


STREAMS = (
    "deep", "nan_figures", "huge_figures", "list_stdout", "huge_answer", "huge_stdout", "leak",
    "garbage", "out_of_turn",
)  # fmt: skip


#: The stream each sandbox (by its job's nonce) was asked for by the code it was sent.
_streams: dict[str, str] = {}


def _script(number: int, frame: bytes, nonce: str | None) -> Reply:
    if number == 0:
        return Reply(stdout=PRIMED)
    assert nonce is not None
    body = frame.partition(b"\n")[2]
    job = msgspec.json.decode(body)
    if "code" in job:
        named = re.search(r"stream: (\w+)", job["code"])
        assert named is not None
        _streams[nonce] = named.group(1)
        return Reply(stdout=record(nonce, event="ready"), cpu_ms=2)
    if job.get("end"):
        return Reply(stdout=record(nonce, event="done"), end=True)
    return Reply(stdout=_stream(_streams[nonce], nonce, job["test"], body), cpu_ms=3)


class HostileJudging:
    """The server's judge: the real judge machinery on a scripted sandbox."""

    def __init__(self) -> None:
        self.judge = Judge(backend=ScriptedBackend(_script), limits=Limits(output_kb=1024))

    async def start(self) -> None:
        pass

    async def close(self) -> None:
        self.judge.close()

    async def judge_async(
        self, problem: Problem, language: str, code: str, *, on_result: OnResult | None = None
    ) -> Verdict:
        return await self.judge.judge_async(problem, language, code, on_result=on_result)

    async def missing(self) -> list[str]:
        return []


def _code(stream: str) -> str:
    return (
        f"# stream: {stream}\nclass Solution:\n    def twoSum(self, nums, target):\n        pass\n"
    )


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory, problems_dir: Path):
    folder = tmp_path_factory.mktemp("hostile-server")
    live = LiveServer(server_settings(folder, problems_dir), judge=HostileJudging()).start()
    yield live
    live.stop()


@pytest.mark.parametrize("stream", STREAMS)
def test_every_hostile_verdict_is_stored_and_answered(hostile_server: LiveServer, stream: str):
    user = sign_up(hostile_server, "hostile")
    response = user.submit(_code(stream))
    assert response.status_code == 200, response.text
    answer = response.json()
    assert answer["status"] not in ("internal_error", None), answer
    assert len(response.content) < 512 * 1024
    assert "987654321" not in response.text  # no hidden input of two-sum is that, but: leak
    stored = user.client.get("/api/submissions", params={"limit": 5}).json()
    assert any(s["id"] == answer["submission_id"] for s in stored["submissions"]), stored


@pytest.fixture(scope="module")
def hostile_duels(tmp_path_factory: pytest.TempPathFactory):

    problems = tmp_path_factory.mktemp("hostile-duel-problems")
    for slug in DUEL_PROBLEMS:
        shutil.copytree(default_problems_dir() / slug, problems / slug)
    folder = tmp_path_factory.mktemp("hostile-duel-server")
    live = DuelServer(folder, problems, FAST, HostileJudging()).start()
    yield live
    live.stop()


def test_every_duel_submission_gets_its_code_result(hostile_duels: DuelServer) -> None:
    ann, bob = players(hostile_duels, 2)

    async def duel() -> None:
        found, _ = await matched(ann, bob)
        for stream in STREAMS:
            await ann.send(type="code-submit", duel_id=found["duel_id"], code=_code(stream))
            result = await ann.expect("code-result")
            assert result["status"] not in ("accepted", "internal_error"), (stream, result)
        await ann.close()
        await bob.close()

    asyncio.run(duel())
