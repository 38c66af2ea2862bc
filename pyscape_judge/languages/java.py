"""Java (OpenJDK 21), as LeetCode runs it: ``class Solution`` with java.util.* imported.

One JVM per sandbox, started with the prime: the runner (``harness/java/pyscape/``, package
``pyscape``: frames, records, captures, and javac in-process through javax.tools, compiled
into the image at :data:`RUNNER_DIR` when the image is built) compiles a small warm-up program
and rehearses a test with it, then says ``primed`` and reads the submission frame. That frame
holds the user's code in a file of its own (``Solution.java``, ``<Class>.java`` for design
problems, ``Main.java`` for stdio programs, so that compiler messages and stack traces carry
the user's own line numbers), ``PyscapeDriver.java`` generated here from the signature (decode
the arguments into their declared Java types, call the user's method, encode the answer), and
two small files: ``sources`` (what to compile, the user's file first) and ``api`` (what the
driver calls, shown when it does not fit). The runner compiles them in memory, says
``compiled``, and runs none of the user's code before the ``go`` frame; then it reads the job,
initialises the user's class (its static initialisers: the load phase), and answers one test
frame at a time in the same JVM, the user's classes in a class loader of their own (a fresh one
per stdio test) that never replaces the harness's. ``classes.bin`` (the compiled classes) is
the artefact the host caches. Protocol v2: docs/harness-protocol.md.

The prime sends only ``start`` and the harness sources compiled with the user's code
(``function/``): the runner is in the image (its tag hashes the runner's sources, see
``sandbox_images/java/harness``), so a warm sandbox's JVM only warms javac up, and nothing of
that is left to do when the submission arrives.
"""

from __future__ import annotations

import math
import re
import shlex

from pyscape_judge.languages.base import CompiledLanguage, stack_limit_mb
from pyscape_judge.limits import Limits
from pyscape_judge.signature import Method, Param, Signature, Type, parse_type

SCALARS = {
    "int": "int",
    "long": "long",
    "double": "double",
    "boolean": "boolean",
    "string": "String",
    "char": "char",
    "void": "void",
    "ListNode": "ListNode",
    "TreeNode": "TreeNode",
}
BOXED = {
    "int": "Integer",
    "long": "Long",
    "double": "Double",
    "boolean": "Boolean",
    "char": "Character",
}

#: LeetCode's implicit imports, put on the user's first line so that line numbers stay.
IMPORTS = (
    "import java.util.*; import java.util.function.*; import java.util.stream.*; "
    "import java.math.*; "
)
_PACKAGE = re.compile(r"^[ \t]*package[ \t]+[A-Za-z_][\w.]*[ \t]*;", re.MULTILINE)

DRIVER_CLASS = "PyscapeDriver"
#: The submission frame's list of sources to compile, the user's file first.
SOURCES_FILE = "sources"
#: The submission frame's text saying what the driver calls.
API_FILE = "api"
#: The compiled submission, as the host caches it (``pyscape/Program.java`` reads and writes it).
ARTEFACT = "classes.bin"
#: Harness sources compiled with the user's code in function mode (default package): the
#: only part of ``harness/java`` the prime sends (the rest is compiled into the image).
FUNCTION_DIR = "function"
#: The runner's package folder in ``harness/java``: compiled into the image, not sent.
RUNNER_PACKAGE = "pyscape"
#: Where the image holds the runner's classes (``sandbox_images/java/setup.sh``).
RUNNER_DIR = "/opt/pyscape/java-runner"

#: The JVM outside its heap (code, metaspace and code cache of javac and the runner, GC,
#: threads: 95-125 MB resident measured after a compile and two-sum), for the heap's sizing.
JVM_OVERHEAD_MB = 112
#: The least heap the JVM gets, whatever the problem's memory limit.
MIN_HEAP_MB = 16
#: The least stack of the tests' thread (10^4-deep recursion needs ~1 MB).
MIN_STACK_MB = 8
#: The least memory a JVM that has compiled runs in (~125 MB resident): less is raised.
MIN_MEMORY_MB = 160


#: The reference solutions of the problem `pyscape-judge new` writes (the sum of an
#: integer array, ``long sumOfArray(int[] nums)``), as a function and as a stdio program.
EXAMPLE_FUNCTION = """\
class Solution {
    public long sumOfArray(int[] nums) {
        long total = 0;
        for (int x : nums) total += x;
        return total;
    }
}
"""
EXAMPLE_STDIO = """\
import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(
                new BufferedReader(new InputStreamReader(System.in)));
        in.nextToken();
        int n = (int) in.nval;
        long total = 0;
        for (int i = 0; i < n; i++) {
            in.nextToken();
            total += (long) in.nval;
        }
        System.out.println(total);
    }
}
"""


class Java(CompiledLanguage):
    """Java 21: one JVM compiles (javax.tools) and runs all the tests (see the module's doc)."""

    name = "java"
    title = "Java 21"
    extensions = (".java",)
    command = f"java -cp {RUNNER_DIR} pyscape.Runner"  # by start, with JVM flags and stack
    #: The compiled program (the classes of the submission), which a cache hit sends back.
    artefact = ARTEFACT
    out_of_memory_markers = (b"java.lang.OutOfMemoryError",)
    selftest_command = "javac -d /tmp /opt/pyscape/selftest.java && java -cp /tmp Main"
    build_order = 30
    example_solutions = {"function": EXAMPLE_FUNCTION, "stdio": EXAMPLE_STDIO}

    def type_name(self, t: Type) -> str:
        if t.kind == "array":
            assert t.elem is not None
            return f"{self.type_name(t.elem)}[]"
        if t.kind == "list":
            assert t.elem is not None
            inner = self.type_name(t.elem)
            return f"List<{BOXED.get(inner, inner)}>"
        return SCALARS[t.kind]

    def starter(self, signature: Signature) -> str:
        if signature.kind == "design":
            lines = [f"class {signature.class_} {{", ""]
            for m in signature.methods:
                params = ", ".join(f"{t} {n}" for n, t in self.param_types(m.params))
                if m.name == signature.class_:
                    lines += [f"    public {m.name}({params}) {{", "        ", "    }", ""]
                else:
                    ret = self.type_name(parse_type(m.returns, allow_void=True))
                    lines += [f"    public {ret} {m.name}({params}) {{", "        ", "    }", ""]
            return "\n".join([*lines, "}", ""])
        params = ", ".join(f"{t} {n}" for n, t in self.param_types(signature.params))
        ret = self.type_name(signature.return_type())
        return (
            f"class Solution {{\n    public {ret} {signature.function}({params}) {{\n"
            "        \n    }\n}\n"
        )

    def harness_files(self) -> dict[str, bytes]:
        """The sources compiled with the user's code; the runner (and LeetCode's ``Pair``, on
        its class path) are in the image."""
        return {
            name: data
            for name, data in super().harness_files().items()
            if name.startswith(f"{FUNCTION_DIR}/")
        }

    def limits(self, limits: Limits) -> Limits:
        """A JVM needs ~125 MB of its own: a problem's memory below :data:`MIN_MEMORY_MB` is raised.

        Its ~15 threads fit the default pids limit with room for the user's own.
        """
        return limits.with_(memory_mb=max(limits.memory_mb, MIN_MEMORY_MB))

    def start_script(self, limits: Limits) -> str:
        """Start the JVM that compiles the runner and does the rest: see :data:`START`."""
        return start_script(limits)

    def submission_files(
        self, code: str, signature: Signature | None, limits: Limits
    ) -> dict[str, bytes]:
        """The user's file, the driver, and what the runner compiles (``sources``, ``api``)."""
        user_file = f"{main_class(signature)}.java"
        files = {user_file: prepare_source(code).encode()}
        sources = [user_file]
        if signature is not None:
            files[f"{DRIVER_CLASS}.java"] = driver_source(signature, self).encode()
            sources += [f"{DRIVER_CLASS}.java", *function_sources(signature)]
        files[SOURCES_FILE] = "".join(f"{name}\n" for name in sources).encode()
        files[API_FILE] = f"{self.expected_api(signature)}\n".encode()
        return files

    def expected_api(self, signature: Signature | None) -> str:
        """What the driver calls, said when the user's code does not fit it."""
        if signature is None:
            return "The judge runs `public static void main(String[] args)` of class Main."
        if signature.kind == "design":
            methods = "; ".join(self._method_text(m, signature.class_) for m in signature.methods)
            return f"The judge calls class {signature.class_}: `{methods}`."
        call = self._method_text(
            Method(signature.function or "", signature.params, signature.returns), None
        )
        return f"The judge calls `{call}` of class Solution."

    def _method_text(self, method: Method, constructor: str | None) -> str:
        params = ", ".join(f"{t} {n}" for n, t in self.param_types(method.params))
        if method.name == constructor:
            return f"{method.name}({params})"
        returns = self.type_name(parse_type(method.returns, allow_void=True))
        return f"{returns} {method.name}({params})"


# ------------------------------------------------------------------------------ the source


def main_class(signature: Signature | None) -> str:
    """The class the user writes: ``Main`` (stdio), the design class, or ``Solution``."""
    if signature is None:
        return "Main"
    return signature.class_ if signature.kind == "design" and signature.class_ else "Solution"


def prepare_source(code: str) -> str:
    """The user's code with LeetCode's imports on its first line and its ``package`` blanked.

    Nothing is added or removed on other lines, so compiler messages and stack traces carry
    the user's own line numbers.
    """
    code = code.removeprefix("\ufeff")
    code = _PACKAGE.sub(lambda m: " " * len(m.group(0)), code, count=1)
    return IMPORTS + code


def signature_types(signature: Signature) -> list[Type]:
    """Every parameter and return type of a signature."""
    methods = signature.methods or [
        Method(signature.function or "", signature.params, signature.returns)
    ]
    return [
        parse_type(t, allow_void=True)
        for m in methods
        for t in [m.returns, *(p.type for p in m.params)]
    ]


def function_sources(signature: Signature) -> list[str]:
    """The harness sources compiled with the user's code: the codec, and LeetCode's node
    classes with their conversions only when the signature uses them (otherwise the user may
    declare a ``ListNode`` of their own, for an LRU cache say)."""
    kinds = {t.base.kind for t in signature_types(signature)}
    sources = [f"{FUNCTION_DIR}/PyscapeCodec.java"]
    for node in ("ListNode", "TreeNode"):
        if node in kinds:
            sources += [f"{FUNCTION_DIR}/{node}.java", f"{FUNCTION_DIR}/Pyscape{node}s.java"]
    return sources


# ------------------------------------------------------------------------------ the driver


class _Types:
    """The ``PyscapeCodec.Type`` constants a driver declares, one per distinct type."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}

    def ref(self, t: Type) -> str:
        key = str(t)
        if key not in self.names:
            self.names[key] = f"T{len(self.names)}"
        return self.names[key]

    def declarations(self) -> list[str]:
        return [
            f'    private static final PyscapeCodec.Type {name} = PyscapeCodec.type("{key}");'
            for key, name in self.names.items()
        ]


def _cast(java: Java, t: Type) -> str:
    """The cast from ``PyscapeCodec.decode``'s Object to the declared type (boxed scalars)."""
    name = java.type_name(t)
    return BOXED.get(name, name)


def _decode_args(java: Java, types: _Types, params: list[Param], indent: str) -> list[str]:
    """Statements declaring ``a0, a1...`` from the arguments array (``[`` already read)."""
    lines = []
    for i, p in enumerate(params):
        t = parse_type(p.type)
        lines += [
            f"{indent}in.next();",
            f"{indent}{java.type_name(t)} a{i} = ({_cast(java, t)}) "
            f"PyscapeCodec.decode(in, {types.ref(t)});",
        ]
    return lines


def _arg_list(params: list[Param]) -> str:
    return ", ".join(f"a{i}" for i in range(len(params)))


def _function_body(java: Java, types: _Types, sig: Signature) -> list[str]:
    indent = " " * 8
    lines = [
        f"{indent}in.beginArray();",
        *_decode_args(java, types, sig.params, indent),
        f"{indent}in.endArray();",
    ]
    call = f"new Solution().{sig.function}({_arg_list(sig.params)})"
    if sig.output:
        index = [p.name for p in sig.params].index(sig.output)
        judged = parse_type(sig.params[index].type)
        return [
            *lines,
            f"{indent}{call};",
            f"{indent}PyscapeCodec.encode(out, {types.ref(judged)}, a{index});",
        ]
    returned = sig.return_type()
    return [*lines, f"{indent}PyscapeCodec.encode(out, {types.ref(returned)}, {call});"]


def _design_case(java: Java, types: _Types, sig: Signature, method: Method) -> list[str]:
    indent = " " * 20
    lines = [
        f'                case "{method.name}": {{',
        *_decode_args(java, types, method.params, indent),
    ]
    args = _arg_list(method.params)
    returned = parse_type(method.returns, allow_void=True)
    if method.name == sig.class_:
        lines += [f"{indent}obj = new {sig.class_}({args});", f"{indent}out.nul();"]
    elif returned.kind == "void":
        lines += [f"{indent}obj.{method.name}({args});", f"{indent}out.nul();"]
    else:
        lines += [
            f"{indent}PyscapeCodec.encode(out, {types.ref(returned)}, obj.{method.name}({args}));"
        ]
    return [*lines, f"{indent}break;", "                }"]


def _design_body(java: Java, types: _Types, sig: Signature) -> list[str]:
    ops = types.ref(parse_type("string[]"))
    cases = [line for m in sig.methods for line in _design_case(java, types, sig, m)]
    return [
        "        in.beginArray();",
        "        in.next();",
        f"        String[] ops = (String[]) PyscapeCodec.decode(in, {ops});",
        "        in.next();",
        "        in.beginArray();",
        "        out.beginArray();",
        f"        {sig.class_} obj = null;",
        "        for (String op : ops) {",
        "            in.next();",
        "            in.beginArray();",
        "            switch (op) {",
        *cases,
        "                default:",
        '                    throw new PyscapeCodec.BadValue("unknown operation " + op);',
        "            }",
        "            in.endArray();",
        "        }",
        "        out.endArray();",
        "        in.endArray();",
        "        in.endArray();",
    ]


def driver_source(signature: Signature, java: Java | None = None) -> str:
    """``PyscapeDriver.java`` for ``signature``: one test's input in, the answer out."""
    java = java or Java()
    types = _Types()
    if signature.kind == "design":
        body = _design_body(java, types, signature)
        what = f"design class {signature.class_}"
    else:
        body = _function_body(java, types, signature)
        what = f"Solution.{signature.function}"
    return "\n".join(
        [
            f"// Generated by pyscape_judge/languages/java.py for {what}.",
            "import java.util.List;",
            "",
            '@SuppressWarnings({"unchecked", "rawtypes"})',
            f"public final class {DRIVER_CLASS} implements pyscape.Entry {{",
            *types.declarations(),
            "",
            "    @Override",
            "    public void run(pyscape.Json.Reader in, pyscape.Json.Writer out)"
            " throws Throwable {",
            *body,
            "    }",
            "}",
            "",
        ]
    )


# ------------------------------------------------------------------------------ start script


def heap_mb(memory_mb: int) -> int:
    """The JVM's heap (-Xmx): the memory limit less the JVM's own, so that a program over the
    limit gets an OutOfMemoryError (``memory``) before the sandbox is killed."""
    return max(MIN_HEAP_MB, memory_mb - JVM_OVERHEAD_MB - memory_mb // 8)


def stack_mb(limits: Limits) -> int:
    """The tests thread's stack: 16 MB for 256 MB of memory (about 10^5 frames).

    A runaway recursion touches all of it, and HotSpot's unwinding of compiled frames costs
    up to ~6x the stack again in native arenas (measured: 16 MB -> +105 MB, 32 MB -> +212 MB
    with C2), so the stack is sized from the memory limit, so that a StackOverflowError is
    reported as such, not as the sandbox's death by OOM.
    """
    return stack_limit_mb(limits, 1 / 16, MIN_STACK_MB)


def jvm_flags(limits: Limits) -> list[str]:
    """Flags of the JVM that runs the tests: sized to the memory limit, few threads, quiet on
    stdout (VM warnings and logs go to stderr). Tiered compilation stays on: C2 ran a
    CPU-bound test about 2x faster than C1 alone (measured)."""
    return [
        f"-Xmx{heap_mb(limits.memory_mb)}m",
        "-Xms8m",
        "-Xss1m",
        "-XX:+UseSerialGC",
        "-XX:MaxMetaspaceSize=64m",
        "-XX:ReservedCodeCacheSize=48m",
        f"-XX:ActiveProcessorCount={max(1, math.ceil(limits.cpus))}",
        "-XX:CICompilerCount=2",
        "-XX:-UsePerfData",
        "-Xshare:auto",
        "-XX:+DisplayVMOutputToStderr",
        "-Xlog:disable",
        "-Xlog:all=warning:stderr",
        "-Dfile.encoding=UTF-8",
        "-Dstdout.encoding=UTF-8",
        "-Dstderr.encoding=UTF-8",
    ]


#: The ``start`` script: one JVM does it all (see the module's
#: docstring; the compile nonce, the ``compiled`` record and the compile error messages are
#: ``pyscape/Program.java``'s). A compile error is written to stderr and ends the JVM.
START = rf"""# PyScape Java: one JVM (the runner, compiled into the image at {RUNNER_DIR}) warms its
# compiler up, says "primed", reads the submission frame, compiles it in memory, says
# "compiled", waits for "go" and runs the tests. Protocol: docs/harness-protocol.md.
exec java @JAVA@ -cp {RUNNER_DIR} pyscape.Runner @STACK@
"""


def start_script(limits: Limits) -> str:
    """The ``start`` script for ``limits`` (the JVM's heap, the tests' stack): see :data:`START`."""
    return START.replace("@JAVA@", shlex.join(jvm_flags(limits))).replace(
        "@STACK@", str(stack_mb(limits) * 1024 * 1024)
    )
