package corpus;

public class ShiftMasking {
    static int shl(int v, int s) { return v << s; }
    static int shr(int v, int s) { return v >> s; }
    static int ushr(int v, int s) { return v >>> s; }
    static long shl(long v, int s) { return v << s; }
    static long shr(long v, int s) { return v >> s; }
    static long ushr(long v, int s) { return v >>> s; }

    @SuppressWarnings("lossy-conversions")
    public static void main(String[] args) {
        int[] shifts = {0, 1, 31, 32, 33, 63, 64, 65, -1, -31, -32, 100};
        for (int s : shifts) {
            System.out.println("int s=" + s + ": " + shl(1, s) + " " + shr(-256, s) + " " + ushr(-256, s)
                    + " " + shl(0x12345678, s) + " " + ushr(Integer.MIN_VALUE, s));
        }
        for (int s : shifts) {
            System.out.println("long s=" + s + ": " + shl(1L, s) + " " + shr(-256L, s) + " " + ushr(-256L, s)
                    + " " + ushr(Long.MIN_VALUE, s));
        }
        long sl = 33L;
        int x = 1;
        x <<= sl;
        System.out.println(x);
        byte b = -16;
        System.out.println(b >> 2);
        System.out.println(b >>> 2);
        System.out.println((byte) (b >>> 2));
        byte b2 = -16;
        b2 >>>= 2;
        System.out.println(b2);
        short sh = -1;
        sh >>>= 10;
        System.out.println(sh);
        char c = '\uffff';
        c >>>= 4;
        System.out.println((int) c);
        System.out.println(-1 >>> 1);
        System.out.println(-1L >>> 1);
        System.out.println(1 << -1);
        System.out.println(1L << -1);
        System.out.println(Integer.toBinaryString(shl(0b1011, 29)));
        System.out.println(Long.toHexString(shl(0xFFL, 60)));
        int k = 5;
        System.out.println(k << k << k);
        System.out.println((k + 27) >> 2 >>> 1);
    }
}
