package jos.loader.elf;

import jos.loader.Unsigned;

/** The virtual extent of a checked kernel file's PT_LOAD segments, page-rounded. */
public final class Segments {
    private Segments() {
    }

    private static final long PAGE = 0x1000;

    /** The lowest PT_LOAD address, rounded down to a page. */
    public static long base(long file) {
        long base = -1;
        for (int i = 0; i < ElfHeader.phnum(file); i++) {
            long ph = ElfHeader.programHeader(file, i);
            if (ProgramHeader.type(ph) != ProgramHeader.PT_LOAD) continue;
            base = Unsigned.min(base, ProgramHeader.vaddr(ph));
        }
        return Unsigned.alignDown(base, PAGE);
    }

    /** The highest PT_LOAD end, rounded up to a page. */
    public static long end(long file) {
        long end = 0;
        for (int i = 0; i < ElfHeader.phnum(file); i++) {
            long ph = ElfHeader.programHeader(file, i);
            if (ProgramHeader.type(ph) != ProgramHeader.PT_LOAD) continue;
            end = Unsigned.max(end, ProgramHeader.vaddr(ph) + ProgramHeader.memsz(ph));
        }
        return Unsigned.alignUp(end, PAGE);
    }
}
