package jos.loader.acpi;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Struct;

/** The Root System Description Pointer (ACPI 6.5, 5.2.5.3); revision 0 has only the first 20 bytes. */
@Struct(size = 36, packed = true)
public final class RsdpLayout {
    private RsdpLayout() {
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
}
