package jos.abi;

import jos.hw.CConstants;
import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Struct;

/**
 * The boot record (abi.md, "Boot record"): what the kernel found and gave the first process, so that it
 * can tell which of its handles is what. The kernel maps it read-only at {@link #ADDRESS} in the first
 * process only: this header, {@link #ENTRIES} entries ({@link BootEntry}, one per capability given) from
 * {@link #FIRST_ENTRY}, and the entries' names (module paths, not NUL-terminated) from {@link #NAMES}.
 * Offsets inside the record are from its start.
 */
@Struct(size = BootRecord.HEADER_SIZE)
@CConstants(prefix = "JOS_BOOT_RECORD_")
public final class BootRecord {
    /** {@link #MAGIC_VALUE}: the record is there and written. */
    @Field(Type.U32) public static final int MAGIC = 0;
    /** {@link #CURRENT_VERSION}. */
    @Field(Type.U32) public static final int VERSION = 4;
    /** The bytes of the record in use: header, entries and names. */
    @Field(Type.U32) public static final int BYTES = 8;
    /** The number of entries. */
    @Field(Type.U32) public static final int ENTRIES = 12;
    /** The first framebuffer's geometry (all 0 without one): pixels, bytes a row, bits a pixel. */
    @Field(Type.U32) public static final int FB_WIDTH = 16;
    @Field(Type.U32) public static final int FB_HEIGHT = 20;
    @Field(Type.U32) public static final int FB_PITCH = 24;
    @Field(Type.U16) public static final int FB_BPP = 28;
    /** Each colour's mask: its size and shift in bits (RGB memory model). */
    @Field(Type.U8) public static final int FB_RED_SIZE = 30;
    @Field(Type.U8) public static final int FB_RED_SHIFT = 31;
    @Field(Type.U8) public static final int FB_GREEN_SIZE = 32;
    @Field(Type.U8) public static final int FB_GREEN_SHIFT = 33;
    @Field(Type.U8) public static final int FB_BLUE_SIZE = 34;
    @Field(Type.U8) public static final int FB_BLUE_SHIFT = 35;
    /** The console UART's register stride and access width in bytes (1 and 1 for I/O ports). */
    @Field(Type.U32) public static final int UART_STRIDE = 36;
    @Field(Type.U32) public static final int UART_ACCESS = 40;
    @Field(Type.U32) public static final int RESERVED = 44;
    /** The ACPI RSDP's physical address (0: none); a loader's copy of it may lie in memory not given. */
    @Field(Type.U64) public static final int RSDP = 48;
    /** The RSDT's or XSDT's physical address (its signature says which; 0: none), inside an {@link #ACPI_TABLES} range. */
    @Field(Type.U64) public static final int ACPI_ROOT = 56;

    public static final int HEADER_SIZE = 64;

    /** Where the record is mapped: above the ranges map chooses from (4 GiB to 64 TiB), below the stack. */
    public static final long ADDRESS = 0x0000_7000_0000_0000L;
    /** The record's size: four pages. */
    public static final int MAX_BYTES = 16384;
    /** The most entries, and where they and the names are. */
    public static final int MAX_ENTRIES = 128;
    public static final int FIRST_ENTRY = HEADER_SIZE;
    public static final int NAMES = FIRST_ENTRY + MAX_ENTRIES * BootEntry.SIZE;

    /** "JOSB" in memory order. */
    public static final int MAGIC_VALUE = 0x42534f4a;
    public static final int CURRENT_VERSION = 1;

    /** Roles (BootEntry.ROLE): a boot module (Kinds.MODULE, BASE its number, DETAIL its size in bytes, the name its path). */
    public static final int MODULE = 1;
    /** The first framebuffer (Kinds.DEVICE_MEMORY, the pages holding pitch times height bytes; DETAIL its exact physical address). */
    public static final int FRAMEBUFFER = 2;
    /** The lines of one I/O APIC (Kinds.IRQ, global system interrupts). */
    public static final int IRQ_LINES = 3;
    /** The console UART, the SPCR's or COM1: its 8 ports (Kinds.IO_PORTS) or its MMIO page(s) (Kinds.DEVICE_MEMORY; DETAIL the exact address). */
    public static final int UART = 4;
    /** Pages holding ACPI tables, in memory the kernel never allocates (Kinds.MEMORY, read-only: Rights.MAP and COPY). */
    public static final int ACPI_TABLES = 5;

    private BootRecord() {
    }
}
