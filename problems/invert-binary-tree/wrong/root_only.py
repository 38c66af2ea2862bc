# verdict: wrong_answer
# Swaps the root's two subtrees but not the children inside them: [4,2,7,1,3,6,9] gives
# [4,7,2,6,9,1,3] instead of [4,7,2,9,6,3,1].
class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        if root is not None:
            root.left, root.right = root.right, root.left
        return root
