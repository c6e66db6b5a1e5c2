package bench;

/**
 * Binary trees built and thrown away, in the manner of the binary-trees benchmark but with a node
 * class hierarchy: a long-lived tree stays up while many short-lived trees of each depth are built,
 * walked through a virtual {@code check} and dropped. Size = maximum depth.
 *
 * <p>Usage: {@code Trees [maxDepth] [iterations]}.
 */
public final class Trees {
    static final int DEFAULT_DEPTH = 16;
    static final int MIN_DEPTH = 4;

    abstract static class TreeNode {
        abstract int check();

        abstract int depth();

        static TreeNode build(int depth) {
            return depth == 0 ? new Leaf() : new Branch(build(depth - 1), build(depth - 1));
        }
    }

    static final class Leaf extends TreeNode {
        @Override int check() { return 1; }

        @Override int depth() { return 0; }
    }

    static final class Branch extends TreeNode {
        private final TreeNode left;
        private final TreeNode right;

        Branch(TreeNode left, TreeNode right) {
            this.left = left;
            this.right = right;
        }

        TreeNode getLeft() { return left; }

        TreeNode getRight() { return right; }

        @Override int check() { return 1 + getLeft().check() + getRight().check(); }

        @Override int depth() { return 1 + Math.max(getLeft().depth(), getRight().depth()); }
    }

    static long run(int maxDepth) {
        long sum = TreeNode.build(maxDepth + 1).check();
        TreeNode longLived = TreeNode.build(maxDepth);
        for (int d = MIN_DEPTH; d <= maxDepth; d += 2) {
            int count = 1 << (maxDepth - d + MIN_DEPTH);
            long checks = 0;
            for (int i = 0; i < count; i++) checks += TreeNode.build(d).check();
            sum = sum * 31 + checks;
        }
        return sum * 31 + longLived.check() + longLived.depth();
    }

    public static void main(String[] args) {
        int depth = Harness.arg(args, 0, DEFAULT_DEPTH, "maximum depth");
        if (depth < MIN_DEPTH) throw new IllegalArgumentException("maximum depth must be at least " + MIN_DEPTH + ", got " + depth);
        int iterations = Harness.arg(args, 1, 5, "iteration count");
        Harness.run("Trees", iterations, i -> run(depth));
    }
}
