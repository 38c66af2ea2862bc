"""TypeScript as LeetCode runs it: typed starters, tsc's words for type errors at the user's own
positions, LeetCode's globals typed, crashes at solution.ts's lines, the compiler's memory
left out of the program's, and the compiled program cached."""

from __future__ import annotations

from pathlib import Path

import pytest

from pyscape_judge import Judge, Status, get_language, load_problem
from pyscape_judge.signature import Param, Signature
from tests.conftest import require_docker

ROOT = Path(__file__).resolve().parents[2]
TWO_SUM = load_problem(ROOT / "problems" / "two-sum")
MIN_STACK = load_problem(ROOT / "problems" / "min-stack")
MERGE = load_problem(ROOT / "problems" / "merge-two-sorted-lists")
ADD_STDIO = load_problem(ROOT / "tests" / "hostile" / "problems" / "hostile-add-stdio")
TS = get_language("ts")


# ------------------------------------------------------------------------------ starters


def test_a_function_starter_is_leetcodes() -> None:
    assert TS.starter(TWO_SUM.signature) == (
        "function twoSum(nums: number[], target: number): number[] {\n\n};\n"
    )


def test_a_design_starter_is_a_class_with_a_constructor() -> None:
    starter = TS.starter(MIN_STACK.signature)
    assert starter.startswith("class MinStack {\n    constructor() {\n\n    }\n")
    assert "    push(val: number): void {\n" in starter
    assert "    getMin(): number {\n" in starter


def test_a_list_starter_defines_listnode_in_a_comment() -> None:
    starter = TS.starter(MERGE.signature)
    assert " *     next: ListNode | null\n" in starter
    assert (
        "function mergeTwoLists(list1: ListNode | null, list2: ListNode | null): "
        "ListNode | null {" in starter
    )


def test_nested_and_node_types() -> None:
    sig = Signature(
        function="f",
        params=[Param("a", "list<list<char>>"), Param("t", "TreeNode[]")],
        returns="long",
    )
    assert "function f(a: string[][], t: (TreeNode | null)[]): number {" in TS.starter(sig)


# ---------------------------------------------------------------------------- judging

GLOBALS = """\
function twoSum(nums: number[], target: number): number[] {
    const heap = new MinPriorityQueue<[number, number]>((pair) => pair[0]);
    nums.forEach((x, i) => heap.enqueue([x, i]));
    const sorted: [number, number][] = [];
    while (!heap.isEmpty()) sorted.push(heap.dequeue()!);
    const queue: Queue<number> = new Queue<number>();
    const deque = new Deque<number>([0]);
    queue.enqueue(_.sum([1, 2]));
    let lo = deque.popFront(), hi = sorted.length - 1;
    while (lo < hi) {
        const sum = sorted[lo][0] + sorted[hi][0];
        if (sum === target) return _.sortBy([sorted[lo][1], sorted[hi][1]]);
        if (sum < target) lo++; else hi--;
    }
    return [queue.size()];
}
"""


@pytest.mark.docker
def test_leetcodes_globals_are_typed_and_there(docker_judge: Judge) -> None:
    verdict = docker_judge.judge(TWO_SUM, "typescript", GLOBALS)
    assert verdict.accepted, (verdict.compile_error, verdict.results[-1:])


@pytest.mark.docker
def test_a_misused_global_is_a_type_error_at_the_users_position(docker_judge: Judge) -> None:
    code = (
        "// a comment line\n"
        "function twoSum(nums: number[], target: number): number[] {\n"
        "    const heap = new MinPriorityQueue<number>();\n"
        "    heap.enqueue('one');\n"
        "    return [];\n"
        "}\n"
    )
    verdict = docker_judge.judge(TWO_SUM, "typescript", code)
    assert verdict.status is Status.COMPILE_ERROR
    assert verdict.compile_error == (
        "solution.ts:4:18 - error TS2345: Argument of type 'string' is not assignable to "
        "parameter of type 'number'."
    )


@pytest.mark.docker
def test_the_users_own_names_shadow_the_globals(docker_judge: Judge) -> None:
    code = (
        "class Queue { items: number[] = []; }\n"
        "const _ = (x: number) => x;\n"
        "function twoSum(nums: number[], target: number): number[] {\n"
        "    const seen = new Map<number, number>();\n"
        "    for (let i = 0; i < nums.length; i++) {\n"
        "        if (seen.has(target - nums[i])) return [seen.get(target - nums[i])!, _(i)];\n"
        "        seen.set(nums[i], i);\n"
        "    }\n"
        "    return new Queue().items;\n"
        "}\n"
    )
    verdict = docker_judge.judge(TWO_SUM, "typescript", code)
    assert verdict.accepted, (verdict.compile_error, verdict.results[-1:])


@pytest.mark.docker
def test_a_design_class_with_a_crash_names_the_users_line(docker_judge: Judge) -> None:
    code = (
        "interface Stack {\n"
        "    top(): number;\n"
        "}\n"
        "\n"
        "class MinStack implements Stack {\n"
        "    private values: number[] = [];\n"
        "    constructor() {}\n"
        "    push(val: number): void { this.values.push(val); }\n"
        "    pop(): void { this.values.pop(); }\n"
        "    top(): number { return this.values.at(-1)!; }\n"
        "    getMin(): number {\n"
        "        const none: { min: number } | null = null;\n"
        "        return none!.min;\n"
        "    }\n"
        "}\n"
    )
    verdict = docker_judge.judge(MIN_STACK, "typescript", code)
    assert verdict.status is Status.RUNTIME_ERROR
    assert (
        verdict.runtime_error
        == "TypeError: Cannot read properties of null (reading 'min')\n  Line 13"
    )


@pytest.mark.docker
def test_a_stdio_program_reads_with_nodes_types(docker_judge: Judge) -> None:
    code = (
        "import * as readline from 'readline';\n"
        "\n"
        "const lines: string[] = [];\n"
        "readline.createInterface({ input: process.stdin })\n"
        "    .on('line', (line) => lines.push(line))\n"
        "    .on('close', () => {\n"
        "        const [a, b] = lines.join(' ').trim().split(/\\s+/).map(Number);\n"
        "        process.stdout.write(`${a + b}\\n`);\n"
        "    });\n"
    )
    verdict = docker_judge.judge(ADD_STDIO, "typescript", code)
    assert verdict.accepted, (verdict.compile_error, verdict.results[-1:])


@pytest.mark.docker
def test_the_compilers_memory_is_not_the_programs() -> None:
    """The compiler (~160 MB) has exited before the host resets the peak: a small program's
    peak is Node's own (~20-30 MB). The runner, started in the prime beside the compiler, is
    the program's, as JavaScript's harness is: the reference solutions weigh the same."""
    require_docker()
    with Judge() as judge:
        verdict = judge.judge(TWO_SUM, "typescript", GLOBALS)
        assert verdict.accepted
        assert 0 < verdict.memory_kb < 80 * 1024
        typed, plain = (
            judge.judge(TWO_SUM, name, TWO_SUM.solutions[name][0].read_text())
            for name in ("typescript", "javascript")
        )
        assert typed.accepted and plain.accepted
        assert abs(typed.memory_kb - plain.memory_kb) < 16 * 1024, (typed, plain)


@pytest.mark.docker
def test_an_identical_submission_reuses_its_compiled_program() -> None:
    require_docker()
    with Judge() as judge:
        assert judge.artefacts is not None
        code = (ROOT / "problems" / "two-sum" / "solutions" / "typescript.ts").read_text()
        assert judge.judge(TWO_SUM, "typescript", code).accepted
        assert (judge.artefacts.hits, judge.artefacts.misses) == (0, 1)
        assert judge.judge(TWO_SUM, "typescript", code).accepted
        assert judge.artefacts.hits == 1
        # The cached program keeps its source map: a crash's line is still the user's.
        crash = "// x\n" + code.replace("[j, i]", "[(null as any).x]")
        first = judge.judge(TWO_SUM, "typescript", crash)
        again = judge.judge(TWO_SUM, "typescript", crash)
        assert first.runtime_error == again.runtime_error
        assert again.runtime_error.endswith("Line 6")
        assert judge.artefacts.hits == 2
