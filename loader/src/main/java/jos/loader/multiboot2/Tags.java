package jos.loader.multiboot2;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Struct;

/**
 * The multiboot2 tag types the loader reads and their layouts (Multiboot2 specification 2.0, section
 * 3.6, as GRUB 2 writes them). Every tag starts with {@link Header} and is 8-byte aligned.
 */
public final class Tags {
    private Tags() {
    }

    public static final int END = 0;
    public static final int COMMAND_LINE = 1;
    public static final int LOADER_NAME = 2;
    public static final int MODULE = 3;
    public static final int BASIC_MEMORY_INFO = 4;
    public static final int MEMORY_MAP = 6;
    public static final int FRAMEBUFFER = 8;
    public static final int EFI64_SYSTEM_TABLE = 12;
    public static final int ACPI_OLD_RSDP = 14;
    public static final int ACPI_NEW_RSDP = 15;
    public static final int EFI_MEMORY_MAP = 17;

    /** The fixed part at the start of the boot information. */
    @Struct(size = 8, packed = true)
    public static final class Information {
        private Information() {
        }

        @Field(Type.U32) public static final int TOTAL_SIZE = 0;
        @Field(Type.U32) public static final int RESERVED = 4;
        public static final int SIZE = 8;
    }

    /** The header of every tag. */
    @Struct(size = 8, packed = true)
    public static final class Header {
        private Header() {
        }

        @Field(Type.U32) public static final int TYPE = 0;
        @Field(Type.U32) public static final int SIZE = 4;
    }

    /** Tag 1 and tag 2: a NUL-terminated string follows the header. */
    public static final int STRING = 8;

    /** Tag 3: one module, with its command line (a NUL-terminated string) at {@link #STRING}. */
    @Struct(size = 16, packed = true)
    public static final class Module {
        private Module() {
        }

        @Field(Type.U32) public static final int TYPE = 0;
        @Field(Type.U32) public static final int SIZE = 4;
        @Field(Type.U32) public static final int MOD_START = 8;
        @Field(Type.U32) public static final int MOD_END = 12;
        public static final int STRING = 16;
    }

    /** Tag 4. */
    @Struct(size = 16, packed = true)
    public static final class BasicMemoryInfo {
        private BasicMemoryInfo() {
        }

        @Field(Type.U32) public static final int TYPE = 0;
        @Field(Type.U32) public static final int SIZE = 4;
        @Field(Type.U32) public static final int MEM_LOWER = 8;
        @Field(Type.U32) public static final int MEM_UPPER = 12;
    }

    /** Tag 6: entries of {@link MemoryMapEntry} follow, each entry_size bytes. */
    @Struct(size = 16, packed = true)
    public static final class MemoryMap {
        private MemoryMap() {
        }

        @Field(Type.U32) public static final int TYPE = 0;
        @Field(Type.U32) public static final int SIZE = 4;
        @Field(Type.U32) public static final int ENTRY_SIZE = 8;
        @Field(Type.U32) public static final int ENTRY_VERSION = 12;
        public static final int ENTRIES = 16;

        public static final int AVAILABLE = 1;
        public static final int ACPI_RECLAIMABLE = 3;
        public static final int NVS = 4;
        public static final int BAD_RAM = 5;
    }

    /** One entry of tag 6. */
    @Struct(size = 24)
    public static final class MemoryMapEntry {
        private MemoryMapEntry() {
        }

        @Field(Type.U64) public static final int BASE_ADDR = 0;
        @Field(Type.U64) public static final int LENGTH = 8;
        @Field(Type.U32) public static final int TYPE = 16;
        @Field(Type.U32) public static final int RESERVED = 20;
    }

    /**
     * Tag 8. GRUB's {@code struct multiboot_tag_framebuffer_common} has a 16-bit reserved member, so
     * the RGB color information starts at offset 32 (the specification's text says 8 bits).
     */
    @Struct(size = 38, packed = true)
    public static final class Framebuffer {
        private Framebuffer() {
        }

        @Field(Type.U32) public static final int TYPE = 0;
        @Field(Type.U32) public static final int SIZE = 4;
        @Field(Type.U64) public static final int ADDR = 8;
        @Field(Type.U32) public static final int PITCH = 16;
        @Field(Type.U32) public static final int WIDTH = 20;
        @Field(Type.U32) public static final int HEIGHT = 24;
        @Field(Type.U8) public static final int BPP = 28;
        @Field(Type.U8) public static final int FRAMEBUFFER_TYPE = 29;
        @Field(Type.U16) public static final int RESERVED = 30;
        @Field(Type.U8) public static final int RED_FIELD_POSITION = 32;
        @Field(Type.U8) public static final int RED_MASK_SIZE = 33;
        @Field(Type.U8) public static final int GREEN_FIELD_POSITION = 34;
        @Field(Type.U8) public static final int GREEN_MASK_SIZE = 35;
        @Field(Type.U8) public static final int BLUE_FIELD_POSITION = 36;
        @Field(Type.U8) public static final int BLUE_MASK_SIZE = 37;

        public static final int TYPE_INDEXED = 0;
        public static final int TYPE_RGB = 1;
        public static final int TYPE_EGA_TEXT = 2;
    }

    /** Tag 12. */
    @Struct(size = 16, packed = true)
    public static final class EfiSystemTable64 {
        private EfiSystemTable64() {
        }

        @Field(Type.U32) public static final int TYPE = 0;
        @Field(Type.U32) public static final int SIZE = 4;
        @Field(Type.U64) public static final int POINTER = 8;
    }

    /** Tags 14 and 15: a copy of the RSDP follows the header. */
    public static final int RSDP_COPY = 8;

    /** Tag 17: EFI memory descriptors follow. */
    @Struct(size = 16, packed = true)
    public static final class EfiMemoryMap {
        private EfiMemoryMap() {
        }

        @Field(Type.U32) public static final int TYPE = 0;
        @Field(Type.U32) public static final int SIZE = 4;
        @Field(Type.U32) public static final int DESCRIPTOR_SIZE = 8;
        @Field(Type.U32) public static final int DESCRIPTOR_VERSION = 12;
        public static final int DESCRIPTORS = 16;
    }
}
