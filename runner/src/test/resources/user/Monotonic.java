import jos.abi.Calls;
import jos.hw.Naked;

/**
 * The program of the clock_monotonic test (QemuBootIT): reads the clock, then 1000 times more, each
 * reading at least the one before, until it has moved; prints the first reading and how far it moved, and
 * exits with 0 if the readings never went back and the clock advanced, else 1.
 */
public final class Monotonic {
    static final int READINGS = 1000;
    static final long MAX_SPINS = 100_000_000L;

    static void main() {
        long first = now(), previous = first, backwards = 0;
        for (int i = 0; i < READINGS; i++) {
            long t = now();
            if (t < previous) backwards++;
            previous = t;
        }
        for (long spins = 0; previous == first && spins < MAX_SPINS; spins++) previous = now();
        boolean ok = backwards == 0 && previous > first && first > 0;
        System.out.println("clock: first reading " + first + " ns");
        System.out.println("clock: advanced by " + (previous - first) + " ns over " + READINGS + " readings, " + backwards + " went back");
        System.out.flush();
        System.exit(ok ? 0 : 1);
    }

    /** clock_monotonic(): nanoseconds since boot. */
    @Naked({"movl $" + Calls.CLOCK_MONOTONIC + ", %eax", "syscall", "ret"})
    static native long now();
}
