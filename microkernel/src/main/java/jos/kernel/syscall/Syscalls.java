package jos.kernel.syscall;

import jos.abi.Calls;
import jos.abi.Errors;
import jos.hw.Cpu;
import jos.hw.Export;
import jos.hw.Memory;
import jos.kernel.console.Log;
import jos.kernel.cpu.Rflags;
import jos.kernel.cpu.Selectors;
import jos.kernel.memory.Hhdm;
import jos.kernel.memory.PageTableEntry;
import jos.kernel.memory.PageTables;
import jos.kernel.memory.UserAddressSpace;
import jos.kernel.process.UserThread;
import jos.kernel.process.UserFrame;

/**
 * The system calls of abi.md, numbered and failing as jos.abi declares ({@link Calls}, {@link Errors}).
 * {@link #enableOnThisCpu} sets up one CPU's syscall MSRs; {@link #dispatch}
 * serves a call from the program running on this CPU (interrupts off, on the kernel stack, in the
 * program's address space). User memory is never dereferenced: a range is checked to be user memory mapped
 * for the program ({@link UserAddressSpace#mappedForUser}) and then read through the HHDM.
 */
public final class Syscalls {
    static final int IA32_EFER = 0xC000_0080, IA32_STAR = 0xC000_0081, IA32_LSTAR = 0xC000_0082, IA32_FMASK = 0xC000_0084;
    static final long EFER_SCE = 1;
    /** RFLAGS bits syscall clears on entry ({@link Rflags#SYSCALL_MASK}: TF, IF, DF, NT, AC). */
    static final long FMASK = Rflags.SYSCALL_MASK;

    /** [0]: 1 while a debug_write line is open (its prefix printed). Only the bootstrap CPU runs programs. */
    static final int[] LINE_OPEN = new int[1];

    private Syscalls() {
    }

    /** Lets this CPU's user programs make system calls: EFER.SCE, STAR, LSTAR = the entry, SFMASK. */
    public static void enableOnThisCpu() {
        Cpu.writeMsr(IA32_STAR, Selectors.STAR);
        Cpu.writeMsr(IA32_LSTAR, SyscallEntry.address());
        Cpu.writeMsr(IA32_FMASK, FMASK);
        Cpu.writeMsr(IA32_EFER, Cpu.readMsr(IA32_EFER) | EFER_SCE);
    }

    /**
     * Serves the call the current thread's frame holds (number in rax, arguments in rdi, rsi, rdx, r10, r8)
     * and puts the result in the frame's rax; the return path restores the rest unchanged.
     */
    @Export("jos_kernel_syscall")
    static void dispatch(long frame) {
        UserFrame.set(frame, UserFrame.RAX, call(UserFrame.get(frame, UserFrame.RAX), UserFrame.get(frame, UserFrame.RDI),
                UserFrame.get(frame, UserFrame.RSI)));
    }

    /** The result of call number with its first two arguments (no call takes more yet). */
    static long call(long number, long a0, long a1) {
        if (number == Calls.EXIT) {
            endLine();
            UserThread.exit((int) a0);
            return 0;
        }
        if (number == Calls.DEBUG_WRITE) return debugWrite(a0, a1);
        return Errors.ENOSYS;
    }

    /** Logs len bytes at the user address, each line prefixed "user: "; the bytes written, or an error. */
    static long debugWrite(long address, long len) {
        if (len < 0) return Errors.EINVAL;
        if (len == 0) return 0;
        long root = Cpu.readCr3() & PageTableEntry.ADDRESS_MASK;
        if (!UserAddressSpace.mappedForUser(root, address, len)) return Errors.EFAULT;
        long page = -1, bytes = 0;
        for (long i = 0; i < len; i++) {
            long at = address + i;
            if ((at & -PageTableEntry.SIZE_4K) != page) {     // one walk per page, not per byte
                page = at & -PageTableEntry.SIZE_4K;
                bytes = Hhdm.virt(PageTables.translate(root, page));
            }
            byte b = Memory.read8(bytes + (at - page));
            if (LINE_OPEN[0] == 0) {
                Log.print("user: ");
                LINE_OPEN[0] = 1;
            }
            if (b == '\n') {
                endLine();
            } else {
                Log.print(b >= 0x20 && b < 0x7f ? (char) b : '?');
            }
        }
        return len;
    }

    /** Ends an open debug_write line (a program that exits in the middle of one). */
    public static void endLine() {
        if (LINE_OPEN[0] != 0) {
            Log.newline();
            LINE_OPEN[0] = 0;
        }
    }
}
