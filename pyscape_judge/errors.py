"""One exception hierarchy for the judge library.

Every error a caller can catch derives from :class:`JudgeError`; messages say what happened and
what to do about it.
"""

from __future__ import annotations


class JudgeError(Exception):
    """Base class of every error raised by :mod:`pyscape_judge`."""


class ProblemError(JudgeError):
    """A problem folder is missing, malformed or inconsistent.

    The message names the file, the field and why, e.g.
    ``problems/two-sum/problem.toml: field `limits.time_ms`: Expected `int`, got `str```.
    """

    def __init__(self, path: object, message: str, field: str | None = None) -> None:
        self.path = str(path)
        self.field = field
        self.reason = message
        where = f"{self.path}: field `{field}`" if field else self.path
        #: Every error found (this one alone, or the several of :meth:`several`).
        self.errors: list[ProblemError] = [self]
        super().__init__(f"{where}: {message}")

    @classmethod
    def several(cls, path: object, errors: list[ProblemError]) -> ProblemError:
        """One error for ``errors`` (itself when there is one), listing them all."""
        if len(errors) == 1:
            return errors[0]
        listed = "".join(f"\n  - {e}" for e in errors)
        error = cls(path, f"{len(errors)} errors:{listed}")
        error.errors = list(errors)
        return error


class SignatureError(JudgeError):
    """A type or signature description cannot be understood."""


class LanguageError(JudgeError):
    """An unknown language, or a language that cannot judge this kind of problem."""


class SandboxError(JudgeError):
    """The sandbox could not be created or run: Docker engine down, image missing, ..."""


class ImageError(SandboxError):
    """A sandbox image is missing or could not be built."""


class CodeError(JudgeError):
    """The submission's code cannot be judged as it is: not a ``str``, not valid Unicode text
    (a lone surrogate), or longer than the judge's ``max_code_kb``. Raised before anything
    runs; the message says which and what to do."""
