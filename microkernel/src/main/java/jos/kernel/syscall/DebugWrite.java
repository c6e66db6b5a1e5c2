package jos.kernel.syscall;

import jos.abi.Errors;
import jos.hw.Cpu;
import jos.hw.Memory;
import jos.kernel.console.Log;
import jos.kernel.memory.Hhdm;
import jos.kernel.memory.PageTables;
import jos.kernel.memory.UserAddressSpace;
import jos.kernel.process.ProgramOutput;
import jos.x86.PageTableEntry;

/**
 * The debug_write call (abi.md). One call writes at most {@link #MAX_BYTES} of the program's bytes and
 * returns how many it wrote: a call runs with interrupts masked, and this bound keeps it far inside a
 * timer tick (the user runtime's writer loops on the count). The bytes become console lines through
 * {@link ProgramOutput}, which prefixes every one of them.
 */
public final class DebugWrite {
    /** Bytes one call writes at most: one console line's worth. */
    public static final int MAX_BYTES = 256;

    private DebugWrite() {
    }

    /** debug_write(address, len) from the program in this CPU's current address space (CR3). */
    static long write(long address, long len) {
        if (len <= 0) return len < 0 ? Errors.EINVAL : 0;
        return write(Cpu.readCr3() & PageTableEntry.ADDRESS_MASK, address, len);
    }

    /**
     * Logs the first min(len, MAX_BYTES) bytes at the user address of the address space root: the count
     * written, or EINVAL for a negative length, EFAULT (nothing written) if one of those bytes is not the
     * program's mapped memory. The bytes are read through the HHDM, never through the user pointer.
     */
    static long write(long root, long address, long len) {
        if (len < 0) return Errors.EINVAL;
        long count = len < MAX_BYTES ? len : MAX_BYTES;
        if (count == 0) return 0;
        if (!UserAddressSpace.mappedForUser(root, address, count)) return Errors.EFAULT;
        int slot = Log.slot();
        long page = -1, bytes = 0;
        for (long i = 0; i < count; i++) {
            long at = address + i;
            if ((at & -PageTableEntry.SIZE_4K) != page) {     // one walk per page, not per byte
                page = at & -PageTableEntry.SIZE_4K;
                bytes = Hhdm.virt(PageTables.translate(root, page));
            }
            ProgramOutput.put(slot, Memory.read8(bytes + (at - page)));
        }
        return count;
    }
}
