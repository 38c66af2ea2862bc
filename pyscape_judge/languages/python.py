"""Python 3, as LeetCode runs it: ``class Solution`` with LeetCode's pre-imports."""

from pyscape_judge.languages.base import ScriptLanguage
from pyscape_judge.limits import Limits
from pyscape_judge.signature import Signature, Type, parse_type

SCALARS = {
    "int": "int",
    "long": "int",
    "double": "float",
    "boolean": "bool",
    "string": "str",
    "char": "str",
    "void": "None",
    "ListNode": "Optional[ListNode]",
    "TreeNode": "Optional[TreeNode]",
}


#: The reference solutions of the problem `pyscape-judge new` writes (the sum of an
#: integer array, ``long sumOfArray(int[] nums)``), as a function and as a stdio program.
EXAMPLE_FUNCTION = """\
class Solution:
    def sumOfArray(self, nums: List[int]) -> int:
        return sum(nums)
"""
EXAMPLE_STDIO = """\
import sys

data = sys.stdin.read().split()
print(sum(map(int, data[1:])))
"""


class Python(ScriptLanguage):
    name = "python"
    title = "Python 3"
    extensions = (".py",)
    comment = "#"
    command = "python3 -I -B run.py"
    #: The image's copy of the harness, compiled (sandbox_images/python/setup.sh): the same
    #: files as the prime's (the image's tag carries their hash), without compiling them.
    image_harness = "/opt/pyscape/harness/python"
    aliases = ("py", "python3")
    selftest_command = "python3 /opt/pyscape/selftest.py"
    build_order = 10
    example_solutions = {"function": EXAMPLE_FUNCTION, "stdio": EXAMPLE_STDIO}

    def image_boot(self, limits: Limits) -> tuple[str, ...]:
        # Imported rather than run as a script, so that run.py's .pyc serves too.
        boot = f"import sys; sys.path.insert(0, '{self.image_harness}'); import run; run.main()"
        return ("python3", "-I", "-B", "-c", boot)

    def type_name(self, t: Type) -> str:
        if t.is_container:
            assert t.elem is not None
            return f"List[{self.type_name(t.elem)}]"
        return SCALARS[t.kind]

    def starter(self, signature: Signature) -> str:
        if signature.kind == "design":
            lines = [f"class {signature.class_}:", ""]
            for m in signature.methods:
                name = "__init__" if m.name == signature.class_ else m.name
                params = "".join(f", {n}: {t}" for n, t in self.param_types(m.params))
                returns = self.type_name(parse_type(m.returns, allow_void=True))
                lines += [f"    def {name}(self{params}) -> {returns}:", "        pass", ""]
            return "\n".join(lines)
        params = "".join(f", {n}: {t}" for n, t in self.param_types(signature.params))
        returns = self.type_name(signature.return_type())
        return (
            f"class Solution:\n    def {signature.function}(self{params}) -> {returns}:\n"
            "        pass\n"
        )
