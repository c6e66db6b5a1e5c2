package corpus;

public class IncrementSemantics {
    int field;
    static long sfield;

    public static void main(String[] args) {
        int i = 0;
        i = i++;
        System.out.println(i);
        i = ++i;
        System.out.println(i);
        int j = i++ + i++;
        System.out.println(j + " " + i);
        int k = ++i + ++i;
        System.out.println(k + " " + i);
        int m = i-- - --i;
        System.out.println(m + " " + i);
        int[] arr = new int[5];
        int idx = 0;
        arr[idx++] = idx;
        arr[idx++] = idx++;
        arr[++idx] = ++idx;
        System.out.println(java.util.Arrays.toString(arr) + " " + idx);
        int[] counts = new int[3];
        counts[1]++;
        ++counts[1];
        counts[2]--;
        int before = counts[1]++;
        System.out.println(java.util.Arrays.toString(counts) + " " + before);
        IncrementSemantics o = new IncrementSemantics();
        o.field++;
        int r = o.field++ + ++o.field;
        System.out.println(o.field + " " + r);
        sfield--;
        long sr = sfield-- * --sfield;
        System.out.println(sfield + " " + sr);
        long L = Long.MAX_VALUE;
        L++;
        System.out.println(L);
        double d = 0.5;
        d++;
        d++;
        System.out.println(d + " " + (d++) + " " + (++d));
        float f = 16777216f;
        f++;
        System.out.println(f);
        byte b = 127;
        b++;
        System.out.println(b);
        char c = 'y';
        c++;
        c++;
        System.out.println(c + " " + (int) c);
        short s = -32768;
        s--;
        System.out.println(s);
        Integer boxed = 127;
        Integer alias = boxed;
        boxed++;
        System.out.println(boxed + " " + alias + " " + (boxed == 128));
        int x = 1;
        x += x++;
        System.out.println(x);
        x = 1;
        x = x++ + x++ * ++x;
        System.out.println(x);
        int loop = 0;
        for (int n = 0; n < 10; n++, loop += 2) { }
        System.out.println(loop);
        int w = 5;
        while (w-- > 0) { }
        System.out.println(w);
        int u = 5;
        while (--u > 0) { }
        System.out.println(u);
    }
}
