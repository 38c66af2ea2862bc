# verdict: wrong_answer
# Stops one node early (loops while cur.next), so the old tail, which should become the
# new head, is lost: [1,2,3,4,5] gives [4,3,2,1].
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev, cur = None, head
        while cur and cur.next:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        return prev
