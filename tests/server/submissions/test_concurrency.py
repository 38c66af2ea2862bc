"""50 submissions at once from 10 users: every one recorded, XP given exactly once per problem."""

from __future__ import annotations

import random
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

from tests.server.conftest import MOVE_ZEROES, TWO_SUM, TWO_SUM_WRONG
from tests.server.db.databases import query

PLAN = [("two-sum", TWO_SUM)] * 3 + [("two-sum", TWO_SUM_WRONG), ("move-zeroes", MOVE_ZEROES)]


def test_fifty_concurrent_submissions_from_ten_users(server, new_user):
    users = [new_user("crowd") for _ in range(10)]
    jobs = [(user, slug, code) for user in users for slug, code in PLAN]
    random.Random(7).shuffle(jobs)

    def submit(job):
        user, slug, code = job
        return user, slug, user.submit(code, slug=slug)

    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        outcomes = list(pool.map(submit, jobs))

    for _, _, response in outcomes:
        assert response.status_code == 200, response.text
    for user in users:
        mine = [(slug, r.json()) for u, slug, r in outcomes if u is user]
        statuses = Counter((slug, body["status"]) for slug, body in mine)
        assert statuses == {
            ("two-sum", "accepted"): 3,
            ("two-sum", "wrong_answer"): 1,
            ("move-zeroes", "accepted"): 1,
        }
        xp = Counter((slug, body["xp_earned"]) for slug, body in mine if body["xp_earned"])
        assert xp == {("two-sum", 100): 1, ("move-zeroes", 100): 1}
        solved = sorted(b["times_solved"] for s, b in mine if s == "two-sum" and b["success"])
        assert solved == [1, 2, 3]
        assert user.client.get("/api/profile").json()["xp_total"] == 200
        history = user.client.get("/api/submissions", params={"limit": 100}).json()
        assert history["total"] == 5
        assert {s["id"] for s in history["submissions"]} == {b["id"] for _, b in mine}

    ids = {f"u{n}": user.id for n, user in enumerate(users)}
    mine = f"user_id IN ({', '.join(':' + name for name in ids)})"
    (row,) = query(
        server.settings.database_location,
        f"SELECT (SELECT COUNT(*) FROM submissions WHERE {mine}) AS count,"
        f" (SELECT COUNT(*) FROM xp_awards WHERE {mine}) AS awards",
        ids,
    )
    assert row == {"count": 50, "awards": 20}
