package jos.abi;

import jos.hw.CConstants;
import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Struct;

/** One capability the kernel gave the first process, in its boot record ({@link BootRecord}). */
@Struct(size = BootEntry.SIZE)
@CConstants(prefix = "JOS_BOOT_ENTRY_")
public final class BootEntry {
    /** What it is: BootRecord.MODULE, FRAMEBUFFER, IRQ_LINES, UART or ACPI_TABLES. */
    @Field(Type.U32) public static final int ROLE = 0;
    /** The capability's kind (Kinds) and handle (Handle), and its rights (Rights). */
    @Field(Type.U32) public static final int KIND = 4;
    @Field(Type.U32) public static final int HANDLE = 8;
    @Field(Type.U32) public static final int RIGHTS = 12;
    /** The capability's range: base and length in bytes, ports, lines or module numbers. */
    @Field(Type.U64) public static final int BASE = 16;
    @Field(Type.U64) public static final int LENGTH = 24;
    /** By role: a module's size in bytes; the exact physical address of a framebuffer or MMIO UART; else 0. */
    @Field(Type.U64) public static final int DETAIL = 32;
    /** The name's offset in the record (0: none) and its length in bytes. */
    @Field(Type.U32) public static final int NAME = 40;
    @Field(Type.U32) public static final int NAME_LENGTH = 44;

    public static final int SIZE = 48;

    private BootEntry() {
    }
}
