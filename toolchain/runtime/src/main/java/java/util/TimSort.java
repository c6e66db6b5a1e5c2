package java.util;

/**
 * The stable sort behind Arrays.sort(Object[]) and List.sort: Tim Peters' natural merge sort ("listsort.txt"),
 * with the run-stack rule as corrected by de Gouw et al. (2015). A program can watch the comparator, so every
 * choice that decides which pairs get compared (and when an inconsistent comparator is reported) is HotSpot's:
 * ranges shorter than {@link #SMALL} get one binary insertion sort, galloping starts at threshold 7 and adapts
 * by -1 per winning gallop round and +2 on leaving galloping mode.
 *
 * <p>Comparisons always pass the element that started further right as the first argument.
 */
final class TimSort {
    /** Ranges shorter than this are insertion sorted without any merging. */
    private static final int SMALL = 32;
    /** Consecutive wins of one run before a merge switches to galloping, at the start of every sort. */
    private static final int GALLOP_ENTRY = 7;
    /** More than enough: with the corrected invariant run lengths grow at least like Fibonacci numbers. */
    private static final int MAX_PENDING_RUNS = 49;

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Comparator<Object> NATURAL = (x, y) -> ((Comparable) x).compareTo(y);

    private final Object[] a;
    private final Comparator<Object> cmp;
    /** Pending runs, bottom first: run k is a[runStart[k], runStart[k] + runLength[k]). */
    private final int[] runStart = new int[MAX_PENDING_RUNS];
    private final int[] runLength = new int[MAX_PENDING_RUNS];
    private int pending;
    /** Adaptive gallop threshold, carried from one merge to the next. */
    private int gallopAt = GALLOP_ENTRY;
    /** Holds the shorter run of a merge; grown on demand. */
    private Object[] spare;

    private TimSort(Object[] a, Comparator<Object> cmp) {
        this.a = a;
        this.cmp = cmp;
    }

    /** Sorts a[lo, hi) stably; a null comparator means natural order. The caller has checked the range. */
    @SuppressWarnings("unchecked")
    static void sort(Object[] a, int lo, int hi, Comparator<?> comparator) {
        Comparator<Object> c = comparator == null ? NATURAL : (Comparator<Object>) comparator;
        int n = hi - lo;
        if (n < 2) return;
        if (n < SMALL) {
            insertionSort(a, lo, hi, lo + ascendingPrefix(a, lo, hi, c), c);
            return;
        }
        TimSort s = new TimSort(a, c);
        int minRun = minimumRun(n);
        int start = lo;
        while (start < hi) {
            int len = ascendingPrefix(a, start, hi, c);
            if (len < minRun) {
                // Extend the short natural run to minRun elements (or to the end).
                int end = hi - start < minRun ? hi : start + minRun;
                insertionSort(a, start, end, start + len, c);
                len = end - start;
            }
            s.runStart[s.pending] = start;
            s.runLength[s.pending] = len;
            s.pending++;
            s.restoreInvariant();
            start += len;
        }
        while (s.pending > 1) {
            int top = s.pending - 1;
            // Merge the top run with the shorter of its neighbours' pairings, as when collapsing.
            s.mergeRuns(top >= 2 && s.runLength[top - 2] < s.runLength[top] ? top - 2 : top - 1);
        }
    }

    /**
     * Length of the run starting at a[lo]: non-descending, or strictly descending and then reversed in place
     * (strictness keeps the sort stable).
     */
    private static int ascendingPrefix(Object[] a, int lo, int hi, Comparator<Object> c) {
        int end = lo + 1;
        if (end == hi) return 1;
        if (c.compare(a[end], a[lo]) < 0) {
            end++;
            while (end < hi && c.compare(a[end], a[end - 1]) < 0) end++;
            for (int i = lo, j = end - 1; i < j; i++, j--) {
                Object t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
        } else {
            end++;
            while (end < hi && c.compare(a[end], a[end - 1]) >= 0) end++;
        }
        return end - lo;
    }

    /**
     * Sorts a[lo, hi) given that a[lo, sorted) already is: each further element is placed after all elements
     * not greater than it, found by bisection.
     */
    private static void insertionSort(Object[] a, int lo, int hi, int sorted, Comparator<Object> c) {
        for (int next = sorted == lo ? lo + 1 : sorted; next < hi; next++) {
            Object x = a[next];
            int below = lo, above = next;
            while (below < above) {
                int m = (below + above) >>> 1;
                if (c.compare(x, a[m]) < 0) above = m;
                else below = m + 1;
            }
            int shift = next - below;
            if (shift == 1) a[next] = a[below];
            else if (shift > 1) System.arraycopy(a, below, a, below + 1, shift);
            a[below] = x;
        }
    }

    /**
     * Tim Peters' choice of minimum run length for n >= SMALL: the top six bits of n, plus one if any lower bit
     * is set, so that n / minRun is a power of two or slightly less.
     */
    private static int minimumRun(int n) {
        int shift = 0;
        while ((n >> shift) >= SMALL) shift++;
        int lowBits = n & ((1 << shift) - 1);
        return (n >> shift) + (lowBits != 0 ? 1 : 0);
    }

    /**
     * Merges pending runs until, for the top runs W, X, Y, Z (Z on top), X > Y + Z, W > X + Y and Y > Z hold.
     * When one fails, Y is merged with the shorter of X and Z (with Z on a tie).
     */
    private void restoreInvariant() {
        int[] len = runLength;
        while (pending > 1) {
            int y = pending - 2;
            boolean tooLong = y >= 1 && len[y - 1] <= len[y] + len[y + 1]
                    || y >= 2 && len[y - 2] <= len[y - 1] + len[y];
            if (tooLong) {
                mergeRuns(len[y - 1] < len[y + 1] ? y - 1 : y);
            } else if (len[y] <= len[y + 1]) {
                mergeRuns(y);
            } else {
                return;
            }
        }
    }

    /** Merges pending run k with run k + 1 (k is the second or third from the top). */
    private void mergeRuns(int k) {
        Object[] a = this.a;
        int s1 = runStart[k], n1 = runLength[k];
        int s2 = runStart[k + 1], n2 = runLength[k + 1];
        runLength[k] = n1 + n2;
        if (k + 3 == pending) {
            runStart[k + 1] = runStart[k + 2];
            runLength[k + 1] = runLength[k + 2];
        }
        pending--;

        // Elements of run 1 not greater than run 2's first, and those of run 2 not less than run 1's last,
        // are already in place.
        int skip = boundary(a[s2], a, s1, n1, false, false);
        s1 += skip;
        n1 -= skip;
        if (n1 == 0) return;
        n2 = boundary(a[s1 + n1 - 1], a, s2, n2, true, true);
        if (n2 == 0) return;
        if (n1 <= n2) mergeForward(s1, n1, s2, n2);
        else mergeBackward(s1, n1, s2, n2);
    }

    /**
     * Number of leading elements of a[base, base + n) that precede key: those less than key when {@code strict}
     * (key would go before its equals), else those not greater. Probes 1, 2, 4, 8... elements in from the start
     * (or from the end when {@code fromEnd}), then bisects the last gap.
     */
    private int boundary(Object key, Object[] a, int base, int n, boolean strict, boolean fromEnd) {
        Comparator<Object> c = cmp;
        int bias = strict ? 0 : -1; // a[i] precedes key iff compare(key, a[i]) > bias
        int before, after;          // a[base + before] precedes key, a[base + after] does not (-1 and n: sentinels)
        int near = 0, far = 1;      // distances probed from the chosen end
        if (!fromEnd) {
            while (far <= n && c.compare(key, a[base + far - 1]) > bias) {
                near = far;
                if (far > n - far) { far = n + 1; break; }
                far <<= 1;
            }
            before = near - 1;
            after = far - 1 < n ? far - 1 : n;
        } else {
            while (far <= n && c.compare(key, a[base + n - far]) <= bias) {
                near = far;
                if (far > n - far) { far = n + 1; break; }
                far <<= 1;
            }
            before = n - far;
            after = n - near;
        }
        before++;
        while (before < after) {
            int m = (before + after) >>> 1;
            if (c.compare(key, a[base + m]) > bias) before = m + 1;
            else after = m;
        }
        return after;
    }

    private Object[] scratch(int n) {
        Object[] t = spare;
        if (t == null || t.length < n) {
            int half = a.length >>> 1;
            int size = t == null ? 256 : t.length << 1;
            if (size > half) size = half;
            if (size < n) size = n;
            spare = t = new Object[size];
        }
        return t;
    }

    private static IllegalArgumentException inconsistent() {
        return new IllegalArgumentException("Comparison method violates its general contract!");
    }

    /**
     * Merges adjacent runs a[s1, s1 + n1) and a[s2, s2 + n2), n1 <= n2, from the low end: run 1 goes to scratch
     * space. Known on entry: run 2's first element is less than run 1's first, and its last is the overall last.
     */
    private void mergeForward(int s1, int n1, int s2, int n2) {
        Object[] a = this.a;
        Object[] t = scratch(n1);
        Comparator<Object> c = cmp;
        System.arraycopy(a, s1, t, 0, n1);
        int p1 = 0, p2 = s2, out = s1; // next of run 1 (in t), next of run 2, next free slot
        int threshold = gallopAt;

        a[out++] = a[p2++];
        // The loop ends when run 2 is used up or one element of run 1 is left (it goes after the rest of run 2).
        // Run 1 ending up empty means the comparator contradicted itself.
        merge:
        if (--n2 > 0 && n1 > 1) {
            while (true) {
                // One at a time until one run wins `threshold` times in a row.
                int streak1 = 0, streak2 = 0;
                while (streak1 < threshold && streak2 < threshold) {
                    if (c.compare(a[p2], t[p1]) < 0) {
                        a[out++] = a[p2++];
                        streak1 = 0;
                        streak2++;
                        if (--n2 == 0) break merge;
                    } else {
                        a[out++] = t[p1++];
                        streak2 = 0;
                        streak1++;
                        if (--n1 == 1) break merge;
                    }
                }
                // Galloping: find how far each run leads, copy those at once, while either lead stays long.
                boolean longLead;
                do {
                    int lead1 = boundary(a[p2], t, p1, n1, false, false);
                    if (lead1 > 0) {
                        System.arraycopy(t, p1, a, out, lead1);
                        out += lead1;
                        p1 += lead1;
                        n1 -= lead1;
                        if (n1 < 2) break merge;
                    }
                    a[out++] = a[p2++];
                    if (--n2 == 0) break merge;
                    int lead2 = boundary(t[p1], a, p2, n2, true, false);
                    if (lead2 > 0) {
                        System.arraycopy(a, p2, a, out, lead2);
                        out += lead2;
                        p2 += lead2;
                        n2 -= lead2;
                        if (n2 == 0) break merge;
                    }
                    a[out++] = t[p1++];
                    if (--n1 == 1) break merge;
                    threshold--;
                    longLead = lead1 >= GALLOP_ENTRY || lead2 >= GALLOP_ENTRY;
                } while (longLead);
                // Leaving galloping mode costs: entering it again takes longer.
                threshold = (threshold > 0 ? threshold : 0) + 2;
            }
        }
        gallopAt = threshold > 1 ? threshold : 1;
        if (n1 == 1) {
            System.arraycopy(a, p2, a, out, n2);
            a[out + n2] = t[p1];
        } else if (n1 == 0) {
            throw inconsistent();
        } else {
            System.arraycopy(t, p1, a, out, n1);
        }
    }

    /**
     * Merges adjacent runs a[s1, s1 + n1) and a[s2, s2 + n2), n1 > n2, from the high end: run 2 goes to scratch
     * space. Known on entry: run 1's last element is greater than run 2's last, and its first is the overall
     * first.
     */
    private void mergeBackward(int s1, int n1, int s2, int n2) {
        Object[] a = this.a;
        Object[] t = scratch(n2);
        Comparator<Object> c = cmp;
        System.arraycopy(a, s2, t, 0, n2);
        // Cursors point at the last unmerged element of each run and at the last free slot.
        int q1 = s1 + n1 - 1, q2 = n2 - 1, out = s2 + n2 - 1;
        int threshold = gallopAt;

        a[out--] = a[q1--];
        // Mirror image of mergeForward: ends when run 1 is used up or one element of run 2 is left.
        merge:
        if (--n1 > 0 && n2 > 1) {
            while (true) {
                int streak1 = 0, streak2 = 0;
                while (streak1 < threshold && streak2 < threshold) {
                    if (c.compare(t[q2], a[q1]) < 0) {
                        a[out--] = a[q1--];
                        streak2 = 0;
                        streak1++;
                        if (--n1 == 0) break merge;
                    } else {
                        a[out--] = t[q2--];
                        streak1 = 0;
                        streak2++;
                        if (--n2 == 1) break merge;
                    }
                }
                boolean longLead;
                do {
                    int lead1 = n1 - boundary(t[q2], a, s1, n1, false, true);
                    if (lead1 > 0) {
                        out -= lead1;
                        q1 -= lead1;
                        n1 -= lead1;
                        System.arraycopy(a, q1 + 1, a, out + 1, lead1);
                        if (n1 == 0) break merge;
                    }
                    a[out--] = t[q2--];
                    if (--n2 == 1) break merge;
                    int lead2 = n2 - boundary(a[q1], t, 0, n2, true, true);
                    if (lead2 > 0) {
                        out -= lead2;
                        q2 -= lead2;
                        n2 -= lead2;
                        System.arraycopy(t, q2 + 1, a, out + 1, lead2);
                        if (n2 < 2) break merge;
                    }
                    a[out--] = a[q1--];
                    if (--n1 == 0) break merge;
                    threshold--;
                    longLead = lead1 >= GALLOP_ENTRY || lead2 >= GALLOP_ENTRY;
                } while (longLead);
                threshold = (threshold > 0 ? threshold : 0) + 2;
            }
        }
        gallopAt = threshold > 1 ? threshold : 1;
        if (n2 == 1) {
            out -= n1;
            System.arraycopy(a, q1 - n1 + 1, a, out + 1, n1);
            a[out] = t[q2];
        } else if (n2 == 0) {
            throw inconsistent();
        } else {
            System.arraycopy(t, 0, a, out - n2 + 1, n2);
        }
    }
}
