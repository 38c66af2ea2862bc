"""``pyscape-judge new``: a new problem folder that validates as it is (with a TODO statement).

The problem sums an integer array, as a LeetCode-style function or a stdio program, with a
reference solution in every language (each language's ``example_solutions``), twelve tests
(one visible) and a wrong solution.
"""

from __future__ import annotations

import json
import textwrap
import tomllib
from pathlib import Path
from typing import Any

from pyscape_judge.errors import ProblemError
from pyscape_judge.languages import languages
from pyscape_judge.problem import SLUG, CheckerName, Mode, spec_from_data

TOML = """\
title = "{title}"
difficulty = "easy"
tags = ["array"]
mode = "{mode}"
checker = "{checker}"

[limits]
time_ms = 2000
memory_mb = 256
"""

SIGNATURE = """
[signature]
function = "sumOfArray"
returns = "long"
params = [{ name = "nums", type = "int[]" }]
"""

STATEMENT = """\
# {title}

TODO: the statement, in your own words.

{task}

## Example

```
{example}
```

## Constraints

- `0 <= nums.length <= 10^5`
- `-10^9 <= nums[i] <= 10^9`
"""

TASK = {
    "function": "Given an integer array `nums`, return the sum of its elements.",
    "stdio": (
        "The first line holds `n`, the second the `n` integers of `nums` separated by spaces. "
        "Print the sum of `nums` on one line."
    ),
}
EXAMPLE = {
    "function": "Input: nums = [1, 2, 3]\nOutput: 6",
    "stdio": "Input:\n3\n1 2 3\nOutput:\n6",
}

WRONG = {
    "function": """\
        # verdict: wrong_answer
        class Solution:
            def sumOfArray(self, nums: List[int]) -> int:
                return sum(nums[1:])
        """,
    "stdio": """\
        # verdict: wrong_answer
        import sys

        data = sys.stdin.read().split()
        print(sum(map(int, data[2:])))
        """,
}

CHECKER = '''\
"""Judges one answer: check(input, output, expected) -> bool | (bool, message). It runs on
the judge's host (the author's trusted code), once per test."""


def check(input, output, expected):
    if output != expected:
        return False, f"expected {expected!r}, got {output!r}"
    return True
'''

#: The arrays the tests sum: the first test is visible, the others hidden.
SAMPLES = [
    [1, 2, 3],
    [],
    [-5],
    [10**9] * 3,
    [-(10**9), 10**9, 7],
    list(range(-50, 60)),
    [0, 0, 0, 1],
    [2**31 - 1, 2**31 - 1],
    [-1] * 100,
    [4, -4, 8, -8, 15],
    list(range(10**4)),
    [7] * 10**5,
]


def scaffold(
    slug: str, problems_dir: Path, *, mode: str = "function", checker: str = "exact"
) -> Path:
    """Write ``problems_dir/<slug>/``: a ``function`` or ``stdio`` problem judged by
    ``checker`` (``custom`` writes a ``checker.py``) that validates as it is."""
    if not SLUG.match(slug):
        raise ProblemError(slug, "a slug is lowercase words joined by dashes, like `two-sum`")
    folder = problems_dir / slug
    if folder.exists():
        raise ProblemError(folder, "already exists")
    title = slug.replace("-", " ").title()
    toml = TOML.format(title=title, mode=mode, checker=checker)
    if mode == Mode.FUNCTION:
        toml += SIGNATURE
    spec_from_data(tomllib.loads(toml), f"pyscape-judge new {slug}")  # refuses a bad pair
    (folder / "solutions").mkdir(parents=True)
    (folder / "wrong").mkdir()
    (folder / "problem.toml").write_text(toml)
    statement = STATEMENT.format(title=title, task=TASK[mode], example=EXAMPLE[mode])
    (folder / "statement.md").write_text(statement)
    lines = [
        json.dumps(_test(nums, mode, hidden=i >= 1), separators=(",", ":"))
        for i, nums in enumerate(SAMPLES)
    ]
    (folder / "tests.jsonl").write_text("\n".join(lines) + "\n")
    for language in languages().values():
        code = language.example_solutions[mode]
        (folder / "solutions" / f"{language.name}{language.extensions[0]}").write_text(code)
    (folder / "wrong" / "skips_first.py").write_text(textwrap.dedent(WRONG[mode]))
    if checker == CheckerName.CUSTOM:
        (folder / "checker.py").write_text(CHECKER)
    return folder


def _test(nums: list[int], mode: str, *, hidden: bool) -> dict[str, Any]:
    if mode == Mode.STDIO:
        text = f"{len(nums)}\n{' '.join(map(str, nums))}\n"
        return {"input": text, "expected": f"{sum(nums)}\n", "hidden": hidden}
    return {"input": [nums], "expected": sum(nums), "hidden": hidden}
