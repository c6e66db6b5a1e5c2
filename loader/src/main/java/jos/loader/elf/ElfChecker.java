package jos.loader.elf;

import jos.elf.ElfFile;
import jos.elf.ElfHeader;
import jos.elf.ProgramHeader;
import jos.elf.Segments;
import jos.loader.Problem;
import jos.x86.Unsigned;

/**
 * Refuses a kernel file the loader cannot load safely, before any of it is used: the checks of any ELF
 * executable ({@link ElfFile}: header, program headers and segments inside the file, no overflow or
 * overlap, alignment, entry point in code), whose {@link jos.elf.Problem} record is passed on as a
 * {@link Problem} about the kernel, and the loader's own: position-independent (ET_DYN) kernels are
 * refused (the loader does not relocate), every PT_LOAD must be in the higher half, and the segments
 * must span at most {@link #MAX_SPAN}. Each refusal names the check and the offending value.
 */
public final class ElfChecker {
    private ElfChecker() {
    }

    /** The lowest address a Limine kernel may be loaded at. */
    public static final long HIGHER_HALF = 0xFFFF_FFFF_8000_0000L;
    /** The largest span of loaded segments accepted (the loader allocates it contiguously). */
    public static final long MAX_SPAN = 1L << 30;

    /** The record jos.elf writes its refusal into: static storage, as the loader has no heap and one CPU. */
    private static final long[] ELF_PROBLEM = new long[jos.elf.Problem.SIZE];

    /** Checks the file of size bytes at file; true if it can be loaded. */
    public static boolean check(long file, long size, long[] problem) {
        jos.elf.Problem.clear(ELF_PROBLEM);
        if (!ElfFile.checkHeader(file, size, ELF_PROBLEM)) return refused(problem);
        int type = ElfHeader.type(file);
        if (type == ElfHeader.ET_DYN) return Problem.report(problem, Problem.KERNEL_ET_DYN, type);
        if (!ElfFile.checkSegments(file, size, ELF_PROBLEM)) return refused(problem);
        for (int i = 0; i < ElfHeader.phnum(file); i++) {
            long ph = ElfHeader.programHeader(file, i);
            if (ProgramHeader.loadable(ph) && Unsigned.less(ProgramHeader.vaddr(ph), HIGHER_HALF)) {
                return Problem.report(problem, Problem.KERNEL_BELOW_HIGHER_HALF, ProgramHeader.vaddr(ph));
            }
        }
        long span = Segments.end(file) - Segments.base(file);
        if (Unsigned.less(MAX_SPAN, span)) return Problem.report(problem, Problem.KERNEL_SPAN_TOO_BIG, span);
        return ElfFile.checkEntry(file, ELF_PROBLEM) || refused(problem);
    }

    /** Passes on the problem jos.elf found, as one about the kernel; false. */
    private static boolean refused(long[] problem) {
        return Problem.report(problem, Problem.ELF + jos.elf.Problem.reason(ELF_PROBLEM), jos.elf.Problem.value(ELF_PROBLEM));
    }
}
