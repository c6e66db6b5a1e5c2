package corpus;

public class UnsignedArithmetic {
    public static void main(String[] args) {
        int[] vals = {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, -2, 1000000000, -1000000000};
        for (int a : vals) {
            StringBuilder sb = new StringBuilder();
            sb.append(a).append(" u=").append(Integer.toUnsignedString(a)).append(" ul=").append(Integer.toUnsignedLong(a));
            for (int b : new int[]{1, 3, -1, 7, Integer.MIN_VALUE}) {
                sb.append(" [").append(Integer.divideUnsigned(a, b)).append(',').append(Integer.remainderUnsigned(a, b))
                  .append(',').append(Integer.compareUnsigned(a, b)).append(']');
            }
            System.out.println(sb);
        }
        long[] lvals = {0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, -2L, 1_000_000_000_000L};
        for (long a : lvals) {
            StringBuilder sb = new StringBuilder();
            sb.append(a).append(" u=").append(Long.toUnsignedString(a));
            for (long b : new long[]{1L, 10L, -1L, Long.MIN_VALUE, 0x1_0000_0000L}) {
                sb.append(" [").append(Long.divideUnsigned(a, b)).append(',').append(Long.remainderUnsigned(a, b))
                  .append(',').append(Long.compareUnsigned(a, b)).append(']');
            }
            System.out.println(sb);
        }
        try {
            Integer.divideUnsigned(5, 0);
        } catch (ArithmeticException e) {
            System.out.println("div by zero: " + e.getMessage());
        }
        try {
            Long.remainderUnsigned(5L, 0L);
        } catch (ArithmeticException e) {
            System.out.println("rem by zero: " + e.getMessage());
        }
        int x = -8;
        System.out.println((x >>> 1) + " " + (x >> 1) + " " + (x & 0xFFFFFFFFL) + " " + Long.toUnsignedString(x));
        byte by = (byte) 0xF0;
        System.out.println(Byte.toUnsignedInt(by) + " " + (by & 0xFF) + " " + (by >>> 4) + " " + ((by & 0xFF) >>> 4));
        System.out.println(Integer.toUnsignedString(-1, 2) + " " + Long.toUnsignedString(-1L, 36) + " " + Integer.parseUnsignedInt("3000000000"));
        System.out.println(Integer.compare(-1, 1) + " " + Integer.compareUnsigned(-1, 1) + " " + Long.compareUnsigned(1, -1));
    }
}
