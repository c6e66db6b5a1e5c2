import jos.abi.Calls;
import jos.abi.Protection;
import jos.hw.Memory;
import jos.hw.Naked;

/**
 * The program of the user-memory test (QemuBootIT): maps 64 MiB, writes and reads back every page, unmaps
 * it, is refused memory both writable and executable, then touches the range it unmapped and is ended by
 * the page fault (exit code -1014). The kernel's free memory after must equal its free memory before.
 */
public final class MapTouch {
    static final long MIB = 1L << 20, BYTES = 64 * MIB, PAGE = 4096;
    static final long RW = Protection.READ | Protection.WRITE;

    static void main() {
        long at = syscall(Calls.MAP, 0, BYTES, RW);
        if (at < 0) {
            System.out.println("map-touch: map failed with " + at);
            System.exit(1);
        }
        for (long p = at; p < at + BYTES; p += PAGE) Memory.write64(p + (p >> 12 & 0xff8), p ^ 0x5a5a);
        long wrong = 0;
        for (long p = at; p < at + BYTES; p += PAGE) if (Memory.read64(p + (p >> 12 & 0xff8)) != (p ^ 0x5a5a)) wrong++;
        System.out.println("map-touch: 64 MiB mapped, every page written and read back, " + wrong + " wrong");
        System.out.println("map-touch: unmap " + syscall(Calls.UNMAP, at, BYTES, 0));
        System.out.println("map-touch: map writable and executable " + syscall(Calls.MAP, 0, PAGE, Protection.ALL));
        long page = syscall(Calls.MAP, 0, PAGE, RW);
        System.out.println("map-touch: protect writable and executable " + syscall(Calls.PROTECT, page, PAGE, Protection.ALL)
                + ", read-only and executable " + syscall(Calls.PROTECT, page, PAGE, Protection.READ | Protection.EXECUTE));
        long gone = at + BYTES / 2;   // the page mapped above may have taken the range's first page again
        System.out.println("map-touch: about to read unmapped 0x" + Long.toHexString(gone));
        System.out.flush();
        long value = Memory.readVolatile64(gone);
        System.out.println("map-touch: read " + value + " from unmapped memory");
        System.exit(0);
    }

    /** System call number with three arguments (abi.md: rdi, rsi, rdx; the result in rax). */
    @Naked({
            "movq %rdi, %rax",
            "movq %rsi, %rdi",
            "movq %rdx, %rsi",
            "movq %rcx, %rdx",
            "syscall",
            "ret"})
    static native long syscall(long number, long a0, long a1, long a2);
}
