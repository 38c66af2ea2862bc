"""JavaScript (Node.js), as LeetCode runs it: ``var twoSum = function(...) {...}``."""

from pyscape_judge.languages.base import ScriptLanguage
from pyscape_judge.limits import Limits
from pyscape_judge.signature import Signature, Type, parse_type

SCALARS = {
    "int": "number",
    "long": "number",
    "double": "number",
    "boolean": "boolean",
    "string": "string",
    "char": "character",
    "void": "void",
    "ListNode": "ListNode",
    "TreeNode": "TreeNode",
}


#: The reference solutions of the problem `pyscape-judge new` writes (the sum of an
#: integer array, ``long sumOfArray(int[] nums)``), as a function and as a stdio program.
EXAMPLE_FUNCTION = """\
var sumOfArray = function(nums) {
    return nums.reduce((a, b) => a + b, 0);
};
"""
EXAMPLE_STDIO = """\
const data = require('fs').readFileSync(0, 'utf8').split(/\\s+/).filter(Boolean);
console.log(data.slice(1).reduce((a, b) => a + Number(b), 0));
"""


class JavaScript(ScriptLanguage):
    name = "javascript"
    #: A new Node process per stdio test, whose start-up is CPU time in the sandbox's cgroup:
    #: from the image's startup snapshot (LeetCode's globals included), measured at 63-72 ms
    #: of CPU per test (the harness's spawn included; machine load 4). Before the snapshot it
    #: was 140 ms with the globals, and 1.35-1.7 times as much with the machine's two cores
    #: loaded three times over: the allowance is that worst case, as it was at 200 ms.
    stdio_start_ms = 120
    title = "JavaScript (Node.js)"
    extensions = (".js", ".mjs", ".cjs")
    #: Node's flags, the same in every sandbox: the image's startup snapshot (:attr:`snapshot`,
    #: made by sandbox_images/javascript/setup.sh with these very flags, which V8 requires)
    #: loads only under them. The heap's limit is above any sandbox's memory, so that the
    #: sandbox's OOM kill (a clean memory verdict) comes before V8 gives up on its heap.
    node_flags = "--stack-size=65500 --max-old-space-size=8192"
    #: Node's bootstrap and LeetCode's globals, deserialized instead of run at each start.
    snapshot = "/opt/pyscape/globals.blob"
    #: The image's copy of the harness (sandbox_images/javascript/setup.sh keeps it).
    image_harness = "/opt/pyscape/harness/javascript"
    command = "node {flags} run.js"
    aliases = ("js", "node")
    out_of_memory_markers = (b"JavaScript heap out of memory",)
    selftest_command = "node /opt/pyscape/selftest.js"
    build_order = 20
    example_solutions = {"function": EXAMPLE_FUNCTION, "stdio": EXAMPLE_STDIO}

    def start_script(self, limits: Limits) -> str:
        # Off the image (the local backend), Node starts without the snapshot.
        with_snapshot = self.command.format(
            flags=f"{self.node_flags} --snapshot-blob {self.snapshot}"
        )
        plain = self.command.format(flags=self.node_flags)
        return f"if [ -f {self.snapshot} ]; then exec {with_snapshot}; fi\nexec {plain}\n"

    def image_boot(self, limits: Limits) -> tuple[str, ...]:
        flags = (*self.node_flags.split(), "--snapshot-blob", self.snapshot)
        return ("node", *flags, f"{self.image_harness}/run.js")

    def type_name(self, t: Type) -> str:
        if t.is_container:
            assert t.elem is not None
            return f"{self.type_name(t.elem)}[]"
        return SCALARS[t.kind]

    def _doc(self, params: list, returns: str) -> list[str]:
        lines = ["/**"]
        lines += [f" * @param {{{t}}} {n}" for n, t in self.param_types(params)]
        ret = parse_type(returns, allow_void=True)
        lines += [f" * @return {{{self.type_name(ret)}}}", " */"]
        return lines

    def starter(self, signature: Signature) -> str:
        if signature.kind == "design":
            cls = signature.class_
            out: list[str] = []
            for m in signature.methods:
                args = ", ".join(p.name for p in m.params)
                out += self._doc(m.params, m.returns)
                if m.name == cls:
                    out += [f"var {cls} = function({args}) {{", "", "};", ""]
                else:
                    out += [f"{cls}.prototype.{m.name} = function({args}) {{", "", "};", ""]
            return "\n".join(out)
        args = ", ".join(p.name for p in signature.params)
        lines = self._doc(signature.params, signature.returns)
        lines += [f"var {signature.function} = function({args}) {{", "", "};", ""]
        return "\n".join(lines)
