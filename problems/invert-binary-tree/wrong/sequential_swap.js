// verdict: wrong_answer
// Swaps with two plain assignments, so the old left child is lost: both children end up
// being the (inverted) old right subtree. [2,1,3] gives [2,3,3].
var invertTree = function(root) {
    if (root === null) return null;
    root.left = invertTree(root.right);
    root.right = invertTree(root.left);
    return root;
};
