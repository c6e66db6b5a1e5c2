package jos.loader.limine;

import jos.hw.Memory;
import jos.loader.memory.PhysicalAllocator;

/**
 * Bootloader-reclaimable memory for responses and the data they point to: chunks from {@link
 * PhysicalAllocator}, handed out 16-byte aligned and zeroed. Returns physical addresses (the loader
 * writes through its identity map; pointers given to the kernel go through {@link Hhdm#virt}).
 */
public final class Arena {
    private Arena() {
    }

    private static final long CHUNK = 0x10000;
    private static long chunk, used, chunkSize;

    public static void reset() {
        chunk = used = chunkSize = 0;
    }

    /** bytes of zeroed memory, or 0 with a problem if out of memory. */
    public static long allocate(long bytes, long[] problem) {
        bytes = (bytes + 15) & ~15L;
        if (chunk == 0 || bytes > chunkSize - used) {
            long size = bytes > CHUNK ? (bytes + 0xFFF) & ~0xFFFL : CHUNK;
            long fresh = PhysicalAllocator.allocateReclaimable(size, problem);
            if (fresh == 0) return 0;
            chunk = fresh;
            chunkSize = size;
            used = 0;
        }
        long result = chunk + used;
        used += bytes;
        return result;
    }

    /** A NUL-terminated copy of a string literal (ASCII), or 0. */
    public static long string(String s, long[] problem) {
        long copy = allocate(s.length() + 1L, problem);
        if (copy == 0) return 0;
        for (int i = 0; i < s.length(); i++) Memory.write8(copy + i, (byte) s.charAt(i));
        return copy;
    }

    /** A NUL-terminated copy of length bytes at source, or 0. */
    public static long string(long source, long length, long[] problem) {
        long copy = allocate(length + 1, problem);
        if (copy == 0) return 0;
        Memory.copy(copy, source, length);
        return copy;
    }
}
