package corpus;

import java.util.concurrent.atomic.*;

public class AtomicArrays {
    public static void main(String[] args) {
        AtomicIntegerArray ia = new AtomicIntegerArray(new int[]{3, -1, Integer.MAX_VALUE, 0});
        System.out.println(ia + " " + ia.length() + " " + new AtomicIntegerArray(0) + " " + new AtomicIntegerArray(2));
        System.out.println(ia.getAndUpdate(0, x -> x * 10) + " " + ia.updateAndGet(1, x -> x - 5) + " "
                + ia.getAndAccumulate(2, 1, Integer::sum) + " " + ia.accumulateAndGet(3, 7, Math::max) + " " + ia);
        System.out.println(ia.compareAndExchange(0, 30, 31) + " " + ia.compareAndExchange(0, 30, 32) + " " + ia.weakCompareAndSetVolatile(1, -6, 6)
                + " " + ia.getAndSet(3, -2) + " " + ia.incrementAndGet(3) + " " + ia.decrementAndGet(3) + " " + ia.getAndDecrement(3) + " " + ia);
        ia.lazySet(0, 100);
        ia.setPlain(1, 101);
        ia.setOpaque(2, 102);
        ia.setRelease(3, 103);
        System.out.println(ia.getPlain(0) + " " + ia.getOpaque(1) + " " + ia.getAcquire(2) + " " + ia.get(3));
        int[] source = {1, 2};
        AtomicIntegerArray copy = new AtomicIntegerArray(source);
        source[0] = 99;
        System.out.println(copy);
        for (int i : new int[]{-1, 4, Integer.MIN_VALUE}) {
            try {
                ia.addAndGet(i, 1);
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println(e.getMessage());
            }
        }
        try {
            new AtomicIntegerArray(-2);
        } catch (NegativeArraySizeException e) {
            System.out.println("negative " + e.getMessage());
        }

        AtomicLongArray la = new AtomicLongArray(3);
        la.set(0, Long.MAX_VALUE);
        System.out.println(la.incrementAndGet(0) + " " + la.getAndAdd(1, 1L << 40) + " " + la.addAndGet(1, -1) + " "
                + la.updateAndGet(2, x -> x - 3) + " " + la.getAndAccumulate(2, 10, (a, b) -> a * b) + " "
                + la.accumulateAndGet(2, 4, Long::min) + " " + la);
        System.out.println(la.compareAndSet(2, -30, 5) + " " + la.compareAndSet(2, -30, 6) + " " + la.getAndIncrement(2) + " " + la);
        try {
            la.get(3);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }

        String[] names = {"a", null, "c"};
        AtomicReferenceArray<String> ra = new AtomicReferenceArray<>(names);
        names[0] = "changed";
        System.out.println(ra + " " + ra.length() + " " + new AtomicReferenceArray<String>(2));
        System.out.println(ra.getAndUpdate(1, s -> s + "!") + " " + ra.updateAndGet(0, String::toUpperCase) + " "
                + ra.getAndAccumulate(2, "d", String::concat) + " " + ra.accumulateAndGet(2, "e", (a, b) -> b + a) + " " + ra);
        String same = ra.get(0);
        System.out.println(ra.compareAndSet(0, new String("A"), "x") + " " + ra.compareAndSet(0, same, "x") + " "
                + ra.compareAndExchange(1, "null!", "y") + " " + ra.getAndSet(2, null) + " " + ra);
        Object[] objects = new Integer[]{1, 2};
        AtomicReferenceArray<Object> widened = new AtomicReferenceArray<>(objects);
        widened.set(0, "not an integer");
        System.out.println(widened);
        try {
            ra.set(-1, "z");
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }

        AtomicInteger ai = new AtomicInteger(Integer.MIN_VALUE);
        System.out.println(ai.decrementAndGet() + " " + ai.getAndUpdate(x -> x / 2) + " " + ai.accumulateAndGet(3, (a, b) -> a % b)
                + " " + ai.compareAndExchange(0, 1) + " " + ai.floatValue() + " " + ai.doubleValue() + " " + ai.shortValue() + " " + ai.byteValue());
        AtomicLong al = new AtomicLong();
        System.out.println(al.getAndAccumulate(5, Long::sum) + " " + al.updateAndGet(x -> x << 62) + " " + al.intValue() + " "
                + al.floatValue() + " " + al.getAndDecrement() + " " + al.compareAndExchange(0, 1) + " " + al);
        AtomicReference<String> ar = new AtomicReference<>();
        System.out.println(ar + " " + ar.getAndAccumulate("x", (a, b) -> a + b) + " " + ar.get() + " " + ar.compareAndExchange("nullx", "q")
                + " " + ar.getPlain() + " " + ar.getAcquire() + " " + ar.getOpaque());
    }
}
