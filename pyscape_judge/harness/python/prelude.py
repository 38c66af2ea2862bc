"""The names LeetCode's Python 3 pre-imports, and ListNode/TreeNode, for the user's namespace.

LeetCode's header star-imports typing and sixteen standard modules, then ``builtins`` again
(so that ``pow``, ``compile``, ``open``... stay the builtins), then imports each module by
name: ``copy`` is the module, not ``copy.copy``; ``time`` is ``datetime.time``.
sandbox_images/python/environment.md says the same for people.
"""

import builtins
import sys

#: The modules of LeetCode's header, in its order: each star-imported, then imported by name.
MODULES = (
    "string", "re", "datetime", "collections", "heapq", "bisect", "copy", "math", "random",
    "statistics", "itertools", "functools", "operator", "io", "sys", "json",
)

PRELUDE = (
    "from typing import *\n"
    + "".join("from %s import *\n" % name for name in MODULES)
    + "".join("import %s\n" % name for name in MODULES)
    + "from codec import ListNode, TreeNode\n"
    + "try:\n"
    + "    from sortedcontainers import SortedList, SortedDict, SortedSet\n"
    + "except ImportError:\n"
    + "    pass\n"
)

#: ``from sys import *`` names the streams of the moment it ran; the harness swaps them (a
#: capture per test, the test's files for a stdio program), so these follow ``sys``'s own.
STREAMS = ("stdin", "stdout", "stderr")


class _CurrentStream:
    """``sys.<name>`` as it is now: what ``stdout.write(...)`` after ``from sys import *``
    reaches on LeetCode, where nobody swaps the streams."""

    def __init__(self, name):
        self._name = name

    def __getattr__(self, attribute):
        return getattr(getattr(sys, self._name), attribute)

    def __iter__(self):
        return iter(getattr(sys, self._name))

    def __next__(self):
        return next(getattr(sys, self._name))

    def __enter__(self):
        return getattr(sys, self._name).__enter__()

    def __exit__(self, *details):
        return getattr(sys, self._name).__exit__(*details)

    def __repr__(self):
        return repr(getattr(sys, self._name))


_cache = {}


def namespace():
    """A fresh globals dict for the user's module, as after LeetCode's imports.

    Star imports never shadow builtins (``pow`` keeps its 3-argument form, ``compile`` stays
    the builtin).
    """
    if not _cache:
        env = {}
        exec(PRELUDE, env)
        for name in dir(builtins):
            if name in env and name != "__builtins__":
                del env[name]
        env.pop("__builtins__", None)
        for name in STREAMS:
            env[name] = _CurrentStream(name)
        _cache.update(env)
    env = dict(_cache)
    env["__builtins__"] = builtins
    return env
