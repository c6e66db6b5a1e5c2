package jos.kernel.syscall;

import jos.abi.Calls;
import jos.abi.Errors;
import jos.hw.Cpu;
import jos.hw.Export;
import jos.hw.Memory;
import jos.kernel.memory.Hhdm;
import jos.kernel.memory.PageTableEntry;
import jos.kernel.memory.PageTables;
import jos.kernel.memory.UserAddressSpace;
import jos.kernel.process.ProgramOutput;
import jos.kernel.x86.user.UserFrame;
import jos.kernel.process.UserThread;

/**
 * The system calls of abi.md, numbered and failing as jos.abi declares ({@link Calls}, {@link Errors}).
 * {@link #dispatch} serves a call from the program running on this CPU (interrupts off, on the kernel stack, in the
 * program's address space). User memory is never dereferenced: a range is checked to be user memory mapped
 * for the program ({@link UserAddressSpace#mappedForUser}) and then read through the HHDM.
 */
public final class Syscalls {
    private Syscalls() {
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
            ProgramOutput.endLine();
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
            ProgramOutput.put(Memory.read8(bytes + (at - page)));
        }
        return len;
    }
}
