"""The names LeetCode's Python 3 pre-imports, and ListNode/TreeNode, for the user's namespace.

LeetCode's header star-imports typing and sixteen standard modules, then ``builtins`` again
(so that ``pow``, ``compile``, ``open``... stay the builtins), then imports each module by
name: ``copy`` is the module, not ``copy.copy``; ``time`` is ``datetime.time``.
sandbox_images/python/environment.md says the same for people.

Importing all of them is most of a sandbox's start, and most programs use a few. In the image,
``prelude_names.py`` (written by :func:`write_providers` when the image is built) says which
module gives each name; :func:`namespace` given the user's compiled code then imports only the
modules of the names the code holds (its identifiers and its string constants, in every nested
function and class), before any of the user's code runs: nothing is imported later, behind the
user's back, and the imports count in the load, not in a test. A program that looks at its
namespace by name at run time (``globals()``, ``eval``, ``getattr``, frames...) gets it whole.
"""

import builtins
import sys

try:
    from prelude_names import PROVIDERS
except ImportError:  # off the image (the local backend): the whole prelude, always
    PROVIDERS = None

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


#: Identifiers through which a program reads its own namespace by name at run time (or builds
#: names to read): a program holding one gets every name of the prelude.
INTROSPECTION = frozenset(
    (
        "globals", "locals", "vars", "dir", "eval", "exec", "getattr", "compile", "__import__",
        "__globals__", "__dict__", "__builtins__", "f_globals", "f_locals", "builtins",
        "inspect", "_getframe", "breakpoint", "importlib",
    )
)  # fmt: skip

_cache = {}


def namespace(code=None):
    """A fresh globals dict for the user's module, as after LeetCode's imports.

    Star imports never shadow builtins (``pow`` keeps its 3-argument form, ``compile`` stays
    the builtin). Given ``code`` (the user's compiled module), only the names it can reach are
    bound, with their modules imported now; without it, or when the code introspects, all.
    """
    names = None if code is None or PROVIDERS is None else names_in(code)
    if names is None or not names.isdisjoint(INTROSPECTION):
        env = dict(whole())
    else:
        env = {}
        for name in names:
            if name in STREAMS:
                env[name] = _CurrentStream(name)
            elif name in PROVIDERS:
                module, attribute = PROVIDERS[name]
                __import__(module)
                value = sys.modules[module]
                env[name] = value if attribute is None else getattr(value, attribute)
    env["__builtins__"] = builtins
    return env


def prime():
    """What a warm sandbox imports before any code is known: everything without
    ``prelude_names.py``; with it, ``typing`` (nearly every signature names ``List``)."""
    if PROVIDERS is None:
        whole()
    else:
        __import__("typing")


def whole():
    """Every name of the prelude (its modules imported once), without ``__builtins__``."""
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
    return _cache


def names_in(code):
    """Every identifier of ``code`` and of the code objects nested in it (functions, classes),
    and every word of its string constants (``eval("Counter(x)")``, string annotations)."""
    names = set()
    stack = [code]
    while stack:
        current = stack.pop()
        names.update(current.co_names)
        for constant in current.co_consts:
            if isinstance(constant, str):
                names.update(_words(constant))
            elif isinstance(constant, type(code)):
                stack.append(constant)
            elif isinstance(constant, (tuple, frozenset)):
                stack.extend(c for c in constant if isinstance(c, type(code)))
                names.update(w for c in constant if isinstance(c, str) for w in _words(c))
    return names


def write_providers(path):
    """Write ``prelude_names.py``: for each name of the prelude, the module that gives it and
    the attribute (``None``: the module itself). Run once, where the image is built."""
    env = whole()
    modules = ("typing", *MODULES, "codec", "sortedcontainers")
    providers = {}
    for name, value in env.items():
        if name in STREAMS:
            continue
        if type(value) is type(sys) and sys.modules.get(name) is value:
            providers[name] = (name, None)
            continue
        for module in reversed(modules):  # the last star import wins, as in the header
            found = sys.modules.get(module)
            if found is None or getattr(found, name, _MISSING) is not value:
                continue
            # A module's star exports: ``statistics`` has ``Counter`` (collections') but does not
            # export it.
            exported = BY_NAME.get(module) or getattr(found, "__all__", None)
            if exported is None:
                exported = [n for n in dir(found) if not n.startswith("_")]
            if name in exported:
                providers[name] = (module, name)
                break
        else:
            raise RuntimeError("prelude: no module gives %r" % name)
    for name, (module, attribute) in providers.items():  # the names, as namespace() binds them
        value = sys.modules[module] if attribute is None else getattr(sys.modules[module], name)
        if value is not env[name]:
            raise RuntimeError("prelude: %r is not what the header binds" % name)
    with open(path, "w") as out:
        out.write("# Written by prelude.write_providers when the image was built.\n")
        out.write("PROVIDERS = %r\n" % dict(sorted(providers.items())))


_MISSING = object()
#: The modules of the header whose names it imports one by one.
BY_NAME = {
    "codec": ("ListNode", "TreeNode"),
    "sortedcontainers": ("SortedList", "SortedDict", "SortedSet"),
}
#: Each byte that is not part of an ASCII word, as a space (all of them past ASCII).
_NOT_WORD = bytes(c if chr(c).isalnum() or c == 0x5F else 0x20 for c in range(128)) + b" " * 128


def _words(text):
    """The ASCII words of ``text``: every word of ``re.findall(r"\\w+", text)`` that is ASCII
    is among them (a non-ASCII letter ends a word here, where ``\\w`` goes on: a few more
    words, never fewer). Without ``re``, whose import is a tenth of a sandbox's start."""
    return text.encode("ascii", "replace").translate(_NOT_WORD).decode("ascii").split()
