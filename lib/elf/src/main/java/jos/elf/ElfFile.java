package jos.elf;

import jos.x86.Unsigned;

/**
 * The checks an ELF64 x86-64 executable in memory must pass before any of it is trusted, whoever loads
 * it: {@link #checkHeader} (identification, machine, type and program header size, which
 * {@link #checkIdentity} checks alone, at most {@link #MAX_PROGRAM_HEADERS} program headers, and the
 * program header table inside the file), {@link #checkSegments} (every PT_LOAD segment's bytes inside the
 * file, p_filesz &lt;= p_memsz, no wrap-around even when rounded to pages, p_align a power of two that
 * p_vaddr and p_offset agree modulo, PT_LOAD entries in ascending p_vaddr order as the ELF specification
 * requires, no two segments overlapping, at least one) and {@link #checkEntry} (the entry point inside an
 * executable segment). Run them in that order: each assumes the ones before passed. Every check is
 * linear in the number of program headers: ascending order lets the overlap check compare each segment
 * with the one before only. Each refusal is written into the caller's {@link Problem} record (a reason
 * naming the field, the offending value and, for a segment, its index); nothing is kept between calls. ET_EXEC and ET_DYN are both accepted here; a loader that does not
 * relocate refuses ET_DYN itself.
 */
public final class ElfFile {
    private ElfFile() {
    }

    /** Segments must end at or below the start of the last page, so that page-rounding does not wrap. */
    private static final long LAST_PAGE = 0xFFFF_FFFF_FFFF_F000L;

    /** The most program headers a file may have (e_phnum); more is refused before anything else is read. */
    public static final int MAX_PROGRAM_HEADERS = 64;

    /** All three checks; true if the file of size bytes at file can be loaded. */
    public static boolean check(long file, long size, long[] problem) {
        return checkHeader(file, size, problem) && checkSegments(file, size, problem) && checkEntry(file, problem);
    }

    /** The file header and that the program header table lies inside the size bytes at file. */
    public static boolean checkHeader(long file, long size, long[] problem) {
        if (Unsigned.less(size, ElfHeader.SIZE)) return Problem.report(problem, Problem.FILE_TOO_SHORT, size);
        if (!checkIdentity(file, problem)) return false;
        int phnum = ElfHeader.phnum(file);
        if (phnum > MAX_PROGRAM_HEADERS) return Problem.report(problem, Problem.TOO_MANY_PROGRAM_HEADERS, phnum);
        long phoff = ElfHeader.phoff(file);
        long phBytes = (long) phnum * ProgramHeader.SIZE;
        if (!Unsigned.addFits(phoff, phBytes) || Unsigned.less(size, phoff + phBytes)) {
            return Problem.report(problem, Problem.PROGRAM_HEADERS_PAST_END, phoff);
        }
        return true;
    }

    /**
     * The header fields that say what the file is (the part of {@link #checkHeader} that does not need
     * its size, for a file whose size has been checked before): "\177ELF", ELFCLASS64, little-endian,
     * EM_X86_64, ET_EXEC or ET_DYN, and 56-byte program headers.
     */
    public static boolean checkIdentity(long file, long[] problem) {
        if (ElfHeader.magic(file) != ElfHeader.MAGIC) return Problem.report(problem, Problem.NOT_ELF, ElfHeader.magic(file) & 0xFFFFFFFFL);
        int elfClass = ElfHeader.identByte(file, ElfHeader.EI_CLASS);
        if (elfClass != ElfHeader.ELFCLASS64) return Problem.report(problem, Problem.NOT_ELFCLASS64, elfClass);
        int data = ElfHeader.identByte(file, ElfHeader.EI_DATA);
        if (data != ElfHeader.ELFDATA2LSB) return Problem.report(problem, Problem.NOT_LITTLE_ENDIAN, data);
        int machine = ElfHeader.machine(file);
        if (machine != ElfHeader.EM_X86_64) return Problem.report(problem, Problem.NOT_X86_64, machine);
        int type = ElfHeader.type(file);
        if (type != ElfHeader.ET_EXEC && type != ElfHeader.ET_DYN) {
            return Problem.report(problem, Problem.NOT_EXEC_OR_DYN, type);
        }
        int phentsize = ElfHeader.phentsize(file);
        return phentsize == ProgramHeader.SIZE || Problem.report(problem, Problem.PHENTSIZE_NOT_56, phentsize);
    }

    /**
     * Every PT_LOAD segment of the file of size bytes at file (whose header passed), and that there is one.
     * PT_LOAD entries must come in ascending p_vaddr order, so a segment can only overlap the non-empty
     * segment before it that ends highest, which is the last non-empty one: one pass, no sorting.
     */
    public static boolean checkSegments(long file, long size, long[] problem) {
        int phnum = ElfHeader.phnum(file);
        int loads = 0;
        long previousBase = 0, previousEnd = 0;
        for (int i = 0; i < phnum; i++) {
            long ph = ElfHeader.programHeader(file, i);
            if (!ProgramHeader.loadable(ph)) continue;
            if (!checkSegment(i, ph, size, problem)) return false;
            long base = ProgramHeader.vaddr(ph), end = base + ProgramHeader.memsz(ph);
            if (loads != 0 && Unsigned.less(base, previousBase)) {
                return Problem.reportSegment(problem, Problem.LOADS_NOT_ASCENDING, i, base, previousBase);
            }
            previousBase = base;
            if (base == end) {
                loads++;
                continue;
            }
            if (Unsigned.less(base, previousEnd)) {
                return Problem.reportSegment(problem, Problem.LOADS_OVERLAP, i, base, previousEnd);
            }
            previousEnd = end;
            loads++;
        }
        return loads != 0 || Problem.report(problem, Problem.NO_LOAD, phnum);
    }

    /** One PT_LOAD program header, index i, of a file of size bytes. */
    public static boolean checkSegment(int i, long ph, long size, long[] problem) {
        long vaddr = ProgramHeader.vaddr(ph), filesz = ProgramHeader.filesz(ph), memsz = ProgramHeader.memsz(ph);
        long offset = ProgramHeader.offset(ph), align = ProgramHeader.align(ph);
        if (Unsigned.less(memsz, filesz)) return Problem.reportSegment(problem, Problem.FILESZ_ABOVE_MEMSZ, i, vaddr, filesz);
        if (!Unsigned.addFits(offset, filesz) || Unsigned.less(size, offset + filesz)) {
            return Problem.reportSegment(problem, Problem.FILE_BYTES_PAST_END, i, offset, filesz);
        }
        if (!Unsigned.addFits(vaddr, memsz) || Unsigned.less(LAST_PAGE, vaddr + memsz)) {
            return Problem.reportSegment(problem, Problem.VADDR_OVERFLOWS, i, vaddr, memsz);
        }
        if ((align & (align - 1)) != 0) return Problem.reportSegment(problem, Problem.ALIGN_NOT_POWER_OF_TWO, i, align, 0);
        if (align > 1 && ((vaddr - offset) & (align - 1)) != 0) {
            return Problem.reportSegment(problem, Problem.VADDR_OFFSET_MISALIGNED, i, vaddr, offset);
        }
        return true;
    }

    /** The entry point lies inside an executable PT_LOAD segment of the file (whose segments passed). */
    public static boolean checkEntry(long file, long[] problem) {
        long entry = ElfHeader.entry(file);
        for (int i = 0; i < ElfHeader.phnum(file); i++) {
            long ph = ElfHeader.programHeader(file, i);
            if (ProgramHeader.loadable(ph) && ProgramHeader.executable(ph) && contains(ph, entry)) return true;
        }
        return Problem.report(problem, Problem.ENTRY_OUTSIDE_CODE, entry);
    }

    private static boolean contains(long ph, long address) {
        long base = ProgramHeader.vaddr(ph);
        return Unsigned.lessOrEqual(base, address) && Unsigned.less(address - base, ProgramHeader.memsz(ph));
    }
}
