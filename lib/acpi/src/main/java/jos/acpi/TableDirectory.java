package jos.acpi;

import jos.x86.Unsigned;
/**
 * All tables the firmware lists, reached from the RSDP through the XSDT (or the RSDT on ACPI 1.0
 * machines). {@link #open} checks the RSDP and the root table once and remembers them; {@link #read}
 * then gives each table's header in {@link TableInfo} with a per-table validity check, so a caller can
 * log every table and skip bad ones, and {@link #find} gives the first valid table with a signature.
 * Needs every table below a caller-given physical end readable at physical + physicalToVirtualOffset
 * (a direct map, or 0 for identity); tables at or beyond that end are refused, never read.
 */
public final class TableDirectory {
    private TableDirectory() {
    }

    /** A readable end meaning all of physical memory can be read. */
    public static final long NO_LIMIT = -1L;

    /** Virtual address of the checked root table (0 until {@link #open} succeeds). */
    public static long root;
    /** Physical address of the root table (0 if the RSDP was bad); true if it is an XSDT. */
    public static long rootPhysical;
    public static boolean xsdt;
    /** Number of entries in the root table. */
    public static int count;
    /** Added to a physical address to read it. */
    public static long offset;
    /** Physical addresses from here on cannot be read (unsigned; {@link #NO_LIMIT} for none). */
    public static long readableEnd;
    /** Upper bound on every table's stated length. */
    public static long maxTableLength;

    /**
     * Checks the RSDP at rsdpPhysical (as many bytes as its revision needs) and the root table it
     * points to, all of memory readable. False with a problem if either is bad; on success
     * {@link #count} tables can be {@link #read}.
     */
    public static boolean open(long rsdpPhysical, long physicalToVirtualOffset, long maxLength, long[] problem) {
        int revision = Rsdp.revision(rsdpPhysical + physicalToVirtualOffset);
        return open(rsdpPhysical, revision >= 2 ? Rsdp.V2_SIZE : Rsdp.V1_SIZE, physicalToVirtualOffset, NO_LIMIT, maxLength, problem);
    }

    /**
     * As {@link #open(long, long, long, long[])} for a caller that has rsdpAvailable bytes of the RSDP (a copy
     * a boot loader was given) and can read physical memory only below readableEnd (an identity map of
     * the low 4 GiB): a root table or table beyond it is a problem, not a fault.
     */
    public static boolean open(long rsdpPhysical, long rsdpAvailable, long physicalToVirtualOffset, long readableEnd,
            long maxLength, long[] problem) {
        root = 0;
        rootPhysical = 0;
        xsdt = false;
        count = 0;
        offset = physicalToVirtualOffset;
        TableDirectory.readableEnd = readableEnd;
        maxTableLength = maxLength;
        if (!fits(rsdpPhysical, rsdpAvailable)) {
            return Problem.report(problem, Problem.RSDP_UNREADABLE, 0, rsdpPhysical);
        }
        long rsdp = rsdpPhysical + physicalToVirtualOffset;
        if (!Rsdp.check(rsdp, rsdpAvailable, problem)) return false;
        long rootAddress = Rsdp.rootAddress(rsdp);
        if (rootAddress == 0) return Problem.report(problem, Problem.RSDP_ROOT_ZERO, 0, 0);
        rootPhysical = rootAddress;
        xsdt = Rsdp.usesXsdt(rsdp);
        int signature = xsdt ? Signatures.XSDT : Signatures.RSDT;
        if (!readable(rootAddress, signature, problem)) return false;
        long table = rootAddress + offset;
        if (!SystemDescriptionTable.check(table, signature, maxLength, problem)) return false;
        root = table;
        count = SystemDescriptionTable.entryCount(table);
        return true;
    }

    /** Physical address of table index (0 with a problem if out of range or not open). */
    public static long address(int index, long[] problem) {
        if (root == 0) {
            Problem.report(problem, Problem.DIRECTORY_NOT_OPEN, 0, index);
            return 0;
        }
        return SystemDescriptionTable.entry(root, index, problem);
    }

    /**
     * Reads table index's header into {@link TableInfo} and checks the table. True if valid; false with
     * a problem (and {@link TableInfo#valid} false) if the entry is 0, the table is not readable (then
     * only {@link TableInfo#address} is set) or it fails its check.
     */
    public static boolean read(int index, long[] problem) {
        TableInfo.clear();
        if (root == 0) return Problem.report(problem, Problem.DIRECTORY_NOT_OPEN, 0, index);
        if (index < 0 || index >= count) return Problem.report(problem, Problem.DIRECTORY_INDEX_OUT_OF_RANGE, 0, index);
        long physical = SystemDescriptionTable.entry(root, index, problem);
        if (physical == 0) return Problem.report(problem, Problem.ROOT_ENTRY_ZERO, SdtHeader.signature(root), index);
        TableInfo.address = physical;
        if (!readable(physical, 0, problem)) return false;
        long table = physical + offset;
        TableInfo.signature = SdtHeader.signature(table);
        TableInfo.length = SdtHeader.length(table);
        TableInfo.revision = SdtHeader.revision(table);
        TableInfo.oemId = SdtHeader.oemId(table);
        TableInfo.oemTableId = SdtHeader.oemTableId(table);
        TableInfo.oemRevision = SdtHeader.oemRevision(table);
        TableInfo.valid = SdtHeader.check(table, 0, SdtHeader.SIZE, maxTableLength, problem);
        return TableInfo.valid;
    }

    /**
     * Physical address of the first valid table with the signature, {@link TableInfo} describing it.
     * Invalid copies are skipped, so a good second copy still counts. 0 if there is none: if a copy was
     * found but invalid, the problem and {@link TableInfo} are the last such copy's (so the caller can
     * say which table and what is wrong); else the problem is "not found".
     */
    public static long find(int signature, long[] problem) {
        TableInfo.clear();
        if (root == 0) {
            Problem.report(problem, Problem.DIRECTORY_NOT_OPEN, signature, 0);
            return 0;
        }
        boolean invalid = false;
        long unreadable = 0;
        for (int i = 0; i < count; i++) {
            long physical = SystemDescriptionTable.entry(root, i, problem);
            if (physical == 0) continue;
            if (!fits(physical, SdtHeader.SIZE)) {
                if (unreadable == 0) unreadable = physical;
                continue;
            }
            if (SdtHeader.signature(physical + offset) != signature) continue;
            if (read(i, problem)) return physical;
            invalid = true;
        }
        if (invalid) return 0;
        TableInfo.clear();
        if (unreadable != 0) {
            // It may be the one wanted: say so rather than just "not found".
            Problem.report(problem, Problem.TABLE_NOT_FOUND_BELOW_READABLE_END, signature, unreadable);
        } else {
            Problem.report(problem, Problem.TABLE_NOT_FOUND, signature, 0);
        }
        return 0;
    }

    /** True if length bytes from physical lie below {@link #readableEnd}. */
    private static boolean fits(long physical, long length) {
        return Unsigned.lessOrEqual(length, readableEnd) && Unsigned.lessOrEqual(physical, readableEnd - length);
    }

    /**
     * True if the table's header and the bytes its check will read (its stated length, up to
     * {@link #maxTableLength}) lie below {@link #readableEnd}; else false with a problem.
     */
    private static boolean readable(long physical, int expected, long[] problem) {
        if (!fits(physical, SdtHeader.SIZE)) {
            return Problem.report(problem, Problem.TABLE_UNREADABLE, expected, physical);
        }
        long table = physical + offset;
        long length = SdtHeader.length(table);
        if (!fits(physical, Unsigned.less(maxTableLength, length) ? maxTableLength : length)) {
            return Problem.report(problem, Problem.TABLE_RUNS_PAST_READABLE, SdtHeader.signature(table), physical);
        }
        return true;
    }
}
