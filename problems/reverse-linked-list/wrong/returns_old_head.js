// verdict: wrong_answer
// Reverses the links correctly but returns the old head (now the tail): [1,2,3] gives [1].
var reverseList = function(head) {
    let prev = null, cur = head;
    while (cur !== null) {
        const next = cur.next;
        cur.next = prev;
        prev = cur;
        cur = next;
    }
    return head;
};
