// verdict: wrong_answer
// Follows only the left children, so it misses deeper right subtrees: [1,null,2] gives 1.
var maxDepth = function(root) {
    let depth = 0;
    while (root) {
        depth++;
        root = root.left;
    }
    return depth;
};
