package bench;

/** A seeded 64-bit linear congruential generator, so every run draws the same numbers on every VM. */
final class Rng {
    private long state;

    Rng(long seed) {
        state = seed;
    }

    /** Uniform in [0, bound) for bound > 0. */
    int nextInt(int bound) {
        state = state * 6364136223846793005L + 1442695040888963407L;
        return (int) ((state >>> 33) % bound);
    }

    /** Uniform in [0, 1), 53 bits. */
    double nextDouble() {
        state = state * 6364136223846793005L + 1442695040888963407L;
        return (state >>> 11) * 0x1.0p-53;
    }

    boolean nextBoolean() {
        return nextInt(2) == 1;
    }
}
