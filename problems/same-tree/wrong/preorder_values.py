# verdict: wrong_answer
# Compares the preorder sequences of values without marking the missing children, which
# loses the shape: [1,2] and [1,null,2] both give 1, 2.
class Solution:
    def isSameTree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:
        def preorder(root):
            out, stack = [], [root] if root else []
            while stack:
                node = stack.pop()
                out.append(node.val)
                stack += [c for c in (node.right, node.left) if c]
            return out

        return preorder(p) == preorder(q)
