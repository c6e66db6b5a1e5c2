package jos.elf;

import jos.x86.Unsigned;

/** The virtual extent of a checked file's PT_LOAD segments ({@link ElfFile#checkSegments}), page-rounded. */
public final class Segments {
    private Segments() {
    }

    /** The page size the extent is rounded to. */
    public static final long PAGE = 0x1000;

    /** The lowest PT_LOAD address, rounded down to a page. */
    public static long base(long file) {
        long base = -1;
        for (int i = 0; i < ElfHeader.phnum(file); i++) {
            long ph = ElfHeader.programHeader(file, i);
            if (!ProgramHeader.loadable(ph)) continue;
            base = Unsigned.min(base, ProgramHeader.vaddr(ph));
        }
        return Unsigned.alignDown(base, PAGE);
    }

    /** The highest PT_LOAD end, rounded up to a page. */
    public static long end(long file) {
        long end = 0;
        for (int i = 0; i < ElfHeader.phnum(file); i++) {
            long ph = ElfHeader.programHeader(file, i);
            if (!ProgramHeader.loadable(ph)) continue;
            end = Unsigned.max(end, ProgramHeader.vaddr(ph) + ProgramHeader.memsz(ph));
        }
        return Unsigned.alignUp(end, PAGE);
    }
}
