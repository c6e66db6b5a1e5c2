package jos.acpi;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * A MADT interrupt controller structure: the two-byte header every entry starts with, the entry
 * types, their minimum lengths, and one nested {@link Struct} per type the kernel reads, each with
 * accessors taking the entry's (virtual) address as {@link Madt#first}/{@link Madt#next} give it.
 */
@Struct(size = 2, packed = true)
public final class MadtEntry {
    private MadtEntry() {
    }

    @Field(Type.U8) public static final int TYPE = 0;
    @Field(Type.U8) public static final int LENGTH = 1;
    public static final int SIZE = 2;

    /** Entry types (ACPI 6.5, table 5.21). */
    public static final int LOCAL_APIC = 0, IO_APIC = 1, INTERRUPT_SOURCE_OVERRIDE = 2, NMI_SOURCE = 3, LOCAL_APIC_NMI = 4,
            LOCAL_APIC_ADDRESS_OVERRIDE = 5, LOCAL_X2APIC = 9, LOCAL_X2APIC_NMI = 0xA;

    /** Local APIC and x2APIC flags: bit 0 enabled, bit 1 online capable (MADT revision 5 and later). */
    public static final int ENABLED = 1, ONLINE_CAPABLE = 2;

    public static int type(long entry) {
        return Memory.read8(entry + TYPE) & 0xFF;
    }

    public static int length(long entry) {
        return Memory.read8(entry + LENGTH) & 0xFF;
    }

    /** The smallest valid length of an entry of the type; {@link #SIZE} for types not read here. */
    public static int minimumLength(int type) {
        switch (type) {
            case LOCAL_APIC: return LocalApic.SIZE;
            case IO_APIC: return IoApic.SIZE;
            case INTERRUPT_SOURCE_OVERRIDE: return InterruptSourceOverride.SIZE;
            case NMI_SOURCE: return NmiSource.SIZE;
            case LOCAL_APIC_NMI: return LocalApicNmi.SIZE;
            case LOCAL_APIC_ADDRESS_OVERRIDE: return LocalApicAddressOverride.SIZE;
            case LOCAL_X2APIC: return LocalX2Apic.SIZE;
            case LOCAL_X2APIC_NMI: return LocalX2ApicNmi.SIZE;
            default: return SIZE;
        }
    }

    /** True if a processor with these flags can be used: enabled, or online-capable when the revision defines it. */
    static boolean usable(long madt, int flags) {
        return (flags & ENABLED) != 0 || (flags & ONLINE_CAPABLE) != 0 && SdtHeader.revision(madt) >= Madt.ONLINE_CAPABLE_REVISION;
    }

    /** Type 0: Processor Local APIC. */
    @Struct(size = 8, packed = true)
    public static final class LocalApic {
        private LocalApic() {
        }

        @Field(Type.U8) public static final int TYPE = 0;
        @Field(Type.U8) public static final int LENGTH = 1;
        @Field(Type.U8) public static final int PROCESSOR_UID = 2;
        @Field(Type.U8) public static final int APIC_ID = 3;
        @Field(Type.U32) public static final int FLAGS = 4;
        public static final int SIZE = 8;

        public static int processorUid(long e) {
            return Memory.read8(e + PROCESSOR_UID) & 0xFF;
        }

        public static int apicId(long e) {
            return Memory.read8(e + APIC_ID) & 0xFF;
        }

        public static int flags(long e) {
            return Memory.read32(e + FLAGS);
        }

        public static boolean enabled(long e) {
            return (flags(e) & ENABLED) != 0;
        }

        /** Online capable: disabled now, may be brought up later (only meaningful from MADT revision 5). */
        public static boolean onlineCapable(long e) {
            return (flags(e) & ONLINE_CAPABLE) != 0;
        }

        /** Enabled, or online-capable in a MADT whose revision defines that flag. */
        public static boolean usable(long madt, long e) {
            return MadtEntry.usable(madt, flags(e));
        }
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
        @Field(Type.U32) public static final int ADDRESS = 4;
        @Field(Type.U32) public static final int GSI_BASE = 8;
        public static final int SIZE = 12;

        public static int id(long e) {
            return Memory.read8(e + IO_APIC_ID) & 0xFF;
        }

        /** Physical address of its registers. */
        public static long address(long e) {
            return Memory.read32(e + ADDRESS) & 0xFFFFFFFFL;
        }

        /** The first global system interrupt its input 0 receives. */
        public static long gsiBase(long e) {
            return Memory.read32(e + GSI_BASE) & 0xFFFFFFFFL;
        }
    }

    /** Type 2: Interrupt Source Override (an ISA IRQ wired to another GSI or with other polarity/trigger). */
    @Struct(size = 10, packed = true)
    public static final class InterruptSourceOverride {
        private InterruptSourceOverride() {
        }

        @Field(Type.U8) public static final int TYPE = 0;
        @Field(Type.U8) public static final int LENGTH = 1;
        @Field(Type.U8) public static final int BUS = 2;
        @Field(Type.U8) public static final int SOURCE = 3;
        @Field(Type.U32) public static final int GSI = 4;
        @Field(Type.U16) public static final int FLAGS = 8;
        public static final int SIZE = 10;

        /** 0: ISA. */
        public static int bus(long e) {
            return Memory.read8(e + BUS) & 0xFF;
        }

        /** The bus-relative source (the ISA IRQ). */
        public static int source(long e) {
            return Memory.read8(e + SOURCE) & 0xFF;
        }

        public static long gsi(long e) {
            return Memory.read32(e + GSI) & 0xFFFFFFFFL;
        }

        /** MPS INTI flags ({@link InterruptFlags}). */
        public static int flags(long e) {
            return Memory.read16(e + FLAGS) & 0xFFFF;
        }
    }

    /** Type 3: Non-Maskable Interrupt Source (a GSI that is an NMI). */
    @Struct(size = 8, packed = true)
    public static final class NmiSource {
        private NmiSource() {
        }

        @Field(Type.U8) public static final int TYPE = 0;
        @Field(Type.U8) public static final int LENGTH = 1;
        @Field(Type.U16) public static final int FLAGS = 2;
        @Field(Type.U32) public static final int GSI = 4;
        public static final int SIZE = 8;

        public static int flags(long e) {
            return Memory.read16(e + FLAGS) & 0xFFFF;
        }

        public static long gsi(long e) {
            return Memory.read32(e + GSI) & 0xFFFFFFFFL;
        }
    }

    /** Type 4: Local APIC NMI (which LINT pin of which processors carries NMI). */
    @Struct(size = 6, packed = true)
    public static final class LocalApicNmi {
        private LocalApicNmi() {
        }

        @Field(Type.U8) public static final int TYPE = 0;
        @Field(Type.U8) public static final int LENGTH = 1;
        @Field(Type.U8) public static final int PROCESSOR_UID = 2;
        @Field(Type.U16) public static final int FLAGS = 3;
        @Field(Type.U8) public static final int LINT = 5;
        public static final int SIZE = 6;
        /** The processor UID that means every processor. */
        public static final int ALL_PROCESSORS = 0xFF;

        public static int processorUid(long e) {
            return Memory.read8(e + PROCESSOR_UID) & 0xFF;
        }

        /** MPS INTI flags ({@link InterruptFlags}). */
        public static int flags(long e) {
            return Memory.read16(e + FLAGS) & 0xFFFF;
        }

        /** 0 for LINT0, 1 for LINT1. */
        public static int lint(long e) {
            return Memory.read8(e + LINT) & 0xFF;
        }
    }

    /** Type 5: Local APIC Address Override (a 64-bit local APIC address). */
    @Struct(size = 12, packed = true)
    public static final class LocalApicAddressOverride {
        private LocalApicAddressOverride() {
        }

        @Field(Type.U8) public static final int TYPE = 0;
        @Field(Type.U8) public static final int LENGTH = 1;
        @Field(Type.U16) public static final int RESERVED = 2;
        @Field(Type.U64) public static final int ADDRESS = 4;
        public static final int SIZE = 12;

        public static long address(long e) {
            return Memory.read64(e + ADDRESS);
        }
    }

    /** Type 9: Processor Local x2APIC (32-bit APIC ids, for ids above 254). */
    @Struct(size = 16, packed = true)
    public static final class LocalX2Apic {
        private LocalX2Apic() {
        }

        @Field(Type.U8) public static final int TYPE = 0;
        @Field(Type.U8) public static final int LENGTH = 1;
        @Field(Type.U16) public static final int RESERVED = 2;
        @Field(Type.U32) public static final int X2APIC_ID = 4;
        @Field(Type.U32) public static final int FLAGS = 8;
        @Field(Type.U32) public static final int PROCESSOR_UID = 12;
        public static final int SIZE = 16;

        public static long x2apicId(long e) {
            return Memory.read32(e + X2APIC_ID) & 0xFFFFFFFFL;
        }

        public static int flags(long e) {
            return Memory.read32(e + FLAGS);
        }

        public static long processorUid(long e) {
            return Memory.read32(e + PROCESSOR_UID) & 0xFFFFFFFFL;
        }

        public static boolean enabled(long e) {
            return (flags(e) & ENABLED) != 0;
        }

        public static boolean onlineCapable(long e) {
            return (flags(e) & ONLINE_CAPABLE) != 0;
        }

        public static boolean usable(long madt, long e) {
            return MadtEntry.usable(madt, flags(e));
        }
    }

    /** Type 0xA: Local x2APIC NMI. */
    @Struct(size = 12, packed = true)
    public static final class LocalX2ApicNmi {
        private LocalX2ApicNmi() {
        }

        @Field(Type.U8) public static final int TYPE = 0;
        @Field(Type.U8) public static final int LENGTH = 1;
        @Field(Type.U16) public static final int FLAGS = 2;
        @Field(Type.U32) public static final int PROCESSOR_UID = 4;
        @Field(Type.U8) public static final int LINT = 8;
        @Field(value = Type.U8, count = 3) public static final int RESERVED = 9;
        public static final int SIZE = 12;
        /** The processor UID that means every processor. */
        public static final long ALL_PROCESSORS = 0xFFFFFFFFL;

        public static int flags(long e) {
            return Memory.read16(e + FLAGS) & 0xFFFF;
        }

        public static long processorUid(long e) {
            return Memory.read32(e + PROCESSOR_UID) & 0xFFFFFFFFL;
        }

        public static int lint(long e) {
            return Memory.read8(e + LINT) & 0xFF;
        }
    }
}
