package jos.acpi;

import jos.hw.Memory;

/**
 * The root table that lists all others: the RSDT (ACPI 1.0, 32-bit physical addresses) or the XSDT
 * (64-bit addresses, unaligned), both a {@link SdtHeader} followed by the entries. The address is
 * virtual; the entries are physical addresses.
 */
public final class SystemDescriptionTable {
    private SystemDescriptionTable() {
    }

    /** The entries follow the header. */
    public static final int ENTRIES = SdtHeader.SIZE;

    /**
     * Checks an RSDT or XSDT (whichever its signature says; expected may be {@link Signatures#RSDT},
     * {@link Signatures#XSDT} or 0 for either): the header check and a body made of whole entries.
     */
    public static boolean check(long table, int expected, long maxLength, long[] problem) {
        int signature = SdtHeader.signature(table);
        if (signature != Signatures.RSDT && signature != Signatures.XSDT) {
            return Problem.report(problem, Problem.ROOT_NOT_RSDT_OR_XSDT, expected, signature & 0xFFFFFFFFL);
        }
        if (!SdtHeader.check(table, expected, SdtHeader.SIZE, maxLength, problem)) return false;
        long body = SdtHeader.length(table) - ENTRIES;
        if ((body & entrySize(table) - 1) != 0) return Problem.report(problem, Problem.ROOT_PARTIAL_ENTRY, signature, body);
        return true;
    }

    /** 8 for an XSDT, 4 for an RSDT. */
    public static int entrySize(long table) {
        return SdtHeader.signature(table) == Signatures.XSDT ? 8 : 4;
    }

    /** The number of entries of a checked table. */
    public static int entryCount(long table) {
        return (int) ((SdtHeader.length(table) - ENTRIES) >>> (entrySize(table) == 8 ? 3 : 2));
    }

    /** The physical address in entry index, or 0 with a problem if index is out of range. */
    public static long entry(long table, int index, long[] problem) {
        if (index < 0 || index >= entryCount(table)) {
            Problem.report(problem, Problem.ROOT_INDEX_OUT_OF_RANGE, SdtHeader.signature(table), index);
            return 0;
        }
        long at = table + ENTRIES + (long) index * entrySize(table);
        return entrySize(table) == 8 ? Memory.read64(at) : Memory.read32(at) & 0xFFFFFFFFL;
    }
}
