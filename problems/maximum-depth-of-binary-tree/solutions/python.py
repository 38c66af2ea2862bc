# Definition for a binary tree node.
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right
class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        # Level-order traversal: no recursion, so a 10^4-deep chain is fine.
        depth = 0
        level = [root] if root else []
        while level:
            depth += 1
            level = [c for node in level for c in (node.left, node.right) if c]
        return depth
