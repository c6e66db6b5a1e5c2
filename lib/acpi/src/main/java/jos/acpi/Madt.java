package jos.acpi;

import jos.x86.Unsigned;
import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * The Multiple APIC Description Table ("APIC", ACPI 6.5, 5.2.12): the local APIC address and flags,
 * then a list of variable-length interrupt controller entries ({@link MadtEntry}). {@link #check}
 * validates the header and walks every entry once (each entry's length at least 2 and at least its
 * type's minimum, none running past the table), so iterating a checked table with {@link #first} and
 * {@link #next} cannot fail; they still re-check each step and stop (0, with a problem) on a bad entry.
 */
@Struct(size = 44, packed = true)
public final class Madt {
    private Madt() {
    }

    @Field(value = Type.U8, count = 36) public static final int HEADER = 0;
    @Field(Type.U32) public static final int LOCAL_APIC_ADDRESS = 36;
    @Field(Type.U32) public static final int FLAGS = 40;
    /** The entries follow the fixed part. */
    public static final int ENTRIES = 44;

    /** Flags bit 0: the machine also has dual 8259 PICs (they must be masked before using the I/O APIC). */
    public static final int PCAT_COMPAT = 1;
    /** The first MADT revision (ACPI 6.3) that defines the online-capable processor flag. */
    public static final int ONLINE_CAPABLE_REVISION = 5;

    /** Checks the table (header, length at least 44 and at most maxLength, checksum) and every entry. */
    public static boolean check(long madt, long maxLength, long[] problem) {
        if (!SdtHeader.check(madt, Signatures.APIC, ENTRIES, maxLength, problem)) return false;
        for (long e = entryAt(madt, madt + ENTRIES, problem); e != 0; e = entryAt(madt, e + MadtEntry.length(e), problem)) {
            if (e == -1) return false;
        }
        return true;
    }

    /** The 32-bit local APIC address of the fixed part (see {@link #localApicAddress} for the override). */
    public static long localApicAddress32(long madt) {
        return Memory.read32(madt + LOCAL_APIC_ADDRESS) & 0xFFFFFFFFL;
    }

    /** The local APIC's physical address: a type 5 override's 64-bit address if present, else the 32-bit field. */
    public static long localApicAddress(long madt, long[] problem) {
        for (long e = first(madt, problem); e != 0; e = next(madt, e, problem)) {
            if (MadtEntry.type(e) == MadtEntry.LOCAL_APIC_ADDRESS_OVERRIDE) return MadtEntry.LocalApicAddressOverride.address(e);
        }
        return localApicAddress32(madt);
    }

    public static int flags(long madt) {
        return Memory.read32(madt + FLAGS);
    }

    public static boolean pcatCompat(long madt) {
        return (flags(madt) & PCAT_COMPAT) != 0;
    }

    /** The first entry's (virtual) address, or 0 if there is none or it is malformed (then with a problem). */
    public static long first(long madt, long[] problem) {
        long e = entryAt(madt, madt + ENTRIES, problem);
        return e == -1 ? 0 : e;
    }

    /** The entry after entry, or 0 at the end of the table or at a malformed entry (then with a problem). */
    public static long next(long madt, long entry, long[] problem) {
        long e = entryAt(madt, entry + MadtEntry.length(entry), problem);
        return e == -1 ? 0 : e;
    }

    /**
     * The number of processors the MADT offers: local APIC and x2APIC entries that are enabled or
     * online-capable ({@link MadtEntry.LocalApic#usable}).
     */
    public static int processorCount(long madt, long[] problem) {
        int n = 0;
        for (long e = first(madt, problem); e != 0; e = next(madt, e, problem)) {
            int type = MadtEntry.type(e);
            if (type == MadtEntry.LOCAL_APIC && MadtEntry.LocalApic.usable(madt, e)) n++;
            if (type == MadtEntry.LOCAL_X2APIC && MadtEntry.LocalX2Apic.usable(madt, e)) n++;
        }
        return n;
    }

    /** The entry at e if it is whole; 0 at the exact end of the table; -1 with a problem if malformed. */
    private static long entryAt(long madt, long e, long[] problem) {
        long end = madt + SdtHeader.length(madt);
        if (e == end) return 0;
        long offset = e - madt;
        if (Unsigned.less(end - e, MadtEntry.SIZE)) {
            Problem.report(problem, Problem.MADT_ENTRY_HEADER_PAST_END, Signatures.APIC, offset);
            return -1;
        }
        int type = MadtEntry.type(e);
        int length = MadtEntry.length(e);
        if (length < MadtEntry.SIZE) {
            Problem.report(problem, Problem.MADT_ENTRY_LENGTH_BELOW_2, Signatures.APIC, offset);
            return -1;
        }
        if (Unsigned.less(end - e, length)) {
            Problem.report(problem, Problem.MADT_ENTRY_PAST_END, Signatures.APIC, offset);
            return -1;
        }
        if (length < MadtEntry.minimumLength(type)) {
            Problem.report(problem, Problem.MADT_ENTRY_TOO_SHORT, Signatures.APIC, offset);
            return -1;
        }
        return e;
    }
}
