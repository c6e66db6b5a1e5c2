package jos.acpi;

/**
 * The header of one table, as {@link TableDirectory#read} left it: where the table is and what its
 * header says. Filled even when the table fails its check (as far as the header could be read), so a
 * bad table can be logged too; {@link #valid} tells which.
 */
public final class TableInfo {
    private TableInfo() {
    }

    /** Physical address of the table. */
    public static long address;
    /** Signature as four ASCII bytes ({@link Signatures}). */
    public static int signature;
    /** Stated length in bytes. */
    public static long length;
    public static int revision;
    /** OEM id and OEM table id, ASCII packed little-endian ({@link Signatures#packedCharAt}). */
    public static long oemId, oemTableId;
    public static int oemRevision;
    /** True if the table passed its header check (length, limit, checksum). */
    public static boolean valid;

    static void clear() {
        address = 0;
        signature = 0;
        length = 0;
        revision = 0;
        oemId = 0;
        oemTableId = 0;
        oemRevision = 0;
        valid = false;
    }
}
