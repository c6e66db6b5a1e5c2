package jos.kernel.process;

import jos.elf.ElfFile;
import jos.elf.ElfHeader;
import jos.elf.Problem;
import jos.elf.ProgramHeader;
import jos.kernel.memory.PageTableEntry;
import jos.kernel.memory.UserAddressSpace;

/**
 * Loads a user program's ELF file (a boot module, linked by the toolchain's {@code user} target) into a
 * fresh {@link UserAddressSpace}. Beyond the checks every ELF executable passes ({@link ElfFile}), a user
 * program must be ET_EXEC (the kernel does not relocate), keep every segment inside the user half below
 * the stack area, never be writable and executable at once, and never share a page between two segments
 * (each page gets one segment's permissions). Each segment's pages are fresh zeroed frames: the file's
 * bytes are copied in and the rest (bss) stays zero; text is read-only and executable, rodata read-only
 * and no-execute, data writable and no-execute. The stack is {@link #STACK_BYTES} below
 * {@link #STACK_TOP}, writable and no-execute, with unmapped pages on both sides.
 *
 * <p>A refused or failed load frees everything it took and leaves a {@link Problem} (ELF and layout
 * refusals) or a memory problem (out of memory); the kernel goes on. {@link UserMode#run} runs a loaded
 * image.
 */
public final class UserImage {
    /** The top of the user stack: one unmapped page below the end of the user half. */
    public static final long STACK_TOP = UserAddressSpace.USER_END - PageTableEntry.SIZE_4K;
    public static final long STACK_BYTES = 64 * 1024;
    /** Segments end below here: the stack and the unmapped page beneath it. */
    public static final long SEGMENTS_END = STACK_TOP - STACK_BYTES - PageTableEntry.SIZE_4K;

    /** After a successful {@link #load}: the address space (PML4 physical address) and the entry point. */
    public static long root, entry;

    private UserImage() {
    }

    /** Loads the ELF file of size bytes at the kernel address file; false (nothing kept) if refused or out of memory. */
    public static boolean load(long file, long size) {
        root = 0;
        entry = 0;
        if (!check(file, size)) return false;
        long space = UserAddressSpace.create();
        if (space == 0) return false;
        if (!mapSegments(space, file) || !UserAddressSpace.allocate(space, STACK_TOP - STACK_BYTES, STACK_BYTES, PageTableEntry.WRITABLE
                | PageTableEntry.NO_EXECUTE)) {
            UserAddressSpace.destroy(space);
            return false;
        }
        root = space;
        entry = ElfHeader.entry(file);
        return true;
    }

    /** The ELF checks and the user program's own rules. */
    static boolean check(long file, long size) {
        Problem.clear();
        if (!ElfFile.check(file, size)) return false;
        int type = ElfHeader.type(file);
        if (type != ElfHeader.ET_EXEC) return Problem.report("user program is not ET_EXEC (the kernel does not relocate); e_type", type);
        int phnum = ElfHeader.phnum(file);
        for (int i = 0; i < phnum; i++) {
            long ph = ElfHeader.programHeader(file, i);
            if (!ProgramHeader.loadable(ph)) continue;
            long start = pageStart(ph), end = pageEnd(ph);
            if (start < UserAddressSpace.USER_START || end > SEGMENTS_END) {
                return Problem.report("user segment outside the user half (or in the stack area); p_vaddr", ProgramHeader.vaddr(ph));
            }
            if (ProgramHeader.writable(ph) && ProgramHeader.executable(ph)) {
                return Problem.report("user segment is writable and executable; p_vaddr", ProgramHeader.vaddr(ph));
            }
            for (int j = 0; j < i; j++) {
                long other = ElfHeader.programHeader(file, j);
                if (ProgramHeader.loadable(other) && start < pageEnd(other) && pageStart(other) < end) {
                    return Problem.report("user segments share a page; p_vaddr", ProgramHeader.vaddr(ph));
                }
            }
        }
        return true;
    }

    /** The first page of a segment (ElfFile has checked that rounding cannot wrap). */
    static long pageStart(long ph) {
        return ProgramHeader.vaddr(ph) & -PageTableEntry.SIZE_4K;
    }

    /** The end of a segment's last page. */
    static long pageEnd(long ph) {
        return ProgramHeader.vaddr(ph) + ProgramHeader.memsz(ph) + PageTableEntry.SIZE_4K - 1 & -PageTableEntry.SIZE_4K;
    }

    private static boolean mapSegments(long space, long file) {
        for (int i = 0; i < ElfHeader.phnum(file); i++) {
            long ph = ElfHeader.programHeader(file, i);
            if (!ProgramHeader.loadable(ph) || ProgramHeader.memsz(ph) == 0) continue;
            long permissions = (ProgramHeader.writable(ph) ? PageTableEntry.WRITABLE : 0)
                    | (ProgramHeader.executable(ph) ? 0 : PageTableEntry.NO_EXECUTE);
            long start = pageStart(ph);
            if (!UserAddressSpace.allocate(space, start, pageEnd(ph) - start, permissions)) return false;
            long filesz = ProgramHeader.filesz(ph);
            if (filesz > 0 && !UserAddressSpace.copyIn(space, ProgramHeader.vaddr(ph), file + ProgramHeader.offset(ph), filesz)) return false;
        }
        return true;
    }
}
