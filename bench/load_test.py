"""Load test: ``--clients`` concurrent HTTP clients for ``--duration`` seconds on the non-judging
routes, a trickle of submissions, and ``--duels`` WebSocket duels played to the end, against a
server started here (``python -m pyscape_server``) on free loopback ports with a temporary
database. Loopback only; it stops by itself.

Prints per route the requests, errors and p50/p99 latency, the requests per second, the errors
other than 429 (goal: zero) and what was lost (goal: nothing): every submission answered 200
must be in its author's history, every duel must finish and be recorded as finished. Exits 1
when an error other than 429 happened or something was lost. A benchmark: it asserts nothing
about time. ``--short`` is a 10-second run for CI.

All clients share one loopback address: the server's per-IP and per-user rate limits are set
far above the load (``--real-limits`` keeps the production limits: then most answers are 429).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from websockets.asyncio.client import connect

REPO = Path(__file__).resolve().parents[1]
PASSWORD = "correct horse battery"
SOLUTION = (REPO / "problems" / "two-sum" / "solutions" / "python.py").read_text()
WRONG = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n"
#: The non-judging routes and their weights in the mix.
ROUTES = [
    ("GET /api/problems", 4),
    ("GET /api/problems?difficulty=easy&tags=array", 2),
    ("GET /api/problems/{slug}", 4),
    ("GET /api/profile", 2),
    ("GET /api/submissions", 2),
    ("GET /api/reviews/due", 1),
    ("GET /api/leaderboard", 2),
    ("GET /api/duels/stats", 1),
]
SLUGS = ("two-sum", "valid-parentheses", "move-zeroes", "contains-duplicate", "climbing-stairs")


@dataclass
class Figures:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    limited: int = 0
    examples: list[str] = field(default_factory=list)
    #: token -> ids of submissions answered 200
    submitted: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    duels_started: set[str] = field(default_factory=set)
    duels_finished: set[str] = field(default_factory=set)

    def error(self, route: str, what: str) -> None:
        self.errors[route] += 1
        if len(self.examples) < 10:
            self.examples.append(f"{route}: {what}")


# ------------------------------------------------------------------------------ the server


class Server:
    def __init__(self, folder: Path, real_limits: bool) -> None:
        self.http, self.ws = _free_port(), _free_port()
        self.url = f"http://127.0.0.1:{self.http}"
        self.ws_url = f"ws://127.0.0.1:{self.ws}/"
        self.database = folder / "load.db"
        self.log = folder / "server.log"
        env = {
            **os.environ,
            "PYSCAPE_HOST": "127.0.0.1",
            "PYSCAPE_HTTP_PORT": str(self.http),
            "PYSCAPE_WS_PORT": str(self.ws),
            "PYSCAPE_DATABASE": str(self.database),
            "PYSCAPE_BUILD_IMAGES": "false",
            "PYSCAPE_LOG_LEVEL": "WARNING",
            "PYSCAPE_DUEL_COUNTDOWN_SECONDS": "0",
            # Every simulated player connects from 127.0.0.1: the per-address socket cap
            # stands for one address, not for the whole crowd.
            "PYSCAPE_WS_MAX_PER_IP": "1000",
        }
        if not real_limits:
            env |= {"PYSCAPE_RATE_LIMIT_IP": "100000000", "PYSCAPE_RATE_LIMIT_USER": "100000000"}
        with self.log.open("w") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "pyscape_server"],
                cwd=REPO,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    def wait_ready(self, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"the server exited:\n{self.log.read_text()[-3000:]}")
            try:
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise SystemExit("the server did not start")

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait()


def say(message: str) -> None:
    print(f"load: {message}", file=sys.stderr, flush=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ------------------------------------------------------------------------------ clients


async def sign_up(client: httpx.AsyncClient, name: str) -> dict:
    body = {"email": f"{name}@example.com", "password": PASSWORD, "username": name}
    response = await client.post("/api/auth/signup", json=body)
    response.raise_for_status()
    return response.json()


async def timed(figures: Figures, route: str, call) -> httpx.Response | None:
    started = time.perf_counter()
    try:
        response = await call
    except httpx.HTTPError as e:
        figures.error(route, f"{type(e).__name__}: {e}")
        return None
    elapsed = time.perf_counter() - started
    if response.status_code == 429:
        figures.limited += 1
    elif response.status_code >= 400:
        figures.error(route, f"{response.status_code} {response.text[:200]}")
    else:
        figures.latencies[route].append(elapsed)
    return response


async def browse(url: str, token: str, figures: Figures, until: float) -> None:
    """One client: weighted random non-judging requests, back to back, until ``until``."""
    names, weights = zip(*ROUTES, strict=True)
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=url, headers=headers, timeout=30) as client:
        while time.monotonic() < until:
            route = random.choices(names, weights)[0]
            path = route.split(" ", 1)[1].replace("{slug}", random.choice(SLUGS))
            await timed(figures, route, client.get(path))


async def submit_trickle(url: str, tokens: list[str], figures: Figures, until: float, rate: float):
    """``rate`` submissions a second (accepted and wrong in turn), each from a random user."""
    count = 0
    tasks = []
    async with httpx.AsyncClient(base_url=url, timeout=120) as client:
        while time.monotonic() < until:
            token = random.choice(tokens)
            body = {
                "problem_slug": "two-sum",
                "language": "python",
                "code": SOLUTION if count % 2 else WRONG,
            }
            tasks.append(asyncio.create_task(_submit(client, token, body, figures)))
            count += 1
            await asyncio.sleep(1 / rate)
        await asyncio.gather(*tasks)


async def _submit(client: httpx.AsyncClient, token: str, body: dict, figures: Figures) -> None:
    call = client.post("/api/submit", json=body, headers={"Authorization": f"Bearer {token}"})
    response = await timed(figures, "POST /api/submit", call)
    if response is not None and response.status_code == 200:
        figures.submitted[token].append(response.json()["submission_id"])


async def duelist(ws_url: str, token: str, figures: Figures) -> None:
    """One player: queued, matched; of the two players the one whose name sorts last submits
    a wrong answer, then the other wins with the problem's solution."""
    async with connect(ws_url) as sock:
        await sock.send(json.dumps({"type": "auth", "token": token}))
        me = (await _expect(sock, "auth-ok"))["username"]
        join = {"type": "join-queue", "difficulty": "easy", "language": "python"}
        await sock.send(json.dumps(join))
        found = await _expect(sock, "match-found")
        duel_id = found["duel_id"]
        figures.duels_started.add(duel_id)
        submit = {"type": "code-submit", "duel_id": duel_id}
        if me > found["opponent"]["username"]:
            await sock.send(json.dumps({**submit, "code": WRONG}))
            await _expect(sock, "code-result")
        else:
            await _expect(sock, "opponent-progress")
            solution = REPO / "problems" / found["problem"]["slug"] / "solutions" / "python.py"
            await sock.send(json.dumps({**submit, "code": solution.read_text()}))
        done = await _expect(sock, "duel-complete")
        if done["duel_id"] == duel_id:
            figures.duels_finished.add(duel_id)


async def _expect(sock, kind: str, timeout: float = 120) -> dict:
    """The next frame of ``kind``, skipping the others (queued, code-result, progress...)."""
    deadline = time.monotonic() + timeout
    while True:
        frame = json.loads(await asyncio.wait_for(sock.recv(), deadline - time.monotonic()))
        if frame["type"] == kind:
            return frame
        if frame["type"] == "error":
            raise RuntimeError(f"error frame while waiting for {kind}: {frame}")


async def _duelist_safely(ws_url: str, token: str, figures: Figures) -> None:
    try:
        await duelist(ws_url, token, figures)
    except Exception as e:
        figures.error("duel", f"{type(e).__name__}: {e}")


# ------------------------------------------------------------------------------ the run


async def run(server: Server, args: argparse.Namespace) -> tuple[Figures, float, int]:
    figures = Figures()
    async with httpx.AsyncClient(base_url=server.url, timeout=120) as client:
        names = [f"load{i}" for i in range(args.users)] + [
            f"duelist{i}" for i in range(2 * args.duels)
        ]
        bodies = []
        for start in range(0, len(names), 8):  # password hashing is slow on purpose
            batch = names[start : start + 8]
            bodies += await asyncio.gather(*(sign_up(client, n) for n in batch))
    tokens = [b["session"]["access_token"] for b in bodies[: args.users]]
    duelists = [b["session"]["access_token"] for b in bodies[args.users :]]

    say(f"{len(bodies)} users signed up; load for {args.duration:.0f} s")
    started = time.monotonic()
    until = started + args.duration
    browsers = asyncio.gather(
        *(browse(server.url, tokens[i % len(tokens)], figures, until) for i in range(args.clients))
    )
    others = asyncio.gather(
        submit_trickle(server.url, tokens, figures, until, args.submit_rate),
        *(_duelist_safely(server.ws_url, token, figures) for token in duelists),
    )
    await asyncio.wait_for(browsers, args.duration + 120)
    elapsed = time.monotonic() - started  # the browsing window: what requests/s divides by
    await asyncio.wait_for(others, args.duration + 180)
    say("load done; checking that nothing was lost")
    lost = await count_lost(server, figures)
    return figures, elapsed, lost


async def count_lost(server: Server, figures: Figures) -> int:
    """Submissions answered 200 missing from their author's history."""
    lost = 0
    async with httpx.AsyncClient(base_url=server.url, timeout=60) as client:
        for token, ids in figures.submitted.items():
            headers = {"Authorization": f"Bearer {token}"}
            seen: set[str] = set()
            offset = 0
            while True:
                page = await client.get(
                    f"/api/submissions?limit=100&offset={offset}", headers=headers
                )
                body = page.json()
                seen |= {s["id"] for s in body["submissions"]}
                if not body["has_more"]:
                    break
                offset += 100
            lost += len(set(ids) - seen)
    return lost


def duels_recorded(database: Path, ids: set[str]) -> int:
    conn = sqlite3.connect(database)
    try:
        rows = conn.execute("SELECT id FROM duels WHERE status = 'finished'").fetchall()
    finally:
        conn.close()
    return len(ids & {r[0] for r in rows})


def report(figures: Figures, elapsed: float, lost: int, recorded: int, args) -> bool:
    requests = sum(len(v) for v in figures.latencies.values())
    errors = sum(figures.errors.values())
    total = requests + errors + figures.limited
    print(f"\n{args.clients} HTTP clients + {args.duels} duels for {elapsed:.0f} s on loopback\n")
    print("| route | requests | errors | p50 ms | p99 ms |\n|---|---|---|---|---|")
    browsing: list[float] = []
    for route, _ in [*ROUTES, ("POST /api/submit", 0)]:
        values = figures.latencies.get(route, [])
        if route != "POST /api/submit":
            browsing += values
        print(
            f"| {route} | {len(values)} | {figures.errors.get(route, 0)} | "
            f"{_ms(values, 0.5)} | {_ms(values, 0.99)} |"
        )
    print(
        f"| all non-judging | {len(browsing)} | "
        f"{sum(v for k, v in figures.errors.items() if k not in ('POST /api/submit', 'duel'))} | "
        f"{_ms(browsing, 0.5)} | {_ms(browsing, 0.99)} |"
    )
    print(f"\nrequests/s: {total / elapsed:.0f} (non-judging {len(browsing) / elapsed:.0f})")
    print(f"429 answers: {figures.limited}; errors other than 429: {errors}")
    submitted = sum(len(v) for v in figures.submitted.values())
    print(f"submissions answered 200: {submitted}, missing from history: {lost}")
    print(
        f"duels: {len(figures.duels_finished)}/{args.duels} finished on the socket, "
        f"{recorded} recorded as finished"
    )
    for example in figures.examples:
        print("  error:", example)
    finished = len(figures.duels_started) == len(figures.duels_finished) == recorded == args.duels
    return errors == 0 and lost == 0 and finished


def _ms(values: list[float], q: float) -> str:
    if not values:
        return "-"
    ordered = sorted(values)
    return f"{1000 * ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]:.0f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--duration", type=float, default=60)
    parser.add_argument("--duels", type=int, default=20)
    parser.add_argument("--users", type=int, default=20, help="accounts the clients share")
    parser.add_argument("--submit-rate", type=float, default=1.0, help="submissions a second")
    parser.add_argument("--short", action="store_true", help="10 s (CI)")
    parser.add_argument("--real-limits", action="store_true")
    args = parser.parse_args()
    if args.short:
        args.duration = 10
    with tempfile.TemporaryDirectory(prefix="pyscape-load-") as folder:
        server = Server(Path(folder), args.real_limits)
        try:
            server.wait_ready()
            say(f"server up on {server.url} and {server.ws_url}")
            figures, elapsed, lost = asyncio.run(run(server, args))
        finally:
            code = server.stop()
        if code != 0:
            print(f"the server exited with {code}:\n{server.log.read_text()[-3000:]}")
        recorded = duels_recorded(server.database, figures.duels_finished)
        ok = report(figures, elapsed, lost, recorded, args) and code == 0
    print("\nOK" if ok else "\nFAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
