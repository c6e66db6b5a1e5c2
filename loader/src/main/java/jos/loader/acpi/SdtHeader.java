package jos.loader.acpi;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Struct;

/** The header of every ACPI system description table (ACPI 6.5, 5.2.6). */
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

    /** Signatures as little-endian 32-bit words. */
    public static final int RSDT = 0x54445352, XSDT = 0x54445358, APIC = 0x43495041;
}
