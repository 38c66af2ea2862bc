"""``pyscape-judge``: judge a solution, and manage the sandbox images.

pyscape-judge run PROBLEM SOLUTION_FILE [--language L] [--json] [--input JSON ... | --examples]
pyscape-judge images build [--offline | --dockerfile] [--force] [LANGUAGE...]
pyscape-judge images list [--environment] [--json]
pyscape-judge validate [PROBLEM...] [--language L] [--json]
pyscape-judge new SLUG [--mode function|stdio] [--checker NAME]
pyscape-judge show PROBLEM [--language L]
pyscape-judge sweep
pyscape-judge worker --redis URL [--problems DIR] [--concurrency N] [--pool-size N]
pyscape-judge queue status --redis URL [--json]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any

import msgspec
from rich.console import Console
from rich.markdown import Markdown
from rich.table import Table

from pyscape_judge.authoring_cli import add_commands as add_authoring_commands
from pyscape_judge.errors import JudgeError
from pyscape_judge.problem import Problem
from pyscape_judge.running import RunResult
from pyscape_judge.sandbox.choose import RUNTIMES
from pyscape_judge.verdict import Status, Verdict
from pyscape_judge.worker.commands import add_commands as add_queue_commands

console = Console()
errors = Console(stderr=True)
#: The environment variable naming the problems folder (the `--problems-dir` default).
PROBLEMS_DIR_VARIABLE = "PYSCAPE_PROBLEMS_DIR"


def _env_path(variable: str) -> Path | None:
    value = os.environ.get(variable)
    return Path(value) if value else None


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``pyscape-judge`` console script; returns the exit code."""
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(name)s %(levelname)s %(message)s",
    )
    try:
        return int(args.command(args) or 0)
    except JudgeError as e:
        errors.print(f"[bold red]error:[/] {e}", highlight=False, soft_wrap=True)
        return 2
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pyscape-judge", description=__doc__.split("\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="log every step")
    parser.add_argument(
        "--problems-dir",
        type=Path,
        default=_env_path(PROBLEMS_DIR_VARIABLE),
        help=f"where slugs are looked up and `new` writes (default: ${PROBLEMS_DIR_VARIABLE})",
    )
    # The same option after a problem command's name (`validate --problems-dir DIR`).
    problem_options = argparse.ArgumentParser(add_help=False)
    problem_options.add_argument(
        "--problems-dir", type=Path, default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    parser.add_argument(
        "--runtime",
        default="auto",
        choices=RUNTIMES,
        help="container runtime: runc or crun (the host kernel's isolation), runsc (gVisor), or "
        "auto (crun, else runc)",
    )
    parser.add_argument(
        "--sandbox",
        default="auto",
        choices=("auto", "oci", "docker"),
        help="sandbox backend: the OCI runtime itself, the Docker engine, or auto (the fastest "
        "that works here)",
    )
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    run = sub.add_parser(
        "run",
        parents=[problem_options],
        help="judge a solution file against a problem (or run it on inputs: --input)",
    )
    run.add_argument("problem", help="a problem folder, or a slug in problems/")
    run.add_argument("solution", type=Path, help="the solution's source file")
    run.add_argument("-l", "--language", help="default: from the file's extension")
    run.add_argument("--json", action="store_true", help="print the verdict as JSON")
    run.add_argument("--show-hidden", action="store_true", help="show hidden tests' data")
    inputs = run.add_mutually_exclusive_group()
    inputs.add_argument(
        "-i",
        "--input",
        action="append",
        dest="inputs",
        metavar="JSON",
        help="run on this input instead of judging (repeatable): an argument list as JSON, "
        "or a stdio program's stdin (a JSON string, or the text itself)",
    )
    inputs.add_argument(
        "--examples",
        action="store_true",
        help="run on the problem's visible examples instead of judging",
    )
    run.set_defaults(command=cmd_run)

    images = sub.add_parser("images", help="build and list the sandbox images")
    images_sub = images.add_subparsers(required=True, metavar="ACTION")
    build = images_sub.add_parser("build", help="build the missing images")
    build.add_argument("languages", nargs="*", help="default: every language")
    how = build.add_mutually_exclusive_group()
    how.add_argument(
        "--offline",
        action="store_const",
        const=True,
        dest="offline",
        help="debootstrap + docker import (no registry needed; root)",
    )
    how.add_argument(
        "--dockerfile",
        action="store_const",
        const=False,
        dest="offline",
        help="docker build from the Dockerfiles (needs a registry)",
    )
    build.add_argument("--force", action="store_true", help="rebuild present images too")
    build.set_defaults(command=cmd_images_build, offline=None)
    listing = images_sub.add_parser("list", help="each language's image, toolchain and environment")
    listing.add_argument("--json", action="store_true")
    listing.add_argument(
        "--environment",
        action="store_true",
        help="print each language's whole environment (versions, flags, pre-imports, globals)",
    )
    listing.set_defaults(command=cmd_images_list)

    add_authoring_commands(sub, [problem_options])

    show = sub.add_parser(
        "show", parents=[problem_options], help="print a problem as a user sees it"
    )
    show.add_argument("problem")
    show.add_argument("-l", "--language", default="python")
    show.set_defaults(command=cmd_show)

    sweep = sub.add_parser("sweep", help="remove sandboxes left behind by dead judges")
    sweep.set_defaults(command=cmd_sweep)
    add_queue_commands(sub)
    return parser


# ------------------------------------------------------------------------------- run


def cmd_run(args: argparse.Namespace) -> int:
    from pyscape_judge.judge import Judge
    from pyscape_judge.languages import get_language, language_for_path
    from pyscape_judge.problem import load_problem

    problem = load_problem(args.problem, args.problems_dir)
    try:
        code = args.solution.read_text(encoding="utf-8")
    except OSError as e:
        raise JudgeError(f"cannot read {args.solution}: {e.strerror}") from None
    if args.language:
        language = get_language(args.language)
    else:
        found = language_for_path(args.solution)
        if found is None:
            raise JudgeError(f"cannot tell the language of {args.solution}: pass --language")
        language = found
    if args.inputs is not None or args.examples:
        inputs = None if args.examples else [_input(text, problem) for text in args.inputs]
        with Judge(runtime=args.runtime, sandbox=args.sandbox) as judge:
            result = judge.run(problem, language.name, code, inputs)
        if args.json:
            print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
        else:
            _print_run(problem.title, result)
        return 0 if result.status is Status.ACCEPTED else 1
    with Judge(runtime=args.runtime, sandbox=args.sandbox, reveal_hidden=args.show_hidden) as judge:
        verdict = judge.judge(problem, language.name, code)
    if args.json:
        print(json.dumps(verdict.to_dict(), indent=2, ensure_ascii=False))
    else:
        _print_verdict(problem.title, verdict)
    return 0 if verdict.accepted else 1


def _input(text: str, problem: Problem) -> Any:
    """One ``--input``: JSON; for a stdio problem, text that is not a JSON string is stdin."""
    try:
        value = json.loads(text)
    except ValueError:
        if problem.mode != "stdio":
            raise JudgeError(
                f"--input {text!r} is not JSON (an argument list: '[[2,7], 9]')"
            ) from None
        return text
    if problem.mode == "stdio" and not isinstance(value, str):
        return text
    return value


def _print_run(title: str, result: RunResult) -> None:
    table = Table(title=f"{title} ({result.language}): run", title_justify="left")
    for column in ("#", "result", "time", "input", "output", "expected", "stdout"):
        table.add_column(
            column, overflow="fold", justify="right" if column in ("#", "time") else "left"
        )
    for number, case in enumerate(result.results, 1):
        style = {True: "green", False: "red", None: "yellow"}[case.passed]
        label = case.status.label if case.passed is not None else "Ran (no expected answer)"
        table.add_row(
            str(number),
            f"[{style}]{label}[/]",
            f"{case.runtime_ms:.1f} ms",
            _short(case.input),
            _short(case.output),
            _short(case.expected),
            _short(case.stdout or ""),
            end_section=True,
        )
    console.print(table)
    for number, case in enumerate(result.results, 1):
        if case.error:
            console.print(f"[red]input {number}: {case.error}[/]", highlight=False)
    if result.compile_error:
        console.print(f"[red]{result.compile_error}[/]", highlight=False)
    if result.message:
        console.print(f"[magenta]{result.message}[/]", highlight=False)
    passed = sum(case.passed is True for case in result.results)
    style = STATUS_STYLE.get(result.status, "bold red")
    console.print(f"[{style}]{result.status.label}[/]: {passed}/{len(result.results)} as expected")


STATUS_STYLE = {Status.ACCEPTED: "bold green", Status.INTERNAL_ERROR: "bold magenta"}


def _print_verdict(title: str, verdict: Verdict) -> None:
    table = Table(title=f"{title} ({verdict.language})", title_justify="left")
    for column in ("test", "result", "time", "memory", "input", "output", "expected"):
        table.add_column(
            column,
            overflow="fold",
            justify="right" if column in ("test", "time", "memory") else "left",
        )
    for r in verdict.results:
        style = "green" if r.passed else "red"
        table.add_row(
            str(r.test_number),
            f"[{style}]{r.status.label}[/]",
            f"{r.runtime_ms:.1f} ms",
            f"{r.memory_kb / 1024:.1f} MB",
            *(
                ("(hidden)",) * 3
                if r.hidden and r.input is None
                else (_short(r.input), _short(r.output), _short(r.expected))
            ),
        )
    console.print(table)
    failed = next((r for r in verdict.results if not r.passed), None)
    if failed and (failed.error or failed.stdout):
        if failed.error:
            console.print(f"[red]{failed.error}[/]", highlight=False)
        if failed.stdout:
            console.print("[dim]stdout:[/]", failed.stdout, highlight=False)
    if verdict.compile_error:
        console.print(f"[red]{verdict.compile_error}[/]", highlight=False)
    if verdict.message:
        console.print(f"[magenta]{verdict.message}[/]", highlight=False)
    style = STATUS_STYLE.get(verdict.status, "bold red")
    console.print(
        f"[{style}]{verdict.status.label}[/]: {verdict.summary.passed}/"
        f"{verdict.total_test_cases} tests passed, {verdict.runtime_ms} ms, "
        f"{verdict.memory_kb / 1024:.1f} MB peak"
    )


def _short(value: Any, width: int = 40) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[: width - 3] + "..."


# ---------------------------------------------------------------------------- images


def _docker_client() -> Any:
    from pyscape_judge.sandbox.docker import DockerBackend

    return DockerBackend().client


def cmd_images_build(args: argparse.Namespace) -> int:
    from pyscape_judge.images import build_images

    built = build_images(
        _docker_client(),
        args.languages or None,
        offline=args.offline,
        force=args.force,
        log=lambda m: errors.print(m, highlight=False),
    )
    for tag in built:
        console.print(f"built {tag}")
    return 0


def cmd_images_list(args: argparse.Namespace) -> int:
    from pyscape_judge.images import list_images

    infos = list_images(_docker_client())
    if args.json:
        print(msgspec.json.encode(infos).decode())
        return 0
    table = Table()
    for column in ("language", "image", "present", "toolchain", "size"):
        table.add_column(column)
    for info in infos:
        table.add_row(
            info.language,
            info.tag,
            "yes" if info.present else "[red]missing[/]",
            info.toolchain or "",
            f"{info.size_mb:.0f} MB" if info.size_mb else "",
        )
    console.print(table)
    if args.environment:
        from pyscape_judge.images import environment

        for info in infos:
            console.print(environment(info.language), markup=False, highlight=False)
    else:
        for info in infos:
            console.print(f"[bold]{info.language}[/]: {info.environment}", highlight=False)
        console.print("(whole environments: pyscape-judge images list --environment)")
    return 0 if all(info.present for info in infos) else 1


# ------------------------------------------------------------------------------ show


def cmd_show(args: argparse.Namespace) -> int:
    from pyscape_judge.languages import get_language
    from pyscape_judge.problem import load_problem

    problem = load_problem(args.problem, args.problems_dir)
    language = get_language(args.language)
    console.print(
        f"[bold]{problem.title}[/]  [dim]{problem.difficulty} · "
        f"{', '.join(problem.tags)} · {problem.limits.time_ms} ms · "
        f"{problem.limits.memory_mb} MB[/]"
    )
    console.print(Markdown(problem.statement))
    starter = problem.starters.get(language.name)
    if starter is None and problem.signature is not None:
        starter = language.starter(problem.signature)
    if starter:
        console.print(f"\n[bold]Starter code ({language.title})[/]")
        console.print(starter, highlight=False, markup=False)
    return 0


def cmd_sweep(args: argparse.Namespace) -> int:
    from pyscape_judge.sandbox.choose import oci_problem
    from pyscape_judge.sandbox.docker import DockerBackend
    from pyscape_judge.sandbox.oci import RUNTIME_FLAGS, OciBackend

    removed = DockerBackend(runtime=args.runtime).sweep()
    for runtime in RUNTIME_FLAGS:  # the OCI backend's leftovers, where it can run
        if oci_problem(runtime) is None:
            backend = OciBackend(runtime=runtime)
            removed += backend.sweep()
            backend.close()
    console.print(f"removed {removed} leftover sandboxes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
