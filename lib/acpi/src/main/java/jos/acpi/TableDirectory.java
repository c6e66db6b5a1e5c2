package jos.acpi;

/**
 * All tables the firmware lists, reached from the RSDP through the XSDT (or the RSDT on ACPI 1.0
 * machines). {@link #open} checks the RSDP and the root table once and remembers them; {@link #read}
 * then gives each table's header in {@link TableInfo} with a per-table validity check, so a caller can
 * log every table and skip bad ones, and {@link #find} gives the first valid table with a signature.
 * Needs every table readable at physical + physicalToVirtualOffset (a direct map, or 0 for identity).
 */
public final class TableDirectory {
    private TableDirectory() {
    }

    /** Virtual address of the checked root table (0 until {@link #open} succeeds). */
    public static long root;
    /** Physical address of the root table; true if it is an XSDT. */
    public static long rootPhysical;
    public static boolean xsdt;
    /** Number of entries in the root table. */
    public static int count;
    /** Added to a physical address to read it. */
    public static long offset;
    /** Upper bound on every table's stated length. */
    public static long maxTableLength;

    /**
     * Checks the RSDP at rsdpPhysical and the root table it points to. False with a problem if either
     * is bad; on success {@link #count} tables can be {@link #read}.
     */
    public static boolean open(long rsdpPhysical, long physicalToVirtualOffset, long maxLength) {
        root = 0;
        count = 0;
        offset = physicalToVirtualOffset;
        maxTableLength = maxLength;
        long rsdp = rsdpPhysical + physicalToVirtualOffset;
        if (!Rsdp.check(rsdp, Rsdp.revision(rsdp) >= 2 ? Rsdp.V2_SIZE : Rsdp.V1_SIZE)) return false;
        xsdt = Rsdp.usesXsdt(rsdp);
        rootPhysical = Rsdp.rootAddress(rsdp);
        if (rootPhysical == 0) return Problem.report("RSDP: root table address is 0", 0, 0);
        long table = rootPhysical + offset;
        if (!SystemDescriptionTable.check(table, xsdt ? Signatures.XSDT : Signatures.RSDT, maxLength)) return false;
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
     * a problem (and {@link TableInfo#valid} false) if the entry is 0 or the table fails its check.
     */
    public static boolean read(int index) {
        TableInfo.clear();
        if (root == 0) return Problem.report("table directory is not open", 0, index);
        if (index < 0 || index >= count) return Problem.report("table directory: index out of range", 0, index);
        long physical = SystemDescriptionTable.entry(root, index);
        if (physical == 0) return Problem.report("root table: entry is 0; index", SdtHeader.signature(root), index);
        long table = physical + offset;
        TableInfo.address = physical;
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
     * Physical address of the first valid table with the signature, or 0 (with a problem: not found).
     * Invalid tables are skipped, so a good second copy still counts.
     */
    public static long find(int signature) {
        if (root == 0) {
            Problem.report("table directory is not open", signature, 0);
            return 0;
        }
        for (int i = 0; i < count; i++) {
            long physical = SystemDescriptionTable.entry(root, i);
            if (physical == 0 || SdtHeader.signature(physical + offset) != signature) continue;
            if (SdtHeader.check(physical + offset, signature, SdtHeader.SIZE, maxTableLength)) return physical;
        }
        Problem.report("ACPI table not found (or every copy is invalid)", signature, 0);
        return 0;
    }
}
