package jos.kernel.memory;

import jos.elf.ElfFile;
import jos.elf.ElfHeader;
import jos.elf.ProgramHeader;

/**
 * The kernel's loaded segments, read from the program headers of its own ELF file (the executable file
 * response; the loader put the image physically contiguous at the executable's physical base, after
 * checking the whole file). Says which PT_LOAD segments there are, with their permissions, and how many
 * bytes the image occupies. The layouts and the header check are jos.elf's (lib/elf).
 */
public final class KernelImage {
    private KernelImage() {
    }

    /** The most program headers accepted (a kernel has a handful). */
    static final int MAX_PROGRAM_HEADERS = 64;

    /**
     * The refusal record this class hands jos.elf: static storage (the check runs before the heap
     * exists), written and read only by the bootstrap CPU during memory start-up.
     */
    private static final long[] ELF_PROBLEM = new long[jos.elf.Problem.SIZE];

    /** Whether file (a virtual address) starts with an ELF header whose program headers can be read. */
    public static boolean check(long file) {
        if (file == 0) return Problem.report(Problem.NO_KERNEL_FILE, 0);
        if (!ElfFile.checkIdentity(file, ELF_PROBLEM)) {
            return Problem.report(Problem.ELF + jos.elf.Problem.reason(ELF_PROBLEM), jos.elf.Problem.value(ELF_PROBLEM));
        }
        if (ElfHeader.phnum(file) == 0 || ElfHeader.phnum(file) > MAX_PROGRAM_HEADERS) {
            return Problem.report(Problem.KERNEL_PROGRAM_HEADERS_OUT_OF_RANGE, ElfHeader.phnum(file));
        }
        return true;
    }

    public static int programHeaderCount(long file) {
        return ElfHeader.phnum(file);
    }

    public static boolean loadable(long file, int i) {
        return ProgramHeader.loadable(ElfHeader.programHeader(file, i));
    }

    public static long segmentVirtual(long file, int i) {
        return ProgramHeader.vaddr(ElfHeader.programHeader(file, i));
    }

    public static long segmentBytes(long file, int i) {
        return ProgramHeader.memsz(ElfHeader.programHeader(file, i));
    }

    public static boolean writable(long file, int i) {
        return ProgramHeader.writable(ElfHeader.programHeader(file, i));
    }

    public static boolean executable(long file, int i) {
        return ProgramHeader.executable(ElfHeader.programHeader(file, i));
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
