package corpus;

public class IntegerToStringRadix {
    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 10, -10, 255, -255, 4096, Integer.MAX_VALUE, Integer.MIN_VALUE, 123456789};
        int[] radixes = {2, 3, 8, 10, 16, 36, 1, 37};
        for (int v : ints) {
            StringBuilder sb = new StringBuilder(v + ":");
            for (int r : radixes) sb.append(' ').append(Integer.toString(v, r));
            System.out.println(sb);
            System.out.println("  bin=" + Integer.toBinaryString(v) + " oct=" + Integer.toOctalString(v) + " hex=" + Integer.toHexString(v)
                    + " u=" + Integer.toUnsignedString(v) + " u7=" + Integer.toUnsignedString(v, 7));
        }
        long[] longs = {0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 32, 1234567890123456789L};
        for (long v : longs) {
            System.out.println(v + ": " + Long.toString(v, 2) + " " + Long.toString(v, 36) + " " + Long.toHexString(v) + " " + Long.toOctalString(v)
                    + " " + Long.toBinaryString(v).length() + " " + Long.toUnsignedString(v) + " " + Long.toUnsignedString(v, 16));
        }
        System.out.println(Integer.toString(Integer.MIN_VALUE) + " " + Long.toString(Long.MIN_VALUE) + " " + String.valueOf(Integer.MIN_VALUE));
        System.out.println(Character.forDigit(11, 16) + " " + Character.forDigit(35, 36) + " " + (int) Character.forDigit(10, 10) + " " + Character.digit('Z', 36) + " " + Character.digit('8', 8));
        System.out.println(Integer.toHexString(-256).toUpperCase() + " " + Integer.toHexString('A') + " " + Integer.toHexString((byte) -1) + " " + Integer.toHexString((byte) -1 & 0xff));
        StringBuilder powers = new StringBuilder();
        for (int i = 0; i < 31; i += 5) powers.append(Integer.toString(1 << i, 7)).append(' ');
        System.out.println(powers);
    }
}
