package jos.acpi;

import jos.x86.Unsigned;
/**
 * All tables the firmware lists, reached from the RSDP through the XSDT (or the RSDT on ACPI 1.0
 * machines). {@link #open} checks the RSDP and the root table once and records them in the caller's directory
 * record; {@link #read} then gives each table's header in a {@link TableInfo} record with a per-table validity check, so a caller can
 * log every table and skip bad ones, and {@link #find} gives the first valid table with a signature.
 * Needs every table below a caller-given physical end readable at physical + physicalToVirtualOffset
 * (a direct map, or 0 for identity); tables at or beyond that end are refused, never read.
 */
public final class TableDirectory {
    private TableDirectory() {
    }

    /** A readable end meaning all of physical memory can be read. */
    public static final long NO_LIMIT = -1L;

    /**
     * The slots of a directory record, a {@code long[SIZE]} its caller owns (so two parses never share
     * state): the checked root table's virtual address (0 until {@link #open} succeeds), its physical
     * address (0 if the RSDP was bad), 1 if it is an XSDT, its entry count, the offset added to a physical
     * address to read it, the readable end (unsigned; {@link #NO_LIMIT} for none) and the bound on every
     * table's stated length.
     */
    public static final int ROOT = 0, ROOT_PHYSICAL = 1, XSDT = 2, COUNT = 3, OFFSET = 4, READABLE_END = 5,
            MAX_TABLE_LENGTH = 6, SIZE = 7;

    /** The number of tables the open directory lists (0 if not open). */
    public static int count(long[] directory) {
        return (int) directory[COUNT];
    }

    /** True if the open directory's root table is an XSDT. */
    public static boolean isXsdt(long[] directory) {
        return directory[XSDT] != 0;
    }

    /** The physical address of the root table the RSDP named (0 if the RSDP was bad). */
    public static long rootPhysical(long[] directory) {
        return directory[ROOT_PHYSICAL];
    }

    /**
     * Checks the RSDP at rsdpPhysical (as many bytes as its revision needs) and the root table it
     * points to, all of memory readable. False with a problem if either is bad; on success
     * {@link #count} tables can be {@link #read}.
     */
    public static boolean open(long[] directory, long rsdpPhysical, long physicalToVirtualOffset, long maxLength, long[] problem) {
        int revision = Rsdp.revision(rsdpPhysical + physicalToVirtualOffset);
        return open(directory, rsdpPhysical, revision >= 2 ? Rsdp.V2_SIZE : Rsdp.V1_SIZE, physicalToVirtualOffset, NO_LIMIT, maxLength, problem);
    }

    /**
     * As {@link #open(long, long, long, long[])} for a caller that has rsdpAvailable bytes of the RSDP (a copy
     * a boot loader was given) and can read physical memory only below readableEnd (an identity map of
     * the low 4 GiB): a root table or table beyond it is a problem, not a fault.
     */
    public static boolean open(long[] directory, long rsdpPhysical, long rsdpAvailable, long physicalToVirtualOffset,
            long readableEnd, long maxLength, long[] problem) {
        for (int i = 0; i < SIZE; i++) directory[i] = 0;
        directory[OFFSET] = physicalToVirtualOffset;
        directory[READABLE_END] = readableEnd;
        directory[MAX_TABLE_LENGTH] = maxLength;
        if (!fits(directory, rsdpPhysical, rsdpAvailable)) {
            return Problem.report(problem, Problem.RSDP_UNREADABLE, 0, rsdpPhysical);
        }
        long rsdp = rsdpPhysical + physicalToVirtualOffset;
        if (!Rsdp.check(rsdp, rsdpAvailable, problem)) return false;
        long rootAddress = Rsdp.rootAddress(rsdp);
        if (rootAddress == 0) return Problem.report(problem, Problem.RSDP_ROOT_ZERO, 0, 0);
        directory[ROOT_PHYSICAL] = rootAddress;
        boolean xsdt = Rsdp.usesXsdt(rsdp);
        directory[XSDT] = xsdt ? 1 : 0;
        int signature = xsdt ? Signatures.XSDT : Signatures.RSDT;
        if (!readable(directory, rootAddress, signature, problem)) return Problem.about(problem, rootAddress);
        long table = rootAddress + physicalToVirtualOffset;
        if (!SystemDescriptionTable.check(table, signature, maxLength, problem)) return Problem.about(problem, rootAddress);
        directory[ROOT] = table;
        directory[COUNT] = SystemDescriptionTable.entryCount(table);
        return true;
    }

    /** Physical address of table index (0 with a problem if out of range or not open). */
    public static long address(long[] directory, int index, long[] problem) {
        long root = directory[ROOT];
        if (root == 0) {
            Problem.report(problem, Problem.DIRECTORY_NOT_OPEN, 0, index);
            return 0;
        }
        return SystemDescriptionTable.entry(root, index, problem);
    }

    /**
     * Reads table index's header into the info record ({@link TableInfo}) and checks the table. True if
     * valid; false with a problem about the table (and the info not valid) if the entry is 0, the table is
     * not readable (then only its address is set) or it fails its check.
     */
    public static boolean read(long[] directory, int index, long[] info, long[] problem) {
        TableInfo.clear(info);
        long root = directory[ROOT];
        if (root == 0) return Problem.report(problem, Problem.DIRECTORY_NOT_OPEN, 0, index);
        if (index < 0 || index >= count(directory)) return Problem.report(problem, Problem.DIRECTORY_INDEX_OUT_OF_RANGE, 0, index);
        long physical = SystemDescriptionTable.entry(root, index, problem);
        if (physical == 0) return Problem.report(problem, Problem.ROOT_ENTRY_ZERO, SdtHeader.signature(root), index);
        info[TableInfo.ADDRESS] = physical;
        if (!readable(directory, physical, 0, problem)) return Problem.about(problem, physical);
        long table = physical + directory[OFFSET];
        info[TableInfo.SIGNATURE] = SdtHeader.signature(table);
        info[TableInfo.LENGTH] = SdtHeader.length(table);
        info[TableInfo.REVISION] = SdtHeader.revision(table);
        info[TableInfo.OEM_ID] = SdtHeader.oemId(table);
        info[TableInfo.OEM_TABLE_ID] = SdtHeader.oemTableId(table);
        info[TableInfo.OEM_REVISION] = SdtHeader.oemRevision(table);
        boolean valid = SdtHeader.check(table, 0, SdtHeader.SIZE, directory[MAX_TABLE_LENGTH], problem);
        info[TableInfo.VALID] = valid ? 1 : 0;
        return valid || Problem.about(problem, physical);
    }

    /**
     * Physical address of the first valid table with the signature, the info record describing it.
     * Invalid copies are skipped, so a good second copy still counts. 0 if there is none: if a copy was
     * found but invalid, the problem and the info are the last such copy's (so the caller can say which
     * table and what is wrong); else the problem is "not found".
     */
    public static long find(long[] directory, int signature, long[] info, long[] problem) {
        TableInfo.clear(info);
        long root = directory[ROOT];
        if (root == 0) {
            Problem.report(problem, Problem.DIRECTORY_NOT_OPEN, signature, 0);
            return 0;
        }
        boolean invalid = false;
        long unreadable = 0;
        for (int i = 0; i < count(directory); i++) {
            long physical = SystemDescriptionTable.entry(root, i, problem);
            if (physical == 0) continue;
            if (!fits(directory, physical, SdtHeader.SIZE)) {
                if (unreadable == 0) unreadable = physical;
                continue;
            }
            if (SdtHeader.signature(physical + directory[OFFSET]) != signature) continue;
            if (read(directory, i, info, problem)) return physical;
            invalid = true;
        }
        if (invalid) return 0;
        TableInfo.clear(info);
        if (unreadable != 0) {
            // It may be the one wanted: say so rather than just "not found".
            Problem.report(problem, Problem.TABLE_NOT_FOUND_BELOW_READABLE_END, signature, unreadable);
        } else {
            Problem.report(problem, Problem.TABLE_NOT_FOUND, signature, 0);
        }
        return 0;
    }

    /** True if length bytes from physical lie below the directory's readable end. */
    private static boolean fits(long[] directory, long physical, long length) {
        long readableEnd = directory[READABLE_END];
        return Unsigned.lessOrEqual(length, readableEnd) && Unsigned.lessOrEqual(physical, readableEnd - length);
    }

    /**
     * True if the table's header and the bytes its check will read (its stated length, up to
     * the directory's maximum table length) lie below its readable end; else false with a problem.
     */
    private static boolean readable(long[] directory, long physical, int expected, long[] problem) {
        if (!fits(directory, physical, SdtHeader.SIZE)) {
            return Problem.report(problem, Problem.TABLE_UNREADABLE, expected, physical);
        }
        long table = physical + directory[OFFSET];
        long length = SdtHeader.length(table);
        long maxTableLength = directory[MAX_TABLE_LENGTH];
        if (!fits(directory, physical, Unsigned.less(maxTableLength, length) ? maxTableLength : length)) {
            return Problem.report(problem, Problem.TABLE_RUNS_PAST_READABLE, SdtHeader.signature(table), physical);
        }
        return true;
    }
}
