package jos.acpi;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * The Generic Address Structure (ACPI 6.5, 5.2.3.2): where a register lives (address space and
 * address), its width in bits, and how wide each access must be. Embedded in HPET, SPCR and FADT;
 * accessors take the GAS's own (virtual) address.
 */
@Struct(size = 12, packed = true)
public final class GenericAddress {
    private GenericAddress() {
    }

    @Field(Type.U8) public static final int SPACE_ID = 0;
    @Field(Type.U8) public static final int BIT_WIDTH = 1;
    @Field(Type.U8) public static final int BIT_OFFSET = 2;
    @Field(Type.U8) public static final int ACCESS_SIZE = 3;
    @Field(Type.U64) public static final int ADDRESS = 4;
    public static final int SIZE = 12;

    /** Address spaces. */
    public static final int SYSTEM_MEMORY = 0, SYSTEM_IO = 1, PCI_CONFIGURATION = 2;
    /** Access sizes. */
    public static final int ACCESS_UNDEFINED = 0, ACCESS_BYTE = 1, ACCESS_WORD = 2, ACCESS_DWORD = 3, ACCESS_QWORD = 4;

    public static int spaceId(long gas) {
        return Memory.read8(gas + SPACE_ID) & 0xFF;
    }

    public static int bitWidth(long gas) {
        return Memory.read8(gas + BIT_WIDTH) & 0xFF;
    }

    public static int bitOffset(long gas) {
        return Memory.read8(gas + BIT_OFFSET) & 0xFF;
    }

    /** The raw access size code (0 undefined, 1 byte .. 4 qword). */
    public static int accessSize(long gas) {
        return Memory.read8(gas + ACCESS_SIZE) & 0xFF;
    }

    /** The access width in bytes (1, 2, 4, 8), or 0 if undefined or not a defined code. */
    public static int accessBytes(long gas) {
        int size = accessSize(gas);
        return size >= ACCESS_BYTE && size <= ACCESS_QWORD ? 1 << (size - 1) : 0;
    }

    public static long address(long gas) {
        return Memory.read64(gas + ADDRESS);
    }
}
