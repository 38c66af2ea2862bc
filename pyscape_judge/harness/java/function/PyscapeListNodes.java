import java.util.List;
import pyscape.Json;

/** LeetCode's {@link ListNode} <-> a JSON list of its values, with a cycle guard. */
public final class PyscapeListNodes implements PyscapeCodec.Nodes {
    @Override
    public Class<?> nodeClass() {
        return ListNode.class;
    }

    @Override
    public Object decode(List<Integer> values) {
        ListNode head = null;
        for (int i = values.size() - 1; i >= 0; i--) {
            Integer v = values.get(i);
            if (v == null) {
                throw new PyscapeCodec.BadValue("a linked list cannot hold null");
            }
            head = new ListNode(v, head);
        }
        return head;
    }

    @Override
    public void encode(Json.Writer out, Object node) {
        out.beginArray();
        int count = 0;
        for (ListNode n = (ListNode) node; n != null; n = n.next) {
            if (++count > PyscapeCodec.MAX_NODES) {
                throw new PyscapeCodec.BadValue("the returned list has a cycle or more than "
                        + PyscapeCodec.MAX_NODES + " nodes");
            }
            out.value(n.val);
        }
        out.endArray();
    }
}
