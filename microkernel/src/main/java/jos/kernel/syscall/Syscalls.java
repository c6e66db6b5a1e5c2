package jos.kernel.syscall;

import jos.abi.Calls;
import jos.abi.Errors;
import jos.hw.Cpu;
import jos.hw.Export;
import jos.kernel.cpu.Rflags;
import jos.kernel.cpu.Selectors;
import jos.kernel.process.UserMode;

/**
 * The system calls of abi.md, numbered and failing as jos.abi declares ({@link Calls}, {@link Errors}).
 * {@link #enableOnThisCpu} sets up one CPU's syscall MSRs; {@link #dispatch}
 * serves a call from the program running on this CPU (interrupts off, on the kernel stack, in the
 * program's address space). User memory is never dereferenced: a range is checked to be user memory mapped
 * for the program ({@link jos.kernel.memory.UserAddressSpace#mappedForUser}) and then read through the
 * HHDM. debug_write is {@link DebugWrite}.
 */
public final class Syscalls {
    static final int IA32_EFER = 0xC000_0080, IA32_STAR = 0xC000_0081, IA32_LSTAR = 0xC000_0082, IA32_FMASK = 0xC000_0084;
    static final long EFER_SCE = 1;
    /** RFLAGS bits syscall clears on entry ({@link Rflags#SYSCALL_MASK}: TF, IF, DF, NT, AC). */
    static final long FMASK = Rflags.SYSCALL_MASK;

    private Syscalls() {
    }

    /** Lets this CPU's user programs make system calls: EFER.SCE, STAR, LSTAR = the entry, SFMASK. */
    public static void enableOnThisCpu() {
        Cpu.writeMsr(IA32_STAR, Selectors.STAR);
        Cpu.writeMsr(IA32_LSTAR, SyscallEntry.address());
        Cpu.writeMsr(IA32_FMASK, FMASK);
        Cpu.writeMsr(IA32_EFER, Cpu.readMsr(IA32_EFER) | EFER_SCE);
    }

    @Export("jos_kernel_syscall")
    static long dispatch(long number, long a0, long a1, long a2, long a3, long a4) {
        if (number == Calls.EXIT) {
            endLine();
            UserMode.resume((int) a0);
            return 0;
        }
        if (number == Calls.DEBUG_WRITE) return DebugWrite.write(a0, a1);
        return Errors.ENOSYS;
    }

    /** Ends an open debug_write line on this CPU (a program that exits or faults in the middle of one). */
    public static void endLine() {
        DebugWrite.endLine();
    }
}
