package corpus;

public class ArrayDefaults {
    static int si;
    static long sl;
    static double sd;
    static float sf;
    static boolean sz;
    static char sc;
    static byte sb;
    static short ss;
    static String sstr;
    static int[] sarr;

    int ii;
    Object io;
    char ic;

    public static void main(String[] args) {
        System.out.println(si + " " + sl + " " + sd + " " + sf + " " + sz + " " + (int) sc + " " + sb + " " + ss + " " + sstr + " " + sarr);
        ArrayDefaults a = new ArrayDefaults();
        System.out.println(a.ii + " " + a.io + " " + (int) a.ic);
        int[] ints = new int[3];
        long[] longs = new long[2];
        double[] doubles = new double[2];
        float[] floats = new float[2];
        boolean[] bools = new boolean[2];
        char[] chars = new char[2];
        byte[] bytes = new byte[2];
        short[] shorts = new short[2];
        String[] strings = new String[2];
        Object[][] objs = new Object[2][2];
        System.out.println(java.util.Arrays.toString(ints) + java.util.Arrays.toString(longs) + java.util.Arrays.toString(doubles)
                + java.util.Arrays.toString(floats) + java.util.Arrays.toString(bools) + java.util.Arrays.toString(bytes)
                + java.util.Arrays.toString(shorts) + java.util.Arrays.toString(strings) + java.util.Arrays.deepToString(objs));
        System.out.println((int) chars[0] + " " + (chars[1] == '\u0000') + " " + new String(chars).length());
        int[] init = {1, 2, 3,};
        String[] sinit = new String[]{"a", null, "c"};
        int[][] ragged = {{}, {1}, {1, 2}};
        System.out.println(init.length + " " + sinit[1] + " " + ragged[0].length + ragged[1].length + ragged[2].length);
        int[] reused = new int[4];
        for (int round = 0; round < 3; round++) {
            int[] local = new int[4];
            for (int i = 0; i < 4; i++) {
                local[i] += round;
                reused[i] += round;
            }
            System.out.println(java.util.Arrays.toString(local) + " " + java.util.Arrays.toString(reused));
        }
        for (int i = 0; i < 3; i++) {
            int x;
            x = i * 2;
            StringBuilder fresh = new StringBuilder();
            fresh.append(x);
            System.out.print(fresh);
        }
        System.out.println();
        Object[] big = new Object[10000];
        int nulls = 0;
        for (Object o : big) if (o == null) nulls++;
        System.out.println(nulls);
        long[] bigLongs = new long[100000];
        long s = 0;
        for (long v : bigLongs) s += v;
        System.out.println(s + " " + bigLongs.length);
        System.out.println(new int[0].length + " " + new String[0].length + " " + new int[0][5].length);
    }
}
