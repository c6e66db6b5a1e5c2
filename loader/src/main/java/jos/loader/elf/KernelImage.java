package jos.loader.elf;

import jos.elf.ElfHeader;
import jos.elf.ProgramHeader;
import jos.elf.Segments;
import jos.hw.Memory;
import jos.loader.Problem;
import jos.loader.memory.MemoryType;
import jos.loader.memory.PhysicalAllocator;

/**
 * The loaded kernel: all PT_LOAD segments in one physically contiguous allocation (2 MiB aligned when
 * memory allows, else 4 KiB), claimed as executable-and-modules. Virtual address v of the image is at
 * physical {@code physicalBase + (v - virtualBase)}. File bytes are copied; the rest (.bss and the gaps
 * between segments) is zero.
 */
public final class KernelImage {
    private KernelImage() {
    }

    private static final long ALIGN_2M = 0x20_0000, PAGE = 0x1000;

    public static long physicalBase, virtualBase, size, entry;

    /** Loads the checked ELF file of fileSize bytes at file; false with a problem if out of memory. */
    public static boolean load(long file, long fileSize, long[] problem) {
        virtualBase = Segments.base(file);
        size = Segments.end(file) - virtualBase;
        entry = ElfHeader.entry(file);
        long base = PhysicalAllocator.allocate(size, ALIGN_2M, MemoryType.EXECUTABLE_AND_MODULES, problem);
        if (base == 0) base = PhysicalAllocator.allocate(size, PAGE, MemoryType.EXECUTABLE_AND_MODULES, problem);
        if (base == 0) return false;
        Problem.clear(problem);
        physicalBase = base;
        for (int i = 0; i < ElfHeader.phnum(file); i++) {
            long ph = ElfHeader.programHeader(file, i);
            if (!ProgramHeader.loadable(ph)) continue;
            Memory.copy(physical(ProgramHeader.vaddr(ph)), file + ProgramHeader.offset(ph), ProgramHeader.filesz(ph));
        }
        return true;
    }

    /** The physical address of kernel virtual address v (inside the image). */
    public static long physical(long v) {
        return physicalBase + (v - virtualBase);
    }

    /** True if [v, v + length) lies inside the loaded image. */
    public static boolean contains(long v, long length) {
        long offset = v - virtualBase;
        return jos.x86.Unsigned.less(offset, size) && jos.x86.Unsigned.lessOrEqual(length, size - offset);
    }
}
