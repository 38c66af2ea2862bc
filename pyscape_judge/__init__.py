"""PyScape's judge: runs untrusted code in locked-down sandboxes.

Languages: Python, JavaScript, TypeScript, Java, C++, Go and Rust (one module each in
``pyscape_judge/languages/``).

>>> from pyscape_judge import Judge
>>> with Judge() as judge:
...     verdict = judge.judge("two-sum", "python", open("solution.py").read())
>>> verdict.status
<Status.ACCEPTED: 'accepted'>
"""

from pyscape_judge.errors import (
    CodeError,
    ImageError,
    InputError,
    JudgeError,
    LanguageError,
    ProblemError,
    SandboxError,
    SignatureError,
)
from pyscape_judge.judge import Judge
from pyscape_judge.languages import get_language, languages
from pyscape_judge.limits import Limits
from pyscape_judge.problem import Problem, TestCase, folder_hash, iter_problems, load_problem
from pyscape_judge.problem_data import problem_from_data
from pyscape_judge.running import ExecuteResult, RunCase, RunResult
from pyscape_judge.verdict import Status, Summary, TestResult, Verdict, internal_error
from pyscape_judge.worker.protocol import QueueError, QueueStatus

__all__ = [
    "CodeError",
    "Engine",
    "ExecuteResult",
    "ImageError",
    "InputError",
    "Judge",
    "JudgeError",
    "LanguageError",
    "Limits",
    "Problem",
    "ProblemError",
    "QueueError",
    "QueueJudge",
    "QueueStatus",
    "RunCase",
    "RunResult",
    "SandboxError",
    "SignatureError",
    "Status",
    "Summary",
    "TestCase",
    "TestResult",
    "Verdict",
    "folder_hash",
    "get_language",
    "internal_error",
    "iter_problems",
    "languages",
    "load_problem",
    "problem_from_data",
]


def __getattr__(name: str) -> object:
    """``Engine`` (docker) and ``QueueJudge`` (the ``queue`` extra) are imported when used."""
    if name == "Engine":
        from pyscape_judge.engine import Engine

        return Engine
    if name == "QueueJudge":
        from pyscape_judge.worker.client import QueueJudge

        return QueueJudge
    raise AttributeError(f"module 'pyscape_judge' has no attribute {name!r}")
