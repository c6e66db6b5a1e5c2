package corpus;

import java.util.concurrent.atomic.*;

public class Atomics {
    public static void main(String[] args) {
        AtomicInteger ai = new AtomicInteger(5);
        System.out.println(ai.get() + " " + ai.incrementAndGet() + " " + ai.getAndIncrement() + " " + ai.get());
        System.out.println(ai.addAndGet(10) + " " + ai.getAndAdd(-3) + " " + ai.decrementAndGet() + " " + ai.getAndDecrement() + " " + ai);
        System.out.println(ai.compareAndSet(13, 100) + " " + ai.compareAndSet(12, 100) + " " + ai.get());
        System.out.println(ai.getAndSet(7) + " " + ai.updateAndGet(x -> x * 3) + " " + ai.getAndUpdate(x -> x - 1) + " " + ai.accumulateAndGet(4, Math::max) + " " + ai.intValue());
        ai.set(Integer.MAX_VALUE);
        System.out.println(ai.incrementAndGet());
        ai.lazySet(3);
        System.out.println(ai.getPlain() + " " + ai.getAcquire() + " " + ai.getAndAccumulate(10, Integer::sum) + " " + ai.longValue());
        AtomicLong al = new AtomicLong(Long.MAX_VALUE - 1);
        System.out.println(al.incrementAndGet() + " " + al.incrementAndGet() + " " + al.addAndGet(-5) + " " + al.compareAndSet(Long.MIN_VALUE + 4, 0) + " " + al);
        System.out.println(al.updateAndGet(x -> x + 42) + " " + al.getAndSet(-1) + " " + al.get());
        AtomicBoolean ab = new AtomicBoolean();
        System.out.println(ab.get() + " " + ab.compareAndSet(false, true) + " " + ab.get() + " " + ab.getAndSet(false) + " " + ab);
        AtomicReference<String> ar = new AtomicReference<>("start");
        System.out.println(ar.get() + " " + ar.compareAndSet("start", "next") + " " + ar.get());
        String other = new String("next");
        System.out.println(ar.compareAndSet(other, "x") + " " + ar.get() + " " + ar.getAndUpdate(s -> s + "!") + " " + ar.updateAndGet(String::toUpperCase));
        System.out.println(ar.accumulateAndGet("?", String::concat) + " " + ar.getAndSet(null) + " " + ar.get() + " " + ar);
        AtomicIntegerArray arr = new AtomicIntegerArray(5);
        for (int i = 0; i < 5; i++) arr.set(i, i * i);
        System.out.println(arr + " " + arr.length() + " " + arr.getAndIncrement(2) + " " + arr.incrementAndGet(2) + " " + arr.addAndGet(4, 100));
        System.out.println(arr.compareAndSet(0, 0, -1) + " " + arr.compareAndSet(0, 0, -2) + " " + arr);
        try {
            arr.get(5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("array index: " + e.getMessage());
        }
        AtomicLongArray la = new AtomicLongArray(new long[]{1, 2, 3});
        la.getAndAdd(1, 1L << 40);
        System.out.println(la + " " + la.decrementAndGet(0));
        AtomicReferenceArray<String> ra = new AtomicReferenceArray<>(new String[]{"a", "b"});
        ra.set(1, "B");
        System.out.println(ra + " " + ra.compareAndSet(0, "a", "A") + " " + ra.get(0));
        int total = 0;
        AtomicInteger counter = new AtomicInteger();
        for (int i = 0; i < 1000; i++) total += counter.getAndIncrement();
        System.out.println(total + " " + counter.get());
        AtomicInteger[] many = new AtomicInteger[3];
        for (int i = 0; i < many.length; i++) many[i] = new AtomicInteger(i);
        for (AtomicInteger m : many) m.addAndGet(10);
        System.out.println(many[0] + "," + many[1] + "," + many[2]);
    }
}
