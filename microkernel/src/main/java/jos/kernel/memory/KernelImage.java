package jos.kernel.memory;

/**
 * The kernel's loaded segments, read from the program headers of its own ELF file (the executable file
 * response; the loader put the image physically contiguous at the executable's physical base). Says
 * which PT_LOAD segments there are, with their permissions, and how many bytes the image occupies.
 */
public final class KernelImage {
    private KernelImage() {
    }

    /** The most program headers accepted (a kernel has a handful). */
    static final int MAX_PROGRAM_HEADERS = 64;

    /** Whether file (a virtual address) starts with an ELF header whose program headers can be read. */
    public static boolean check(long file) {
        if (file == 0) return Problem.report("no kernel executable file", 0);
        if (ElfHeader.magic(file) != ElfHeader.MAGIC) return Problem.report("kernel file is not ELF; magic", ElfHeader.magic(file));
        if (ElfHeader.phentsize(file) != ProgramHeader.SIZE) {
            return Problem.report("kernel ELF program header size is not 56", ElfHeader.phentsize(file));
        }
        if (ElfHeader.phnum(file) == 0 || ElfHeader.phnum(file) > MAX_PROGRAM_HEADERS) {
            return Problem.report("kernel ELF program header count out of range", ElfHeader.phnum(file));
        }
        return true;
    }

    public static int programHeaderCount(long file) {
        return ElfHeader.phnum(file);
    }

    /** The address of program header i. */
    static long programHeader(long file, int i) {
        return file + ElfHeader.phoff(file) + (long) i * ProgramHeader.SIZE;
    }

    public static boolean loadable(long file, int i) {
        return ProgramHeader.type(programHeader(file, i)) == ProgramHeader.PT_LOAD;
    }

    public static long segmentVirtual(long file, int i) {
        return ProgramHeader.vaddr(programHeader(file, i));
    }

    public static long segmentBytes(long file, int i) {
        return ProgramHeader.memsz(programHeader(file, i));
    }

    public static boolean writable(long file, int i) {
        return (ProgramHeader.flags(programHeader(file, i)) & ProgramHeader.PF_W) != 0;
    }

    public static boolean executable(long file, int i) {
        return (ProgramHeader.flags(programHeader(file, i)) & ProgramHeader.PF_X) != 0;
    }

    /** Bytes from virtualBase to the end of the last PT_LOAD segment, rounded up to 4 KiB. */
    public static long imageBytes(long file, long virtualBase) {
        long end = virtualBase;
        for (int i = 0; i < programHeaderCount(file); i++) {
            if (!loadable(file, i)) continue;
            long segmentEnd = segmentVirtual(file, i) + segmentBytes(file, i);
            if (segmentEnd - virtualBase > end - virtualBase) end = segmentEnd;
        }
        return PhysicalMemory.roundUp(end - virtualBase, PhysicalMemory.FRAME);
    }
}
