package corpus;

import java.util.Arrays;
import java.util.Random;

public class SortingAlgorithms {
    static void bubble(int[] a) {
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j + 1 < a.length - i; j++)
                if (a[j] > a[j + 1]) { int t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; }
    }

    static void insertion(int[] a) {
        for (int i = 1; i < a.length; i++) {
            int k = a[i], j = i - 1;
            while (j >= 0 && a[j] > k) { a[j + 1] = a[j]; j--; }
            a[j + 1] = k;
        }
    }

    static void quick(int[] a, int lo, int hi) {
        if (lo >= hi) return;
        int p = a[(lo + hi) >>> 1], i = lo, j = hi;
        while (i <= j) {
            while (a[i] < p) i++;
            while (a[j] > p) j--;
            if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        quick(a, lo, j);
        quick(a, i, hi);
    }

    static void merge(int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) / 2;
        merge(a, tmp, lo, mid);
        merge(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    static void heap(int[] a) {
        int n = a.length;
        for (int i = n / 2 - 1; i >= 0; i--) sift(a, i, n);
        for (int end = n - 1; end > 0; end--) {
            int t = a[0]; a[0] = a[end]; a[end] = t;
            sift(a, 0, end);
        }
    }

    static void sift(int[] a, int i, int n) {
        while (true) {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < n && a[l] > a[m]) m = l;
            if (r < n && a[r] > a[m]) m = r;
            if (m == i) return;
            int t = a[i]; a[i] = a[m]; a[m] = t;
            i = m;
        }
    }

    static int[] counting(int[] a, int max) {
        int[] counts = new int[max + 1];
        for (int v : a) counts[v]++;
        int[] out = new int[a.length];
        int k = 0;
        for (int v = 0; v <= max; v++) while (counts[v]-- > 0) out[k++] = v;
        return out;
    }

    static long checksum(int[] a) {
        long h = 17;
        for (int v : a) h = h * 1_000_003 + v;
        return h;
    }

    public static void main(String[] args) {
        Random rnd = new Random(7);
        int[] data = new int[2000];
        for (int i = 0; i < data.length; i++) data[i] = rnd.nextInt(10000);
        int[] ref = data.clone();
        Arrays.sort(ref);
        System.out.println("reference " + checksum(ref) + " min=" + ref[0] + " max=" + ref[ref.length - 1] + " median=" + ref[1000]);
        int[] a = data.clone();
        bubble(a);
        System.out.println("bubble " + Arrays.equals(a, ref));
        a = data.clone();
        insertion(a);
        System.out.println("insertion " + Arrays.equals(a, ref));
        a = data.clone();
        quick(a, 0, a.length - 1);
        System.out.println("quick " + Arrays.equals(a, ref));
        a = data.clone();
        merge(a, new int[a.length], 0, a.length);
        System.out.println("merge " + Arrays.equals(a, ref));
        a = data.clone();
        heap(a);
        System.out.println("heap " + Arrays.equals(a, ref));
        System.out.println("counting " + Arrays.equals(counting(data, 9999), ref));
        int[] small = {5, -3, 0, 2147483647, -2147483648, 5, 1};
        int[] sc = small.clone();
        quick(sc, 0, sc.length - 1);
        System.out.println(Arrays.toString(sc));
        System.out.println(Arrays.toString(Arrays.copyOfRange(ref, 0, 20)));
        String[] words = "the quick brown fox jumps over the lazy dog".split(" ");
        Arrays.sort(words);
        System.out.println(String.join(" ", words));
        int[] empty = {};
        quick(empty, 0, -1);
        heap(empty);
        System.out.println(empty.length);
    }
}
