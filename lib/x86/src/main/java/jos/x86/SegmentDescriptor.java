package jos.x86;

/**
 * The 8-byte segment descriptor (Intel SDM vol. 3, 3.4.5), and the 16-byte system descriptor long mode
 * makes of it for a TSS (7.2.3: the same low word, then bits 32..63 of the base). In long mode the base
 * and limit of code and data segments are ignored; what matters is the type, DPL, present and L bits.
 *
 * <pre>
 *  0..15 limit 0..15     16..39 base 0..23    40..43 type   44 S (1 = code/data, 0 = system)
 * 45..46 DPL             47 present           48..51 limit 16..19   52 available   53 L (64-bit code)
 *     54 D/B (32-bit)    55 G (limit in 4 KiB units)   56..63 base 24..31
 * </pre>
 */
public final class SegmentDescriptor {
    private SegmentDescriptor() {
    }

    private static final int LIMIT_LOW = 0, BASE_LOW = 16, TYPE = 40, CODE_OR_DATA = 44, DPL = 45, PRESENT = 47;
    private static final int LIMIT_HIGH = 48, LONG = 53, DEFAULT_SIZE = 54, GRANULARITY = 55, BASE_HIGH = 56;

    /** Code or data types (S = 1). */
    public static final int TYPE_DATA_READ_WRITE = 0x2, TYPE_CODE_EXECUTE_READ = 0xA;
    /** System types (S = 0) in long mode. */
    public static final int TYPE_TSS_AVAILABLE = 0x9, TYPE_TSS_BUSY = 0xB;

    /** The largest 20-bit limit: with granularity, all 4 GiB. */
    public static final long LIMIT_MAX = 0xFFFFF;

    /** A code or data descriptor. */
    public static long codeOrData(long base, long limit, int type, int dpl, boolean longMode, boolean size32, boolean granular) {
        return common(base, limit, type, dpl) | 1L << CODE_OR_DATA | flag(longMode, LONG) | flag(size32, DEFAULT_SIZE)
                | flag(granular, GRANULARITY);
    }

    /** Flat 64-bit code at the given privilege level. */
    public static long code64(int dpl) {
        return codeOrData(0, LIMIT_MAX, TYPE_CODE_EXECUTE_READ, dpl, true, false, true);
    }

    /** Flat writable data at the given privilege level. */
    public static long data(int dpl) {
        return codeOrData(0, LIMIT_MAX, TYPE_DATA_READ_WRITE, dpl, false, true, true);
    }

    /** The first 8 bytes of an available-TSS descriptor (byte-granular limit, DPL 0). */
    public static long tssLow(long base, long limit) {
        return common(base, limit, TYPE_TSS_AVAILABLE, 0);
    }

    /** The second 8 bytes of a system descriptor: base bits 32..63, the rest reserved zero. */
    public static long tssHigh(long base) {
        return base >>> 32;
    }

    private static long common(long base, long limit, int type, int dpl) {
        return (limit & 0xFFFF) << LIMIT_LOW | (base & 0xFFFFFF) << BASE_LOW | (long) (type & 0xF) << TYPE
                | (long) (dpl & 3) << DPL | 1L << PRESENT | (limit >>> 16 & 0xF) << LIMIT_HIGH | (base >>> 24 & 0xFF) << BASE_HIGH;
    }

    private static long flag(boolean set, int bit) {
        return set ? 1L << bit : 0;
    }

    /** Base bits 0..31 (a system descriptor's high word holds the rest). */
    public static long base(long descriptor) {
        return descriptor >>> BASE_LOW & 0xFFFFFF | (descriptor >>> BASE_HIGH & 0xFF) << 24;
    }

    public static long limit(long descriptor) {
        return descriptor >>> LIMIT_LOW & 0xFFFF | (descriptor >>> LIMIT_HIGH & 0xF) << 16;
    }

    public static int type(long descriptor) {
        return (int) (descriptor >>> TYPE) & 0xF;
    }

    public static int dpl(long descriptor) {
        return (int) (descriptor >>> DPL) & 3;
    }

    public static boolean present(long descriptor) {
        return (descriptor >>> PRESENT & 1) != 0;
    }

    public static boolean isCodeOrData(long descriptor) {
        return (descriptor >>> CODE_OR_DATA & 1) != 0;
    }

    public static boolean isLong(long descriptor) {
        return (descriptor >>> LONG & 1) != 0;
    }
}
