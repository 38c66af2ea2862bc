"""Rust as LeetCode runs it: starter code and drivers from the signature (no sandbox), then
compile errors, panics and crashes with the user's own lines, through the real engine."""

from __future__ import annotations

import time

import pytest

from pyscape_judge import Judge, Status, get_language, load_problem
from pyscape_judge.languages.rust import param_name, snake_case
from pyscape_judge.limits import Limits
from pyscape_judge.sandbox.choose import oci_problem
from tests.conftest import missing, require_docker

RUST = get_language("rs")


# ------------------------------------------------------------------ names and starter code


@pytest.mark.parametrize(
    ("name", "snake"),
    [
        ("twoSum", "two_sum"),
        ("getMin", "get_min"),
        ("LRUCache", "lru_cache"),
        ("lengthOfLongestSubstring", "length_of_longest_substring"),
        ("echo12", "echo12"),
        ("wordDict", "word_dict"),
    ],
)
def test_names_are_snake_case_as_on_leetcode(name: str, snake: str) -> None:
    assert snake_case(name) == snake


def test_a_keyword_parameter_is_a_raw_identifier() -> None:
    assert param_name("type") == "r#type"
    assert param_name("nums") == "nums"


def test_function_starter_is_leetcodes() -> None:
    starter = RUST.starter(load_problem("two-sum").signature)
    assert starter == (
        "impl Solution {\n"
        "    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {\n"
        "        \n"
        "    }\n"
        "}\n"
    )


def test_tree_and_list_starters_show_the_nodes_and_imports() -> None:
    tree = RUST.starter(load_problem("invert-binary-tree").signature)
    assert "// pub struct TreeNode {" in tree
    assert "use std::rc::Rc;\nuse std::cell::RefCell;\nimpl Solution {" in tree
    assert (
        "pub fn invert_tree(root: Option<Rc<RefCell<TreeNode>>>) -> "
        "Option<Rc<RefCell<TreeNode>>>" in tree
    )
    merge = RUST.starter(load_problem("merge-two-sorted-lists").signature)
    assert "// pub struct ListNode {" in merge
    assert "list1: Option<Box<ListNode>>, list2: Option<Box<ListNode>>" in merge


def test_an_output_parameter_is_mut_reference() -> None:
    starter = RUST.starter(load_problem("sort-colors").signature)
    assert "pub fn sort_colors(nums: &mut Vec<i32>) {" in starter


def test_design_starter_is_a_struct_with_new_and_methods() -> None:
    starter = RUST.starter(load_problem("lru-cache").signature)
    assert "struct LRUCache {" in starter
    assert "    fn new(capacity: i32) -> Self {" in starter
    assert "    fn get(&self, key: i32) -> i32 {" in starter
    assert "    fn put(&self, key: i32, value: i32) {" in starter
    assert " * let obj = LRUCache::new(capacity);\n * let ret_1: i32 = obj.get(key);\n" in starter


def test_driver_includes_the_submission_unchanged() -> None:
    driver = RUST.driver(load_problem("two-sum").signature)
    assert driver.rstrip().endswith('include!("solution.rs");')
    assert "pub struct Solution;" in driver
    files = RUST.submission_files("// mine\n", load_problem("two-sum").signature, None)  # type: ignore[arg-type]
    assert files["solution.rs"] == b"// mine\n"


# ------------------------------------------------------------------------- in the sandbox

TWO_SUM_LINES = """\
use std::collections::HashMap;

impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        let x: i32 = "nope";
        vec![]
    }
}
"""


def test_compile_error_is_rustcs_with_the_users_line(docker_judge: Judge) -> None:
    verdict = docker_judge.judge("two-sum", "rust", TWO_SUM_LINES)
    assert verdict.status is Status.COMPILE_ERROR
    assert verdict.compile_error is not None
    assert verdict.compile_error.startswith("error[E0308]: mismatched types\n --> solution.rs:5:22")
    assert "main.rs" not in verdict.compile_error


PANICS = """\
use std::collections::HashMap;

impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        let seen: HashMap<i32, i32> = HashMap::new();
        let last = nums[nums.len()];
        vec![seen[&last]]
    }
}
"""


def test_a_panic_names_its_message_and_the_users_line(docker_judge: Judge) -> None:
    verdict = docker_judge.judge("two-sum", "rust", PANICS)
    assert verdict.status is Status.RUNTIME_ERROR
    assert verdict.runtime_error == (
        "panic: index out of bounds: the len is 4 but the index is 4\n  Line 6"
    )


PRELUDE_AND_SHADOWING = """\
use std::collections::HashMap;
use std::rc::Rc;

fn max(a: i32, b: i32) -> i32 { if a > b { a } else { b } }

impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        let mut seen = HashMap::new();
        let mut heap = BinaryHeap::new();  // from the prelude: std::collections::*
        heap.push(Reverse(max(1, 2)));      // std::cmp::Reverse; the user's own max
        let shared = Rc::new(RefCell::new(0));
        for (i, &x) in nums.iter().enumerate() {
            *shared.borrow_mut() += 1;
            if let Some(&j) = seen.get(&(target - x)) {
                return vec![j, i as i32];
            }
            seen.insert(x, i as i32);
        }
        vec![]
    }
}
"""


def test_the_prelude_is_there_and_the_users_own_names_win(docker_judge: Judge) -> None:
    verdict = docker_judge.judge("two-sum", "rust", PRELUDE_AND_SHADOWING)
    assert verdict.status is Status.ACCEPTED, verdict.compile_error or verdict.runtime_error


def test_a_stdio_program_runs_with_its_own_main(docker_judge: Judge) -> None:
    code = load_problem("prefix-sum-queries").solutions["rust"][0].read_text()
    verdict = docker_judge.judge("prefix-sum-queries", "rust", code)
    assert verdict.status is Status.ACCEPTED


MIN_STACK_SHARED_SELF = """\
struct MinStack {
    stack: RefCell<Vec<(i32, i32)>>,
}

impl MinStack {
    fn new() -> Self {
        MinStack { stack: RefCell::new(vec![]) }
    }
    fn push(&self, val: i32) {
        let m = self.stack.borrow().last().map_or(val, |&(_, m)| m.min(val));
        self.stack.borrow_mut().push((val, m));
    }
    fn pop(&self) {
        self.stack.borrow_mut().pop();
    }
    fn top(&self) -> i32 {
        self.stack.borrow().last().unwrap().0
    }
    fn get_min(&self) -> i32 {
        self.stack.borrow().last().unwrap().1
    }
}
"""


def test_design_methods_may_take_shared_self_as_leetcodes_template(docker_judge: Judge) -> None:
    """LeetCode's template says `&self` (the reference solution says `&mut self`): both run."""
    verdict = docker_judge.judge("min-stack", "rust", MIN_STACK_SHARED_SELF)
    assert verdict.status is Status.ACCEPTED, verdict.compile_error or verdict.runtime_error


# A constant evaluated forever: rustc's own guard (the long_running_const_eval lint, an error
# by default) is allowed away, so only the judge's compile limit ends it.
COMPILES_FOREVER = """\
#[allow(long_running_const_eval)]
const FOREVER: u64 = {
    let mut i = 0u64;
    loop {
        i = i.wrapping_add(1);
    }
};

impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        vec![FOREVER as i32]
    }
}
"""

#: A small compile limit, so that the bomb costs seconds (the suite's is 120 s).
BOMB_COMPILE_S = 3


@pytest.mark.docker
@pytest.mark.parametrize("sandbox", [pytest.param("oci", marks=pytest.mark.oci), "docker"])
def test_a_compile_time_bomb_ends_at_the_compile_limit(sandbox: str) -> None:
    require_docker()
    if sandbox == "oci" and (problem := oci_problem("runc")):
        missing(f"the OCI backend: {problem}")
    judge = Judge(sandbox=sandbox, limits=Limits(compile_s=BOMB_COMPILE_S))
    try:
        started = time.monotonic()
        verdict = judge.judge("two-sum", "rust", COMPILES_FOREVER)
        took = time.monotonic() - started
    finally:
        judge.close()
    assert verdict.status is Status.COMPILE_ERROR, verdict
    assert verdict.compile_error == f"Compilation took more than {BOMB_COMPILE_S} s of CPU time"
    # A guard against a hang, not a measure: the wall clock of a busy machine varies.
    assert took < BOMB_COMPILE_S * 3 + 10, took
