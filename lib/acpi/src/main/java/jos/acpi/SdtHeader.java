package jos.acpi;

import jos.x86.Unsigned;
import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * The 36-byte header of every ACPI system description table (ACPI 6.5, 5.2.6), its accessors and the
 * check every table passes before it is parsed: signature, length at least the table's minimum and at
 * most the caller's limit, and the checksum over the whole stated length. Addresses are virtual.
 */
@Struct(size = 36, packed = true)
public final class SdtHeader {
    private SdtHeader() {
    }

    @Field(value = Type.U8, count = 4) public static final int SIGNATURE = 0;
    @Field(Type.U32) public static final int LENGTH = 4;
    @Field(Type.U8) public static final int REVISION = 8;
    @Field(Type.U8) public static final int CHECKSUM = 9;
    @Field(value = Type.U8, count = 6) public static final int OEM_ID = 10;
    @Field(value = Type.U8, count = 8) public static final int OEM_TABLE_ID = 16;
    @Field(Type.U32) public static final int OEM_REVISION = 24;
    @Field(Type.U32) public static final int CREATOR_ID = 28;
    @Field(Type.U32) public static final int CREATOR_REVISION = 32;
    public static final int SIZE = 36;

    /** A limit callers may pass when they have no better one: 16 MiB, far above any real table but the DSDT. */
    public static final long DEFAULT_MAX_LENGTH = 16L << 20;

    /**
     * Checks the table at table (virtual, whole stated length readable): signature (skipped if expected
     * is 0), minLength (at least {@link #SIZE}) <= length <= maxLength, checksum. False with a problem.
     */
    public static boolean check(long table, int expected, long minLength, long maxLength, long[] problem) {
        int signature = signature(table);
        if (expected != 0 && signature != expected) return Problem.report(problem, Problem.TABLE_WRONG_SIGNATURE,
                expected, signature & 0xFFFFFFFFL);
        long length = length(table);
        if (Unsigned.less(length, SIZE)) return Problem.report(problem, Problem.TABLE_SHORTER_THAN_HEADER, signature, length);
        if (Unsigned.less(length, minLength)) return Problem.report(problem, Problem.TABLE_SHORTER_THAN_FIXED_PART, signature, length);
        if (Unsigned.less(maxLength, length)) return Problem.report(problem, Problem.TABLE_BEYOND_LIMIT, signature, length);
        int sum = Checksum.of(table, length);
        if (sum != 0) return Problem.report(problem, Problem.TABLE_BAD_CHECKSUM, signature, sum);
        return true;
    }

    public static int signature(long table) {
        return Memory.read32(table + SIGNATURE);
    }

    /** The stated length of the whole table, header included (unsigned). */
    public static long length(long table) {
        return Memory.read32(table + LENGTH) & 0xFFFFFFFFL;
    }

    public static int revision(long table) {
        return Memory.read8(table + REVISION) & 0xFF;
    }

    /** The OEM id, six ASCII bytes packed little-endian ({@link Signatures#packedCharAt}). */
    public static long oemId(long table) {
        return Memory.read32(table + OEM_ID) & 0xFFFFFFFFL | (Memory.read16(table + OEM_ID + 4) & 0xFFFFL) << 32;
    }

    /** The OEM table id, eight ASCII bytes packed little-endian. */
    public static long oemTableId(long table) {
        return Memory.read64(table + OEM_TABLE_ID);
    }

    public static int oemRevision(long table) {
        return Memory.read32(table + OEM_REVISION);
    }

    public static int creatorId(long table) {
        return Memory.read32(table + CREATOR_ID);
    }

    public static int creatorRevision(long table) {
        return Memory.read32(table + CREATOR_REVISION);
    }
}
