func reverseList(head *ListNode) *ListNode {
	var previous *ListNode
	for head != nil {
		head, head.Next, previous = head.Next, previous, head
	}
	return previous
}
