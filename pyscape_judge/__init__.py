"""PyScape's judge: runs untrusted Python, JavaScript, Java and C++ in locked-down sandboxes.

>>> from pyscape_judge import Judge
>>> with Judge() as judge:
...     verdict = judge.judge("two-sum", "python", open("solution.py").read())
>>> verdict.status
<Status.ACCEPTED: 'accepted'>
"""

from pyscape_judge.errors import (
    CodeError,
    ImageError,
    JudgeError,
    LanguageError,
    ProblemError,
    SandboxError,
    SignatureError,
)
from pyscape_judge.judge import Judge
from pyscape_judge.languages import get_language
from pyscape_judge.limits import Limits
from pyscape_judge.problem import Problem, TestCase, iter_problems, load_problem
from pyscape_judge.problem_data import problem_from_data
from pyscape_judge.verdict import Status, Summary, TestResult, Verdict

__all__ = [
    "CodeError",
    "ImageError",
    "Judge",
    "JudgeError",
    "LanguageError",
    "Limits",
    "Problem",
    "ProblemError",
    "SandboxError",
    "SignatureError",
    "Status",
    "Summary",
    "TestCase",
    "TestResult",
    "Verdict",
    "get_language",
    "iter_problems",
    "load_problem",
    "problem_from_data",
]
