# verdict: wrong_answer
# After the loop only list1's remaining nodes are attached: whatever is left of list2
# is lost (list1 = [], list2 = [0] gives []).
class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        dummy = tail = ListNode()
        while list1 and list2:
            if list1.val <= list2.val:
                tail.next, list1 = list1, list1.next
            else:
                tail.next, list2 = list2, list2.next
            tail = tail.next
        tail.next = list1
        return dummy.next
