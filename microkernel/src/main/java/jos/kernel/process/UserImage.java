package jos.kernel.process;

import jos.elf.ElfFile;
import jos.elf.ElfHeader;
import jos.elf.Problem;
import jos.elf.ProgramHeader;
import jos.kernel.console.Log;
import jos.kernel.memory.UserAddressSpace;
import jos.x86.PageTableEntry;
import jos.x86.Unsigned;

/**
 * Loads a user program's ELF file (a boot module, linked by the toolchain's {@code user} target) into a
 * fresh {@link UserAddressSpace}. Beyond the checks every ELF executable passes ({@link ElfFile}: at most
 * 64 program headers, PT_LOAD in ascending p_vaddr order, no overlap), a user program must be ET_EXEC
 * (the kernel does not relocate), keep every segment inside the user half below the stack area (compared
 * unsigned, without computing an end that could wrap, so a huge p_memsz or a non-canonical or kernel-half
 * p_vaddr is refused), need at most {@link #MAX_SEGMENT_BYTES} of pages in all, never be writable and
 * executable at once, and never share a page between two segments (each page gets one segment's
 * permissions). Every check is one pass over the program headers and runs before any frame is allocated,
 * so a refused program leaves the free frame count as it was. Each segment's pages are fresh zeroed frames: the file's
 * bytes are copied in and the rest (bss) stays zero; text is read-only and executable, rodata read-only
 * and no-execute, data writable and no-execute. The stack is {@link #STACK_BYTES} below
 * {@link #STACK_TOP}, writable and no-execute, with unmapped pages on both sides.
 *
 * <p>A refused or failed load frees everything it took and leaves the reason in the caller's
 * {@link Problem} record (ELF and layout refusals) or a memory problem (out of memory); the kernel
 * goes on. {@link UserThread#create} makes a thread of a loaded image, {@link UserThread#run} runs it.
 */
public final class UserImage {
    /** The top of the user stack: the top user page above it stays unmapped. */
    public static final long STACK_TOP = UserAddressSpace.TOP_USER_PAGE;
    public static final long STACK_BYTES = jos.abi.ProgramStack.BYTES;   // the user runtime grows its stack below it
    /** Segments end below here: the stack and the unmapped page beneath it. */
    public static final long SEGMENTS_END = STACK_TOP - STACK_BYTES - PageTableEntry.SIZE_4K;

    /** The most memory a program's segments may take, page-rounded and summed (the stack is extra). */
    public static final long MAX_SEGMENT_BYTES = 256L * 1024 * 1024;

    private UserImage() {
    }

    /**
     * Loads the ELF file of size bytes at the kernel address file into a new address space; its root (PML4
     * physical address), or 0 (nothing kept) if refused, with the reason in the caller's problem record
     * ({@link Problem#SIZE} longs), or out of memory. The program starts at {@link #entry}.
     */
    public static long load(long file, long size, long[] problem) {
        if (!check(file, size, problem)) return 0;
        long space = UserAddressSpace.create();
        if (space == 0) return 0;
        if (!mapSegments(space, file) || !UserAddressSpace.allocate(space, STACK_TOP - STACK_BYTES, STACK_BYTES, PageTableEntry.WRITABLE
                | PageTableEntry.NO_EXECUTE)) {
            UserAddressSpace.destroy(space);
            return 0;
        }
        return space;
    }

    /** The entry point of the program file {@link #load} accepted. */
    public static long entry(long file) {
        return ElfHeader.entry(file);
    }

    /**
     * The ELF checks and the user program's own rules, in one pass: ElfFile has checked that PT_LOAD
     * entries ascend and do not overlap, so a page can only be shared with the last non-empty segment.
     */
    static boolean check(long file, long size, long[] problem) {
        Problem.clear(problem);
        if (!ElfFile.check(file, size, problem)) return false;
        int type = ElfHeader.type(file);
        if (type != ElfHeader.ET_EXEC) return Problem.report(problem, Problem.USER_NOT_EXEC, type);
        int phnum = ElfHeader.phnum(file);
        long total = 0, previousEnd = 0;
        for (int i = 0; i < phnum; i++) {
            long ph = ElfHeader.programHeader(file, i);
            if (!ProgramHeader.loadable(ph)) continue;
            long vaddr = ProgramHeader.vaddr(ph), memsz = ProgramHeader.memsz(ph);
            // Unsigned, and vaddr + memsz never computed before it is known not to pass SEGMENTS_END.
            if (Unsigned.less(vaddr, UserAddressSpace.USER_START) || Unsigned.less(SEGMENTS_END, vaddr)
                    || Unsigned.less(SEGMENTS_END - vaddr, memsz)) {
                return Problem.reportSegment(problem, Problem.USER_SEGMENT_OUTSIDE, i, vaddr, memsz);
            }
            if (ProgramHeader.writable(ph) && ProgramHeader.executable(ph)) {
                return Problem.reportSegment(problem, Problem.USER_SEGMENT_WRITABLE_EXECUTABLE, i, vaddr, 0);
            }
            if (memsz == 0) continue;
            long start = pageStart(ph), end = pageEnd(ph);
            if (start < previousEnd) {
                return Problem.reportSegment(problem, Problem.USER_SEGMENTS_SHARE_PAGE, i, vaddr, previousEnd);
            }
            previousEnd = end;
            total += end - start;   // at most 64 terms below 2^47 each: cannot wrap
            if (total > MAX_SEGMENT_BYTES) {
                return Problem.reportSegment(problem, Problem.USER_SEGMENTS_TOO_BIG, i, total, memsz);
            }
        }
        return true;
    }

    /** Prints the refusal in problem: "MESSAGE 0xVALUE (segment I, DETAIL 0xV)", the parts there are. */
    public static void printProblem(long[] problem) {
        String message = Problem.message(problem);
        Log.print(message == null ? "out of memory" : message);
        Log.print(" ");
        Log.hex(Problem.value(problem));
        if (message != null && Problem.segment(problem) >= 0) {
            Log.print(" (segment ");
            Log.dec(Problem.segment(problem));
            if (Problem.detail(problem) != null) {
                Log.print(", ");
                Log.print(Problem.detail(problem));
                Log.print(" ");
                Log.hex(Problem.detailValue(problem));
            }
            Log.print(")");
        }
    }

    /** The first page of a segment (in the user half, checked: rounding cannot wrap). */
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
