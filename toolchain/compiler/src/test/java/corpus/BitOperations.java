package corpus;

public class BitOperations {
    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 2, 7, 8, 255, 0x80000000, 0x7fffffff, 0x12345678, -0x12345678, 1 << 20};
        for (int v : ints) {
            System.out.println(v + " bc=" + Integer.bitCount(v) + " nlz=" + Integer.numberOfLeadingZeros(v) + " ntz=" + Integer.numberOfTrailingZeros(v)
                    + " hob=" + Integer.highestOneBit(v) + " lob=" + Integer.lowestOneBit(v) + " rev=" + Integer.reverse(v)
                    + " revb=" + Integer.reverseBytes(v) + " rl3=" + Integer.rotateLeft(v, 3) + " rr3=" + Integer.rotateRight(v, 3)
                    + " sig=" + Integer.signum(v));
        }
        long[] longs = {0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 0x123456789abcdefL, 1L << 40, -(1L << 40)};
        for (long v : longs) {
            System.out.println(v + " bc=" + Long.bitCount(v) + " nlz=" + Long.numberOfLeadingZeros(v) + " ntz=" + Long.numberOfTrailingZeros(v)
                    + " hob=" + Long.highestOneBit(v) + " lob=" + Long.lowestOneBit(v) + " rev=" + Long.reverse(v)
                    + " revb=" + Long.reverseBytes(v) + " rl7=" + Long.rotateLeft(v, 7) + " rr65=" + Long.rotateRight(v, 65)
                    + " sig=" + Long.signum(v));
        }
        System.out.println(Integer.rotateLeft(1, 33) + " " + Integer.rotateLeft(1, -1) + " " + Long.rotateLeft(1L, -1));
        int a = 0b1100_1010, b = 0b1010_0110;
        System.out.println((a & b) + " " + (a | b) + " " + (a ^ b) + " " + (~a) + " " + (a & ~b));
        long la = 0xF0F0F0F0F0F0F0F0L, lb = 0x0FF00FF00FF00FF0L;
        System.out.println((la & lb) + " " + (la | lb) + " " + (la ^ lb) + " " + (~la));
        boolean t = true, f = false;
        System.out.println((t & f) + " " + (t | f) + " " + (t ^ t) + " " + (t ^ f) + " " + !t);
        int x = 0x5A;
        x &= 0x0F;
        x |= 0x100;
        x ^= 0xFFF;
        System.out.println(x);
        int flags = 0;
        for (int i = 0; i < 32; i += 3) flags |= 1 << i;
        System.out.println(Integer.toBinaryString(flags) + " " + Integer.bitCount(flags));
        int pc = 0;
        for (int v = 0; v < 1024; v++) pc += Integer.bitCount(v * 2654435761L > 0 ? v : -v);
        System.out.println(pc);
        System.out.println(Integer.compress(0xCAFEBABE, 0xFF00FF00) + " " + Integer.expand(0xABCD, 0x0F0F0F0F));
        System.out.println(Long.compress(-1L, 0x00FF00FF00FF00FFL) + " " + Long.expand(0x1234L, 0xF0F0F0F0L));
        System.out.println(Character.reverseBytes('a') + 0 + " " + Short.reverseBytes((short) 0x00ff));
    }
}
