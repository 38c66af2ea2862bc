"""C++ (clang 19, -std=c++23 -O2, libstdc++), as LeetCode runs it: ``class Solution``.

The prime frame carries the harness (``harness/cpp/``) and the ``start`` script, which compiles
the harness's own objects and says ``primed``. The submission frame carries the submission
unchanged in ``solution.cpp`` (so that compiler messages carry the user's own line numbers) and
a ``driver.cpp`` generated here from the signature; ``start`` compiles them with the image's
precompiled ``bits/stdc++.h``, says ``compiled``, and runs the program only after the host's
``go``. The harness starts first in the program (an entry of its ``.preinit_array``, before
any constructor of any priority) and reads the job. The driver is, in order:

1. ``#include "function.hpp"`` (``runtime.hpp`` for stdio): the runtime, ListNode, TreeNode;
2. ``pyscape::driver``: the mode it was generated for, read by the harness at its start;
3. ``using namespace std;`` and ``#include "solution.cpp"``: LeetCode's environment;
4. the glue: decode each argument into a local of its declared type, call the user's method,
   encode the answer (or the ``output`` argument).
"""

from __future__ import annotations

import shlex

from pyscape_judge.languages.base import CompiledLanguage
from pyscape_judge.limits import Limits
from pyscape_judge.signature import Method, Param, Signature, Type, parse_type

SCALARS = {
    "int": "int",
    "long": "long long",
    "double": "double",
    "boolean": "bool",
    "string": "string",
    "char": "char",
    "void": "void",
    "ListNode": "ListNode*",
    "TreeNode": "TreeNode*",
}
#: The same types as the generated glue spells them, immune to the user's own declarations.
QUALIFIED = {
    **SCALARS,
    "string": "std::string",
    "ListNode": "::ListNode*",
    "TreeNode": "::TreeNode*",
}

#: The precompiled bits/stdc++.h of the image (sandbox_images/cpp/setup.sh): it is only
#: accepted with the flags it was built with, which are LeetCode's.
PCH = "/opt/pyscape/stdc++.h.pch"
FLAGS = "-std=c++23 -O2"
#: Compiler messages shown to the user (LeetCode shows the first errors, not pages of them).
COMPILE_ERROR_LINES = 50
#: The stack never takes more than this share of the memory limit: an endless recursion
#: overflows (SIGSEGV, reported as a stack overflow) before the sandbox runs out of memory.
STACK_SHARE_OF_MEMORY = 0.75
MIN_STACK_MB = 16

#: The harness's own translation units: no PCH (they include no heavy header), and no
#: optimization for runtime.cpp and sys.cpp (the protocol, run once per test), but -O2 for
#: json.cpp (the frames, and the decoding of the inputs).
COLD_FLAGS = "-std=c++23 -O0"
HOT_FLAGS = "-std=c++23 -O2"
#: Only changes ``__FILE__`` (an assert's message): ``solution.cpp``, not ``./solution.cpp``.
FILE_NAMES = "-fmacro-prefix-map=./="

#: The ``start`` script. The harness's own translation units are compiled without the PCH
#: (sys.cpp's POSIX headers must not reach the user's code anyway) before ``primed``, so a
#: warm sandbox has them ready and the compile budget is the submission's alone; the driver,
#: which includes solution.cpp and only the harness's declarations, with the PCH and LeetCode's
#: flags. runtime.o is linked first: its .preinit_array entry runs before any of the user's.
#: Compiler messages are cut to their first lines, with the paths as the user knows them
#: (``solution.cpp:3:5: error: ...``).
START = r"""# PyScape: compile the harness (a warm sandbox does it before any submission), say
# "primed", read the submission frame, compile it as LeetCode does (clang++ @FLAGS@,
# libstdc++, bits/stdc++.h precompiled) and say "compiled" (with the binary, for the host's
# cache); when the frame brings the binary of this very submission (a cache hit), take that.
# Then wait for the host's "go" frame: none of the user's code runs before it, not even a
# static initializer.
# Protocol: docs/harness-protocol.md. The compiler reads /dev/null, never the sandbox's
# stdin (an `#include </dev/stdin>` would wait for the next frame).
ulimit -s @STACK_KB@ 2>/dev/null
if ! { clang++ @COLD_FLAGS@ -c sys.cpp runtime.cpp && clang++ @HOT_FLAGS@ -c json.cpp; } \
       </dev/null 2>harness.log
then
    cat harness.log >&2
    exit 1
fi
printf '\npyscape-primed {"event":"primed"}\n'
read n && dd bs="$n" count=1 iflag=fullblock status=none | tar -xf - || exit 1
if [ -f main ]; then
    chmod +x main
    printf '\n%s {"event":"compiled"}\n' "$(cat nonce)"
elif clang++ @FLAGS@ @FILE_NAMES@ -include-pch @PCH@ runtime.o sys.o json.o driver.cpp -o main \
         </dev/null 2>compile.log
then
    printf '\n%s {"event":"compiled","artefact":"%s"}\n' "$(cat nonce)" "$(base64 -w0 main)"
else
    sed -e '/^In file included from /d' -e 's#^\./##' \
        -e 's#\([ (]\)\./solution\.cpp#\1solution.cpp#g' \
        -e 's#/usr/lib/gcc/[^ :]*/include/c++/[0-9]*/##g' compile.log | head -n @LINES@ >&2
    exit 1
fi
read n && [ "$(dd bs="$n" count=1 iflag=fullblock status=none)" = go ] || exit 1
exec @COMMAND@
"""

GENERATED = "// Generated by PyScape ({what}); the submission is solution.cpp, unchanged.\n"


class Cpp(CompiledLanguage):
    name = "cpp"
    title = "C++23 (clang 19)"
    extensions = (".cpp", ".cc", ".cxx")
    command = "./main"
    aliases = ("c++", "cxx")
    out_of_memory_markers = (b"std::bad_alloc",)
    selftest_command = (
        f"clang++ {FLAGS} -include-pch {PCH} -o /tmp/selftest /opt/pyscape/selftest.cpp"
        " && /tmp/selftest"
    )
    build_order = 40

    # ------------------------------------------------------------------- type spelling

    def type_name(self, t: Type) -> str:
        """How LeetCode's C++ writes ``t`` (``vector<int>``, ``string``, ``ListNode*``)."""
        if t.is_container:
            assert t.elem is not None
            return f"vector<{self.type_name(t.elem)}>"
        return SCALARS[t.kind]

    def glue_type(self, t: Type) -> str:
        """``t`` as the driver's glue writes it: fully qualified (``std::vector<int>``)."""
        if t.is_container:
            assert t.elem is not None
            return f"std::vector<{self.glue_type(t.elem)}>"
        return QUALIFIED[t.kind]

    def param_decl(self, t: Type) -> str:
        """How LeetCode passes a parameter: containers and strings by reference."""
        name = self.type_name(t)
        return f"{name}&" if t.is_container or t.kind == "string" else name

    def _params(self, params: list[Param]) -> str:
        return ", ".join(f"{self.param_decl(parse_type(p.type))} {p.name}" for p in params)

    # -------------------------------------------------------------------- starter code

    def starter(self, signature: Signature) -> str:
        if signature.kind == "design":
            lines = [f"class {signature.class_} {{", "public:"]
            for m in signature.methods:
                if m.name == signature.class_:
                    lines += [f"    {m.name}({self._params(m.params)}) {{", "        ", "    }", ""]
                else:
                    ret = self.type_name(parse_type(m.returns, allow_void=True))
                    lines += [
                        f"    {ret} {m.name}({self._params(m.params)}) {{",
                        "        ",
                        "    }",
                        "",
                    ]
            return "\n".join([*lines, "};", ""])
        ret = self.type_name(signature.return_type())
        return (
            f"class Solution {{\npublic:\n    {ret} {signature.function}"
            f"({self._params(signature.params)}) {{\n        \n    }}\n}};\n"
        )

    # ------------------------------------------------------------------- prime frame

    #: The compiled program, which a cache hit sends instead of compiling again.
    artefact = "main"

    def submission_files(
        self, code: str, signature: Signature | None, limits: Limits
    ) -> dict[str, bytes]:
        """The submission, unchanged, and the driver generated from the signature."""
        return {"solution.cpp": code.encode(), "driver.cpp": self.driver(signature).encode()}

    def start_script(self, limits: Limits) -> str:
        """Compile (the harness, then the driver with the PCH), then run; see START."""
        return (
            START.replace("@COLD_FLAGS@", COLD_FLAGS)
            .replace("@HOT_FLAGS@", HOT_FLAGS)
            .replace("@FLAGS@", FLAGS)
            .replace("@FILE_NAMES@", FILE_NAMES)
            .replace("@PCH@", shlex.quote(PCH))
            .replace("@STACK_KB@", str(stack_kb(limits)))
            .replace("@LINES@", str(COMPILE_ERROR_LINES))
            .replace("@COMMAND@", self.command)
        )

    # ------------------------------------------------------------------------ driver

    def driver(self, signature: Signature | None) -> str:
        """``driver.cpp`` for ``signature`` (``None``: a stdio program with its own main)."""
        if signature is None:
            return stdio_driver()
        if signature.kind == "design":
            return self._driver(f"design class {signature.class_}", self._design_glue(signature))
        return self._driver(f"Solution::{signature.function}", self._function_glue(signature))

    def _driver(self, what: str, glue: list[str]) -> str:
        body = "\n".join(f"    {line}" if line else "" for line in glue)
        return (
            GENERATED.format(what=what) + '#include "function.hpp"\n\n'
            "namespace pyscape_driver {\n"
            "void call(::pyscape::Reader& input, ::pyscape::Output& answer);\n"
            "}  // namespace pyscape_driver\n\n"
            "// Read by the runtime, which starts before any of the submission's code runs.\n"
            'constinit const ::pyscape::Driver pyscape::driver{"function", '
            "::pyscape::flush_user_output};\n\n"
            "int main() { ::pyscape::run_function_tests(pyscape_driver::call); }\n\n"
            "using namespace std;\n\n"
            '#include "solution.cpp"\n\n'
            "namespace pyscape_driver {\n"
            "void call(::pyscape::Reader& input, ::pyscape::Output& answer) {\n"
            f"{body}\n"
            "}\n"
            "}  // namespace pyscape_driver\n"
        )

    def _decode(self, params: list[Param], reader: str) -> tuple[list[str], list[str]]:
        """Lines declaring one local per parameter (``a0``, ``a1``...), and their names."""
        lines, names = [], []
        for i, p in enumerate(params):
            names.append(f"a{i}")
            lines.append(
                f'auto a{i} = {reader}.next<{self.glue_type(parse_type(p.type))}>("{p.name}");'
            )
        lines.append(f"{reader}.finish();")
        return lines, names

    def _function_glue(self, sig: Signature) -> list[str]:
        decode, names = self._decode(sig.params, "args")
        call = f"solution->{sig.function}({', '.join(names)})"
        lines = [
            "::pyscape::Args args(input);",
            *decode,
            "auto solution = std::make_unique<Solution>();",
        ]
        if sig.output is not None:
            index = [p.name for p in sig.params].index(sig.output)
            kept = self.glue_type(parse_type(sig.params[index].type))
            lines += [f"{call};", f"::pyscape::to_json<{kept}>(answer, {names[index]});"]
        else:
            returns = self.glue_type(sig.return_type())
            lines.append(f"::pyscape::to_json<{returns}>(answer, {call});")
        return lines

    def _design_glue(self, sig: Signature) -> list[str]:
        cls = sig.class_
        assert cls is not None
        lines = [
            "::pyscape::Operations operations(input);",
            "::pyscape::Results results(answer);",
            f"std::unique_ptr<{cls}> object;",
            "while (operations.next()) {",
            "    ::pyscape::Args& args = operations.args();",
        ]
        branches = [self._design_branch(cls, m) for m in sig.methods]
        for number, (condition, body) in enumerate(branches):
            keyword = "if" if number == 0 else "} else if"
            lines.append(f"    {keyword} ({condition}) {{")
            lines += [f"        {line}" for line in body]
        lines += [
            "    } else {",
            "        operations.unknown();",
            "    }",
            "}",
            "results.finish();",
        ]
        return lines

    def _design_branch(self, cls: str, method: Method) -> tuple[str, list[str]]:
        """The condition and body that run one operation (the constructor comes first)."""
        decode, names = self._decode(method.params, "args")
        arguments = ", ".join(names)
        if method.name == cls:
            return "operations.index() == 0", [
                f'operations.expect_constructor("{cls}");',
                *decode,
                f"object.reset(new {cls}({arguments}));",
                "results.add_null();",
            ]
        call = f"object->{method.name}({arguments})"
        returns = parse_type(method.returns, allow_void=True)
        if returns.kind == "void":
            run = [f"{call};", "results.add_null();"]
        else:
            run = [f"results.add<{self.glue_type(returns)}>({call});"]
        return f'operations.is("{method.name}")', [*decode, *run]


def stdio_driver() -> str:
    """The driver of a stdio program: the mode for the runtime, then the program as it is."""
    return (
        GENERATED.format(what="stdio program") + '#include "runtime.hpp"\n\n'
        "// The runtime serves every test before any of the submission's code runs: each test's\n"
        "// child process goes on as the submission's own program, main() included.\n"
        'constinit const ::pyscape::Driver pyscape::driver{"stdio", nullptr};\n\n'
        '#include "solution.cpp"\n'
    )


def stack_kb(limits: Limits) -> int:
    """The stack limit (``ulimit -s``): the sandbox's, but at most 3/4 of the memory limit."""
    share = int(limits.memory_mb * STACK_SHARE_OF_MEMORY)
    return max(MIN_STACK_MB, min(limits.stack_mb, share)) * 1024
