"""Go as the user meets it: LeetCode's file (no package clause, no imports needed), compile
errors and panics at the user's own lines, ListNode/TreeNode, design classes.

The preparer (``harness/go/goprep``) is a Go program of the image: it is tested here through
the sandbox, by what the judge makes of code that leans on it. The generated driver and the
starter code are tested on the host.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pyscape_judge import Judge, Status, Verdict, get_language, load_problem
from pyscape_judge.limits import Limits
from tests.conftest import require_docker

GO = get_language("go")
TWO_SUM = load_problem("two-sum")
MIN_STACK = load_problem("min-stack")
REVERSE_LIST = load_problem("reverse-linked-list")
SAME_TREE = load_problem("same-tree")
CANOE = load_problem("canoe-rental")  # stdio: n x, then n weights; prints the canoes

#: two-sum, sorting indices with the standard packages it never imports.
TWO_SUM_BODY = """\
func twoSum(nums []int, target int) []int {
	idx := make([]int, len(nums))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return nums[idx[a]] < nums[idx[b]] })
	lo, hi := 0, len(idx)-1
	for lo < hi && strings.Repeat("x", 1) == "x" && hi < math.MaxInt {
		s := nums[idx[lo]] + nums[idx[hi]]
		if s == target {
			return []int{min(idx[lo], idx[hi]), max(idx[lo], idx[hi])}
		}
		if s < target {
			lo++
		} else {
			hi--
		}
	}
	return nil
}
"""


def judged(judge: Judge, problem, code: str) -> Verdict:
    return judge.judge(problem, "go", code)


def assert_accepted(verdict: Verdict) -> None:
    summary = [(r.status.value, r.error) for r in verdict.results]
    assert verdict.status is Status.ACCEPTED, (verdict.compile_error, summary)
    assert len(verdict.results) == verdict.total_test_cases > 0


def first_error(verdict: Verdict) -> str:
    return next(r.error for r in verdict.results if r.error)


# --------------------------------------------------------------- goprep, through the image


@pytest.mark.parametrize(
    "code",
    [
        pytest.param(TWO_SUM_BODY, id="no-package-no-imports"),
        # its own package clause and imports: kept; strings and math are added on its line
        pytest.param('package main\n\nimport (\n\t"sort"\n)\n\n' + TWO_SUM_BODY, id="own-imports"),
        # import lines of its own without a package clause
        pytest.param('import "sort"\n\n' + TWO_SUM_BODY, id="imports-without-package"),
        # a package named in a comment or a string only is never imported ("imported and not
        # used"); nor is one that a file-level declaration shadows
        pytest.param(
            "// heap.Push would do, or list.New\n"
            "type ring struct{ at int }\n\n"
            "func (r ring) Len() int { return r.at }\n\n"
            'var usage = "bits.OnesCount; json.Marshal"\n\n'
            "func helper() int { var rings = ring{1}; return rings.Len() + ring{0}.Len() }\n\n"
            + TWO_SUM_BODY,
            id="names-in-comments-strings-and-declarations",
        ),
    ],
)
def test_standard_packages_are_imported_as_the_file_uses_them(
    docker_judge: Judge, code: str
) -> None:
    assert_accepted(judged(docker_judge, TWO_SUM, code))


def test_locals_named_like_packages_are_not_imported(docker_judge: Judge) -> None:
    # `list.Find` and `sort[0]` are the user's own variables: importing container/list or
    # sort for them would be "imported and not used", or clash with the locals.
    code = (
        "type seen struct{ at map[int]int }\n\n"
        "func (s seen) Find(v int) (int, bool) { i, ok := s.at[v]; return i, ok }\n\n"
        "func twoSum(nums []int, target int) []int {\n"
        "\tlist := seen{at: map[int]int{}}\n"
        "\tfor i, n := range nums {\n"
        "\t\tif j, ok := list.Find(target - n); ok {\n"
        "\t\t\tsort := []int{j, i}\n"
        "\t\t\treturn sort\n"
        "\t\t}\n"
        "\t\tlist.at[n] = i\n"
        "\t}\n"
        "\treturn nil\n"
        "}\n"
    )
    assert_accepted(judged(docker_judge, TWO_SUM, code))


@pytest.mark.parametrize(
    ("code", "messages"),
    [
        pytest.param(
            "func twoSum(nums []int, target int) []int {\n\tx := 1\n\treturn undefinedThing\n}\n",
            [
                "solution.go:2:2: declared and not used: x",
                "solution.go:3:9: undefined: undefinedThing",
            ],
            id="no-package-clause",
        ),
        pytest.param(
            'package main\n\nimport (\n\t"sort"\n)\n\n'
            "func twoSum(nums []int, target int) []int {\n"
            "\tsort.Ints(nums)\n\treturn strings.Fields(nums)\n}\n",
            [
                "solution.go:9:9: cannot use strings.Fields(nums)",
                "solution.go:9:24: cannot use nums",
            ],
            id="own-package-clause-and-imports",
        ),
        pytest.param(
            'package main\n\nimport "sort"\n\nfunc twoSum(nums []int, target int) []int {\n'
            "\treturn nil\n}\n",
            ['solution.go:3:8: "sort" imported and not used'],
            id="unused-import-of-the-users",
        ),
        pytest.param(
            "func twoSum(nums []int, target int) []int {\n\treturn []int{0, 1\n}\n",
            ["solution.go:2:19: syntax error: unexpected newline in composite literal"],
            id="syntax-error",
        ),
    ],
)
def test_compile_errors_name_the_users_lines_and_columns(
    docker_judge: Judge, code: str, messages: list[str]
) -> None:
    verdict = judged(docker_judge, TWO_SUM, code)
    assert verdict.status is Status.COMPILE_ERROR, verdict
    message = verdict.compile_error or ""
    for expected in messages:
        assert expected in message, message
    # the prepared file and the judge's own paths stay out of the user's sight
    assert "user.go" not in message and "/opt/pyscape" not in message, message


def test_a_method_that_does_not_fit_the_driver_says_what_it_calls(docker_judge: Judge) -> None:
    code = MIN_STACK.solutions["go"][0].read_text().replace("GetMin", "Min")
    verdict = judged(docker_judge, MIN_STACK, code)
    assert verdict.status is Status.COMPILE_ERROR, verdict
    assert "object.GetMin undefined (type MinStack has no field or method GetMin)" in (
        verdict.compile_error or ""
    )


# ------------------------------------------------------------------------------ panics


@pytest.mark.parametrize(
    ("body", "error"),
    [
        pytest.param(
            "\tvar m map[int]int\n\n\tm[1] = 2\n\treturn nil\n",
            "panic: assignment to entry in nil map\n  Line 6",
            id="runtime-error",
        ),
        pytest.param(
            '\tif len(nums) > 0 {\n\t\tpanic(fmt.Errorf("bad %d", len(nums)))\n\t}\n\treturn nil\n',
            "panic: bad 4\n  Line 5",
            id="error-value",
        ),
        pytest.param(
            "\tpanic(badInput{len(nums)})\n",
            "panic: (main.badInput) {4}\n  Line 4",
            id="struct-value-with-its-type",
        ),
        pytest.param(
            "\tpanic(code(len(nums)))\n",
            "panic: main.code(4)\n  Line 4",
            id="named-number-with-its-type",
        ),
        pytest.param(
            "\treturn deeper(nums)\n}\n\nfunc deeper(nums []int) []int {\n\treturn nums[7:9]\n",
            "panic: runtime error: slice bounds out of range [:9] with capacity 4\n  Line 8",
            id="innermost-user-line",
        ),
    ],
)
def test_a_panic_is_named_with_its_message_and_the_users_line(
    docker_judge: Judge, body: str, error: str
) -> None:
    # line 1: the types; line 3: the function
    code = (
        "type badInput struct{ n int }; type code int\n\n"
        f"func twoSum(nums []int, target int) []int {{\n{body}}}\n"
    )
    verdict = judged(docker_judge, TWO_SUM, code)
    assert verdict.status is Status.RUNTIME_ERROR, verdict
    assert verdict.results[0].status is Status.RUNTIME_ERROR
    assert verdict.results[0].error == error


def test_stdio_programs_need_no_package_clause_or_imports(docker_judge: Judge) -> None:
    reference = CANOE.solutions["go"][0].read_text()
    code = reference[reference.index("func main()") :]
    assert "import" not in code and "package" not in code
    assert_accepted(judged(docker_judge, CANOE, code))


def test_a_panic_in_a_stdio_program_names_the_users_line(docker_judge: Judge) -> None:
    code = (
        "package main\n\nfunc main() {\n\tvar n int\n\tfmt.Scan(&n)\n"
        "\tweights := make([]int, n)\n\tprintln(weights[n])\n}\n"
    )
    verdict = judged(docker_judge, CANOE, code)
    assert verdict.status is Status.RUNTIME_ERROR, verdict
    assert verdict.results[0].error == (
        "panic: runtime error: index out of range [4] with length 4\n  Line 7"
    )


# ------------------------------------------------------------- nodes and design classes


@pytest.mark.parametrize(
    ("problem", "declaration"),
    [
        (REVERSE_LIST, "type ListNode struct {\n\tVal  int\n\tNext *ListNode\n}\n\n"),
        (SAME_TREE, "type TreeNode struct {\n\tVal         int\n\tLeft, Right *TreeNode\n}\n\n"),
    ],
    ids=["ListNode", "TreeNode"],
)
def test_nodes_the_user_declares_replace_leetcodes(
    docker_judge: Judge, problem, declaration: str
) -> None:
    code = declaration + problem.solutions["go"][0].read_text()
    assert_accepted(judged(docker_judge, problem, code))


def test_a_node_the_user_declares_otherwise_cannot_be_decoded(docker_judge: Judge) -> None:
    code = "type ListNode struct {\n\tVal int\n}\n\nfunc reverseList(head *ListNode) *ListNode {\n"
    code += "\treturn head\n}\n"
    verdict = judged(docker_judge, REVERSE_LIST, code)
    assert verdict.status is Status.RUNTIME_ERROR, verdict
    assert verdict.results[0].error == (
        "pyscape.InputError: argument `head`: the harness cannot decode type *main.ListNode"
    )


def test_a_design_class_with_its_constructor_and_a_standard_package(docker_judge: Judge) -> None:
    # container/list, never imported; the constructor is LeetCode's Constructor
    code = """\
type MinStack struct {
	values, mins *list.List
}

func Constructor() MinStack {
	return MinStack{values: list.New(), mins: list.New()}
}

func (this *MinStack) Push(val int) {
	this.values.PushBack(val)
	if this.mins.Len() > 0 {
		val = min(val, this.GetMin())
	}
	this.mins.PushBack(val)
}

func (this *MinStack) Pop() {
	this.values.Remove(this.values.Back())
	this.mins.Remove(this.mins.Back())
}

func (this *MinStack) Top() int { return this.values.Back().Value.(int) }

func (this *MinStack) GetMin() int { return this.mins.Back().Value.(int) }
"""
    assert_accepted(judged(docker_judge, MIN_STACK, code))


# ----------------------------------------------------------------------- the engine


@pytest.fixture(scope="module")
def engine_judge() -> Iterator[Judge]:
    """A judge on the Docker engine's backend (the suite's default is the OCI one)."""
    require_docker()
    judge = Judge(sandbox="docker", reveal_hidden=True, limits=Limits(compile_s=60))
    yield judge
    judge.close()


@pytest.mark.docker
def test_the_engine_backend_compiles_and_names_panics_the_same(engine_judge: Judge) -> None:
    assert_accepted(judged(engine_judge, TWO_SUM, TWO_SUM_BODY))
    verdict = judged(engine_judge, TWO_SUM, "func twoSum(nums []int, target int) []int {\n}\n")
    assert verdict.status is Status.COMPILE_ERROR
    assert "solution.go:2:1: missing return" in (verdict.compile_error or "")
    code = "func twoSum(nums []int, target int) []int {\n\treturn nums[len(nums):][:5]\n}\n"
    verdict = judged(engine_judge, TWO_SUM, code)
    assert verdict.status is Status.RUNTIME_ERROR, verdict
    assert verdict.results[0].error == (
        "panic: runtime error: slice bounds out of range [:5] with capacity 0\n  Line 2"
    )


# ---------------------------------------------------------------- on the host: the frames


def test_starter_code_is_leetcodes() -> None:
    assert GO.starter(TWO_SUM.signature) == (
        "func twoSum(nums []int, target int) []int {\n    \n}\n"
    )
    starter = GO.starter(MIN_STACK.signature)
    assert "type MinStack struct {" in starter
    assert "func Constructor() MinStack {" in starter
    assert "func (this *MinStack) GetMin() int {" in starter
    assert "func (this *MinStack) Push(val int) {" in starter
    tree = GO.starter(SAME_TREE.signature)
    assert tree.startswith("/**\n * Definition for a binary tree node.")
    assert "func isSameTree(p *TreeNode, q *TreeNode) bool {" in tree


def test_the_driver_decodes_each_argument_and_calls_the_users_function() -> None:
    driver = GO.driver(TWO_SUM.signature)
    assert 'var a0 []int\n\targs.Next("nums", &a0)' in driver
    assert "var result []int = twoSum(a0, a1)" in driver
    design = GO.driver(MIN_STACK.signature)
    assert "object = Constructor()" in design
    assert 'case operations.Is("getMin"):' in design and "object.GetMin()" in design
    assert GO.driver(None).endswith('import _ "pyscape"\n')


def test_the_runtime_is_sized_for_the_sandbox() -> None:
    command = GO.run_command(Limits(memory_mb=256, stack_mb=512, cpus=1))
    assert "GOMAXPROCS=1" in command and "GOMEMLIMIT=204MiB" in command
    # the stack never takes more than a quarter of the memory (64 MiB here)
    assert f"PYSCAPE_STACK_BYTES={64 << 20}" in command
