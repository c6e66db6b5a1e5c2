package jos.loader.limine;

import jos.hw.Memory;
import jos.limine.File;
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

    private static final long PAGE = 0x1000;

    /** Places the module of the given multiboot2 tag and builds its limine_file; 0 with a problem on failure. */
    public static long create(long tag, long[] problem) {
        long start = Modules.start(tag), size = Modules.size(tag);
        if (Modules.end(tag) < start) {
            Problem.report(problem, Problem.MODULE_ENDS_BEFORE_START, start);
            return 0;
        }
        long address;
        if ((start & (PAGE - 1)) == 0) {
            if (!PhysicalAllocator.claim(start, size, MemoryType.EXECUTABLE_AND_MODULES, problem)) return 0;
            address = start;
        } else {
            address = PhysicalAllocator.allocate(size == 0 ? 1 : size, PAGE, MemoryType.EXECUTABLE_AND_MODULES, problem);
            if (address == 0) return 0;
            Memory.copy(address, start, size);
        }
        long file = Arena.allocate(File.BYTES, problem);
        long path = Arena.string(Modules.string(tag), Modules.pathLength(tag), problem);
        long cmdline = Arena.string(Modules.commandLine(tag), Modules.commandLineLength(tag), problem);
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
        return File.address(file) - Hhdm.OFFSET;
    }

    public static long size(long file) {
        return File.size(file);
    }
}
