package corpus;

import java.util.*;

public class Synchronized {
    private int count;
    private static int staticCount;
    private final Object lock = new Object();

    synchronized void inc() { count++; }

    static synchronized void sinc() { staticCount++; }

    synchronized int reentrant(int depth) {
        if (depth == 0) return count;
        synchronized (this) {
            return reentrant(depth - 1) + 1;
        }
    }

    int withLock(int n) {
        synchronized (lock) {
            for (int i = 0; i < n; i++) count += 2;
            return count;
        }
    }

    synchronized void throwing() {
        throw new IllegalStateException("inside synchronized method");
    }

    int throwInBlock() {
        try {
            synchronized (lock) {
                count = -1;
                throw new RuntimeException("block");
            }
        } catch (RuntimeException e) {
            synchronized (lock) {
                return count + 100;
            }
        }
    }

    public static void main(String[] args) {
        Synchronized s = new Synchronized();
        for (int i = 0; i < 10; i++) s.inc();
        for (int i = 0; i < 5; i++) sinc();
        System.out.println(s.count + " " + staticCount);
        System.out.println(s.reentrant(5));
        System.out.println(s.withLock(3));
        try {
            s.throwing();
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(s.throwInBlock());
        Object nul = null;
        try {
            synchronized (nul) {
                System.out.println("never");
            }
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getMessage());
        }
        synchronized (Synchronized.class) {
            synchronized ("literal") {
                synchronized (s) {
                    s.inc();
                }
            }
        }
        System.out.println(s.count);
        List<Integer> list = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 5; i++) list.add(i);
        synchronized (list) {
            int sum = 0;
            for (int x : list) sum += x;
            System.out.println(sum);
        }
        StringBuffer sb = new StringBuffer();
        for (int i = 0; i < 3; i++) sb.append(i);
        System.out.println(sb);
        int[] arr = new int[1];
        synchronized (arr) {
            arr[0] = 9;
        }
        System.out.println(arr[0]);
        int loops = 0;
        for (int i = 0; i < 100; i++) {
            synchronized (s.lock) {
                if (i % 10 == 0) continue;
                if (i > 50) break;
                loops++;
            }
        }
        System.out.println(loops);
    }
}
