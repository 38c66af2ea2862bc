"""Java and C++ at parity with the script languages: every status, readable errors."""

from __future__ import annotations

import pytest

from pyscape_judge import Judge, Status, load_problem

TWO_SUM = load_problem("two-sum")
COMPILED = ("java", "cpp")


def java(body: str) -> str:
    head = "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n"
    return f"{head}{body}\n    }}\n}}\n"


def cpp(body: str) -> str:
    return (
        "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n"
        f"{body}\n    }}\n}};\n"
    )


CODE: dict[str, dict[str, str]] = {
    "java": {
        "accepted": TWO_SUM.solutions["java"][0].read_text(),
        "wrong_answer": java(
            '        System.out.println("debug " + nums.length);\n        return new int[]{0, 1};'
        ),
        "compile_error": java("        int x = \n        return new int[]{0, 1};"),
        "runtime_error": java("        int[] a = new int[1];\n        return new int[]{a[5], 0};"),
        "timeout": java("        while (true) {}"),
        "memory_limit_exceeded": java(
            "        List<long[]> hog = new ArrayList<>();\n"
            "        while (true) hog.add(new long[1 << 20]);"
        ),
        "output_limit_exceeded": java(
            '        String s = "x".repeat(4096);\n        while (true) System.out.println(s);'
        ),
    },
    "cpp": {
        "accepted": TWO_SUM.solutions["cpp"][0].read_text(),
        "wrong_answer": cpp(
            '        cout << "debug " << nums.size() << endl;\n        return {0, 1};'
        ),
        "compile_error": cpp("        int x = \n        return {0, 1};"),
        "runtime_error": cpp("        return {nums.at(100), 0};"),
        "timeout": cpp('        while (true) { asm volatile(""); }'),
        "memory_limit_exceeded": cpp(
            "        vector<vector<int>> hog;\n"
            "        while (true) { hog.emplace_back(1 << 20, 7); }"
        ),
        "output_limit_exceeded": cpp(
            "        string s(4096, 'x');\n        while (true) cout << s << '\\n';"
        ),
    },
}


@pytest.mark.parametrize("language", COMPILED)
@pytest.mark.parametrize("status", [s for s in Status if s is not Status.INTERNAL_ERROR])
def test_every_status(docker_judge: Judge, language: str, status: Status) -> None:
    verdict = docker_judge.judge(TWO_SUM, language, CODE[language][status.value])
    assert verdict.status is status, verdict
    if status is Status.ACCEPTED:
        assert verdict.summary.passed == 12
        return
    if status is Status.COMPILE_ERROR:
        assert verdict.results == []
        message = verdict.compile_error or ""
        # The user's own file and line (4 or 5 here), not the harness's.
        where = "Solution.java:" if language == "java" else "solution.cpp:"
        assert f"{where}4" in message or f"{where}5" in message, message
        assert len(message) < 5000
        return
    assert [r.passed for r in verdict.results][:-1] == [True] * (len(verdict.results) - 1)
    assert verdict.results[-1].status is status
    if status is Status.WRONG_ANSWER:
        assert len(verdict.results) == 2 and "debug 3" in (verdict.results[1].stdout or "")


@pytest.mark.parametrize(
    ("language", "code", "words"),
    [
        (
            "java",
            java("        int[] a = new int[1];\n        return new int[]{a[5], 0};"),
            ["ArrayIndexOutOfBoundsException", "Line 4"],
        ),
        (
            "java",
            "class Solution {\n    int f(int n) { return f(n + 1) + 1; }\n"
            "    public int[] twoSum(int[] nums, int target) {\n"
            "        return new int[]{f(0), 0};\n    }\n}\n",
            ["StackOverflowError"],
        ),
        (
            "cpp",
            cpp("        ListNode* volatile p = nullptr;\n        return {p->val, 0};"),
            ["SIGSEGV"],
        ),
        (
            "cpp",
            cpp(
                "        volatile int zero = 0;\n"
                "        return {static_cast<int>(nums.size()) / zero, 0};"
            ),
            ["SIGFPE"],
        ),
        ("cpp", cpp("        abort();"), ["SIGABRT"]),
        (
            "cpp",
            "class Solution {\npublic:\n    int f(int n) {\n"
            "        volatile char pad[256];\n        pad[0] = 1;\n"
            "        return n == -1 ? 0 : f(n + 1) + pad[0];\n    }\n"
            "    vector<int> twoSum(vector<int>& nums, int target) {\n"
            "        return {f(0), 0};\n    }\n};\n",
            ["stack overflow"],
        ),
        ("cpp", cpp('        throw runtime_error("boom");'), ["runtime_error", "boom"]),
    ],
)
def test_a_crash_names_its_cause(
    docker_judge: Judge, language: str, code: str, words: list[str]
) -> None:
    verdict = docker_judge.judge(TWO_SUM, language, code)
    assert verdict.status is Status.RUNTIME_ERROR, verdict
    for word in words:
        assert word in (verdict.runtime_error or ""), verdict.runtime_error


DEEP = {
    "java": "class Solution {\n    public int maxDepth(TreeNode root) {\n"
    "        return root == null ? 0 : 1 + Math.max(maxDepth(root.left), "
    "maxDepth(root.right));\n    }\n}\n",
    "cpp": "class Solution {\npublic:\n    int maxDepth(TreeNode* root) {\n"
    "        return root ? 1 + max(maxDepth(root->left), maxDepth(root->right)) : 0;\n"
    "    }\n};\n",
}


@pytest.mark.parametrize("language", COMPILED)
def test_deep_recursion_works(docker_judge: Judge, language: str) -> None:
    """LeetCode-accepted recursive code on 10^4-deep trees must pass."""
    problem = load_problem("maximum-depth-of-binary-tree")
    verdict = docker_judge.judge(problem, language, DEEP[language])
    assert verdict.accepted, verdict.results[-1:]


def test_cpp_23_deducing_this_compiles(docker_judge: Judge) -> None:
    code = cpp(
        "        auto find = [&](this auto&& self, int i) -> vector<int> {\n"
        "            for (int j = i + 1; j < (int)nums.size(); j++)\n"
        "                if (nums[i] + nums[j] == target) return {i, j};\n"
        "            return self(i + 1);\n"
        "        };\n        return find(0);"
    )
    assert docker_judge.judge(TWO_SUM, "cpp", code).accepted


def test_an_identical_submission_reuses_its_compiled_program() -> None:
    from tests.conftest import require_docker

    require_docker()
    with Judge() as judge:
        assert judge.artefacts is not None
        code = CODE["cpp"]["accepted"]
        first = judge.judge(TWO_SUM, "cpp", code)
        assert (judge.artefacts.hits, judge.artefacts.misses) == (0, 1)
        again = judge.judge(TWO_SUM, "cpp", code)
        assert judge.artefacts.hits == 1
        assert first.status is again.status is Status.ACCEPTED
        wrong = judge.judge(TWO_SUM, "cpp", CODE["cpp"]["wrong_answer"])
        assert wrong.status is Status.WRONG_ANSWER and judge.artefacts.misses == 2
        broken = judge.judge(TWO_SUM, "cpp", CODE["cpp"]["compile_error"])
        assert broken.status is Status.COMPILE_ERROR
        assert judge.judge(TWO_SUM, "cpp", CODE["cpp"]["compile_error"]).status is (
            Status.COMPILE_ERROR
        )
