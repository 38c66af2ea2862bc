"""The language layer: what a language is, and the two families that do the work once.

A language is a small class: a name, file extensions, the harness folder it ships into the
sandbox, the command that starts it, and a starter-code template. :class:`ScriptLanguage`
(Python, JavaScript) sends the code with the job; :class:`CompiledLanguage` (Java, C++) puts
the code into the sandbox first and compiles it once, before the tests.
"""

from __future__ import annotations

import functools
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


class ScriptLanguage(Language):
    """An interpreted language: the harness starts the interpreter and loads the code."""


class CompiledLanguage(Language):
    """A compiled language: the code is compiled once in the sandbox, before the tests.

    After the prime, ``start`` waits for a second frame, the submission (a tar of
    :meth:`submission_files` plus the compile nonce), compiles it, says ``compiled`` and runs
    the program, which then reads the job.
    """

    compiled = True
    #: The file holding the compiled program in the work directory, if the language's
    #: ``start`` reports it (base64, in the ``compiled`` record) and runs it when sent back.
    artefact: ClassVar[str | None] = None

    def submission_files(
        self, code: str, signature: Signature | None, limits: Limits
    ) -> dict[str, bytes]:
        """The user's code and whatever is generated from the signature to drive it."""
        raise NotImplementedError
