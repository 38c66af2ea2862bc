"""Bodies of the portfolio routes (seed 000, plus project editing)."""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec

from pyscape_server.schemas import Schema

ProjectName = Annotated[str, msgspec.Meta(min_length=1, max_length=100)]
Description = Annotated[str, msgspec.Meta(max_length=2000)]
SkillName = Annotated[str, msgspec.Meta(min_length=1, max_length=40)]
Skills = Annotated[list[SkillName], msgspec.Meta(max_length=20)]
MetricValue = float | int | str
Metrics = Annotated[dict[str, MetricValue], msgspec.Meta(max_length=20)]
Url = Annotated[str, msgspec.Meta(max_length=300, pattern=r"^https?://\S+$")]


class ProjectCreate(Schema):
    project_name: ProjectName
    description: Description = ""
    skills: Skills = []
    #: Figures the project reached: ``{"accuracy": 0.87, "users": 1200}``.
    metrics: Metrics = {}
    url: Url | None = None


class ProjectUpdate(Schema):
    """Fields left out keep their value."""

    project_name: ProjectName | None = None
    description: Description | None = None
    skills: Skills | None = None
    metrics: Metrics | None = None
    url: Url | None = None


class Project(Schema):
    id: str
    project_name: str
    description: str
    skills: list[str]
    metrics: dict[str, MetricValue]
    url: str | None
    created_at: str
    updated_at: str


class PortfolioUser(Schema):
    id: str
    username: str
    xp_total: int
    level: int


class Solved(Schema):
    total: int
    by_difficulty: dict[str, int]
    by_language: dict[str, int]


class DuelRecord(Schema):
    total_duels: int
    wins: int
    losses: int
    draws: int
    win_rate: float
    #: The duel rating of /api/duels/stats (the duel engine's).
    rating: int
    rank: int | None


class SkillEntry(Schema):
    name: str
    #: What shows it: "4/4 lessons", "3 problems solved", "2 projects".
    evidence: str


class Portfolio(Schema):
    user: PortfolioUser
    projects: list[Project]
    solved: Solved
    duels: DuelRecord
    skills: list[SkillEntry]


class ExportRequest(Schema):
    format: Literal["pdf"] = "pdf"


class Deleted(Schema):
    id: str
    deleted: bool = True
