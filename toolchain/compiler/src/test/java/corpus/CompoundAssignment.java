package corpus;

public class CompoundAssignment {
    static int[] arr = {1, 2, 3};
    static int index = 0;

    static int nextIndex() {
        System.out.println("nextIndex called");
        return index++;
    }

    @SuppressWarnings("lossy-conversions")
    public static void main(String[] args) {
        int i = 10;
        i += 3.7;
        System.out.println(i);
        i -= 0.5;
        System.out.println(i);
        i *= 2.5;
        System.out.println(i);
        i /= 0.3;
        System.out.println(i);
        i %= 7;
        System.out.println(i);
        long l = 5;
        l *= 1.5;
        System.out.println(l);
        l += Long.MAX_VALUE;
        System.out.println(l);
        int big = 1;
        big += 1e10;
        System.out.println(big);
        int neg = 1;
        neg -= 1e10;
        System.out.println(neg);
        int nan = 0;
        nan += Double.NaN;
        System.out.println(nan);
        float f = 1;
        f += 1e-10;
        System.out.println(f);
        double d = 1;
        d /= 3;
        System.out.println(d);
        char c = 'a';
        c += 1.9;
        System.out.println(c);
        short s = 10;
        s /= 3;
        System.out.println(s);
        arr[nextIndex()] += 10;
        System.out.println(java.util.Arrays.toString(arr) + " index=" + index);
        arr[nextIndex()] *= arr[0];
        System.out.println(java.util.Arrays.toString(arr) + " index=" + index);
        String str = "a";
        str += 1 + 2;
        str += 'c';
        str += null;
        System.out.println(str);
        int x = 5;
        x += x++ + ++x;
        System.out.println(x);
        int y = 3;
        y = y++ * y--;
        System.out.println(y);
        int[] a2 = {0, 0};
        int k = 0;
        a2[k] = k = 1;
        System.out.println(a2[0] + " " + a2[1] + " " + k);
        int shift = 1;
        shift <<= 35;
        System.out.println(shift);
        long lshift = 1;
        lshift <<= 35;
        System.out.println(lshift);
        int q = 17;
        q >>= 2;
        q |= 64;
        q &= ~1;
        q ^= 0xFF;
        System.out.println(q);
        Integer boxed = 10;
        boxed += 5;
        boxed *= 2;
        System.out.println(boxed);
        Double bd = 1.5;
        bd += 1;
        System.out.println(bd);
        Character bc = 'x';
        bc++;
        System.out.println(bc);
    }
}
