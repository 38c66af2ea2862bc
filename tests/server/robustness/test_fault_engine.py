"""The Docker engine stopped in the middle of judging: JUDGE_ERROR, recorded as internal_error,
no hang, and judging resumes when the engine is back. The engine stopped is a private one
(conftest.PrivateEngine): the shared engine keeps serving everyone else."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from pyscape_server.judging import UNAVAILABLE
from tests.polling import wait_until
from tests.server.conftest import TWO_SUM, sign_up
from tests.server.robustness.conftest import assert_error_format

#: Spends 3 s loading: long enough for the engine to be stopped under it.
SLOW_TWO_SUM = "import time\n\ntime.sleep(3)\n" + TWO_SUM
#: No answer may take longer than this, engine or no engine.
NO_HANG_S = 90


@pytest.mark.engine_stop
def test_engine_stopped_mid_judging(make_engine_server, private_engine):
    live = make_engine_server(docker_host=private_engine.url, judge_pool_size=1)
    user = sign_up(live, "engine")
    client = user.client
    client.timeout = httpx.Timeout(NO_HANG_S)
    assert user.submit().json()["status"] == "accepted"  # the engine works

    judging = live.runtime.judge
    reached = threading.Event()
    judge_async = judging.judge_async

    async def spy(*args, **kwargs):  # tells the test the submission has reached the judge
        reached.set()
        return await judge_async(*args, **kwargs)

    judging.judge_async = spy  # type: ignore[method-assign]
    answer: dict[str, httpx.Response] = {}
    slow = threading.Thread(target=lambda: answer.setdefault("r", user.submit(SLOW_TWO_SUM)))
    slow.start()
    wait_until(reached.is_set, "the slow submission to reach the judge")
    stopped_at = time.monotonic()  # the code spends 3 s loading: the engine stops under it
    private_engine.stop()
    slow.join(NO_HANG_S)
    assert not slow.is_alive(), "the submit hung after the engine stopped"
    response = answer["r"]
    assert response.status_code == 500, response.text
    assert_error_format("/api/submit", 500, response.json())
    error = response.json()["error"]
    assert error["code"] == "JUDGE_ERROR", error
    assert error["message"] == UNAVAILABLE, error  # the reason is in the log, not for users
    assert "docker" not in response.text.lower(), response.text
    assert time.monotonic() - stopped_at < NO_HANG_S

    # while the engine is down: an answer at once, recorded as the judge's failure
    down = user.submit()
    assert down.status_code == 500, down.text
    assert down.json()["error"]["code"] == "JUDGE_ERROR"
    assert down.json()["error"]["message"] == UNAVAILABLE
    history = client.get("/api/submissions").json()["submissions"]
    assert [s["status"] for s in history[:2]] == ["internal_error", "internal_error"]
    assert history[2]["status"] == "accepted" and len(history) == 3
    assert client.get("/api/profile").json()["xp_total"] == 100  # no XP for failures

    private_engine.start()
    back = user.submit()
    assert back.status_code == 200, back.text
    assert back.json()["status"] == "accepted"
    again = user.submit()
    assert again.status_code == 200 and again.json()["status"] == "accepted"
    user.client.close()
