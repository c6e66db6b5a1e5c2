package jos.acpi;

/**
 * The header of one table, as {@link TableDirectory#read} leaves it in a record its caller owns (a
 * {@code long[SIZE]}): where the table is and what its header says. Filled even when the table fails its
 * check (as far as the header could be read), so a bad table can be logged too; {@link #valid} tells which.
 */
public final class TableInfo {
    private TableInfo() {
    }

    /**
     * The record's slots: physical address, signature (four ASCII bytes, {@link Signatures}), stated
     * length, revision, OEM id and OEM table id (ASCII packed little-endian, {@link Signatures#packedCharAt}),
     * OEM revision, and 1 if the table passed its header check (length, limit, checksum).
     */
    public static final int ADDRESS = 0, SIGNATURE = 1, LENGTH = 2, REVISION = 3, OEM_ID = 4, OEM_TABLE_ID = 5,
            OEM_REVISION = 6, VALID = 7, SIZE = 8;

    public static long address(long[] info) {
        return info[ADDRESS];
    }

    public static int signature(long[] info) {
        return (int) info[SIGNATURE];
    }

    public static long length(long[] info) {
        return info[LENGTH];
    }

    public static int revision(long[] info) {
        return (int) info[REVISION];
    }

    public static long oemId(long[] info) {
        return info[OEM_ID];
    }

    public static long oemTableId(long[] info) {
        return info[OEM_TABLE_ID];
    }

    public static int oemRevision(long[] info) {
        return (int) info[OEM_REVISION];
    }

    public static boolean valid(long[] info) {
        return info[VALID] != 0;
    }

    static void clear(long[] info) {
        for (int i = 0; i < SIZE; i++) info[i] = 0;
    }
}
