# verdict: wrong_answer
# Counts edges instead of nodes on the longest path (a single node gets depth 0), so it is
# one short on every non-empty tree. Iterative, so deep trees fail by answer, not by crash.
class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        if root is None:
            return 0
        edges, level = -1, [root]
        while level:
            edges += 1
            level = [c for node in level for c in (node.left, node.right) if c]
        return edges
