"""One typed model of a LeetCode-style signature, shared by every language.

Types are written as in ``problem.toml``: scalars ``int long double boolean string char``,
arrays ``int[]`` / ``int[][]``, lists ``list<string>`` / ``list<list<int>>`` (Java's
``List<Integer>`` spelling is accepted too), ``ListNode``, ``TreeNode`` and ``void``.
"""

from __future__ import annotations

import functools
import re
from typing import Any, Literal

import msgspec

from pyscape_judge.errors import SignatureError

SCALARS = ("int", "long", "double", "boolean", "string", "char")
NODES = ("ListNode", "TreeNode")
ALIASES = {
    "integer": "int",
    "bool": "boolean",
    "str": "string",
    "float": "double",
    "character": "char",
}
MAX_NESTING = 2


class Type(msgspec.Struct, frozen=True):
    """A parsed type: a scalar, a node, ``void``, or a container (``array``/``list``) of one."""

    kind: str
    elem: Type | None = None

    @property
    def is_container(self) -> bool:
        return self.kind in ("array", "list")

    @property
    def depth(self) -> int:
        return 1 + self.elem.depth if self.elem is not None else 0

    @property
    def base(self) -> Type:
        """The innermost element type (``int`` for ``int[][]``)."""
        return self.elem.base if self.elem is not None else self

    @property
    def is_floating(self) -> bool:
        """Whether values of this type hold floating-point numbers."""
        return self.base.kind == "double"

    def __str__(self) -> str:
        if self.kind == "array":
            return f"{self.elem}[]"
        if self.kind == "list":
            return f"list<{self.elem}>"
        return self.kind


_LIST = re.compile(r"^list\s*<(.+)>$", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def parse_type(text: str, *, allow_void: bool = False) -> Type:
    """Parse a type description; raise :class:`SignatureError` saying what is wrong."""
    raw = text.strip()
    t = _parse(raw)
    if t.kind == "void" and not allow_void:
        raise SignatureError(f"type `{text}`: `void` is only allowed as a return type")
    if t.depth > MAX_NESTING:
        raise SignatureError(f"type `{text}`: nested deeper than {MAX_NESTING} levels")
    if t.is_container and t.base.kind == "void":
        raise SignatureError(f"type `{text}`: a container of void")
    return t


def _parse(raw: str) -> Type:
    if raw.endswith("[]"):
        return Type("array", _parse(raw[:-2].strip()))
    match = _LIST.match(raw)
    if match:
        return Type("list", _parse(match.group(1).strip()))
    if raw in NODES or raw == "void":
        return Type(raw)
    name = ALIASES.get(raw.lower(), raw.lower())
    if name in SCALARS:
        return Type(name)
    known = ", ".join((*SCALARS, *NODES, "void", "T[]", "list<T>"))
    raise SignatureError(f"unknown type `{raw}` (known: {known})")


class Param(msgspec.Struct, forbid_unknown_fields=True):
    name: str
    type: str


class Method(msgspec.Struct, forbid_unknown_fields=True):
    """One method of a design class; the constructor has the class's name."""

    name: str
    params: list[Param] = []
    returns: str = "void"


class Signature(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    """A function (``function``, ``params``, ``returns``) or a design (``class``, ``methods``).

    ``output`` names the parameter that a ``void`` function modifies in place: the judge compares
    that argument's value after the call.
    """

    function: str | None = None
    params: list[Param] = []
    returns: str = "void"
    output: str | None = None
    class_: str | None = msgspec.field(default=None, name="class")
    methods: list[Method] = []

    @property
    def kind(self) -> Literal["function", "design"]:
        return "design" if self.class_ else "function"

    @property
    def name(self) -> str:
        return self.class_ or self.function or ""

    def return_type(self) -> Type:
        return parse_type(self.returns, allow_void=True)

    def result_type(self) -> Type | None:
        """The type of the value that is judged (the ``output`` parameter's for in-place methods).

        ``None`` for design classes, whose answer is a list of mixed results.
        """
        if self.kind == "design":
            return None
        if self.output:
            return parse_type(next(p.type for p in self.params if p.name == self.output))
        return self.return_type()

    def validate(self) -> None:
        """Check the whole signature; raise :class:`SignatureError` naming the bad part."""
        if bool(self.function) == bool(self.class_):
            raise SignatureError("give exactly one of `function` (a method) or `class` (a design)")
        if self.kind == "function":
            self._check_params(self.params, "params")
            ret = self.return_type()
            if self.output is not None:
                if ret.kind != "void":
                    raise SignatureError('`output` is only for void methods (returns = "void")')
                if self.output not in {p.name for p in self.params}:
                    raise SignatureError(
                        f"`output` names `{self.output}`, which is not a parameter"
                    )
            elif ret.kind == "void":
                raise SignatureError("a void method needs `output` = the parameter it modifies")
            if self.methods:
                raise SignatureError("`methods` is only for design classes (`class = ...`)")
            return
        if not self.methods or self.methods[0].name != self.class_:
            raise SignatureError(f"the first of `methods` must be the constructor `{self.class_}`")
        for m in self.methods:
            self._check_params(m.params, f"methods.{m.name}.params")
            parse_type(m.returns, allow_void=True)
        if self.params or self.output:
            raise SignatureError("design classes take `methods`, not `params`/`output`")

    @staticmethod
    def _check_params(params: list[Param], where: str) -> None:
        seen: set[str] = set()
        for p in params:
            if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", p.name) or p.name in seen:
                raise SignatureError(f"{where}: bad or repeated parameter name `{p.name}`")
            seen.add(p.name)
            try:
                parse_type(p.type)
            except SignatureError as e:
                raise SignatureError(f"{where}.{p.name}: {e}") from None

    def to_wire(self) -> dict[str, Any]:
        """The signature as the harnesses receive it: canonical type strings."""

        def params(ps: list[Param]) -> list[dict[str, str]]:
            return [{"name": p.name, "type": str(parse_type(p.type))} for p in ps]

        if self.kind == "design":
            return {
                "kind": "design",
                "class": self.class_,
                "methods": [
                    {
                        "name": m.name,
                        "params": params(m.params),
                        "returns": str(parse_type(m.returns, allow_void=True)),
                    }
                    for m in self.methods
                ],
            }
        return {
            "kind": "function",
            "function": self.function,
            "params": params(self.params),
            "returns": str(self.return_type()),
            "output": self.output,
        }
