"""The names LeetCode's Python 3 pre-imports, and ListNode/TreeNode, for the user's namespace."""

import builtins

PRELUDE = """
from typing import *
from collections import *
from heapq import *
from bisect import *
from math import *
from itertools import *
from functools import *
from string import *
from re import *
import collections, heapq, bisect, math, itertools, functools, string, re, random, operator
import sys, copy, json, array, statistics, fractions, decimal, datetime, time
from codec import ListNode, TreeNode
try:
    from sortedcontainers import SortedList, SortedDict, SortedSet
except ImportError:
    pass
"""

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
        _cache.update(env)
    env = dict(_cache)
    env["__builtins__"] = builtins
    return env
