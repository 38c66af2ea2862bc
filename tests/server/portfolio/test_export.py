"""The portfolio PDF: opened with poppler (pdftotext, pdftoppm), hostile text included."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from pyscape_server.portfolio import render
from pyscape_server.portfolio.schemas import (
    DuelRecord,
    Portfolio,
    PortfolioUser,
    Project,
    Solved,
)
from tests.server.duels.test_duels import record_duels

#: Typst syntax that must come out as plain text, not markup or code.
HOSTILE = [
    '#import "/etc/passwd": *',
    "$x^2$ and ] and [",
    'back\\slash "quoted" `code` @ref <label>',
    '#{panic("boom")} #read("/etc/hostname") = heading *bold* _em_',
    "// not a comment /* nor this */ ~ -- ---",
]


def poppler() -> None:
    if not (shutil.which("pdftotext") and shutil.which("pdftoppm")):
        pytest.fail("poppler-utils is required: apt-get install -y poppler-utils")


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "portfolio.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    )
    return " ".join(out.stdout.split())


def render_page(pdf: bytes, tmp_path: Path) -> Path:
    path = tmp_path / "page.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")],
        check=True,
    )
    (png,) = tmp_path.glob("p*.png")
    assert png.read_bytes().startswith(b"\x89PNG") and png.stat().st_size > 2000
    return png


def test_hostile_text_is_printed_as_text(tmp_path):
    poppler()
    projects = [
        Project(
            id=str(n),
            project_name=f"P{n} {text}",
            description=text,
            skills=[text],
            metrics={text: text, "n": n},
            url=None,
            created_at="",
            updated_at="",
        )
        for n, text in enumerate(HOSTILE)
    ]
    portfolio = Portfolio(
        user=PortfolioUser(id="u", username="mallory_1", xp_total=0, level=1),
        projects=projects,
        solved=Solved(total=0, by_difficulty={}, by_language={}),
        duels=DuelRecord(
            total_duels=0, wins=0, losses=0, draws=0, win_rate=0.0, rating=1000, rank=None
        ),
        skills=[],
    )
    pdf = render.pdf(portfolio, "2025-06-01")
    text = pdf_text(pdf, tmp_path)
    for hostile in HOSTILE:
        assert " ".join(hostile.split()) in text, hostile
    assert "root:" not in text  # /etc/passwd was not read
    render_page(pdf, tmp_path)


def test_export_over_http(server, new_user, tmp_path):
    poppler()
    user, rival = new_user("employee"), new_user("rival")
    for n, name in enumerate(["Sentiment Analyzer", "Ray Tracer", 'Evil #"] $x$ `y` <z>']):
        body = {
            "project_name": name,
            "description": f"Project number {n}",
            "skills": ["Python", f"Skill{n}"],
            "metrics": {"stars": 10 * n, "accuracy": 0.9},
        }
        assert user.client.post("/api/portfolio/projects", json=body).status_code == 201
    assert user.submit().json()["status"] == "accepted"
    assert user.client.post("/api/lessons/ds_hash_tables/complete").status_code == 200
    record_duels(server.settings.database_location, [(user, rival), (rival, user), (user, rival)])

    portfolio = user.client.get("/api/portfolio").json()
    assert portfolio["solved"]["by_difficulty"]["easy"] == 1
    assert portfolio["solved"]["by_language"] == {"python": 1}
    duels = portfolio["duels"]
    assert (duels["wins"], duels["losses"], duels["total_duels"]) == (2, 1, 3)
    stats = user.client.get("/api/duels/stats").json()
    assert (duels["rating"], duels["rank"]) == (stats["rating"], stats["rank"])
    names = [s["name"] for s in portfolio["skills"]]
    assert "Data Structures" in names and "hash-table" in names

    response = user.client.post("/api/portfolio/export", json={"format": "pdf"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    text = pdf_text(response.content, tmp_path)
    assert user.username in text
    for name in ("Sentiment Analyzer", "Ray Tracer", 'Evil #"] $x$ `y` <z>'):
        assert name in text, name
    assert "Data Structures" in text and "Wins 2, losses 1" in text
    render_page(response.content, tmp_path)
    # no body means PDF; a browser may read the file's name (CORS exposes the header)
    bare = user.client.post("/api/portfolio/export", headers={"Origin": "http://app.test"})
    assert bare.status_code == 200 and bare.content.startswith(b"%PDF")
    assert f"portfolio-{user.username}.pdf" in bare.headers["content-disposition"]
    assert "content-disposition" in bare.headers["access-control-expose-headers"].lower()
