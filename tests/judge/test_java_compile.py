"""Java compiled in the sandbox's own JVM (javax.tools): what the user sees must not change.

Compile errors name the user's file and lines, static initialisers run while the code loads
(after the job, on the host's CPU budget of the load phase), every submission gets a fresh
sandbox (warm or not), and an identical submission reuses its compiled classes.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pyscape_judge import Judge, Status, load_problem
from pyscape_judge.limits import Limits
from tests.conftest import require_docker

TWO_SUM = load_problem("two-sum")
MIN_STACK = load_problem("min-stack")
ACCEPTED = TWO_SUM.solutions["java"][0].read_text()

#: A correct two-sum whose static initialiser runs ``body``.
STATIC = (
    "class Solution {{\n"
    "    static final Map<Integer, Integer> SEEN = new HashMap<>();\n"
    "    static {{\n"
    "{body}\n"
    "    }}\n"
    "    public int[] twoSum(int[] nums, int target) {{\n"
    "        SEEN.clear();\n"
    "        for (int i = 0; i < nums.length; i++) {{\n"
    "            Integer j = SEEN.get(target - nums[i]);\n"
    "            if (j != null) return new int[]{{j, i}};\n"
    "            SEEN.put(nums[i], i);\n"
    "        }}\n"
    "        return new int[0];\n"
    "    }}\n"
    "}}\n"
)


@pytest.fixture(scope="module")
def pool_judge() -> Iterator[Judge]:
    """A judge with a warm pool of Java sandboxes (their JVM has compiled its warm-up).

    A sandbox taken right after its start finishes its warm-up first: on a loaded machine
    that counts against the compile's time, hence a generous one.
    """
    require_docker()
    judge = Judge(pool_size=1, artefact_cache_mb=0, limits=Limits(compile_s=120))
    judge.warm_up("java", TWO_SUM)
    yield judge
    judge.close()


def test_compile_errors_name_the_users_lines(docker_judge: Judge) -> None:
    code = (
        "class Solution {\n"
        "    public int[] twoSum(int[] nums, int target) {\n"
        "        int x = undefinedName;\n"
        "        String s = 42;\n"
        "        return new int[]{0, 1};\n"
        "    }\n"
        "}\n"
    )
    verdict = docker_judge.judge(TWO_SUM, "java", code)
    assert verdict.status is Status.COMPILE_ERROR, verdict
    message = verdict.compile_error or ""
    assert "Solution.java:3: error: cannot find symbol" in message, message
    assert "Solution.java:4: error: incompatible types" in message, message
    assert "2 errors" in message
    # neither the harness's files nor its API hint: the user's code is at fault
    assert "PyscapeDriver" not in message and "The judge calls" not in message


def test_a_method_that_does_not_fit_the_driver_says_what_it_calls(docker_judge: Judge) -> None:
    code = "class Solution {\n    public int[] twoSums(int[] nums, int target) {\n"
    code += "        return new int[]{0, 1};\n    }\n}\n"
    verdict = docker_judge.judge(TWO_SUM, "java", code)
    assert verdict.status is Status.COMPILE_ERROR, verdict
    message = verdict.compile_error or ""
    assert message.startswith("The judge calls `int[] twoSum(int[] nums, int target)`"), message
    assert "PyscapeDriver.java:" in message


def test_many_compile_errors_are_cut(docker_judge: Judge) -> None:
    body = "\n".join(f"        int v{i} = {i} +;" for i in range(200))
    code = f"class Solution {{\n    public int[] twoSum(int[] nums, int target) {{\n{body}\n"
    code += "        return null;\n    }\n}\n"
    verdict = docker_judge.judge(TWO_SUM, "java", code)
    assert verdict.status is Status.COMPILE_ERROR
    message = verdict.compile_error or ""
    assert message.startswith("Solution.java:3: error:"), message
    assert message.count("\n") <= 50


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        ("        SEEN.put(-1, -1);", Status.ACCEPTED, []),
        ("        while (SEEN.isEmpty()) {}", Status.TIMEOUT, []),
        (
            '        if (SEEN.isEmpty()) throw new IllegalStateException("boom");',
            Status.RUNTIME_ERROR,
            ["ExceptionInInitializerError", "IllegalStateException: boom", "Line 4"],
        ),
        (
            "        if (SEEN.isEmpty()) System.exit(3);",
            Status.RUNTIME_ERROR,
            ["System.exit", "exit status 3"],
        ),
    ],
)
def test_a_static_initialiser_runs_while_the_code_loads(
    docker_judge: Judge, body: str, status: Status, words: list[str]
) -> None:
    verdict = docker_judge.judge(TWO_SUM, "java", STATIC.format(body=body))
    assert verdict.status is status, verdict
    if status is Status.ACCEPTED:
        assert verdict.summary.passed == len(TWO_SUM.tests)
        return
    assert len(verdict.results) == 1 and verdict.results[0].status is status
    for word in words:
        assert word in (verdict.runtime_error or ""), verdict.runtime_error


def test_submissions_in_a_row_each_get_a_fresh_warm_sandbox(pool_judge: Judge) -> None:
    """A JVM property set by one submission is never seen by the next: new JVM, new sandbox."""
    body = (
        '        if (System.getProperty("pyscape.used") != null) '
        'throw new IllegalStateException("a used JVM");\n'
        '        System.setProperty("pyscape.used", "yes");'
    )
    code = STATIC.format(body=body)
    for n in range(3):
        verdict = pool_judge.judge(TWO_SUM, "java", f"{code}// submission {n}\n")
        assert verdict.status is Status.ACCEPTED, verdict
    design = MIN_STACK.solutions["java"][0].read_text()
    assert pool_judge.judge(MIN_STACK, "java", design).accepted
    wrong = pool_judge.judge(TWO_SUM, "java", "class Solution {}\n")
    assert wrong.status is Status.COMPILE_ERROR
    assert pool_judge.judge(TWO_SUM, "java", ACCEPTED).accepted


def test_an_identical_submission_reuses_its_classes() -> None:
    require_docker()
    with Judge() as judge:
        assert judge.artefacts is not None
        first = judge.judge(TWO_SUM, "java", ACCEPTED)
        assert first.accepted, first
        assert (judge.artefacts.hits, judge.artefacts.misses) == (0, 1)
        again = judge.judge(TWO_SUM, "java", ACCEPTED)
        assert again.accepted, again
        assert (judge.artefacts.hits, judge.artefacts.misses) == (1, 1)
        # the cached classes behave as compiled ones: a static initialiser's exit included
        exits = STATIC.format(body="        if (SEEN.isEmpty()) System.exit(3);")
        for _ in range(2):
            verdict = judge.judge(TWO_SUM, "java", exits)
            assert verdict.status is Status.RUNTIME_ERROR, verdict
        assert judge.artefacts.hits == 2
