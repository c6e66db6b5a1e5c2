package jos.loader.acpi;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Struct;

/** The Multiple APIC Description Table ("APIC", ACPI 6.5, 5.2.12) and the entries the loader reads. */
@Struct(size = 44, packed = true)
public final class MadtLayout {
    private MadtLayout() {
    }

    @Field(value = Type.U8, count = 36) public static final int HEADER = 0;
    @Field(Type.U32) public static final int LOCAL_APIC_ADDRESS = 36;
    @Field(Type.U32) public static final int FLAGS = 40;
    public static final int ENTRIES = 44;

    /** The two bytes every interrupt controller structure starts with. */
    @Struct(size = 2, packed = true)
    public static final class EntryHeader {
        private EntryHeader() {
        }

        @Field(Type.U8) public static final int TYPE = 0;
        @Field(Type.U8) public static final int LENGTH = 1;
    }

    /** Type 0: Processor Local APIC. */
    @Struct(size = 8, packed = true)
    public static final class LocalApic {
        private LocalApic() {
        }

        @Field(Type.U8) public static final int TYPE = 0;
        @Field(Type.U8) public static final int LENGTH = 1;
        @Field(Type.U8) public static final int ACPI_PROCESSOR_UID = 2;
        @Field(Type.U8) public static final int APIC_ID = 3;
        @Field(Type.U32) public static final int FLAGS = 4;
        public static final int TYPE_VALUE = 0, SIZE = 8;
    }

    /** Type 1: I/O APIC. */
    @Struct(size = 12, packed = true)
    public static final class IoApic {
        private IoApic() {
        }

        @Field(Type.U8) public static final int TYPE = 0;
        @Field(Type.U8) public static final int LENGTH = 1;
        @Field(Type.U8) public static final int IO_APIC_ID = 2;
        @Field(Type.U8) public static final int RESERVED = 3;
        @Field(Type.U32) public static final int IO_APIC_ADDRESS = 4;
        @Field(Type.U32) public static final int GLOBAL_SYSTEM_INTERRUPT_BASE = 8;
        public static final int TYPE_VALUE = 1, SIZE = 12;
    }

    /** Type 9: Processor Local x2APIC. */
    @Struct(size = 16, packed = true)
    public static final class LocalX2Apic {
        private LocalX2Apic() {
        }

        @Field(Type.U8) public static final int TYPE = 0;
        @Field(Type.U8) public static final int LENGTH = 1;
        @Field(Type.U16) public static final int RESERVED = 2;
        @Field(Type.U32) public static final int X2APIC_ID = 4;
        @Field(Type.U32) public static final int FLAGS = 8;
        @Field(Type.U32) public static final int ACPI_PROCESSOR_UID = 12;
        public static final int TYPE_VALUE = 9, SIZE = 16;
    }

    /** Local APIC flags: bit 0 enabled, bit 1 online capable. */
    public static final int ENABLED = 1, ONLINE_CAPABLE = 2;
}
