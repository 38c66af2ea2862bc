"""LeetCode's environment, proved with solutions that use its names: judged in real sandboxes.

Python's pre-imports, JavaScript's globals (lodash, the @datastructures-js queues), Java's
``javafx.util.Pair`` and C++'s pre-included headers, in function and stdio mode. The problems
are built in code (:func:`problem_from_data`).

JavaScript's globals come from ``harness/javascript/globals.js``, which ``run.js`` loads before
the user's code (function mode) and preloads into every stdio program. Until ``run.js`` does so
itself (it is being rewritten elsewhere), the JavaScript tests judge with a ``run.js`` given the
two lines it needs, :data:`LOAD_GLOBALS` and :data:`PRELOAD_GLOBALS`, and nothing else changed.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pyscape_judge import Judge, problem_from_data
from pyscape_judge.languages import get_language
from pyscape_judge.languages import java as java_language

pytestmark = pytest.mark.docker

#: run.js, function mode: LeetCode's globals before the job (a warm sandbox loads them early).
LOAD_GLOBALS = "require('./globals');"
#: run.js, stdio mode: the spawned program preloads them before the guard starts its clock.
PRELOAD_GLOBALS = "'--require', path.join(__dirname, 'globals.js'), '--require', GUARD_FILE"

SUM_XOR = problem_from_data(
    slug="sum-xor",
    signature={
        "function": "sumXor",
        "params": [{"name": "nums", "type": "int[]"}],
        "returns": "int[]",
    },
    tests=[
        {"input": [[1, 2, 3]], "expected": [6, 0]},
        {"input": [[5, 9, 9, 4]], "expected": [27, 1]},
    ],
)
SUM_XOR_STDIO = problem_from_data(
    slug="sum-xor-stdio",
    mode="stdio",
    tests=[
        {"input": "3\n1 2 3\n", "expected": "6 0\n"},
        {"input": "4\n5 9 9 4\n", "expected": "27 1\n"},
    ],
)

PYTHON_FUNCTION = """
class Solution:
    def sumXor(self, nums: List[int]) -> List[int]:
        # operator (xor, add), functools (reduce), copy, statistics, json, io, sys,
        # datetime, random, string, re, math, collections, heapq, bisect, itertools
        kept = deepcopy(nums)
        assert copy.copy(kept) == nums and mean(nums) == fsum(nums) / len(nums)
        assert loads(dumps(nums)) == nums and json.loads("[1]") == [1]
        assert StringIO("x").read() == "x" and isinstance(maxsize, int) and sys.maxsize
        assert date(2024, 1, 1) + timedelta(days=1) == datetime.date(2024, 1, 2)
        assert isinstance(time(1), datetime.time) and random.Random(1).random() < 1
        assert ascii_lowercase[:2] == "ab" and findall(r"\\d", "a1b2") == ["1", "2"]
        assert Counter(nums).most_common(1) and heappop(list(nums)) is not None
        assert bisect_left(sorted(nums), nums[0]) >= 0 and list(accumulate([1, 2])) == [1, 3]
        assert pow(2, 10, 1000) == 24 and median(nums) is not None
        assert SortedList(nums)[0] == min(nums)
        stdout.write("")  # sys's stdout, as on LeetCode
        return [reduce(add, kept), reduce(xor, kept)]
"""
PYTHON_STDIO = """
n = int(stdin.readline())
nums = list(map(int, stdin.readline().split()))
print(reduce(add, nums), reduce(xor, nums), file=stdout)
"""

JAVASCRIPT_FUNCTION = """
var sumXor = function(nums) {
    const min = new MinPriorityQueue();
    const max = new MaxPriorityQueue((x) => x);
    const any = new PriorityQueue((a, b) => a - b);
    const queue = new Queue();
    const deque = new Deque();
    for (const x of nums) {
        min.enqueue(x); max.enqueue(x); any.enqueue(x); queue.enqueue(x); deque.pushFront(x);
    }
    if (min.dequeue() !== _.min(nums) || max.dequeue() !== _.max(nums)) throw new Error('pq');
    if (any.front() !== _.min(nums) || queue.front() !== nums[0]) throw new Error('queue');
    if (deque.back() !== nums[0]) throw new Error('deque');
    const groups = _.groupBy(nums, (x) => x % 2);
    const counts = _.countBy(nums);
    if (_.size(groups) < 1 || counts[nums[0]] < 1) throw new Error('lodash');
    return [_.sum(nums), nums.reduce((a, b) => a ^ b, 0)];
};
"""
JAVASCRIPT_STDIO = """
const lines = require('fs').readFileSync(0, 'utf8').trim().split('\\n');
const nums = lines[1].split(' ').map(Number);
const queue = new Queue(nums);
const deque = new Deque(nums);
const heap = new MinPriorityQueue();
nums.forEach((x) => heap.enqueue(x));
if (queue.size() !== deque.size() || heap.front() !== _.min(nums)) throw new Error('globals');
console.log(_.sum(nums), _.reduce(nums, (a, b) => a ^ b, 0));
"""

JAVA_FUNCTION = """
import javafx.util.Pair;

class Solution {
    public int[] sumXor(int[] nums) {
        Pair<Integer, Integer> acc = new Pair<>(0, 0);
        for (int x : nums) acc = new Pair<>(acc.getKey() + x, acc.getValue() ^ x);
        Set<Pair<Integer, Integer>> seen = new HashSet<>(List.of(new Pair<>(1, 2)));
        if (!seen.contains(new Pair<>(1, 2)) || !new Pair<>(1, 2).toString().equals("1=2")) {
            throw new IllegalStateException("Pair");
        }
        return new int[] {acc.getKey(), acc.getValue()};
    }
}
"""
JAVA_STDIO = """
import javafx.util.Pair;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        Pair<Integer, Integer> acc = new Pair<>(0, 0);
        for (int i = 0; i < n; i++) {
            int x = in.nextInt();
            acc = new Pair<>(acc.getKey() + x, acc.getValue() ^ x);
        }
        System.out.println(acc.getKey() + " " + acc.getValue());
    }
}
"""

CPP_FUNCTION = """
class Solution {
public:
    vector<int> sumXor(vector<int>& nums) {
        priority_queue<int> heap(nums.begin(), nums.end());
        unordered_map<int, int> count;
        for (int x : nums) count[x]++;
        auto sorted = nums | views::transform([](int x) { return x; }) | ranges::to<vector>();
        ranges::sort(sorted);
        if (heap.top() != sorted.back() || gcd(4, 6) != 2) return {};
        return {accumulate(nums.begin(), nums.end(), 0),
                reduce(nums.begin(), nums.end(), 0, bit_xor<int>())};
    }
};
"""
#: A stdio program is a whole program (LeetCode has none): it says `using namespace std;`
#: itself; every standard header is there already (the precompiled bits/stdc++.h).
CPP_STDIO = """
using namespace std;

int main() {
    int n;
    cin >> n;
    vector<int> nums(n);
    for (auto& x : nums) cin >> x;
    cout << accumulate(nums.begin(), nums.end(), 0) << ' '
         << reduce(nums.begin(), nums.end(), 0, bit_xor<int>()) << '\\n';
}
"""

SOLUTIONS = {
    "python": (PYTHON_FUNCTION, PYTHON_STDIO),
    "java": (JAVA_FUNCTION, JAVA_STDIO),
    "cpp": (CPP_FUNCTION, CPP_STDIO),
}


@pytest.mark.parametrize("language", list(SOLUTIONS))
@pytest.mark.parametrize("mode", ["function", "stdio"])
def test_leetcode_names_work_without_imports(docker_judge: Judge, language: str, mode: str) -> None:
    function_code, stdio_code = SOLUTIONS[language]
    problem, code = (SUM_XOR, function_code) if mode == "function" else (SUM_XOR_STDIO, stdio_code)
    verdict = docker_judge.judge(problem, language, code)
    assert verdict.accepted, (verdict.compile_error, verdict.runtime_error, verdict.results)


def test_java_pair_needs_no_import_once_imports_name_it(
    docker_judge: Judge, monkeypatch: pytest.MonkeyPatch
) -> None:
    """LeetCode imports javafx.util.Pair implicitly: one more import in ``IMPORTS`` does it."""
    monkeypatch.setattr(
        java_language, "IMPORTS", java_language.IMPORTS + "import javafx.util.Pair; "
    )
    code = JAVA_FUNCTION.replace("import javafx.util.Pair;\n", "")
    verdict = docker_judge.judge(SUM_XOR, "java", code)
    assert verdict.accepted, (verdict.compile_error, verdict.runtime_error)


@pytest.fixture(scope="module")
def globals_judge() -> Iterator[Judge]:
    """A judge whose JavaScript harness loads globals.js (see the module's doc)."""
    from tests.conftest import require_docker

    require_docker()
    javascript = type(get_language("javascript"))
    original = javascript.harness_files

    def harness_files(self: object) -> dict[str, bytes]:
        files = original(self)  # type: ignore[arg-type]
        run = files["run.js"].decode()
        if "globals" not in run:
            run = run.replace("'use strict';\n", f"'use strict';\n{LOAD_GLOBALS}\n", 1)
            run = run.replace("'--require', GUARD_FILE", PRELOAD_GLOBALS, 1)
            assert LOAD_GLOBALS in run and PRELOAD_GLOBALS in run, "run.js changed: see above"
        files["run.js"] = run.encode()
        return files

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(javascript, "harness_files", harness_files)
        _forget_prime_frames()  # made from the harness: earlier tests cached the unpatched one
        judge = Judge(reveal_hidden=True)
        yield judge
        judge.close()
    _forget_prime_frames()


def _forget_prime_frames() -> None:
    from pyscape_judge import judge as judge_module

    cached = getattr(judge_module, "prime_frame", None)
    if hasattr(cached, "cache_clear"):
        cached.cache_clear()


@pytest.mark.parametrize("mode", ["function", "stdio"])
def test_javascript_has_leetcodes_globals(globals_judge: Judge, mode: str) -> None:
    problem, code = (
        (SUM_XOR, JAVASCRIPT_FUNCTION) if mode == "function" else (SUM_XOR_STDIO, JAVASCRIPT_STDIO)
    )
    verdict = globals_judge.judge(problem, "javascript", code)
    assert verdict.accepted, (verdict.compile_error, verdict.runtime_error, verdict.results)


def test_javascript_code_may_shadow_a_global(globals_judge: Judge) -> None:
    code = (
        "class Queue { constructor() { this.mine = true; } }\n"
        "const _ = { sum: (xs) => xs.reduce((a, b) => a + b, 0) };\n"
        "var sumXor = function(nums) {\n"
        "    if (!new Queue().mine) throw new Error('not mine');\n"
        "    return [_.sum(nums), nums.reduce((a, b) => a ^ b, 0)];\n"
        "};\n"
    )
    verdict = globals_judge.judge(SUM_XOR, "javascript", code)
    assert verdict.accepted, (verdict.compile_error, verdict.runtime_error, verdict.results)


def test_priority_queue_is_version_6(globals_judge: Judge) -> None:
    """6.x, as LeetCode's help names it: dequeue() returns the value, not {element, priority}."""
    code = (
        "var sumXor = function(nums) {\n"
        "    const q = new MinPriorityQueue();\n"
        "    q.enqueue(7);\n"
        "    const got = q.dequeue();\n"
        "    if (got !== 7) throw new Error('dequeue gave ' + JSON.stringify(got));\n"
        "    return [_.sum(nums), nums.reduce((a, b) => a ^ b, 0)];\n"
        "};\n"
    )
    verdict = globals_judge.judge(SUM_XOR, "javascript", code)
    assert verdict.accepted, (verdict.runtime_error, verdict.results)
