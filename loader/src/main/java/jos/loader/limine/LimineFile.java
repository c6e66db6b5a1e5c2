package jos.loader.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;
import jos.loader.Problem;
import jos.loader.memory.MemoryType;
import jos.loader.memory.PhysicalAllocator;
import jos.loader.multiboot2.Modules;

/**
 * {@code struct limine_file} for a multiboot2 module: puts the module's bytes at a 4 KiB-aligned
 * address claimed as executable-and-modules (in place if GRUB page-aligned it, else a copy), and
 * copies its path and command line. Media and partition fields are zero (unknown).
 */
public final class LimineFile {
    private LimineFile() {
    }

    @Struct(size = 112)
    public static final class File {
        private File() {
        }

        @Field(Type.U64) public static final int REVISION = 0;
        @Field(Type.U64) public static final int ADDRESS = 8;
        @Field(Type.U64) public static final int SIZE = 16;
        @Field(Type.U64) public static final int PATH = 24;
        @Field(Type.U64) public static final int CMDLINE = 32;
        @Field(Type.U32) public static final int MEDIA_TYPE = 40;
        @Field(Type.U32) public static final int UNUSED = 44;
        @Field(Type.U32) public static final int TFTP_IP = 48;
        @Field(Type.U32) public static final int TFTP_PORT = 52;
        @Field(Type.U32) public static final int PARTITION_INDEX = 56;
        @Field(Type.U32) public static final int MBR_DISK_ID = 60;
        /** struct limine_uuid {u32 a; u16 b; u16 c; u8 d[8];}, 16 bytes each. */
        @Field(value = Type.U8, count = 16) public static final int GPT_DISK_UUID = 64;
        @Field(value = Type.U8, count = 16) public static final int GPT_PART_UUID = 80;
        @Field(value = Type.U8, count = 16) public static final int PART_UUID = 96;
        public static final int BYTES = 112;
    }

    private static final long PAGE = 0x1000;

    /** Places the module of the given multiboot2 tag and builds its limine_file; 0 with a problem on failure. */
    public static long create(long tag) {
        long start = Modules.start(tag), size = Modules.size(tag);
        if (Modules.end(tag) < start) {
            Problem.report("module ends before it starts; mod_start", start);
            return 0;
        }
        long address;
        if ((start & (PAGE - 1)) == 0) {
            if (!PhysicalAllocator.claim(start, size, MemoryType.EXECUTABLE_AND_MODULES)) return 0;
            address = start;
        } else {
            address = PhysicalAllocator.allocate(size == 0 ? 1 : size, PAGE, MemoryType.EXECUTABLE_AND_MODULES);
            if (address == 0) return 0;
            Memory.copy(address, start, size);
        }
        long file = Arena.allocate(File.BYTES);
        long path = Arena.string(Modules.string(tag), Modules.pathLength(tag));
        long cmdline = Arena.string(Modules.commandLine(tag), Modules.commandLineLength(tag));
        if (file == 0 || path == 0 || cmdline == 0) return 0;
        Memory.write64(file + File.REVISION, 0);
        Memory.write64(file + File.ADDRESS, Hhdm.virt(address));
        Memory.write64(file + File.SIZE, size);
        Memory.write64(file + File.PATH, Hhdm.virt(path));
        Memory.write64(file + File.CMDLINE, Hhdm.virt(cmdline));
        return file;
    }

    /** The physical address of the file's bytes (file is the physical address of a limine_file). */
    public static long physicalAddress(long file) {
        return Memory.read64(file + File.ADDRESS) - Hhdm.OFFSET;
    }

    public static long size(long file) {
        return Memory.read64(file + File.SIZE);
    }
}
