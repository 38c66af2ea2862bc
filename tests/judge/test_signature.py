import pytest

from pyscape_judge.errors import SignatureError
from pyscape_judge.signature import Param, Signature, Type, parse_type


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("int", "int"),
        ("int[]", "int[]"),
        ("int[][]", "int[][]"),
        ("char[][]", "char[][]"),
        ("List<String>", "list<string>"),
        ("List<List<Integer>>", "list<list<int>>"),
        ("list<ListNode>", "list<ListNode>"),
        ("TreeNode", "TreeNode"),
        ("bool", "boolean"),
        ("Long", "long"),
    ],
)
def test_types_parse_to_one_canonical_spelling(text: str, canonical: str) -> None:
    assert str(parse_type(text)) == canonical
    assert str(parse_type(canonical)) == canonical


@pytest.mark.parametrize("text", ["int[][][]", "list<list<list<int>>>", "Map<int,int>", "void"])
def test_bad_types_are_refused(text: str) -> None:
    with pytest.raises(SignatureError):
        parse_type(text)


def test_floating_types_are_known() -> None:
    assert parse_type("double[]").is_floating
    assert not parse_type("int[]").is_floating
    assert parse_type("list<list<int>>").base == Type("int")


def test_void_methods_must_name_their_output() -> None:
    sig = Signature(function="moveZeroes", params=[Param("nums", "int[]")], returns="void")
    with pytest.raises(SignatureError, match="output"):
        sig.validate()
    sig.output = "nums"
    sig.validate()
    assert str(sig.result_type()) == "int[]"


def test_design_needs_its_constructor_first() -> None:
    from pyscape_judge.signature import Method

    sig = Signature(class_="MinStack", methods=[Method("push", [Param("val", "int")])])
    with pytest.raises(SignatureError, match="constructor"):
        sig.validate()
