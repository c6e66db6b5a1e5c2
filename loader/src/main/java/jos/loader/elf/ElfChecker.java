package jos.loader.elf;

import jos.loader.Problem;
import jos.loader.Unsigned;

/**
 * Refuses a kernel file the loader cannot load safely, before any of it is used. Each refusal is a
 * {@link Problem} naming the check and the offending value. Position-independent (ET_DYN) kernels
 * are refused: the loader does not relocate.
 */
public final class ElfChecker {
    private ElfChecker() {
    }

    /** The lowest address a Limine kernel may be loaded at. */
    public static final long HIGHER_HALF = 0xFFFF_FFFF_8000_0000L;
    /** Segments must end at or below the start of the last page, so that page-rounding does not wrap. */
    private static final long LAST_PAGE = 0xFFFF_FFFF_FFFF_F000L;
    /** The largest span of loaded segments accepted (the loader allocates it contiguously). */
    public static final long MAX_SPAN = 1L << 30;

    /** Checks the file of size bytes at file; true if it can be loaded. */
    public static boolean check(long file, long size) {
        if (Unsigned.less(size, ElfHeader.SIZE)) return Problem.report("kernel file is shorter than an ELF header; size", size);
        if (ElfHeader.magic(file) != ElfHeader.MAGIC) return Problem.report("kernel is not an ELF file; magic", ElfHeader.magic(file) & 0xFFFFFFFFL);
        int elfClass = ElfHeader.identByte(file, ElfHeader.EI_CLASS);
        if (elfClass != ElfHeader.ELFCLASS64) return Problem.report("kernel is not ELFCLASS64; EI_CLASS", elfClass);
        int data = ElfHeader.identByte(file, ElfHeader.EI_DATA);
        if (data != ElfHeader.ELFDATA2LSB) return Problem.report("kernel is not little-endian (ELFDATA2LSB); EI_DATA", data);
        int machine = ElfHeader.machine(file);
        if (machine != ElfHeader.EM_X86_64) return Problem.report("kernel e_machine is not EM_X86_64 (62); e_machine", machine);
        int type = ElfHeader.type(file);
        if (type == ElfHeader.ET_DYN) return Problem.report("kernel is ET_DYN; position-independent kernels are not supported; e_type", type);
        if (type != ElfHeader.ET_EXEC) return Problem.report("kernel e_type is not ET_EXEC; e_type", type);
        int phentsize = ElfHeader.phentsize(file);
        if (phentsize != ProgramHeader.SIZE) return Problem.report("kernel e_phentsize is not 56; e_phentsize", phentsize);
        long phoff = ElfHeader.phoff(file);
        int phnum = ElfHeader.phnum(file);
        long phBytes = (long) phnum * ProgramHeader.SIZE;
        if (!Unsigned.addFits(phoff, phBytes) || Unsigned.less(size, phoff + phBytes)) {
            return Problem.report("kernel program headers extend past the end of the file; e_phoff", phoff);
        }
        int loads = 0;
        for (int i = 0; i < phnum; i++) {
            long ph = ElfHeader.programHeader(file, i);
            if (ProgramHeader.type(ph) != ProgramHeader.PT_LOAD) continue;
            if (!checkSegment(ph, size)) return false;
            for (int j = 0; j < i; j++) {
                long other = ElfHeader.programHeader(file, j);
                if (ProgramHeader.type(other) == ProgramHeader.PT_LOAD && overlap(ph, other)) {
                    return Problem.report("kernel PT_LOAD segments overlap; p_vaddr", ProgramHeader.vaddr(ph));
                }
            }
            loads++;
        }
        if (loads == 0) return Problem.report("kernel has no PT_LOAD segment; e_phnum", phnum);
        long span = Segments.end(file) - Segments.base(file);
        if (Unsigned.less(MAX_SPAN, span)) return Problem.report("kernel segments span more than 1 GiB; span", span);
        long entry = ElfHeader.entry(file);
        for (int i = 0; i < phnum; i++) {
            long ph = ElfHeader.programHeader(file, i);
            if (ProgramHeader.type(ph) == ProgramHeader.PT_LOAD && ProgramHeader.executable(ph) && contains(ph, entry)) return true;
        }
        return Problem.report("kernel entry point is outside every executable PT_LOAD segment; e_entry", entry);
    }

    private static boolean checkSegment(long ph, long size) {
        long vaddr = ProgramHeader.vaddr(ph), filesz = ProgramHeader.filesz(ph), memsz = ProgramHeader.memsz(ph);
        long offset = ProgramHeader.offset(ph);
        if (Unsigned.less(memsz, filesz)) return Problem.report("kernel PT_LOAD has p_filesz > p_memsz; p_vaddr", vaddr);
        if (!Unsigned.addFits(offset, filesz) || Unsigned.less(size, offset + filesz)) {
            return Problem.report("kernel PT_LOAD file bytes extend past the end of the file; p_offset", offset);
        }
        if (Unsigned.less(vaddr, HIGHER_HALF)) {
            return Problem.report("kernel PT_LOAD is below the higher half (0xffffffff80000000); p_vaddr", vaddr);
        }
        if (!Unsigned.addFits(vaddr, memsz) || Unsigned.less(LAST_PAGE, vaddr + memsz)) {
            return Problem.report("kernel PT_LOAD p_vaddr + p_memsz overflows; p_vaddr", vaddr);
        }
        return true;
    }

    private static boolean overlap(long a, long b) {
        long aBase = ProgramHeader.vaddr(a), aEnd = aBase + ProgramHeader.memsz(a);
        long bBase = ProgramHeader.vaddr(b), bEnd = bBase + ProgramHeader.memsz(b);
        if (aBase == aEnd || bBase == bEnd) return false;
        return Unsigned.less(aBase, bEnd) && Unsigned.less(bBase, aEnd);
    }

    private static boolean contains(long ph, long address) {
        long base = ProgramHeader.vaddr(ph);
        return Unsigned.lessOrEqual(base, address) && Unsigned.less(address - base, ProgramHeader.memsz(ph));
    }
}
