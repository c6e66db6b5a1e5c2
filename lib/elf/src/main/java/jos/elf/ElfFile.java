package jos.elf;

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
 * with the one before only. Each refusal is a {@link Problem} naming the field and the offending value
 * (and, for a segment, its index). ET_EXEC and ET_DYN are both accepted here; a loader that does not
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
    public static boolean check(long file, long size) {
        return checkHeader(file, size) && checkSegments(file, size) && checkEntry(file);
    }

    /** The file header and that the program header table lies inside the size bytes at file. */
    public static boolean checkHeader(long file, long size) {
        if (Unsigned.less(size, ElfHeader.SIZE)) return Problem.report("file is shorter than an ELF header; size", size);
        if (!checkIdentity(file)) return false;
        int phnum = ElfHeader.phnum(file);
        if (phnum > MAX_PROGRAM_HEADERS) return Problem.report("ELF file has more than 64 program headers; e_phnum", phnum);
        long phoff = ElfHeader.phoff(file);
        long phBytes = (long) phnum * ProgramHeader.SIZE;
        if (!Unsigned.addFits(phoff, phBytes) || Unsigned.less(size, phoff + phBytes)) {
            return Problem.report("ELF program headers extend past the end of the file; e_phoff", phoff);
        }
        return true;
    }

    /**
     * The header fields that say what the file is (the part of {@link #checkHeader} that does not need
     * its size, for a file whose size has been checked before): "\177ELF", ELFCLASS64, little-endian,
     * EM_X86_64, ET_EXEC or ET_DYN, and 56-byte program headers.
     */
    public static boolean checkIdentity(long file) {
        if (ElfHeader.magic(file) != ElfHeader.MAGIC) return Problem.report("not an ELF file; magic", ElfHeader.magic(file) & 0xFFFFFFFFL);
        int elfClass = ElfHeader.identByte(file, ElfHeader.EI_CLASS);
        if (elfClass != ElfHeader.ELFCLASS64) return Problem.report("ELF file is not ELFCLASS64; EI_CLASS", elfClass);
        int data = ElfHeader.identByte(file, ElfHeader.EI_DATA);
        if (data != ElfHeader.ELFDATA2LSB) return Problem.report("ELF file is not little-endian (ELFDATA2LSB); EI_DATA", data);
        int machine = ElfHeader.machine(file);
        if (machine != ElfHeader.EM_X86_64) return Problem.report("ELF e_machine is not EM_X86_64 (62); e_machine", machine);
        int type = ElfHeader.type(file);
        if (type != ElfHeader.ET_EXEC && type != ElfHeader.ET_DYN) {
            return Problem.report("ELF e_type is neither ET_EXEC nor ET_DYN; e_type", type);
        }
        int phentsize = ElfHeader.phentsize(file);
        return phentsize == ProgramHeader.SIZE || Problem.report("ELF e_phentsize is not 56; e_phentsize", phentsize);
    }

    /**
     * Every PT_LOAD segment of the file of size bytes at file (whose header passed), and that there is one.
     * PT_LOAD entries must come in ascending p_vaddr order, so a segment can only overlap the non-empty
     * segment before it that ends highest, which is the last non-empty one: one pass, no sorting.
     */
    public static boolean checkSegments(long file, long size) {
        int phnum = ElfHeader.phnum(file);
        int loads = 0;
        long previousBase = 0, previousEnd = 0;
        for (int i = 0; i < phnum; i++) {
            long ph = ElfHeader.programHeader(file, i);
            if (!ProgramHeader.loadable(ph)) continue;
            if (!checkSegment(i, ph, size)) return false;
            long base = ProgramHeader.vaddr(ph), end = base + ProgramHeader.memsz(ph);
            if (loads != 0 && Unsigned.less(base, previousBase)) {
                return Problem.reportSegment("ELF PT_LOAD segments are not in ascending p_vaddr order; p_vaddr", i, base,
                        "previous p_vaddr", previousBase);
            }
            previousBase = base;
            if (base == end) {
                loads++;
                continue;
            }
            if (Unsigned.less(base, previousEnd)) {
                return Problem.reportSegment("ELF PT_LOAD segments overlap; p_vaddr", i, base, "previous segment's end", previousEnd);
            }
            previousEnd = end;
            loads++;
        }
        return loads != 0 || Problem.report("ELF file has no PT_LOAD segment; e_phnum", phnum);
    }

    /** One PT_LOAD program header, index i, of a file of size bytes. */
    public static boolean checkSegment(int i, long ph, long size) {
        long vaddr = ProgramHeader.vaddr(ph), filesz = ProgramHeader.filesz(ph), memsz = ProgramHeader.memsz(ph);
        long offset = ProgramHeader.offset(ph), align = ProgramHeader.align(ph);
        if (Unsigned.less(memsz, filesz)) return Problem.reportSegment("ELF PT_LOAD has p_filesz > p_memsz; p_vaddr", i, vaddr, "p_filesz", filesz);
        if (!Unsigned.addFits(offset, filesz) || Unsigned.less(size, offset + filesz)) {
            return Problem.reportSegment("ELF PT_LOAD file bytes extend past the end of the file; p_offset", i, offset, "p_filesz", filesz);
        }
        if (!Unsigned.addFits(vaddr, memsz) || Unsigned.less(LAST_PAGE, vaddr + memsz)) {
            return Problem.reportSegment("ELF PT_LOAD p_vaddr + p_memsz overflows; p_vaddr", i, vaddr, "p_memsz", memsz);
        }
        if ((align & (align - 1)) != 0) return Problem.reportSegment("ELF PT_LOAD p_align is not a power of two; p_align", i, align);
        if (align > 1 && ((vaddr - offset) & (align - 1)) != 0) {
            return Problem.reportSegment("ELF PT_LOAD p_vaddr and p_offset differ modulo p_align; p_vaddr", i, vaddr, "p_offset", offset);
        }
        return true;
    }

    /** The entry point lies inside an executable PT_LOAD segment of the file (whose segments passed). */
    public static boolean checkEntry(long file) {
        long entry = ElfHeader.entry(file);
        for (int i = 0; i < ElfHeader.phnum(file); i++) {
            long ph = ElfHeader.programHeader(file, i);
            if (ProgramHeader.loadable(ph) && ProgramHeader.executable(ph) && contains(ph, entry)) return true;
        }
        return Problem.report("ELF entry point is outside every executable PT_LOAD segment; e_entry", entry);
    }

    private static boolean contains(long ph, long address) {
        long base = ProgramHeader.vaddr(ph);
        return Unsigned.lessOrEqual(base, address) && Unsigned.less(address - base, ProgramHeader.memsz(ph));
    }
}
