// verdict: wrong_answer
// Takes one node from each list in turn instead of comparing values: correct only when
// the lists happen to interleave ([1,2,3] and [4,5,6] gives [1,4,2,5,3,6]).
var mergeTwoLists = function(list1, list2) {
    const dummy = new ListNode();
    let tail = dummy;
    let first = true;
    while (list1 !== null && list2 !== null) {
        if (first) {
            tail.next = list1;
            list1 = list1.next;
        } else {
            tail.next = list2;
            list2 = list2.next;
        }
        first = !first;
        tail = tail.next;
    }
    tail.next = list1 !== null ? list1 : list2;
    return dummy.next;
};
