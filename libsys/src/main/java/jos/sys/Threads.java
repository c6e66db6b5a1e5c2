package jos.sys;

import jos.abi.Calls;
import jos.hw.Memory;
import jos.hw.Naked;

/**
 * More threads in one's own process (abi.md, "Threads in a process"): {@link #create} starts a thread
 * that runs a C-ABI function {@code long f(long argument)} on a stack the caller mapped, and ends it with
 * {@code exit(f's result)} when f returns. The function is a Java method marked {@code @Export("name")}
 * whose address a {@code @Naked} stub of the program gives ({@code leaq name(%rip), %rax; ret}).
 *
 * <p>The user runtime is single-threaded: its collector scans the first thread's stack only, and the
 * pending exception and the stack limit are one global each. So a second thread may run only
 * code that needs no stack check of its own: no allocation, no exception thrown or caught, no call of a
 * method that may throw (a system call stub is fine), statics of already initialized classes only.
 */
public final class Threads {
    /** Bytes {@link #create} keeps at the top of the stack: the function's address and the 16-byte alignment. */
    public static final int START_RESERVE = 16;

    private Threads() {
    }

    /**
     * thread_create: a thread running function(argument) on [stackBase, stackBase + stackBytes) at priority
     * (jos.abi.Scheduling; SAME_PRIORITY for the caller's); its THREAD handle, or a negative jos.abi.Errors code.
     */
    public static long create(long function, long stackBase, long stackBytes, long argument, long priority) {
        long top = (stackBase + stackBytes - START_RESERVE) & -16L;
        Memory.write64(top, function);   // the trampoline calls through it: rsp is then 8 mod 16, as the psABI wants at entry
        Memory.write64(top + 8, 0);
        return Syscall.call4(Calls.THREAD_CREATE, trampoline(), top, argument, priority);
    }

    /** thread_priority. */
    public static long priority(long thread, long priority) {
        return Syscall.call2(Calls.THREAD_PRIORITY, thread, priority);
    }

    /** thread_affinity: a CPU id or jos.abi.Scheduling.ANY_CPU. */
    public static long affinity(long thread, long cpu) {
        return Syscall.call2(Calls.THREAD_AFFINITY, thread, cpu);
    }

    /** thread_self. */
    public static long self() {
        return Syscall.call0(Calls.THREAD_SELF);
    }

    /** thread_kill. */
    public static long kill(long thread) {
        return Syscall.call1(Calls.THREAD_KILL, thread);
    }

    /**
     * Where a created thread starts: rsp is the stack top {@link #create} prepared, holding the function's
     * address, and rdi the argument; it calls the function and exits with its result.
     */
    @Naked({"leaq jos_sys_thread_start(%rip), %rax", "ret",
            "jos_sys_thread_start:",
            "callq *(%rsp)",
            "movq %rax, %rdi",
            "movl $" + Calls.EXIT + ", %eax",
            "syscall",
            "ud2"})
    public static native long trampoline();
}
