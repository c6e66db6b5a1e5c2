package bench;

/**
 * The Computer Language Benchmarks Game "fannkuch-redux": for every permutation of 1..N, count the
 * pancake flips until 1 is in front; print the alternating-sign checksum of the flip counts and the
 * maximum. Single-threaded, plain Java, visiting permutations in the reference programs' order (so the
 * checksum matches theirs: N=7 gives 228 and 16).
 */
public final class FannkuchRedux {
    static final int DEFAULT_N = 11;

    /** Returns {checksum, maxFlips}. */
    static int[] fannkuch(int n) {
        int[] perm = new int[n];
        int[] perm1 = new int[n];
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            perm1[i] = i;
        }
        int maxFlips = 0;
        int checksum = 0;
        int permCount = 0;
        int r = n;
        while (true) {
            while (r != 1) {
                count[r - 1] = r;
                r--;
            }
            for (int i = 0; i < n; i++) {
                perm[i] = perm1[i];
            }
            int flips = 0;
            int k;
            while ((k = perm[0]) != 0) {
                int k2 = (k + 1) >> 1;
                for (int i = 0; i < k2; i++) {
                    int t = perm[i];
                    perm[i] = perm[k - i];
                    perm[k - i] = t;
                }
                flips++;
            }
            if (flips > maxFlips) {
                maxFlips = flips;
            }
            checksum += (permCount & 1) == 0 ? flips : -flips;

            // Next permutation (rotate the first r+1 elements until a counter is left).
            while (true) {
                if (r == n) {
                    return new int[] {checksum, maxFlips};
                }
                int perm0 = perm1[0];
                for (int i = 0; i < r; i++) {
                    perm1[i] = perm1[i + 1];
                }
                perm1[r] = perm0;
                count[r]--;
                if (count[r] > 0) {
                    break;
                }
                r++;
            }
            permCount++;
        }
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_N;
        int[] result = fannkuch(n);
        System.out.println(Integer.toString(result[0]));
        StringBuilder sb = new StringBuilder();
        sb.append("Pfannkuchen(").append(n).append(") = ").append(result[1]);
        System.out.println(sb.toString());
    }
}
