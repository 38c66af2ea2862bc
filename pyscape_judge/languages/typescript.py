"""TypeScript 5.5 (on Node.js 20), as LeetCode runs it: ``function twoSum(nums: number[],
target: number): number[]``, ``class MinStack { ... }``, ListNode and TreeNode as globals.

Compiled, but by a warm compiler. The prime's ``start`` runs ``harness/typescript/tsc.js``,
which loads TypeScript (``sandbox_images/typescript/npm``), parses the declarations every
submission needs (the ES2023 library, Node's types, LeetCode's globals of ``leetcode.d.ts``)
and checks a warm-up program, then says ``primed``: a warm pool pays for all of it ahead of
need. The submission frame brings ``solution.ts`` unchanged (so the compiler's messages carry
the user's own file name and lines, as tsc words them: ``solution.ts:3:5 - error TS2322: ...``);
tsc.js type-checks it with LeetCode's flags and emits ``solution.js`` (the artefact the host
caches, with an inline source map), then exits, and ``start`` says ``compiled`` only then, so
the compiler's heap is gone before the host lowers the memory to the problem's. The runner,
``ts_run.js``, starts in the prime beside the compiler and loads the JavaScript harness
(``harness/javascript/``, sent in the same prime) while the compiler deserializes its snapshot
(``primed`` waits for both); it waits for ``go`` on a FIFO only ``start`` writes, then runs
solution.js, mapping an error's line back to solution.ts. Its memory is the program's, as
JavaScript's harness is.
"""

from __future__ import annotations

from pyscape_judge.languages.base import CompiledLanguage, _harness_files
from pyscape_judge.limits import Limits
from pyscape_judge.signature import Param, Signature, Type, parse_type

SCALARS = {
    "int": "number",
    "long": "number",
    "double": "number",
    "boolean": "boolean",
    "string": "string",
    "char": "string",
    "void": "void",
    "ListNode": "ListNode | null",
    "TreeNode": "TreeNode | null",
}

#: The runtime whose harness runs the compiled program.
RUNTIME = "javascript"
USER_FILE = "solution.ts"
COMMENTS = {
    "ListNode": [
        "/**",
        " * Definition for singly-linked list.",
        " * class ListNode {",
        " *     val: number",
        " *     next: ListNode | null",
        " *     constructor(val?: number, next?: ListNode | null) {",
        " *         this.val = (val===undefined ? 0 : val)",
        " *         this.next = (next===undefined ? null : next)",
        " *     }",
        " * }",
        " */",
        "",
    ],
    "TreeNode": [
        "/**",
        " * Definition for a binary tree node.",
        " * class TreeNode {",
        " *     val: number",
        " *     left: TreeNode | null",
        " *     right: TreeNode | null",
        " *     constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null) {",
        " *         this.val = (val===undefined ? 0 : val)",
        " *         this.left = (left===undefined ? null : left)",
        " *         this.right = (right===undefined ? null : right)",
        " *     }",
        " * }",
        " */",
        "",
    ],
}

#: The warm compiler's V8 startup snapshot in the image (``harness/typescript/snapshot.js``,
#: built by ``sandbox_images/typescript/setup.sh``); without it (a development checkout),
#: ``start`` runs tsc.js itself.
SNAPSHOT = "/opt/pyscape/typescript.blob"
#: The compiler's V8 heap limit, above the compile memory limit (the sandbox's OOM kill comes
#: first): fixed, since V8 refuses a snapshot under other flags than it was built with
#: (``sandbox_images/typescript/setup.sh`` builds it with this one).
COMPILE_HEAP_MB = 4096
#: What ``start`` does (a comment for people reading the sandbox's script).
START = """\
# PyScape: TypeScript. Two Node processes start at once. The runner (ts_run.js) loads the
# JavaScript harness, says so to the compiler (the FIFO "loaded") and waits for "go" on the
# FIFO "go", which only this script writes; it leaves stdin (the host's frames) alone until
# then. The warm compiler (tsc.js; from the image's V8 snapshot, TypeScript and the
# declarations already loaded) waits for the runner, says "primed", reads the submission
# frame, type-checks and emits solution.js (or takes the host's cached copy) and exits:
# "compiled" is said once its heap is gone. After the host's "go" frame, the runner runs the
# tests: none of the user's code runs before it. Protocol: docs/harness-protocol.md.
rm -f go loaded && mkfifo go loaded || exit 1
exec 3<&0 5<>go
node --stack-size=65500 --max-old-space-size=@HEAP_MB@ ts_run.js \\
    <&3 4<go 6>loaded 3<&- 5>&- &
runner=$!
exec 3<&-
if [ -f @SNAPSHOT@ ]; then
    node --snapshot-blob @SNAPSHOT@ --max-old-space-size=@COMPILE_HEAP_MB@ 7<loaded 5>&- || exit 1
else
    node --max-old-space-size=@COMPILE_HEAP_MB@ tsc.js 7<loaded 5>&- || exit 1
fi
if [ -f compiled.new ]; then
    printf '\\n%s {"event":"compiled","artefact":"%s"}\\n' \\
        "$(cat nonce)" "$(base64 -w0 solution.js)"
else
    printf '\\n%s {"event":"compiled"}\\n' "$(cat nonce)"
fi
read n && [ "$(dd bs="$n" count=1 iflag=fullblock status=none)" = go ] || exit 1
printf go >&5
exec 5>&-
wait "$runner"
"""


#: The reference solutions of the problem `pyscape-judge new` writes (the sum of an
#: integer array, ``long sumOfArray(int[] nums)``), as a function and as a stdio program.
EXAMPLE_FUNCTION = """\
function sumOfArray(nums: number[]): number {
    return nums.reduce((a, b) => a + b, 0);
};
"""
EXAMPLE_STDIO = """\
const data: string[] = require('fs').readFileSync(0, 'utf8').split(/\\s+/).filter(Boolean);
console.log(data.slice(1).reduce((a: number, b: string) => a + Number(b), 0));
"""


class TypeScript(CompiledLanguage):
    name = "typescript"
    title = "TypeScript 5.5 (Node.js 20)"
    extensions = (".ts", ".mts", ".cts")
    aliases = ("ts",)
    command = "node ts_run.js"
    #: A stdio test is a new Node process loading LeetCode's globals without JavaScript's
    #: startup snapshot (this image's snapshot is the compiler's): the allowance JavaScript
    #: had before its snapshot.
    stdio_start_ms = 200
    out_of_memory_markers = (b"JavaScript heap out of memory",)
    selftest_command = (
        'node -e \'const ts = require("/opt/pyscape/node_modules/typescript"),'
        ' fs = require("fs");'
        ' fs.writeFileSync("/tmp/selftest.js", ts.transpileModule('
        'fs.readFileSync("/opt/pyscape/selftest.ts", "utf8"), {}).outputText)\''
        " && node /tmp/selftest.js"
    )
    build_order = 50
    example_solutions = {"function": EXAMPLE_FUNCTION, "stdio": EXAMPLE_STDIO}
    #: The compiled program (JavaScript with its source map), which a cache hit sends back.
    artefact = "solution.js"

    def harness_files(self) -> dict[str, bytes]:
        """The JavaScript harness (which runs the compiled program) and tsc.js, ts_run.js."""
        return {**_harness_files(RUNTIME), **super().harness_files()}

    def start_script(self, limits: Limits) -> str:
        # The heaps are above the sandbox's own limits: the container's OOM kill (a clean
        # memory verdict) comes before V8 gives up.
        return (
            START.replace("@SNAPSHOT@", SNAPSHOT)
            .replace("@COMPILE_HEAP_MB@", str(COMPILE_HEAP_MB))
            .replace("@HEAP_MB@", str(limits.memory_mb * 2))
        )

    def submission_files(
        self, code: str, signature: Signature | None, limits: Limits
    ) -> dict[str, bytes]:
        """The user's file, unchanged: the JavaScript harness finds what to call in it."""
        return {USER_FILE: code.encode()}

    # -------------------------------------------------------------------- starter code

    def type_name(self, t: Type) -> str:
        if t.is_container:
            assert t.elem is not None
            inner = self.type_name(t.elem)
            return f"({inner})[]" if " " in inner else f"{inner}[]"
        return SCALARS[t.kind]

    def _params(self, params: list[Param]) -> str:
        return ", ".join(f"{n}: {t}" for n, t in self.param_types(params))

    def _returns(self, returns: str) -> str:
        return self.type_name(parse_type(returns, allow_void=True))

    def starter(self, signature: Signature) -> str:
        lines = self._definitions(signature)
        if signature.kind == "design":
            cls = signature.class_
            lines.append(f"class {cls} {{")
            body: list[list[str]] = []
            for m in signature.methods:
                if m.name == cls:
                    body.append([f"    constructor({self._params(m.params)}) {{", "", "    }"])
                else:
                    head = f"{m.name}({self._params(m.params)}): {self._returns(m.returns)}"
                    body.append([f"    {head} {{", "", "    }"])
            for number, method in enumerate(body):
                lines += ([""] if number else []) + method
            lines += ["}", ""]
            return "\n".join(lines)
        head = (
            f"function {signature.function}({self._params(signature.params)}): "
            f"{self._returns(signature.returns)}"
        )
        return "\n".join([*lines, f"{head} {{", "", "};", ""])

    def _definitions(self, signature: Signature) -> list[str]:
        """LeetCode's comments defining ListNode and TreeNode, when the signature uses them."""
        if signature.kind == "design":
            types = [p.type for m in signature.methods for p in m.params]
            types += [m.returns for m in signature.methods]
        else:
            types = [p.type for p in signature.params] + [signature.returns]
        used = " ".join(types)
        return [line for name, comment in COMMENTS.items() if name in used for line in comment]
