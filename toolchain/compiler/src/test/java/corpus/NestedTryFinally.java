package corpus;

public class NestedTryFinally {
    static StringBuilder trace = new StringBuilder();

    @SuppressWarnings("finally")
    static int finallyOverridesReturn() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    @SuppressWarnings("finally")
    static int finallyOverridesThrow() {
        try {
            throw new RuntimeException("lost");
        } finally {
            return 3;
        }
    }

    static int returnValueCapturedBeforeFinally() {
        int x = 10;
        try {
            return x;
        } finally {
            x = 20;
            trace.append("finally x=").append(x).append(';');
        }
    }

    static String nested() {
        StringBuilder sb = new StringBuilder();
        try {
            try {
                sb.append("a");
                throw new IllegalStateException("inner");
            } finally {
                sb.append("b");
            }
        } catch (IllegalStateException e) {
            sb.append("c:").append(e.getMessage());
        } finally {
            sb.append("d");
        }
        return sb.toString();
    }

    static int loopWithFinally() {
        int count = 0;
        for (int i = 0; i < 5; i++) {
            try {
                if (i == 1) continue;
                if (i == 3) break;
                count += 10;
            } finally {
                count++;
            }
        }
        return count;
    }

    @SuppressWarnings("finally")
    static String throwInFinally() {
        try {
            try {
                throw new RuntimeException("first");
            } finally {
                throw new IllegalArgumentException("second");
            }
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ":" + e.getMessage();
        }
    }

    static int deep(int n) {
        try {
            if (n == 0) throw new ArithmeticException("bottom");
            return deep(n - 1) + 1;
        } finally {
            trace.append(n);
        }
    }

    static long longReturn() {
        long v = 5;
        try {
            v *= 2;
            return v;
        } finally {
            v = -1;
        }
    }

    static String multiCatch(int k) {
        try {
            switch (k) {
                case 0: throw new IllegalArgumentException("iae");
                case 1: throw new UnsupportedOperationException("uoe");
                case 2: return String.valueOf(1 / (k - 2));
                default: return "ok";
            }
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return "multi " + e.getMessage();
        } catch (ArithmeticException e) {
            return "arith " + e.getMessage();
        } finally {
            trace.append('[').append(k).append(']');
        }
    }

    public static void main(String[] args) {
        System.out.println(finallyOverridesReturn());
        System.out.println(finallyOverridesThrow());
        System.out.println(returnValueCapturedBeforeFinally());
        System.out.println(nested());
        System.out.println(loopWithFinally());
        System.out.println(throwInFinally());
        try {
            deep(4);
        } catch (ArithmeticException e) {
            System.out.println("deep: " + e.getMessage());
        }
        System.out.println(longReturn());
        for (int k = 0; k < 4; k++) System.out.println(multiCatch(k));
        System.out.println(trace);
        int i = 0;
        while (true) {
            try {
                i++;
                if (i > 3) break;
            } finally {
                System.out.println("iteration " + i);
            }
        }
    }
}
