"""LeetCode's ListNode and TreeNode, and the JSON <-> value conversions driven by type strings.

Type strings are canonical: ``int``, ``double``, ``int[]``, ``list<list<int>>``, ``ListNode``...
"""

from collections import deque

MAX_NODES = 10**6
#: Element types whose lists travel as they are, both ways (no conversion per element).
PLAIN = ("int", "long", "string", "char", "boolean")


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

    def __repr__(self):
        return "ListNode(%r)" % (self.val,)


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self):
        return "TreeNode(%r)" % (self.val,)


def element_type(t):
    if t.endswith("[]"):
        return t[:-2]
    if t.startswith("list<") and t.endswith(">"):
        return t[5:-1]
    return None


def list_to_nodes(values):
    head = tail = None
    for v in values:
        node = ListNode(v)
        if head is None:
            head = tail = node
        else:
            tail.next = node
            tail = node
    return head


def nodes_to_list(head):
    values = []
    while head is not None:
        if len(values) >= MAX_NODES:
            raise ValueError("the returned list has a cycle or more than %d nodes" % MAX_NODES)
        values.append(head.val)
        head = head.next
    return values


def list_to_tree(values):
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    queue = deque([root])
    i = 1
    while queue and i < len(values):
        node = queue.popleft()
        if i < len(values) and values[i] is not None:
            node.left = TreeNode(values[i])
            queue.append(node.left)
        i += 1
        if i < len(values) and values[i] is not None:
            node.right = TreeNode(values[i])
            queue.append(node.right)
        i += 1
    return root


def tree_to_list(root):
    values = []
    queue = deque([root])
    seen = 0
    while queue:
        node = queue.popleft()
        if node is None:
            values.append(None)
            continue
        seen += 1
        if seen > MAX_NODES:
            raise ValueError("the returned tree has a cycle or more than %d nodes" % MAX_NODES)
        values.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
    while values and values[-1] is None:
        values.pop()
    return values


def from_json(value, t):
    """The argument value the user's code receives for a JSON ``value`` of type ``t``."""
    if value is None:
        return None
    if t == "ListNode":
        return list_to_nodes(value)
    if t == "TreeNode":
        return list_to_tree(value)
    if t == "double":
        return float(value)
    inner = element_type(t)
    if inner is not None and inner not in PLAIN:
        return [from_json(v, inner) for v in value]
    return value


def to_json(value, t):
    """The JSON value for the user's answer ``value`` of declared type ``t``.

    An empty list or tree (``None``) is ``[]``, as LeetCode prints it.
    """
    if value is None:
        return [] if t in ("ListNode", "TreeNode") else None
    if t == "ListNode":
        return nodes_to_list(value)
    if t == "TreeNode":
        return tree_to_list(value)
    if t == "double" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    inner = element_type(t)
    if inner in PLAIN and type(value) is list:
        return value  # JSON as it is: a huge answer is measured before it is ever copied
    if inner is not None and not isinstance(value, (str, bytes)):
        try:
            items = list(value)
        except TypeError:
            return value
        return [to_json(v, inner) for v in items]
    return value
