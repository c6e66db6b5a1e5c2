package corpus;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Old objects (built first, then kept across many collections) receive references to new ones in every
 * way a program stores a reference: fields, array elements, System.arraycopy, collections, statics,
 * constructors that link themselves into an old object, lambdas capturing new objects. Garbage between
 * the stores forces collections, so a store the collector does not see loses a live object.
 */
public class GcOldToYoung {
    static final class Box {
        Object value;
        Box next;
        final int id;
        Box(int id) { this.id = id; }
    }

    /** Its constructor stores itself into an old parent. */
    static final class Child {
        final Box parent;
        final int[] data;
        Child(Box parent, int n) {
            this.parent = parent;
            this.data = new int[] { n, n * 3 };
            parent.value = this;
        }
    }

    static Object[] staticSlots = new Object[64];
    static Box staticBox;

    static long garbage(int n) {
        long s = 0;
        for (int i = 0; i < n; i++) {
            int[] junk = new int[8 + (i & 15)];
            junk[0] = i;
            s += junk[0] + junk.length;
        }
        return s;
    }

    static long check(Box[] olds, Object[] oldArray, Object[] copied, List<Object> list, Map<Integer, Object> map,
                      List<Supplier<String>> lambdas, ArrayDeque<int[]> deque) {
        long h = 0;
        for (Box b : olds) {
            if (b.value instanceof Child c) h = h * 31 + c.data[0] + c.data[1] + c.parent.id;
            else if (b.value instanceof String s) h = h * 31 + s.hashCode();
            for (Box n = b.next; n != null; n = n.next) h = h * 31 + n.id;
        }
        for (Object o : oldArray) h = h * 31 + (o == null ? 7 : o.hashCode() & 0xffff);
        for (Object o : copied) h = h * 31 + (o == null ? 7 : o.toString().length());
        for (Object o : list) h = h * 31 + o.toString().hashCode();
        for (Map.Entry<Integer, Object> e : map.entrySet()) h = h * 31 + e.getKey() + e.getValue().toString().length();
        for (Supplier<String> s : lambdas) h = h * 31 + s.get().hashCode();
        for (int[] a : deque) h = h * 31 + a[0] + a.length;
        for (Object o : staticSlots) h = h * 31 + (o == null ? 7 : o.toString().hashCode());
        for (Box b = staticBox; b != null; b = b.next) h = h * 31 + b.id;
        return h;
    }

    public static void main(String[] args) {
        Box[] olds = new Box[256];
        for (int i = 0; i < olds.length; i++) olds[i] = new Box(i);
        Object[] oldArray = new Object[4096];
        Object[] copied = new Object[4096];
        List<Object> list = new ArrayList<>();
        Map<Integer, Object> map = new HashMap<>();
        List<Supplier<String>> lambdas = new ArrayList<>();
        ArrayDeque<int[]> deque = new ArrayDeque<>();
        long sink = garbage(300_000);   // everything above is old by now
        for (int round = 0; round < 60; round++) {
            for (int i = 0; i < olds.length; i++) {
                Box b = olds[i];
                if ((i + round) % 3 == 0) new Child(b, round * 1000 + i);
                else b.value = "v" + round + ":" + i;
                if ((i & 7) == round % 8) {
                    Box n = new Box(round * 10_000 + i);
                    n.next = b.next;
                    b.next = (i & 1) == 0 ? n : new Box(-i);   // the other one is garbage at once
                    if (b.next.id < 0) b.next.next = n;
                }
            }
            for (int i = round % 5; i < oldArray.length; i += 5) oldArray[i] = Integer.valueOf(round * 100_000 + i);
            Object[] fresh = new Object[512];
            for (int i = 0; i < fresh.length; i++) fresh[i] = "f" + round + "/" + i;
            sink += garbage(20_000);
            System.arraycopy(fresh, 0, copied, (round * 512) % copied.length, fresh.length);
            System.arraycopy(copied, 0, copied, 7, 100);   // overlapping, within an old array
            list.add(new StringBuilder("item").append(round));
            if (list.size() > 40) list.remove(round % list.size());
            map.put(round % 23, List.of("m" + round, Integer.valueOf(round)));
            final String captured = "lambda" + round;
            final Box capturedBox = new Box(round);
            lambdas.add(() -> captured + capturedBox.id);
            if (lambdas.size() > 30) lambdas.set(round % 30, () -> captured.toUpperCase());
            deque.addLast(new int[] { round, round });
            if (deque.size() > 17) deque.pollFirst();
            staticSlots[round % staticSlots.length] = new StringBuilder("s").append(round);
            Box sb = new Box(round);
            sb.next = staticBox;
            staticBox = (round % 10 == 9) ? null : sb;
            sink += garbage(20_000);
            if (round % 10 == 0) System.out.println("round " + round + ": " + check(olds, oldArray, copied, list, map, lambdas, deque));
        }
        System.out.println("final: " + check(olds, oldArray, copied, list, map, lambdas, deque));
        Object[][] grid = new Object[32][32];   // multi-dimensional: inner arrays allocated after the outer one
        for (int r = 0; r < 20; r++) {
            for (int i = 0; i < 32; i++) grid[i][(i + r) % 32] = Arrays.asList("g" + r, i);
            sink += garbage(20_000);
        }
        long g = 0;
        for (Object[] row : grid) for (Object o : row) g = g * 31 + (o == null ? 1 : o.hashCode());
        System.out.println("grid: " + g + " sink " + (sink > 0));
    }
}
