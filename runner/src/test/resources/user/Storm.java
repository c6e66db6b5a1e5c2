import jos.abi.Calls;
import jos.hw.Memory;
import jos.hw.Naked;

/**
 * The program of test=nmi-storm (QemuBootIT): system calls in a tight loop while the kernel NMIs its CPU,
 * with GS base 0 throughout, as for every program: at least a million, and on until the kernel sets the
 * word at STOP (a page test=nmi-storm maps). Exits with 42 when every call returned 0, else 1.
 */
public final class Storm {
    static final long STOP = 0x6000_0000_0000L;
    static final long CALLS = 1_000_000, ROUND = 10_000;

    static void main() {
        long made = 0, failed = 0;
        do {
            failed += calls(ROUND);
            made += ROUND;
        } while (made < CALLS || Memory.readVolatile64(STOP) == 0);
        System.out.println(failed == 0 ? "storm: a million system calls or more, all returned 0" : "storm: a system call failed");
        System.out.flush();
        System.exit(failed == 0 ? 42 : 1);
    }

    /** Makes count debug_write(0, 0) calls (nothing to write: the cheapest call); returns how many did not return 0. */
    @Naked({
            "movq %rdi, %rdx",           // calls left: rdx and r8 survive a system call (abi.md)
            "xorl %r8d, %r8d",
            "1:",
            "movl $" + Calls.DEBUG_WRITE + ", %eax",
            "xorl %edi, %edi",
            "xorl %esi, %esi",
            "syscall",
            "testq %rax, %rax",
            "setnz %al",
            "movzbl %al, %eax",
            "addq %rax, %r8",
            "decq %rdx",
            "jnz 1b",
            "movq %r8, %rax",
            "ret"})
    static native long calls(long count);
}
