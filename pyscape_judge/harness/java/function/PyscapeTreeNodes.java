import java.util.ArrayList;
import java.util.List;
import pyscape.Json;

/**
 * LeetCode's {@link TreeNode} <-> its level order: each node's children follow, {@code null}
 * for a missing one, trailing {@code null}s trimmed; with a cycle guard.
 */
public final class PyscapeTreeNodes implements PyscapeCodec.Nodes {
    @Override
    public Class<?> nodeClass() {
        return TreeNode.class;
    }

    @Override
    public Object decode(List<Integer> values) {
        if (values.isEmpty() || values.get(0) == null) {
            return null;
        }
        TreeNode root = new TreeNode(values.get(0));
        List<TreeNode> queue = new ArrayList<>();
        queue.add(root);
        int head = 0;
        int i = 1;
        while (head < queue.size() && i < values.size()) {
            TreeNode node = queue.get(head++);
            Integer left = values.get(i++);
            if (left != null) {
                node.left = new TreeNode(left);
                queue.add(node.left);
            }
            Integer right = i < values.size() ? values.get(i++) : null;
            if (right != null) {
                node.right = new TreeNode(right);
                queue.add(node.right);
            }
        }
        return root;
    }

    @Override
    public void encode(Json.Writer out, Object node) {
        List<Integer> values = levelOrder((TreeNode) node);
        int n = values.size();
        while (n > 0 && values.get(n - 1) == null) {
            n--;
        }
        out.beginArray();
        for (Integer v : values.subList(0, n)) {
            if (v == null) {
                out.nul();
            } else {
                out.value(v);
            }
        }
        out.endArray();
    }

    private static List<Integer> levelOrder(TreeNode root) {
        List<Integer> values = new ArrayList<>();
        List<TreeNode> queue = new ArrayList<>();
        queue.add(root);
        int nodes = 0;
        for (int head = 0; head < queue.size(); head++) {
            TreeNode node = queue.get(head);
            if (node == null) {
                values.add(null);
                continue;
            }
            if (++nodes > PyscapeCodec.MAX_NODES) {
                throw new PyscapeCodec.BadValue("the returned tree has a cycle or more than "
                        + PyscapeCodec.MAX_NODES + " nodes");
            }
            values.add(node.val);
            queue.add(node.left);
            queue.add(node.right);
        }
        return values;
    }
}
