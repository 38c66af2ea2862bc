"""The language layer: what a language is, and the two families that do the work once.

A language is a small class: a name, file extensions, the harness folder it ships into the
sandbox, the command that starts it, and a starter-code template. :class:`ScriptLanguage`
(Python, JavaScript) sends the code with the job; :class:`CompiledLanguage` (Java, C++) puts
the code into the sandbox first and compiles it once, before the tests.
"""

from __future__ import annotations

import functools
import shlex
from pathlib import Path
from typing import ClassVar

from pyscape_judge.limits import Limits
from pyscape_judge.paths import harness_dir
from pyscape_judge.signature import Signature, Type, parse_type


@functools.cache
def _image_tag(language: str) -> str:
    from pyscape_judge.images import image_tag

    return image_tag(language)


@functools.cache
def _harness_files(language: str) -> dict[str, bytes]:
    folder: Path = harness_dir(language)
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


class Language:
    """One language the judge runs. Subclasses set the class attributes and a few hooks."""

    #: The name used everywhere: API, image tag, harness folder.
    name: ClassVar[str]
    #: For people ("Python 3").
    title: ClassVar[str]
    #: File extensions, the first being the canonical one.
    extensions: ClassVar[tuple[str, ...]]
    #: How a line comment starts (wrong-solution verdict lines, generated starters).
    comment: ClassVar[str] = "//"
    #: Whether the submission is compiled before the tests (compile errors, compile limits).
    compiled: ClassVar[bool] = False
    #: Shell command run in the work directory once the harness files are unpacked.
    command: ClassVar[str]
    #: CPU time a stdio program's fresh runtime (a new process per test) spends starting, per
    #: test: the host adds it to the test's CPU budget and takes it off the reported time.
    stdio_start_ms: ClassVar[int] = 0
    #: Other names users give the language (``py``, ``c++``), lower case.
    aliases: ClassVar[tuple[str, ...]] = ()
    #: What the runtime prints on stderr when it dies for want of memory before the sandbox's
    #: OOM kill (``std::bad_alloc``): the judge reports such a death as out of memory.
    out_of_memory_markers: ClassVar[tuple[bytes, ...]] = ()
    #: Shell command that compiles (if need be) and runs the image's self-test
    #: (``/opt/pyscape/selftest.<ext>`` of ``sandbox_images/<name>/``), which copies its
    #: stdin to its stdout: the image builder runs it in a sandboxed container.
    selftest_command: ClassVar[str]
    #: Where the image builder puts this language's image in its order (lowest first: the
    #: images most used and quickest to build come first).
    build_order: ClassVar[int] = 100
    #: Reference solutions of the problem ``pyscape-judge new`` writes (the sum of an integer
    #: array: ``long sumOfArray(int[] nums)``), by mode (``function``, ``stdio``): a new problem
    #: validates in every language out of the box.
    example_solutions: ClassVar[dict[str, str]] = {}

    def image(self) -> str:
        """The sandbox image of this language (tag carries the recipe's version)."""
        return _image_tag(self.name)

    def limits(self, limits: Limits) -> Limits:
        """Adjust the resolved limits for this language (e.g. more threads for a JVM)."""
        return limits

    def harness_files(self) -> dict[str, bytes]:
        """The files of ``harness/<name>/``, sent into every sandbox of this language."""
        return dict(_harness_files(self.name))

    def prime_files(self, limits: Limits) -> dict[str, bytes]:
        """What a sandbox gets before any submission is known: the harness and ``start``.

        A warm pool sends it ahead of need, so whatever ``start`` does before it waits for
        its next frame (load an interpreter, compile the harness) is off the hot path.
        """
        files = self.harness_files()
        files["start"] = self.start_script(limits).encode()
        return files

    def start_script(self, limits: Limits) -> str:
        return f"exec {self.command}\n"

    def image_boot(self, limits: Limits) -> tuple[str, ...] | None:
        """The command that starts a sandbox of this language's image straight in the harness
        the image holds, which says ``primed`` by itself: no boot shell, no prime frame. A
        sandbox on the host's files (the local backend) still gets the prime. ``None``: every
        sandbox gets the prime (the default)."""
        return None

    def code_in_job(self) -> bool:
        """Whether the code travels with the job (script languages) or in its own frame."""
        return not self.compiled

    # --------------------------------------------------------------------- starter code

    def type_name(self, t: Type) -> str:
        """How this language writes type ``t`` in a signature."""
        raise NotImplementedError

    def starter(self, signature: Signature) -> str:
        """Starter code for ``signature`` as LeetCode shows it."""
        raise NotImplementedError

    def param_types(self, params: list) -> list[tuple[str, str]]:
        return [(p.name, self.type_name(parse_type(p.type))) for p in params]


def stack_limit_mb(limits: Limits, share_of_memory: float, minimum_mb: int) -> int:
    """The stack a program gets: the sandbox's stack limit, but at most ``share_of_memory`` of
    its memory limit (an endless recursion then overflows its stack, reported as such, before
    the sandbox runs out of memory), and never under ``minimum_mb``."""
    share = int(limits.memory_mb * share_of_memory)
    return max(minimum_mb, min(limits.stack_mb, share))


class ScriptLanguage(Language):
    """An interpreted language: the harness starts the interpreter and loads the code."""


#: The ``start`` script of every compiled language that compiles in the shell (C++): the
#: language fills in its commands (:class:`CompiledLanguage`'s hooks). Protocol v2
#: (docs/harness-protocol.md): say ``primed`` (after the language's own preparation, which a
#: warm sandbox does before any submission), read the submission frame, take the artefact of
#: this very submission when the frame brings it (a cache hit) or compile, say ``compiled``
#: (with the artefact in base64, for the host's cache), then wait for the host's ``go``
#: frame: none of the user's code runs before it. The compiler reads /dev/null, never the
#: sandbox's stdin (an ``#include </dev/stdin>`` would wait for the next frame); its
#: messages, on failure, are cut to their first lines with the paths as the user knows them.
COMPILED_START = r"""@HEADER@
@PREPARE@printf '\npyscape-primed {"event":"primed"}\n'
read n && dd bs="$n" count=1 iflag=fullblock status=none | tar -xf - || exit 1
if [ -f @ARTEFACT@ ]; then
    chmod +x @ARTEFACT@
    printf '\n%s {"event":"compiled"}\n' "$(cat nonce)"
elif @COMPILE@ \
         </dev/null 2>compile.log
then
    printf '\n%s {"event":"compiled","artefact":"%s"}\n' "$(cat nonce)" "$(base64 -w0 @ARTEFACT@)"
else
    sed @FILTERS@ compile.log | head -n @LINES@ >&2
    exit 1
fi
read n && [ "$(dd bs="$n" count=1 iflag=fullblock status=none)" = go ] || exit 1
exec @COMMAND@
"""


class CompiledLanguage(Language):
    """A compiled language: the code is compiled once in the sandbox, before the tests.

    After the prime, ``start`` waits for a second frame, the submission (a tar of
    :meth:`submission_files` plus the compile nonce), compiles it, says ``compiled`` and runs
    the program, which then reads the job.

    A language that compiles in the shell declares its :attr:`artefact`, its
    :meth:`compile_command`, its :meth:`run_command`, its :attr:`compile_message_filters` and
    :attr:`compile_error_lines` (and, if it has some, its :meth:`prepare_commands` and
    :meth:`shell_setup`): :meth:`start_script` writes them into :data:`COMPILED_START`. A
    language whose runtime compiles (Java: javac in the JVM that runs the tests) overrides
    :meth:`start_script` and does the same steps in its harness.
    """

    compiled = True
    #: The file holding the compiled program in the work directory, if the language's
    #: ``start`` reports it (base64, in the ``compiled`` record) and runs it when sent back.
    artefact: ClassVar[str | None] = None
    #: sed expressions applied to the compiler's messages (the user's file names as the user
    #: knows them, no include chains).
    compile_message_filters: ClassVar[tuple[str, ...]] = ()
    #: Compiler messages shown to the user (LeetCode shows the first errors, not pages).
    compile_error_lines: ClassVar[int] = 50
    #: What ``start`` says first (a comment for people reading the sandbox's script).
    start_comment: ClassVar[str] = "# PyScape: compile once, then run (docs/harness-protocol.md)."

    def submission_files(
        self, code: str, signature: Signature | None, limits: Limits
    ) -> dict[str, bytes]:
        """The user's code and whatever is generated from the signature to drive it."""
        raise NotImplementedError

    def compile_command(self, limits: Limits) -> str:
        """Shell command compiling the submission frame's files into :attr:`artefact`."""
        raise NotImplementedError

    def run_command(self, limits: Limits) -> str:
        """Shell command (``exec``'d after ``go``) that runs the program."""
        return self.command

    def shell_setup(self, limits: Limits) -> list[str]:
        """Shell lines run first (``ulimit -s``, say)."""
        return []

    def prepare_commands(self, limits: Limits) -> list[str]:
        """Shell commands run before ``primed`` (the harness's own objects): their messages
        go to stderr and end the sandbox when one fails."""
        return []

    def start_script(self, limits: Limits) -> str:
        """:data:`COMPILED_START` with this language's commands."""
        if self.artefact is None:
            raise NotImplementedError(f"{self.name}: a shell compile needs an artefact")
        prepare = ""
        if commands := self.prepare_commands(limits):
            prepare = (
                f"if ! {{ {' && '.join(commands)}; }} \\\n       </dev/null 2>harness.log\n"
                "then\n    cat harness.log >&2\n    exit 1\nfi\n"
            )
        header = "\n".join([self.start_comment, *self.shell_setup(limits)])
        # No filters: an empty script, else sed would take compile.log for its script.
        filters = " ".join(f"-e {shlex.quote(f)}" for f in self.compile_message_filters) or "-e ''"
        return (
            COMPILED_START.replace("@HEADER@", header)
            .replace("@PREPARE@", prepare)
            .replace("@ARTEFACT@", shlex.quote(self.artefact))
            .replace("@COMPILE@", self.compile_command(limits))
            .replace("@FILTERS@", filters)
            .replace("@LINES@", str(self.compile_error_lines))
            .replace("@COMMAND@", self.run_command(limits))
        )
