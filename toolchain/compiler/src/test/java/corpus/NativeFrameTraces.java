package corpus;

import java.util.function.IntUnaryOperator;

/**
 * Stack traces built from native frames: through recursion, lambdas, constructors, static initializers,
 * tiny getters gcc inlines (one throws NullPointerException), and a caught StackOverflowError.
 */
public class NativeFrameTraces {
    static final class Cell {
        final Cell next;
        final int value;

        Cell(Cell next, int value) {
            this.next = next;
            this.value = value;
        }

        int nextValue() { return next.value; }

        int value() { return value; }
    }

    static final class Fussy {
        final int size;

        Fussy(int size) {
            if (size < 0) throw new IllegalArgumentException("size " + size);
            this.size = size;
        }
    }

    static final class Derived {
        final Fussy inner;

        Derived(int size) {
            this.inner = new Fussy(size - 10);
        }
    }

    static final class Eager {
        static final int[] TABLE = build();

        static int[] build() {
            int[] t = new int[3];
            return new int[] {t[5]};
        }

        static int first() { return TABLE[0]; }
    }

    static int sumNext(Cell c) {
        int s = c.value();
        s += c.nextValue();
        return s;
    }

    static int descend(int n, Cell c) {
        if (n == 0) return sumNext(c);
        return descend(n - 1, c) + 1;
    }

    static int unbounded(int n) {
        return unbounded(n + 1) + 1;
    }

    /** The frames down to main (the differential harness may call main through a dispatcher). */
    static void print(Throwable t) {
        System.out.println(t);
        for (StackTraceElement e : t.getStackTrace()) {
            System.out.println("  at " + e);
            if (e.getClassName().equals("corpus.NativeFrameTraces") && e.getMethodName().equals("main")) break;
        }
    }

    public static void main(String[] args) {
        Cell tail = new Cell(null, 2);
        Cell head = new Cell(tail, 1);
        System.out.println(sumNext(head));
        try {
            descend(4, tail);
        } catch (NullPointerException e) {
            print(e);
        }
        IntUnaryOperator op = x -> new Cell(null, x).nextValue();
        try {
            op.applyAsInt(3);
        } catch (NullPointerException e) {
            print(e);
        }
        try {
            new Derived(4);
        } catch (IllegalArgumentException e) {
            print(e);
        }
        try {
            Eager.first();
        } catch (ExceptionInInitializerError e) {
            print(e);
            print(e.getCause());
        }
        try {
            unbounded(0);
        } catch (StackOverflowError e) {
            StackTraceElement[] st = e.getStackTrace();
            System.out.println(e + " " + (st.length > 100) + " " + st[0] + " " + st[50]);
        }
    }
}
