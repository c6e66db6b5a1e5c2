package corpus;

import java.util.*;

public class HashCodes {
    enum E { A }

    public static void main(String[] args) {
        String[] strs = {"", "a", "ab", "hello", "Hello", "\u00e9", "\u4e2d\u6587", "\ud83d\ude00", "The quick brown fox", "0123456789abcdef"};
        for (String s : strs) System.out.println("\"" + s + "\" " + s.hashCode());
        System.out.println(Integer.hashCode(-7) + " " + Long.hashCode(-7L) + " " + Long.hashCode(1L << 32) + " " + Short.hashCode((short) -7) + " " + Byte.hashCode((byte) 7));
        System.out.println(Double.hashCode(1.0) + " " + Double.hashCode(-1.0) + " " + Double.hashCode(0.1) + " " + Double.hashCode(Double.NaN) + " " + Double.hashCode(Double.MAX_VALUE));
        System.out.println(Float.hashCode(1.0f) + " " + Float.hashCode(-0.0f) + " " + Float.hashCode(Float.NaN) + " " + Float.hashCode(0.1f));
        System.out.println(Boolean.hashCode(true) + " " + Boolean.TRUE.hashCode() + " " + Character.hashCode('z') + " " + Character.valueOf('\uffff').hashCode());
        System.out.println(Arrays.hashCode(new int[]{1, 2, 3}) + " " + Arrays.hashCode(new long[]{1L << 33, -1}) + " " + Arrays.hashCode(new double[]{0.5, -0.0})
                + " " + Arrays.hashCode(new boolean[]{true, false}) + " " + Arrays.hashCode(new char[]{'a', 'b'}) + " " + Arrays.hashCode(new byte[]{-1, 1}));
        System.out.println(Arrays.hashCode(new Object[]{"a", 1, null, 2.5}) + " " + Arrays.deepHashCode(new Object[]{new int[]{1}, new String[]{"x"}}) + " " + Arrays.hashCode(new float[]{1.5f}) + " " + Arrays.hashCode(new short[]{300}));
        System.out.println(List.of(1, 2, 3).hashCode() + " " + new ArrayList<>(List.of("x", "y")).hashCode() + " " + new LinkedList<>(List.of("x", "y")).hashCode() + " " + List.of().hashCode());
        System.out.println(Set.of(1, 2, 3).hashCode() + " " + new HashSet<>(List.of("a", "b")).hashCode() + " " + new TreeSet<>(List.of(5, 6)).hashCode());
        Map<String, Integer> m = new HashMap<>();
        m.put("k1", 1);
        m.put("k2", 2);
        System.out.println(m.hashCode() + " " + new TreeMap<>(m).hashCode() + " " + Map.of("k1", 1, "k2", 2).hashCode() + " " + Map.entry("a", 1).hashCode());
        System.out.println(Objects.hash(1, 2, 3) + " " + Objects.hash((Object) null) + " " + Objects.hash("a", List.of(1)) + " " + Objects.hashCode("x"));
        System.out.println(Optional.of(5).hashCode() + " " + Optional.empty().hashCode() + " " + new AbstractMap.SimpleEntry<>("k", "v").hashCode());
        System.out.println(Integer.valueOf(123456).hashCode() + " " + Long.valueOf(Long.MIN_VALUE).hashCode() + " " + Double.valueOf(-0.0).hashCode());
        StringBuilder sb = new StringBuilder();
        int h = 0;
        for (int i = 0; i < 200; i++) {
            sb.append((char) ('a' + i % 26));
            h ^= sb.toString().hashCode();
        }
        System.out.println(h);
        System.out.println(E.A.name().hashCode() + " " + "A".hashCode());
        String cached = "cache me";
        System.out.println(cached.hashCode() == cached.hashCode());
        String zeroHash = "f5a5a608";
        System.out.println(zeroHash.hashCode() + " " + "".hashCode());
    }
}
