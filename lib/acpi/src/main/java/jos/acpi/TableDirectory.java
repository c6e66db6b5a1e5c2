package jos.acpi;

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
    public static boolean open(long rsdpPhysical, long physicalToVirtualOffset, long maxLength) {
        int revision = Rsdp.revision(rsdpPhysical + physicalToVirtualOffset);
        return open(rsdpPhysical, revision >= 2 ? Rsdp.V2_SIZE : Rsdp.V1_SIZE, physicalToVirtualOffset, NO_LIMIT, maxLength);
    }

    /**
     * As {@link #open(long, long, long)} for a caller that has rsdpAvailable bytes of the RSDP (a copy
     * a boot loader was given) and can read physical memory only below readableEnd (an identity map of
     * the low 4 GiB): a root table or table beyond it is a problem, not a fault.
     */
    public static boolean open(long rsdpPhysical, long rsdpAvailable, long physicalToVirtualOffset, long readableEnd, long maxLength) {
        root = 0;
        rootPhysical = 0;
        xsdt = false;
        count = 0;
        offset = physicalToVirtualOffset;
        TableDirectory.readableEnd = readableEnd;
        maxTableLength = maxLength;
        if (!fits(rsdpPhysical, rsdpAvailable)) {
            return Problem.report("RSDP: lies beyond the memory the caller can read; address", 0, rsdpPhysical);
        }
        long rsdp = rsdpPhysical + physicalToVirtualOffset;
        if (!Rsdp.check(rsdp, rsdpAvailable)) return false;
        long rootAddress = Rsdp.rootAddress(rsdp);
        if (rootAddress == 0) return Problem.report("RSDP: root table address is 0", 0, 0);
        rootPhysical = rootAddress;
        xsdt = Rsdp.usesXsdt(rsdp);
        int signature = xsdt ? Signatures.XSDT : Signatures.RSDT;
        if (!readable(rootAddress, signature)) return false;
        long table = rootAddress + offset;
        if (!SystemDescriptionTable.check(table, signature, maxLength)) return false;
        root = table;
        count = SystemDescriptionTable.entryCount(table);
        return true;
    }

    /** Physical address of table index (0 with a problem if out of range or not open). */
    public static long address(int index) {
        if (root == 0) {
            Problem.report("table directory is not open", 0, index);
            return 0;
        }
        return SystemDescriptionTable.entry(root, index);
    }

    /**
     * Reads table index's header into {@link TableInfo} and checks the table. True if valid; false with
     * a problem (and {@link TableInfo#valid} false) if the entry is 0, the table is not readable (then
     * only {@link TableInfo#address} is set) or it fails its check.
     */
    public static boolean read(int index) {
        TableInfo.clear();
        if (root == 0) return Problem.report("table directory is not open", 0, index);
        if (index < 0 || index >= count) return Problem.report("table directory: index out of range", 0, index);
        long physical = SystemDescriptionTable.entry(root, index);
        if (physical == 0) return Problem.report("root table: entry is 0; index", SdtHeader.signature(root), index);
        TableInfo.address = physical;
        if (!readable(physical, 0)) return false;
        long table = physical + offset;
        TableInfo.signature = SdtHeader.signature(table);
        TableInfo.length = SdtHeader.length(table);
        TableInfo.revision = SdtHeader.revision(table);
        TableInfo.oemId = SdtHeader.oemId(table);
        TableInfo.oemTableId = SdtHeader.oemTableId(table);
        TableInfo.oemRevision = SdtHeader.oemRevision(table);
        TableInfo.valid = SdtHeader.check(table, 0, SdtHeader.SIZE, maxTableLength);
        return TableInfo.valid;
    }

    /**
     * Physical address of the first valid table with the signature, {@link TableInfo} describing it.
     * Invalid copies are skipped, so a good second copy still counts. 0 if there is none: if a copy was
     * found but invalid, the problem and {@link TableInfo} are the last such copy's (so the caller can
     * say which table and what is wrong); else the problem is "not found".
     */
    public static long find(int signature) {
        TableInfo.clear();
        if (root == 0) {
            Problem.report("table directory is not open", signature, 0);
            return 0;
        }
        boolean invalid = false;
        long unreadable = 0;
        for (int i = 0; i < count; i++) {
            long physical = SystemDescriptionTable.entry(root, i);
            if (physical == 0) continue;
            if (!fits(physical, SdtHeader.SIZE)) {
                if (unreadable == 0) unreadable = physical;
                continue;
            }
            if (SdtHeader.signature(physical + offset) != signature) continue;
            if (read(i)) return physical;
            invalid = true;
        }
        if (invalid) return 0;
        TableInfo.clear();
        if (unreadable != 0) {
            // It may be the one wanted: say so rather than just "not found".
            Problem.report("ACPI table not found below the readable end; a table beyond it is at", signature, unreadable);
        } else {
            Problem.report("ACPI table not found", signature, 0);
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
    private static boolean readable(long physical, int expected) {
        if (!fits(physical, SdtHeader.SIZE)) {
            return Problem.report("ACPI table: lies beyond the memory the caller can read; address", expected, physical);
        }
        long table = physical + offset;
        long length = SdtHeader.length(table);
        if (!fits(physical, Unsigned.less(maxTableLength, length) ? maxTableLength : length)) {
            return Problem.report("ACPI table: runs beyond the memory the caller can read; address", SdtHeader.signature(table), physical);
        }
        return true;
    }
}
