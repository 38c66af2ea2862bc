"""What a sandbox may say: the records of the harness protocol, as typed and bounded Structs.

The harness runs in the same process as the user's code, so every record is hostile input:
it is decoded into one of the Structs of :data:`Record` (a union tagged by ``event``) or it is
refused with :class:`ProtocolError`, which the judge turns into the submission's own
``runtime_error``. Numbers are range-checked, text is bounded, and a test's ``output`` stays
raw JSON until :func:`decode_output` has checked its size and depth.
"""

from __future__ import annotations

import builtins
import itertools
import re
from typing import Annotated, Any, Literal

import msgspec

#: A figure (a time, a size) fits in a signed 64-bit integer.
Figure = Annotated[int, msgspec.Meta(ge=0, le=2**63 - 1)]
Hint = Annotated[float, msgspec.Meta(ge=0, le=9.2e18)]
#: A type name as languages spell them (``IndexError``, ``java.lang.ArithmeticException``,
#: ``SIGSEGV``, ``const char*``, ``std::pair<int, int>``); anything else shows as ``Error``.
TYPE_NAME = re.compile(r"[A-Za-z_$][\w$.:<>*&, ]{0,119}")
_NAME_PARTS = re.compile(r"[.:$<>*&, ]+")
#: The error types a hidden test's error may name without the user's code naming them: the
#: languages' own (a type the program made up at run time could spell its hidden input).
KNOWN_ERROR_NAMES = frozenset(
    [
        n
        for n in dir(builtins)
        if isinstance(getattr(builtins, n), type)
        and issubclass(getattr(builtins, n), BaseException)
    ]
    + """Error TypeError RangeError ReferenceError SyntaxError EvalError URIError
    AggregateError InternalError Uncaught OutOfMemoryError NonZeroExitCode SpawnError
    WallClockTimeout OutputLimitExceeded
    java lang util io math Exception RuntimeException Throwable ArithmeticException
    ArrayIndexOutOfBoundsException IndexOutOfBoundsException StringIndexOutOfBoundsException
    NullPointerException ClassCastException IllegalArgumentException IllegalStateException
    NumberFormatException UnsupportedOperationException ConcurrentModificationException
    NoSuchElementException NegativeArraySizeException StackOverflowError AssertionError
    ExceptionInInitializerError NoClassDefFoundError ArrayStoreException EmptyStackException
    InputMismatchException UncheckedIOException IOException InterruptedException
    std __gnu_cxx exception logic_error runtime_error out_of_range length_error
    const char int long double bool string pair vector
    invalid_argument domain_error range_error overflow_error underflow_error bad_alloc
    bad_cast bad_typeid bad_function_call bad_optional_access bad_variant_access
    bad_array_new_length system_error future_error regex_error format_error
    SIGSEGV SIGFPE SIGABRT SIGBUS SIGILL SIGKILL SIGTERM SIGXFSZ SIGXCPU SIGTRAP SIGSYS
    SIGPIPE SIGINT SIGHUP SIGUSR1 SIGUSR2 SIGALRM panic""".split()  # noqa: SIM905 - a word list
)
#: Output deeper than this is no answer of any problem: a protocol breach.
MAX_DEPTH = 64
#: The fixed nonce of the ``primed`` record: written before any user code is in the sandbox.
PRIMED_NONCE = "pyscape-primed"


class ProtocolError(Exception):
    """The sandbox wrote something the protocol does not allow (the submission's fault)."""


class Error(msgspec.Struct, frozen=True):
    """An exception (or a signal) in the user's code: its type, message and line."""

    type: str = "Error"
    message: str = ""
    line: Annotated[int, msgspec.Meta(ge=0, le=2**31)] | None = None

    @property
    def type_name(self) -> str:
        """The type, or ``Error`` when it is not a name (it could carry anything)."""
        return self.type if TYPE_NAME.fullmatch(self.type) else "Error"

    def describe(self, hidden: bool, code: str = "") -> str:
        """For people: ``Type: message`` and the line.

        A hidden test's error shows no message, and only what its input cannot have written:
        a type the language or the user's ``code`` names, a line that ``code`` has.
        """
        if hidden:
            words = set(re.findall(r"[\w$]+", code))
            parts = [p for p in _NAME_PARTS.split(self.type_name) if p]
            known = all(p in KNOWN_ERROR_NAMES or p in words for p in parts)
            line_ok = self.line is not None and 1 <= self.line <= code.count("\n") + 1
            return (self.type_name if known else "Error") + (
                f" (line {self.line})" if line_ok else ""
            )
        text = f"{self.type_name}: {self.message}" if self.message else self.type_name
        return text + (f"\n  Line {self.line}" if self.line is not None else "")


class Primed(msgspec.Struct, tag_field="event", tag="primed", frozen=True):
    """The harness is loaded and about to read its next frame."""


class Compiled(msgspec.Struct, tag_field="event", tag="compiled", frozen=True):
    """The submission compiled; ``artefact`` is the compiled program (base64) for the cache."""

    artefact: str | None = None


class CompileError(msgspec.Struct, tag_field="event", tag="compile_error", frozen=True):
    message: str = ""


class LoadError(msgspec.Struct, tag_field="event", tag="load_error", frozen=True):
    """The code raised while being loaded (module-level code, a static initialiser)."""

    error: Error = Error()


class Ready(msgspec.Struct, tag_field="event", tag="ready", frozen=True):
    """The code loaded: the host sends the first test."""


class TestRecord(msgspec.Struct, tag_field="event", tag="test", frozen=True):
    """The answer to one test frame. ``time_ms`` and ``memory_kb`` are hints, never read
    for a verdict or a figure: those are measured from outside."""

    __test__ = False  # not a pytest test class

    test: Annotated[int, msgspec.Meta(ge=1, le=2**31)]
    status: Literal["ok", "error", "memory", "output_limit"]
    output: msgspec.Raw = msgspec.Raw(b"null")
    stdout: str | None = None
    error: Error | None = None
    time_ms: Hint | None = None
    memory_kb: Hint | None = None


class Done(msgspec.Struct, tag_field="event", tag="done", frozen=True):
    """The harness answered the end frame and exits."""


Record = Primed | Compiled | CompileError | LoadError | Ready | TestRecord | Done

_DECODER = msgspec.json.Decoder(Record)


def decode_record(data: bytes) -> Record:
    """One record line (without its nonce), or :class:`ProtocolError` saying what is wrong."""
    if json_depth(data) > MAX_DEPTH + 1:  # the record's own object, then the answer's
        raise ProtocolError(f"a record nested deeper than {MAX_DEPTH} levels")
    try:
        return _DECODER.decode(data)
    except msgspec.ValidationError as e:
        raise ProtocolError(f"a malformed record ({_short(str(e))})") from None
    except (msgspec.DecodeError, UnicodeDecodeError, RecursionError):
        raise ProtocolError("a corrupt record (not JSON)") from None


def decode_output(raw: msgspec.Raw) -> Any:
    """A test's answer as plain data (its record was decoded, so its depth is bounded)."""
    try:
        return msgspec.json.decode(raw)
    except (msgspec.DecodeError, RecursionError):
        raise ProtocolError("an answer that is not JSON") from None


_STRINGS = re.compile(rb'"(?:[^"\\]+|\\.)*"', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}


def json_depth(data: bytes | msgspec.Raw) -> int:
    """How deeply the JSON text ``data`` nests arrays and objects (brackets outside strings)."""
    raw = bytes(data)
    if raw.count(b"[") + raw.count(b"{") <= MAX_DEPTH:  # too few brackets to nest too deep
        return min(raw.count(b"[") + raw.count(b"{"), MAX_DEPTH)
    brackets = _STRINGS.sub(b"", raw).translate(None, _NOT_BRACKETS)
    return max(itertools.accumulate(map(_STEP.__getitem__, brackets)), default=0)


def _short(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[:limit] + "..."
