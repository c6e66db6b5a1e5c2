package corpus;

import java.util.Random;

public class RandomSeeded {
    public static void main(String[] args) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) sb.append(r.nextInt()).append(' ');
        System.out.println(sb);
        sb.setLength(0);
        for (int i = 0; i < 10; i++) sb.append(r.nextInt(100)).append(' ');
        System.out.println(sb);
        sb.setLength(0);
        for (int i = 0; i < 10; i++) sb.append(r.nextInt(1 << 20)).append(' ');
        System.out.println(sb);
        sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(r.nextLong()).append(' ');
        System.out.println(sb);
        sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(r.nextDouble()).append(' ');
        System.out.println(sb);
        sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(r.nextFloat()).append(' ');
        System.out.println(sb);
        sb.setLength(0);
        for (int i = 0; i < 10; i++) sb.append(r.nextBoolean() ? 'T' : 'F');
        System.out.println(sb);
        sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(r.nextGaussian()).append(' ');
        System.out.println(sb);
        byte[] bytes = new byte[12];
        r.nextBytes(bytes);
        System.out.println(java.util.Arrays.toString(bytes));
        Random r0 = new Random(0);
        Random rneg = new Random(-1L);
        Random rbig = new Random(Long.MAX_VALUE);
        System.out.println(r0.nextInt() + " " + rneg.nextInt() + " " + rbig.nextInt() + " " + r0.nextInt(7) + " " + rneg.nextInt(Integer.MAX_VALUE));
        r.setSeed(42);
        System.out.println(r.nextInt() + " (same as first)");
        int[] hist = new int[6];
        Random dice = new Random(2024);
        for (int i = 0; i < 6000; i++) hist[dice.nextInt(6)]++;
        System.out.println(java.util.Arrays.toString(hist));
        try {
            r.nextInt(0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Random streams = new Random(5);
        System.out.println(streams.ints(5, 0, 10).boxed().toList() + " " + streams.nextInt(5, 10) + " " + streams.nextLong(100L));
    }
}
