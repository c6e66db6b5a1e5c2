package java.util;

/**
 * Sorting of primitive arrays. Equal primitives are indistinguishable, so any correct sort gives the JDK's
 * result; floating point values are sorted through integer keys that order them as Double.compare does
 * (-0.0 before 0.0, NaN last).
 */
final class PrimitiveSort {
    private PrimitiveSort() {}

    private static final int INSERTION_LIMIT = 24;

    // ---------------------------------------------------------------- int

    static void sort(int[] a, int lo, int hi) {
        introSort(a, lo, hi - 1, 2 * (32 - Integer.numberOfLeadingZeros(hi - lo + 1)));
    }

    /** Sorts a[lo..hi] inclusive; falls back to heap sort when partitioning goes badly. */
    private static void introSort(int[] a, int lo, int hi, int depth) {
        while (hi - lo >= INSERTION_LIMIT) {
            if (depth-- == 0) {
                heapSort(a, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            // Median of three as pivot, placed at a[mid].
            if (a[mid] < a[lo]) swap(a, mid, lo);
            if (a[hi] < a[lo]) swap(a, hi, lo);
            if (a[hi] < a[mid]) swap(a, hi, mid);
            int pivot = a[mid];
            int i = lo, j = hi;
            while (i <= j) {
                while (a[i] < pivot) i++;
                while (a[j] > pivot) j--;
                if (i <= j) swap(a, i++, j--);
            }
            // Recurse into the smaller part, loop on the larger.
            if (j - lo < hi - i) {
                introSort(a, lo, j, depth);
                lo = i;
            } else {
                introSort(a, i, hi, depth);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static void heapSort(int[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int i = n / 2 - 1; i >= 0; i--) siftDown(a, lo, i, n);
        for (int end = n - 1; end > 0; end--) {
            swap(a, lo, lo + end);
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(int[] a, int lo, int i, int n) {
        int v = a[lo + i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) break;
            if (child + 1 < n && a[lo + child + 1] > a[lo + child]) child++;
            if (a[lo + child] <= v) break;
            a[lo + i] = a[lo + child];
            i = child;
        }
        a[lo + i] = v;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    // ---------------------------------------------------------------- long

    static void sort(long[] a, int lo, int hi) {
        introSort(a, lo, hi - 1, 2 * (32 - Integer.numberOfLeadingZeros(hi - lo + 1)));
    }

    private static void introSort(long[] a, int lo, int hi, int depth) {
        while (hi - lo >= INSERTION_LIMIT) {
            if (depth-- == 0) {
                heapSort(a, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo]) swap(a, mid, lo);
            if (a[hi] < a[lo]) swap(a, hi, lo);
            if (a[hi] < a[mid]) swap(a, hi, mid);
            long pivot = a[mid];
            int i = lo, j = hi;
            while (i <= j) {
                while (a[i] < pivot) i++;
                while (a[j] > pivot) j--;
                if (i <= j) swap(a, i++, j--);
            }
            if (j - lo < hi - i) {
                introSort(a, lo, j, depth);
                lo = i;
            } else {
                introSort(a, i, hi, depth);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            long v = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static void heapSort(long[] a, int lo, int hi) {
        int n = hi - lo + 1;
        for (int i = n / 2 - 1; i >= 0; i--) siftDown(a, lo, i, n);
        for (int end = n - 1; end > 0; end--) {
            swap(a, lo, lo + end);
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(long[] a, int lo, int i, int n) {
        long v = a[lo + i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) break;
            if (child + 1 < n && a[lo + child + 1] > a[lo + child]) child++;
            if (a[lo + child] <= v) break;
            a[lo + i] = a[lo + child];
            i = child;
        }
        a[lo + i] = v;
    }

    private static void swap(long[] a, int i, int j) {
        long t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    // ---------------------------------------------------------------- narrower integers

    static void sort(short[] a, int lo, int hi) {
        int[] w = new int[hi - lo];
        for (int i = lo; i < hi; i++) w[i - lo] = a[i];
        sort(w, 0, w.length);
        for (int i = lo; i < hi; i++) a[i] = (short) w[i - lo];
    }

    static void sort(char[] a, int lo, int hi) {
        int[] w = new int[hi - lo];
        for (int i = lo; i < hi; i++) w[i - lo] = a[i];
        sort(w, 0, w.length);
        for (int i = lo; i < hi; i++) a[i] = (char) w[i - lo];
    }

    static void sort(byte[] a, int lo, int hi) {
        int[] count = new int[256];
        for (int i = lo; i < hi; i++) count[a[i] + 128]++;
        int k = lo;
        for (int v = 0; v < 256; v++) {
            for (int n = count[v]; n > 0; n--) a[k++] = (byte) (v - 128);
        }
    }

    // ---------------------------------------------------------------- floating point

    /** Maps a float to an int whose signed order is Float.compare's order. */
    private static int floatKey(float f) {
        int bits = Float.floatToIntBits(f);
        return bits ^ ((bits >> 31) & 0x7fffffff);
    }

    private static float keyFloat(int key) {
        return Float.intBitsToFloat(key ^ ((key >> 31) & 0x7fffffff));
    }

    static void sort(float[] a, int lo, int hi) {
        int[] w = new int[hi - lo];
        for (int i = lo; i < hi; i++) w[i - lo] = floatKey(a[i]);
        sort(w, 0, w.length);
        for (int i = lo; i < hi; i++) a[i] = keyFloat(w[i - lo]);
    }

    private static long doubleKey(double d) {
        long bits = Double.doubleToLongBits(d);
        return bits ^ ((bits >> 63) & 0x7fffffffffffffffL);
    }

    private static double keyDouble(long key) {
        return Double.longBitsToDouble(key ^ ((key >> 63) & 0x7fffffffffffffffL));
    }

    static void sort(double[] a, int lo, int hi) {
        long[] w = new long[hi - lo];
        for (int i = lo; i < hi; i++) w[i - lo] = doubleKey(a[i]);
        sort(w, 0, w.length);
        for (int i = lo; i < hi; i++) a[i] = keyDouble(w[i - lo]);
    }
}
