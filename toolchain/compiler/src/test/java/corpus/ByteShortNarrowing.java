package corpus;

public class ByteShortNarrowing {
    @SuppressWarnings("lossy-conversions")
    public static void main(String[] args) {
        int[] ints = {0, 127, 128, 255, 256, -128, -129, 32767, 32768, 65535, 65536, -32769, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x12345678};
        for (int i : ints) {
            System.out.println(i + " -> byte " + (byte) i + " short " + (short) i + " char " + (int) (char) i + " ubyte " + ((byte) i & 0xff));
        }
        byte b = 127;
        b++;
        System.out.println(b);
        b = -128;
        b--;
        System.out.println(b);
        b = 100;
        b += 100;
        System.out.println(b);
        b *= 3;
        System.out.println(b);
        b = (byte) 0x80;
        b >>= 1;
        System.out.println(b);
        b = (byte) 0x80;
        b >>>= 1;
        System.out.println(b);
        short s = Short.MAX_VALUE;
        s++;
        System.out.println(s);
        s = 1000;
        s *= 1000;
        System.out.println(s);
        s = -1;
        s >>>= 4;
        System.out.println(s);
        s += 1.9;
        System.out.println(s);
        b = 10;
        b -= 3.5;
        System.out.println(b);
        byte x = 60, y = 70;
        int sum = x + y;
        byte bsum = (byte) (x + y);
        System.out.println(sum + " " + bsum);
        byte[] data = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE};
        int word = 0;
        for (byte d : data) word = (word << 8) | (d & 0xff);
        System.out.println(Integer.toHexString(word) + " " + word);
        int wrong = 0;
        for (byte d : data) wrong = (wrong << 8) | d;
        System.out.println(Integer.toHexString(wrong));
        long lw = 0;
        for (byte d : data) lw = (lw << 8) + d;
        System.out.println(lw);
        short[] shorts = new short[4];
        for (int i = 0; i < shorts.length; i++) shorts[i] = (short) (i * 20000);
        System.out.println(shorts[0] + " " + shorts[1] + " " + shorts[2] + " " + shorts[3]);
        byte[] arr = new byte[1];
        arr[0] += 200;
        arr[0]++;
        System.out.println(arr[0]);
        short[] sarr = {32767};
        sarr[0]++;
        System.out.println(sarr[0]);
        long big = 0x1_0000_00FFL;
        System.out.println((byte) big + " " + (short) big + " " + (int) big);
        float f = 300.7f;
        System.out.println((byte) f + " " + (short) f + " " + (byte) (int) f);
        double dd = -129.9;
        System.out.println((byte) dd + " " + (short) -40000.5 + " " + (byte) 1e10 + " " + (short) Double.NaN);
    }
}
