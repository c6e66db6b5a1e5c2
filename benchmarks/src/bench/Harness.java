package bench;

import java.util.function.IntToLongFunction;

/**
 * Runs a benchmark body a given number of times in one process. Each iteration's wall time goes to
 * standard error as {@code bench-iteration <i> <nanoseconds>} (scripts/bench takes the best); its
 * checksum goes to standard output, so HotSpot's and native output can be compared byte for byte.
 */
final class Harness {
    private Harness() {}

    /** Parses {@code args[index]} as a positive int, or returns the default when absent. */
    static int arg(String[] args, int index, int defaultValue, String what) {
        if (args.length <= index) return defaultValue;
        int v;
        try {
            v = Integer.parseInt(args[index]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be an integer, got '" + args[index] + "'");
        }
        if (v <= 0) throw new IllegalArgumentException(what + " must be positive, got " + v);
        return v;
    }

    /** Runs {@code body} once per iteration; the body gets the iteration index and returns a checksum. */
    static void run(String name, int iterations, IntToLongFunction body) {
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            long checksum = body.applyAsLong(i);
            long t1 = System.nanoTime();
            System.out.println(name + " iteration " + i + " checksum " + checksum);
            System.err.println("bench-iteration " + i + " " + (t1 - t0));
        }
    }
}
