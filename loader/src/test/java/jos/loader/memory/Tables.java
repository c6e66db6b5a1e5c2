package jos.loader.memory;

import java.util.ArrayList;
import java.util.List;
import jos.hw.sim.Machine;

/** Writes range tables into simulated memory and reads them back. */
final class Tables {
    private Tables() {
    }

    static final long AREA = 0x5000_0000_0000L;
    private static long next;

    static void install(Machine m) {
        m.memory().map(AREA, 4 << 20);
        next = AREA;
    }

    /** Reserves bytes in the area. */
    static long take(long bytes) {
        long at = next;
        next += (bytes + 0xFFF) & ~0xFFFL;
        return at;
    }

    /** A table holding the given {base, length, type} entries, with room for capacity entries. */
    static long write(long[][] entries, int capacity) {
        long t = take((long) Math.max(capacity, entries.length) * MemoryMapEntry.SIZE);
        for (int i = 0; i < entries.length; i++) {
            MemoryMapEntry.set(MemoryMapEntry.at(t, i), entries[i][0], entries[i][1], entries[i][2]);
        }
        return t;
    }

    static List<long[]> read(long table, int count) {
        List<long[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long e = MemoryMapEntry.at(table, i);
            out.add(new long[] {MemoryMapEntry.base(e), MemoryMapEntry.length(e), MemoryMapEntry.type(e)});
        }
        return out;
    }

    static String format(List<long[]> entries) {
        StringBuilder sb = new StringBuilder();
        for (long[] e : entries) sb.append(String.format("[%#x, %#x) %d%n", e[0], e[0] + e[1], e[2]));
        return sb.toString();
    }

    /** Builds a map; returns the entries (or null if build returned -1, the reason in problem). */
    static List<long[]> build(long[][] firmware, long[][] claims, long[] problem) {
        long fw = write(firmware, firmware.length), cl = write(claims, claims.length);
        int capacity = MemoryMapBuilder.maxEntries(firmware.length, claims.length);
        long out = take((long) capacity * MemoryMapEntry.SIZE);
        long scratch = take(MemoryMapBuilder.scratchBytes(firmware.length, claims.length));
        int n = MemoryMapBuilder.build(fw, firmware.length, cl, claims.length, out, capacity, scratch, problem);
        return n < 0 ? null : read(out, n);
    }
}
