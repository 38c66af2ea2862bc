"""The harness's side of protocol v2 (docs/harness-protocol.md): frames in, records out.

Frames come from the host on a private copy of stdin, read unbuffered, so that no buffer of
the harness keeps a test's bytes once the test is answered; the user's code reads an empty
stdin. Records go out on a private copy of stdout as ``\\n<nonce> <json>\\n``. Errors travel
as structured objects (type, message, line in the user's file): the host writes them for
people, and shows a hidden test's type and line only.

JSON goes through CPython's C codec (``_json``) itself, as ``json`` would with these options:
the ``json`` package imports ``re`` (and ``re`` ``enum``), a third of the harness's start.
"""

import os
import sys

try:
    from _json import encode_basestring, make_encoder, make_scanner
except ImportError:  # a Python without the C codec: the json package, re and all
    encode_basestring = make_encoder = make_scanner = None

#: The nonce of the ``primed`` record, written before any job (and its nonce) exists.
PRIMED_NONCE = "pyscape-primed"
#: An error's message is cut here: the host shows it to people, who need no more.
MESSAGE_LIMIT = 4000
#: What ``json.dumps`` raises for a value JSON cannot carry (a set, NaN, a cycle, 10^4 levels).
UNSENDABLE = (TypeError, ValueError, RecursionError)


class Frames:
    """The host's frames (``<length>\\n<json>``), from a copy of stdin the user's code never
    gets as its own: file descriptor 0 becomes ``/dev/null``."""

    def __init__(self):
        self.fd = os.dup(0)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.close(null)
        sys.stdin = open(0, encoding="utf-8", closefd=False)

    def next(self):
        """The next frame, decoded; ``EOFError`` when the host hung up."""
        left = int(self._header())
        parts = []
        while left:
            part = os.read(self.fd, min(left, 1 << 20))
            if not part:
                raise EOFError("the host closed stdin in the middle of a frame")
            parts.append(part)
            left -= len(part)
        return from_json_text(b"".join(parts))

    def _header(self):
        header = b""
        while not header.endswith(b"\n"):
            byte = os.read(self.fd, 1)
            if not byte:
                raise EOFError("the host closed stdin before the next frame")
            header += byte
        return header


class Channel:
    """Writes records under ``nonce`` on ``fd``, a copy of the original stdout."""

    def __init__(self, fd, nonce):
        self.fd = fd
        self.prefix = "\n" + nonce + " "
        #: The real ``sys.stdout``: what the user's code printed outside a test's capture is
        #: flushed before each record, so that it never lands after the harness has exited.
        self.stray = sys.stdout

    def send(self, record, answer=None):
        """Writes ``record``; ``answer`` (JSON text, encoded once) becomes its ``output``."""
        text = to_json_text(record)
        if answer is not None:
            text = text[:-1] + ',"output":' + answer + "}"
        try:
            self.stray.flush()
        except (OSError, ValueError):  # the user closed or broke stdout: only their text is lost
            pass
        # A lone surrogate the user printed or returned becomes "?": records are valid UTF-8.
        view = memoryview((self.prefix + text + "\n").encode("utf-8", "replace"))
        while view:
            view = view[os.write(self.fd, view) :]

    def send_test(self, number, result, limit):
        """Writes test ``number``'s record: ``result`` holds its fields and the answer."""
        record = {"event": "test", "test": number, **result}
        output = record.pop("output")
        answer = None
        if record["status"] == "ok":
            answer, failure = encode_answer(output, limit)
            record.update(failure)
        self.send(record, answer or "null")


def encode_answer(output, limit):
    """The answer as JSON text, and what changes in its record when it cannot be sent.

    An answer JSON cannot carry is the test's error; one longer than ``limit`` bytes is
    ``output_limit``, and is not sent (the host would refuse it too).
    """
    try:
        text = to_json_text(output)
    except UNSENDABLE as error:
        message = "the answer cannot be sent as JSON: %s" % message_of(error)
        return None, {"status": "error", "error": plain_error(type(error).__name__, message)}
    if len(text) > limit or len(text.encode("utf-8", "replace")) > limit:
        return None, {"status": "output_limit"}
    return text, {}


def to_json_text(value):
    """``json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))``."""
    if make_encoder is None:
        import json

        return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    if isinstance(value, str):
        return encode_basestring(value)
    # markers (cycles), default, the string encoder, indent, separators, sort_keys, skipkeys,
    # allow_nan: what json.JSONEncoder hands the C encoder.
    encode = make_encoder({}, _unsendable, encode_basestring, None, ":", ",", False, False, False)
    return "".join(encode(value, 0))


def from_json_text(data):
    """``json.loads(data)`` of UTF-8 bytes holding one JSON value (``ValueError`` if not)."""
    text = data.decode("utf-8", "surrogatepass")
    if make_scanner is None:
        import json

        return json.loads(text)
    try:
        value, end = _SCANNER(text, 0)
    except StopIteration:
        raise ValueError("not a JSON value") from None
    if end != len(text):
        raise ValueError("more than one JSON value")
    return value


def _unsendable(value):
    raise TypeError("Object of type %s is not JSON serializable" % type(value).__name__)


class _DecoderOptions:
    """What ``json.JSONDecoder()`` hands the C scanner."""

    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = {"-Infinity": float("-inf"), "Infinity": float("inf"), "NaN": float("nan")}
    parse_constant = parse_constant.__getitem__
    memo = {}


_SCANNER = make_scanner(_DecoderOptions()) if make_scanner is not None else None


def serve(frames, channel, run_test, limit):
    """Answers test frames one at a time with ``run_test(input, wall_ms)``, then says done."""
    while answer_next(frames, channel, run_test, limit):
        pass
    channel.send({"event": "done"})


def answer_next(frames, channel, run_test, limit):
    """Reads one frame and answers it; ``False`` at the end frame.

    The frame, and the test's input with it, lives in this call only: the harness keeps no
    test's input once its record is written.
    """
    frame = frames.next()
    if frame.get("end"):
        return False
    channel.send_test(frame["test"], run_test(frame["input"], frame["wall_ms"]), limit)
    return True


# ------------------------------------------------------------------------------------- errors


def error_of(exception, user_file):
    """``exception`` as a record carries it: its class name, its message and the innermost
    line of ``user_file`` it went through (``None`` when it never did)."""
    return {
        "type": type(exception).__name__,
        "message": message_of(exception),
        "line": user_line(exception.__traceback__, user_file),
    }


def plain_error(kind, message):
    """An error that happened outside the user's lines: a signal, an exit code, an answer."""
    return {"type": kind, "message": message[:MESSAGE_LIMIT], "line": None}


def message_of(exception):
    try:
        return str(exception)[:MESSAGE_LIMIT]
    except BaseException:  # noqa: BLE001 - the user's __str__ failed: type and line still tell
        return ""


def user_line(trace, user_file):
    line = None
    while trace is not None:  # traceback.walk_tb, without importing traceback at every start
        if trace.tb_frame.f_code.co_filename == user_file and trace.tb_lineno is not None:
            line = trace.tb_lineno
        trace = trace.tb_next
    return line


def compile_error_text(error):
    """The ``compile_error`` message: ``SyntaxError: expected ':' (line 2)``."""
    if isinstance(error, SyntaxError):
        where = " (line %s)" % error.lineno if error.lineno else ""
        return "%s: %s%s" % (type(error).__name__, error.msg, where)
    return "%s: %s" % (type(error).__name__, message_of(error))
