"""What the judge takes as a submission, checked at :meth:`Judge.judge`'s door before anything
runs: the code is text, valid Unicode, not too long; the language is one the problem supports.

Languages are named as :func:`~pyscape_judge.languages.get_language` accepts them: the
canonical names (``python``, ``javascript``, ``java``, ``cpp``) and a few common aliases, any
case (``py``, ``python3``, ``js``, ``node``, ``c++``, ``cxx``); verdicts carry the canonical name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pyscape_judge.errors import CodeError, LanguageError

if TYPE_CHECKING:
    from pyscape_judge.languages import Language
    from pyscape_judge.problem import Problem

#: The default largest submission, in KiB of UTF-8 (``Judge.max_code_kb``).
MAX_CODE_KB = 64


def check_code(code: object, max_kb: int = MAX_CODE_KB) -> str:
    """``code`` when it can be judged; :class:`CodeError` saying why not otherwise."""
    if not isinstance(code, str):
        hint = " (decode the bytes as UTF-8 first)" if isinstance(code, bytes | bytearray) else ""
        raise CodeError(f"code must be a str, got {type(code).__name__}{hint}")
    try:
        size = len(code.encode("utf-8"))
    except UnicodeEncodeError as e:
        line = code.count("\n", 0, e.start) + 1
        raise CodeError(
            f"code is not valid Unicode text: a lone surrogate U+{ord(code[e.start]):04X} on "
            f"line {line} (it cannot be encoded as UTF-8; send the text the user typed)"
        ) from None
    if size > max_kb * 1024:
        raise CodeError(
            f"code is too long: {size} bytes of UTF-8, the limit is {max_kb} KiB "
            f"({max_kb * 1024} bytes)"
        )
    return code


def check_submission(problem: Problem, language: Language, code: object, max_kb: int) -> None:
    """:func:`check_code`, and :class:`LanguageError` when ``problem`` does not support
    ``language`` (its ``languages`` field)."""
    check_code(code, max_kb)
    if not problem.supports(language.name):
        raise LanguageError(
            f"problem `{problem.slug}` is not offered in {language.name} "
            f"(it supports {', '.join(problem.languages)})"
        )
