package jos.acpi;

import jos.x86.Unsigned;
import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * The Root System Description Pointer (ACPI 6.5, 5.2.5.3). Revision 0 (ACPI 1.0) is the first 20
 * bytes with one checksum and the RSDT address; revision 2 and later add a length, the XSDT address and
 * an extended checksum over the whole structure. {@link #check} validates either form.
 */
@Struct(size = 36, packed = true)
public final class Rsdp {
    private Rsdp() {
    }

    @Field(value = Type.U8, count = 8) public static final int SIGNATURE = 0;
    @Field(Type.U8) public static final int CHECKSUM = 8;
    @Field(value = Type.U8, count = 6) public static final int OEM_ID = 9;
    @Field(Type.U8) public static final int REVISION = 15;
    @Field(Type.U32) public static final int RSDT_ADDRESS = 16;
    @Field(Type.U32) public static final int LENGTH = 20;
    @Field(Type.U64) public static final int XSDT_ADDRESS = 24;
    @Field(Type.U8) public static final int EXTENDED_CHECKSUM = 32;
    @Field(value = Type.U8, count = 3) public static final int RESERVED = 33;

    public static final int V1_SIZE = 20, V2_SIZE = 36;
    /** "RSD PTR " as a little-endian 64-bit word. */
    public static final long SIGNATURE_VALUE = 0x2052545020445352L;
    /** The largest RSDP length accepted (the structure is 36 bytes; later revisions may grow it a little). */
    public static final long MAX_LENGTH = 4096;

    /**
     * Checks the RSDP at rsdp (virtual), of which available bytes are readable: signature, the 20-byte
     * checksum, and from revision 2 the length (36 up to available) and the extended checksum.
     */
    public static boolean check(long rsdp, long available, long[] problem) {
        if (Unsigned.less(available, V1_SIZE)) return Problem.report(problem, Problem.RSDP_TOO_SHORT, 0, available);
        if (Memory.read64(rsdp + SIGNATURE) != SIGNATURE_VALUE) {
            return Problem.report(problem, Problem.RSDP_BAD_SIGNATURE, 0, Memory.read64(rsdp + SIGNATURE));
        }
        if (Checksum.of(rsdp, V1_SIZE) != 0) return Problem.report(problem, Problem.RSDP_BAD_CHECKSUM, 0,
                Checksum.of(rsdp, V1_SIZE));
        if (revision(rsdp) < 2) return true;
        if (Unsigned.less(available, V2_SIZE)) return Problem.report(problem, Problem.RSDP_V2_TOO_SHORT, 0, available);
        long length = length(rsdp);
        if (length < V2_SIZE || length > MAX_LENGTH || Unsigned.less(available, length)) {
            return Problem.report(problem, Problem.RSDP_BAD_LENGTH, 0, length);
        }
        if (Checksum.of(rsdp, length) != 0) {
            return Problem.report(problem, Problem.RSDP_BAD_EXTENDED_CHECKSUM, 0, Checksum.of(rsdp, length));
        }
        return true;
    }

    /** 0 for ACPI 1.0; 2 for ACPI 2.0 and later. */
    public static int revision(long rsdp) {
        return Memory.read8(rsdp + REVISION) & 0xFF;
    }

    /** The length of a revision 2 RSDP (meaningless for revision 0). */
    public static long length(long rsdp) {
        return Memory.read32(rsdp + LENGTH) & 0xFFFFFFFFL;
    }

    /** The OEM id, six ASCII bytes packed little-endian ({@link Signatures#packedCharAt}). */
    public static long oemId(long rsdp) {
        return Memory.read32(rsdp + OEM_ID) & 0xFFFFFFFFL | (Memory.read16(rsdp + OEM_ID + 4) & 0xFFFFL) << 32;
    }

    /** The physical address of the RSDT (may be 0 on revision 2 machines that only have an XSDT). */
    public static long rsdtAddress(long rsdp) {
        return Memory.read32(rsdp + RSDT_ADDRESS) & 0xFFFFFFFFL;
    }

    /** The physical address of the XSDT, 0 before revision 2. */
    public static long xsdtAddress(long rsdp) {
        return revision(rsdp) >= 2 ? Memory.read64(rsdp + XSDT_ADDRESS) : 0;
    }

    /** True if the root table to use is the XSDT (revision 2 or later with a non-zero address), as ACPI requires. */
    public static boolean usesXsdt(long rsdp) {
        return xsdtAddress(rsdp) != 0;
    }

    /** The physical address of the root table: the XSDT if there is one, else the RSDT. */
    public static long rootAddress(long rsdp) {
        return usesXsdt(rsdp) ? xsdtAddress(rsdp) : rsdtAddress(rsdp);
    }
}
