package jos.kernel.syscall;

import jos.abi.Calls;
import jos.abi.Errors;
import jos.hw.Export;
import jos.hw.Cpu;
import jos.kernel.process.ProgramOutput;
import jos.kernel.process.UserThread;
import jos.kernel.time.Clock;
import jos.kernel.x86.user.UserFrame;
import jos.x86.PageTableEntry;

/**
 * The system calls of abi.md, numbered and failing as jos.abi declares ({@link Calls}, {@link Errors}).
 * {@link #dispatch} serves a call from the program running on this CPU (interrupts off, on the kernel stack, in the
 * program's address space). User memory is never dereferenced: a range is checked to be user memory mapped
 * for the program ({@link jos.kernel.memory.UserAddressSpace#mappedForUser}) and then read through the
 * HHDM. debug_write is {@link DebugWrite}; the memory calls are {@link MemoryCalls}; clock_monotonic is
 * kernel time ({@link Clock#nanosSinceBoot}).
 */
public final class Syscalls {
    private Syscalls() {
    }

    /**
     * Serves the call the current thread's frame holds (number in rax, arguments in rdi, rsi, rdx, r10, r8,
     * r9) and puts the result in the frame's rax; the return path restores the rest unchanged.
     */
    @Export("jos_kernel_syscall")
    static void dispatch(long frame) {
        UserFrame.set(frame, UserFrame.RAX, call(UserFrame.get(frame, UserFrame.RAX), UserFrame.get(frame, UserFrame.RDI),
                UserFrame.get(frame, UserFrame.RSI), UserFrame.get(frame, UserFrame.RDX), UserFrame.get(frame, UserFrame.R10),
                UserFrame.get(frame, UserFrame.R8), UserFrame.get(frame, UserFrame.R9)));
    }

    /** The result of call number with its six arguments (a call ignores those it does not take). */
    static long call(long number, long a0, long a1, long a2, long a3, long a4, long a5) {
        if (number == Calls.EXIT) {
            ProgramOutput.endLine();
            UserThread.exit((int) a0);
            return 0;
        }
        if (number == Calls.DEBUG_WRITE) return DebugWrite.write(a0, a1);
        if (number >= Calls.MAP && number <= Calls.MEMORY_INFO) return MemoryCalls.call(currentRoot(), number, a0, a1, a2);
        if (number == Calls.CLOCK_MONOTONIC) return Clock.nanosSinceBoot();
        return Errors.ENOSYS;
    }

    /** The address space of the program running on this CPU (CR3 while a call is served). */
    static long currentRoot() {
        return Cpu.readCr3() & PageTableEntry.ADDRESS_MASK;
    }
}
