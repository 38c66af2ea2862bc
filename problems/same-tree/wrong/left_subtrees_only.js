// verdict: wrong_answer
// Recurses into the left subtrees only and never looks at the right ones:
// [1,2,3] and [1,2,4] come out equal.
var isSameTree = function(p, q) {
    if (p === null && q === null) return true;
    if (p === null || q === null || p.val !== q.val) return false;
    return isSameTree(p.left, q.left);
};
