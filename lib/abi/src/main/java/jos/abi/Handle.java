package jos.abi;

import jos.hw.CConstants;

/**
 * A handle: how a program names one of its capabilities (abi.md, "Capabilities"). It is a 32-bit value,
 * the slot's index in the process's capability table in the low {@link #INDEX_BITS} bits and the slot's
 * generation above them. Deleting a capability advances its slot's generation, so an old handle to a
 * slot that now holds something else fails with {@code EBADF} instead of reaching the new capability.
 * Generations start at 1, so 0 is never a handle; a slot whose generation is used up is retired.
 * Calls take handles as 64-bit values: any value outside 1..2^32-1 is simply not a handle.
 */
@CConstants(prefix = "JOS_HANDLE_")
public final class Handle {
    /** Never a handle: "no capability". */
    public static final int NONE = 0;
    /** Bits of the slot index: a table has at most {@link #MAX_SLOTS} slots. */
    public static final int INDEX_BITS = 12;
    public static final int MAX_SLOTS = 1 << INDEX_BITS;
    /** Bits of the generation, above the index. */
    public static final int GENERATION_BITS = 32 - INDEX_BITS;
    /** A slot's first generation. */
    public static final int FIRST_GENERATION = 1;
    /** A slot's last generation; deleting its capability then retires the slot for good. */
    public static final int LAST_GENERATION = (1 << GENERATION_BITS) - 1;

    private Handle() {
    }

    /** The handle of slot index at generation (index below MAX_SLOTS, generation 1..LAST_GENERATION). */
    public static long of(int index, int generation) {
        return ((long) generation << INDEX_BITS | index) & 0xffff_ffffL;
    }

    /** True if value can be a handle: inside 1..2^32-1 with a generation other than 0. */
    public static boolean wellFormed(long value) {
        return value > 0 && value <= 0xffff_ffffL && generation(value) >= FIRST_GENERATION;
    }

    /** The slot index of a well-formed handle. */
    public static int index(long handle) {
        return (int) (handle & (MAX_SLOTS - 1));
    }

    /** The generation of a well-formed handle. */
    public static int generation(long handle) {
        return (int) (handle >>> INDEX_BITS) & LAST_GENERATION;
    }
}
