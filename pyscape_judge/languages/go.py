"""Go (Debian trixie's Go 1.24), as LeetCode runs it: ``func twoSum(nums []int, target int) []int``.

The user's file needs no package clause and no import lines for the standard packages
(``sort.Ints``, ``strings.Split``, ``math.MaxInt``, ``heap.Push``): the image's ``goprep``
(``harness/go/goprep``) writes ``user.go``, the submission with ``package main`` and the imports
it uses put on a line of their own before a ``//line solution.go:1:1`` directive, so compiler
messages and stack traces carry the user's own lines; an unused package is never imported,
and a file with its own package clause and imports keeps them. ``goprep`` also writes
``nodes.go``: ``ListNode`` and ``TreeNode`` as LeetCode declares them, unless the file declares
them itself.

The submission frame carries the submission unchanged (``solution.go``) and ``driver.go``,
generated here from the signature: package main, ``import "pyscape"`` (the judge's runtime,
compiled into the image with the standard library, ``harness/go/pyscape``) and a call that
decodes each argument into a local of its Go type, calls the user's function (or the design
class's ``Constructor`` and methods, capitalised as LeetCode does: ``push`` is ``Push``) and
returns the answer. ``start`` compiles with the toolchain's own ``compile`` and ``link`` and an
importcfg of the prebuilt standard library (no ``go`` command, no build cache, nothing of the
standard library built per submission), optimised as ``go build`` does, stripped (``-s -w``:
stack traces read the pcln table, which stays). The runtime's init runs before the user's
package loads: it reads the job, and in stdio mode serves every test by running the program
again as a child process; in function mode the driver's main answers the tests.
"""

from __future__ import annotations

import math
import shlex

from pyscape_judge.languages.base import CompiledLanguage, stack_limit_mb
from pyscape_judge.limits import Limits
from pyscape_judge.signature import Method, Param, Signature, Type, parse_type

#: Where the image holds the toolchain's tools, the prebuilt standard library and the judge's
#: runtime, their importcfg, and goprep (sandbox_images/go/setup.sh).
GO_DIR = "/opt/pyscape/go"
IMPORTCFG = f"{GO_DIR}/importcfg"
COMPILE = f"{GO_DIR}/bin/compile"
LINK = f"{GO_DIR}/bin/link"
GOPREP = f"{GO_DIR}/goprep"
#: ``go build``'s own compile flags for a main package (optimised: no ``-N -l``), one backend
#: worker (the sandbox has one CPU), paths as the user knows them (``solution.go:3``).
COMPILE_FLAGS = "-p main -lang=go1.24 -complete -c=1 -pack"
#: ``go build``'s link, without the symbol table and DWARF: a smaller program, a quicker link;
#: panics still name the user's lines (they read the pcln table).
LINK_FLAGS = "-buildmode=exe -s -w"

SCALARS = {
    "int": "int",
    "long": "int64",
    "double": "float64",
    "boolean": "bool",
    "string": "string",
    "char": "byte",
    "ListNode": "*ListNode",
    "TreeNode": "*TreeNode",
}
KEYWORDS = frozenset(
    """break case chan const continue default defer else fallthrough for func go goto if
    import interface map package range return select struct switch type var""".split()  # noqa: SIM905 - a word list
)
#: The stack never takes more than this share of the memory limit: Go doubles a stack to
#: grow it (the old and the new are both alive while it copies), so an endless recursion
#: ends as `fatal error: stack overflow` before the sandbox runs out of memory.
STACK_SHARE_OF_MEMORY = 0.25
MIN_STACK_MB = 16
#: The Go runtime's soft memory limit (GOMEMLIMIT): the collector works harder as the heap
#: nears it, so a program with garbage to collect stays under the sandbox's hard limit.
MEMLIMIT_SHARE = 0.8

#: How the program runs: a shell waits for it, and when the Go runtime reported a crash it
#: could not leave to the harness (a panic in another goroutine, a fatal error such as a
#: stack overflow or too many threads), writes its gist to the sandbox's stderr, which the
#: host shows: the panic or fatal error, the runtime's own line, the innermost line of the
#: user's file. The full report is the program's stderr (the harness's capture) and .crash
#: (which lacks a fatal error's first line).
CRASH_SUMMARY = """\
@PROGRAM@
code=$?
if [ -s .crash ]; then
    head -c 1048576 .capture.stderr | cat - .crash > .report
    grep -m1 -E '^(panic|fatal error): ' .report
    grep -m1 -E '^runtime: (failed|goroutine stack exceeds|out of memory)' .report
    grep -m1 -oE 'solution[.]go:[0-9]+' .report | sed 's/^/  at /'
fi >&2
exit $code"""

START_COMMENT = """\
# PyScape: say "primed", read the submission frame, prepare the user's file (goprep: package
# clause, standard imports, //line directive), compile and link it with the driver as
# `go build` does (the standard library and the judge's runtime are prebuilt in the image)
# and say "compiled" (with the program, for the host's cache); when the frame brings the
# program of this very submission (a cache hit), take that. Then wait for the host's "go"
# frame: none of the user's code runs before it.
# Protocol: docs/harness-protocol.md. The compiler reads /dev/null, never the sandbox's stdin."""

GENERATED = "// Generated by PyScape ({what}); the submission is solution.go, unchanged.\n"
LIST_COMMENT = """\
/**
 * Definition for singly-linked list.
 * type ListNode struct {
 *     Val int
 *     Next *ListNode
 * }
 */
"""
TREE_COMMENT = """\
/**
 * Definition for a binary tree node.
 * type TreeNode struct {
 *     Val int
 *     Left *TreeNode
 *     Right *TreeNode
 * }
 */
"""


def exported(name: str) -> str:
    """A design method's Go name, as LeetCode writes it: ``getMin`` is ``GetMin``."""
    return name[:1].upper() + name[1:]


def _ident(name: str) -> str:
    return f"{name}_" if name in KEYWORDS else name


#: The reference solutions of the problem `pyscape-judge new` writes (the sum of an
#: integer array, ``long sumOfArray(int[] nums)``), as a function and as a stdio program.
EXAMPLE_FUNCTION = """\
func sumOfArray(nums []int) int64 {
	var total int64
	for _, x := range nums {
		total += int64(x)
	}
	return total
}
"""
EXAMPLE_STDIO = """\
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	var n int
	fmt.Fscan(in, &n)
	var total int64
	for i := 0; i < n; i++ {
		var x int64
		fmt.Fscan(in, &x)
		total += x
	}
	fmt.Println(total)
}
"""


class Go(CompiledLanguage):
    name = "go"
    title = "Go 1.24"
    extensions = (".go",)
    aliases = ("golang",)
    command = "./main"
    out_of_memory_markers = (b"fatal error: runtime: out of memory",)
    selftest_command = (
        f"{COMPILE} {COMPILE_FLAGS} -importcfg {IMPORTCFG} -o /tmp/selftest.a"
        f" /opt/pyscape/selftest.go && {LINK} -importcfg {IMPORTCFG} {LINK_FLAGS}"
        " -o /tmp/selftest /tmp/selftest.a && /tmp/selftest"
    )
    build_order = 50
    example_solutions = {"function": EXAMPLE_FUNCTION, "stdio": EXAMPLE_STDIO}

    # ------------------------------------------------------------------- type spelling

    def type_name(self, t: Type) -> str:
        """How LeetCode's Go writes ``t`` (``[]int``, ``int64``, ``[][]byte``, ``*TreeNode``)."""
        if t.is_container:
            assert t.elem is not None
            return f"[]{self.type_name(t.elem)}"
        return SCALARS[t.kind]

    def _params(self, params: list[Param]) -> str:
        return ", ".join(f"{_ident(p.name)} {self.type_name(parse_type(p.type))}" for p in params)

    def _returns(self, text: str) -> str:
        t = parse_type(text, allow_void=True)
        return "" if t.kind == "void" else f" {self.type_name(t)}"

    # -------------------------------------------------------------------- starter code

    def starter(self, signature: Signature) -> str:
        comments = self._node_comments(signature)
        if signature.kind == "design":
            cls = signature.class_
            assert cls is not None
            parts = [f"type {cls} struct {{\n    \n}}\n"]
            for m in signature.methods:
                if m.name == cls:
                    head = f"func Constructor({self._params(m.params)}) {cls}"
                else:
                    head = (
                        f"func (this *{cls}) {exported(m.name)}({self._params(m.params)})"
                        f"{self._returns(m.returns)}"
                    )
                parts.append(f"{head} {{\n    \n}}\n")
            return comments + "\n\n".join(parts)
        returns = "" if signature.output else self._returns(signature.returns)
        return (
            f"{comments}func {signature.function}({self._params(signature.params)}){returns}"
            " {\n    \n}\n"
        )

    def _node_comments(self, signature: Signature) -> str:
        params = signature.params + [p for m in signature.methods for p in m.params]
        types = [parse_type(p.type).base.kind for p in params]
        types += [
            parse_type(r, allow_void=True).base.kind
            for r in [signature.returns, *(m.returns for m in signature.methods)]
        ]
        return (LIST_COMMENT if "ListNode" in types else "") + (
            TREE_COMMENT if "TreeNode" in types else ""
        )

    # ---------------------------------------------------------------------- the frames

    #: The compiled program, which a cache hit sends instead of compiling again.
    artefact = "main"
    start_comment = START_COMMENT
    #: The compiler names files as given (``solution.go:3:5: ...``); the prepared file's own
    #: first line (``user.go:1``) is the package clause and imports, written for the user.
    compile_message_filters = (
        r"s#^\./##",
        r"s#^user\.go:1:[0-9]*: #solution.go (prepared imports): #",
    )

    def harness_files(self) -> dict[str, bytes]:
        """Nothing: the runtime and goprep are compiled into the image (its tag hashes them)."""
        return {}

    def submission_files(
        self, code: str, signature: Signature | None, limits: Limits
    ) -> dict[str, bytes]:
        """The submission, unchanged, and the driver generated from the signature."""
        return {"solution.go": code.encode(), "driver.go": self.driver(signature).encode()}

    def compile_command(self, limits: Limits) -> str:
        """goprep, compile and link: one command group, whose messages all reach the log
        (compile writes its errors to stdout, the record channel: they go to stderr)."""
        return (
            f"{{ {GOPREP} solution.go user.go nodes.go"
            f' && {COMPILE} {COMPILE_FLAGS} -trimpath "$PWD" -importcfg {IMPORTCFG}'
            " -o main.a driver.go nodes.go user.go >&2"
            f" && {LINK} -importcfg {IMPORTCFG} {LINK_FLAGS} -o {self.artefact} main.a >&2; }}"
        )

    def run_command(self, limits: Limits) -> str:
        """The program with the Go runtime sized for the sandbox: one P per CPU, a soft memory
        limit under the hard one, and a stack limit that ends an endless recursion first."""
        memory = limits.memory_mb
        stack_mb = stack_limit_mb(limits, STACK_SHARE_OF_MEMORY, MIN_STACK_MB)
        env = {
            "GOMAXPROCS": str(max(1, math.ceil(limits.cpus))),
            "GOMEMLIMIT": f"{int(memory * MEMLIMIT_SHARE)}MiB",
            "PYSCAPE_STACK_BYTES": str(stack_mb << 20),
        }
        assigns = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        script = CRASH_SUMMARY.replace("@PROGRAM@", f"env {assigns} {self.command}")
        return f"sh -c {shlex.quote(script)}"

    # ------------------------------------------------------------------------ driver

    def driver(self, signature: Signature | None) -> str:
        """``driver.go`` for ``signature`` (``None``: a stdio program with its own main)."""
        if signature is None:
            return (
                GENERATED.format(what="stdio program")
                + "package main\n\n"
                + "// The runtime serves every test before any of the program's code runs.\n"
                + 'import _ "pyscape"\n'
            )
        if signature.kind == "design":
            what, body = f"design class {signature.class_}", self._design_glue(signature)
        else:
            what, body = f"func {signature.function}", self._function_glue(signature)
        lines = "\n".join(f"\t{line}" if line else "" for line in body)
        return (
            GENERATED.format(what=what) + "package main\n\n"
            'import "pyscape"\n\n'
            "func main() { pyscape.RunFunctionTests(pyscapeCall) }\n\n"
            "func pyscapeCall(input *pyscape.Input) any {\n"
            f"{lines}\n"
            "}\n"
        )

    def _decode(self, params: list[Param], args: str) -> tuple[list[str], list[str]]:
        """Lines declaring one local per parameter (``a0``, ``a1``...), and their names."""
        lines, names = [], []
        for i, p in enumerate(params):
            names.append(f"a{i}")
            lines += [
                f"var a{i} {self.type_name(parse_type(p.type))}",
                f'{args}.Next("{p.name}", &a{i})',
            ]
        lines.append(f"{args}.Finish()")
        return lines, names

    def _function_glue(self, sig: Signature) -> list[str]:
        decode, names = self._decode(sig.params, "args")
        call = f"{sig.function}({', '.join(names)})"
        lines = ["args := input.Args()", *decode]
        if sig.output is not None:
            index = [p.name for p in sig.params].index(sig.output)
            return [*lines, call, f"return {names[index]}"]
        return [*lines, f"var result {self.type_name(sig.return_type())} = {call}", "return result"]

    def _design_glue(self, sig: Signature) -> list[str]:
        cls = sig.class_
        assert cls is not None
        lines = [
            "operations := input.Operations()",
            f"var object {cls}",
            "for operations.Next() {",
            "\targs := operations.Args()",
            "\tswitch {",
        ]
        for method in sig.methods:
            condition, body = self._design_case(cls, method)
            lines.append(f"\tcase {condition}:")
            lines += [f"\t\t{line}" for line in body]
        lines += [
            "\tdefault:",
            "\t\toperations.Unknown()",
            "\t}",
            "}",
            "_ = object",
            "return operations.Results()",
        ]
        return lines

    def _design_case(self, cls: str, method: Method) -> tuple[str, list[str]]:
        """The condition and body that run one operation (the constructor comes first)."""
        decode, names = self._decode(method.params, "args")
        arguments = ", ".join(names)
        if method.name == cls:
            return "operations.Index() == 0", [
                f'operations.ExpectConstructor("{cls}")',
                *decode,
                f"object = Constructor({arguments})",
                "operations.AddNull()",
            ]
        call = f"object.{exported(method.name)}({arguments})"
        returns = parse_type(method.returns, allow_void=True)
        if returns.kind == "void":
            run = [call, "operations.AddNull()"]
        else:
            run = [f"var result {self.type_name(returns)} = {call}", "operations.Add(result)"]
        return f'operations.Is("{method.name}")', [*decode, *run]
