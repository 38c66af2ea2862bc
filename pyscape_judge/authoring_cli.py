"""``pyscape-judge validate`` and ``pyscape-judge new``: the problem authors' commands."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import msgspec
from rich.console import Console
from rich.table import Table

from pyscape_judge.problem import CheckerName, Mode
from pyscape_judge.verdict import Status

console = Console()
errors = Console(stderr=True)


def add_commands(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Add ``validate`` and ``new`` to ``pyscape-judge``'s parser (``parents``: the options
    every problem command takes after its name, ``--problems-dir``)."""
    validate = sub.add_parser(
        "validate", parents=parents, help="prove problems right: every solution judged"
    )
    validate.add_argument("problems", nargs="*", help="default: every problem")
    validate.add_argument("-l", "--language", help="judge this language's files only")
    validate.add_argument("--json", action="store_true", help="print the reports as JSON")
    validate.set_defaults(command=cmd_validate)

    new = sub.add_parser(
        "new",
        parents=parents,
        help="scaffold a problem folder that validates as it is (in the current folder, "
        "or --problems-dir, or $PYSCAPE_PROBLEMS_DIR)",
    )
    new.add_argument("slug")
    new.add_argument("--mode", choices=[m.value for m in Mode], default=Mode.FUNCTION.value)
    new.add_argument(
        "--checker", choices=[c.value for c in CheckerName], default=CheckerName.EXACT.value
    )
    new.set_defaults(command=cmd_new)


def cmd_validate(args: argparse.Namespace) -> int:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from pyscape_judge.authoring import Check, validate
    from pyscape_judge.judge import Judge

    progress = Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=errors,
        transient=True,
        disable=not errors.is_terminal,
    )
    task = progress.add_task("validating", total=None)
    done = [0, 0]

    def on_plan(total: int) -> None:
        done[1] = total
        progress.update(task, total=total)

    def on_check(check: Check) -> None:
        done[0] += 1
        progress.update(task, advance=1, description=f"{check.problem} ({check.language})")
        if not errors.is_terminal:  # a log, a CI job: one line a check
            got = check.got.value if check.got else "?"
            errors.print(
                f"[{done[0]}/{done[1]}] {check.path}: {got} {check.slowest_ms:.0f} ms",
                highlight=False,
                markup=False,
            )

    with (
        progress,
        Judge(runtime=args.runtime, sandbox=args.sandbox, reveal_hidden=True, pool_size=2) as judge,
    ):
        reports = validate(
            args.problems or None,
            judge=judge,
            problems_dir=args.problems_dir,
            language=args.language,
            on_plan=on_plan,
            on_check=on_check,
        )
    if args.json:
        print(msgspec.json.encode(reports).decode())
    else:
        print_reports(reports, args.language)
    return 0 if all(r.ok for r in reports) else 1


def print_reports(reports: list[Any], language: str | None = None) -> None:
    """The results table (a row per problem that loaded), then every error and warning."""
    from pyscape_judge.languages import get_language, languages

    names = [get_language(language).name] if language else list(languages())
    table = Table(title="reference solutions: slowest test, peak memory", title_justify="left")
    table.add_column("problem")
    table.add_column("limits", justify="right")
    for name in names:
        table.add_column(name, justify="right")
    table.add_column("wrong/", justify="right")
    for report in reports:
        if report.loaded:
            limits = f"{report.time_ms} ms, {report.memory_mb} MB"
            cells = [_reference_cell(report, name) for name in names]
            slug = report.slug if report.ok else f"[red]{report.slug}[/]"
            table.add_row(slug, limits, *cells, _wrong_cell(report))
    console.print(table)
    for report in reports:
        for error in report.errors:
            console.print(f"[red]{report.slug}: {error}[/]", highlight=False, markup=False)
        for check in report.checks:
            if not check.ok:
                console.print(f"[red]{check.path}: {check.message}[/]", highlight=False)
            elif check.warning:
                console.print(f"[yellow]{check.path}: {check.warning}[/]", highlight=False)
    failed = [r.slug for r in reports if not r.ok]
    if failed:
        console.print(f"[bold red]{len(failed)} of {len(reports)} problems failed[/]")
    else:
        console.print(f"[bold green]all {len(reports)} problems valid[/]")


def _reference_cell(report: Any, name: str) -> str:
    refs = [c for c in report.checks if c.language == name and c.wanted is Status.ACCEPTED]
    if not refs:
        return "[red]none[/]"
    if not all(c.ok for c in refs):
        return "[red]FAIL[/]"
    slow = max(c.slowest_ms for c in refs)
    memory_mb = max(c.memory_kb for c in refs) / 1024
    style = "yellow" if any(c.warning for c in refs) else "green"
    return f"[{style}]{slow:.0f} ms, {memory_mb:.1f} MB[/]"


def _wrong_cell(report: Any) -> str:
    wrong = [c for c in report.checks if c.wanted is not Status.ACCEPTED]
    good = sum(c.ok for c in wrong)
    return f"[{'green' if good == len(wrong) else 'red'}]{good}/{len(wrong)}[/]"


def cmd_new(args: argparse.Namespace) -> int:
    from pyscape_judge.scaffold import scaffold

    where = args.problems_dir or Path.cwd()
    folder = scaffold(args.slug, where, mode=args.mode, checker=args.checker)
    console.print(
        f"created {folder}: edit problem.toml, statement.md, tests.jsonl, "
        "solutions/ and wrong/, then run `pyscape-judge validate "
        f"{folder}`",
        highlight=False,
    )
    return 0
